"""The council briefing: an A4 PDF a non-engineer can read (reportlab platypus).

Pages: cover; one-page summary (who gains, hours saved, the best segments and their cost,
what a budget buys); the priority map; the top-N table; how far each billion rupiah goes;
the method in plain words with the assumptions as tables; the data sources. Every page has
a header, "Halaman X dari Y" and, for the demo, a synthetic-data notice.

The map is embedded as a 200 dpi PNG of the same drawing as the exported map (reportlab
cannot embed vector PDF/SVG without extra packages; at 200 dpi print quality is sharp).
Text uses DejaVu Sans (shipped with matplotlib), which covers every Indonesian character.
"""

from __future__ import annotations

import logging
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

from mataram_gis.atomic import atomic_target
from mataram_gis.errors import UsageError
from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.outputs.pdffonts import FONT, FONT_BOLD, MARGIN, RED, register_fonts
from mataram_gis.outputs.texts import check_lang, t
from mataram_gis.problem import UpgradeProblem
from mataram_gis.results import Results
from mataram_gis.scenario import Scenario

logger = logging.getLogger(__name__)


def numbered_canvas(*, lang: str, synthetic: bool, header: str) -> type[Canvas]:
    """A canvas class that draws header, footer and "page X of Y" once the total is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs.setdefault("initialFontName", FONT)  # no stray unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(self._pageNumber, total)
                super().showPage()
            super().save()

        def _decorate(self, page: int, total: int) -> None:
            width, height = A4
            self.saveState()
            if synthetic:
                self.setFillColor(RED)
                self.setFillAlpha(0.07)
                self.setFont(FONT_BOLD, 46)
                self.translate(width / 2, height / 2)
                self.rotate(55)
                self.drawCentredString(0, 0, t("synthetic_mark", lang))
                self.rotate(-55)
                self.translate(-width / 2, -height / 2)
                self.setFillAlpha(1)
            self.setStrokeColor("#9aa3ad")
            self.setLineWidth(0.4)
            if page > 1:
                self.setFont(FONT, 7.5)
                self.setFillColor("#4a525c")
                self.drawString(MARGIN, height - 11 * mm, header)
                self.line(MARGIN, height - 12.5 * mm, width - MARGIN, height - 12.5 * mm)
            self.line(MARGIN, 13 * mm, width - MARGIN, 13 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor("#4a525c")
            self.drawRightString(width - MARGIN, 9 * mm, t("page_of", lang, x=page, y=total))
            self.drawString(MARGIN, 9 * mm, t("brief_by", lang))
            if synthetic:
                self.setFillColor(RED)
                self.setFont(FONT_BOLD, 7.5)
                self.drawCentredString(width / 2, 5 * mm, t("synthetic_note", lang))
                if page > 1:
                    self.drawRightString(
                        width - MARGIN, height - 11 * mm, t("synthetic_mark", lang)
                    )
            self.restoreState()

    return NumberedCanvas


def build_briefing(
    results: Results,
    path: str | Path,
    *,
    lang: str = "id",
    top: int = 15,
    budget_rp: float | None = None,
    scenario: Scenario | None = None,
    draws: int = 0,
    unit: str = "segmen",
    xlsx: str | Path | None = None,
    upgrade: str | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Path:
    """Write the council briefing PDF to ``path`` (atomically); returns ``path``.

    The ``briefing`` kind of the export service: ``results``, ``path`` and the job
    callbacks ``progress`` and ``cancel`` are those of
    :func:`mataram_gis.outputs.service.export`; the other parameters are its options.

    Parameters
    ----------
    lang
        ``id`` (default) or ``en``.
    top
        Rows of the top-segments table (the summary and map use the first 10 of them).
    budget_rp
        A budget to show what it buys (the scenario's ``budget_rp`` when not given): the
        exact portfolio (or, with yearly ceilings in the scenario, the programme), its map,
        its appraisal and its yearly programme (:mod:`.briefing_programme`).
    scenario
        The scenario with the appraisal parameters to use (default: the results' own).
    draws
        Monte Carlo draws for the risk page (0: none).
    unit
        What the budget's portfolio picks (as ``portfolio --unit``): ``segmen`` (default),
        ``ruas`` (whole ruas) or ``penggal`` (stretches); its pages then list one row per
        ruas or stretch. Needs a budget (or ceilings).
    xlsx
        Also write the budget's work programme (RKPD form, rows by ``unit``) to this XLSX.
    upgrade
        What the page "travel times and who gains" shows upgraded: ``top:N`` (default the
        summary's top segments), ``segment:ID[,ID...]``, ``ruas:NOMOR`` or
        ``portfolio[:BUDGET]`` (without BUDGET: this briefing's programme, else its budget);
        see :mod:`mataram_gis.outputs.upgrade_choice`.
    """
    from mataram_gis.outputs import briefing_annex as annex
    from mataram_gis.outputs import briefing_sections as sec
    from mataram_gis.outputs.briefing_access import access_pages
    from mataram_gis.outputs.briefing_ruas import ruas_page

    lang = check_lang(lang)
    progress = progress or no_progress
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise UsageError("the briefing is a PDF", file=str(path), fix="give a name ending in .pdf")
    if not path.parent.exists():
        raise UsageError(
            "the output folder does not exist", file=str(path), fix="create the folder first"
        )
    if top < 1:
        raise UsageError(f"--top must be 1 or more, got {top}")
    if budget_rp is None:
        budget_rp = results.scenario.budget_rp
    if budget_rp is not None and budget_rp <= 0:
        raise UsageError(f"the budget must be more than 0, got {budget_rp}")
    from mataram_gis.outputs.upgrade_choice import parse_upgrade, resolve_upgrade

    choice = parse_upgrade(upgrade) if upgrade else None  # a bad value fails before the work
    register_fonts()
    progress(0.05, "computing who gains")
    scenario = scenario or results.scenario
    exact = budget_rp is not None or bool(scenario.appraisal.ceilings_rp)
    search = _unit_search(results, unit, xlsx=xlsx, exact=exact)
    facts = sec.gather_facts(results, top=top, budget_rp=None if exact else budget_rp)
    facts.budget_rp = budget_rp
    if exact:  # issue 12: the exact portfolio / programme, appraised
        from mataram_gis.programme_run import programme_for_results, simple_pick_benefit

        progress(0.1, "choosing the exact portfolio")
        facts.programme = programme_for_results(
            results, scenario, budget_rp=budget_rp, draws=draws, search=search, cancel=cancel,
            progress=lambda f, m: progress(0.1 + 0.2 * f, m),
        )  # fmt: skip
        total = sum(sum(v) for v in facts.programme.programme.ceilings.values())
        facts.budget_rp = total
        facts.simple_benefit = simple_pick_benefit(
            UpgradeProblem.from_results(results), results.segments, total
        )
    check_cancel(cancel)
    progress(0.3, "drawing the map")
    story = sec.cover(results, lang) + [PageBreak()]
    story += sec.summary(results, facts, lang) + [PageBreak()]
    story += ruas_page(results, lang, top=top)  # issue 11: lead with ruas
    story += sec.map_page(results, facts, lang)
    if facts.programme is not None:
        from mataram_gis.outputs import briefing_programme as bp

        res = facts.programme
        story += bp.budget_section(res, facts.simple_benefit, lang=lang,
                                   target=scenario.target_condition, unit=unit)  # fmt: skip
        story += bp.map_page(results, res, lang=lang)
        story += bp.appraisal_pages(res, lang=lang) + bp.programme_pages(res, lang=lang)
    story += [PageBreak()]
    check_cancel(cancel)
    progress(0.6, "tables and chart")
    story += sec.top_table(results, facts, lang)
    story += sec.curve(results, facts, lang) + [PageBreak()]
    picks = None if facts.programme is None else facts.programme.picks["segment_id"].tolist()
    chosen = choice or parse_upgrade(f"top:{facts.n_summary}")
    shown = resolve_upgrade(results, chosen, budget_rp=facts.budget_rp, picks=picks)
    story += access_pages(results, n=facts.n_summary, lang=lang, upgrade=shown)  # issue 14
    story += [PageBreak()]
    story += annex.method(results, lang)
    story += annex.assumptions(results, lang) + [PageBreak()]
    story += annex.sources(results, lang)
    check_cancel(cancel)
    progress(0.8, f"writing {path.name}")
    header = f"{t('brief_title', lang)} \u2013 {t('city', lang)}"
    canvas = numbered_canvas(lang=lang, synthetic=results.synthetic, header=header)
    a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary image streams: ASCII85 in pure Python costs seconds
    try:
        with atomic_target(path) as tmp:
            doc = BaseDocTemplate(
                str(tmp),
                pagesize=A4,
                leftMargin=MARGIN,
                rightMargin=MARGIN,
                topMargin=18 * mm,
                bottomMargin=18 * mm,
                title=t("brief_title", lang),
                author=t("brief_by", lang),
                subject=t("brief_subtitle", lang),
                creator="Mataram GIS",
            )
            frame = Frame(
                doc.leftMargin,
                doc.bottomMargin,
                doc.width,
                doc.height,
                id="body",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
            doc.build(story, canvasmaker=canvas)
    finally:
        rl_config.useA85 = a85
    if xlsx is not None and facts.programme is not None:
        from mataram_gis.outputs.programme_out import write_programme_xlsx

        write_programme_xlsx(facts.programme, Path(xlsx), lang=lang, unit=unit,
                             target=scenario.target_condition)  # fmt: skip
    progress(1.0, "briefing written")
    logger.info("briefing written: %s", path)
    return path


def _unit_search(
    results: Results, unit: str, *, xlsx: str | Path | None, exact: bool
) -> dict[str, object] | None:
    """The portfolio search options of ``unit`` (None: the default ``segmen`` search);
    checks that ``unit`` and ``xlsx`` have a budget to work on."""
    from mataram_gis.portfolio_ruas import UNITS, ruas_labels, sta_of

    if unit not in UNITS:
        raise UsageError(f"unknown portfolio unit {unit!r}", fix=f"use one of {', '.join(UNITS)}")
    for given, what in ((unit != "segmen", f"--unit {unit}"), (xlsx is not None, "--xlsx")):
        if given and not exact:
            raise UsageError(f"{what} needs a budget to choose the works",
                             fix="add --budget (e.g. '10 miliar') or --ceilings")  # fmt: skip
    if xlsx is not None:
        from mataram_gis.outpaths import check_output

        if Path(xlsx).suffix.lower() != ".xlsx":
            raise UsageError("the work programme is an XLSX", file=str(xlsx),
                             fix="give a name ending in .xlsx")  # fmt: skip
        check_output("--xlsx", xlsx, inputs=results.input_paths)
    if unit == "segmen":
        return None
    s = results.segments
    return {"unit": unit, "ruas": ruas_labels(s), "sta": sta_of(s)}

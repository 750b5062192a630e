"""Briefing pages of the exact portfolio, the economic appraisal and the yearly programme.

* Budget: the picks of the exact portfolio grouped by ruas (STA, treatment, cost, benefit),
  the exact joint benefit beside the simple pick's, the households and desil-1 households
  reached, and a map with the picks highlighted and numbered as in the table.
* Appraisal: NPV, BCR and EIRR unweighted and equity-weighted side by side, switching
  values per ruas and for the programme, and the Monte Carlo page (selection frequency per
  ruas and the spread of the programme's NPV).
* Programme: spend per fund, benefit and kemantapan per year, and its chart.
"""

from __future__ import annotations

import numpy as np
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from mataram_gis.outputs.briefing_style import (
    BODY,
    CELL_R,
    H1,
    H2,
    HEAD,
    HEAD_R,
    SMALL,
    WIDTH,
    _png,
    data_table,
    para,
    unbroken,
)
from mataram_gis.outputs.picksmap import picks_map_png
from mataram_gis.outputs.programme_out import (
    monte_carlo_chart,
    pct,
    programme_chart,
    rkpd_table,
)
from mataram_gis.outputs.programme_texts import tp
from mataram_gis.outputs.texts import fmt_benefit, fmt_num, fmt_rp, road_name
from mataram_gis.programme_run import ProgrammeResult


def _money(x: float, lang: str) -> str:
    return fmt_rp(x, lang) if np.isfinite(x) else "-"


def _picks_line(result: ProgrammeResult, simple_benefit: float, lang: str) -> str:
    p = result.picks
    budget = sum(sum(v) for v in result.programme.ceilings.values())
    return tp(
        "picks_line", lang, budget=fmt_rp(budget, lang), n=len(p),
        k=p["ruas"].nunique() if len(p) else 0, cost=fmt_rp(float(p["cost"].sum()), lang),
        benefit=fmt_num(result.total_benefit, lang), naive=fmt_num(simple_benefit, lang),
        hh=fmt_num(result.households, lang), hh1=fmt_num(result.households_desil1, lang),
    )  # fmt: skip


def budget_summary(result: ProgrammeResult, simple_benefit: float, *, lang: str) -> list[Flowable]:
    """The summary page's budget paragraph (the exact portfolio; details on its own pages)."""
    text = _picks_line(result, simple_benefit, lang)
    return [Paragraph(tp("h_picks", lang), H2), Paragraph(text, BODY)]


def budget_section(
    result: ProgrammeResult, simple_benefit: float, *, lang: str, target: str = "baik",
    unit: str = "segmen",
) -> list[Flowable]:  # fmt: skip
    """The budget paragraph and the picks grouped by ruas (the exact portfolio); with the
    unit ``ruas`` or ``penggal``, one row per ruas or stretch (:func:`_unit_section`)."""
    if unit != "segmen":
        return _unit_section(result, simple_benefit, lang=lang, target=target, unit=unit)
    p = result.picks
    text = _picks_line(result, simple_benefit, lang)
    table = rkpd_table(result, lang=lang, target=target)
    cols = [("col_year", 9), ("col_fund", 12), ("col_no", 14), ("col_name", 32),
            ("col_sta", 22), ("col_treatment", 26), ("col_cost_m", 18),
            ("col_benefit", 22)]  # fmt: skip
    head = [para(tp(k, lang), HEAD if i < 6 else HEAD_R) for i, (k, _) in enumerate(cols)]
    head.insert(0, para("#", HEAD))
    rows: list[list[object]] = [head]
    order = p.assign(_k=p["ruas"].astype(str)).sort_values(["year", "_k", "pick"],
                                                           kind="stable")  # fmt: skip
    by_id = table.set_index(tp("col_segment", lang))
    for r in order.itertuples():
        t = by_id.loc[int(r.segment_id)]
        rows.append([
            para(int(r.pick)), para(int(r.year)), para(r.fund), para(t[tp("col_no", lang)]),
            para(road_name(r.name, lang)), para(unbroken(t[tp("col_sta", lang)])),
            para(t[tp("col_treatment", lang)]),
            para(fmt_num(r.cost / 1e6, lang, decimals=1), CELL_R),
            para(fmt_benefit(r.marginal_benefit, lang), CELL_R),
        ])  # fmt: skip
    widths = [8 * mm] + [
        w * mm * (WIDTH - 8 * mm) / (sum(c[1] for c in cols) * mm) for _, w in cols
    ]
    return [
        PageBreak(),
        Paragraph(tp("h_picks", lang), H1),
        Paragraph(text, BODY),
        data_table(rows, widths),
        Paragraph(
            tp("rkpd_title", lang) + ": " + tp("map_caption", lang),
            SMALL,
        ),
    ]


def _unit_section(
    result: ProgrammeResult, simple_benefit: float, *, lang: str, target: str, unit: str
) -> list[Flowable]:
    """The budget paragraph and one row per picked ruas (or stretch) with its nomor ruas,
    the STA of its stretches, treatment, cost and benefit; ``#`` is the pick order (map)."""
    table = rkpd_table(result, lang=lang, target=target, unit=unit)
    cols = [("col_picks", 11), ("col_year", 9), ("col_fund", 12), ("col_no", 14),
            ("col_name", 28), ("col_sta", 24), ("col_treatment", 24), ("col_cost_m", 17),
            ("col_benefit", 20)]  # fmt: skip
    head = [para("#" if k == "col_picks" else tp(k, lang), HEAD if i < 7 else HEAD_R)
            for i, (k, _) in enumerate(cols)]  # fmt: skip
    rows: list[list[object]] = [head]
    for r in table.to_dict("records"):
        rows.append([
            para(r[tp("col_picks", lang)]), para(r[tp("col_year", lang)]),
            para(r[tp("col_fund", lang)]), para(r[tp("col_no", lang)]),
            para(r[tp("col_name", lang)]),
            para("; ".join(unbroken(x) for x in r[tp("col_sta", lang)].split("; "))),
            para(r[tp("col_treatment", lang)]),
            para(fmt_num(r[tp("col_cost", lang)] / 1e6, lang, decimals=1), CELL_R),
            para(fmt_benefit(r[tp("col_benefit", lang)], lang), CELL_R),
        ])  # fmt: skip
    total = sum(w for _, w in cols)
    return [
        PageBreak(),
        Paragraph(tp("h_picks", lang), H1),
        Paragraph(_picks_line(result, simple_benefit, lang), BODY),
        Paragraph(tp(f"unit_{unit}", lang), SMALL),
        data_table(rows, [w * WIDTH / total for _, w in cols]),
        Paragraph(tp("rkpd_title", lang) + ": " + tp("map_caption", lang), SMALL),
    ]


def map_page(results: object, result: ProgrammeResult, *, lang: str) -> list[Flowable]:
    """A page with the picks highlighted and numbered."""
    return [
        PageBreak(),
        Paragraph(tp("h_pick_map", lang), H1),
        _png(picks_map_png(results, result, lang=lang), WIDTH),
        Paragraph(tp("map_caption", lang), SMALL),
    ]


def appraisal_pages(result: ProgrammeResult, *, lang: str) -> list[Flowable]:
    """NPV/BCR/EIRR side by side, switching values per ruas, and the Monte Carlo."""
    a, tot = result.params, result.totals
    intro = tp(
        "app_intro",
        lang,
        vot=fmt_rp(a.value_of_time_rp_per_hour, lang),
        vot_src=a.value_of_time_note,
        rate=fmt_num(100 * a.discount_rate, lang, decimals=1),
        period=a.period_years,
        voc=tp("voc_on" if a.include_voc else "voc_off", lang),
    )
    head = [
        para("", HEAD),
        para(tp("app_unweighted", lang), HEAD_R),
        para(tp("app_weighted", lang), HEAD_R),
    ]
    rows: list[list[object]] = [head]
    for key, label in (
        ("pv_benefit_rp", "col_pvb"),
        ("pv_cost_rp", "col_pvc"),
        ("npv_rp", "col_npv"),
        ("bcr", "col_bcr"),
        ("eirr", "col_eirr"),
    ):
        cells = []
        for suffix in ("", "_equity"):
            v = tot[key + suffix]
            if key == "bcr":
                cells.append(fmt_num(v, lang, decimals=2) if np.isfinite(v) else "-")
            elif key == "eirr":
                cells.append(pct(v, lang))
            else:
                cells.append(_money(v, lang))
        rows.append([para(tp(label, lang))] + [para(c, CELL_R) for c in cells])
    out: list[Flowable] = [
        PageBreak(),
        Paragraph(tp("h_appraisal", lang), H1),
        Paragraph(intro, BODY),
        data_table(rows, [40 * mm, (WIDTH - 40 * mm) / 2, (WIDTH - 40 * mm) / 2]),
        Spacer(1, 2 * mm),
    ]
    sv = result.summary()["switching_values"]
    out.append(
        Paragraph(
            tp(
                "sv_line",
                lang,
                rise=pct(sv["cost_rise"], lang),
                fall=pct(sv["benefit_fall"], lang),
            ),
            BODY,
        )
    )
    out += _ruas_table(result, lang)
    out += _risk(result, lang)
    return out


def _ruas_table(result: ProgrammeResult, lang: str, top: int = 14) -> list[Flowable]:
    r = result.ruas_appraisal.head(top)
    share = {}
    if result.monte_carlo is not None:
        share = dict(
            zip(result.monte_carlo.ruas["ruas"], result.monte_carlo.ruas["share"], strict=True)
        )
    keys = [
        "col_ruas",
        "col_pvc",
        "col_npv",
        "col_bcr",
        "col_npv",
        "col_bcr",
        "col_rise",
        "col_freq",
    ]
    head = [
        para(tp(k, lang) + (" *" if i in (4, 5) else ""), HEAD if i == 0 else HEAD_R)
        for i, k in enumerate(keys)
    ]
    rows: list[list[object]] = [head]
    for x in r.itertuples():
        freq = pct(share[x.ruas], lang) if x.ruas in share else "-"
        rows.append(
            [
                para(road_name(x.ruas, lang)),
                para(_money(x.pv_cost_rp, lang), CELL_R),
                para(_money(x.npv_rp, lang), CELL_R),
                para(fmt_num(x.bcr, lang, decimals=2) if np.isfinite(x.bcr) else "-", CELL_R),
                para(_money(x.npv_rp_equity, lang), CELL_R),
                para(
                    fmt_num(x.bcr_equity, lang, decimals=2) if np.isfinite(x.bcr_equity) else "-",
                    CELL_R,
                ),
                para(pct(x.cost_rise, lang), CELL_R),
                para(freq, CELL_R),
            ]
        )
    widths = [w * WIDTH / 100 for w in (22, 13, 13, 8, 13, 8, 12, 11)]
    note = "* " + tp("app_weighted", lang)
    return [Paragraph(tp("col_ruas", lang), H2), data_table(rows, widths), Paragraph(note, SMALL)]


def _risk(result: ProgrammeResult, lang: str) -> list[Flowable]:
    mc = result.monte_carlo
    if mc is None or not mc.draws:
        return [Paragraph(tp("h_risk", lang), H2), Paragraph(tp("mc_none", lang), BODY)]
    s = mc.summary()
    e = s["npv_rp_equity"]
    line = tp(
        "mc_line",
        lang,
        n=fmt_num(mc.draws, lang),
        p5=fmt_rp(e["p5"], lang),
        p50=fmt_rp(e["p50"], lang),
        p95=fmt_rp(e["p95"], lang),
        pos=pct(s["npv_rp"]["share_positive"], lang),
    )
    return [
        KeepTogether(
            [
                Paragraph(tp("h_risk", lang), H2),
                Paragraph(line, BODY),
                _png(monte_carlo_chart(result, lang=lang), WIDTH),
            ]
        )
    ]


def programme_pages(result: ProgrammeResult, *, lang: str) -> list[Flowable]:
    """The yearly programme: spend per fund, benefit and kemantapan, and the chart."""
    prog, y = result.programme, result.years
    funds = ", ".join(prog.funds)
    out: list[Flowable] = [
        PageBreak(),
        Paragraph(tp("h_programme", lang), H1),
        Paragraph(
            tp(
                "prog_intro",
                lang,
                years=len(prog.plan),
                funds=funds,
                method=tp(f"method_{prog.method}", lang),
            ),
            BODY,
        ),
    ]
    if result.params.deterioration_years:
        out.append(
            Paragraph(tp("deterioration", lang, n=result.params.deterioration_years), SMALL)
        )
    head = [para(tp("col_year", lang), HEAD)] + [para(f, HEAD_R) for f in prog.funds]
    head += [
        para(tp(k, lang), HEAD_R)
        for k in ("col_benefit", "kem_before", "kem_after", "col_npv", "col_bcr")
    ]
    rows: list[list[object]] = [head]
    for r in y.itertuples():
        d = r._asdict()
        rows.append(
            [para(int(r.year))]
            + [para(fmt_num(d[f"spend_{f}"] / 1e6, lang), CELL_R) for f in prog.funds]
            + [
                para(fmt_benefit(r.benefit, lang), CELL_R),
                para(fmt_num(r.kemantapan_before, lang, decimals=1) + " %", CELL_R),
                para(fmt_num(r.kemantapan_after, lang, decimals=1) + " %", CELL_R),
                para(_money(r.npv_rp, lang), CELL_R),
                para(fmt_num(r.bcr, lang, decimals=2) if np.isfinite(r.bcr) else "-", CELL_R),
            ]
        )
    n = len(head)
    out += [
        data_table(rows, [WIDTH / n] * n),
        Paragraph("Rp juta" if lang == "id" else "Rp million", SMALL),
        _png(programme_chart(result, lang=lang), WIDTH),
    ]
    return out


def simple_benefit(problem: object, results: object, budget_rp: float) -> float:
    """Exact joint benefit of the simple pick (by benefit per cost) on the same budget."""
    from mataram_gis.outputs.reach import simple_pick
    from mataram_gis.problem import evaluate

    ids = simple_pick(results, budget_rp)  # type: ignore[arg-type]
    if not ids:
        return 0.0
    return evaluate(problem, problem.index_of(ids))  # type: ignore[attr-defined]

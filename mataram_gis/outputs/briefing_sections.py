"""The sections of the council briefing as reportlab flowables (see :mod:`.briefing`)."""

from __future__ import annotations

import io
from dataclasses import dataclass

import matplotlib
import pandas as pd
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from mataram_gis.outputs.briefing_style import (
    BIG,
    BODY,
    CELL_R,
    CENTRE,
    H1,
    H2,
    HEAD,
    HEAD_R,
    LINE,
    SMALL,
    SUBTITLE,
    TITLE,
    WARN,
    WIDTH,
    _png,
    data_table,
    para,
)
from mataram_gis.outputs.charts import SHOWN_SHARE, cumulative_chart, curve_range
from mataram_gis.outputs.mapexport import RC, compose_map
from mataram_gis.outputs.programme_texts import scenario_label
from mataram_gis.outputs.reach import BudgetPick, Reach, budget_pick, joint_reach
from mataram_gis.outputs.ruas_texts import condition_word, condition_words, rt
from mataram_gis.outputs.texts import (
    fmt_benefit,
    fmt_date,
    fmt_num,
    fmt_rp,
    highway_name,
    mode_name,
    road_name,
    t,
)
from mataram_gis.results import Results


@dataclass
class Facts:
    """Numbers shared by several sections."""

    top: pd.DataFrame
    reach: Reach
    pick: BudgetPick | None
    n_summary: int
    #: The exact programme for the budget (issue 12) and the simple pick's exact benefit.
    programme: object = None
    simple_benefit: float = 0.0
    #: The budget the cost curve zooms to (the programme's total when there is one).
    budget_rp: float | None = None


def gather_facts(results: Results, *, top: int, budget_rp: float | None) -> Facts:
    """Top segments, who gains from the first ten together, and the budget pick."""
    segs = results.segments
    ranked = segs[segs["rank"].notna()].sort_values("rank")
    table = ranked.head(top)
    n = min(10, len(table))
    problem = results.problem
    reach = joint_reach(results, table["segment_id"].head(n).tolist(), problem=problem)
    pick = budget_pick(results, budget_rp, problem=problem) if budget_rp else None
    return Facts(top=table, reach=reach, pick=pick, n_summary=n)


def cover(results: Results, lang: str) -> list[Flowable]:
    """Title, city, date, scenario and (for the demo) the synthetic-data notice."""
    s = results.scenario
    out: list[Flowable] = [
        Spacer(1, 45 * mm),
        Paragraph(t("brief_title", lang), TITLE),
        Paragraph(t("brief_subtitle", lang), SUBTITLE),
        Spacer(1, 10 * mm),
        Paragraph(t("city", lang), CENTRE),
        Paragraph(fmt_date(results.record.get("created"), lang), CENTRE),
        Spacer(1, 14 * mm),
    ]
    weights = " / ".join(
        fmt_num(s.equity_weights[k], lang, decimals=1) for k in sorted(s.equity_weights)
    )
    rows = [
        [para(t("scenario", lang)), para(scenario_label(s, lang))],
        [para(t("mode", lang)), para(mode_name(s.mode, lang))],
        [para(t("a_equity", lang)), para(weights)],
        [para(t("p_trips", lang)), para(fmt_num(s.trips_per_year, lang))],
    ]
    box = data_table(rows, [60 * mm, 70 * mm], header=False, zebra=True)
    box.hAlign = "CENTER"
    out += [
        box,
        Spacer(1, 18 * mm),
        Paragraph(t("brief_for", lang), CENTRE),
        Paragraph(t("brief_by", lang), CENTRE),
    ]
    if results.synthetic:
        out += [
            Spacer(1, 14 * mm),
            Paragraph(t("synthetic_mark", lang), WARN),
            Paragraph(t("synthetic_note", lang), WARN),
        ]
    return out


def _figure_row(value: str, text: str) -> list[object]:
    return [Paragraph(value, BIG), Paragraph(text, BODY)]


def summary(results: Results, facts: Facts, lang: str) -> list[Flowable]:
    """The one-page summary for a non-engineer."""
    r, n = facts.reach, facts.n_summary
    out: list[Flowable] = [Paragraph(t("h_summary", lang), H1)]
    producers = fmt_num(r.producers, lang) if r.producers == r.producers else "-"
    rows = [
        _figure_row(
            fmt_num(r.households, lang), t("sum_households", lang, n=n, producers=producers)
        ),
        _figure_row(fmt_num(r.joint_benefit, lang), t("sum_hours", lang, n=n)),
        _figure_row(
            fmt_rp(r.cost, lang),
            t("sum_cost", lang, n=n, km=fmt_num(r.length_m / 1000, lang, decimals=1)),
        ),
    ]
    if r.extreme >= 0:
        rows.insert(1, _figure_row(fmt_num(r.extreme, lang), t("sum_extreme_row", lang)))
    table = Table(rows, colWidths=[62 * mm, WIDTH - 62 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                ("RIGHTPADDING", (0, 0), (0, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    out += [table, Spacer(1, 4 * mm)]
    if len(facts.top):
        b = facts.top.iloc[0]
        out.append(
            Paragraph(
                t(
                    "sum_best",
                    lang,
                    name=road_name(b["name"], lang),
                    cls=highway_name(b["highway"], lang),
                    cond=condition_word(b["condition"], b.get("condition_source"), lang),
                    len=fmt_num(b["length_m"], lang),
                    benefit=fmt_benefit(b["benefit"], lang),
                    hh=fmt_num(b["households_benefiting"], lang),
                    cost=fmt_rp(b["upgrade_cost"], lang),
                ),
                BODY,
            )
        )
        out.append(_mini_top(facts.top.head(5), lang))
    summ = results.record.get("summary") or {}
    if summ:
        minutes = summ.get("mean_time_to_centre_min") or 0.0
        out.append(Spacer(1, 3 * mm))
        out.append(
            Paragraph(
                t(
                    "sum_context",
                    lang,
                    seg=fmt_num(summ.get("segments", 0), lang),
                    hh=fmt_num(summ.get("households_used", 0), lang),
                    c=fmt_num(summ.get("centres", 0), lang),
                    min=fmt_num(minutes, lang, decimals=1),
                ),
                SMALL,
            )
        )
    if facts.programme is not None:
        from mataram_gis.outputs.briefing_programme import budget_summary

        out += budget_summary(facts.programme, facts.simple_benefit, lang=lang)
    else:
        out += [Paragraph(t("h_budget", lang), H2)] + _budget(facts.pick, lang)
    out.append(Paragraph(t("units_note", lang), SMALL))
    return out


def _mini_top(top: pd.DataFrame, lang: str) -> Table:
    rows = [
        [
            para(t("b_rank", lang), HEAD),
            para(t("col_name", lang), HEAD),
            para(t("col_benefit", lang), HEAD_R),
            para(t("col_upgrade_cost", lang), HEAD_R),
        ]
    ]
    for r in top.itertuples():
        rows.append(
            [
                para(int(r.rank)),
                para(road_name(r.name, lang)),
                para(fmt_benefit(r.benefit, lang), CELL_R),
                para(fmt_rp(r.upgrade_cost, lang), CELL_R),
            ]
        )
    return data_table(rows, [16 * mm, 70 * mm, 48 * mm, 40 * mm])


def _budget(pick: BudgetPick | None, lang: str) -> list[Flowable]:
    if pick is None:
        return [Paragraph(t("no_budget", lang), BODY)]
    r = pick.reach
    out: list[Flowable] = [
        Paragraph(
            t(
                "budget_line",
                lang,
                budget=fmt_rp(pick.budget_rp, lang),
                k=len(pick.segment_ids),
                cost=fmt_rp(r.cost, lang),
                benefit=fmt_num(r.joint_benefit, lang),
            ),
            BODY,
        )
    ]
    note = t("budget_exact" if pick.method == "portfolio" else "budget_simple", lang)
    out.append(Paragraph(note, SMALL))
    return out


def map_page(results: Results, facts: Facts, lang: str) -> list[Flowable]:
    """The priority map (200 dpi image of the exported map's drawing) and its caption."""
    w_mm, h_mm = 174.0, 212.0
    with matplotlib.rc_context(RC):
        fig = compose_map(
            results, width_mm=w_mm, height_mm=h_mm, lang=lang, top=facts.n_summary, title=False
        )
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=200, pil_kwargs={"compress_level": 3})
    return [
        Paragraph(t("h_map", lang), H1),
        _png(buffer.getvalue(), WIDTH),
        Paragraph(t("map_caption", lang, cell=250), SMALL),
    ]


def top_table(results: Results, facts: Facts, lang: str) -> list[Flowable]:
    """The top-N segments with class, condition, length, benefit, households and cost."""
    cols = [
        ("b_rank", 10),
        ("col_name", 36),
        ("col_highway", 19),
        ("col_condition", 22),
        ("col_length_m", 15),
        ("b_benefit", 22),
        ("b_hh", 16),
        ("b_cost", 16),
        ("b_per_bn", 18),
    ]
    head = [para(t(k, lang), HEAD if i < 4 else HEAD_R) for i, (k, _) in enumerate(cols)]
    rows: list[list[object]] = [head]
    conditions = condition_words(facts.top, lang)
    for r, cond in zip(facts.top.itertuples(), conditions, strict=True):
        per_bn = (r.benefit_per_cost or 0.0) * 1e9
        rows.append(
            [
                para(int(r.rank)),
                para(road_name(r.name, lang)),
                para(highway_name(r.highway, lang)),
                para(cond),
                para(fmt_num(r.length_m, lang), CELL_R),
                para(fmt_benefit(r.benefit, lang), CELL_R),
                para(fmt_num(r.households_benefiting, lang), CELL_R),
                para(fmt_num(r.upgrade_cost / 1e6, lang), CELL_R),
                para(fmt_num(per_bn, lang), CELL_R),
            ]
        )
    widths = [w * mm * WIDTH / (sum(c[1] for c in cols) * mm) for _, w in cols]
    return [
        Paragraph(t("h_top", lang), H1),
        data_table(rows, widths),
        Spacer(1, 2 * mm),
        Paragraph(t("top_caption", lang, n=len(facts.top)), SMALL),
    ]


def curve(results: Results, facts: Facts, lang: str) -> list[Flowable]:
    """Cumulative benefit against cumulative cost, zoomed around the budget (issue 13)."""
    budget = facts.budget_rp or (facts.pick.budget_rp if facts.pick else None)
    png = cumulative_chart(results, lang=lang, budget_rp=budget, width_mm=174, height_mm=80)
    shown, total, benefit = curve_range(results, budget_rp=budget)
    if budget:
        k = fmt_num(shown / budget, lang, decimals=0 if shown / budget % 1 == 0 else 1)
        zoom = rt("curve_zoom", lang, k=k)
    else:
        zoom = rt("curve_zoom_share", lang, share=fmt_num(100 * SHOWN_SHARE, lang))
    n = int((results.segments["rank"].notna() & (results.segments["benefit"] > 0)
             & (results.segments["upgrade_cost"] > 0)).sum())  # fmt: skip
    note = rt("curve_range", lang, shown=fmt_rp(shown, lang), zoom=zoom, n=fmt_num(n, lang),
              total=fmt_rp(total, lang), benefit=fmt_num(benefit, lang))  # fmt: skip
    return [
        KeepTogether(
            [
                Paragraph(t("h_curve", lang), H2),
                _png(png, WIDTH),
                Paragraph(f"{t('curve_caption', lang)} {note}", SMALL),
            ]
        )
    ]

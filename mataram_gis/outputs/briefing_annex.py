"""Annex sections of the council briefing: method, assumptions and data sources."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from mataram_gis import speeds
from mataram_gis.outputs.briefing_style import (
    BODY,
    CELL,
    CELL_R,
    H1,
    H2,
    HEAD,
    HEAD_R,
    SMALL,
    WIDTH,
    data_table,
    para,
)
from mataram_gis.outputs.mapexport import scenario_line
from mataram_gis.outputs.provenance import source_rows
from mataram_gis.outputs.ruas_texts import perkerasan_name, rt, treatment_name
from mataram_gis.outputs.texts import (
    condition_name,
    fmt_date,
    fmt_num,
    highway_name,
    mode_name,
    source_text,
    t,
)
from mataram_gis.results import Results
from mataram_gis.scenario import CATEGORY_LABELS, Scenario
from mataram_gis.statuses import PERKERASAN
from mataram_gis.treatments import FALLBACK_PERKERASAN, TREATMENTS


def method(results: Results, lang: str) -> list[Flowable]:
    """The method in plain language."""
    s = results.scenario
    text = t("method_text", lang).format(
        mode=mode_name(s.mode, lang), target=condition_name(s.target_condition, lang)
    )
    return [Paragraph(t("h_method", lang), H1)] + [Paragraph(p, BODY) for p in text.split("|")]


def _kmh(v: float | None, lang: str, *, cap: bool) -> str:
    if v is None:
        return t("t_none" if cap else "t_notallowed", lang)
    return fmt_num(v, lang, decimals=1 if v % 1 else 0)


def assumptions(results: Results, lang: str) -> list[Flowable]:
    """Speeds per class, condition factors and caps, equity weights, unit costs."""
    s = results.scenario
    out: list[Flowable] = [Paragraph(t("h_assumptions", lang), H2)]
    present = set(results.segments["highway"].astype(str))
    speed = s.speed_table()
    rows = [[para(t("t_class", lang), HEAD), para(t("t_speed", lang), HEAD_R)]]
    for cls, v in sorted(speed.items(), key=lambda kv: -(kv[1] or 0)):
        if cls in present:
            rows.append([para(highway_name(cls, lang)), para(_kmh(v, lang, cap=False), CELL_R)])
    half = WIDTH / 2 - 4 * mm
    left = [
        Paragraph(t("a_speed", lang, mode=mode_name(s.mode, lang)), CELL),
        data_table(rows, [half * 0.6, half * 0.4]),
    ]
    factors, caps = s.factor_table(), s.cap_table()
    rows = [
        [
            para(t("t_cond", lang), HEAD),
            para(t("t_factor", lang), HEAD_R),
            para(t("t_cap", lang), HEAD_R),
        ]
    ]
    for cond in speeds.CONDITIONS:
        rows.append(
            [
                para(condition_name(cond, lang)),
                para(fmt_num(factors.get(cond, 1.0), lang, decimals=2), CELL_R),
                para(_kmh(caps.get(cond), lang, cap=True), CELL_R),
            ]
        )
    right = [
        Paragraph(t("a_condition", lang), CELL),
        data_table(rows, [half * 0.4, half * 0.3, half * 0.3]),
        Spacer(1, 4 * mm),
        Paragraph(t("a_equity", lang), CELL),
    ]
    rows = [[para(t("t_desil", lang), HEAD), para(t("t_weight", lang), HEAD_R)]]
    for k, w in sorted(s.equity_weights.items()):
        rows.append(
            [
                para(CATEGORY_LABELS[lang].get(k, str(k))),
                para(fmt_num(w, lang, decimals=1), CELL_R),
            ]
        )
    right.append(data_table(rows, [half * 0.7, half * 0.3]))
    grid = Table([[left, right]], colWidths=[WIDTH / 2, WIDTH / 2], hAlign="LEFT")
    grid.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    out += [grid, Spacer(1, 4 * mm)]
    out += [KeepTogether(_prices(results, lang) if s.cost_basis == "m2" else _per_km(s, lang))]
    return out


def _prices(results: Results, lang: str) -> list[Flowable]:
    """The unit prices used (Rp/m2, treatment x pavement) and where they come from (issue 11).

    Columns are the pavements of the ranked segments (all five when the results do not say);
    a segment of unknown pavement is priced as aspal, so aspal is shown then too.
    """
    s = results.scenario
    table = s.price_table()
    segs = results.segments
    fallback = False
    used = list(PERKERASAN)
    if "perkerasan" in segs:
        ranked = segs.loc[segs["rank"].notna(), "perkerasan"].fillna("").astype(str)
        words = set(ranked) if len(ranked) else set(segs["perkerasan"].fillna("").astype(str))
        fallback = bool(words - set(PERKERASAN))
        if fallback:
            words.add(FALLBACK_PERKERASAN)
        used = [p for p in PERKERASAN if p in words] or used
    city = s.unit_price_rp_m2 if s.price_source else {}
    rows = [[para(rt("t_treatment", lang), HEAD)]
            + [para(perkerasan_name(p, lang), HEAD_R) for p in used]]  # fmt: skip
    star = False
    for treat in TREATMENTS:
        cells = [para(treatment_name(treat, lang))]
        for p in used:
            mark = bool(s.price_source) and p not in city.get(treat, {})
            star |= mark
            value = fmt_num(table.get(treat, {}).get(p, 0.0), lang)
            cells.append(para(value + (" *" if mark else ""), CELL_R))
        rows.append(cells)
    if not s.price_source:
        note = rt("a_prices_default", lang)
    else:
        note = rt("a_prices_mixed" if star else "a_prices_file", lang, source=s.price_source)
    if fallback:
        note += rt("a_prices_fallback", lang)
    first = WIDTH * 0.34
    return [
        Paragraph(rt("a_prices", lang), CELL),
        data_table(rows, [first] + [(WIDTH - first) / len(used)] * len(used)),
        Spacer(1, 1.5 * mm),
        Paragraph(note, SMALL),
    ]


def _per_km(s: Scenario, lang: str) -> list[Flowable]:
    """The older per-km cost table by road group (scenarios with ``cost_basis = km``)."""
    costs = s.cost_table()
    froms = [c for c in speeds.CONDITIONS if c != s.target_condition and c != "baik"]
    rows = [
        [para(t("t_group", lang), HEAD)]
        + [para(t("t_from", lang, cond=condition_name(c, lang)), HEAD_R) for c in froms]
    ]
    for group, row in costs.items():
        rows.append(
            [para(t(f"grp_{group}", lang) if f"grp_{group}" in _known(lang) else group)]
            + [para(fmt_num(row.get(c, 0) / 1e6, lang), CELL_R) for c in froms]
        )
    return [
        Paragraph(t("a_cost", lang), CELL),
        data_table(rows, [WIDTH * 0.34] + [WIDTH * 0.66 / len(froms)] * len(froms)),
    ]


def _known(lang: str) -> set[str]:
    from mataram_gis.outputs.texts import TEXTS

    return set(TEXTS[lang])


def sources(results: Results, lang: str) -> list[Flowable]:
    """Input files with dates and hashes, notes, software and the results file."""
    rec = results.record
    out: list[Flowable] = [Paragraph(t("h_sources", lang), H1)]
    rows = [[para(t(key, lang), HEAD) for key in ("role", "file", "hash")]]
    for role, file, sha in source_rows(results, lang=lang):
        rows.append(
            [para(role), para(file), para(sha, ParagraphStyle("mono", parent=CELL, fontSize=6.5))]
        )
    out += [data_table(rows, [30 * mm, 62 * mm, WIDTH - 92 * mm]), Spacer(1, 4 * mm)]
    out.append(
        Paragraph(
            f"{t('date', lang)}: {fmt_date(rec.get('created'), lang, with_time=True)}",
            BODY,
        )
    )
    out.append(Paragraph(scenario_line(results, lang), BODY))
    software = ", ".join(f"{k} {v}" for k, v in sorted((rec.get("software") or {}).items()))
    name = Path(results.path).name if results.path else "-"
    out.append(Paragraph(t("src_text", lang, file=name, software=software), SMALL))
    notes = rec.get("notes") or []
    if notes:
        out.append(Paragraph(t("src_notes", lang), H2))
        out += [Paragraph(f"\u2022 {source_text(n, lang)}", SMALL) for n in notes]
    return out

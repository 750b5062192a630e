"""The briefing's ruas page (issue 11): the priority ruas with STA, treatment and status,
and kemantapan before and after treating them, against the target.

Placed right after the summary so that the briefing leads with ruas, the unit Dinas PUPR
programmes and funds; the segment table stays later as the drill-down.
"""

from __future__ import annotations

import numpy as np
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from mataram_gis.outputs.briefing_style import (
    BODY,
    CELL_R,
    H1,
    HEAD,
    HEAD_R,
    SMALL,
    WIDTH,
    data_table,
    para,
    unbroken,
)
from mataram_gis.outputs.ruas_texts import (
    fungsi_name,
    prices_note,
    rt,
    sta_range,
    status_name,
    treatment_name,
)
from mataram_gis.outputs.texts import fmt_benefit, fmt_num, road_name
from mataram_gis.results import Results


def pct(x: float, lang: str) -> str:
    """A share as a percentage ("–" when unknown)."""
    return "–" if not np.isfinite(x) else f"{fmt_num(100 * x, lang, decimals=1)} %"


def kemantapan_line(results: Results, nomor: list[str], lang: str) -> str:
    """Kemantapan of the city's roads now and once the ruas ``nomor`` are treated.

    As the Portfolio dock's (:func:`mataram_gis.works.kemantapan_before_after`): over the
    length whose condition is known; the unknown share is said after it.
    """
    from mataram_gis.works import kemantapan_before_after, unknown_share

    s = results.segments.reset_index(drop=True)
    scenario = results.scenario
    auths = scenario.candidate_authorities or ["kota"]
    treated = np.zeros(len(s), bool)
    if "nomor_ruas" in s:
        treated = s["nomor_ruas"].astype(str).isin(nomor).to_numpy() & s["rank"].notna().to_numpy()
    before, after = kemantapan_before_after(s, np.flatnonzero(treated), authorities=auths)
    line = rt(
        "kemantapan", lang, before=pct(before, lang), after=pct(after, lang),
        what=f"{len(nomor)} ruas", target=pct(scenario.kemantapan_target, lang),
        source=rt("kemantapan_source", lang),
    )  # fmt: skip
    share = unknown_share(s, authorities=auths)
    if share > 0:  # left out of kemantapan: say how much that is
        line += " " + rt("kemantapan_unknown", lang, share=pct(share, lang))
    return line


def ruas_page(results: Results, lang: str, *, top: int = 15) -> list[Flowable]:
    """The top ruas table, kemantapan before/after and the price note (empty without ruas)."""
    ruas = results.ruas
    if ruas is None or ruas["rank"].notna().sum() == 0:
        return []
    ranked = ruas.loc[ruas["rank"].notna()].sort_values("rank").head(top)
    cols = [
        ("r_rank", 10), ("r_nomor", 11), ("r_nama", 27), ("r_status", 15), ("r_fungsi", 16),
        ("r_best", 30), ("r_treatment", 26), ("r_benefit", 20), ("r_cost_jt", 17),
    ]  # fmt: skip
    head = [para(rt(k, lang), HEAD if i < 7 else HEAD_R) for i, (k, _) in enumerate(cols)]
    rows: list[list[object]] = [head]
    for r in ranked.itertuples():
        rows.append([
            para(int(r.rank)), para(r.nomor_ruas), para(road_name(r.nama_ruas, lang)),
            para(status_name(r.status, lang)), para(fungsi_name(r.fungsi, lang)),
            para(unbroken(sta_range(r.best_sta_from_m, r.best_sta_to_m))),
            para(treatment_name(r.treatment, lang)),
            para(fmt_benefit(r.benefit, lang), CELL_R),
            para(fmt_num(r.upgrade_cost / 1e6, lang), CELL_R),
        ])  # fmt: skip
    total = sum(w for _, w in cols)
    widths = [w * WIDTH / total for _, w in cols]
    every = not results.scenario.candidate_authorities
    nomor = ranked["nomor_ruas"].astype(str).tolist()
    return [
        Paragraph(rt("h_ruas", lang), H1),
        data_table(rows, widths),
        Spacer(1, 2 * mm),
        Paragraph(rt("ruas_caption", lang, all=rt("all_status", lang) if every else ""), SMALL),
        Spacer(1, 3 * mm),
        Paragraph(kemantapan_line(results, nomor, lang), BODY),
        Paragraph(prices_note(results.scenario.price_source, lang), SMALL),
        PageBreak(),
    ]

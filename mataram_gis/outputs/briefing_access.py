"""Briefing page "travel times and who gains" (issue 14): before/after maps and equity tables.

For the segments the summary page leads with (the first ten of the ranking, upgraded
together), or the upgrade chosen by ``report --upgrade`` (a segment, a ruas, the portfolio:
:mod:`mataram_gis.outputs.upgrade_choice`; the heading and the map titles name it): mean
minutes to the centre per 250 m cell before and after (cells under 5
households not shown), the benefit by desil with the share reaching desil 1 and the
concentration index, the kelurahan that gain most (when the results know kelurahan), and
the roads with no alternative (``criticality`` / ``households_stranded``, when present).
Strings live here, Indonesian first, so the shared text table stays small.
"""

from __future__ import annotations

import io

import matplotlib
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer

from mataram_gis.equity import (
    concentration_index,
    equity_table,
    share_to_desil1,
)
from mataram_gis.isolation import travel_time_cells
from mataram_gis.outputs.mapplot import plot_lines
from mataram_gis.outputs.reach import household_times_after
from mataram_gis.outputs.texts import fmt_num, road_name, t
from mataram_gis.outputs.upgrade_choice import ResolvedUpgrade, parse_upgrade, resolve_upgrade
from mataram_gis.results import Results

TIME_BREAKS = (0.0, 5.0, 10.0, 15.0, 20.0, 30.0, 1e9)
TIME_COLOURS = ("#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027", "#7f0000")

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "h": "Waktu tempuh dan siapa yang diuntungkan",
        "intro": "Jika {n} segmen teratas ditingkatkan bersama, rata-rata waktu tempuh rumah "
        "tangga miskin ke sentranya turun dari {before} menjadi {after} menit. {share} "
        "manfaat sampai ke desil 1 (miskin ekstrem); indeks konsentrasi {ci} (negatif: "
        "manfaat lebih banyak ke yang lebih miskin).",
        "intro_sel": "Jika {what} ditingkatkan, rata-rata waktu tempuh rumah tangga miskin ke "
        "sentranya turun dari {before} menjadi {after} menit. {share} manfaat sampai ke desil 1 "
        "(miskin ekstrem); indeks konsentrasi {ci} (negatif: manfaat lebih banyak ke yang lebih "
        "miskin).",
        "h_sel": "Waktu tempuh dan siapa yang diuntungkan: {what}",
        "before": "Sebelum",
        "after": "Sesudah {n} segmen teratas",
        "after_sel": "Sesudah {what}",
        "minutes": "menit ke sentra (rata-rata per sel 250 m)",
        "map_note": "Sel berisi kurang dari 5 rumah tangga tidak ditampilkan.",
        "h_desil": "Manfaat per desil",
        "h_kel": "Kelurahan dengan manfaat terbesar",
        "h_vuln": "Segmen tanpa alternatif",
        "vuln_intro": "Bila segmen ini tertutup (banjir, perbaikan), rumah tangga berikut "
        "kehilangan akses atau menempuh jalan memutar:",
        "desil": "Desil",
        "kelurahan": "Kelurahan",
        "households": "Rumah tangga",
        "reached": "Terjangkau",
        "benefit": "Manfaat (jam/thn)",
        "share": "Pangsa",
        "saved": "Hemat (menit)",
        "road": "Segmen",
        "crit": "Kerugian (jam/thn)",
        "stranded": "RT terputus",
        "total": "Jumlah",
        "isolated": "{n} rumah tangga menempuh lebih dari {m} menit ke sentranya atau tidak "
        "punya jalan dalam jarak jangkau; terbanyak di {where}. Di sana yang dibutuhkan "
        "adalah jalan baru, bukan peningkatan.",
        "outside": "(di luar batas)",
    },
    "en": {
        "h": "Travel times and who gains",
        "intro": "If the top {n} segments are upgraded together, poor households' mean time "
        "to their centre falls from {before} to {after} minutes. {share} of the benefit "
        "reaches desil 1 (extreme poverty); concentration index {ci} (negative: the benefit "
        "goes more to the poorer).",
        "intro_sel": "If {what} is upgraded, poor households' mean time to their centre falls "
        "from {before} to {after} minutes. {share} of the benefit reaches desil 1 (extreme "
        "poverty); concentration index {ci} (negative: the benefit goes more to the poorer).",
        "h_sel": "Travel times and who gains: {what}",
        "before": "Before",
        "after": "After the top {n} segments",
        "after_sel": "After {what}",
        "minutes": "minutes to the centre (mean per 250 m cell)",
        "map_note": "Cells with fewer than 5 households are not shown.",
        "h_desil": "Benefit by desil",
        "h_kel": "Kelurahan that gain most",
        "h_vuln": "Roads with no alternative",
        "vuln_intro": "If one of these roads closes (flood, works), these households lose "
        "their route or take a detour:",
        "desil": "Desil",
        "kelurahan": "Kelurahan",
        "households": "Households",
        "reached": "Reached",
        "benefit": "Benefit (h/yr)",
        "share": "Share",
        "saved": "Saved (min)",
        "road": "Road",
        "crit": "Loss (h/yr)",
        "stranded": "Stranded",
        "total": "Total",
        "isolated": "{n} households are more than {m} minutes from their centre or have no "
        "road within reach; most in {where}. There a new link, not an upgrade, is needed.",
        "outside": "(outside)",
    },
}


def tx(key: str, lang: str, **values: object) -> str:
    """A string of this page."""
    text = TEXTS[lang][key]
    return text.format(**values) if values else text


def time_maps_png(
    results: Results, cells, *, n: int, lang: str, width_mm: float, after: str | None = None
) -> bytes:
    """Two small maps (before, after) of the travel-time cells over the roads, as PNG."""
    buffer = io.BytesIO()
    fig = time_maps_figure(results, cells, n=n, lang=lang, width_mm=width_mm, after=after)
    fig.savefig(buffer, format="png", dpi=200, bbox_inches="tight", pad_inches=0.03)
    return buffer.getvalue()


def time_maps_figure(
    results: Results,
    cells,
    *,
    n: int,
    lang: str,
    width_mm: float,
    note: bool = False,
    after: str | None = None,
) -> Figure:
    """The before/after travel-time maps as a matplotlib figure (also ``equity --map``);
    ``note`` adds the synthetic-data notice (standalone maps of the demo); ``after`` is the
    second map's title (default "after the top ``n`` segments")."""
    cmap = ListedColormap(TIME_COLOURS)
    norm = BoundaryNorm(TIME_BREAKS, cmap.N)
    fig = Figure(figsize=(width_mm / 25.4, width_mm * 0.38 / 25.4))
    axes = fig.subplots(1, 2)
    roads = results.segments.geometry
    after = after or tx("after", lang, n=n)
    for ax, col, title in ((axes[0], "minutes_before", tx("before", lang)),
                           (axes[1], "minutes_after", after)):  # fmt: skip
        if len(cells):
            cells.plot(ax=ax, column=col, cmap=cmap, norm=norm, linewidth=0)
        plot_lines(ax, roads, color="#8a8f96", linewidth=0.12)
        results.centres.plot(ax=ax, color="#1f4e9c", marker="s", markersize=6)
        ax.set_title(title, fontsize=8)
        ax.set_axis_off()
        ax.set_aspect("equal")
    sm = matplotlib.cm.ScalarMappable(norm=norm, cmap=cmap)
    bar = fig.colorbar(sm, ax=list(axes), orientation="horizontal", fraction=0.05, pad=0.02,
                       ticks=TIME_BREAKS[:-1])  # fmt: skip
    bar.ax.tick_params(labelsize=6)
    bar.set_label(tx("minutes", lang), fontsize=6.5)
    if note and results.synthetic:
        fig.text(0.5, 0.99, t("synthetic_note", lang), ha="center", va="top", fontsize=6.5,
                 color="#b3261e", fontweight="bold")  # fmt: skip
    return fig


def _rows(table, key: str, lang: str, *, label=str) -> list[list[object]]:
    from mataram_gis.outputs.briefing_style import CELL_R, HEAD, HEAD_R, para

    head = [para(tx(key, lang), HEAD)] + [
        para(tx(k, lang), HEAD_R) for k in ("households", "reached", "benefit", "share", "saved")
    ]
    rows = [head]
    for r in table.itertuples(index=False):
        name = getattr(r, table.columns[0])
        rows.append([
            para(tx("total", lang) if name == "total" else label(name)),
            para(fmt_num(r.households, lang), CELL_R),
            para(fmt_num(r.households_reached, lang), CELL_R),
            para(fmt_num(r.benefit, lang, decimals=1), CELL_R),
            para(f"{fmt_num(100 * r.benefit_share, lang, decimals=1)} %", CELL_R),
            para(fmt_num(r.mean_minutes_saved, lang, decimals=2), CELL_R),
        ])  # fmt: skip
    return rows


def access_pages(
    results: Results, *, n: int, lang: str, upgrade: ResolvedUpgrade | None = None
) -> list[Flowable]:
    """The page(s): heading, sentence, before/after maps, equity tables, critical roads.

    ``upgrade`` (:func:`mataram_gis.outputs.upgrade_choice.resolve_upgrade`) is what the
    "after" shows; default the top ``n`` ranked segments (the wording the summary uses)."""
    from mataram_gis.outputs.briefing_style import (
        BODY,
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

    problem = results.problem
    seg = results.segments
    if upgrade is None:
        upgrade = resolve_upgrade(results, parse_upgrade(f"top:{n}"))
    rows = upgrade.rows
    top = upgrade.choice.kind == "top"  # the summary's own wording (and the golden text)
    what = upgrade.label(lang)
    times = household_times_after(problem, rows)  # the summary's fields when the same rows
    o = results.origins
    trips = float(results.scenario.trips_per_year)
    by_desil = equity_table(o, times, by="category", trips_per_year=trips)
    total = by_desil.iloc[-1]
    story: list[Flowable] = [
        Paragraph(tx("h", lang) if top else tx("h_sel", lang, what=what), H1),
        Paragraph(tx("intro" if top else "intro_sel", lang, n=len(rows), what=what,
                     before=fmt_num(total["mean_minutes_before"], lang, decimals=1),
                     after=fmt_num(total["mean_minutes_after"], lang, decimals=1),
                     share=f"{fmt_num(100 * share_to_desil1(by_desil), lang, decimals=1)} %",
                     ci=fmt_num(concentration_index(by_desil), lang, decimals=3)), BODY),
    ]  # fmt: skip
    cells = travel_time_cells(o, times.before_s, times.after_s)
    after = None if top else tx("after_sel", lang, what=what)
    png = time_maps_png(results, cells, n=len(rows), lang=lang, width_mm=174, after=after)
    image = Image(io.BytesIO(png))
    image.drawWidth, image.drawHeight = WIDTH, image.imageHeight * WIDTH / image.imageWidth
    story += [image, Paragraph(tx("map_note", lang), SMALL), Paragraph(tx("h_desil", lang), H2)]
    widths = [w * WIDTH / 100 for w in (28, 14, 14, 16, 12, 16)]
    story.append(data_table(_rows(by_desil, "desil", lang), widths))
    if "kelurahan" in o.columns:
        by_kel = equity_table(o, times, by="kelurahan", trips_per_year=trips)
        body = by_kel.iloc[:-1].sort_values("benefit", ascending=False).head(5)
        body = body.loc[body["benefit"] > 0]
        if len(body):
            story += [Paragraph(tx("h_kel", lang), H2)]
            story.append(data_table(
                _rows(body, "kelurahan", lang, label=lambda k: k or tx("outside", lang)), widths
            ))  # fmt: skip
    if {"criticality", "households_stranded"} <= set(seg.columns):
        worst = seg.sort_values(["households_stranded", "criticality"], ascending=False).head(4)
        worst = worst.loc[(worst["households_stranded"] > 0) | (worst["criticality"] > 0)]
        if len(worst):
            head = [
                para(tx("road", lang), HEAD), para(tx("kelurahan", lang), HEAD),
                para(tx("crit", lang), HEAD_R), para(tx("stranded", lang), HEAD_R),
            ]  # fmt: skip
            table = [head] + [
                [para(road_name(r.name, lang)), para(getattr(r, "kelurahan", "") or ""),
                 para(fmt_num(r.criticality, lang, decimals=1), CELL_R),
                 para(fmt_num(r.households_stranded, lang), CELL_R)]
                for r in worst.itertuples()
            ]  # fmt: skip
            story += [Paragraph(tx("h_vuln", lang), H2), Paragraph(tx("vuln_intro", lang), SMALL),
                      data_table(table, [w * WIDTH / 100 for w in (40, 30, 15, 15)])]  # fmt: skip
    story += _isolated(o, lang, SMALL)
    from mataram_gis.outputs.briefing_isolated import isolated_map

    story += isolated_map(results, lang=lang)  # aggregated map (briefing_isolated.py)
    return story


def _isolated(origins, lang: str, style) -> list[Flowable]:
    """One sentence on isolated households by kelurahan (counts under 5 not named)."""
    from mataram_gis.isolation import THRESHOLD_MIN, isolation_by_area, isolation_flags

    n = int(isolation_flags(origins)["isolated"].sum())
    if n == 0 or "kelurahan" not in origins.columns:
        return []
    table = isolation_by_area(origins).dropna(subset=["isolated"])
    table = table.loc[(table["isolated"] > 0) & (table["kelurahan"] != "")].head(3)
    if not len(table):
        return []
    where = ", ".join(f"Kel. {r.kelurahan} ({fmt_num(r.isolated, lang)})"
                      for r in table.itertuples())  # fmt: skip
    text = tx("isolated", lang, n=fmt_num(n, lang), m=fmt_num(THRESHOLD_MIN, lang), where=where)
    return [Spacer(1, 2 * mm), Paragraph(text, style)]

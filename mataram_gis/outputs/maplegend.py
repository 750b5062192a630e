"""The map legend and the list of top segments, drawn on an axes measured in millimetres."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.patches import Rectangle

from mataram_gis.outputs.classify import PT_PER_MM
from mataram_gis.outputs.mapplot import (
    INK,
    NOT_CITY_COLOUR,
    NOT_CITY_WIDTH_PT,
    MapData,
    density_style,
    not_city_roads,
)
from mataram_gis.outputs.ruas_texts import rt, sta_range
from mataram_gis.outputs.texts import fmt_benefit, road_name, t

MUTED = "#4a525c"
ROW_MM = 4.6


def mm_axes(ax: Axes, width_mm: float, height_mm: float) -> None:
    """Make ``ax`` a blank canvas whose data units are millimetres (origin lower left)."""
    ax.set_xlim(0, width_mm)
    ax.set_ylim(0, height_mm)
    ax.set_axis_off()


def draw_symbol_legend(
    ax: Axes, data: MapData, *, x: float, y: float, lang: str, density: bool = True
) -> float:
    """Priority classes, other roads, centres, rank labels (and density); returns new y."""
    c = data.classes
    ax.text(x, y, t("legend_priority", lang), fontsize=8, fontweight="bold", color=INK, va="top")
    y -= 4.2
    ax.text(x, y, t("legend_priority_unit", lang), fontsize=6, color=MUTED, va="top")
    y -= 4.6
    widths = c.widths_pt()
    for k in range(c.n, 0, -1):
        ax.plot(
            [x + 0.5, x + 10],
            [y - 1.3, y - 1.3],
            color=c.colours[k - 1],
            lw=widths[k - 1],
            solid_capstyle="butt",
        )
        ax.text(x + 13, y - 1.3, t(f"class_{k}", lang), fontsize=6.5, color=INK, va="center")
        label = c.range_label(k, fmt=lambda v: fmt_benefit(v, lang))
        ax.text(x + 36, y - 1.3, label, fontsize=6.5, color=INK, va="center")
        y -= ROW_MM
    ax.plot(
        [x + 0.5, x + 10],
        [y - 1.3, y - 1.3],
        color=c.other_colour,
        lw=c.other_width_mm * PT_PER_MM,
    )
    ax.text(x + 13, y - 1.3, t("legend_other", lang), fontsize=6.5, color=INK, va="center")
    y -= ROW_MM
    if not_city_roads(data.segments).any():  # issue 11
        ax.plot([x + 0.5, x + 10], [y - 1.3, y - 1.3], color=NOT_CITY_COLOUR,
                lw=NOT_CITY_WIDTH_PT, ls=(0, (2, 1.5)))  # fmt: skip
        ax.text(x + 13, y - 1.3, rt("not_city", lang), fontsize=6.5, color=INK, va="center")
        y -= ROW_MM
    y -= 1.5
    ax.plot([x + 5.2], [y - 1.3], marker="s", ms=2.6 * PT_PER_MM, color=INK, mec="white")
    ax.text(x + 13, y - 1.3, t("legend_centre", lang), fontsize=6.5, color=INK, va="center")
    y -= ROW_MM + 0.5
    if len(data.top):
        ax.text(
            x + 5.2,
            y - 1.3,
            "1",
            ha="center",
            va="center",
            fontsize=6,
            color=INK,
            fontweight="bold",
            bbox={"boxstyle": "circle,pad=0.25", "fc": "white", "ec": INK, "lw": 0.6},
        )
        ax.text(
            x + 13,
            y - 1.3,
            t("legend_top", lang, n=len(data.top)),
            fontsize=6.5,
            color=INK,
            va="center",
        )
        y -= ROW_MM + 1.5
    return draw_density_legend(ax, data, x=x, y=y, lang=lang) if density else y


def draw_density_legend(ax: Axes, data: MapData, *, x: float, y: float, lang: str) -> float:
    """Swatches of the household-count classes; returns the new y."""
    g = data.grid
    cell = f"{g.cell_m:.0f}"
    ax.text(
        x,
        y,
        t("legend_density", lang, cell=cell),
        fontsize=6.5,
        fontweight="bold",
        color=INK,
        va="top",
    )
    y -= 4.2
    cmap, _ = density_style(data)
    bounds = list(data.density_bounds)
    highs = [b - 1 for b in bounds[1:]] + [None]
    sw = 9.0
    for i, (lo, hi) in enumerate(zip(bounds, highs, strict=True)):
        xi = x + i * (sw + 6.5)
        ax.add_patch(Rectangle((xi, y - 3.2), sw, 3.2, fc=cmap(i), ec="#9aa3ad", lw=0.3))
        text = f"{lo}\u2013{hi}" if hi is not None and hi > lo else f"\u2265 {lo}"
        if hi is not None and hi == lo:
            text = f"{lo}"
        ax.text(xi + sw / 2, y - 4.2, text, fontsize=5.5, color=INK, ha="center", va="top")
    y -= 8.6
    ax.text(
        x,
        y,
        t("legend_density_note", lang, k=g.min_count),
        fontsize=5.5,
        color=MUTED,
        va="top",
        style="italic",
    )
    return y - 4.0


def draw_top_list(
    ax: Axes, data: MapData, *, x: float, y: float, width: float, lang: str, rows: int = 15
) -> float:
    """Rank, road name and benefit of the top segments as a compact list; returns new y."""
    if not len(data.top):
        return y
    ax.text(
        x,
        y,
        t("legend_top", lang, n=len(data.top)),
        fontsize=8,
        fontweight="bold",
        color=INK,
        va="top",
    )
    y -= 4.4
    ax.text(
        x + width,
        y,
        t("legend_priority_unit", lang).split(",")[1].strip(),
        fontsize=5.5,
        color=MUTED,
        va="top",
        ha="right",
    )
    y -= 3.8
    max_chars = int((width - 24) / (6.2 * 0.5 / PT_PER_MM))
    for i, r in enumerate(data.top.head(rows).itertuples()):
        if i % 2 == 0:
            ax.add_patch(Rectangle((x, y - 3.6), width, 3.8, fc="#f1f3f5", ec="none"))
        name = road_name(r.name, lang)
        nomor = str(getattr(r, "nomor_ruas", "") or "")
        if nomor and getattr(r, "nomor_source", "input") == "input":  # lead with ruas + STA
            name = f"{nomor} {name} {sta_range(r.sta_from_m, r.sta_to_m)}"
        name = name if len(name) <= max_chars else name[: max_chars - 1] + "\u2026"
        ax.text(
            x + 4.2,
            y - 1.7,
            str(int(r.rank)),
            fontsize=6.2,
            ha="right",
            va="center",
            color=INK,
            fontweight="bold",
        )
        ax.text(x + 6.0, y - 1.7, name, fontsize=6.2, va="center", color=INK)
        ax.text(
            x + width - 0.5,
            y - 1.7,
            fmt_benefit(r.benefit, lang),
            fontsize=6.2,
            ha="right",
            va="center",
            color=INK,
        )
        y -= 3.8
    return y - 2.0

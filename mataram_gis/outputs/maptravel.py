"""Travel-time cells on the printed map (issue 14): ``map --travel-time before|after|saved``.

The cells are those of the briefing's page "travel times and who gains"
(:func:`mataram_gis.isolation.travel_time_cells`: mean minutes to the centre per 250 m cell,
cells with fewer than 5 households dropped) for the top ``n`` ranked segments upgraded
together. Drawn over the household density, with a small legend in the map's top-left corner.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
from matplotlib.axes import Axes
from matplotlib.cm import ScalarMappable
from matplotlib.collections import PolyCollection
from matplotlib.colors import BoundaryNorm, ListedColormap

from mataram_gis.errors import UsageError
from mataram_gis.results import Results

MODES: tuple[str, ...] = ("before", "after", "saved")
#: How many top-ranked segments are upgraded together (as the briefing's summary).
DEFAULT_N = 10
SAVED_BREAKS = (0.0, 0.5, 1.0, 2.0, 5.0, 1e9)
SAVED_COLOURS = ("#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c")

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "before": "Waktu tempuh sebelum peningkatan",
        "after": "Waktu tempuh sesudah {n} segmen teratas ditingkatkan",
        "saved": "Menit dihemat bila {n} segmen teratas ditingkatkan",
        "unit": "menit ke sentra, rata-rata per sel 250 m",
        "note": "Sel berisi kurang dari 5 rumah tangga tidak ditampilkan.",
    },
    "en": {
        "before": "Travel time before the upgrade",
        "after": "Travel time after upgrading the top {n} segments",
        "saved": "Minutes saved by upgrading the top {n} segments",
        "unit": "minutes to the centre, mean per 250 m cell",
        "note": "Cells with fewer than 5 households are not shown.",
    },
}


def check_mode(mode: str) -> str:
    """``mode`` if it is one of :data:`MODES`, else a :class:`UsageError`."""
    if mode not in MODES:
        raise UsageError(f"unknown travel-time display {mode!r}", fix="use before, after or saved")
    return mode


def map_travel_cells(results: Results, *, n: int = DEFAULT_N) -> tuple[gpd.GeoDataFrame, int]:
    """The aggregated travel-time cells with the top ``n`` ranked segments upgraded together,
    and how many segments that is (the briefing's function, not a second aggregation)."""
    from mataram_gis.equity import household_times_with
    from mataram_gis.isolation import travel_time_cells

    seg = results.segments
    ranked = seg.loc[seg["rank"].notna()].sort_values("rank").head(n)
    rows = results.problem.index_of(ranked["segment_id"].to_numpy())
    times = household_times_with(results.problem, rows)
    cells = travel_time_cells(results.origins, times.before_s, times.after_s)
    return cells, len(rows)


def _style(mode: str) -> tuple[ListedColormap, BoundaryNorm, tuple[float, ...]]:
    from mataram_gis.outputs.briefing_access import TIME_BREAKS, TIME_COLOURS

    breaks, colours = (SAVED_BREAKS, SAVED_COLOURS) if mode == "saved" else (
        TIME_BREAKS, TIME_COLOURS)  # fmt: skip
    cmap = ListedColormap(list(colours))
    return cmap, BoundaryNorm(list(breaks), cmap.N), breaks


def draw_travel_cells(ax: Axes, cells: gpd.GeoDataFrame, *, mode: str) -> None:
    """The cells coloured by minutes ``before``, ``after`` or ``saved`` (over the density)."""
    check_mode(mode)
    if not len(cells):
        return
    cmap, norm, _ = _style(mode)
    values = cells[f"minutes_{mode}"].to_numpy(float)
    ok = np.isfinite(values)
    verts = [np.asarray(g.exterior.coords) for g in cells.geometry[ok]]
    polys = PolyCollection(verts, facecolors=cmap(norm(values[ok])), linewidths=0,
                           alpha=0.9, zorder=1.5)  # fmt: skip
    ax.add_collection(polys, autolim=False)


#: The legend's share of the map axes (left, bottom, right, top), labels keep out of it.
LEGEND_AXES = (0.0, 0.82, 0.36, 1.0)


def legend_box(frame, width_mm: float, height_mm: float) -> tuple[float, float, float, float]:
    """The legend's box in map coordinates (a hard box for the label placer)."""
    x0, y0, x1, y1 = LEGEND_AXES
    mm = frame.m_per_mm
    return (frame.xmin + x0 * width_mm * mm, frame.ymax - (1 - y0) * height_mm * mm,
            frame.xmin + x1 * width_mm * mm, frame.ymax - (1 - y1) * height_mm * mm)  # fmt: skip


def draw_travel_legend(ax: Axes, *, mode: str, n: int, lang: str) -> None:
    """Title, colour bar and privacy note in the map's top-left corner."""
    cmap, norm, breaks = _style(check_mode(mode))
    words = TEXTS[lang]
    box = {"facecolor": "white", "edgecolor": "#b0b6bd", "linewidth": 0.4, "alpha": 0.9}
    ax.text(0.015, 0.985, f"{words[mode].format(n=n)}\n{words['unit']}", transform=ax.transAxes,
            fontsize=6.5, va="top", ha="left", zorder=6, bbox=box)  # fmt: skip
    cax = ax.inset_axes((0.02, 0.885, 0.3, 0.02), zorder=6)
    bar = ax.figure.colorbar(ScalarMappable(norm=norm, cmap=cmap), cax=cax,
                             orientation="horizontal", ticks=list(breaks[:-1]))  # fmt: skip
    bar.ax.tick_params(labelsize=5.5, length=1.5, pad=1)
    ax.text(0.015, 0.85, words["note"], transform=ax.transAxes, fontsize=5.5, va="top",
            ha="left", color="#4a4f55", zorder=6)  # fmt: skip

"""Travel-time cells on the printed map (issue 14): ``map --travel-time before|after|saved``.

The cells are those of the briefing's page "travel times and who gains"
(:func:`mataram_gis.isolation.travel_time_cells`: mean minutes to the centre per 250 m cell,
cells with fewer than 5 households dropped) for one set of segments upgraded together, chosen
by ``--upgrade`` (:mod:`mataram_gis.outputs.upgrade_choice`; default the top 10 ranked). They
replace the household density (the same cells) and its legend; the title of the small legend
in the map's top-left corner names the upgrade shown.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.patches import Rectangle

from mataram_gis.errors import UsageError
from mataram_gis.outputs.upgrade_choice import ResolvedUpgrade, parse_upgrade, resolve_upgrade
from mataram_gis.results import Results

MODES: tuple[str, ...] = ("before", "after", "saved")
#: How many top-ranked segments are upgraded together (as the briefing's summary).
DEFAULT_N = 10
SAVED_BREAKS = (0.0, 0.5, 1.0, 2.0, 5.0, 1e9)
SAVED_COLOURS = ("#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c")

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "before": "Waktu tempuh sebelum peningkatan {what}",
        "after": "Waktu tempuh sesudah {what} ditingkatkan",
        "saved": "Menit dihemat bila {what} ditingkatkan",
        "unit": "menit ke sentra, rata-rata per sel 250 m",
        "note": "Sel berisi kurang dari 5 rumah tangga tidak ditampilkan.",
    },
    "en": {
        "before": "Travel time before upgrading {what}",
        "after": "Travel time after upgrading {what}",
        "saved": "Minutes saved by upgrading {what}",
        "unit": "minutes to the centre, mean per 250 m cell",
        "note": "Cells with fewer than 5 households are not shown.",
    },
}


def check_mode(mode: str) -> str:
    """``mode`` if it is one of :data:`MODES`, else a :class:`UsageError`."""
    if mode not in MODES:
        raise UsageError(f"unknown travel-time display {mode!r}", fix="use before, after or saved")
    return mode


def map_travel_cells(
    results: Results, upgrade: ResolvedUpgrade | None = None
) -> tuple[gpd.GeoDataFrame, ResolvedUpgrade]:
    """The aggregated travel-time cells with ``upgrade`` applied (default: the top 10 ranked
    segments together) and the upgrade (the briefing's function, not a second aggregation)."""
    from mataram_gis.equity import household_times_with
    from mataram_gis.isolation import travel_time_cells

    if upgrade is None:
        upgrade = resolve_upgrade(results, parse_upgrade(f"top:{DEFAULT_N}"))
    times = household_times_with(results.problem, upgrade.rows)
    cells = travel_time_cells(results.origins, times.before_s, times.after_s)
    return cells, upgrade


def travel_title(mode: str, upgrade: ResolvedUpgrade, lang: str) -> str:
    """The legend's title: what is shown and which upgrade (``id``/``en``)."""
    return TEXTS[lang][check_mode(mode)].format(what=upgrade.label(lang))


def _style(mode: str) -> tuple[ListedColormap, BoundaryNorm, tuple[float, ...]]:
    from mataram_gis.outputs.briefing_access import TIME_BREAKS, TIME_COLOURS

    breaks, colours = (SAVED_BREAKS, SAVED_COLOURS) if mode == "saved" else (
        TIME_BREAKS, TIME_COLOURS)  # fmt: skip
    cmap = ListedColormap(list(colours))
    return cmap, BoundaryNorm(list(breaks), cmap.N), breaks


def draw_travel_cells(ax: Axes, cells: gpd.GeoDataFrame, *, mode: str) -> None:
    """The cells coloured by minutes ``before``, ``after`` or ``saved`` (in place of the
    household density: the same 250 m cells)."""
    check_mode(mode)
    if not len(cells):
        return
    cmap, norm, _ = _style(mode)
    values = cells[f"minutes_{mode}"].to_numpy(float)
    ok = np.isfinite(values)
    verts = [np.asarray(g.exterior.coords) for g in cells.geometry[ok]]
    polys = PolyCollection(verts, facecolors=cmap(norm(values[ok])), linewidths=0,
                           alpha=0.7, zorder=1.5)  # fmt: skip
    ax.add_collection(polys, autolim=False)


def draw_travel_legend(
    ax: Axes, *, x: float, y: float, width: float, mode: str, upgrade: ResolvedUpgrade, lang: str
) -> float:
    """The travel-time legend in the side panel (an axes in millimetres, as the density
    legend it replaces): title naming the upgrade, colour swatches, unit and privacy note.
    Returns the new ``y``."""
    import textwrap

    from mataram_gis.outputs.maplegend import INK, MUTED

    cmap, _, breaks = _style(check_mode(mode))
    words = TEXTS[lang]
    chars = max(int(width / 1.45), 20)  # ~1.45 mm per character at 6.5 pt bold
    title = "\n".join(textwrap.wrap(travel_title(mode, upgrade, lang), chars))
    ax.text(x, y, title, fontsize=6.5, fontweight="bold", color=INK, va="top", linespacing=1.1)
    y -= 3.2 * (title.count("\n") + 1) + 1.0
    n = len(breaks) - 1
    step = min(width / n, 14.0)
    sw = step - 2.0
    for i in range(n):
        xi = x + i * step
        ax.add_patch(Rectangle((xi, y - 3.2), sw, 3.2, fc=cmap(i), ec="#9aa3ad", lw=0.3))
        lo, hi = breaks[i], breaks[i + 1]
        text = (
            f"\u2265 {_num(lo, lang)}" if i == n - 1 else f"{_num(lo, lang)}\u2013{_num(hi, lang)}"
        )
        ax.text(xi + sw / 2, y - 4.2, text, fontsize=5.5, color=INK, ha="center", va="top")
    y -= 8.6
    for key, size in (("unit", 5.8), ("note", 5.5)):
        line = "\n".join(textwrap.wrap(words[key], int(chars * 1.2)))
        ax.text(x, y, line, fontsize=size, color=MUTED, va="top", style="italic")
        y -= 2.9 * (line.count("\n") + 1) + 0.6
    return y - 2.0


def _num(value: float, lang: str) -> str:
    from mataram_gis.outputs.texts import fmt_num

    return fmt_num(value, lang, decimals=0 if float(value).is_integer() else 1)

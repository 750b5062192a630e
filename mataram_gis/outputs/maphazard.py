"""Flood-prone areas and isolated households on the printed map (issue 14):
``map --hazard FILE`` and ``map --isolated [MIN]``.

Both sit over the household density or the travel-time cells and under the roads, so they
must stay readable on any fill: flood-prone areas are a blue outline with blue hatching and a
faint blue wash (the cells show through), and the segments they touch get a blue casing
under their priority colour (``flood_exposed``, the test of
:func:`mataram_gis.criticality.hazard_exposure`). Isolated households are the published
250 m cells holding at least 5 of them (:func:`mataram_gis.isolation.isolated_cells`), drawn
over the roads as dark-purple squares with a white halo, so that no fill or road hides them.
Each gets a row in the side panel's legend, in the output language.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.patches import PathPatch, Rectangle

from mataram_gis.outputs.mapplot import INK, lines_path
from mataram_gis.results import Results

HAZARD_EDGE = "#08519c"
HAZARD_FILL = (0.42, 0.68, 0.84, 0.22)
HAZARD_HATCH = "////"
EXPOSED_COLOUR = "#6baed6"
EXPOSED_WIDTH_PT = 2.6
ISOLATED_EDGE = "#3f007d"
ISOLATED_WIDTH_PT = 1.3
#: Over the roads (their strokes reach zorder 7), under the labels (20 and up).
ISOLATED_Z = 8.0

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "hazard": "Kawasan rawan banjir",
        "exposed": "Segmen di kawasan rawan banjir",
        "isolated": "RT terisolasi (> {m} menit ke sentra atau tanpa jalan), sel 250 m "
        "berisi \u2265 5",
        "none": "tidak ada sel",
    },
    "en": {
        "hazard": "Flood-prone areas",
        "exposed": "Segments in flood-prone areas",
        "isolated": "Isolated households (> {m} min to the centre or no road), 250 m cells "
        "of \u2265 5",
        "none": "no cell",
    },
}


@dataclass
class Overlays:
    """What the map draws over the cells: flood-prone areas (with the segments they touch)
    and isolated-household cells with their threshold in minutes; ``None`` when not shown."""

    hazard: gpd.GeoDataFrame | None = None
    exposed: np.ndarray | None = None
    isolated: gpd.GeoDataFrame | None = None
    isolated_min: float = 30.0

    def __bool__(self) -> bool:
        return self.hazard is not None or self.isolated is not None


def prepare_overlays(
    results: Results,
    *,
    hazard: gpd.GeoDataFrame | None = None,
    isolated_min: float | None = None,
) -> Overlays:
    """Flood-prone areas (reprojected, the exposed segments found) and isolated cells
    (``isolated_min`` minutes door to centre; 0 or less: the first of the briefing's
    thresholds, :data:`mataram_gis.outputs.briefing_isolated.THRESHOLDS_MIN`, that leaves a
    cell, as the GUI's layer does)."""
    out = Overlays()
    crs = results.segments.crs
    if hazard is not None:
        from mataram_gis.criticality import hazard_exposure

        out.hazard = hazard.to_crs(crs) if crs is not None and hazard.crs is not None else hazard
        out.exposed = np.asarray(hazard_exposure(results.segments, out.hazard), bool)
    if isolated_min is not None:
        from mataram_gis.isolation import isolated_cells
        from mataram_gis.outputs.briefing_isolated import THRESHOLDS_MIN

        for minutes in (isolated_min,) if isolated_min > 0 else THRESHOLDS_MIN:
            out.isolated = isolated_cells(results.origins, threshold_min=minutes)
            out.isolated_min = float(minutes)
            if len(out.isolated):  # automatic: the first threshold that leaves a cell
                break
    return out


def _polygons(frame: gpd.GeoDataFrame) -> list[np.ndarray]:
    import shapely

    out = []
    for geom in frame.geometry:
        for part in shapely.get_parts(geom):
            if part.geom_type == "Polygon" and not part.is_empty:
                out.append(np.asarray(part.exterior.coords))
    return out


def draw_overlays(ax: Axes, results: Results, overlays: Overlays) -> None:
    """Flood-prone areas (wash, hatching, outline) and the exposed segments' casing between
    the cells (zorder <= 1.6) and the roads (zorder >= 2); the isolated cells over the roads."""
    if overlays.hazard is not None and len(overlays.hazard):
        verts = _polygons(overlays.hazard)
        ax.add_collection(PolyCollection(verts, facecolors=[HAZARD_FILL], edgecolors="none",
                                         zorder=1.7), autolim=False)  # fmt: skip
        hatched = PolyCollection(verts, facecolors="none", edgecolors=HAZARD_EDGE,
                                 hatch=HAZARD_HATCH, linewidths=0.9, zorder=1.75)  # fmt: skip
        hatched.set_hatch_linewidth(0.45)
        ax.add_collection(hatched, autolim=False)
    if overlays.exposed is not None and overlays.exposed.any():
        geoms = results.segments.geometry[overlays.exposed]
        ax.add_artist(PathPatch(lines_path(geoms), fill=False, ec=EXPOSED_COLOUR,
                                lw=EXPOSED_WIDTH_PT, capstyle="round", zorder=1.9))  # fmt: skip
    if overlays.isolated is not None and len(overlays.isolated):
        verts = _polygons(overlays.isolated)
        ax.add_collection(PolyCollection(verts, facecolors="none", edgecolors="white",
                                         linewidths=ISOLATED_WIDTH_PT + 1.2, zorder=ISOLATED_Z),
                          autolim=False)  # fmt: skip
        ax.add_collection(PolyCollection(verts, facecolors="none", edgecolors=ISOLATED_EDGE,
                                         linewidths=ISOLATED_WIDTH_PT, zorder=ISOLATED_Z + 0.01),
                          autolim=False)  # fmt: skip


def legend_rows(overlays: Overlays, lang: str) -> list[str]:
    """The legend texts of what is shown, in order (tests compare them with the layers)."""
    rows = []
    if overlays.hazard is not None:
        rows.append(TEXTS[lang]["hazard"])
        if overlays.exposed is not None and overlays.exposed.any():
            rows.append(TEXTS[lang]["exposed"])
    if overlays.isolated is not None:
        text = TEXTS[lang]["isolated"].format(m=f"{overlays.isolated_min:g}")
        rows.append(text if len(overlays.isolated) else f"{text}: {TEXTS[lang]['none']}")
    return rows


def draw_overlay_legend(
    ax: Axes, overlays: Overlays, *, x: float, y: float, width: float, lang: str
) -> float:
    """One row per overlay shown (swatch and text) on the panel's millimetre axes; new y."""
    import textwrap

    chars = max(int((width - 13) / 1.25), 20)
    for text in legend_rows(overlays, lang):
        lines = textwrap.wrap(text, chars)
        yc = y - 1.6
        if text == TEXTS[lang]["hazard"]:
            ax.add_patch(Rectangle((x + 0.5, yc - 1.6), 9.5, 3.2, fc=HAZARD_FILL,
                                   ec=HAZARD_EDGE, lw=0.6, hatch=HAZARD_HATCH))  # fmt: skip
        elif text == TEXTS[lang]["exposed"]:
            ax.plot([x + 0.5, x + 10], [yc, yc], color=EXPOSED_COLOUR, lw=EXPOSED_WIDTH_PT,
                    solid_capstyle="round")  # fmt: skip
            ax.plot([x + 0.5, x + 10], [yc, yc], color="#e6550d", lw=1.4)
        else:
            ax.add_patch(Rectangle((x + 3.6, yc - 1.6), 3.2, 3.2, fc="none", ec=ISOLATED_EDGE,
                                   lw=ISOLATED_WIDTH_PT))  # fmt: skip
        ax.text(x + 13, yc + 1.45, "\n".join(lines), fontsize=6.5, color=INK, va="top",
                linespacing=1.1)  # fmt: skip
        y -= max(4.6, 2.9 * len(lines) + 1.5)
    return y - 1.0

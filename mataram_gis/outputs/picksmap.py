"""The briefing's map of the exact portfolio: picks in green, numbered as in the table.

The numbers are placed without collisions (:mod:`mataram_gis.label_layout`): each sits on
its segment when that spot is free, else on the nearest free spot around it with a thin
leader line to the segment; none covers another, a centre, the scale bar or the north arrow,
and none is clipped at the frame. Picks close together (several stretches of one ruas) fan
out around their cluster.
"""

from __future__ import annotations

import io

import matplotlib
import numpy as np
import shapely
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch

from mataram_gis.label_layout import ring, segment_boxes
from mataram_gis.outputs.mapdecor import draw_north_arrow, draw_scale_bar
from mataram_gis.outputs.mapexport import RC
from mataram_gis.outputs.mapplot import (
    SCALE_BAR_MM,
    MapFrame,
    Placer,
    lines_path,
    scale_bar_box,
    text_size_mm,
)
from mataram_gis.programme_run import ProgrammeResult

PICK_COLOUR = "#11a84a"
NUMBER_COLOUR = "#0b6e31"
NUMBER_PT = 5.5
CENTRE_COLOUR = "#d95f0e"


def _stroke(ax: object, geoms: object, colour: str, width: float, z: float) -> None:
    ax.add_artist(  # type: ignore[attr-defined]
        PathPatch(lines_path(geoms), fill=False, ec=colour, lw=width, capstyle="round",
                  joinstyle="round", zorder=z)
    )  # fmt: skip


def place_numbers(
    placer: Placer, anchors: np.ndarray, numbers: list[int]
) -> list[tuple[float, float]]:
    """Positions (data units) of the numbered circles, in the order given (first wins).

    ``anchors`` are the picks' mid-points (n x 2). Each circle takes its anchor when free,
    else the nearest free spot on rings of 4-20 mm around it, else the least crowded spot
    inside the frame; a leader line's path is kept free for later numbers as far as it can.
    """
    mm = placer.frame.m_per_mm
    out = []
    for (x, y), number in zip(anchors, numbers, strict=True):
        w, h = text_size_mm(str(number), NUMBER_PT)
        d = max(w, h) + 0.6  # the circle around the digits
        spots = ring(x, y, d * mm, d * mm, radii=(4.0 * mm, 6.5 * mm), directions=8)
        spots += ring(x, y, d * mm, d * mm, radii=(9.0 * mm, 12.0 * mm, 16.0 * mm, 20.0 * mm),
                      directions=16)[1:]  # fmt: skip
        spot = placer.place(spots, required=True)
        if (spot.x, spot.y) != (x, y):
            leader = np.array([[x, y], [spot.x, spot.y]])
            placer.add_many(segment_boxes(leader, half=0.3 * mm, step=1.0 * mm), weight=0.6)
        out.append((spot.x, spot.y))
    return out


def picks_map_png(
    results: object,
    result: ProgrammeResult,
    *,
    lang: str,
    width_mm: float = 174.0,
    height_mm: float = 200.0,
    dpi: int = 200,
) -> bytes:
    """Map of the picks (green, numbered in pick order) over the whole road network.

    ``height_mm`` is the most the map may take; a wide spread of picks gets a lower map.
    """
    segs = results.segments  # type: ignore[attr-defined]
    picks = result.picks.sort_values("pick") if len(result.picks) else result.picks
    bounds = tuple(picks.total_bounds) if len(picks) else tuple(segs.total_bounds)
    x0, y0, x1, y1 = bounds
    pad = max(x1 - x0, y1 - y0) * 0.08 + 150.0
    band = SCALE_BAR_MM[1] - 2
    aspect = (y1 - y0 + 2 * pad) / max(x1 - x0 + 2 * pad, 1.0)
    height_mm = min(height_mm, max(width_mm * aspect * 1.03 + band, 0.5 * width_mm))
    fig = Figure(figsize=(width_mm / 25.4, height_mm / 25.4))
    ax = fig.add_axes((0, 0, 1, 1))
    frame = MapFrame.fit(
        (x0 - pad, y0 - pad, x1 + pad, y1 + pad), width_mm, height_mm, bottom_mm=band
    )
    frame.apply(ax)
    mm = frame.m_per_mm
    placer = Placer(frame)
    placer.add(scale_bar_box(frame, "lower left"), hard=True)
    placer.add((frame.xmax - 16 * mm, frame.ymax - 22 * mm, frame.xmax, frame.ymax), hard=True)
    _stroke(ax, segs.geometry, "#c9ced4", 0.5, 1)
    cen = results.centres  # type: ignore[attr-defined]
    if len(cen):
        ax.scatter(cen.geometry.x, cen.geometry.y, marker="s", s=18, c=CENTRE_COLOUR,
                   edgecolors="white", linewidths=0.5, zorder=4)  # fmt: skip
        xy = zip(cen.geometry.x, cen.geometry.y, strict=True)
        placer.add_many([(x - 1.2 * mm, y - 1.2 * mm, x + 1.2 * mm, y + 1.2 * mm) for x, y in xy])
    if len(picks):
        _stroke(ax, picks.geometry, PICK_COLOUR, 2.6, 3)
        mids = shapely.line_interpolate_point(picks.geometry.to_numpy(), 0.5, normalized=True)
        anchors = shapely.get_coordinates(mids)
        numbers = [int(n) for n in picks["pick"]]
        for (x, y), (sx, sy), number in zip(
            anchors, place_numbers(placer, anchors, numbers), numbers, strict=True
        ):
            if (sx, sy) != (x, y):
                ax.plot([x, sx], [y, sy], color=NUMBER_COLOUR, lw=0.45, zorder=4.5)
            ax.text(sx, sy, str(number), fontsize=NUMBER_PT, ha="center", va="center",
                    zorder=5, color="white", fontweight="bold",
                    bbox={"boxstyle": "circle,pad=0.2", "fc": NUMBER_COLOUR, "ec": "white",
                          "lw": 0.5})  # fmt: skip
    draw_scale_bar(ax, frame, lang=lang)
    draw_north_arrow(ax, frame, lang=lang)
    buf = io.BytesIO()
    with matplotlib.rc_context(RC):
        fig.savefig(buf, format="png", dpi=dpi)
    return buf.getvalue()

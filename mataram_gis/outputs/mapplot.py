"""Matplotlib drawing of the priority map's content: roads by class, household density,
centres and rank labels.

Everything is drawn in the results' metric CRS on an axes whose box has the aspect of its
limits, so one millimetre on paper is a known number of metres (:class:`MapFrame`) and
labels can be placed without a renderer. Roads are vector line collections (never
rasterised); the household density is a small image of published cells (see :mod:`.privacy`).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import shapely
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.patches import PathPatch
from matplotlib.path import Path

from mataram_gis.label_layout import Box, LabelLayout, around, ring, segment_boxes
from mataram_gis.outputs.classify import PT_PER_MM, PriorityClasses, priority_classes
from mataram_gis.outputs.privacy import HouseholdGrid, density_bins, household_grid
from mataram_gis.results import Results

#: Household density fills, lightest first (cool greys that stay behind the roads).
DENSITY_COLOURS: tuple[str, ...] = ("#e9eef4", "#d6dfea", "#c1cfe0", "#a9bcd4")
INK = "#1f2328"
HALO = [patheffects.withStroke(linewidth=2.2, foreground="white")]
RANK_FONT_PT = 6.5
CENTRE_FONT_PT = 6.5


@dataclass
class MapFrame:
    """Data limits of a map axes and its size on paper."""

    xmin: float
    xmax: float
    ymin: float
    ymax: float
    width_mm: float
    height_mm: float

    @property
    def m_per_mm(self) -> float:
        """Ground metres per paper millimetre."""
        return (self.xmax - self.xmin) / self.width_mm

    @property
    def scale(self) -> float:
        """Map scale denominator (1 : scale)."""
        return self.m_per_mm * 1000.0

    @classmethod
    def fit(
        cls,
        bounds: tuple[float, float, float, float],
        width_mm: float,
        height_mm: float,
        *,
        bottom_mm: float = 0.0,
    ) -> MapFrame:
        """Limits around ``bounds`` (xmin, ymin, xmax, ymax) with the box's aspect, 3 % pad.

        ``bottom_mm`` keeps a band free of data at the bottom (for the scale bar).
        """
        x0, y0, x1, y1 = bounds
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        w, h = max(x1 - x0, 1.0) * 1.03, max(y1 - y0, 1.0) * 1.03
        usable_h = max(height_mm - bottom_mm, 1.0)
        per_mm = max(w / width_mm, h / usable_h)
        hw = per_mm * width_mm / 2
        top = cy + per_mm * usable_h / 2
        return cls(cx - hw, cx + hw, top - per_mm * height_mm, top, width_mm, height_mm)

    def apply(self, ax: Axes) -> None:
        """Set the limits on ``ax`` and hide its ticks."""
        ax.set_xlim(self.xmin, self.xmax)
        ax.set_ylim(self.ymin, self.ymax)
        ax.set_aspect("equal", adjustable="box")
        ax.set_xticks([])
        ax.set_yticks([])


@dataclass
class MapData:
    """What the map shows, prepared once from a :class:`Results`."""

    segments: gpd.GeoDataFrame
    classes: PriorityClasses
    seg_class: np.ndarray
    grid: HouseholdGrid
    density_bounds: tuple[int, ...]
    centres: gpd.GeoDataFrame
    top: gpd.GeoDataFrame
    synthetic: bool
    bounds: tuple[float, float, float, float]
    extra: dict[str, object] = field(default_factory=dict)


def prepare_map(results: Results, *, top: int = 10, cell_m: float = 250.0) -> MapData:
    """Classes, household grid and top segments for drawing."""
    segs = results.segments
    benefit = segs["benefit"].where(segs["rank"].notna(), 0.0).fillna(0.0)
    classes = priority_classes(benefit.to_numpy())
    ranked = segs[segs["rank"].notna() & (segs["benefit"] > 0)].sort_values("rank")
    grid = household_grid(results.origins, cell_m=cell_m)
    return MapData(
        segments=segs,
        classes=classes,
        seg_class=classes.classify(benefit.to_numpy()),
        grid=grid,
        density_bounds=density_bins(grid),
        centres=results.centres,
        top=ranked.head(max(int(top), 0)),
        synthetic=results.synthetic,
        bounds=tuple(segs.total_bounds),
    )


def lines_path(geoms: gpd.GeoSeries) -> Path:
    """All lines of ``geoms`` as one compound path (one PDF/SVG path per style, fast)."""
    coords, index = shapely.get_coordinates(geoms.to_numpy(), return_index=True)
    codes = np.full(len(coords), Path.LINETO, dtype=Path.code_type)
    starts = np.r_[0, np.flatnonzero(np.diff(index)) + 1] if len(coords) else []
    codes[starts] = Path.MOVETO
    return Path(coords, codes)


def plot_lines(ax: Axes, geoms: gpd.GeoSeries, **style: object) -> LineCollection:
    """``geoms.plot(ax=ax, **style)`` for lines, drawn the same (one ``LineCollection`` of
    every part, limits updated) without a Python loop over the geometries (issue 15: the
    briefing draws the 234,566 segments of scale 16 three times)."""
    parts = shapely.get_parts(geoms.to_numpy())
    coords, index = shapely.get_coordinates(parts, return_index=True)
    lines = np.split(coords, np.flatnonzero(np.diff(index)) + 1) if len(coords) else []
    collection = LineCollection(lines, **style)
    ax.add_collection(collection, autolim=True)
    ax.autoscale_view()
    return collection


def _stroke(ax: Axes, path: Path, colour: str, width_pt: float, zorder: float) -> None:
    ax.add_artist(
        PathPatch(
            path,
            fill=False,
            ec=colour,
            lw=width_pt,
            capstyle="round",
            joinstyle="round",
            zorder=zorder,
        )
    )


#: Roads the city cannot fund (national, provincial): grey dashes.
NOT_CITY_COLOUR = "#8c959f"
NOT_CITY_WIDTH_PT = 1.1


def not_city_roads(segments: gpd.GeoDataFrame) -> np.ndarray:
    """Segments under another authority (status nasional or provinsi)."""
    status = segments["status"] if "status" in segments else segments.get("authority")
    if status is None:
        return np.zeros(len(segments), bool)
    return status.fillna("").astype(str).isin(("nasional", "provinsi")).to_numpy()


def draw_roads(ax: Axes, data: MapData, *, width_scale: float = 1.0) -> None:
    """Other roads, then the priority classes from low to high (higher classes on top).

    Patches are added with ``add_artist`` (no data-limit update: the frame sets limits).

    Each class is one compound path, so vector files stay small and fast to write.
    """
    c = data.classes
    geoms = data.segments.geometry
    other = data.seg_class == 0
    if other.any():
        _stroke(
            ax,
            lines_path(geoms[other]),
            c.other_colour,
            c.other_width_mm * PT_PER_MM * width_scale,
            2,
        )
    not_city = not_city_roads(data.segments)
    if not_city.any():  # issue 11: greyed and dashed, "bukan kewenangan kota" in the legend
        ax.add_artist(
            PathPatch(lines_path(geoms[not_city]), fill=False, ec=NOT_CITY_COLOUR,
                      lw=NOT_CITY_WIDTH_PT * width_scale, ls=(0, (2, 1.5)), zorder=2.5)
        )  # fmt: skip
    widths = c.widths_pt()
    for k in range(1, c.n + 1):
        mask = data.seg_class == k
        if not mask.any():
            continue
        path = lines_path(geoms[mask])
        _stroke(ax, path, c.colours[k - 1], widths[k - 1] * width_scale, 2 + k)


def density_style(data: MapData) -> tuple[ListedColormap, BoundaryNorm]:
    """Colour map and norm of the household density classes."""
    bounds = list(data.density_bounds)
    n = len(bounds)
    colours = DENSITY_COLOURS[-n:] if n < len(DENSITY_COLOURS) else DENSITY_COLOURS[:n]
    cmap = ListedColormap(list(colours))
    top = max(int(data.grid.counts.max()) + 1, bounds[-1] + 1)
    return cmap, BoundaryNorm([*bounds, top], n)


def draw_density(ax: Axes, data: MapData) -> None:
    """Published household cells (suppressed cells stay blank)."""
    g = data.grid
    if not (g.counts > 0).any():
        return
    cmap, norm = density_style(data)
    rgba = cmap(norm(g.counts))
    rgba[g.counts == 0, 3] = 0.0  # empty and suppressed cells stay transparent
    ax.imshow(rgba, origin="lower", extent=g.extent, interpolation="none", zorder=1)


class Placer(LabelLayout):
    """The label layout of one map frame (:class:`mataram_gis.label_layout.LabelLayout`).

    Furniture boxes (scale bar, north arrow) are *hard*: a label never goes there. Printed
    labels are *required*: when no candidate spot is free the least crowded one inside the
    frame is taken, so nothing is left out and nothing is clipped at the edge.
    """

    def __init__(self, frame: MapFrame) -> None:
        super().__init__((frame.xmin, frame.ymin, frame.xmax, frame.ymax))
        self.frame = frame


#: Weight of a top-ranked road under a centre name (labels avoid hiding it, less than labels).
ROAD_WEIGHT = 0.35
#: Weight of a rank label's leader line.
LEADER_WEIGHT = 0.6
#: Clearance around text for its white halo, mm.
HALO_MM = 0.5


def text_size_mm(text: str, size_pt: float, *, bold: bool = True) -> tuple[float, float]:
    """Width and height (paper mm) of a possibly multi-line text, measured from the font."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    prop = FontProperties(size=size_pt, weight="bold" if bold else "normal")
    ttp = TextToPath()
    lines = text.split("\n")
    width = max(ttp.get_text_width_height_descent(ln, prop, ismath=False)[0] for ln in lines)
    height = len(lines) * size_pt * 1.22
    return width / PT_PER_MM + 2 * HALO_MM, height / PT_PER_MM + HALO_MM


def _line_boxes(geoms: object, mm: float, *, half_mm: float) -> list:
    """Boxes every ~1.5 mm along lines (keeps labels off them)."""
    out = []
    for g in geoms:
        if g is None or g.is_empty:
            continue
        for part in shapely.get_parts(g):
            xy = shapely.get_coordinates(part)
            out += segment_boxes(xy, half=half_mm * mm, step=1.5 * mm)
    return out


def draw_centres(ax: Axes, data: MapData, placer: Placer) -> None:
    """Centre markers and their names (wrapped, halo, placed clear of each other, the ranks,
    the top roads and the frame)."""
    mm = placer.frame.m_per_mm
    pts = data.centres.geometry
    ax.scatter(
        pts.x,
        pts.y,
        marker="s",
        s=(2.6 * PT_PER_MM) ** 2,
        c=INK,
        edgecolors="white",
        linewidths=0.8,
        zorder=20,
    )
    names = data.centres.get("name", data.centres.get("centre_id"))
    for x, y, name in zip(pts.x, pts.y, names, strict=True):
        text = "\n".join(textwrap.wrap(str(name), 22)) or str(name)
        w, h = text_size_mm(text, CENTRE_FONT_PT)
        spots = around(x, y, w * mm, h * mm, gaps=(2.0 * mm, 4.0 * mm, 7.0 * mm, 11.0 * mm))
        spot = placer.place(spots, required=True)
        ax.text(
            spot.x,
            spot.y,
            text,
            ha=spot.ha,
            va=spot.va,
            fontsize=CENTRE_FONT_PT,
            color=INK,
            fontweight="bold",
            path_effects=HALO,
            zorder=21,
            linespacing=1.05,
            multialignment=spot.ha if spot.ha != "center" else "center",
        )


def centre_boxes(data: MapData, mm: float) -> list:
    """The centre markers' boxes (every label keeps clear of them)."""
    pts = data.centres.geometry
    return [(x - 1.6 * mm, y - 1.6 * mm, x + 1.6 * mm, y + 1.6 * mm)
            for x, y in zip(pts.x, pts.y, strict=True)]  # fmt: skip


def draw_rank_labels(ax: Axes, data: MapData, placer: Placer) -> None:
    """Rank numbers of the top segments in circles, moved off crowded spots with a leader."""
    mm = placer.frame.m_per_mm
    r = 1.9 * mm
    mids = shapely.line_interpolate_point(data.top.geometry.to_numpy(), 0.5, normalized=True)
    for rank, mid in zip(data.top["rank"], mids, strict=True):
        x, y = mid.x, mid.y
        spots = ring(x, y, 2 * r, 2 * r, radii=(4.5 * mm, 7.0 * mm, 10.0 * mm), directions=8)
        spots += ring(x, y, 2 * r, 2 * r, radii=(13.0 * mm, 17.0 * mm), directions=16)[1:]
        spot = placer.place(spots, required=True)
        sx, sy = spot.x, spot.y
        if (sx, sy) != (x, y):
            ax.plot([x, sx], [y, sy], color=INK, lw=0.5, zorder=22)
            ax.plot([x], [y], marker="o", ms=1.6, color=INK, zorder=22)
            leader = np.array([[x, y], [sx, sy]])
            placer.add_many(segment_boxes(leader, half=0.4 * mm, step=1.2 * mm),
                            weight=LEADER_WEIGHT)  # fmt: skip
        ax.text(
            sx,
            sy,
            str(int(rank)),
            ha="center",
            va="center",
            fontsize=RANK_FONT_PT if rank < 100 else RANK_FONT_PT - 1.5,
            color=INK,
            fontweight="bold",
            zorder=24,
            bbox={"boxstyle": "circle,pad=0.25", "fc": "white", "ec": INK, "lw": 0.6},
        )


SCALE_BAR_MM = (60.0, 16.0)


def scale_bar_box(frame: MapFrame, corner: str) -> Box:
    """The area (data units) the scale bar takes in ``corner`` (lower left / lower right)."""
    w, h = SCALE_BAR_MM[0] * frame.m_per_mm, SCALE_BAR_MM[1] * frame.m_per_mm
    x0 = frame.xmin if corner == "lower left" else frame.xmax - w
    return (x0, frame.ymin, x0 + w, frame.ymin + h)


def scale_bar_corner(data: MapData, frame: MapFrame) -> str:
    """The lower corner whose scale-bar area hides the fewest centres and priority roads."""

    def crowding(corner: str) -> float:
        x0, y0, x1, y1 = scale_bar_box(frame, corner)
        c = data.centres.geometry
        centres = ((c.x >= x0) & (c.x <= x1) & (c.y >= y0) & (c.y <= y1)).sum()
        mids = data.segments.geometry.centroid[data.seg_class >= 3]
        roads = ((mids.x >= x0) & (mids.x <= x1) & (mids.y >= y0) & (mids.y <= y1)).sum()
        return 1000.0 * centres + roads

    return min(("lower left", "lower right"), key=crowding)


def draw_map_content(
    ax: Axes,
    data: MapData,
    frame: MapFrame,
    *,
    corner: str = "lower left",
    reserve: tuple[Box, ...] = (),
    density: bool = True,
) -> Placer:
    """Density (unless ``density`` is false: another layer shows the cells), roads, centres
    and rank labels on a prepared axes (no label in ``reserve``); returns the label layout so
    later labels (kelurahan names) keep clear of these and of the map furniture."""
    frame.apply(ax)
    if density:
        draw_density(ax, data)
    draw_roads(ax, data)
    placer = Placer(frame)
    mm = frame.m_per_mm
    placer.add(scale_bar_box(frame, corner), hard=True)
    north = (frame.xmax - 16 * mm, frame.ymax - 22 * mm, frame.xmax, frame.ymax)
    placer.add(north, hard=True)
    for box in reserve:  # e.g. the travel-time legend (maptravel.py)
        placer.add(box, hard=True)
    placer.add_many(centre_boxes(data, mm))
    draw_rank_labels(ax, data, placer)  # numbers first: they belong next to their road
    placer.add_many(_line_boxes(data.top.geometry, mm, half_mm=0.8), weight=ROAD_WEIGHT)
    draw_centres(ax, data, placer)
    return placer

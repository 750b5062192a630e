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
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.patches import PathPatch
from matplotlib.path import Path

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


Box = tuple[float, float, float, float]


class Placer:
    """Greedy label placement: keeps boxes (data units) and refuses overlaps.

    Furniture boxes (scale bar, north arrow) are *hard*: a label never goes there; when no
    candidate spot is free, the spot with the least overlap with other labels wins.
    """

    def __init__(self, frame: MapFrame) -> None:
        self.frame = frame
        self.boxes: list[Box] = []
        self.hard: list[Box] = []

    def overlap(self, box: Box) -> float:
        """Overlap area with placed labels; infinite outside the frame or on furniture."""
        f = self.frame
        x0, y0, x1, y1 = box
        if x0 < f.xmin or x1 > f.xmax or y0 < f.ymin or y1 > f.ymax:
            return float("inf")
        if any(_area(box, b) > 0 for b in self.hard):
            return float("inf")
        return sum(_area(box, b) for b in self.boxes)

    def fits(self, box: Box) -> bool:
        """True when ``box`` is inside the frame and overlaps nothing placed."""
        return self.overlap(box) == 0

    def best(self, boxes: list[Box]) -> int:
        """Index of the first free box, else of the least overlapping one."""
        costs = [self.overlap(b) for b in boxes]
        free = [i for i, c in enumerate(costs) if c == 0]
        return free[0] if free else min(range(len(boxes)), key=costs.__getitem__)

    def add(self, box: Box, *, hard: bool = False) -> None:
        """Reserve ``box`` (``hard``: map furniture, never to be covered)."""
        (self.hard if hard else self.boxes).append(box)


def _area(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def draw_centres(ax: Axes, data: MapData, placer: Placer) -> None:
    """Centre markers and their names (wrapped, halo, placed to avoid overlap)."""
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
    for x, y in zip(pts.x, pts.y, strict=True):
        placer.add((x - 1.6 * mm, y - 1.6 * mm, x + 1.6 * mm, y + 1.6 * mm))
    names = data.centres.get("name", data.centres.get("centre_id"))
    line_mm = CENTRE_FONT_PT / PT_PER_MM * 1.25
    for x, y, name in zip(pts.x, pts.y, names, strict=True):
        text = "\n".join(textwrap.wrap(str(name), 22)) or str(name)
        lines = text.split("\n")
        w = max(len(s) for s in lines) * CENTRE_FONT_PT * 0.64 / PT_PER_MM * mm
        h = len(lines) * line_mm * mm
        options = []
        for gap in (2.2 * mm, 5.0 * mm):
            options += [
                ((x + gap, y - h / 2, x + gap + w, y + h / 2), "left", "center", x + gap, y),
                ((x - gap - w, y - h / 2, x - gap, y + h / 2), "right", "center", x - gap, y),
                ((x - w / 2, y + gap, x + w / 2, y + gap + h), "center", "bottom", x, y + gap),
                ((x - w / 2, y - gap - h, x + w / 2, y - gap), "center", "top", x, y - gap),
                ((x + gap, y + gap, x + gap + w, y + gap + h), "left", "bottom", x + gap, y + gap),
                (
                    (x - gap - w, y + gap, x - gap, y + gap + h),
                    "right",
                    "bottom",
                    x - gap,
                    y + gap,
                ),
                ((x + gap, y - gap - h, x + gap + w, y - gap), "left", "top", x + gap, y - gap),
                ((x - gap - w, y - gap - h, x - gap, y - gap), "right", "top", x - gap, y - gap),
            ]
        box, ha, va, tx, ty = options[placer.best([o[0] for o in options])]
        placer.add(box)
        ax.text(
            tx,
            ty,
            text,
            ha=ha,
            va=va,
            fontsize=CENTRE_FONT_PT,
            color=INK,
            fontweight="bold",
            path_effects=HALO,
            zorder=21,
            linespacing=1.05,
        )


def draw_rank_labels(ax: Axes, data: MapData, placer: Placer) -> None:
    """Rank numbers of the top segments in circles, moved off crowded spots with a leader."""
    mm = placer.frame.m_per_mm
    r = 1.9 * mm
    mids = shapely.line_interpolate_point(data.top.geometry.to_numpy(), 0.5, normalized=True)
    directions = [(np.cos(a), np.sin(a)) for a in np.deg2rad(np.arange(45, 405, 45))]
    for rank, mid in zip(data.top["rank"], mids, strict=True):
        x, y = mid.x, mid.y
        spots = [(x, y)] + [
            (x + dx * d * mm, y + dy * d * mm) for d in (4.5, 7.0, 10.0) for dx, dy in directions
        ]
        spot = spots[placer.best([_circle_box(s, r) for s in spots])]
        placer.add(_circle_box(spot, r))
        if spot != (x, y):
            ax.plot([x, spot[0]], [y, spot[1]], color=INK, lw=0.5, zorder=22)
            ax.plot([x], [y], marker="o", ms=1.6, color=INK, zorder=22)
        ax.text(
            spot[0],
            spot[1],
            str(int(rank)),
            ha="center",
            va="center",
            fontsize=RANK_FONT_PT if rank < 100 else RANK_FONT_PT - 1.5,
            color=INK,
            fontweight="bold",
            zorder=24,
            bbox={"boxstyle": "circle,pad=0.25", "fc": "white", "ec": INK, "lw": 0.6},
        )


def _circle_box(spot: tuple[float, float], r: float) -> Box:
    return (spot[0] - r, spot[1] - r, spot[0] + r, spot[1] + r)


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
    ax: Axes, data: MapData, frame: MapFrame, *, corner: str = "lower left"
) -> None:
    """Density, roads, centres and rank labels on a prepared axes."""
    frame.apply(ax)
    draw_density(ax, data)
    draw_roads(ax, data)
    placer = Placer(frame)
    mm = frame.m_per_mm
    placer.add(scale_bar_box(frame, corner), hard=True)
    north = (frame.xmax - 16 * mm, frame.ymax - 22 * mm, frame.xmax, frame.ymax)
    placer.add(north, hard=True)
    draw_centres(ax, data, placer)
    draw_rank_labels(ax, data, placer)

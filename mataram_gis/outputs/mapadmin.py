"""Kelurahan boundaries and names on the printed map (when the results file carries them).

``rank`` writes the boundaries it used as the ``kelurahan`` layer of the results GeoPackage
(the demo: synthetic ones). They are drawn as thin dashed grey lines under the roads, and
each name in small grey letters where its area is large enough on paper to hold it. Names go
through the map's label layout (:class:`mataram_gis.label_layout.LabelLayout`): never on the
scale bar, the north arrow or a legend box, and moved off rank numbers and centre names (or
left out when every spot near the area's centre is taken).
"""

from __future__ import annotations

import logging

import geopandas as gpd
import pyogrio
import shapely
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection

from mataram_gis.label_layout import LabelLayout, ring
from mataram_gis.outputs.mapplot import MapFrame, text_size_mm
from mataram_gis.results import Results

logger = logging.getLogger(__name__)

LINE = "#8c8c8c"
TEXT = "#6e6e6e"
#: Smallest area (square paper millimetres) that gets its name printed.
MIN_LABEL_MM2 = 300.0
NAME_PT = 4.8
#: A name may cover this share of its own box with soft things (roads, a corner of a label).
MAX_OVERLAP = 0.35


def admin_layer(results: Results) -> gpd.GeoDataFrame | None:
    """The ``kelurahan`` layer of the results file, in its CRS, or None."""
    path = results.path
    if path is None:
        return None
    try:
        if "kelurahan" not in {str(n) for n, _ in pyogrio.list_layers(path)}:
            return None
        admin = gpd.read_file(path, layer="kelurahan", engine="pyogrio")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        logger.info("no kelurahan on the map: %s", exc)
        return None
    if admin.crs is not None and results.segments.crs is not None:
        admin = admin.to_crs(results.segments.crs)
    return admin if len(admin) else None


def draw_admin(
    ax: Axes, results: Results, frame: MapFrame, *, placer: LabelLayout | None = None
) -> int:
    """Draw the kelurahan boundaries and names; return how many names were printed.

    With ``placer`` (the map's label layout) each name takes the first free spot near its
    area's centre, is never put on a hard box (furniture, legends) and is left out when every
    spot is crowded; without one names sit at the centre.
    """
    admin = admin_layer(results)
    if admin is None:
        return 0
    segments = [
        shapely.get_coordinates(ring)
        for ring in shapely.get_parts(shapely.boundary(admin.geometry.to_numpy()))
    ]
    ax.add_collection(LineCollection(segments, colors=LINE, linewidths=0.45,
                                     linestyles=(0, (3, 2)), zorder=1.6))  # fmt: skip
    mm = frame.m_per_mm
    halo = [patheffects.withStroke(linewidth=1.6, foreground="white")]
    names = 0
    view = shapely.box(frame.xmin, frame.ymin, frame.xmax, frame.ymax)
    for name, geom in zip(admin["kelurahan"].astype(str), admin.geometry, strict=True):
        shown = shapely.intersection(geom, view)  # label the part on the map
        if not name or shown.is_empty or shown.area / mm**2 < MIN_LABEL_MM2:
            continue
        p = shapely.point_on_surface(shown)
        x, y = p.x, p.y
        if placer is not None:
            w, h = text_size_mm(name, NAME_PT, bold=False)
            spots = ring(x, y, w * mm, h * mm, radii=(2.5 * mm, 5.0 * mm), directions=8)
            i = placer.choose([s.box for s in spots], required=True)
            if i is None or placer.cost(spots[i].box) > MAX_OVERLAP * w * h * mm**2:
                continue
            placer.add(spots[i].box)
            x, y = spots[i].x, spots[i].y
        ax.text(x, y, name, fontsize=NAME_PT, color=TEXT, style="italic", ha="center",
                va="center", zorder=2.2, path_effects=halo, gid="kelurahan")  # fmt: skip
        names += 1
    return names

"""Network isochrones: the area from which each centre is reached within 5, 10, 15, 20 min.

Method (documented in docs/ACCESS.md):

1. Exact network time from every node *to* each centre (the producers' direction, one-way
   streets respected): one backward Dijkstra per centre on integer milliseconds.
2. Every usable segment is sampled every ``step_m`` metres (``step_m = cell_m / 2``); a
   point at fraction ``f`` from ``u`` reaches the centre in
   ``min((1 - f) t + D(v), f t + D(u))``, each term only where that direction is allowed.
3. A square grid of ``cell_m`` cells: a cell's time is the smallest time of the sampled
   road points within ``buffer_m`` of its centre (the block along a reached street; no
   walking leg is added). A band's polygon is the filled contour of that grid at its
   minutes (contourpy, interpolating between cell centres).

Bands are cumulative: the 10-minute polygon contains the 5-minute one. The polygons are
drawn for the road network and time model of the scenario (before or after upgrades).
"""

from __future__ import annotations

import contourpy
import geopandas as gpd
import numpy as np
import shapely
from scipy.spatial import cKDTree

from mataram_gis.engine import INF, build_graph, distance_fields

BANDS_MIN: tuple[int, ...] = (5, 10, 15, 20)
#: Neighbouring road samples looked at per cell.
_K = 8


def sample_times(
    lines: np.ndarray,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    time_ms: np.ndarray,
    fields: np.ndarray,
    *,
    step_m: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Points along every usable segment and their time (ms) to each field's centre.

    Returns
    -------
    xy
        ``(n_points, 2)`` coordinates.
    times
        ``(n_points, n_fields)`` int64 ms (``INF`` where the centre is not reachable).
    """
    use = np.flatnonzero(np.asarray(time_ms) >= 0)
    length = shapely.length(lines[use])
    n_pts = np.maximum(2, np.ceil(length / step_m).astype(np.int64) + 1)
    seg = np.repeat(use, n_pts)
    start = np.concatenate([[0], np.cumsum(n_pts)[:-1]])
    frac = (np.arange(len(seg)) - np.repeat(start, n_pts)) / np.repeat(n_pts - 1, n_pts)
    pts = shapely.line_interpolate_point(lines[seg], frac, normalized=True)
    xy = shapely.get_coordinates(pts)
    t = np.asarray(time_ms, np.int64)[seg].astype(float)
    du = fields[seg_u[seg]].astype(float)
    dv = fields[seg_v[seg]].astype(float)
    big = float(INF)
    to_v = np.where(dv < big, ((1.0 - frac) * t)[:, None] + dv, np.inf)
    to_u = np.where(du < big, (frac * t)[:, None] + du, np.inf)
    to_u[np.asarray(oneway, bool)[seg]] = np.inf
    best = np.minimum(to_v, to_u)
    times = np.where(np.isfinite(best), np.rint(best), big).astype(np.int64)
    return xy, times


def band_polygon(x: np.ndarray, y: np.ndarray, minutes: np.ndarray, band: float):
    """The area where the gridded ``minutes`` are within ``band`` (contourpy filled contour),
    always a MultiPolygon (one geometry type per layer).

    ``minutes`` is ``(len(y), len(x))``; unreachable cells hold a large value.
    """
    gen = contourpy.contour_generator(
        x, y, minutes, fill_type=contourpy.FillType.OuterOffset, name="serial"
    )
    points, offsets = gen.filled(-1.0, float(band))
    polys = []
    for pts, off in zip(points, offsets, strict=True):
        rings = [pts[off[i] : off[i + 1]] for i in range(len(off) - 1)]
        if len(rings[0]) >= 4:
            polys.append(shapely.Polygon(rings[0], [r for r in rings[1:] if len(r) >= 4]))
    if not polys:
        return shapely.MultiPolygon()
    out = shapely.MultiPolygon(polys)
    if not out.is_valid:
        parts = shapely.get_parts(shapely.make_valid(out))
        out = shapely.MultiPolygon([p for p in parts if p.geom_type == "Polygon"])
    return out


def isochrones(
    lines: np.ndarray,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    time_ms: np.ndarray,
    centre_ids: list[str],
    centre_nodes: np.ndarray,
    *,
    n_nodes: int,
    crs: object,
    bands: tuple[float, ...] = BANDS_MIN,
    buffer_m: float = 100.0,
    cell_m: float = 50.0,
) -> gpd.GeoDataFrame:
    """Isochrone polygons per centre and band.

    Parameters
    ----------
    lines
        Segment geometries (LineStrings from ``u`` to ``v``), row ``i`` = segment ``i``.
    seg_u, seg_v, oneway, time_ms
        Segment end nodes, direction and traversal time (ms, ``-1`` unusable).
    centre_ids, centre_nodes
        The centres and their network nodes.
    n_nodes
        Number of network nodes.
    crs
        CRS of ``lines`` (metric).
    bands
        Minutes of each band (cumulative polygons).
    buffer_m, cell_m
        Reach beyond the road and grid cell size, in metres.

    Returns
    -------
    geopandas.GeoDataFrame
        ``centre``, ``minutes`` and the polygon (empty bands are left out).
    """
    lines = np.asarray(lines, dtype=object)
    seg_u = np.asarray(seg_u, np.int64)
    seg_v = np.asarray(seg_v, np.int64)
    graph = build_graph(seg_u, seg_v, oneway, time_ms, n_nodes=n_nodes)
    targets = tuple(np.array([n], np.int64) for n in centre_nodes)
    fields = distance_fields(graph, targets) if targets else np.zeros((n_nodes, 0), np.int64)
    xy, times = sample_times(lines, seg_u, seg_v, oneway, time_ms, fields, step_m=cell_m / 2)
    rows: list[dict] = []
    geoms = []
    if len(xy) and len(centre_ids):
        x0 = np.floor((xy[:, 0].min() - buffer_m) / cell_m) * cell_m
        y0 = np.floor((xy[:, 1].min() - buffer_m) / cell_m) * cell_m
        nx = int(np.ceil((xy[:, 0].max() + buffer_m - x0) / cell_m))
        ny = int(np.ceil((xy[:, 1].max() + buffer_m - y0) / cell_m))
        gx, gy = np.meshgrid(x0 + (np.arange(nx) + 0.5) * cell_m,
                             y0 + (np.arange(ny) + 0.5) * cell_m)  # fmt: skip
        k = min(_K, len(xy))
        dist, idx = cKDTree(xy).query(
            np.column_stack([gx.ravel(), gy.ravel()]), k=k, distance_upper_bound=buffer_m
        )
        dist, idx = dist.reshape(-1, k), idx.reshape(-1, k)
        near = np.isfinite(dist)
        idx = np.where(near, idx, 0)
        for c, cid in enumerate(centre_ids):
            tc = np.where(near, times[idx, c], INF).min(axis=1).reshape(ny, nx)
            grid_min = np.where(tc < INF, tc / 60_000.0, 1e9)
            for minutes in sorted(bands):
                poly = band_polygon(gx[0], gy[:, 0], grid_min, minutes)
                if not poly.is_empty:
                    rows.append({"centre": str(cid), "minutes": float(minutes)})
                    geoms.append(poly)
    return gpd.GeoDataFrame(
        {"centre": [r["centre"] for r in rows], "minutes": [r["minutes"] for r in rows]},
        geometry=geoms,
        crs=crs,
    )


def analysis_isochrones(analysis: object, *, after: bool = False, **options) -> gpd.GeoDataFrame:
    """Isochrones of an :class:`mataram_gis.analysis.Analysis` (before, or after upgrading
    every candidate when ``after``); ``options`` go to :func:`isochrones`."""
    net = analysis.prepared.network  # type: ignore[attr-defined]
    t = analysis.after_ms if after else analysis.before_ms  # type: ignore[attr-defined]
    c = analysis.centres  # type: ignore[attr-defined]
    return isochrones(
        net.segments.geometry.to_numpy(), net.seg_u, net.seg_v,
        analysis.oneway, t, c["centre_id"].astype(str).tolist(),  # type: ignore[attr-defined]
        c["node"].to_numpy(np.int64), n_nodes=net.n_nodes, crs=net.crs, **options,
    )  # fmt: skip

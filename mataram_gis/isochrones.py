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
   minutes (contourpy, interpolating between cell centres). Each centre reads only the
   window of the grid that can lie within its largest band (:func:`_window`): the same
   polygons as the whole grid, at a cost that no longer grows with centres x city area.

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


def sample_points(
    lines: np.ndarray, time_ms: np.ndarray, *, step_m: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Points every ``step_m`` metres along every usable segment (both ends included).

    Returns
    -------
    seg
        ``(n_points,)`` segment row of each point.
    frac
        ``(n_points,)`` fraction of the segment's length from ``u``.
    xy
        ``(n_points, 2)`` coordinates.
    """
    use = np.flatnonzero(np.asarray(time_ms) >= 0)
    length = shapely.length(lines[use])
    n_pts = np.maximum(2, np.ceil(length / step_m).astype(np.int64) + 1)
    seg = np.repeat(use, n_pts)
    start = np.concatenate([[0], np.cumsum(n_pts)[:-1]])
    frac = (np.arange(len(seg)) - np.repeat(start, n_pts)) / np.repeat(n_pts - 1, n_pts)
    return seg, frac, points_along(lines[use], np.repeat(np.arange(len(use)), n_pts), frac)


def points_along(lines: np.ndarray, which: np.ndarray, frac: np.ndarray) -> np.ndarray:
    """``(n, 2)`` coordinates of the points at fraction ``frac`` of the length of the lines
    ``lines[which]``: those of ``shapely.line_interpolate_point(lines[which], frac,
    normalized=True)``, bit for bit, from the coordinate arrays at once.

    The arithmetic is GEOS's (``LengthIndexedLine.extractPoint``): the line's length as the
    running sum of its segments' lengths from the start; the point in the first segment
    whose running sum exceeds the wanted length, at ``(p1 - p0) * f + p0`` (its start when
    ``f <= 0``, its end when ``f >= 1``); the first vertex for a length of 0, the last
    beyond the end. Other geometries than lines of two or more points go through shapely.
    """
    which = np.asarray(which, np.int64)
    frac = np.asarray(frac, float)
    nv = shapely.get_num_coordinates(lines)
    kinds = shapely.get_type_id(lines)
    if len(lines) == 0 or (kinds != shapely.GeometryType.LINESTRING).any() or nv.min() < 2:
        pts = shapely.line_interpolate_point(lines[which], frac, normalized=True)
        return shapely.get_coordinates(pts).reshape(len(which), 2)
    xy = shapely.get_coordinates(lines)
    first = np.zeros(len(lines), np.int64)
    np.cumsum(nv[:-1], out=first[1:])
    d = np.diff(xy, axis=0)  # d[i]: vertex i to i + 1 (across two lines where i is a last)
    seg_len = np.sqrt(d[:, 0] * d[:, 0] + d[:, 1] * d[:, 1])
    run = np.zeros(len(xy))  # running length at each vertex, summed from the line's start
    for m in range(1, int(nv.max())):
        at = first[nv > m] + m
        run[at] = run[at - 1] + seg_len[at - 1]
    want = frac * run[first + nv - 1][which]
    start, count = first[which], nv[which]
    # j: the line's vertices after its start with a running length <= want, by one search in
    # (line, running length) pairs, compared as complex numbers (real part first)
    later = np.ones(len(xy), bool)
    later[first] = False
    line = np.repeat(np.arange(len(lines), dtype=float), nv)
    keys = (line + 1j * run)[later]
    j = np.searchsorted(keys, which + 1j * want, side="right") - (start - which)
    i0 = start + np.minimum(j, count - 1)
    inside = (j < count - 1) & (want > 0)
    i0 = np.where(want > 0, i0, start)
    out = xy[i0].copy()
    k = np.flatnonzero(inside)
    a = i0[k]
    f = (want[k] - run[a]) / seg_len[a]
    p0, p1 = xy[a], xy[a + 1]
    mid = (p1 - p0) * f[:, None] + p0
    out[k] = np.where((f <= 0)[:, None], p0, np.where((f >= 1)[:, None], p1, mid))
    return out


def point_times(
    seg: np.ndarray,
    frac: np.ndarray,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    time_ms: np.ndarray,
    field: np.ndarray,
) -> np.ndarray:
    """Time (int64 ms, ``INF`` unreachable) from the points ``(seg, frac)`` to one centre.

    ``field`` is the centre's distance field (ms from every node). Element by element, so
    any subset of points gets the very values the whole set would.
    """
    t = np.asarray(time_ms, np.int64)[seg].astype(float)
    du = field[seg_u[seg]].astype(float)
    dv = field[seg_v[seg]].astype(float)
    big = float(INF)
    to_v = np.where(dv < big, (1.0 - frac) * t + dv, np.inf)
    to_u = np.where(du < big, frac * t + du, np.inf)
    to_u[np.asarray(oneway, bool)[seg]] = np.inf
    best = np.minimum(to_v, to_u)
    return np.where(np.isfinite(best), np.rint(best), big).astype(np.int64)


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
    seg, frac, xy = sample_points(lines, time_ms, step_m=step_m)
    times = np.empty((len(seg), fields.shape[1]), np.int64)
    for c in range(fields.shape[1]):
        times[:, c] = point_times(seg, frac, seg_u, seg_v, oneway, time_ms, fields[:, c])
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
    oneway = np.asarray(oneway, bool)
    graph = build_graph(seg_u, seg_v, oneway, time_ms, n_nodes=n_nodes)
    targets = tuple(np.array([n], np.int64) for n in centre_nodes)
    fields = distance_fields(graph, targets) if targets else np.zeros((n_nodes, 0), np.int64)
    seg, frac, xy = sample_points(lines, time_ms, step_m=cell_m / 2)
    rows: list[dict] = []
    geoms = []
    if len(xy) and len(centre_ids) and len(bands):
        x0 = np.floor((xy[:, 0].min() - buffer_m) / cell_m) * cell_m
        y0 = np.floor((xy[:, 1].min() - buffer_m) / cell_m) * cell_m
        nx = int(np.ceil((xy[:, 0].max() + buffer_m - x0) / cell_m))
        ny = int(np.ceil((xy[:, 1].max() + buffer_m - y0) / cell_m))
        gx = x0 + (np.arange(nx) + 0.5) * cell_m
        gy = y0 + (np.arange(ny) + 0.5) * cell_m
        k = min(_K, len(xy))
        cx, cy = np.meshgrid(gx, gy)
        # each cell is queried alone: the same neighbours on any number of threads
        dist, idx = cKDTree(xy).query(
            np.column_stack([cx.ravel(), cy.ravel()]), k=k, distance_upper_bound=buffer_m,
            workers=-1,
        )  # fmt: skip
        near = np.isfinite(dist).reshape(ny, nx, k)
        idx = np.where(near, idx.reshape(ny, nx, k), 0)
        del dist, cx, cy
        bounds = shapely.bounds(lines)
        usable = np.asarray(time_ms) >= 0
        reach_ms = (max(bands) + 1.0) * 60_000
        for c, cid in enumerate(centre_ids):
            field = fields[:, c]
            win = _window(
                fields[:, c], seg_u, seg_v, oneway, usable, bounds, reach_ms=reach_ms,
                origin=(x0, y0), shape=(ny, nx), cell_m=cell_m, buffer_m=buffer_m,
            )  # fmt: skip
            if win is None:
                continue  # nothing within the largest band: no polygon
            sub_idx, sub_near = idx[win], near[win]
            read = np.zeros(len(xy), bool)
            read[sub_idx[sub_near]] = True
            pts = np.flatnonzero(read)
            tp = np.empty(len(xy), np.int64)  # only the points near the window are read
            tp[pts] = point_times(seg[pts], frac[pts], seg_u, seg_v, oneway, time_ms, field)
            tc = np.where(sub_near, tp[sub_idx], INF).min(axis=2)
            grid_min = np.where(tc < INF, tc / 60_000.0, 1e9)
            for minutes in sorted(bands):
                poly = band_polygon(gx[win[1]], gy[win[0]], grid_min, minutes)
                if not poly.is_empty:
                    rows.append({"centre": str(cid), "minutes": float(minutes)})
                    geoms.append(poly)
    return gpd.GeoDataFrame(
        {"centre": [r["centre"] for r in rows], "minutes": [r["minutes"] for r in rows]},
        geometry=geoms,
        crs=crs,
    )


def _window(
    field: np.ndarray,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    usable: np.ndarray,
    bounds: np.ndarray,
    *,
    reach_ms: float,
    origin: tuple[float, float],
    shape: tuple[int, int],
    cell_m: float,
    buffer_m: float,
) -> tuple[slice, slice] | None:
    """The grid rows and columns (``(rows, cols)`` slices) that can hold a cell within
    ``reach_ms`` of the centre of ``field``, with two cells more on every side; None when
    no segment is within reach.

    A point of segment ``u -> v`` takes at least ``D(v)`` (or ``D(u)`` on a two-way
    segment), so only segments under ``reach_ms`` there can reach a cell that soon; a cell
    reads points within ``buffer_m`` of its centre. The cells around the window are all
    beyond ``reach_ms``: a band's filled contour over the window is the one over the whole
    grid (the margin cells keep their true times, so the interpolated edge is the same).
    """
    du, dv = field[seg_u], field[seg_v]
    low = np.where(oneway, dv, np.minimum(du, dv))
    hit = usable & (low <= reach_ms)
    if not hit.any():
        return None
    b = bounds[hit]
    (x0, y0), (ny, nx) = origin, shape
    i0 = int(np.floor((b[:, 0].min() - buffer_m - x0) / cell_m)) - 2
    i1 = int(np.ceil((b[:, 2].max() + buffer_m - x0) / cell_m)) + 2
    j0 = int(np.floor((b[:, 1].min() - buffer_m - y0) / cell_m)) - 2
    j1 = int(np.ceil((b[:, 3].max() + buffer_m - y0) / cell_m)) + 2
    return slice(max(j0, 0), min(j1, ny)), slice(max(i0, 0), min(i1, nx))


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

"""Noding: join near-miss line ends and split lines at junctions (steps 2-4 of
:mod:`mataram_gis.io.topology`).

All functions work on plain LineString arrays in any CRS; distances are in CRS units.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


def _node_ids(xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Identical coordinates -> one node id. Returns (ids per row, unique coordinates)."""
    key = xy[:, 0] + 1j * xy[:, 1]
    uniq, inverse = np.unique(key, return_inverse=True)
    return inverse.ravel(), np.column_stack([uniq.real, uniq.imag])


def _endpoints(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(start xy, end xy) arrays of shape (n, 2)."""
    coords = shapely.get_coordinates(geoms)
    counts = shapely.get_num_coordinates(geoms)
    last = np.cumsum(counts) - 1
    return coords[last - counts + 1], coords[last]


def obeys_contract(geoms: np.ndarray, *, tolerance: float) -> bool:
    """True when the lines already meet only at identical endpoints and no end dangles near a line.

    Parameters
    ----------
    geoms
        LineString array.
    tolerance
        Join distance in CRS units.
    """
    if len(geoms) == 0:
        return True
    if (shapely.length(geoms) <= 0).any():
        return False
    if not shapely.is_simple(shapely.multilinestrings(geoms)):
        return False
    start, end = _endpoints(geoms)
    ids, _ = _node_ids(np.vstack([start, end]))
    degree = np.bincount(ids)
    dangle = np.flatnonzero(degree[ids] == 1)
    if len(dangle) == 0:
        return True
    pts = shapely.points(np.vstack([start, end])[dangle])
    own = dangle % len(geoms)
    hit, line = shapely.STRtree(geoms).query(pts, predicate="dwithin", distance=tolerance)
    return not (line != own[hit]).any()


def _nearest(src: np.ndarray, target: np.ndarray, dist: np.ndarray, n: int):
    """Per source index (0..n-1): the nearest target and its distance (-1 and inf if none).

    Ties go to the lower target index, so the choice never depends on query order. Pairs
    grouped by source (as ``STRtree.query`` returns them) are reduced per group without a
    sort.
    """
    best = np.full(n, -1, dtype=np.int64)
    best_d = np.full(n, np.inf)
    if len(src) == 0:
        return best, best_d
    if np.isnan(dist).any() or (np.diff(src) < 0).any():
        order = np.lexsort((target, dist, src))
        first = np.r_[True, src[order][1:] != src[order][:-1]]
        pick = order[first]
    else:
        start = np.flatnonzero(np.r_[True, src[1:] != src[:-1]])
        size = np.diff(np.r_[start, len(src)])
        low = np.repeat(np.minimum.reduceat(dist, start), size)
        top = np.iinfo(np.int64).max
        near = np.where(dist == low, target, top)
        pick = np.flatnonzero(near == np.repeat(np.minimum.reduceat(near, start), size))
        pick = pick[np.r_[True, src[pick][1:] != src[pick][:-1]]]
    best[src[pick]] = target[pick]
    best_d[src[pick]] = dist[pick]
    return best, best_d


def _side_targets(
    geoms: np.ndarray, pts: np.ndarray, own: np.ndarray, levels: np.ndarray, tolerance: float
) -> tuple[np.ndarray, np.ndarray]:
    """Nearest other line of the same level within ``tolerance`` of each point."""
    src, line = shapely.STRtree(geoms).query(pts, predicate="dwithin", distance=tolerance)
    keep = (line != own[src]) & (levels[line] == levels[own[src]])
    src, line = src[keep], line[keep]
    return _nearest(src, line, shapely.distance(pts[src], geoms[line]), len(pts))


def _join_dangles(
    geoms: np.ndarray, levels: np.ndarray, tolerance: float
) -> tuple[np.ndarray, list[tuple[int, np.ndarray]], np.ndarray]:
    """Steps 2-3: move dangling ends onto nearby ends or lines.

    A dangling end goes to the nearest other line end within the tolerance when that end is
    hardly farther than the nearest line side (within a third of the tolerance): joining at
    an existing junction beats cutting a sliver off a line. Otherwise it goes onto the
    nearest line of the same level, which is split there.

    Returns
    -------
    geoms : numpy.ndarray
        Lines with moved ends.
    splits : list of (line, xy)
        Points where lines must be cut.
    moves : numpy.ndarray
        ``(k, 3)``: x, y (before) and distance moved of every end that moved.
    """
    n = len(geoms)
    start, end = _endpoints(geoms)
    xy = np.vstack([start, end])
    ids, nodes = _node_ids(xy)
    degree = np.bincount(ids)
    dangle = np.flatnonzero(degree[ids] == 1)
    new_xy = xy.copy()
    if len(dangle):
        pts = shapely.points(xy[dangle])
        _, side_d = _side_targets(geoms, pts, dangle % n, levels, tolerance)
        tree = shapely.STRtree(shapely.points(nodes))
        src, cand = tree.query(pts, predicate="dwithin", distance=tolerance)
        end_of = dangle[src]
        keep = (cand != ids[end_of]) & (cand != ids[(end_of + n) % (2 * n)])
        src, cand = src[keep], cand[keep]
        near, near_d = _nearest(
            src, cand, np.hypot(*(nodes[cand] - xy[dangle[src]]).T), len(dangle)
        )
        use = (near >= 0) & (near_d <= side_d + tolerance / 3)
        if use.any():
            a, b = ids[dangle[use]], near[use]
            graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(len(nodes), len(nodes)))
            _, comp = connected_components(graph, directed=False)
            # representative: the highest-degree node of each component
            rank = pd.DataFrame({"comp": comp, "deg": degree, "node": np.arange(len(nodes))})
            rep = rank.sort_values(["comp", "deg", "node"], ascending=[True, False, True])
            rep = rep.drop_duplicates("comp").set_index("comp")["node"]
            new_xy = nodes[rep.reindex(comp).to_numpy()[ids]]
            # a chain of ends (a -> b -> junction) must not carry an end beyond the tolerance
            far = np.hypot(*(new_xy - xy).T) > tolerance * (1 + 1e-9)
            new_xy[far] = xy[far]
    # ends near the side of another line (T-junction without a vertex)
    ids2, _ = _node_ids(new_xy)
    still = np.flatnonzero(np.bincount(ids2)[ids2] == 1)
    splits: list[tuple[int, np.ndarray]] = []
    if len(still):
        pts = shapely.points(new_xy[still])
        line, _ = _side_targets(geoms, pts, still % n, levels, tolerance)
        src = np.flatnonzero(line >= 0)
        if len(src):
            line = line[src]
            along = shapely.line_locate_point(geoms[line], pts[src])
            snapped = shapely.get_coordinates(shapely.line_interpolate_point(geoms[line], along))
            new_xy[still[src]] = snapped
            splits = list(zip(line.tolist(), snapped, strict=True))
    moved = (new_xy != xy).any(axis=1)
    if moved.any():
        geoms = _set_endpoints(geoms, new_xy[:n], new_xy[n:])
    dist = np.hypot(*(new_xy[moved] - xy[moved]).T)
    return geoms, splits, np.column_stack([xy[moved], dist])


def _set_endpoints(geoms: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Replace the first and last coordinates of every line."""
    coords = shapely.get_coordinates(geoms)
    counts = shapely.get_num_coordinates(geoms)
    last = np.cumsum(counts) - 1
    coords[last - counts + 1] = start
    coords[last] = end
    return shapely.set_coordinates(geoms.copy(), coords)


def _crossing_splits(geoms: np.ndarray, levels: np.ndarray) -> list[tuple[int, np.ndarray]]:
    """Step 4: points where two lines of the same level meet away from their ends."""
    a, b = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    keep = (a < b) & (levels[a] == levels[b])
    a, b = a[keep], b[keep]
    if len(a) == 0:
        return []
    inter = shapely.intersection(geoms[a], geoms[b])
    coords, idx = shapely.get_coordinates(inter, return_index=True)
    start, end = _endpoints(geoms)
    out: list[tuple[int, np.ndarray]] = []
    for side in (a, b):
        line = side[idx]
        at_end = (coords == start[line]).all(axis=1) | (coords == end[line]).all(axis=1)
        out.extend(zip(line[~at_end].tolist(), coords[~at_end], strict=True))
    return out


def _snap_to_ends(pts: np.ndarray, geoms: np.ndarray, eps: float) -> np.ndarray:
    """Replace cut points within ``eps`` of a line end by that end's exact coordinates."""
    start, end = _endpoints(geoms)
    _, nodes = _node_ids(np.vstack([start, end]))
    src, node = shapely.STRtree(shapely.points(nodes)).query_nearest(
        shapely.points(pts), max_distance=eps, all_matches=False
    )
    pts = pts.copy()
    pts[src] = nodes[node]
    return pts


def _split_line(coords: np.ndarray, cuts: list[np.ndarray], eps: float) -> list[np.ndarray]:
    """Cut one line's coordinates at the given points (which lie on it)."""
    line = shapely.linestrings(coords)
    pts = np.array(cuts)
    along = shapely.line_locate_point(line, shapely.points(pts))
    seg = np.r_[0.0, np.cumsum(np.hypot(*np.diff(coords, axis=0).T))]
    order = np.argsort(along, kind="stable")
    pieces: list[np.ndarray] = []
    current = [coords[0]]
    vi = 1
    last_cut = 0.0
    for k in order:
        d, p = along[k], pts[k]
        if d <= last_cut + eps or d >= seg[-1] - eps:
            continue
        while vi < len(coords) - 1 and seg[vi] < d - eps:
            current.append(coords[vi])
            vi += 1
        if vi < len(coords) - 1 and abs(seg[vi] - d) <= eps:
            vi += 1  # the cut replaces this vertex
        current.append(p)
        pieces.append(np.array(current))
        current = [p]
        last_cut = d
    current.extend(coords[vi:])
    pieces.append(np.array(current))
    return pieces


def node_lines(
    geoms: np.ndarray, *, tolerance: float, levels: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, int]:
    """Join near-misses and split at junctions (steps 2-4 of the module doc).

    Parameters
    ----------
    geoms
        LineString array in any CRS.
    tolerance
        Join distance in CRS units.
    levels
        Integer level of each line (0 at grade); crossings between levels are kept apart.

    Returns
    -------
    geoms : numpy.ndarray
        The segments.
    source : numpy.ndarray
        For each segment, the index of the input line it comes from.
    repairs : int
        Ends moved plus cuts made.
    """
    out, source, repairs, _ = node_lines_with_moves(geoms, tolerance=tolerance, levels=levels)
    return out, source, repairs


def node_lines_with_moves(
    geoms: np.ndarray, *, tolerance: float, levels: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, int, np.ndarray]:
    """:func:`node_lines`, also returning the ends moved: ``(k, 3)`` x, y before, distance."""
    n = len(geoms)
    levels = np.zeros(n, dtype=int) if levels is None else np.asarray(levels)
    geoms, splits, moves = _join_dangles(geoms, levels, tolerance)
    repairs = len(moves)
    splits += _crossing_splits(geoms, levels)
    if not splits:
        return geoms, np.arange(n), repairs, moves
    eps = (tolerance if tolerance > 0 else 1e-6) * 1e-6  # tolerance 0: coincident only
    pts = _snap_to_ends(np.array([p for _, p in splits]), geoms, eps * 10)
    by_line: dict[int, list[np.ndarray]] = {}
    for (line, _), p in zip(splits, pts, strict=True):
        by_line.setdefault(line, []).append(p)
    out_geoms: list[object] = []
    source: list[int] = []
    cuts = 0
    for i, g in enumerate(geoms):
        if i not in by_line:
            out_geoms.append(g)
            source.append(i)
            continue
        pieces = _split_line(shapely.get_coordinates(g), by_line[i], eps)
        cuts += len(pieces) - 1
        for piece in pieces:
            out_geoms.append(shapely.linestrings(piece))
            source.append(i)
    return np.array(out_geoms, dtype=object), np.array(source), repairs + cuts, moves

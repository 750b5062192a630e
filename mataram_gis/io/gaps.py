"""Dangle gaps and the snapping tolerance proposed from them (issue 11, item 7).

A *dangling end* is a line end no other line end shares. Its *gap* is the distance to the
nearest other line of the same level. In a network digitised by hand, most streets stop a
few metres short of the street they meet, or run on past it; in a clean network the only
dangling ends are real dead ends.

The proposal asks what the snapping is for: one routable network. For each candidate
tolerance (:data:`CANDIDATES_M`) it joins, in a quick line graph, every dangling end to its
nearest line when the gap is within the tolerance (lines that cross or touch at the same
level are joined anyway, as the repair nodes them), and measures the share of the total
length in the largest connected part. The proposed tolerance is the smallest candidate whose
share is within :data:`SHARE_SLACK` of the share at :data:`~mataram_gis.io.road_checks.
MAX_TOLERANCE_M`: snapping farther would join hardly any more of the network, only more real
dead ends. Clean data are connected at the smallest candidate, so they keep the 3 m default
and are left untouched.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from mataram_gis.io.noding import _endpoints, _nearest, _node_ids
from mataram_gis.io.road_checks import MAX_TOLERANCE_M

DEFAULT_TOLERANCE_M = 3.0
"""Smallest tolerance ever proposed (joins digitising noise, never a real dead end)."""
CANDIDATES_M: tuple[float, ...] = (
    3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 18, 20, 22, 25, 30, 35, 40, 45, 50,
)  # fmt: skip
"""Tolerances tried by the proposal (metres)."""
HISTOGRAM_EDGES_M: tuple[float, ...] = (0, 0.5, 1, 2, 3, 5, 8, 10, 15, 20, 25, 30, 40, 50)
"""Bins of the dangle-gap distribution shown to the user (metres)."""
SHARE_SLACK = 0.005
"""Share of the network length that may stay out for the smaller tolerance to be preferred."""


@dataclass(frozen=True)
class GapStudy:
    """The dangle gaps of a line layer and the tolerance proposed from them.

    Attributes
    ----------
    dangles
        Number of dangling ends.
    gaps_m
        Gap of each dangling end with a line within :data:`MAX_TOLERANCE_M` (metres).
    histogram
        ``(from_m, to_m, count)`` per bin of :data:`HISTOGRAM_EDGES_M`.
    share_by_tolerance
        ``(tolerance_m, share)``: share of the total length in the largest part.
    proposed_m
        The proposed tolerance (metres).
    ends
        Index of each dangling end among the ``2 n`` ends (see :func:`dangle_gaps`).
    end_gaps_m
        Gap of each of them (metres; inf when no line is within reach).
    """

    dangles: int
    gaps_m: np.ndarray
    histogram: list[tuple[float, float, int]]
    share_by_tolerance: list[tuple[float, float]]
    proposed_m: float
    ends: np.ndarray
    end_gaps_m: np.ndarray


def dangle_gaps(
    geoms: np.ndarray, levels: np.ndarray, *, limit: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Dangling ends and the nearest other line of the same level within ``limit``.

    Parameters
    ----------
    geoms
        LineStrings (CRS units).
    levels
        Integer level per line.
    limit
        Search distance (CRS units).

    Returns
    -------
    ends : numpy.ndarray
        Index of every dangling end among the ``2 n`` ends (``i`` start, ``n + i`` end of
        line ``i``).
    line : numpy.ndarray
        Nearest other line per dangling end (-1 when none within ``limit``).
    gap : numpy.ndarray
        Its distance (CRS units; inf when none).
    """
    n = len(geoms)
    start, end = _endpoints(geoms)
    xy = np.vstack([start, end])
    ids, _ = _node_ids(xy)
    ends = np.flatnonzero(np.bincount(ids)[ids] == 1)
    pts = shapely.points(xy[ends])
    own = ends % n
    tree = shapely.STRtree(geoms)
    # a line within a quarter of the limit is nearer than every line only the whole limit
    # reaches: most ends of a dense network are decided among far fewer candidates
    line, gap = _nearest_other(tree, geoms, pts, own, levels, limit / 4)
    rest = np.flatnonzero(line < 0)
    if len(rest):
        line[rest], gap[rest] = _nearest_other(tree, geoms, pts[rest], own[rest], levels, limit)
    return ends, line, gap


def _nearest_other(
    tree: shapely.STRtree,
    geoms: np.ndarray,
    pts: np.ndarray,
    own: np.ndarray,
    levels: np.ndarray,
    limit: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Nearest line of the same level, other than ``own``, within ``limit`` of each point
    (-1 and inf when none)."""
    src, cand = tree.query(pts, predicate="dwithin", distance=limit)
    keep = (cand != own[src]) & (levels[cand] == levels[own[src]])
    src, cand = src[keep], cand[keep]
    return _nearest(src, cand, shapely.distance(pts[src], geoms[cand]), len(pts))


def _base_edges(
    geoms: np.ndarray, levels: np.ndarray, *, crossings: bool
) -> tuple[np.ndarray, np.ndarray, int]:
    """Edges of a graph of lines (``0..n-1``) and end nodes (``n..``) joined without snapping:
    each line to its two end nodes and, with ``crossings``, lines that cross or touch at the
    same level."""
    n = len(geoms)
    start, end = _endpoints(geoms)
    ids, nodes = _node_ids(np.vstack([start, end]))
    a, b = np.r_[np.arange(n), np.arange(n)], n + ids
    if crossings:
        a2, b2 = shapely.STRtree(geoms).query(geoms, predicate="intersects")
        same = (a2 < b2) & (levels[a2] == levels[b2])
        a, b = np.r_[a, a2[same]], np.r_[b, b2[same]]
    return a, b, n + len(nodes)


def _largest_share(size: int, a: np.ndarray, b: np.ndarray, weights: np.ndarray) -> float:
    graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(size, size))
    _, labels = connected_components(graph, directed=False)
    return float(np.bincount(labels, weights=weights).max() / weights.sum())


def study_gaps(geoms: np.ndarray, levels: np.ndarray, *, unit_m: float) -> GapStudy:
    """Measure the dangle gaps and propose a tolerance (see module doc).

    Parameters
    ----------
    geoms
        LineStrings of positive length (CRS units).
    levels
        Integer level per line.
    unit_m
        Metres per CRS unit.
    """
    n = len(geoms)
    if n == 0:
        empty = np.zeros(0)
        return GapStudy(0, empty, [], [], DEFAULT_TOLERANCE_M, empty.astype(int), empty)
    ends, line, gap = dangle_gaps(geoms, levels, limit=MAX_TOLERANCE_M / unit_m)
    found = line >= 0
    gaps_m = gap[found] * unit_m
    counts, edges = np.histogram(gaps_m, bins=np.asarray(HISTOGRAM_EDGES_M, dtype=float))
    histogram = [
        (float(lo), float(hi), int(c))
        for lo, hi, c in zip(edges[:-1], edges[1:], counts, strict=True)
    ]
    weights = np.r_[shapely.length(geoms)]
    base_a, base_b, size = _base_edges(geoms, levels, crossings=False)
    weights = np.r_[weights, np.zeros(size - n)]
    if _largest_share(size, base_a, base_b, weights) >= 1.0 - 1e-12:
        # one part through shared end points already: no tolerance joins more
        shares = [(float(t), 1.0) for t in CANDIDATES_M]
    else:
        base_a, base_b, _ = _base_edges(geoms, levels, crossings=True)
        own, target = ends[found] % n, line[found]
        shares = []
        for t in CANDIDATES_M:
            near = gaps_m <= t
            a, b = np.r_[base_a, own[near]], np.r_[base_b, target[near]]
            shares.append((float(t), round(_largest_share(size, a, b, weights), 6)))
    best = shares[-1][1]
    proposed = next(t for t, share in shares if share >= best - SHARE_SLACK)
    return GapStudy(len(ends), gaps_m, histogram, shares, float(proposed), ends, gap * unit_m)

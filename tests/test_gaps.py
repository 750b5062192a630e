"""Dangle gaps (mataram_gis.io.gaps) against one search over the whole limit."""

from __future__ import annotations

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from mataram_gis.io.gaps import dangle_gaps
from mataram_gis.io.noding import _endpoints, _nearest, _node_ids


def _gaps_in_one_search(geoms, levels, limit):
    """Every line within the limit of every dangling end, the nearest kept."""
    n = len(geoms)
    start, end = _endpoints(geoms)
    xy = np.vstack([start, end])
    ids, _ = _node_ids(xy)
    ends = np.flatnonzero(np.bincount(ids)[ids] == 1)
    pts = shapely.points(xy[ends])
    own = ends % n
    src, cand = shapely.STRtree(geoms).query(pts, predicate="dwithin", distance=limit)
    keep = (cand != own[src]) & (levels[cand] == levels[own[src]])
    src, cand = src[keep], cand[keep]
    line, gap = _nearest(src, cand, shapely.distance(pts[src], geoms[cand]), len(ends))
    return ends, line, gap


@settings(max_examples=150, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 40),
    grid=st.sampled_from([4, 10, 1000]),  # coarse grids: shared ends, ties, exact distances
    limit=st.sampled_from([0.5, 1.0, 2.0, 5.0]),
)
def test_two_searches_equal_one(seed, n, grid, limit):
    """Searching a quarter of the limit first, then the whole limit for ends left without a
    line, finds the same nearest line and gap for every dangling end."""
    rng = np.random.default_rng(seed)
    coords = rng.integers(0, grid, (n, 3, 2)) * (10.0 / grid)
    coords[:, 1] += rng.random((n, 2)) * (rng.random((n, 1)) < 0.5)  # some bent lines
    geoms = shapely.linestrings(coords)
    keep = shapely.length(geoms) > 0
    geoms = geoms[keep]
    if len(geoms) == 0:
        return
    levels = rng.integers(0, 2, len(geoms))
    got = dangle_gaps(geoms, levels, limit=limit)
    want = _gaps_in_one_search(geoms, levels, limit)
    for g, w in zip(got, want, strict=True):
        assert g.tolist() == w.tolist()

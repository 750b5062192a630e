"""Helpers of mataram_gis.io.noding against their plain definitions."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from mataram_gis.io.noding import _nearest


def _nearest_by_sort(src, target, dist, n):
    """The definition: per source, the smallest distance, ties to the lowest target."""
    best, best_d = np.full(n, -1, dtype=np.int64), np.full(n, np.inf)
    for s in range(n):
        mine = [(d, t) for x, t, d in zip(src, target, dist, strict=True) if x == s]
        if mine:
            d, t = min(mine, key=lambda p: (np.nan_to_num(p[0], nan=np.inf), p[1]))
            best[s], best_d[s] = t, d
    return best, best_d


@settings(max_examples=300, deadline=None)
@given(
    pairs=st.lists(
        st.tuples(st.integers(0, 5), st.integers(0, 9), st.sampled_from([0.0, 0.5, 1.0, 2.0])),
        max_size=30, unique_by=lambda p: (p[0], p[1]),
    ),
    grouped=st.booleans(),
)  # fmt: skip
def test_nearest_as_defined(pairs, grouped):
    """Grouped pairs (reduced without a sort) and shuffled ones (sorted) give the nearest
    target of every source, ties to the lowest target; sources without pairs get -1, inf."""
    if grouped:
        pairs = sorted(pairs, key=lambda p: p[0])
    src = np.array([p[0] for p in pairs], dtype=np.int64)
    target = np.array([p[1] for p in pairs], dtype=np.int64)
    dist = np.array([p[2] for p in pairs], dtype=np.float64)
    got, got_d = _nearest(src, target, dist, 7)
    want, want_d = _nearest_by_sort(src, target, dist, 7)
    assert got.tolist() == want.tolist()
    assert got_d.tolist() == want_d.tolist()

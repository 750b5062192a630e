"""Point-on-segment snapping: split edges against brute force; the engine stays exact."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis.criticality import brute_force_closures, closure_losses
from mataram_gis.engine import INF, Demand, build_graph, distance_fields, upgrade_benefits
from mataram_gis.oracle import brute_force_benefits
from mataram_gis.snapping import (
    SegmentSnap,
    compare_snapping,
    snap_to_segments,
    split_network,
)


@st.composite
def snapped_networks(draw):
    """Random networks (one-ways, parallels, unusable segments) and points on segments."""
    n = draw(st.integers(2, 9))
    m = draw(st.integers(1, 16))
    node = st.integers(0, n - 1)
    u = np.array(draw(st.lists(node, min_size=m, max_size=m)), np.int64)
    v = np.array(draw(st.lists(node, min_size=m, max_size=m)), np.int64)
    oneway = np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m)))
    t = np.array(draw(st.lists(st.integers(1, 40), min_size=m, max_size=m)), np.int64)
    t[np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m))) & (t > 35)] = -1
    k = draw(st.integers(1, 12))
    seg = np.array(draw(st.lists(st.integers(-1, m - 1), min_size=k, max_size=k)), np.int64)
    seg = np.where((seg >= 0) & (t[np.maximum(seg, 0)] >= 0), seg, -1)
    frac = np.array(draw(st.lists(st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.5, 0.9, 1.0,
                                                   0.333]), min_size=k, max_size=k)))  # fmt: skip
    centres = np.array(draw(st.lists(node, min_size=1, max_size=2)), np.int64)
    snap = SegmentSnap(segment=seg, fraction=frac, distance_m=np.zeros(k))
    return n, u, v, oneway, t, snap, centres


def _point_time(u, v, oneway, t, field, s, f):
    """Brute force: the time from a point on segment s at fraction f, by the formula."""
    p = int(np.clip(np.rint(f * t[s]), 0, t[s]))
    if f <= 0 or f >= 1:  # the point is the junction itself
        return field[u[s]] if f <= 0 else field[v[s]]
    best = INF
    if field[v[s]] < INF:
        best = min(best, t[s] - p + field[v[s]])
    if not oneway[s] and field[u[s]] < INF:
        best = min(best, p + field[u[s]])
    return best


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(net=snapped_networks())
def test_split_network_times_equal_the_point_formula(net):
    n, u, v, oneway, t, snap, centres = net
    split = split_network(u, v, oneway, t, snap, n_nodes=n)
    # Parts add up to their segment's time (a part may take 0 ms: two points within 0.5 ms).
    sums = np.bincount(split.parent, weights=np.maximum(split.time_ms, 0), minlength=len(u))
    np.testing.assert_array_equal(sums, np.maximum(t, 0))
    orig = distance_fields(build_graph(u, v, oneway, t, n_nodes=n), (centres,))[:, 0]
    g = build_graph(split.seg_u, split.seg_v, split.oneway, split.time_ms, n_nodes=split.n_nodes)
    field = distance_fields(g, (centres,))[:, 0]
    np.testing.assert_array_equal(field[:n], orig)  # original nodes keep their times
    for i, s in enumerate(snap.segment):
        if s < 0:
            assert split.point_node[i] == -1
            continue
        want = _point_time(u, v, oneway, t, orig, s, snap.fraction[i])
        assert field[split.point_node[i]] == want


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(net=snapped_networks(), data=st.data())
def test_engine_and_closures_stay_exact_on_the_split_network(net, data):
    n, u, v, oneway, t, snap, centres = net
    split = split_network(u, v, oneway, t, snap, n_nodes=n)
    nodes = split.point_node
    k = len(nodes)
    weight = np.array(data.draw(st.lists(st.sampled_from([0.0, 1.0, 2.5]), min_size=k,
                                         max_size=k)))  # fmt: skip
    group = np.array(data.draw(st.lists(st.integers(0, len(centres)), min_size=k, max_size=k)))
    demand = Demand(node=nodes, weight=weight, group=group,
                    targets=(centres,) + tuple(np.array([c]) for c in centres))  # fmt: skip
    su, sv, ow, st_ = split.seg_u, split.seg_v, split.oneway, split.time_ms
    after = np.where(st_ >= 0, np.maximum(st_ // 2, 1), -1)
    g = build_graph(su, sv, ow, st_, n_nodes=split.n_nodes)
    got = upgrade_benefits(g, su, sv, ow, after, demand)
    want = brute_force_benefits(su, sv, ow, st_, after, demand, n_nodes=split.n_nodes)
    np.testing.assert_allclose(got.weighted_seconds, want.weighted_seconds, rtol=1e-12)
    np.testing.assert_array_equal(got.households, want.households)
    if (st_[st_ >= 0] == 0).any():
        return  # 0 ms parts: closures of the split model are tested in test_snap_sets.py
    lost = closure_losses(g, su, sv, ow, demand)
    ref = brute_force_closures(su, sv, ow, st_, demand, n_nodes=split.n_nodes)
    np.testing.assert_array_equal(lost.households_stranded, ref.households_stranded)
    np.testing.assert_allclose(lost.weighted_seconds, ref.weighted_seconds, rtol=1e-12)


@settings(max_examples=100, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_snap_to_segments_finds_the_nearest_line(seed):
    rng = np.random.default_rng(seed)
    a = rng.uniform(0, 100, (12, 2))
    b = a + rng.uniform(-30, 30, (12, 2))
    lines = shapely.linestrings(np.stack([a, b], axis=1))
    usable = rng.random(12) < 0.8
    pts = shapely.points(rng.uniform(-20, 120, (15, 2)))
    snap = snap_to_segments(pts, lines, usable, max_distance_m=25.0)
    for i, p in enumerate(pts):
        d = np.where(usable, shapely.distance(p, lines), np.inf)
        if d.min() > 25.0:
            assert snap.segment[i] == -1
            continue
        assert snap.distance_m[i] == d.min()
        s = snap.segment[i]
        on = shapely.line_interpolate_point(lines[s], snap.fraction[i], normalized=True)
        assert abs(shapely.distance(p, on) - d.min()) < 1e-6


def test_point_snapping_on_the_grid_never_walks_farther(grid_analysis):
    cmp = compare_snapping(grid_analysis)
    ok = np.isfinite(cmp.node_access_s) & np.isfinite(cmp.segment_access_s)
    assert ok.sum() > 0
    assert (cmp.segment_access_s[ok] <= cmp.node_access_s[ok] + 1e-9).all()
    s = cmp.summary()
    assert s["households"] == int((np.isfinite(cmp.node_s) & np.isfinite(cmp.segment_s)).sum())
    assert s["mean_access_segment_s"] < s["mean_access_node_s"]


def _split_times_nx(u, v, oneway, t, snap, group, targets, upgraded=None, t_after=None):
    """Brute force: an explicit networkx graph split at every household point (the oracle),
    with segment ``upgraded`` taking ``t_after`` ms."""
    from mataram_gis.oracle import split_point_times

    t = np.asarray(t, np.int64).copy()
    if upgraded is not None:
        t[upgraded] = t_after[upgraded]
    k = len(snap.segment)
    ok = (snap.segment >= 0) & (np.asarray(t)[np.maximum(snap.segment, 0)] >= 0)
    row = np.where(ok, snap.segment, -1)
    demand = Demand(node=np.full(k, -1), weight=np.zeros(k), group=np.asarray(group),
                    targets=targets)  # fmt: skip
    out = split_point_times(u, v, oneway, t, demand, row, snap.fraction).astype(float)
    return np.where(out >= INF, np.inf, out)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(net=snapped_networks(), data=st.data())
def test_snapped_benefits_equal_brute_force_on_split_networks(net, data):
    from mataram_gis.snapping import snapped_benefits

    n, u, v, oneway, t, snap, centres = net
    k = len(snap.segment)
    weight = np.array(data.draw(st.lists(st.sampled_from([0.0, 1.0, 2.5]), min_size=k,
                                         max_size=k)))  # fmt: skip
    group = np.array(data.draw(st.lists(st.integers(0, len(centres)), min_size=k, max_size=k)))
    targets = (centres,) + tuple(np.array([c]) for c in centres)
    demand = Demand(node=np.full(k, -1), weight=weight, group=group, targets=targets)
    cut = np.array(data.draw(st.lists(st.integers(0, 40), min_size=len(u), max_size=len(u))))
    after = np.where(t >= 0, np.maximum(t - cut, 1), -1)
    got = snapped_benefits(build_graph(u, v, oneway, t, n_nodes=n), u, v, oneway, after, snap,
                           demand)  # fmt: skip
    base = _split_times_nx(u, v, oneway, t, snap, group, targets)
    for s in range(len(u)):
        if t[s] < 0 or after[s] >= t[s]:
            assert got.households[s] == 0
            continue
        new = _split_times_nx(u, v, oneway, t, snap, group, targets, upgraded=s, t_after=after)
        ok = np.isfinite(base)
        saved = np.zeros(len(base))
        saved[ok] = base[ok] - new[ok]
        gain = saved > 0
        assert got.households[s] == gain.sum()
        want = float(np.sum(weight[gain] * saved[gain])) / 1000
        assert got.weighted_seconds[s] == pytest.approx(want, rel=1e-12, abs=1e-12)

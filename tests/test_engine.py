"""The engine equals brute-force recomputation, exactly, on random networks."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis import locality
from mataram_gis.engine import (
    INF,
    Demand,
    build_graph,
    distance_fields,
    household_times,
    segment_savings,
    upgrade_benefits,
)
from mataram_gis.oracle import brute_force_benefits, networkx_benefit


@st.composite
def networks(draw):
    """Random small networks: one-ways, parallel segments, loops, disconnected parts,
    unusable segments, unreachable and excluded households, several centres, fixed
    assignments and zero weights."""
    n = draw(st.integers(2, 12))
    m = draw(st.integers(1, 28))
    node = st.integers(0, n - 1)
    u = np.array(draw(st.lists(node, min_size=m, max_size=m)), np.int64)
    v = np.array(draw(st.lists(node, min_size=m, max_size=m)), np.int64)
    oneway = np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m)))
    before = np.array(draw(st.lists(st.integers(1, 50), min_size=m, max_size=m)), np.int64)
    cut = np.array(draw(st.lists(st.integers(0, 50), min_size=m, max_size=m)), np.int64)
    after = np.maximum(before - cut, 1)
    unusable = np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m)))
    unusable &= np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m)))
    before[unusable] = -1
    after[unusable] = -1
    k = draw(st.integers(1, 3))
    centres = np.array(draw(st.lists(node, min_size=k, max_size=k)), np.int64)
    h = draw(st.integers(0, 25))
    hh_node = np.array(draw(st.lists(st.integers(-1, n - 1), min_size=h, max_size=h)), np.int64)
    weight = np.array(
        draw(st.lists(st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.75]), min_size=h, max_size=h))
    )
    group = np.array(draw(st.lists(st.integers(0, k), min_size=h, max_size=h)), np.int64)
    targets = (centres,) + tuple(np.array([c]) for c in centres)
    demand = Demand(node=hh_node, weight=weight, group=group, targets=targets)
    return n, u, v, oneway, before, after, demand


@pytest.fixture(params=[False, True], ids=["own-ids", "renumbered"])
def renumber(request, monkeypatch):
    """Run the kernels on the network's own node ids, or on the locality renumbering
    that large networks get (forced here on small ones)."""
    if request.param:
        monkeypatch.setattr(locality, "REORDER_MIN_NODES", 0)
    return request.param


@pytest.mark.parametrize(
    ("method", "floor"), [("auto", None), ("backward", None), ("forward", 0), ("forward", 7)]
)
@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(net=networks())
def test_engine_equals_brute_force(net, method, floor, renumber):
    n, u, v, oneway, before, after, demand = net
    graph = build_graph(u, v, oneway, before, n_nodes=n)
    got = upgrade_benefits(
        graph, u, v, oneway, after, demand, method=method, potential_floor=floor
    )
    want = brute_force_benefits(u, v, oneway, before, after, demand, n_nodes=n)
    np.testing.assert_array_equal(got.households, want.households)
    np.testing.assert_allclose(got.weighted_seconds, want.weighted_seconds, rtol=1e-12, atol=0)
    np.testing.assert_allclose(got.household_seconds, want.household_seconds, rtol=1e-12)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(net=networks())
def test_engine_is_exact_on_fields_computed_only_as_far_as_needed(net, renumber):
    """Fields of named-centre groups stop a margin beyond their farthest household."""
    n, u, v, oneway, before, after, demand = net
    graph = build_graph(u, v, oneway, before, n_nodes=n)
    ok = demand.node >= 0
    settle = tuple(
        np.unique(demand.node[ok & (demand.group == g)]) for g in range(len(demand.targets))
    )
    gainable = (before >= 0) & (after >= 0) & (after < before)
    margin = int((before - after)[gainable].max()) if gainable.any() else 0
    fields = distance_fields(graph, demand.targets, settle=settle, margin=margin)
    got = upgrade_benefits(graph, u, v, oneway, after, demand, fields=fields)
    want = brute_force_benefits(u, v, oneway, before, after, demand, n_nodes=n)
    np.testing.assert_array_equal(got.households, want.households)
    np.testing.assert_allclose(got.weighted_seconds, want.weighted_seconds, rtol=1e-12, atol=0)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(net=networks(), data=st.data())
def test_segment_savings_gives_each_households_new_time(net, data, renumber):
    """The explanation of one segment gives the exact new time of every node."""
    n, u, v, oneway, before, after, demand = net
    s = data.draw(st.integers(0, len(u) - 1))
    graph = build_graph(u, v, oneway, before, n_nodes=n)
    fields = distance_fields(graph, demand.targets)
    nodes, new = segment_savings(
        graph, u, v, oneway, np.where(after < 0, before, after), fields, s
    )
    t = before.copy()
    if before[s] >= 0:
        t[s] = min(after[s], before[s])
    want = distance_fields(build_graph(u, v, oneway, t, n_nodes=n), demand.targets)
    got = fields.copy()
    got[nodes] = new
    np.testing.assert_array_equal(got, want)


def test_two_consecutive_links_each_gain_alone():
    """A chain 0-1-2 to a centre at 2: upgrading either link saves its own time cut."""
    u, v = np.array([0, 1]), np.array([1, 2])
    oneway = np.array([False, False])
    before, after = np.array([100, 100]), np.array([40, 70])
    demand = Demand(node=np.array([0]), weight=np.array([2.0]), group=np.array([0]),
                    targets=(np.array([2]),))  # fmt: skip
    graph = build_graph(u, v, oneway, before, n_nodes=3)
    got = upgrade_benefits(graph, u, v, oneway, after, demand)
    np.testing.assert_allclose(got.weighted_seconds, [2 * 0.060, 2 * 0.030])
    np.testing.assert_array_equal(got.households, [1, 1])


def test_oneway_against_travel_gains_nothing():
    u, v = np.array([1]), np.array([0])  # one-way 1 -> 0, household at 0, centre at 1
    graph = build_graph(u, v, np.array([True]), np.array([10]), n_nodes=2)
    demand = Demand(node=np.array([0]), weight=np.array([1.0]), group=np.array([0]),
                    targets=(np.array([1]),))  # fmt: skip
    got = upgrade_benefits(graph, u, v, np.array([True]), np.array([1]), demand)
    assert got.households[0] == 0
    assert household_times(distance_fields(graph, demand.targets), demand)[0] == INF


def test_parallel_segments_use_the_faster():
    u, v = np.array([0, 0]), np.array([1, 1])
    oneway = np.array([False, False])
    before = np.array([50, 30])
    graph = build_graph(u, v, oneway, before, n_nodes=2)
    demand = Demand(node=np.array([0]), weight=np.array([1.0]), group=np.array([0]),
                    targets=(np.array([1]),))  # fmt: skip
    got = upgrade_benefits(graph, u, v, oneway, np.array([40, 20]), demand)
    # Upgrading the slower one to 40 does not beat the other's 30: no gain.
    np.testing.assert_array_equal(got.households, [0, 1])
    np.testing.assert_allclose(got.weighted_seconds, [0.0, 0.010])


@pytest.mark.parametrize("segment", [0, 5, 17])
def test_networkx_brute_force_agrees(grid_analysis, segment):
    a = grid_analysis
    net = a.prepared.network
    oneway = a.segments["oneway"].to_numpy()
    full = np.zeros(net.segments.shape[0], bool)
    full[a.segments["segment_id"].to_numpy()] = oneway
    got = a.benefits.weighted_seconds[segment]
    want = networkx_benefit(net.seg_u, net.seg_v, full, a.before_ms, a.after_ms, a.demand, segment)
    assert got == pytest.approx(want, rel=1e-12, abs=1e-12)


def test_thread_plan_gives_each_backward_segment_to_one_thread_and_is_fixed(monkeypatch):
    from mataram_gis import engine

    monkeypatch.setattr(engine, "workers", lambda n: min(3, n))
    todo = np.arange(10, 30, dtype=np.int64)
    plan = engine._plan([0, 1, 2, 3, 4], [True, False, True, False, False], todo)
    assert len(plan) == 3
    for g in (0, 2):  # backward groups: every segment exactly once over the threads
        parts = [part for tasks in plan for grp, part in tasks if grp == g]
        assert len(parts) == 3
        np.testing.assert_array_equal(np.sort(np.concatenate(parts)), todo)
    forward = sorted(grp for tasks in plan for grp, part in tasks if part is None)
    assert forward == [1, 3, 4]
    again = engine._plan([0, 1, 2, 3, 4], [True, False, True, False, False], todo)
    assert [[(g, None if p is None else p.tolist()) for g, p in t] for t in plan] == [
        [(g, None if p is None else p.tolist()) for g, p in t] for t in again
    ]

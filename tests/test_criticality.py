"""Closure losses equal brute force (remove the segment, recompute) exactly."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis.criticality import brute_force_closures, closure_losses
from mataram_gis.engine import Demand, build_graph


def _demand(draw, n, k_nodes):
    k = draw(st.integers(1, 3))
    centres = np.array(draw(st.lists(k_nodes, min_size=k, max_size=k)), np.int64)
    h = draw(st.integers(0, 25))
    hh_node = np.array(draw(st.lists(st.integers(-1, n - 1), min_size=h, max_size=h)), np.int64)
    weight = np.array(
        draw(st.lists(st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.75]), min_size=h, max_size=h))
    )
    group = np.array(draw(st.lists(st.integers(0, k), min_size=h, max_size=h)), np.int64)
    targets = (centres,) + tuple(np.array([c]) for c in centres)
    return Demand(node=hh_node, weight=weight, group=group, targets=targets)


@st.composite
def networks(draw):
    """Random networks: one-ways, parallel segments, loops, unusable segments, many ties."""
    n = draw(st.integers(2, 12))
    m = draw(st.integers(1, 28))
    node = st.integers(0, n - 1)
    u = np.array(draw(st.lists(node, min_size=m, max_size=m)), np.int64)
    v = np.array(draw(st.lists(node, min_size=m, max_size=m)), np.int64)
    oneway = np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m)))
    # Few distinct times: equal-time alternatives (ties) are common.
    t = np.array(draw(st.lists(st.sampled_from([1, 2, 3, 5, 50]), min_size=m, max_size=m)))
    unusable = np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m)))
    unusable &= np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m)))
    t = np.where(unusable, -1, t).astype(np.int64)
    return n, u, v, oneway, t, _demand(draw, n, node)


@st.composite
def bridged(draw):
    """Two random parts joined by one or two bridges (one-way or not), centres on one side."""
    a = draw(st.integers(2, 7))
    b = draw(st.integers(1, 7))
    n = a + b
    edges = []
    for lo, hi in ((0, a), (a, n)):
        for x in range(lo + 1, hi):  # a random tree keeps each part connected
            edges.append((draw(st.integers(lo, x - 1)), x, False))
        extra = draw(st.integers(0, 6))
        for _ in range(extra):
            edges.append((draw(st.integers(lo, hi - 1)), draw(st.integers(lo, hi - 1)),
                          draw(st.booleans())))  # fmt: skip
    for _ in range(draw(st.integers(1, 2))):
        edges.append((draw(st.integers(0, a - 1)), draw(st.integers(a, n - 1)),
                      draw(st.booleans())))  # fmt: skip
    u = np.array([e[0] for e in edges], np.int64)
    v = np.array([e[1] for e in edges], np.int64)
    oneway = np.array([e[2] for e in edges])
    m = len(edges)
    t = np.array(draw(st.lists(st.sampled_from([1, 2, 4, 7]), min_size=m, max_size=m)), np.int64)
    return n, u, v, oneway, t, _demand(draw, n, st.integers(0, a - 1))


def _check(n, u, v, oneway, t, demand):
    graph = build_graph(u, v, oneway, t, n_nodes=n)
    got = closure_losses(graph, u, v, oneway, demand)
    want = brute_force_closures(u, v, oneway, t, demand, n_nodes=n)
    np.testing.assert_array_equal(got.households_stranded, want.households_stranded)
    np.testing.assert_array_equal(got.households_delayed, want.households_delayed)
    np.testing.assert_allclose(got.weighted_seconds, want.weighted_seconds, rtol=1e-12)
    np.testing.assert_allclose(got.household_seconds, want.household_seconds, rtol=1e-12)
    np.testing.assert_allclose(got.stranded_weight, want.stranded_weight, rtol=1e-12)
    return got


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(net=networks())
def test_closure_equals_brute_force(net):
    _check(*net)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(net=bridged())
def test_closure_equals_brute_force_with_bridges(net):
    _check(*net)


def test_bridge_strands_the_far_side_and_a_tie_is_unaffected():
    """0 = centre; 1 reaches it by two equal routes (via 2 or via 3); 4 only over 3-4."""
    u = np.array([1, 2, 1, 3, 3])
    v = np.array([2, 0, 3, 0, 4])
    t = np.array([5, 5, 4, 6, 9])
    oneway = np.zeros(5, bool)
    demand = Demand(node=np.array([1, 4, 3]), weight=np.array([1.0, 2.0, 1.0]),
                    group=np.array([0, 0, 0]), targets=(np.array([0]),))  # fmt: skip
    got = _check(5, u, v, oneway, t, demand)
    # Closing 1-2 (a tie): nobody loses.
    assert got.weighted_seconds[0] == 0 and got.households_delayed[0] == 0
    # Closing 3-4: household at 4 is stranded, nothing delayed.
    assert got.households_stranded[4] == 1 and got.stranded_weight[4] == 2.0
    # Closing 3-0: household at 3 detours 3-1-2-0 (4+5+5 = 14 vs 6); the one at 4 too.
    assert got.households_delayed[3] == 2
    assert got.weighted_seconds[3] == (1.0 * 8 + 2.0 * 8) / 1000


def test_named_centre_households_use_their_centre():
    """A household tied to centre 2 loses when 1-2 closes though centre 0 is next door."""
    u, v = np.array([0, 1]), np.array([1, 2])
    t = np.array([1, 10])
    oneway = np.zeros(2, bool)
    demand = Demand(node=np.array([1, 1]), weight=np.array([1.0, 1.0]), group=np.array([0, 2]),
                    targets=(np.array([0, 2]), np.array([0]), np.array([2])))  # fmt: skip
    got = _check(3, u, v, oneway, t, demand)
    # Closing 0-1: the nearest-centre household turns to centre 2 (9 ms more);
    # closing 1-2 strands the household tied to centre 2.
    assert got.households_stranded.tolist() == [0, 1]
    assert got.households_delayed.tolist() == [1, 0]
    assert got.weighted_seconds[0] == 9 / 1000


def test_demo_sample_equals_brute_force(grid_analysis):
    a = grid_analysis
    net = a.prepared.network
    got = closure_losses(a.graph, net.seg_u, net.seg_v, a.oneway, a.demand)
    want = brute_force_closures(
        net.seg_u, net.seg_v, a.oneway, a.before_ms, a.demand, n_nodes=net.n_nodes
    )
    np.testing.assert_array_equal(got.households_stranded, want.households_stranded)
    np.testing.assert_allclose(got.weighted_seconds, want.weighted_seconds, rtol=1e-12)
    assert got.weighted_seconds.max() > 0


def test_results_file_criticality_rechecked_with_networkx(tmp_path):
    """Written by rank's path, re-checked from the file alone with networkx."""
    import geopandas as gpd
    import networkx as nx

    from mataram_gis.access import enrich_analysis
    from mataram_gis.analysis import run_analysis
    from mataram_gis.results import write_results
    from mataram_gis.scenario import Scenario
    from tests.factories import grid_inputs

    a = run_analysis(grid_inputs(seed=3), Scenario())
    extra = enrich_analysis(a, bands=(2,))
    path = write_results(a, tmp_path / "r.gpkg", extra=extra)
    seg = gpd.read_file(path, layer="segments")
    o = gpd.read_file(path, layer="origins")
    c = gpd.read_file(path, layer="centres")
    used = o["excluded"].fillna("") == ""
    node_of = dict(zip(c["centre_id"], c["node"], strict=True))

    def times(skip: int) -> np.ndarray:
        g = nx.MultiDiGraph()
        for r in seg.itertuples():
            if r.segment_id == skip:
                continue
            t = round(r.time_before_s * 1000)
            g.add_edge(r.v, r.u, weight=t)  # reversed: search from the centres
            if not r.oneway:
                g.add_edge(r.u, r.v, weight=t)
        nearest = nx.multi_source_dijkstra_path_length(g, [n for n in c["node"] if n in g])
        out = []
        for r in o.loc[used].itertuples():
            if r.centre_fixed:
                d = nx.single_source_dijkstra_path_length(g, node_of[r.centre]) if (
                    node_of[r.centre] in g) else {}  # fmt: skip
            else:
                d = nearest
            out.append(d.get(r.node, np.inf))
        return np.array(out, float)

    base = times(-1)
    w = o.loc[used, "weight"].to_numpy()
    picks = seg.sort_values("criticality").tail(4)["segment_id"].tolist()
    picks += seg.loc[seg["households_stranded"] > 0, "segment_id"].head(2).tolist()
    for sid in picks:
        new = times(sid)
        lost = np.isinf(new) & np.isfinite(base)
        late = np.isfinite(new) & (new > base)
        row = seg.loc[seg["segment_id"] == sid].iloc[0]
        assert row["households_stranded"] == lost.sum()
        want = float(np.sum(w[late] * (new[late] - base[late]))) / 1000 / 3600
        assert row["criticality"] == pytest.approx(want, rel=1e-9, abs=1e-12)

"""Closure losses through the dominator tree (mataram_gis/kernels_dominator.py, issue 15).

Both of its searches equal brute force on random networks: the whole cut-off subtree
(``SPARSE_RATIO`` huge) and only the part near the subtree's households (``SPARSE_RATIO``
0). On the grid demo they also equal the previous kernel
(:func:`mataram_gis.kernels_closure.closure_losses`) segment by segment.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from mataram_gis import kernels_closure, kernels_dominator
from mataram_gis.criticality import _reverse_segments, closure_losses, segment_times
from mataram_gis.engine import _shift, distance_fields, node_demand
from tests.test_criticality import _check, bridged, networks

SLOW = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
RATIOS = {"near households": 0, "whole subtree": 1 << 40}


@pytest.fixture(params=list(RATIOS))
def ratio(request, monkeypatch):
    monkeypatch.setattr(kernels_dominator, "SPARSE_RATIO", RATIOS[request.param])
    return RATIOS[request.param]


@settings(max_examples=150, deadline=None, suppress_health_check=SLOW)
@given(net=networks())
def test_both_searches_equal_brute_force(ratio, net):
    _check(*net)


@settings(max_examples=100, deadline=None, suppress_health_check=SLOW)
@given(net=bridged())
def test_both_searches_equal_brute_force_with_bridges(ratio, net):
    _check(*net)


def _previous_kernel(a):
    """Losses by the kernel before issue 15 (phase 1 over the whole affected set)."""
    net, g = a.prepared.network, a.graph
    u = np.ascontiguousarray(net.seg_u, np.int64)
    v = np.ascontiguousarray(net.seg_v, np.int64)
    fields = distance_fields(g, a.demand.targets)
    weight, count = node_demand(a.demand, n_nodes=g.n_nodes, n_groups=fields.shape[1])
    seg_t = segment_times(g, u, len(u))
    todo = np.flatnonzero(seg_t >= 0).astype(np.int64)
    two_way = np.ascontiguousarray(~np.asarray(a.oneway, bool))
    n = len(u)
    out = (np.zeros(n), np.zeros(n, np.int64), np.zeros(n, np.int64), np.zeros(n, np.int64),
           np.zeros(n))  # fmt: skip
    for k in range(fields.shape[1]):
        field = np.ascontiguousarray(fields[:, k])
        c = np.ascontiguousarray(count[:, k])
        tight = kernels_closure.tight_out_degree(g.fwd_indptr, g.fwd_head, g.fwd_time, field)
        relevant = kernels_closure.demand_closure(
            g.fwd_indptr, g.fwd_head, g.fwd_time, field, np.flatnonzero(c > 0).astype(np.int64)
        )
        kernels_closure.closure_losses(
            u, v, seg_t, two_way, todo, g.fwd_indptr, g.fwd_head, g.fwd_time, g.fwd_seg,
            g.rev_indptr, g.rev_tail, g.rev_time, _reverse_segments(g), field, tight,
            relevant, np.ascontiguousarray(weight[:, k]), c, _shift(g), *out,
        )  # fmt: skip
    return out


def test_grid_demo_equals_the_previous_kernel(grid_analysis, ratio):
    a = grid_analysis
    net = a.prepared.network
    got = closure_losses(a.graph, net.seg_u, net.seg_v, a.oneway, a.demand)
    wsec, delayed, hsec, stranded, stranded_w = _previous_kernel(a)
    assert delayed.sum() > 0 and stranded.sum() >= 0
    np.testing.assert_array_equal(got.households_delayed, delayed)
    np.testing.assert_array_equal(got.households_stranded, stranded)
    np.testing.assert_allclose(got.weighted_seconds, wsec / 1000.0, rtol=1e-12)
    np.testing.assert_allclose(got.household_seconds, hsec / 1000.0, rtol=1e-12)
    np.testing.assert_allclose(got.stranded_weight, stranded_w, rtol=1e-12)

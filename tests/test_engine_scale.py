"""The large-network path of the engine: locality renumbering and the floored potential."""

from __future__ import annotations

import numpy as np
import pytest

from mataram_gis import locality
from mataram_gis.engine import Demand, build_graph, distance_fields, upgrade_benefits
from mataram_gis.oracle import brute_force_benefits


def grid(k: int, seed: int = 0):
    """A ``k x k`` street grid with random times, some one-way, three centres."""
    rng = np.random.default_rng(seed)
    ids = np.arange(k * k).reshape(k, k)
    u = np.concatenate([ids[:, :-1].ravel(), ids[:-1, :].ravel()])
    v = np.concatenate([ids[:, 1:].ravel(), ids[1:, :].ravel()])
    m = len(u)
    before = rng.integers(5_000, 60_000, m)
    after = before - rng.integers(0, 40_000, m).clip(max=before - 1000)
    oneway = rng.random(m) < 0.1
    centres = rng.choice(k * k, 3, replace=False)
    h = 400
    demand = Demand(
        node=rng.integers(0, k * k, h),
        weight=rng.choice([0.5, 1.0, 2.0], h),
        group=rng.integers(0, 4, h),
        targets=(centres,) + tuple(np.array([c]) for c in centres),
    )
    return k * k, u, v, oneway, before, after, demand


def test_breadth_first_order_is_a_permutation():
    n, u, v, *_ = grid(12)
    order = locality.breadth_first(n + 5, u, v)  # 5 isolated nodes at the end
    assert sorted(order.tolist()) == list(range(n + 5))
    assert set(order[-5:].tolist()) == set(range(n, n + 5))


@pytest.mark.parametrize("floor", [0, 2_000, 10_000, 10**9])
def test_renumbered_engine_equals_brute_force_on_a_grid(monkeypatch, floor):
    monkeypatch.setattr(locality, "REORDER_MIN_NODES", 0)
    n, u, v, oneway, before, after, demand = grid(14, seed=floor % 7)
    graph = build_graph(u, v, oneway, before, n_nodes=n)
    got = upgrade_benefits(
        graph, u, v, oneway, after, demand, method="forward", potential_floor=floor
    )
    want = brute_force_benefits(u, v, oneway, before, after, demand, n_nodes=n)
    np.testing.assert_array_equal(got.households, want.households)
    np.testing.assert_allclose(got.weighted_seconds, want.weighted_seconds, rtol=1e-12)


def test_renumbered_fields_follow_times_changed_in_place(monkeypatch):
    """The portfolio search changes a graph's edge times in place: the renumbered
    structure is cached per graph, but the times must be read afresh on every call."""
    monkeypatch.setattr(locality, "REORDER_MIN_NODES", 0)
    n, u, v, oneway, before, _, demand = grid(10, seed=3)
    graph = build_graph(u, v, oneway, before, n_nodes=n)
    distance_fields(graph, demand.targets)  # builds the cached renumbering
    faster = graph.time_ms // 3
    order_rev = np.argsort(graph.head, kind="stable")
    order_fwd = np.argsort(graph.tail, kind="stable")
    graph.time_ms[:] = faster
    graph.rev_time[:] = faster[order_rev]
    graph.fwd_time[:] = faster[order_fwd]
    t = before // 3
    fresh = build_graph(u, v, oneway, t, n_nodes=n)
    np.testing.assert_array_equal(
        distance_fields(graph, demand.targets), distance_fields(fresh, demand.targets)
    )

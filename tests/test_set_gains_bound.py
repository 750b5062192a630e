"""The pruning bound of the set gains: one edge out of each node on a simple route.

:func:`mataram_gis.set_gains.set_gains` bounds what a set saves on one route by the largest
saving of its edges out of each node, summed (a two-way road counts once, not twice), and
does not expand a node whose detour ``R`` is at least that bound. These tests build routes
whose detour is exactly one millisecond below the bound, so a bound or a prune one
millisecond too tight loses the gain.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis.engine import INF, Demand
from mataram_gis.oracle import brute_force_household_times
from mataram_gis.problem import UpgradeProblem, evaluate
from mataram_gis.set_gains import set_gains, set_slack
from mataram_gis.set_gains_kernels import detour_bound, extend_field
from tests.test_ruas import brute_force_set, ruas_networks
from tests.test_set_gains_fields import with_known_fields


def detour_road(before: list[int], after: list[int], *, extra: int, group: int) -> UpgradeProblem:
    """Household at node 0, its centre at node 1: a direct one-way link (row 0) and a
    two-way road 0 - 2 - ... - 1 (rows 1..k, the candidates). The direct link is ``extra``
    ms slower than the road once upgraded, so the road gains ``extra`` when positive."""
    k = len(before)
    chain = [0, *range(2, k + 1), 1]
    new_road = int(np.sum(after))
    u = np.array([0, *chain[:-1]], np.int64)
    v = np.array([1, *chain[1:]], np.int64)
    return UpgradeProblem(
        seg_u=u, seg_v=v, oneway=np.array([True] + [False] * k),
        before_ms=np.array([max(new_road + extra, 1), *before], np.int64),
        after_ms=np.array([max(new_road + extra, 1), *after], np.int64),
        cost=np.ones(k + 1), candidate=np.array([False, *np.less(after, before)]),
        demand=Demand(node=np.array([0, 0]), weight=np.array([1.5, 0.5]),
                      group=np.array([group, 1 - group]),
                      targets=(np.array([1]), np.array([1]))),
        n_nodes=k + 2, segment_ids=np.arange(k + 1), names=np.array([""] * (k + 1), object),
        length_m=np.full(k + 1, 100.0),
    )  # fmt: skip


def check(p: UpgradeProblem, rows: np.ndarray) -> None:
    """Gains on whole fields and on fields exact 0 ms beyond the households: brute force."""
    want, n_hh = brute_force_set(p, rows)
    for q in (p, with_known_fields(p, 0)):
        gain, hh = set_gains(q, [rows, rows[:1]])
        assert gain[0] / 3.6e6 == pytest.approx(want, rel=1e-12, abs=1e-12)
        assert gain[0] / 3.6e6 == pytest.approx(evaluate(p, rows), rel=1e-12, abs=1e-12)
        assert hh[0] == n_hh
        assert gain[1] / 3.6e6 == pytest.approx(brute_force_set(p, rows[:1])[0], abs=1e-12)


@pytest.mark.parametrize("group", [0, 1])
def test_a_road_whose_detour_is_one_ms_below_the_bound_still_gains(group):
    # Three segments of 66 ms made 33: the road saves 99 ms one way (198 both ways). Its
    # detour before is 99 + 1 - 1 = 98 ms over the direct link, one below the bound 99.
    p = detour_road([66, 66, 66], [33, 33, 33], extra=1, group=group)
    rows = np.arange(1, 4)
    assert set_slack(p, [rows]).tolist() == [99]  # each direction once, not 198
    want, n_hh = brute_force_set(p, rows)
    assert want * 3.6e6 == pytest.approx(2.0 * 1) and n_hh == 2
    check(p, rows)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cuts=st.lists(st.tuples(st.integers(2, 40), st.integers(0, 39)), min_size=1, max_size=6),
    extra=st.integers(-2, 3),
    group=st.integers(0, 1),
)
def test_roads_near_the_bound_equal_brute_force(cuts, extra, group):
    before = [b for b, _ in cuts]
    after = [max(b - c, 1) for b, c in cuts]
    p = detour_road(before, after, extra=extra, group=group)
    check(p, np.arange(1, len(cuts) + 1))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=ruas_networks(), picks=st.lists(st.lists(st.integers(0, 17), max_size=7), max_size=5))
def test_set_slack_bounds_every_household_saving_and_is_at_most_the_whole_saving(case, picks):
    p, _ = case
    sets = [np.unique([r for r in pick if r < p.n_segments]).astype(np.int64) for pick in picks]
    slack = set_slack(p, sets)
    base = brute_force_household_times(
        p.seg_u, p.seg_v, p.oneway, p.before_ms, p.demand, n_nodes=p.n_nodes
    )
    whole = np.bincount(
        p.graph.segment, weights=np.maximum(p.edge_before_ms - p.edge_after_ms, 0),
        minlength=p.n_segments,
    )  # fmt: skip
    for rows, s in zip(sets, slack, strict=True):
        new = brute_force_household_times(
            p.seg_u, p.seg_v, p.oneway, p.times_with(rows), p.demand, n_nodes=p.n_nodes
        )
        saved = np.where(base < INF, base - new, 0)
        assert saved.max(initial=0) <= s <= whole[rows].sum()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=ruas_networks(), margin=st.integers(0, 80), caps=st.tuples(*[st.integers(0, 200)] * 2))
def test_widening_continues_fields_and_detours_exactly(case, margin, caps):
    """The whole field continued from a radius-bounded one, and the detours continued from
    those searched on it, equal both searched afresh on the whole field."""
    p, _ = case
    g = p.graph
    known = with_known_fields(p, margin).known_fields
    shift = max(1, int(g.n_nodes).bit_length())
    lo, hi = min(caps), max(caps) + margin + 1
    for grp in np.flatnonzero(p.node_count[:, 1:].any(axis=0)) + 1:  # as set_gains: housed
        whole = p.base_fields[:, grp]
        part = np.ascontiguousarray(known[:, grp])
        np.testing.assert_array_equal(
            extend_field(g.rev_indptr, g.rev_tail, g.rev_time, part, shift), whole
        )
        sources = np.flatnonzero(p.node_count[:, grp] > 0).astype(np.int64)
        none = np.zeros(g.n_nodes, np.int64)
        first = detour_bound(g.fwd_indptr, g.fwd_head, g.fwd_time, part, sources, shift,
                             np.int64(min(lo, margin + 1)), none, np.int64(0))  # fmt: skip
        fresh = detour_bound(g.fwd_indptr, g.fwd_head, g.fwd_time, whole, sources, shift,
                             np.int64(hi), none, np.int64(0))  # fmt: skip
        again = detour_bound(g.fwd_indptr, g.fwd_head, g.fwd_time, whole, sources, shift,
                             np.int64(hi), first, np.int64(min(lo, margin + 1)))  # fmt: skip
        np.testing.assert_array_equal(again, fresh)

"""Set gains on the analysis's own (radius-bounded) fields, per-group slack and threads.

:func:`mataram_gis.set_gains.set_gains` uses the fields the analysis already computed
(group 0 whole, named groups exact only up to a margin beyond their farthest household),
widens a group to its whole field only for the sets that need it, restricts each group to
the set's edges its gaining routes may use, and spreads the sets over threads. Every one of
these paths must give the brute-force benefit, and the same as the plain whole-field path.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis import set_gains as set_gains_module
from mataram_gis.engine import INF, Demand, distance_fields, needed_nodes
from mataram_gis.problem import UpgradeProblem, evaluate
from mataram_gis.ruas import rank_ruas
from mataram_gis.set_gains import set_gains
from tests.test_ruas import brute_force_set, ruas_networks


def with_known_fields(p: UpgradeProblem, margin: int) -> UpgradeProblem:
    """``p`` carrying fields computed as the analysis does, exact up to ``margin``."""
    fields = distance_fields(
        p.graph, p.demand.targets, settle=(None, *needed_nodes(p.demand)[1:]), margin=margin
    )
    return dataclasses.replace(p, known_fields=np.asfortranarray(fields), known_margin=margin)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    case=ruas_networks(),
    margin=st.integers(0, 130),
    picks=st.lists(st.lists(st.integers(0, 17), max_size=7), min_size=1, max_size=5),
)
def test_known_fields_path_equals_brute_force_and_whole_fields(case, margin, picks):
    p, _ = case
    sets = [np.unique([r for r in pick if r < p.n_segments]).astype(np.int64) for pick in picks]
    known = with_known_fields(p, margin)
    gain, hh = set_gains(known, sets)
    whole_gain, whole_hh = set_gains(p, sets)
    for i, rows in enumerate(sets):
        want, n_hh = brute_force_set(p, rows)
        assert gain[i] / 3.6e6 == pytest.approx(want, rel=1e-12, abs=1e-12)
        assert gain[i] / 3.6e6 == pytest.approx(evaluate(p, rows), rel=1e-12, abs=1e-12)
        assert hh[i] == n_hh
    np.testing.assert_allclose(gain, whole_gain, rtol=1e-12, atol=1e-9)
    np.testing.assert_array_equal(hh, whole_hh)
    # the problem's own array is never changed (widening works on a copy)
    again = with_known_fields(p, margin).known_fields
    np.testing.assert_array_equal(known.known_fields, again)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=ruas_networks(), margin=st.integers(0, 130), data=st.data())
def test_threads_give_the_same_gains_as_one_thread(case, margin, data):
    p, _ = case
    picks = data.draw(st.lists(st.lists(st.integers(0, 17), max_size=6), min_size=2, max_size=9))
    sets = [np.unique([r for r in pick if r < p.n_segments]).astype(np.int64) for pick in picks]
    one = set_gains(with_known_fields(p, margin), sets)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(set_gains_module, "_PARALLEL_EDGES", 0)  # every call spread over threads
        many = set_gains(with_known_fields(p, margin), sets)
    np.testing.assert_array_equal(one[0], many[0])
    np.testing.assert_array_equal(one[1], many[1])


def test_analysis_fields_are_reused_and_give_the_same_ruas(grid_analysis):
    p = UpgradeProblem.from_analysis(grid_analysis)
    assert p.known_fields is grid_analysis.fields
    assert p.known_margin == grid_analysis.field_margin >= 0
    before = grid_analysis.fields.copy()
    layer = rank_ruas(p, grid_analysis.segments)
    np.testing.assert_array_equal(grid_analysis.fields, before)  # never written to
    assert "base_fields" not in p.__dict__  # no whole field was needed on this grid
    plain = dataclasses.replace(p, known_fields=None, known_margin=-1)
    other = rank_ruas(plain, grid_analysis.segments)
    for col in ("benefit", "households_benefiting", "best_benefit", "best_sta_from_m"):
        np.testing.assert_allclose(
            layer[col].to_numpy(float), other[col].to_numpy(float), rtol=1e-12, equal_nan=True
        )
    assert layer["nomor_ruas"].tolist() == other["nomor_ruas"].tolist()


def test_a_far_detour_made_fast_widens_the_group_to_its_whole_field():
    """Household at node 1 of centre 0 (10 ms); the detour 1 -> 2 -> 0 (100 ms) becomes 2 ms.

    With fields exact only 0 ms beyond the household, node 2 is ``INF``: the pair of
    upgrades saves 98 ms > 0 there, so the group must be widened to its whole field."""
    p = UpgradeProblem(
        seg_u=np.array([1, 1, 2]), seg_v=np.array([0, 2, 0]), oneway=np.ones(3, bool),
        before_ms=np.array([10, 50, 50]), after_ms=np.array([10, 1, 1]),
        cost=np.ones(3), candidate=np.array([False, True, True]),
        demand=Demand(node=np.array([1]), weight=np.array([2.0]), group=np.array([1]),
                      targets=(np.array([0]), np.array([0]))),
        n_nodes=3, segment_ids=np.arange(3), names=np.array([""] * 3, object),
        length_m=np.full(3, 100.0),
    )  # fmt: skip
    known = with_known_fields(p, 0)
    assert known.known_fields[2, 1] == INF  # beyond the margin
    gain, hh = set_gains(known, [np.array([1, 2]), np.array([1]), np.array([2])])
    assert gain.tolist() == [2.0 * 8, 0.0, 0.0] and hh.tolist() == [1, 0, 0]
    assert gain[0] / 3.6e6 == pytest.approx(evaluate(p, [1, 2]), rel=1e-12)

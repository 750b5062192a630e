"""Re-ranking on a kept Prepared equals a fresh analysis, whatever changed in between.

The analysis keeps scenario-independent structures in ``Prepared.cache`` (segment codes,
table templates, the graph's structure, the centres' core); these tests change the
scenario in every way that touches them and compare with an analysis that starts cold.
"""

from __future__ import annotations

import contextlib

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis.analysis import analyse, prepare
from mataram_gis.oracle import brute_force_benefits
from mataram_gis.scenario import Scenario
from mataram_gis.segment_table import rank_of
from tests.factories import grid_inputs

SCENARIOS = st.builds(
    Scenario,
    mode=st.sampled_from(["motorcycle", "car", "walk"]),
    equity_weights=st.fixed_dictionaries(
        {d: st.sampled_from([0.5, 1.0, 3.0]) for d in range(1, 5)}
    ),
    target_condition=st.sampled_from(["baik", "sedang"]),
    snap_distance_m=st.sampled_from([80.0, 500.0]),
    base_speed_kmh=st.sampled_from([{}, {"motorcycle": {"gang": 40.0, "residential": None}}]),
    condition_cap_kmh=st.sampled_from(
        [{}, {"motorcycle": {"sedang": 12.0}, "car": {"baik": 20.0}}]
    ),
    candidate_authorities=st.sampled_from([["kota"], [], ["provinsi"]]),
    min_length_m=st.sampled_from([0.0, 200.0]),
    exclude_good=st.booleans(),
    condition_treatment=st.sampled_from([{}, {"sedang": "rehabilitasi"}]),
    treatment_target=st.sampled_from([{}, {"rehabilitasi": "sedang"}]),
    unit_price_rp_m2=st.sampled_from([{}, {"rehabilitasi": {"aspal": 7.0}}]),
    cost_basis=st.sampled_from(["m2", "km"]),
    lingkungan_is_city=st.booleans(),
)


@pytest.fixture(scope="module")
def kept():
    """One Prepared reused by every example (its cache carries over between them)."""
    return prepare(grid_inputs(seed=3, n_households=40))


def _same(a, b) -> None:
    for name in ("segments", "origins", "centres"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True)
    np.testing.assert_array_equal(a.fields, b.fields)
    np.testing.assert_array_equal(a.graph.rev_time, b.graph.rev_time)
    np.testing.assert_array_equal(a.graph.fwd_time, b.graph.fwd_time)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=SCENARIOS, second=SCENARIOS)
def test_rerank_on_a_kept_prepared_equals_a_cold_analysis(kept, first, second):
    with contextlib.suppress(Exception):
        analyse(kept, first)  # leaves its structures in the cache (or fails: bad scenario)
    try:
        warm = analyse(kept, second)
    except Exception as exc:  # the cold run must fail the same way
        with pytest.raises(type(exc)):
            analyse(prepare(grid_inputs(seed=3, n_households=40)), second)
        return
    cold = analyse(prepare(grid_inputs(seed=3, n_households=40)), second)
    _same(warm, cold)
    net = kept.network
    want = brute_force_benefits(
        net.seg_u, net.seg_v, warm.oneway, warm.before_ms, warm.after_ms, warm.demand,
        n_nodes=net.n_nodes,
    )  # fmt: skip
    rows = warm.segments["segment_id"].to_numpy()
    np.testing.assert_array_equal(warm.segments["households_benefiting"], want.households[rows])
    np.testing.assert_allclose(
        warm.segments["benefit"], want.weighted_seconds[rows] / 3600, rtol=1e-12
    )


def test_reused_graph_shares_structure_only_when_the_edges_are_the_same(kept):
    a = analyse(kept, Scenario())
    b = analyse(kept, Scenario(equity_weights={1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0}))
    assert b.graph.rev_indptr is a.graph.rev_indptr
    c = analyse(kept, Scenario(mode="walk"))  # two-way everywhere: other edges
    assert c.graph.rev_indptr is not a.graph.rev_indptr
    assert len(c.graph.tail) > len(a.graph.tail)


@given(
    benefit=st.lists(st.sampled_from([0.0, 1.0, 2.5, 7.0, -1.0, np.nan]), min_size=1, max_size=40),
    physical=st.booleans(),
    data=st.data(),
)
def test_rank_of_orders_as_a_pandas_sort(benefit, physical, data):
    n = len(benefit)
    per_cost = data.draw(
        st.lists(st.sampled_from([np.nan, 0.0, 0.5, 2.0]), min_size=n, max_size=n)
    )
    if physical:  # as costs make them: no benefit, per cost 0 (or NaN where cost 0)
        per_cost = [
            c if b != 0 else (0.0 if c == 0.5 else c * 0)
            for b, c in zip(benefit, per_cost, strict=True)
        ]
    candidate = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    ids = np.array(data.draw(st.permutations(range(100, 100 + n))))
    frame = pd.DataFrame({"benefit": benefit, "benefit_per_cost": per_cost, "segment_id": ids})
    ranked = frame.loc[candidate].sort_values(
        ["benefit", "benefit_per_cost", "segment_id"],
        ascending=[False, False, True],
        na_position="last",
    )
    want = pd.Series(pd.NA, index=frame.index, dtype="Int64")
    want.loc[ranked.index] = np.arange(1, len(ranked) + 1)
    got = rank_of(np.array(benefit), np.array(per_cost), ids, candidate)
    pd.testing.assert_series_equal(pd.Series(got), want, check_names=False)


def test_kept_recomputes_exactly_when_an_input_changes():
    from mataram_gis.rerank import kept

    calls: list[int] = []
    cache: dict = {}
    owner, other = object(), object()
    arr = np.arange(5)

    def get(obj, value, a):
        return kept(cache, "slot", lambda: calls.append(1) or len(calls),
                    objects=(obj,), values=(value,), arrays=(a,))  # fmt: skip

    assert get(owner, 1.0, arr) == 1
    assert get(owner, 1.0, arr.copy()) == 1  # equal values: kept
    arr[0] = 7  # the caller's array changed after the call: the kept copy did not
    assert get(owner, 1.0, arr) == 2
    assert get(other, 1.0, arr) == 3  # another object, even if equal
    assert get(other, 2.0, arr) == 4
    assert get(other, 2.0, arr[:4]) == 5  # other shape
    assert kept(None, "slot", lambda: "fresh") == "fresh"  # no cache: always computed

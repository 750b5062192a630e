"""The pipeline on a real (small) layer set: contract columns, exclusions, candidates."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import Point

from mataram_gis.analysis import SEGMENT_COLUMNS, analyse, prepare
from mataram_gis.oracle import brute_force_benefits
from mataram_gis.scenario import Scenario
from tests.factories import X0, Y0, grid_inputs


def test_segments_carry_contract_columns_and_ranks(grid_analysis):
    seg = grid_analysis.segments
    assert list(seg.columns[: len(SEGMENT_COLUMNS)]) == list(SEGMENT_COLUMNS)
    ranked = seg.dropna(subset=["rank"]).sort_values("rank")
    assert ranked["rank"].tolist() == list(range(1, len(ranked) + 1))
    assert ranked["benefit"].is_monotonic_decreasing
    assert (seg.loc[seg["condition"] == "baik", "rank"].isna()).all()


def test_benefit_equals_brute_force_on_the_pipeline(grid_analysis):
    a = grid_analysis
    net = a.prepared.network
    oneway = net.segments["oneway"].to_numpy(bool)
    want = brute_force_benefits(
        net.seg_u, net.seg_v, oneway, a.before_ms, a.after_ms, a.demand, n_nodes=net.n_nodes
    )
    np.testing.assert_allclose(a.segments["benefit"], want.weighted_seconds / 3600, rtol=1e-12)
    np.testing.assert_array_equal(a.segments["households_benefiting"], want.households)


def test_far_household_and_unknown_centre_are_excluded_with_reasons():
    inputs = grid_inputs(n_households=5)
    hh = inputs.households
    hh.loc[0, "geometry"] = Point(X0 - 5000, Y0)
    hh.loc[1, "centre"] = "C99"
    a = analyse(prepare(inputs), Scenario())
    excl = a.origins["excluded"]
    assert "within 500 m" in excl[0]
    assert "C99" in excl[1]
    assert (excl[2:] == "").all()
    assert a.origins.loc[0, "weight"] == 0
    assert len(a.origins) == 5


def test_equity_weights_scale_benefit_linearly():
    p = prepare(grid_inputs())
    a = analyse(p, Scenario())
    b = analyse(
        p, Scenario(equity_weights={k: 2 * v for k, v in Scenario().equity_weights.items()})
    )
    np.testing.assert_allclose(b.segments["benefit"], 2 * a.segments["benefit"], rtol=1e-12)


def test_candidate_filter_by_authority_and_length():
    p = prepare(grid_inputs())
    a = analyse(p, Scenario(candidate_authorities=["nasional"]))
    assert a.segments["rank"].isna().all()
    a = analyse(p, Scenario(min_length_m=1000))
    assert not a.segments["candidate"].any()


@pytest.mark.parametrize("mode", ["car", "walk"])
def test_other_modes_run(mode):
    a = analyse(prepare(grid_inputs()), Scenario(mode=mode))
    assert len(a.segments) > 0
    if mode == "car":
        assert not (a.segments["highway"] == "gang").any()

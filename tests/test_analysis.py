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


def _origin_words_reference(a) -> tuple[list[str], list[str]]:
    """``centre`` and ``excluded`` per household, word by word as the table defines them."""
    hh = a.prepared.households
    ids = a.centres["centre_id"].tolist()
    nodes = a.centres["node"].to_numpy()
    field0 = a.fields[:, 0]
    centre, excluded = [], []
    for i, named in enumerate(hh["centre"]):
        node = int(a.origins.loc[i, "node"])
        if named and named not in ids:
            centre.append(named)
            excluded.append(f"centre '{named}' is not in the centres file")
        elif node < 0:
            centre.append(named)
            excluded.append("far" if "check its coordinates" in a.origins.loc[i, "excluded"]
                            else "no route")  # fmt: skip
        else:
            # nearest centre: the one whose own field gives the group-0 time
            near = [c for c, n in zip(ids, nodes, strict=True) if a.fields[node, ids.index(c) + 1]
                    == field0[node]]  # fmt: skip
            centre.append(named or near[0])
            excluded.append("")
    return centre, excluded


def test_origin_columns_and_centre_counts_equal_a_word_by_word_build():
    inputs = grid_inputs(n_households=40)
    hh = inputs.households
    hh.loc[0, "geometry"] = Point(X0 - 5000, Y0)  # far from every road
    hh.loc[0, "centre"] = ""
    hh.loc[[1, 2], "centre"] = ["C99", "C98"]  # unknown centres
    hh.loc[3, "centre"] = "C99"
    ids = inputs.centres["centre_id"].tolist()
    hh.loc[[4, 5, 6], "centre"] = ids[0]
    hh.loc[7, "centre"] = ids[-1]
    p = prepare(inputs)
    for scenario in (Scenario(), Scenario(snap_distance_m=80.0), Scenario()):  # re-ranks
        a = analyse(p, scenario)
        centre, excluded = _origin_words_reference(a)
        got = a.origins["excluded"].tolist()
        assert got[1] == "centre 'C99' is not in the centres file"
        assert got[2] == "centre 'C98' is not in the centres file"
        assert a.origins["centre"].tolist()[:4] == ["", "C99", "C98", "C99"]
        for i, want in enumerate(excluded):
            if want in ("far", "no route"):
                assert got[i].startswith("no road within"), i
            else:
                assert got[i] == want, i
        used = a.origins["excluded"] == ""
        assert a.origins.loc[used, "centre"].tolist() == [
            c for c, e in zip(centre, excluded, strict=True) if e == ""
        ]
        counts = a.origins.loc[used, "centre"].value_counts()
        want_counts = a.centres["centre_id"].map(counts).fillna(0).astype(np.int64)
        assert a.centres["households"].tolist() == want_counts.tolist()
        assert str(a.origins["centre"].dtype) == str(a.origins["household_id"].dtype)

"""ScenarioSet JSON round trip and the comparison of two analyses."""

from __future__ import annotations

import pytest

from mataram_gis.analysis import analyse
from mataram_gis.errors import ScenarioError
from mataram_gis.scenario import Scenario
from mataram_gis.scenarios import ScenarioSet, compare


def test_scenario_set_round_trip_and_order():
    s = ScenarioSet([Scenario(name="Dasar"), Scenario(name="Mobil", mode="car")])
    s["Jalan kaki"] = Scenario(mode="walk")
    assert list(s) == ["Dasar", "Mobil", "Jalan kaki"]
    assert s["Jalan kaki"].name == "Jalan kaki"
    back = ScenarioSet.from_json(s.to_json())
    assert back == s and back.active == "Dasar"
    s.rename("Mobil", "Car")
    assert list(s) == ["Dasar", "Car", "Jalan kaki"] and s["Car"].mode == "car"
    del s["Dasar"]
    assert s.active == "Car"
    with pytest.raises(ScenarioError):
        s.add(Scenario(name="Car"))
    with pytest.raises(ScenarioError):
        s["nope"]
    with pytest.raises(ScenarioError):
        ScenarioSet.from_json("{not json")


def test_compare_two_analyses(grid_analysis):
    b = analyse(grid_analysis.prepared, Scenario(name="Mobil", mode="car"))
    c = compare(grid_analysis, b)
    seg = c.segments
    assert {"rank_a", "rank_b", "rank_change", "benefit_a", "benefit_b"} <= set(seg.columns)
    row = seg.dropna(subset=["rank_a", "rank_b"]).iloc[0]
    assert row["rank_change"] == row["rank_a"] - row["rank_b"]
    assert (c.rose["rank_change"] > 0).all() and (c.fell["rank_change"] < 0).all()
    assert list(c.totals.columns) == ["a", "b", "change"]
    same = compare(grid_analysis, grid_analysis)
    assert (same.segments["rank_change"].dropna() == 0).all() and same.rose.empty

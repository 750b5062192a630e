"""The scenario object validates and round-trips through JSON."""

from __future__ import annotations

import pytest

from mataram_gis.errors import ScenarioError
from mataram_gis.scenario import DEFAULT_EQUITY_WEIGHTS, Scenario


def test_json_round_trip_keeps_every_parameter():
    s = Scenario(
        name="Uji", mode="car", equity_weights={1: 5, 2: 2, 3: 1, 4: 0.5}, trips_per_year=100,
        unit_cost_rp_per_km={"gang": {"rusak berat": 1e9}}, candidate_authorities=["kota"],
        base_speed_kmh={"car": {"primary": 50}}, budget_rp=1e10,
    )  # fmt: skip
    back = Scenario.from_json(s.to_json())
    assert back == s
    assert back.equity_weights[1] == 5.0


def test_defaults_weight_extreme_poverty_highest():
    s = Scenario()
    assert s.mode == "motorcycle"
    assert max(DEFAULT_EQUITY_WEIGHTS, key=DEFAULT_EQUITY_WEIGHTS.get) == 1


def test_overrides_merge_over_default_tables():
    s = Scenario(base_speed_kmh={"motorcycle": {"gang": 20.0}})
    assert s.speed_table()["gang"] == 20.0
    assert s.speed_table()["primary"] == 40.0
    s = Scenario(unit_cost_rp_per_km={"gang": {"sedang": 1.0}})
    assert s.cost_table()["gang"]["sedang"] == 1.0
    assert s.cost_table()["gang"]["rusak berat"] > 1.0


@pytest.mark.parametrize(
    "changes",
    [
        {"mode": "boat"},
        {"target_condition": "excellent"},
        {"equity_weights": {1: -1}},
        {"equity_weights": {7: 1}},
        {"trips_per_year": 0},
        {"snap_distance_m": -5},
        {"budget_rp": -1},
    ],
)
def test_bad_values_raise_clear_errors(changes):
    with pytest.raises(ScenarioError):
        Scenario().replace(**changes)


def test_unknown_keys_and_bad_json_are_refused():
    with pytest.raises(ScenarioError, match="unknown scenario parameter"):
        Scenario.from_dict({"speed": 3})
    with pytest.raises(ScenarioError, match="not valid JSON"):
        Scenario.from_json("{nope")

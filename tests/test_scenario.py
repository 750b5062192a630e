"""The scenario object validates and round-trips through JSON."""

from __future__ import annotations

import dataclasses
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mataram_gis import speeds
from mataram_gis.errors import ScenarioError
from mataram_gis.scenario import DEFAULT_EQUITY_WEIGHTS, Scenario
from mataram_gis.scenario_check import check_fields


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


# -- issue 9, finding 5: every value typed and range-checked ------------------------------
@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"equity_weights": {"x": 1}}, ["equity_weights", '"x"', '"1", "2", "3", "4"']),
        ({"equity_weights": [1, 2]}, ["equity_weights", "[1, 2]", "object"]),
        ({"trips_per_year": "250"}, ["trips_per_year", '"250"', "> 0 and <= 10000"]),
        ({"trips_per_year": float("inf")}, ["trips_per_year", "Infinity", "<= 10000"]),
        ({"trips_per_year": float("nan")}, ["trips_per_year", "NaN", "<= 10000"]),
        ({"trips_per_year": 1e9}, ["trips_per_year", "1000000000", "<= 10000"]),
        ({"trips_per_year": 10**400}, ["trips_per_year", "too large"]),
        ({"min_length_m": "a"}, ["min_length_m", '"a"', ">= 0"]),
        ({"candidate_authorities": "kota"}, ["candidate_authorities", '["kota"]']),
        ({"candidate_authorities": ["kab"]}, ["candidate_authorities[0]", '"kab"', '"kota"']),
        ({"exclude_good": "no"}, ["exclude_good", '"no"', "true or false"]),
        ({"exclude_good": 0}, ["exclude_good", "true or false"]),
        (
            {"base_speed_kmh": {"motorcycle": {"primary": "fast"}}},
            ['base_speed_kmh["motorcycle"]["primary"]', '"fast"', "> 0 and <= 200"],
        ),
        (
            {"base_speed_kmh": {"motorcycle": {"primary": -5}}},
            ['base_speed_kmh["motorcycle"]["primary"]', "-5", "> 0 and <= 200"],
        ),
        (
            {"base_speed_kmh": {"motorcycle": {"primary": 0}}},
            ["primary", "> 0", "null closes"],
        ),
        (
            {"base_speed_kmh": {"motorcycle": {"primery": 30}}},
            ["unknown key", '"primery"', '"primary"'],
        ),
        ({"base_speed_kmh": {"boat": {}}}, ["unknown key", '"boat"', '"motorcycle"']),
        ({"base_speed_kmh": {"car": 30}}, ['base_speed_kmh["car"]', "object"]),
        (
            {"condition_factor": {"motorcycle": {"sedang": -1}}},
            ['condition_factor["motorcycle"]["sedang"]', "-1", "> 0 and <= 2"],
        ),
        (
            {"condition_factor": {"car": {"sedang": float("nan")}}},
            ['condition_factor["car"]["sedang"]', "NaN", "> 0 and <= 2"],
        ),
        ({"condition_factor": {"car": {"sedang": None}}}, ["sedang", "null", "> 0"]),
        (
            {"unit_cost_rp_per_km": {"gang": {"sedang": -1}}},
            ['unit_cost_rp_per_km["gang"]["sedang"]', ">= 0 and <= 1e+13"],
        ),
        (
            {"unit_cost_rp_per_km": {"gang": {"sedang": 1e308}}},
            ['unit_cost_rp_per_km["gang"]["sedang"]', "1e+308", "<= 1e+13"],
        ),
        ({"unit_cost_rp_per_km": {"gang": {"baik": 1}}}, ["unknown key", '"baik"', '"sedang"']),
        ({"mode": "fast"}, ["mode", '"fast"', '"motorcycle"']),
        ({"mode": 3}, ["mode", "3", '"motorcycle"']),
        ({"name": None}, ["name", "null"]),
        ({"budget_rp": float("-inf")}, ["budget_rp", "-Infinity", ">= 0"]),
        ({"snap_distance_m": True}, ["snap_distance_m", "true", "not a number"]),
    ],
)
def test_types_and_ranges_refused_naming_key_value_and_range(data, words):
    with pytest.raises(ScenarioError) as err:
        Scenario.from_dict(data)
    for word in words:
        assert word in err.value.message, err.value.message


def test_null_allowed_where_the_table_means_closed_or_uncapped():
    s = Scenario.from_dict(
        {
            "mode": "car",
            "base_speed_kmh": {"car": {"gang": None}},
            "condition_cap_kmh": {"car": {"sedang": None}},
            "budget_rp": None,
            "equity_weights": {"1": 4, "2": 2, "3": 1, "4": 0},
            "trips_per_year": 300,
        }
    )
    assert s.speed_table()["gang"] is None and s.cap_table()["sedang"] is None
    assert s.equity_weights == {1: 4.0, 2: 2.0, 3: 1.0, 4: 0.0}
    assert isinstance(s.trips_per_year, float)
    assert Scenario.from_json(s.to_json()) == s


def test_a_list_or_text_is_not_a_scenario():
    for data in ([], "x", 1, None):
        with pytest.raises(ScenarioError, match="JSON object"):
            Scenario.from_dict(data)
    with pytest.raises(ScenarioError, match="JSON object"):
        Scenario.from_json("[1, 2]")


def test_scenario_file_in_latin1_gets_a_clear_message(tmp_path):
    path = tmp_path / "skenario.json"
    path.write_bytes('{"name": "Kota Tua – ñ"}'.encode("cp1252"))
    with pytest.raises(ScenarioError, match="not UTF-8") as err:
        Scenario.from_file(path)
    assert str(path) in err.value.message and "UTF-8" in err.value.fix
    path.write_text('\ufeff{"name": "Ampenan", "trips_per_year": 200}', encoding="utf-8")
    assert Scenario.from_file(path).trips_per_year == 200.0
    with pytest.raises(ScenarioError, match="cannot read"):
        Scenario.from_file(tmp_path / "none.json")


def test_fields_added_later_are_checked_from_their_types():
    @dataclasses.dataclass
    class Later(Scenario):
        discount_rate: float = dataclasses.field(default=0.1, metadata={"range": (0, 1)})
        years: int = 5
        show_map: bool = True
        funds: list[str] = dataclasses.field(
            default_factory=list, metadata={"choices": ("apbd", "dak")}
        )

    assert Later(discount_rate=0.25, years=10).discount_rate == 0.25
    for bad, key in (
        ({"discount_rate": 1.5}, "discount_rate"),
        ({"discount_rate": "0.1"}, "discount_rate"),
        ({"years": 2.5}, "years"),
        ({"years": float("inf")}, "years"),
        ({"show_map": "no"}, "show_map"),
        ({"funds": "apbd"}, '["apbd"]'),
        ({"funds": ["dau"]}, '"dak"'),
        ({"trips_per_year": -1}, "trips_per_year"),
    ):
        with pytest.raises(ScenarioError, match=re.escape(key)):
            Later(**bad)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8)
    | st.sampled_from(["kota", "baik", "car", "sedang", "primary", "1", "motorcycle"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["motorcycle", "car", "gang", "sedang", "1", "4", "x", "local"]),
            inner,
            max_size=3,
        )
    ),
    max_leaves=8,
)
KEYS = [f.name for f in dataclasses.fields(Scenario)]


def _table(outer, inner, values):
    return st.dictionaries(
        st.sampled_from(outer), st.dictionaries(st.sampled_from(inner), values, max_size=3)
    )


_SPEED = st.none() | st.floats(1, 100)
VALID = {
    "name": st.text(max_size=10),
    "mode": st.sampled_from(speeds.MODES),
    "equity_weights": st.dictionaries(st.sampled_from(["1", "2", "3", "4"]), st.floats(0, 10)),
    "trips_per_year": st.floats(1, 1000),
    "target_condition": st.sampled_from(speeds.CONDITIONS),
    "walk_speed_kmh": st.floats(1, 10),
    "snap_distance_m": st.floats(10, 5000),
    "base_speed_kmh": _table(speeds.MODES, speeds.ROAD_CLASSES, _SPEED),
    "condition_cap_kmh": _table(speeds.MODES, speeds.CONDITIONS, _SPEED),
    "condition_factor": _table(speeds.MODES, speeds.CONDITIONS, st.floats(0.1, 1)),
    "unit_cost_rp_per_km": _table(
        list(speeds.UNIT_COST_RP_PER_KM), ["sedang", "rusak berat"], st.floats(0, 1e10)
    ),
    "candidate_authorities": st.lists(st.sampled_from(["kota", "provinsi", "nasional", ""])),
    "min_length_m": st.floats(0, 100),
    "exclude_good": st.booleans(),
    "budget_rp": st.none() | st.floats(0, 1e12),
}
SCENARIO_JSON = st.lists(st.sampled_from(KEYS), unique=True, max_size=4).flatmap(
    lambda keys: st.fixed_dictionaries(
        {k: st.one_of(VALID.get(k, JSON_VALUES), JSON_VALUES) for k in keys}
    )
)


@settings(max_examples=400, deadline=None)
@given(data=SCENARIO_JSON)
def test_fuzz_any_json_gives_a_scenario_or_scenario_error(data):
    try:
        s = Scenario.from_dict(data)
    except ScenarioError as exc:
        assert "scenario" in exc.message.lower() or "unknown" in exc.message
        return
    # A valid scenario has only finite numbers in range, and round-trips exactly.
    numbers = [s.trips_per_year, s.walk_speed_kmh, s.snap_distance_m, s.min_length_m]
    numbers += list(s.equity_weights.values())
    for table in (s.speed_table(), s.cap_table(), s.factor_table()):
        numbers += [v for v in table.values() if v is not None]
    numbers += [v for row in s.cost_table().values() for v in row.values()]
    assert all(isinstance(v, float) and math.isfinite(v) and v >= 0 for v in numbers)
    assert s.trips_per_year > 0 and isinstance(s.exclude_good, bool)
    assert Scenario.from_json(s.to_json()) == s


def test_fuzz_examples_are_sometimes_valid():
    """The fuzz above must see valid scenarios too, or it proves nothing."""
    seen = {"ok": 0, "error": 0}

    @settings(max_examples=200, deadline=None, database=None)
    @given(data=SCENARIO_JSON)
    def run(data):
        try:
            Scenario.from_dict(data)
            seen["ok"] += 1
        except ScenarioError:
            seen["error"] += 1

    run()
    assert seen["ok"] >= 10 and seen["error"] >= 10, seen


def test_nested_parameter_groups_are_named_with_their_prefix():
    @dataclasses.dataclass
    class Group:
        rate: float = dataclasses.field(default=0.1, metadata={"range": (0, 1)})
        draws: int = 10

    group = Group(rate=0.5, draws=20.0)
    check_fields(group, prefix="appraisal.")
    assert group.draws == 20 and isinstance(group.draws, int)
    for bad, words in (
        (Group(rate=2.0), ["appraisal.rate", ">= 0 and <= 1"]),
        (Group(draws="many"), ["appraisal.draws", '"many"', "whole number"]),
    ):
        with pytest.raises(ScenarioError) as err:
            check_fields(bad, prefix="appraisal.")
        for word in words:
            assert word in err.value.message, err.value.message

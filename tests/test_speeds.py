"""The speed, condition and cost tables behave as documented."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mataram_gis import speeds
from mataram_gis.scenario import Scenario


@pytest.mark.parametrize(
    ("word", "canonical"),
    [
        ("Baik", "baik"), ("good", "baik"), ("SEDANG", "sedang"), ("fair", "sedang"),
        ("Rusak Ringan", "rusak ringan"), ("rusak_ringan", "rusak ringan"),
        ("poor", "rusak ringan"), ("rusak-berat", "rusak berat"), ("very_bad", "rusak berat"),
        ("horrible", "rusak berat"), ("intermediate", "sedang"),
    ],
)  # fmt: skip
def test_condition_words(word, canonical):
    assert speeds.normalise_condition(word) == canonical


def test_unknown_condition_word_is_none():
    assert speeds.normalise_condition("lumayan") is None
    assert speeds.normalise_condition(None) is None


def test_worse_condition_is_never_faster():
    s = Scenario()
    for cls in ("primary", "residential", "gang"):
        v = speeds.speed_kmh(
            pd.Series([cls] * 4), pd.Series(list(speeds.CONDITIONS)), mode="motorcycle",
            base=s.speed_table(), caps=s.cap_table(), factors=s.factor_table(),
        )  # fmt: skip
        assert np.all(np.diff(v) <= 0)
        assert v[0] > v[-1]


def test_car_cannot_use_gang_and_link_takes_parent_speed():
    s = Scenario(mode="car")
    v = speeds.speed_kmh(
        pd.Series(["gang", "primary_link", "primary"]), pd.Series(["baik"] * 3), mode="car",
        base=s.speed_table(), caps=s.cap_table(),
    )  # fmt: skip
    assert np.isnan(v[0])
    assert v[1] == v[2]


def test_maxspeed_caps():
    s = Scenario()
    v = speeds.speed_kmh(
        pd.Series(["primary"]), pd.Series(["baik"]), mode="motorcycle", base=s.speed_table(),
        caps=s.cap_table(), maxspeed_kmh=pd.Series([20.0]),
    )  # fmt: skip
    assert v[0] == 20.0


def test_travel_time_is_whole_milliseconds():
    t = speeds.travel_time_ms(np.array([100.0, 0.001, 50.0]), np.array([36.0, 36.0, np.nan]))
    assert t.tolist() == [10_000, 1, -1]


def test_upgrade_cost_is_zero_at_target_and_grows_with_damage():
    s = Scenario()
    c = speeds.upgrade_cost_rp(
        pd.Series(["residential"] * 4), pd.Series(list(speeds.CONDITIONS)),
        np.full(4, 1000.0), target="baik", unit_costs=s.cost_table(),
    )  # fmt: skip
    assert c[0] == 0
    assert np.all(np.diff(c) > 0)
    assert c[3] == speeds.UNIT_COST_RP_PER_KM["local"]["rusak berat"]

"""Style classes, priority breaks, legends, formatting (pure Python)."""

from __future__ import annotations

import numpy as np
import pytest

from layers.formatting import format_number, format_rupiah
from layers.points import HouseholdLayer
from layers.roads import RoadLayer
from layers.styles import (
    PRIORITY_COLOURS,
    PRIORITY_WIDTHS,
    density_colours,
    density_grid,
    priority_breaks,
    priority_class,
    style_roads,
)


def test_priority_breaks_and_classes():
    values = np.arange(0, 101, dtype=float)  # 0 = no benefit
    breaks = priority_breaks(values)
    assert len(breaks) == 4 and np.all(np.diff(breaks) >= 0)
    cls = priority_class(values, breaks)
    assert cls[0] == -1 and cls[-1] == 4
    counts = np.bincount(cls[cls >= 0])
    assert counts[0] > counts[4]  # nested quantiles: the top class is short
    assert priority_breaks(np.zeros(5)).size == 0
    assert (priority_class(np.array([np.nan, 1.0]), np.array([])) == [-1, -1]).all()


def test_priority_style_buckets_and_legend():
    benefit = np.array([0.0, 1, 2, 3, 50, 100, np.nan])
    cand = np.array([True, True, True, True, True, True, False])
    hw = np.array(["residential"] * 7, dtype=object)
    cond = np.array(["sedang"] * 7, dtype=object)
    s = style_roads("priority", hw, cond, benefit, cand, lang="id")
    assert len(s.buckets) == 6
    assert s.bucket_of[0] == 0 and s.bucket_of[6] == 0  # grey: no benefit / not candidate
    assert s.buckets[s.bucket_of[5]].colour == PRIORITY_COLOURS[-1]
    widths = [b.width for b in s.buckets[1:]]
    assert widths == list(PRIORITY_WIDTHS)  # grows with priority: survives grayscale
    assert s.legend[-1].label == "Tanpa manfaat / bukan kandidat"
    assert len(s.legend) == 6 and all(e.colour.startswith("#") for e in s.legend)


def test_condition_and_class_styles():
    hw = np.array(["primary", "tertiary", "residential", "gang", "footway"], dtype=object)
    cond = np.array(["baik", "sedang", "rusak ringan", "rusak berat", "baik"], dtype=object)
    s = style_roads("condition", hw, cond, lang="en")
    assert (s.bucket_of >= 0).all()
    labels = [e.label for e in s.legend]
    assert "Bad (rusak berat)" in labels and "Arterial" in labels
    c = style_roads("class", hw, cond)
    widths = [c.buckets[b].width for b in c.bucket_of]
    assert widths[0] > widths[1] > widths[2] > widths[3]
    with pytest.raises(ValueError):
        style_roads("rainbow", hw, cond)


def test_road_layer_style_follows_mode_and_ranking(grid_analysis):
    layer = RoadLayer(grid_analysis.prepared.network.segments, style_mode="priority")
    assert len(layer.style().buckets) == 4  # no ranking yet: by class
    layer.set_ranking(grid_analysis.segments)
    assert len(layer.style().buckets) == 6
    layer.style_mode = "condition"
    assert layer.legend("en")[0].label == "Good (baik)"


def test_density_surface():
    rng = np.random.default_rng(1)
    x, y = rng.normal(0, 100, 20_000), rng.normal(0, 100, 20_000)
    grid = density_grid(x, y, (-500, -500, 500, 500), cell=20)
    assert grid.shape == (50, 50) and grid.min() >= 0 and grid.max() == 1
    rgba = density_colours(grid)
    assert rgba.shape == (50, 50, 4) and rgba.dtype == np.uint8
    assert rgba[0, 0, 3] == 0  # empty corner stays transparent


def test_household_layer_modes(grid_analysis):
    layer = HouseholdLayer(grid_analysis.prepared.households)
    grid, bounds = layer.density()
    assert grid.ndim == 2 and bounds[0] < bounds[2]
    seen = []
    layer.events.connect("style", lambda layer: seen.append(layer.mode))
    layer.mode = "points"
    assert seen == ["points"] and layer.legend("en")[0].kind == "point"
    with pytest.raises(ValueError):
        layer.mode = "hexbin"


def test_formatting():
    assert format_number(1234567.891, "en", 1) == "1,234,567.9"
    assert format_number(1234567.891, "id", 1) == "1.234.567,9"
    assert format_rupiah(1.2e9, "id") == "Rp 1,2 M"
    assert format_rupiah(1.2e9, "en") == "Rp 1.2 B"
    assert format_rupiah(350e6, "id") == "Rp 350,0 jt"
    assert format_rupiah(1234567, "id", short=False) == "Rp 1.234.567"
    assert format_number(float("nan")) == "–"

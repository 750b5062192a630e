"""Style classes, priority breaks, legends, formatting (pure Python)."""

from __future__ import annotations

import numpy as np
import pytest

from layers.formatting import format_number, format_rupiah
from layers.points import HouseholdLayer
from layers.roads import RoadLayer
from layers.styles import (
    density_colours,
    density_grid,
    priority_breaks,
    priority_class,
    priority_widths,
    style_roads,
)
from mataram_gis.outputs.classify import COLOURS, OTHER_COLOUR, priority_classes


def test_priority_breaks_and_classes_are_the_printed_maps():
    rng = np.random.default_rng(3)
    values = np.concatenate([[0.0], rng.lognormal(3, 1.5, 2000)])  # skewed; 0 = no benefit
    classes = priority_classes(values)
    breaks = priority_breaks(values)
    assert list(breaks) == list(classes.breaks) and np.all(np.diff(breaks) > 0)
    cls = priority_class(values, classes)
    assert cls[0] == -1 and cls[np.argmax(values)] == 4
    counts = np.bincount(cls[cls >= 0])
    assert counts[0] > counts[1] > counts[4] and counts[0] >= 0.6 * counts.sum()  # short top
    assert priority_breaks(np.zeros(5)).size == 0
    assert (priority_class(np.array([np.nan, 1.0]), classes) == [-1, 0]).all()


def test_priority_style_buckets_and_legend():
    benefit = np.array([0.0, 1, 2, 3, 50, 100, np.nan, 80.0])
    cand = np.array([True, True, True, True, True, True, False, False])
    hw = np.array(["residential"] * 8, dtype=object)
    cond = np.array(["sedang"] * 8, dtype=object)
    s = style_roads("priority", hw, cond, benefit, cand, lang="id")
    assert len(s.buckets) == 6
    # grey: no benefit / not a candidate (even with a benefit, as on the printed map)
    assert s.bucket_of[0] == 0 and s.bucket_of[6] == 0 and s.bucket_of[7] == 0
    assert s.buckets[0].colour == OTHER_COLOUR
    assert s.buckets[s.bucket_of[5]].colour == COLOURS[-1]
    widths = [b.width for b in s.buckets[1:]]
    assert widths == sorted(widths) and widths[0] < widths[-1]  # survives grayscale
    assert [b.colour for b in s.buckets[1:]] == list(COLOURS)
    assert s.legend[-1].label == "Tanpa manfaat / bukan kandidat"
    assert len(s.legend) == 6 and all(e.colour.startswith("#") for e in s.legend)
    assert s.legend[0].label.startswith(">") and s.legend[4].label.startswith("\u2264")


def test_canvas_classes_equal_the_exported_maps(grid_analysis):
    """The canvas and the printed map (prepare_map) put every segment in the same class."""
    from mataram_gis.outputs.mapplot import prepare_map
    from mataram_gis.results import Results

    seg = grid_analysis.segments
    layer = RoadLayer(grid_analysis.prepared.network.segments, style_mode="priority")
    layer.set_ranking(seg)
    results = Results(seg, grid_analysis.origins, grid_analysis.centres, record={})
    printed = prepare_map(results, top=0)
    assert layer.classes == printed.classes  # computed once, on set_ranking
    style = layer.style()
    pos = layer.positions(seg["segment_id"].to_numpy())
    assert (style.bucket_of[pos] == printed.seg_class).all()
    widths, other = priority_widths(layer.classes)
    assert [b.width for b in style.buckets] == [other, *widths]


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
    assert format_rupiah(1.2e9, "id") == "Rp 1,2 miliar"
    assert format_rupiah(1.2e9, "en") == "Rp 1.2 billion"
    assert format_rupiah(350e6, "id") == "Rp 350,0 juta"
    assert format_rupiah(277.9e6, "en") == "Rp 277.9 million"  # never "M" (miliar in id)
    assert format_rupiah(1234567, "id", short=False) == "Rp 1.234.567"
    assert format_number(float("nan")) == "–"

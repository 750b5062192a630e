"""Pure helpers of the outputs: classes, privacy grid, texts, budget parsing, reach."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point

from mataram_gis.commands.outputs import parse_rupiah
from mataram_gis.errors import UsageError
from mataram_gis.outputs.classify import COLOURS, WIDTHS_MM, priority_classes
from mataram_gis.outputs.privacy import household_grid, published_frame
from mataram_gis.outputs.reach import joint_reach, simple_pick
from mataram_gis.outputs.texts import TEXTS, fmt_num, fmt_rp
from mataram_gis.results import read_results, write_results


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b


def test_classes_are_ordered_in_grayscale_and_width():
    lum = [_luminance(c) for c in COLOURS]
    assert lum == sorted(lum, reverse=True)  # darker = higher class
    assert list(WIDTHS_MM) == sorted(WIDTHS_MM)


def test_classify_zero_is_other_and_top_is_highest():
    values = np.r_[np.zeros(5), np.linspace(0.1, 1000, 400)]
    c = priority_classes(values)
    cls = c.classify(values)
    assert (cls[:5] == 0).all() and cls[-1] == 5 and cls[5] == 1
    assert list(c.breaks) == sorted(c.breaks) and len(set(c.breaks)) == 4


def test_classify_survives_few_or_no_values():
    assert priority_classes([]).n == 5
    few = priority_classes([0, 2, 2, 2])
    assert len(set(few.breaks)) == 4 and few.classify([2]).item() >= 1


def test_household_grid_suppresses_small_cells():
    pts = [Point(10, 10)] * 7 + [Point(300, 10)] * 3  # 7 in one cell, 3 in another
    frame = gpd.GeoDataFrame({"excluded": [""] * 10}, geometry=pts, crs="EPSG:32750")
    grid = household_grid(frame, cell_m=250, min_count=5)
    assert grid.counts.sum() == 7 and grid.suppressed_cells == 1
    assert grid.suppressed_households == 3
    assert list(grid.cells()["households"]) == [7]


def test_published_frame_refuses_household_rows():
    import pandas as pd

    with pytest.raises(ValueError, match="household"):
        published_frame(pd.DataFrame({"household_id": ["1"]}))


def test_texts_have_the_same_keys_in_both_languages():
    assert set(TEXTS["id"]) == set(TEXTS["en"])


def test_number_and_money_formats():
    assert fmt_num(1234.5, "id", decimals=1) == "1.234,5"
    assert fmt_num(1234.5, "en", decimals=1) == "1,234.5"
    assert fmt_rp(3.41e9, "id") == "Rp 3,41 miliar"
    assert fmt_rp(450e6, "en") == "Rp 450 million"


@pytest.mark.parametrize(
    ("text", "value"),
    [("5e9", 5e9), ("5 miliar", 5e9), ("750 juta", 7.5e8), ("Rp 5_000_000", 5e6)],
)
def test_parse_rupiah(text, value):
    assert parse_rupiah(text) == pytest.approx(value)


def test_parse_rupiah_rejects_words():
    with pytest.raises(UsageError):
        parse_rupiah("banyak")


def test_reach_of_one_segment_matches_its_table_row(grid_analysis, tmp_path):
    write_results(grid_analysis, tmp_path / "r.gpkg")
    results = read_results(tmp_path / "r.gpkg")
    top = results.segments.dropna(subset=["rank"]).sort_values("rank").iloc[0]
    reach = joint_reach(results, [int(top["segment_id"])])
    assert reach.households == int(top["households_benefiting"])
    assert reach.joint_benefit == pytest.approx(float(top["benefit"]), rel=1e-9)
    picked = simple_pick(results, float(top["upgrade_cost"]) * 3)
    costs = results.segments.set_index("segment_id").loc[picked, "upgrade_cost"]
    assert costs.sum() <= float(top["upgrade_cost"]) * 3

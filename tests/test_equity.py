"""Equity tables add up to the exact benefit; concentration index; isolated households."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point

from mataram_gis.admin import assign
from mataram_gis.equity import (
    concentration_index,
    equity_table,
    household_times_with,
    share_to_desil1,
)
from mataram_gis.isolation import isolated_cells, isolation_by_area, travel_time_cells
from mataram_gis.problem import UpgradeProblem, evaluate


@pytest.fixture(scope="module")
def problem(grid_analysis):
    return UpgradeProblem.from_analysis(grid_analysis)


def test_table_of_one_segment_adds_up_to_its_benefit(grid_analysis, problem):
    seg = grid_analysis.segments
    row = int(seg["rank"].astype(float).idxmin())
    times = household_times_with(problem, [row])
    table = equity_table(grid_analysis.origins, times, by="category")
    total = table.loc[table["category"] == "total"].iloc[0]
    assert total["benefit"] == pytest.approx(seg.loc[row, "benefit"], rel=1e-9)
    assert total["households_reached"] == seg.loc[row, "households_benefiting"]
    assert table["benefit_share"].iloc[:-1].sum() == pytest.approx(1.0)
    assert 0.0 <= share_to_desil1(table) <= 1.0


def test_programme_table_equals_the_recomputed_benefit(grid_analysis, problem):
    rows = grid_analysis.segments.sort_values("rank").index[:4].tolist()
    times = household_times_with(problem, rows)
    for by in ("category", "centre"):
        table = equity_table(grid_analysis.origins, times, by=by)
        assert table["benefit"].iloc[-1] == pytest.approx(evaluate(problem, rows), rel=1e-9)


def test_aggregations_weigh_desil_as_documented(grid_analysis, problem):
    rows = grid_analysis.segments.sort_values("rank").index[:4].tolist()
    times = household_times_with(problem, rows)
    o = grid_analysis.origins
    util = equity_table(o, times, aggregation="utilitarian").set_index("category")
    prio = equity_table(o, times, aggregation="prioritarian").set_index("category")
    for desil, factor in ((1, 8.0), (2, 4.0), (3, 2.0), (4, 1.0)):
        if str(desil) in util.index:
            b = util.loc[str(desil), "benefit"]
            assert prio.loc[str(desil), "benefit"] == pytest.approx(factor * b)
    used = (o["excluded"] == "").to_numpy()
    want = np.sum((o["producers"] * 250.0).to_numpy()[used] * times.saved_s[used]) / 3600
    assert util.loc["total", "benefit"] == pytest.approx(want)


def _table(households, benefit):
    return pd.DataFrame({"category": ["1", "2", "3", "4"], "households": households,
                         "benefit": benefit})  # fmt: skip


def test_concentration_index():
    assert concentration_index(_table([1, 1, 1, 1], [1, 1, 1, 1])) == pytest.approx(0.0)
    assert concentration_index(_table([1, 1, 1, 1], [1, 0, 0, 0])) == pytest.approx(-0.75)
    assert concentration_index(_table([1, 1, 1, 1], [0, 0, 0, 1])) == pytest.approx(0.75)
    assert concentration_index(_table([1, 1, 1, 1], [0, 0, 0, 0])) == 0.0


def _origins():
    xy = [(0, 0)] * 6 + [(1000, 0)] * 3 + [(2000, 0)]
    return gpd.GeoDataFrame(
        {
            "access_s": [10.0] * 10,
            "time_to_centre_s": [100, 2000, 2000, 2000, 2000, 2000, 100, 100, 100, np.nan],
            "excluded": [""] * 9 + ["no road within 500 m (check its coordinates and their CRS)"],
            "kelurahan": ["Karang Pule"] * 6 + ["Pagesangan"] * 3 + ["Rembiga"],
        },
        geometry=[Point(p) for p in xy],
        crs="EPSG:32750",
    )


def test_isolation_by_kelurahan_suppresses_small_counts():
    table = isolation_by_area(_origins(), threshold_min=30.0).set_index("kelurahan")
    assert table.loc["Karang Pule", "far"] == 5
    assert table.loc["Karang Pule", "isolated"] == 5
    assert table.loc["Karang Pule", "isolated_share"] == pytest.approx(5 / 6)
    assert pd.isna(table.loc["Pagesangan", "households"])  # 3 < 5: not published
    assert pd.isna(table.loc["Rembiga", "off_network"])


def test_isolated_cells_and_travel_time_cells_are_aggregated():
    o = _origins()
    cells = isolated_cells(o, threshold_min=30.0)
    assert cells["households"].tolist() == [5]  # the one far cell; others < 5 or not far
    before = o["time_to_centre_s"].to_numpy(float)
    cells = travel_time_cells(o, before, before - 60.0)
    assert cells["households"].tolist() == [6]
    assert cells["minutes_saved"].tolist() == [pytest.approx(1.0)]


def test_origins_get_kelurahan_from_the_demo_boundaries(grid_analysis):
    from mataram_gis.demo.admin import demo_admin

    got = assign(grid_analysis.origins, demo_admin())
    assert list(got.columns) == ["kelurahan", "kecamatan"]
    assert len(got) == len(grid_analysis.origins)

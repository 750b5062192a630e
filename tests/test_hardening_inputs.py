"""Issue 9, input side: hostile scenarios and household tables give our errors.

Findings 4 (nobody can benefit: refused; most excluded: warned), 5 (scenario types and
ranges, through files, projects and the CLI), 6 (non-finite or absurd household weights)
and the input items of 9. Finding 3 (personal data in a register without a header line)
is in ``tests/test_hardening_privacy.py``.
"""

from __future__ import annotations

import json
import logging
import math
import sqlite3
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, Point

from mataram_gis.analysis import analyse, prepare, run_analysis
from mataram_gis.cli import main
from mataram_gis.errors import InputDataError, NetworkError
from mataram_gis.exclusions import MAX_WEIGHT
from mataram_gis.io import read_households
from mataram_gis.project import open_project, save_project
from mataram_gis.scenario import Scenario
from tests.factories import CRS, X0, Y0, grid_inputs


# -- finding 4: nobody can benefit -------------------------------------------------------
def _far(inputs):
    hh = inputs.households
    hh["geometry"] = [Point(X0 + 40_000 + i, Y0 - 30_000) for i in range(len(hh))]
    return inputs


def _island(inputs):
    """Every household beside a road piece that no centre can be reached from."""
    roads = inputs.roads
    piece = roads.iloc[[0]].copy()
    piece["geometry"] = [LineString([(X0 + 5000, Y0), (X0 + 5200, Y0)])]
    inputs.roads = gpd.GeoDataFrame(pd.concat([roads, piece], ignore_index=True), crs=CRS)
    hh = inputs.households
    hh["geometry"] = [Point(X0 + 5100, Y0 + 20 + i % 50) for i in range(len(hh))]
    hh["centre"] = ""
    return inputs


def _unknown_centre(inputs):
    inputs.households["centre"] = "C99"
    return inputs


def _zero_weight(inputs):
    inputs.households["weight"] = 0.0
    return inputs


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (_far, ["60 have no road within 500 m", "coordinates and CRS"]),
        (_island, ["60 have roads within 500 m but none leads to a centre", "centres"]),
        (_unknown_centre, ["60 name a centre that is not in the centres file", "centre id"]),
        (_zero_weight, ["60 weigh 0", "equity_weights"]),
    ],
)
def test_a_run_nobody_can_benefit_from_is_refused(spoil, words):
    inputs = spoil(grid_inputs(n_households=60))
    with pytest.raises(InputDataError, match="no household can benefit") as err:
        run_analysis(inputs, Scenario())
    for word in words:
        assert word in err.value.message, err.value.message


def test_all_equity_weights_zero_is_refused():
    with pytest.raises(InputDataError, match="weigh 0"):
        run_analysis(grid_inputs(), Scenario(equity_weights={1: 0, 2: 0, 3: 0, 4: 0}))


def test_most_households_excluded_warns_in_log_and_summary(caplog):
    inputs = grid_inputs(n_households=60)
    hh = inputs.households
    far = np.arange(60) < 40
    hh.loc[far, "geometry"] = [Point(X0 + 40_000 + i, Y0) for i in range(40)]
    caplog.set_level(logging.WARNING)
    a = run_analysis(inputs, Scenario())
    s = a.summary()
    assert s["exclusions"]["far_from_roads"] == 40
    assert len(s["warnings"]) == 1 and "40 of 60 (67 %)" in s["warnings"][0]
    assert "most households are excluded" in caplog.text
    assert Scenario() == a.scenario  # the run itself went on
    assert np.isfinite(a.segments["benefit"]).all()


def test_few_exclusions_do_not_warn(grid_analysis):
    assert grid_analysis.summary()["warnings"] == []


def test_cli_exits_2_when_all_households_are_off_the_map(tmp_path, demo_dir, capsys):
    hh = pd.read_csv(demo_dir / "households.csv")
    hh["lon"], hh["lat"] = hh["lat"] + 125.0, hh["lon"] - 125.0  # a wrong place, still lon/lat
    path = tmp_path / "households.csv"
    hh.to_csv(path, index=False)
    code = main(
        ["rank", "--roads", str(demo_dir / "roads.gpkg"), "--centres",
         str(demo_dir / "centres.csv"), "--households", str(path), "--out",
         str(tmp_path / "r.gpkg")]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and "no household can benefit" in err and "CRS" in err
    assert not (tmp_path / "r.gpkg").exists()


# -- finding 6: non-finite and absurd weights --------------------------------------------
@pytest.mark.parametrize("weight", ["1e308", "2e6", "inf", "-inf", "nan", "1e400"])
def test_absurd_or_non_finite_weights_in_a_file_are_refused(tmp_path, weight):
    path = tmp_path / "hh.csv"
    path.write_text(f"desil,weight,lon,lat\n1,2,116.1,-8.6\n2,{weight},116.11,-8.61\n")
    with pytest.raises(InputDataError) as err:
        read_households(path)
    assert str(path) in err.value.message and "row 2" in err.value.message


@pytest.mark.parametrize("weight", [1e308, np.inf, np.nan, -1.0, MAX_WEIGHT * 2])
def test_absurd_weights_in_frames_are_refused_before_ranking(weight):
    inputs = grid_inputs()
    inputs.households.loc[3, "weight"] = weight
    with pytest.raises(InputDataError, match="row 4: weight"):
        run_analysis(inputs, Scenario())


def test_largest_allowed_weights_give_finite_benefits():
    inputs = grid_inputs()
    inputs.households["weight"] = MAX_WEIGHT
    s = Scenario(trips_per_year=10_000, equity_weights={1: 1000, 2: 1000, 3: 1000, 4: 1000})
    a = run_analysis(inputs, s)
    assert np.isfinite(a.segments["benefit"]).all() and a.segments["benefit"].max() > 0


def test_category_outside_1_to_4_in_a_frame_is_refused():
    inputs = grid_inputs()
    inputs.households.loc[0, "category"] = 7
    with pytest.raises(InputDataError, match="category 7"):
        run_analysis(inputs, Scenario())


# -- finding 5 through the project file and the CLI ---------------------------------------
@pytest.mark.parametrize(
    "stored",
    [
        {"x": 1},
        {"A": {"x": 1}},
        {"A": {"equity_weights": {"x": 1}}},
        {"A": {"trips_per_year": "250"}},
        {"A": [1]},
    ],
)
def test_open_project_with_a_bad_stored_scenario_raises_our_error(tmp_path, stored):
    inputs = grid_inputs()
    path = save_project(tmp_path / "p", inputs=inputs, scenarios={"A": Scenario()}, active="A")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE project SET scenarios = ?", (json.dumps(stored),))
    with pytest.raises(InputDataError, match="is invalid"):
        open_project(path)


def test_scenario_file_not_utf8_exits_2(tmp_path, capsys):
    path = tmp_path / "s.json"
    path.write_bytes('{"name": "Selaparang – é"}'.encode("latin-1", errors="replace"))
    code = main(["rank", "--demo", "--scenario", str(path), "--out", str(tmp_path / "r.gpkg")])
    assert code == 2 and "not UTF-8" in capsys.readouterr().err


CLI_KEYS = [
    "trips_per_year", "exclude_good", "candidate_authorities", "base_speed_kmh",
    "snap_distance_m", "condition_factor", "min_length_m",
]  # fmt: skip
CLI_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from([-5, 0, 1e308, 250, "250", "no", "kota", ["kota"], [], {}, float("nan")]),
    st.sampled_from([{"motorcycle": {"primary": "fast"}}, {"motorcycle": {"gang": 12.5}}]),
)


@settings(
    max_examples=6,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(key=st.sampled_from(CLI_KEYS), value=CLI_VALUES)
def test_fuzz_rank_with_a_scenario_file_exits_0_or_2(tmp_path, capsys, key, value):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({key: value}), encoding="utf-8")
    out = tmp_path / "r.gpkg"
    code = main(["rank", "--demo", "--scenario", str(path), "--out", str(out), "--top", "0"])
    err = capsys.readouterr().err
    assert code in (0, 2)
    if code == 2:
        assert "error:" in err and key in err
    else:
        segs = gpd.read_file(out, layer="segments")
        assert np.isfinite(segs["benefit"]).all()


# -- finding 9, input side -----------------------------------------------------------------
def test_unquoted_decimal_comma_is_reported_as_such(tmp_path):
    path = tmp_path / "hh.csv"
    path.write_text("desil,lon,lat\n1,116,1234,-8,5678\n2,116,2234,-8,5878\n")
    with pytest.raises(InputDataError) as err:
        read_households(path)
    text = err.value.message
    assert "decimal comma" in text and "swapped" not in text
    assert "row 1 has 5 cell(s) but the header line has 3" in text
    assert "semicolons" in text


def test_rows_with_uneven_cells_name_the_row(tmp_path):
    path = tmp_path / "hh.csv"
    path.write_text("desil,lon,lat\n1,116.1,-8.6\n2,116.2,-8.5,x,y\n")
    with pytest.raises(InputDataError, match="row 2 has 5 cell"):
        read_households(path)


@pytest.mark.parametrize("scale", ["0", "-3"])
def test_rank_demo_scale_below_one_exits_2(tmp_path, capsys, scale):
    code = main(["rank", "--demo", "--scale", scale, "--out", str(tmp_path / "r.gpkg")])
    assert code == 2 and "--scale must be 1 or more" in capsys.readouterr().err


def test_unusable_speeds_are_not_blamed_on_the_centres():
    inputs = grid_inputs()
    # Only gang is usable: the main network shrinks to a few junctions; centres look "far".
    inputs.roads["highway"] = ["gang" if i % 9 == 0 else "secondary" for i in range(60)]
    closed = {c: None for c in ("secondary", "tertiary", "residential")}
    scenario = Scenario(base_speed_kmh={"motorcycle": closed})
    with pytest.raises(NetworkError) as err:
        analyse(prepare(inputs), scenario)
    assert "junctions lie on the main network usable by motorcycle" in err.value.message
    assert "base_speed_kmh" in err.value.fix


# -- the household-table boundary: hostile tables give a frame or our error -----------------
def _base_rows(n: int) -> list[dict[str, str]]:
    return [
        {"id": f"H{i}", "desil": str(1 + i % 4), "weight": str(1 + i % 3),
         "lon": f"{116.08 + i * 0.001:.6f}", "lat": f"{-8.58 - i * 0.001:.6f}"}
        for i in range(n)
    ]  # fmt: skip


HOSTILE = st.sampled_from(
    ["", "abc", "nan", "NaN", "inf", "-inf", "1e308", "1e400", "-1", "0", "2,5", "1.5",
     "116,1", "NULL", "  ", "5271012345670001", "ekstrem", "9", "H1", '"', "1;2"]
)  # fmt: skip
MUTATION = st.tuples(
    st.sampled_from(["cell", "drop_column", "duplicate_id", "rename", "none", "empty"]),
    st.integers(0, 5),
    st.sampled_from(["id", "desil", "weight", "lon", "lat"]),
    HOSTILE,
)


def _write_table(path: Path, rows, columns, sep: str) -> None:
    lines = [sep.join(columns)] + [sep.join(r.get(c, "") for c in columns) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_fuzz_household_tables_give_a_frame_or_our_error(tmp_path):
    seen = {"ok": 0, "error": 0}

    @settings(max_examples=150, deadline=None, database=None)
    @given(
        n=st.integers(1, 6),
        mutations=st.lists(MUTATION, max_size=3),
        sep=st.sampled_from([",", ";"]),
    )
    def run(n, mutations, sep):
        rows = _base_rows(n)
        columns = ["id", "desil", "weight", "lon", "lat"]
        for kind, row, col, value in mutations:
            r = rows[row % len(rows)] if rows else {}
            if kind == "cell" and rows:
                r[col] = value
            elif kind == "drop_column" and col in columns:
                columns.remove(col)
            elif kind == "duplicate_id" and rows:
                r["id"] = rows[0]["id"]
            elif kind == "rename" and col in columns:
                columns[columns.index(col)] = value or "x"
                for other in rows:
                    other[value or "x"] = other.get(col, "")
            elif kind == "empty":
                rows = []
        path = tmp_path / "hh.csv"
        _write_table(path, rows, columns, sep)
        try:
            hh = read_households(path)
        except InputDataError as exc:
            assert str(path) in exc.message
            seen["error"] += 1
            return
        seen["ok"] += 1
        weight = hh["weight"].to_numpy(float)
        assert np.isfinite(weight).all() and (weight >= 0).all() and (weight <= MAX_WEIGHT).all()
        assert hh["category"].isin([1, 2, 3, 4]).all()
        assert np.isfinite(hh.geometry.x).all() and np.isfinite(hh.geometry.y).all()
        assert len(hh) == len(rows) and hh.crs is not None
        assert all(math.isfinite(v) for v in weight.tolist())

    run()
    assert seen["ok"] >= 15 and seen["error"] >= 15, seen


@pytest.mark.parametrize("role", ["households", "centres"])
@pytest.mark.parametrize("point", [Point(np.nan, np.nan), Point(np.inf, Y0), None])
def test_missing_or_non_finite_points_in_frames_are_refused(role, point):
    inputs = grid_inputs()
    layer = getattr(inputs, role)
    layer.loc[1, "geometry"] = point
    with pytest.raises(InputDataError, match="row 2: the point is missing"):
        run_analysis(inputs, Scenario())


def test_cli_warns_loudly_when_most_households_are_excluded(tmp_path, demo_dir, capsys):
    hh = pd.read_csv(demo_dir / "households.csv")
    hh.loc[: int(len(hh) * 0.6), "lon"] += 0.5  # 55 km east, in the sea
    path = tmp_path / "households.csv"
    hh.to_csv(path, index=False)
    out = tmp_path / "r.gpkg"
    code = main(
        ["rank", "--roads", str(demo_dir / "roads.gpkg"), "--centres",
         str(demo_dir / "centres.csv"), "--households", str(path), "--out", str(out),
         "--top", "0"]
    )  # fmt: skip
    assert code == 0
    assert "\nWARNING: most households are excluded" in capsys.readouterr().err
    record = gpd.read_file(out, layer="scenario")
    summary = json.loads(record["summary"].iloc[0])
    assert summary["warnings"] and "60 %" in summary["warnings"][0]
    assert summary["exclusions"]["far_from_roads"] >= int(len(hh) * 0.6) + 1

"""The roads boundary of ``rank`` (issue 9): hostile road layers give exit 0 with finite
results or exit 2 with a message, never a traceback (exit 1); the fix hints name options
that exist (``--roads-layer``, ``--roads-crs``, ``--tolerance``)."""

from __future__ import annotations

import contextlib
import io
import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely import LineString, Point

from mataram_gis.cli import main

X0, Y0 = 400_000.0, 9_050_000.0
HOSTILE = (
    "duplicate", "reverse_duplicate", "zero_length", "all_zero_length", "nan_coord",
    "inf_coord", "huge_coord", "declared_lonlat", "degrees_as_utm", "points", "empty_layer",
    "unknown_condition", "no_condition", "no_class", "single_vertex", "near_miss",
    "crossing", "far_island", "no_crs",
)  # fmt: skip


def grid(n: int = 4, spacing: float = 120.0) -> gpd.GeoDataFrame:
    """An ``n x n`` street grid near Mataram (UTM 50S)."""
    lines = []
    for i in range(n):
        for j in range(n):
            x, y = X0 + i * spacing, Y0 + j * spacing
            if i + 1 < n:
                lines.append(LineString([(x, y), (x + spacing, y)]))
            if j + 1 < n:
                lines.append(LineString([(x, y), (x, y + spacing)]))
    k = len(lines)
    return gpd.GeoDataFrame(
        {"nama": [f"Jl. {i}" for i in range(k)], "fungsi": ["lokal"] * k,
         "kondisi": ["rusak ringan"] * k},
        geometry=lines, crs=32750,
    )  # fmt: skip


def points_files(folder):
    """Centres and households CSVs (lon/lat) on the grid."""
    pts = gpd.GeoSeries(
        [Point(X0 + 10, Y0 + 10), Point(X0 + 350, Y0 + 350)]
        + [Point(X0 + 30 * i, Y0 + 25 * (i % 13)) for i in range(1, 13)],
        crs=32750,
    ).to_crs(4326)
    centres, households = folder / "c.csv", folder / "h.csv"
    pd.DataFrame({"lon": pts.x[:2], "lat": pts.y[:2]}).to_csv(centres, index=False)
    pd.DataFrame({"lon": pts.x[2:], "lat": pts.y[2:], "desil": 1}).to_csv(households, index=False)
    return centres, households


def _first_xy(geom) -> tuple[float, float]:
    coords = shapely.get_coordinates(geom)
    return (float(coords[0, 0]), float(coords[0, 1])) if len(coords) else (X0, Y0)


def hostile_layer(ops: list[str], rng: np.random.Generator) -> tuple[gpd.GeoDataFrame, str]:
    """Apply the hostile operations to a clean grid. Returns (layer, file suffix)."""
    roads = grid()
    suffix = ".gpkg"
    for op in ops:
        geoms = list(roads.geometry)
        i = int(rng.integers(len(roads))) if len(roads) else 0
        if op in ("duplicate", "reverse_duplicate") and len(roads):
            extra = roads.iloc[[i]].copy()
            if op == "reverse_duplicate":
                extra.geometry = shapely.reverse(extra.geometry.to_numpy())
            roads = gpd.GeoDataFrame(pd.concat([roads, extra], ignore_index=True), crs=roads.crs)
            continue
        if op == "zero_length" and len(roads):
            x, y = _first_xy(geoms[i])
            geoms[i] = LineString([(x, y), (x, y)])
        elif op == "all_zero_length":
            geoms = [LineString([(X0 + k, Y0), (X0 + k, Y0)]) for k in range(len(geoms))]
        elif op in ("nan_coord", "inf_coord", "huge_coord") and len(roads):
            value = {"nan_coord": math.nan, "inf_coord": math.inf, "huge_coord": 1e300}[op]
            x, y = _first_xy(geoms[i])
            geoms[i] = LineString([(x, y), (value, y + 5)])
        elif op == "declared_lonlat":
            roads = roads.set_crs(4326, allow_override=True)
        elif op == "degrees_as_utm":
            roads = roads.to_crs(4326).set_crs(32750, allow_override=True)
            geoms = list(roads.geometry)
        elif op == "points":
            geoms = [shapely.get_point(g, 0) if g is not None else g for g in geoms]
        elif op == "empty_layer":
            roads = roads.iloc[0:0]
            geoms = []
        elif op == "unknown_condition" and len(roads):
            roads.loc[roads.index[i], "kondisi"] = "hancur"
        elif op == "no_condition" and "kondisi" in roads:
            roads = roads.drop(columns="kondisi")
        elif op == "no_class" and "fungsi" in roads:
            roads = roads.drop(columns="fungsi")
        elif op == "single_vertex" and len(roads):
            geoms[i] = shapely.from_wkt("LINESTRING EMPTY")
        elif op == "near_miss" and len(roads):
            geoms[i] = shapely.affinity.translate(geoms[i], float(rng.uniform(0.5, 8)), 0)
        elif op == "crossing":
            geoms.append(LineString([(X0 - 30, Y0 + 50), (X0 + 400, Y0 + 70)]))
            row = roads.iloc[[0]] if len(roads) else grid().iloc[[0]]
            roads = gpd.GeoDataFrame(pd.concat([roads, row], ignore_index=True), crs=roads.crs)
        elif op == "far_island":
            geoms.append(LineString([(X0 + 9000, Y0), (X0 + 9100, Y0)]))
            row = roads.iloc[[0]] if len(roads) else grid().iloc[[0]]
            roads = gpd.GeoDataFrame(pd.concat([roads, row], ignore_index=True), crs=roads.crs)
        elif op == "no_crs":
            suffix = ".shp"
        if len(geoms) == len(roads):
            roads = roads.set_geometry(gpd.GeoSeries(geoms, index=roads.index, crs=roads.crs))
    return roads, suffix


def write_layer(roads: gpd.GeoDataFrame, path) -> None:
    roads.to_file(path, engine="pyogrio")
    if path.suffix == ".shp":
        path.with_suffix(".prj").unlink()


def assert_exit_0_or_2(code: int, out, err: str) -> None:
    assert code in (0, 2), err
    if code == 2:
        assert "error:" in err and "Traceback" not in err
        return
    segments = pyogrio.read_dataframe(out, layer="segments")
    values = segments[["benefit", "length_m", "time_before_s", "time_after_s"]].to_numpy()
    assert len(segments) > 0 and np.isfinite(values).all()


@settings(
    max_examples=25, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)  # fmt: skip
@given(
    ops=st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=3),
    seed=st.integers(0, 99),
    tolerance=st.sampled_from([None, "0", "3", "50"]),
)
def test_hostile_road_layers_exit_0_or_2(tmp_path_factory, ops, seed, tolerance):
    folder = tmp_path_factory.mktemp("fuzz")
    centres, households = points_files(folder)
    roads, suffix = hostile_layer(ops, np.random.default_rng(seed))
    path = folder / f"roads{suffix}"
    write_layer(roads, path)
    out = folder / "r.gpkg"
    argv = ["rank", "--roads", str(path), "--centres", str(centres), "--households",
            str(households), "--out", str(out), "--top", "0"]  # fmt: skip
    if tolerance is not None:
        argv += ["--tolerance", tolerance]
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(argv)
    assert_exit_0_or_2(code, out, err.getvalue())


@pytest.mark.parametrize("bad", ["-5", "nan", "inf", "1e6", "51", "x"])
def test_cli_refuses_absurd_tolerance(tmp_path, capsys, bad):
    centres, households = points_files(tmp_path)
    grid().to_file(tmp_path / "r.gpkg")
    argv = ["rank", "--roads", str(tmp_path / "r.gpkg"), "--centres", str(centres),
            "--households", str(households), "--out", str(tmp_path / "o.gpkg"),
            f"--tolerance={bad}"]  # fmt: skip
    assert main(argv) == 2
    assert "--tolerance" in capsys.readouterr().err
    assert not (tmp_path / "o.gpkg").exists()


def test_fix_hints_name_options_that_exist_and_those_options_work(tmp_path, capsys):
    centres, households = points_files(tmp_path)
    base = ["--centres", str(centres), "--households", str(households), "--top", "0"]
    two = tmp_path / "two.gpkg"
    grid().to_file(two, layer="jalan_lama")
    grid().to_file(two, layer="jalan_baru")
    assert main(["rank", "--roads", str(two), "--out", str(tmp_path / "a.gpkg"), *base]) == 2
    assert "--roads-layer" in capsys.readouterr().err
    argv = ["rank", "--roads", str(two), "--roads-layer", "jalan_baru",
            "--out", str(tmp_path / "a.gpkg"), *base]  # fmt: skip
    assert main(argv) == 0
    shp = tmp_path / "jalan.shp"
    write_layer(grid(), shp)
    assert main(["rank", "--roads", str(shp), "--out", str(tmp_path / "b.gpkg"), *base]) == 2
    assert "--roads-crs" in capsys.readouterr().err
    argv = ["rank", "--roads", str(shp), "--roads-crs", "32750",
            "--out", str(tmp_path / "b.gpkg"), *base]  # fmt: skip
    assert main(argv) == 0

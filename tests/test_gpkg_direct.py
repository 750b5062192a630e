"""Plain layers go to GDAL as Arrow tables built column by column: the very file pyogrio's
``write_dataframe`` writes (issue 15).

:func:`mataram_gis.gpkg.arrow_table` builds what ``write_dataframe(use_arrow=True)`` would
hand to ``write_arrow``; every table of the two GeoPackages (columns, types and rows) is
compared, for random plain layers (numbers, booleans, texts with gaps, nullable integers,
each geometry type, several CRSs) and for the frames that must keep pyogrio's route.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis.gpkg import _unsynced, arrow_safe, arrow_table, gpkg_safe, write_gpkg
from tests.test_gpkg_arrow import dump

CUSTOM = "+proj=tmerc +lat_0=0 +lon_0=116.1 +k=0.9996 +x_0=500000 +y_0=10000000 +ellps=WGS84"


def write_by_pyogrio(path, layers) -> None:
    """The route before: every layer through ``write_dataframe``, same options."""
    with _unsynced():
        for name, frame in layers.items():
            frame = gpkg_safe(frame)
            pyogrio.write_dataframe(
                frame, path, layer=name, driver="GPKG", layer_options={"DESCRIPTION": name},
                append=path.exists(), use_arrow=arrow_safe(frame),
            )  # fmt: skip


def geometries(kind: str, n: int, rng: np.random.Generator) -> list:
    xy = rng.random((n, 3, 2)) * 1000 + 400_000
    if kind == "Point":
        return [shapely.Point(p[0]) for p in xy]
    if kind == "LineString":
        return [shapely.LineString(p) for p in xy]
    if kind == "MultiLineString":
        return [shapely.MultiLineString([p[:2], p[1:]]) for p in xy]
    return [shapely.Polygon(p).buffer(1.0) for p in xy]


@st.composite
def plain_layers(draw):
    n = draw(st.integers(1, 12))
    rng = np.random.default_rng(draw(st.integers(0, 10_000)))
    gap = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    data = {
        "f": np.where(gap, np.nan, rng.normal(size=n) * 1e6),
        "i": rng.integers(-(2**40), 2**40, n),
        "i32": rng.integers(0, 100, n).astype(np.int32),
        "u8": rng.integers(0, 200, n).astype(np.uint8),
        "b": rng.random(n) < 0.5,
        "s": pd.array([None if g else f"Jl. {k} é" for k, g in enumerate(gap)], dtype="str"),
        "rank": pd.array([None if g else k for k, g in enumerate(gap)], dtype="Int64"),
    }
    keep = draw(st.lists(st.sampled_from(sorted(data)), min_size=0, max_size=7, unique=True))
    data = {k: data[k] for k in keep}
    if draw(st.booleans()):
        return pd.DataFrame(data if data else {"only": np.arange(n)})
    kind = draw(st.sampled_from(["Point", "LineString", "MultiLineString", "Polygon"]))
    crs = draw(st.sampled_from(["EPSG:32750", "EPSG:4326", CUSTOM, None]))
    return gpd.GeoDataFrame(data, geometry=geometries(kind, n, rng), crs=crs)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layers=st.lists(plain_layers(), min_size=1, max_size=3))
def test_direct_route_writes_the_same_file(layers, tmp_path_factory):
    named = {f"layer{i}": frame for i, frame in enumerate(layers)}
    assert all(arrow_table(gpkg_safe(f)) is not None for f in named.values())
    folder = tmp_path_factory.mktemp("direct")
    write_gpkg(folder / "direct.gpkg", named)
    write_by_pyogrio(folder / "pyogrio.gpkg", named)
    assert dump(folder / "direct.gpkg") == dump(folder / "pyogrio.gpkg")


def test_frames_that_keep_pyogrios_route(tmp_path):
    pts = [shapely.Point(0, 0), shapely.Point(1, 1)]
    line = shapely.LineString([(0, 0), (1, 1)])
    odd = {
        "object_column": gpd.GeoDataFrame({"o": ["a", 1]}, geometry=pts, crs=4326),
        "missing_geometry": gpd.GeoDataFrame({"a": [1, 2]}, geometry=[pts[0], None], crs=4326),
        "mixed_types": gpd.GeoDataFrame({"a": [1, 2]}, geometry=[pts[0], line], crs=4326),
        "empty_geometry": gpd.GeoDataFrame(
            {"a": [1, 2]}, geometry=[pts[0], shapely.Point()], crs=4326
        ),
        "three_d": gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(0, 0, 5)], crs=4326),
        "no_rows": gpd.GeoDataFrame({"a": pd.Series([], dtype=float)}, geometry=[], crs=4326),
        "dates": pd.DataFrame({"t": pd.to_datetime(["2024-01-02"])}),
        "categories": pd.DataFrame({"c": pd.Categorical(["a", "b"])}),
    }
    for name, frame in odd.items():
        assert arrow_table(gpkg_safe(frame)) is None, name
    write_gpkg(tmp_path / "a.gpkg", odd)
    write_by_pyogrio(tmp_path / "b.gpkg", odd)
    assert dump(tmp_path / "a.gpkg") == dump(tmp_path / "b.gpkg")

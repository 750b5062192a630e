"""The GeoPackage writer's speed-ups leave nothing behind (issue 15): the GDAL and pyarrow
settings it changes while writing are restored, even after a failed write, and the frame
given is not changed by making it GeoPackage-safe."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyogrio
import pytest
from shapely import Point

from mataram_gis.errors import OutputError
from mataram_gis.gpkg import gpkg_safe, write_gpkg

KEYS = ("OGR_SQLITE_SYNCHRONOUS", "SPATIALITE_LOAD")


def settings_now() -> tuple:
    return tuple(pyogrio.get_gdal_config_option(k) for k in KEYS), pa.cpu_count()


def layer() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"rank": pd.array([1, None], dtype="Int64"), "name": ["a", "b"]},
        geometry=[Point(0, 0), Point(1, 1)], crs="EPSG:32750",
    )  # fmt: skip


def test_settings_restored_after_writing(tmp_path):
    before = settings_now()
    write_gpkg(tmp_path / "a.gpkg", {"points": layer()})
    assert settings_now() == before
    assert pyogrio.read_dataframe(tmp_path / "a.gpkg")["rank"].tolist()[0] == 1.0


def test_settings_restored_after_a_failed_write(tmp_path):
    before = settings_now()
    folder = tmp_path / "missing" / "a.gpkg"  # its folder does not exist
    with pytest.raises((OutputError, OSError)):
        write_gpkg(folder, {"points": layer()})
    assert settings_now() == before


def test_gpkg_safe_leaves_the_frame_as_it_was():
    frame = layer()
    out = gpkg_safe(frame)
    assert str(frame["rank"].dtype) == "Int64"
    assert out["rank"].dtype == np.float64
    assert out["rank"].isna().tolist() == [False, True]
    out.loc[0, "name"] = "changed"
    assert frame.loc[0, "name"] == "a"
    assert isinstance(out, gpd.GeoDataFrame) and out.crs == frame.crs

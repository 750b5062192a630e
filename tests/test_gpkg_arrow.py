"""The GeoPackage writer's Arrow route writes the very file the row route writes (issue 15).

``write_gpkg`` writes through Arrow (about twice as fast) unless :func:`arrow_safe` finds a
column Arrow would type differently; the file must not change either way: the same tables,
the same column types (``PRAGMA table_info``), the same rows.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
from shapely import LineString, Point

from mataram_gis.gpkg import arrow_safe, write_gpkg


def frames() -> dict[str, pd.DataFrame]:
    """Layers with every kind of column the results, portfolios and demo files hold."""
    pts = [Point(0, 0), Point(10, 5), None]
    mixed = {"s": ["Jl. Ahmad Yani", None, "é ü %"], "b": [True, False, True],
             "i32": np.array([1, 2, 3], dtype=np.int32), "f": [np.nan, 1.5, -2.0],
             "i": [1, 2, 3], "rank": pd.array([1, None, 3], dtype="Int64"),
             "none": [None, None, None], "cat": pd.Categorical(["a", "b", "a"])}  # fmt: skip
    return {
        "mixed": gpd.GeoDataFrame(mixed, geometry=pts, crs="EPSG:32750"),
        "lines": gpd.GeoDataFrame(
            {"name": ["a", "b"]}, geometry=[LineString([(0, 0), (1, 1)]), None], crs=4326
        ),
        "empty": gpd.GeoDataFrame(
            {"a": pd.Series([], dtype=object), "b": pd.Series([], dtype=float)},
            geometry=gpd.GeoSeries([], crs="EPSG:32750"),
        ),
        "table": pd.DataFrame({"k": ["x"], "v": [1.5], "t": pd.to_datetime(["2024-01-02"])}),
        "object_numbers": pd.DataFrame({"o": pd.Series([1, None], dtype=object)}),
        "object_bools": pd.DataFrame({"o": pd.Series([True, None], dtype=object)}),
    }


def dump(path: Path) -> dict[str, tuple[list, list]]:
    """Every SQLite table of a GeoPackage: its columns and its rows (timestamps masked)."""
    con = sqlite3.connect(path)
    out = {}
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        cols = con.execute(f'PRAGMA table_info("{table}")').fetchall()
        names = [c[1] for c in cols]
        rows = con.execute(f'SELECT * FROM "{table}"').fetchall()
        if "last_change" in names:
            i = names.index("last_change")
            rows = [r[:i] + r[i + 1 :] for r in rows]
        out[table] = (cols, sorted(rows, key=repr))
    con.close()
    return out


def test_arrow_safe_refuses_object_columns_of_numbers():
    got = {name: arrow_safe(frame) for name, frame in frames().items()}
    assert got == {"mixed": True, "lines": True, "empty": True, "table": True,
                   "object_numbers": False, "object_bools": False}  # fmt: skip


def test_arrow_route_writes_the_same_file_as_the_row_route(tmp_path, monkeypatch):
    layers = frames()
    write_gpkg(tmp_path / "new.gpkg", layers, descriptions={"mixed": "Campuran"})
    original = pyogrio.write_dataframe

    def row_route(*args, **kwargs):
        kwargs["use_arrow"] = False
        return original(*args, **kwargs)

    monkeypatch.setattr(pyogrio, "write_dataframe", row_route)
    write_gpkg(tmp_path / "old.gpkg", layers, descriptions={"mixed": "Campuran"})
    new, old = dump(tmp_path / "new.gpkg"), dump(tmp_path / "old.gpkg")
    assert new.keys() == old.keys()
    for table in old:
        assert new[table] == old[table], table


@pytest.mark.parametrize("column", ["object_numbers", "object_bools"])
def test_object_columns_of_numbers_stay_text(tmp_path, column):
    write_gpkg(tmp_path / "t.gpkg", {column: frames()[column]})
    cols = dump(tmp_path / "t.gpkg")[column][0]
    assert [c[2] for c in cols if c[1] == "o"] == ["TEXT"]

"""Centres and households: CSV dialects, XLSX, point layers, column words."""

from __future__ import annotations

import string
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely import Point

from mataram_gis.errors import InputDataError
from mataram_gis.io import read_centres, read_households

DEMO_HOUSEHOLDS = """household_id,weight,desil,centre,lon,lat,synthetic
H0001,2,1,,116.1012,-8.5801,True
H0002,1,3,C02,116.1103,-8.5902,True
H0003,3.5,4,,116.0904,-8.6003,True
"""
DEMO_CENTRES = """centre_id,name,sector,lon,lat,synthetic
C01,Sentra Gerabah Banyumulek,gerabah,116.0801,-8.6201,True
C02,Sentra Mutiara Sekarbela,perhiasan,116.0902,-8.6002,True
"""


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_demo_households_csv(tmp_path):
    hh = read_households(write(tmp_path, "households.csv", DEMO_HOUSEHOLDS))
    assert list(hh.columns) == [
        "household_id",
        "weight",
        "category",
        "centre",
        "synthetic",
        "geometry",
    ]
    assert hh["household_id"].tolist() == ["1", "2", "3"]
    assert hh["weight"].tolist() == [2.0, 1.0, 3.5]
    assert hh["category"].tolist() == [1, 3, 4]
    assert hh["centre"].tolist() == ["", "C02", ""]
    assert hh["synthetic"].all() and hh.crs.to_epsg() == 4326
    assert hh.geometry.iloc[0].x == pytest.approx(116.1012)


def test_demo_centres_csv(tmp_path):
    c = read_centres(write(tmp_path, "centres.csv", DEMO_CENTRES))
    assert list(c.columns) == ["centre_id", "name", "sector", "synthetic", "geometry"]
    assert c["centre_id"].tolist() == ["C01", "C02"]
    assert c["name"].iloc[0] == "Sentra Gerabah Banyumulek"  # a centre's name is kept


def test_semicolon_decimal_comma_bom_latin1(tmp_path):
    text = (
        "nama_sentra;jenis;bujur;lintang\nSentra Tenun Sukarara;tenun;116,1;-8,6\n"
        "Kerajinan Cukli;kayu;116,12;-8,58\n"
    )
    for encoding in ("utf-8-sig", "latin-1"):
        c = read_centres(
            write(tmp_path, f"c_{encoding}.csv", text.replace("Cukli", "Cukl\xed"), encoding)
        )
        assert c["centre_id"].tolist() == ["C01", "C02"]  # generated
        assert c["sector"].tolist() == ["tenun", "kayu"]
        assert c.geometry.iloc[1].x == pytest.approx(116.12)
        assert c["name"].iloc[1] == "Kerajinan Cukl\xed"


def test_xy_with_epsg_column_and_crs_argument(tmp_path):
    text = "x,y,epsg,desil\n400000,9050000,32750,miskin\n400100,9050100,32750,ekstrem\n"
    hh = read_households(write(tmp_path, "h.csv", text))
    assert hh.crs.to_epsg() == 32750 and hh["category"].tolist() == [2, 1]
    assert hh["weight"].tolist() == [1.0, 1.0]  # default
    text = "x;y;kategori\n400000;9050000;hampir miskin\n"
    hh = read_households(write(tmp_path, "h2.csv", text), crs="EPSG:32750")
    assert hh["category"].tolist() == [3]


def test_xlsx_and_point_layers(tmp_path):
    frame = pd.DataFrame(
        {
            "kode": ["S1", "S2"],
            "nama": ["A", "B"],
            "longitude": [116.1, 116.2],
            "latitude": [-8.6, -8.5],
        }
    )
    frame.to_excel(tmp_path / "c.xlsx", index=False)
    c = read_centres(tmp_path / "c.xlsx")
    assert c["centre_id"].tolist() == ["S1", "S2"]
    gdf = gpd.GeoDataFrame(
        {"jumlah_produsen": [4, 5], "desil": [1, 2]},
        geometry=[Point(400000, 9050000), Point(400050, 9050010)],
        crs=32750,
    )
    for name in ("h.gpkg", "h.geojson", "h.shp"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # shapefile field names cut to 10 characters
            gdf.to_file(tmp_path / name)
        hh = read_households(tmp_path / name)
        assert hh["weight"].tolist() == [4.0, 5.0] and hh["category"].tolist() == [1, 2]


def test_household_words_and_column_map(tmp_path):
    text = (
        "lon,lat,status,jml\n116.1,-8.6,Sangat Miskin,2\n116.1,-8.6,Rentan,1\n"
        "116.1,-8.6,desil 4,1\n"
    )
    hh = read_households(
        write(tmp_path, "h.csv", text), column_map={"status": "category", "jml": "weight"}
    )
    assert hh["category"].tolist() == [1, 3, 4] and hh["weight"].tolist() == [2, 1, 1]


CELL = st.one_of(
    st.text(alphabet=string.printable + "éíñ\x00", max_size=8),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.integers(-(10**17), 10**17).map(str),
    st.sampled_from(["", "baik", "1", "-8,6", "116.1", "nan", "miskin", "C01"]),
)
NAMES = st.sampled_from(
    [
        "lon",
        "lat",
        "x",
        "y",
        "epsg",
        "desil",
        "weight",
        "centre",
        "centre_id",
        "nama",
        "nik",
        "id",
        "foo",
        "lintang",
        "bujur",
        "",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cols=st.lists(NAMES, min_size=0, max_size=6),
    rows=st.lists(st.lists(CELL, min_size=0, max_size=7), min_size=0, max_size=5),
    sep=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"]),
    good=st.lists(
        st.tuples(st.floats(116.05, 116.2), st.floats(-8.65, -8.52), st.integers(1, 4)),
        min_size=1,
        max_size=6,
    ),
)
def test_random_tables_load_or_raise_input_error(tmp_path, cols, rows, sep, encoding, good):
    # a well-formed table in the same separator and encoding must load, row for row: a
    # reader that refused everything would fail here (not pass the random part below)
    ok = tmp_path / "good.csv"
    lines = [sep.join(["lon", "lat", "desil"])]
    lines += [sep.join([f"{x:.6f}", f"{y:.6f}", str(d)]) for x, y, d in good]
    ok.write_bytes("\n".join(lines).encode(encoding))
    assert len(read_households(ok)) == len(good)
    assert len(read_centres(ok)) == len(good)
    lines = [sep.join(cols)] + [sep.join(r) for r in rows]
    path = tmp_path / "random.csv"
    path.write_bytes("\n".join(lines).encode(encoding, errors="replace"))
    for reader in (read_households, read_centres):
        try:
            out = reader(path)
        except InputDataError:
            continue
        assert isinstance(out, gpd.GeoDataFrame) and out.crs is not None
        assert np.isfinite(out.geometry.x).all()

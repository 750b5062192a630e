"""One test per class of bad input: each raises InputDataError naming file, place and fix."""

from __future__ import annotations

import zipfile

import geopandas as gpd
import pytest
from shapely import LineString, Point

from mataram_gis.errors import InputDataError
from mataram_gis.io import read_centres, read_households, read_roads
from mataram_gis.io.validate import rows_text

HH_HEADER = "lon,lat,desil,weight\n"


def csv(tmp_path, text, name="h.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def fails(reader, path, *words, **kwargs) -> InputDataError:
    with pytest.raises(InputDataError) as err:
        reader(path, **kwargs)
    text = str(err.value)
    assert str(path) in text, text
    for word in words:
        assert word in text, text
    assert err.value.fix, text
    return err.value


def test_empty_table(tmp_path):
    fails(read_households, csv(tmp_path, HH_HEADER), "no rows")


def test_zero_byte_file(tmp_path):
    fails(read_households, csv(tmp_path, ""), "0 bytes")
    (tmp_path / "r.gpkg").write_bytes(b"")
    fails(read_roads, tmp_path / "r.gpkg", "0 bytes")


def test_binary_junk_with_csv_name(tmp_path):
    path = tmp_path / "h.csv"
    path.write_bytes(bytes(range(256)) * 20)
    fails(read_households, path, "not a text CSV")
    (tmp_path / "r.gpkg").write_bytes(b"junk" * 100)
    fails(read_roads, tmp_path / "r.gpkg", "cannot be opened")


def test_missing_file_and_wrong_suffix(tmp_path):
    fails(read_roads, tmp_path / "none.gpkg", "not found")
    fails(read_roads, csv(tmp_path, "a\n1\n", "roads.csv"), "unsupported file type")


def test_points_given_as_roads(tmp_path):
    path = tmp_path / "r.gpkg"
    gpd.GeoDataFrame({"kondisi": ["baik"]}, geometry=[Point(0, 0)], crs=32750).to_file(path)
    fails(read_roads, path, "Point", "roads must be lines")


def test_lines_given_as_households(tmp_path):
    path = tmp_path / "h.gpkg"
    line = LineString([(400000, 9050000), (400100, 9050000)])
    gpd.GeoDataFrame({"desil": [1]}, geometry=[line], crs=32750).to_file(path)
    fails(read_households, path, "LineString", "must be points")


def test_shapefile_without_prj(tmp_path):
    path = tmp_path / "r.shp"
    gpd.GeoDataFrame(
        {"kondisi": ["baik"], "fungsi": ["lokal"]},
        geometry=[LineString([(0, 0), (1, 1)])],
        crs=32750,
    ).to_file(path)
    (tmp_path / "r.prj").unlink()
    err = fails(read_roads, path, "no coordinate reference system")
    assert ".prj" in err.fix


def test_csv_xy_without_epsg(tmp_path):
    fails(read_households, csv(tmp_path, "x,y,desil\n400000,9050000,1\n"), "x/y", "EPSG")


def test_wrong_epsg_for_xy(tmp_path):
    path = csv(tmp_path, "x,y,desil\n400000,9050000,1\n")
    fails(read_households, path, "outside the area", crs="EPSG:32650")


def test_swapped_lon_lat(tmp_path):
    err = fails(
        read_households, csv(tmp_path, HH_HEADER + "-8.58,116.1,1,1\n-8.6,116.2,1,1\n"), "swapped?"
    )
    assert "lintang" in err.fix


def test_out_of_range_and_projected_in_lonlat(tmp_path):
    fails(
        read_households,
        csv(tmp_path, HH_HEADER + "116.1,-8.6,1,1\n190,-8.6,1,1\n"),
        "row 2",
        "out of the valid range",
    )
    err = fails(
        read_households,
        csv(tmp_path, HH_HEADER + "400000,9050000,1,1\n", "p.csv"),
        "out of the valid range",
    )
    assert "projected metres" in err.fix


def test_wrong_hemisphere(tmp_path):
    text = HH_HEADER + "116.1,-8.6,1,1\n116.1,-8.61,1,1\n116.1,8.59,1,1\n116.1,-8.62,1,1\n"
    fails(read_households, csv(tmp_path, text), "row 3", "opposite sign", "hemisphere")


@pytest.mark.parametrize("bad", ["", "dua", "nan"])
def test_text_or_nan_weight(tmp_path, bad):
    err = fails(
        read_households,
        csv(tmp_path, HH_HEADER + f"116.1,-8.6,1,1\n116.1,-8.6,1,{bad}\n"),
        "row 2",
        "not a number",
    )
    assert err.where == "column weight"


def test_negative_weight(tmp_path):
    fails(read_households, csv(tmp_path, HH_HEADER + "116.1,-8.6,1,-2\n"), "negative weight")


def test_unknown_category(tmp_path):
    fails(
        read_households,
        csv(tmp_path, HH_HEADER + "116.1,-8.6,7,1\n116.1,-8.6,kaya,1\n"),
        "rows 1, 2",
        "unknown poverty category",
    )


def test_missing_category_column(tmp_path):
    fails(read_households, csv(tmp_path, "lon,lat\n116.1,-8.6\n"), "no poverty category column")


def test_no_coordinates(tmp_path):
    fails(read_centres, csv(tmp_path, "nama\nA\n"), "no coordinate columns")


def test_unknown_condition_words(tmp_path):
    path = tmp_path / "r.gpkg"
    gpd.GeoDataFrame(
        {"kondisi": ["baik", "hancur"], "fungsi": ["lokal", "lokal"]},
        geometry=[LineString([(0, 0), (1, 0)]), LineString([(1, 0), (2, 0)])],
        crs=32750,
    ).to_file(path)
    err = fails(read_roads, path, "row 2", "unknown condition word 'hancur'")
    assert "rusak berat" in err.fix


def test_duplicate_centre_ids(tmp_path):
    text = "centre_id,lon,lat\nC01,116.1,-8.6\nC02,116.1,-8.6\nC01,116.2,-8.6\n"
    fails(read_centres, csv(tmp_path, text), "duplicate ids 'C01'", "rows 1, 3")


def test_duplicate_household_ids(tmp_path):
    text = "household_id,lon,lat,desil\nA,116.1,-8.6,1\nA,116.1,-8.6,2\n"
    fails(read_households, csv(tmp_path, text), "duplicate ids 'A'")


def test_zip_without_dbf(tmp_path):
    gpd.GeoDataFrame(
        {"kondisi": ["baik"], "fungsi": ["lokal"]},
        geometry=[LineString([(0, 0), (1, 1)])],
        crs=32750,
    ).to_file(tmp_path / "r.shp")
    archive = tmp_path / "r.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for ext in (".shp", ".shx", ".prj"):
            zf.write(tmp_path / f"r{ext}", f"r{ext}")
    fails(read_roads, archive, "has no .dbf file")
    (tmp_path / "r.dbf").unlink()
    fails(read_roads, tmp_path / "r.shp", "no .dbf file")


def test_ragged_csv(tmp_path):
    fails(
        read_households,
        csv(tmp_path, 'lon,lat,desil\n116.1,-8.6,1\n"116.1,-8.6\n'),
        "cannot be parsed",
    )


def test_rows_text():
    assert rows_text([3]) == "row 3"
    assert rows_text(range(1, 9)) == "rows 1, 2, 3, 4, 5, ... (8 rows)"

"""Kelurahan boundaries: reading (GPKG, SHP, GeoJSON, Indonesian columns), assignment, demo."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, Point, box

from mataram_gis.admin import assign, kecamatan_areas, place_label
from mataram_gis.demo.admin import KELURAHAN, demo_admin
from mataram_gis.errors import InputDataError
from mataram_gis.io.admin import read_admin

CRS = "EPSG:32750"


def _areas(**cols) -> gpd.GeoDataFrame:
    geoms = [box(0, 0, 100, 100), box(100, 0, 200, 100), box(0, 100, 200, 200)]
    return gpd.GeoDataFrame(cols, geometry=geoms, crs=CRS)


@pytest.mark.parametrize("suffix", [".gpkg", ".shp", ".geojson"])
def test_reads_indonesian_columns_in_every_format(tmp_path, suffix):
    frame = _areas(
        Desa=["Karang Pule", "Pagesangan", "Rembiga"],
        KECAMATAN=["Sekarbela", "Mataram", "Selaparang"],
        kode=["52.71.04.1001", "52.71.02.1001", "52.71.05.1001"],
    )
    path = tmp_path / f"batas{suffix}"
    frame.to_file(path)
    got = read_admin(path)
    assert got["kelurahan"].tolist() == ["Karang Pule", "Pagesangan", "Rembiga"]
    assert got["kecamatan"].tolist() == ["Sekarbela", "Mataram", "Selaparang"]
    assert got["kode"].tolist() == ["52.71.04.1001", "52.71.02.1001", "52.71.05.1001"]
    assert got.crs.to_epsg() == 32750


def test_kecamatan_only_layer_names_areas_by_kecamatan(tmp_path):
    path = tmp_path / "kec.geojson"
    _areas(nama_kecamatan=["Ampenan", "Mataram", "Cakranegara"]).to_file(path)
    got = read_admin(path)
    assert got["kelurahan"].tolist() == got["kecamatan"].tolist()


def test_points_layer_is_refused_with_a_fix(tmp_path):
    path = tmp_path / "pts.geojson"
    gpd.GeoDataFrame({"kelurahan": ["A"]}, geometry=[Point(0, 0)], crs=CRS).to_file(path)
    with pytest.raises(InputDataError, match="must be polygons") as err:
        read_admin(path)
    assert "pts.geojson" in err.value.message and "Fix:" in err.value.message


def test_missing_name_column_is_refused(tmp_path):
    path = tmp_path / "x.gpkg"
    _areas(luas=[1.0, 2.0, 3.0]).to_file(path)
    with pytest.raises(InputDataError, match="no column names the areas"):
        read_admin(path)


def test_multi_layer_gpkg_picks_the_kelurahan_layer(tmp_path):
    path = tmp_path / "admin.gpkg"
    _areas(kecamatan=["A", "B", "C"]).to_file(path, layer="kecamatan")
    _areas(kelurahan=["K1", "K2", "K3"], kecamatan=["A", "B", "C"]).to_file(
        path, layer="kelurahan"
    )
    assert read_admin(path)["kelurahan"].tolist() == ["K1", "K2", "K3"]


def test_assign_points_lines_and_boundaries():
    admin = _areas(kelurahan=["K1", "K2", "K3"], kecamatan=["A", "A", "B"], kode=["", "", ""])
    pts = gpd.GeoDataFrame(
        geometry=[Point(50, 50), Point(150, 50), Point(100, 50), Point(500, 500)], crs=CRS
    )
    got = assign(pts, admin)
    assert got["kelurahan"].tolist() == ["K1", "K2", "K1", ""]  # boundary: first area
    lines = gpd.GeoDataFrame(
        geometry=[LineString([(10, 50), (200, 50)]), LineString([(50, 150), (50, 190)])], crs=CRS
    )
    got = assign(lines, admin)
    assert got["kelurahan"].tolist() == ["K2", "K3"]  # by the midpoint (x = 105)
    assert got["kecamatan"].tolist() == ["A", "B"]


def test_assign_reprojects_the_boundaries():
    admin = _areas(kelurahan=["K1", "K2", "K3"], kecamatan=["A", "A", "B"], kode=["", "", ""])
    pts = gpd.GeoDataFrame(geometry=[Point(150, 50)], crs=CRS).to_crs(4326)
    assert assign(pts, admin)["kelurahan"].tolist() == ["K2"]
    assert assign(pts, None)["kelurahan"].tolist() == [""]


def test_place_label():
    assert place_label("Jl. Pejanggik", "Mataram Timur") == "Jl. Pejanggik, Kel. Mataram Timur"
    assert place_label("", "Karang Pule") == "Jalan di Kel. Karang Pule"
    assert place_label("Jl. X", "") == "Jl. X"
    assert place_label("", "", lang="en") == "(unnamed)"


def test_demo_admin_has_mataram_kelurahan_and_tiles_the_city():
    a = demo_admin()
    assert len(a) == sum(len(v) for v in KELURAHAN.values()) == 50
    assert set(a["kecamatan"]) == {
        "Ampenan", "Sekarbela", "Mataram", "Selaparang", "Cakranegara", "Sandubaya",
    }  # fmt: skip
    assert {"Karang Pule", "Ampenan Utara", "Cakranegara Barat", "Dasan Agung"} <= set(
        a["kelurahan"]
    )
    assert a["synthetic"].all() and a.is_valid.all()
    # No overlaps (beyond the warp bending shared edges by centimetres): areas sum to the union.
    union = shapely.union_all(a.geometry.to_numpy())
    assert a.area.sum() == pytest.approx(union.area, rel=1e-6)
    assert len(kecamatan_areas(a)) == 6


def test_demo_households_fall_in_kelurahan():
    from mataram_gis.demo import make_demo

    hh = make_demo().households
    got = assign(hh, demo_admin())
    assert np.mean(got["kelurahan"] != "") > 0.99


def test_hazard_polygons_mark_exposed_segments(tmp_path):
    from mataram_gis.criticality import hazard_exposure
    from mataram_gis.io.admin import read_hazard

    path = tmp_path / "banjir.geojson"
    gpd.GeoDataFrame({"risiko": ["tinggi"]}, geometry=[box(0, 0, 10, 10)], crs=CRS).to_file(path)
    hazard = read_hazard(path)
    lines = gpd.GeoDataFrame(
        geometry=[LineString([(5, 5), (50, 5)]), LineString([(20, 20), (30, 30)])], crs=CRS
    )
    assert hazard_exposure(lines, hazard).tolist() == [True, False]
    assert hazard_exposure(lines, None).tolist() == [False, False]
    pts = tmp_path / "p.geojson"
    gpd.GeoDataFrame(geometry=[Point(0, 0)], crs=CRS).to_file(pts)
    with pytest.raises(InputDataError, match="must be polygons"):
        read_hazard(pts)

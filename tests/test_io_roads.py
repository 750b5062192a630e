"""Road layers: formats, column map, words, oneway, topology, speed."""

from __future__ import annotations

import zipfile

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely import LineString, MultiLineString

from mataram_gis.errors import InputDataError
from mataram_gis.io import read_roads
from mataram_gis.io.roads import ROAD_SCHEMA


def roads_frame(**columns) -> gpd.GeoDataFrame:
    """Three lines meeting at (100, 0), in UTM 50S near Mataram."""
    x0, y0 = 400_000.0, 9_050_000.0
    lines = [
        LineString([(x0, y0), (x0 + 100, y0)]),
        LineString([(x0 + 100, y0), (x0 + 200, y0)]),
        LineString([(x0 + 100, y0), (x0 + 100, y0 + 100)]),
    ]
    data = {
        "nama_ruas": ["Jl. Pejanggik", "Jl. Selaparang", "Gang Melati"],
        "kondisi": ["Baik", "rusak_ringan", "RUSAK BERAT"],
        "fungsi": ["Arteri", "kolektor", "gang"],
    }
    data.update(columns)
    data = {k: v for k, v in data.items() if v is not None}
    return gpd.GeoDataFrame(data, geometry=lines, crs=32750)


def test_gpkg_indonesian_columns(tmp_path):
    path = tmp_path / "jalan.gpkg"
    roads_frame(status=["Nasional", "provinsi", "kota"], lebar=["6,5", "5", ""]).to_file(path)
    roads, report = read_roads(path)
    sources = ["class_source", "condition_source"]
    # the road inventory fields the file carries follow (mataram_gis.io.inventory)
    assert list(roads.columns) == [*ROAD_SCHEMA[:-1], *sources, "status", "fungsi", "geometry"]
    assert (roads[sources] == "input").all().all()
    assert roads["fungsi"].tolist() == ["arteri", "kolektor", "lingkungan"]
    assert roads.crs.to_epsg() == 32750
    assert roads["condition"].tolist() == ["baik", "rusak ringan", "rusak berat"]
    assert roads["highway"].tolist() == ["primary", "tertiary", "gang"]
    assert roads["authority"].tolist() == ["nasional", "provinsi", "kota"]
    assert roads["name"].tolist()[0] == "Jl. Pejanggik"
    assert roads["width_m"].iloc[0] == 6.5 and np.isnan(roads["width_m"].iloc[2])
    assert not roads["oneway"].any() and not roads["synthetic"].any()
    assert report.parts == 1 and report.repairs == 0 and report.dropped_parts == []


def test_english_columns_geojson_and_iri(tmp_path):
    path = tmp_path / "roads.geojson"
    frame = roads_frame(kondisi=None, name=["a", "b", "c"], iri=[3.9, 8.0, 12.5])
    frame = frame.rename(columns={"fungsi": "class"})
    frame.to_crs(4326).to_file(path, driver="GeoJSON")
    roads, _ = read_roads(path)
    assert roads.crs.to_epsg() == 4326
    assert roads["condition"].tolist() == ["baik", "sedang", "rusak berat"]


def test_condition_from_surface_and_smoothness(tmp_path):
    path = tmp_path / "r.gpkg"
    frame = roads_frame(
        kondisi=None, perkerasan=["aspal", "tanah", "beton"], smoothness=["", "", "bad"]
    )
    frame.to_file(path)
    roads, _ = read_roads(path)
    assert roads["condition"].tolist() == ["baik", "rusak ringan", "rusak ringan"]
    assert roads["surface"].tolist() == ["asphalt", "ground", "concrete"]


def test_no_condition_column_defaults_to_sedang_with_a_warning(tmp_path, caplog):
    path = tmp_path / "r.gpkg"
    roads_frame(kondisi=None).to_file(path)
    with caplog.at_level("WARNING"):
        roads, report = read_roads(path)
    assert roads["condition"].tolist() == ["sedang"] * 3
    assert roads["condition_source"].tolist() == ["default"] * 3
    assert (roads["class_source"] == "input").all()
    warning = next(m for m in report.messages if "no road condition column" in m)
    assert "r.gpkg" in warning and "kondisi" in warning and "tidak diketahui" in warning
    assert any("no road condition column" in r.message for r in caplog.records)


def test_column_map_override(tmp_path):
    path = tmp_path / "r.gpkg"
    frame = roads_frame(kondisi=None, KONDISI_2023=["baik", "sedang", "sedang"])
    frame.to_file(path)
    roads, _ = read_roads(path, column_map={"KONDISI_2023": "condition"})
    assert roads["condition"].tolist() == ["baik", "sedang", "sedang"]
    with pytest.raises(InputDataError, match="does not have"):
        read_roads(path, column_map={"nope": "condition"})
    with pytest.raises(InputDataError, match="unknown field"):
        read_roads(path, column_map={"KONDISI_2023": "kondisi"})


def test_unknown_condition_words_name_rows(tmp_path):
    path = tmp_path / "r.gpkg"
    roads_frame(kondisi=["baik", "lumayan", "parah"]).to_file(path)
    with pytest.raises(InputDataError) as err:
        read_roads(path)
    text = str(err.value)
    assert "rows 2, 3" in text and "'lumayan'" in text and "rusak ringan" in text


def test_oneway_minus_one_reverses(tmp_path):
    path = tmp_path / "r.gpkg"
    roads_frame(satu_arah=["yes", "-1", "tidak"]).to_file(path)
    roads, _ = read_roads(path)
    assert roads["oneway"].tolist() == [True, True, False]
    assert shapely.get_coordinates(roads.geometry.iloc[1])[0, 0] == 400_200.0


def test_multilinestring_exploded(tmp_path):
    path = tmp_path / "r.gpkg"
    frame = roads_frame()
    a, b, c = frame.geometry
    frame = gpd.GeoDataFrame(
        frame.iloc[:2].copy(), geometry=[MultiLineString([a, b]), c], crs=32750
    )
    frame.to_file(path)
    roads, _ = read_roads(path)
    assert len(roads) == 3 and set(roads.geom_type) == {"LineString"}


def test_shapefile_zip_and_prj(tmp_path):
    shp = tmp_path / "jalan.shp"
    roads_frame().to_file(shp)
    roads, _ = read_roads(shp)
    assert len(roads) == 3
    archive = tmp_path / "jalan.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for part in tmp_path.glob("jalan.*"):
            if part.suffix != ".zip":
                zf.write(part, part.name)
    assert len(read_roads(archive)[0]) == 3
    (tmp_path / "jalan.prj").unlink()
    with pytest.raises(InputDataError, match="no coordinate reference system") as err:
        read_roads(shp)
    assert ".prj" in err.value.fix
    assert read_roads(shp, crs="EPSG:32750")[0].crs.to_epsg() == 32750


def test_multi_layer_gpkg_needs_layer(tmp_path):
    path = tmp_path / "r.gpkg"
    roads_frame().to_file(path, layer="a")
    roads_frame().to_file(path, layer="b")
    with pytest.raises(InputDataError, match="several layers"):
        read_roads(path)
    assert len(read_roads(path, layer="b")[0]) == 3


def test_unknown_class_and_missing_class(tmp_path):
    path = tmp_path / "r.gpkg"
    roads_frame(fungsi=["arteri", "jalan tikus", "gang"]).to_file(path)
    with pytest.raises(InputDataError, match="row 2: unknown road class"):
        read_roads(path)
    roads_frame(fungsi=None, kondisi=None).to_file(tmp_path / "s.gpkg")
    roads, report = read_roads(tmp_path / "s.gpkg")  # names only: defaults, loudly
    assert roads["highway"].tolist() == ["residential"] * 3
    assert (roads[["class_source", "condition_source"]] == "default").all().all()
    assert any("no road class column" in m and "fungsi" in m for m in report.messages)


def test_repairs_reach_contract(tmp_path):
    path = tmp_path / "r.gpkg"
    lines = [
        LineString([(0, 0), (100, 0)]),
        LineString([(50, -50), (50, 50)]),  # crosses without a vertex
        LineString([(100, 2), (100, 100)]),  # ends 2 m from another end
        LineString([(30, 1.5), (30, 60)]),  # ends 1.5 m from the side of line 0
        LineString([(5000, 5000), (5100, 5000)]),  # a separate part
    ]
    lines = [shapely.affinity.translate(g, 400_000, 9_050_000) for g in lines]
    frame = gpd.GeoDataFrame(
        {"kondisi": ["baik"] * 5, "fungsi": ["lokal"] * 5}, geometry=lines, crs=32750
    )
    frame.to_file(path)
    roads, report = read_roads(path)
    assert len(roads) == 7
    assert report.parts == 2 and len(report.dropped_parts) == 1
    n, metres, (lon, _lat) = report.dropped_parts[0]
    assert n == 1 and metres == 100.0 and -180 <= lon <= 180
    from mataram_gis.io.topology import obeys_contract

    assert obeys_contract(roads.geometry.to_numpy(), tolerance=3.0)
    assert report.repairs >= 4


def test_utm_metres_declared_as_lonlat_are_refused_and_can_be_fixed(tmp_path):
    path = tmp_path / "r.gpkg"
    roads_frame().set_crs(4326, allow_override=True).to_file(path)
    with pytest.raises(InputDataError, match="look like metres") as err:
        read_roads(path)
    assert str(path) in err.value.message and "--roads-crs" in err.value.fix
    roads, report = read_roads(path, crs="32750")
    assert roads.crs.to_epsg() == 32750 and len(roads) == 3
    assert any("--roads-crs" in m for m in report.messages)


def test_degrees_declared_as_utm_are_refused_before_any_work(tmp_path):
    lonlat = roads_frame().to_crs(4326)
    path = tmp_path / "r.gpkg"
    lonlat.set_crs(32750, allow_override=True).to_file(path)
    with pytest.raises(InputDataError, match="longitude/latitude degrees") as err:
        read_roads(path)
    assert "--roads-crs 4326" in err.value.fix
    assert read_roads(path, crs="EPSG:4326")[0].crs.to_epsg() == 4326


def test_coordinates_outside_the_crs_area_are_refused(tmp_path):
    path = tmp_path / "r.gpkg"
    frame = roads_frame()
    frame.geometry = frame.geometry.translate(1e12, 0)
    frame.to_file(path)
    with pytest.raises(InputDataError, match="rows 1, 2, 3: lines lie outside the area"):
        read_roads(path)


@pytest.mark.parametrize("bad", [-5, float("nan"), float("inf"), 1e6, 50.5, "drei"])
def test_absurd_tolerance_is_refused(tmp_path, bad):
    from mataram_gis.errors import UsageError

    path = tmp_path / "r.gpkg"
    roads_frame().to_file(path)
    with pytest.raises(UsageError, match="from 0 to 50 m"):
        read_roads(path, tolerance_m=bad)


def test_exact_duplicates_do_not_change_the_network(tmp_path):
    from mataram_gis.demo import make_demo

    demo = make_demo(scale=1).roads
    rng = np.random.default_rng(5)
    pick = rng.choice(len(demo), 2000, replace=False)
    copies = demo.iloc[pick].copy()
    twoway = ~copies["oneway"].to_numpy()
    flip = twoway & (rng.random(len(copies)) < 0.5)  # reversed copies of two-way streets
    geoms = copies.geometry.to_numpy()
    geoms[flip] = shapely.reverse(geoms[flip])
    copies = copies.set_geometry(gpd.GeoSeries(geoms, index=copies.index, crs=demo.crs))
    clean, doubled = tmp_path / "clean.gpkg", tmp_path / "doubled.gpkg"
    demo.to_file(clean, engine="pyogrio")
    gpd.GeoDataFrame(pd.concat([demo, copies], ignore_index=True), crs=demo.crs).to_file(
        doubled, engine="pyogrio"
    )
    a, _ = read_roads(clean)
    b, report = read_roads(doubled)
    assert report.duplicates == 2000
    assert any("2000 exact duplicate lines removed" in m for m in report.messages)
    assert len(b) == len(a) == len(demo)
    assert (shapely.to_wkb(a.geometry.to_numpy()) == shapely.to_wkb(b.geometry.to_numpy())).all()


def test_layer_of_zero_length_lines_names_the_file(tmp_path):
    path = tmp_path / "titik.gpkg"
    x0, y0 = 400_000.0, 9_050_000.0
    frame = roads_frame()
    frame.geometry = [LineString([(x0 + i, y0), (x0 + i, y0)]) for i in range(3)]
    frame.to_file(path)
    with pytest.raises(InputDataError, match="all 3 lines have zero length") as err:
        read_roads(path)
    assert "titik.gpkg" in err.value.message
    frame.geometry = [frame.geometry.iloc[0], *roads_frame().geometry.iloc[1:]]
    frame.to_file(path)
    roads, report = read_roads(path)
    assert len(roads) == 2 and any("row 1 have zero length" in m for m in report.messages)


def test_nan_coordinates_are_refused_by_row(tmp_path):
    path = tmp_path / "r.gpkg"
    frame = roads_frame()
    x0, y0 = 400_000.0, 9_050_000.0
    frame.geometry = [*frame.geometry.iloc[:2], LineString([(x0, y0), (np.nan, y0 + 5)])]
    frame.to_file(path)
    with pytest.raises(InputDataError, match="row 3: coordinates that are not numbers"):
        read_roads(path)

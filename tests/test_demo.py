"""Tests of the built-in SYNTHETIC demo city (mataram_gis.demo)."""

from __future__ import annotations

import sqlite3

import geopandas as gpd
import networkx as nx
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal
from scipy.spatial import cKDTree

from mataram_gis.demo import DemoData, make_demo, write_demo

ROAD_COLUMNS = [
    "name",
    "highway",
    "condition",
    "oneway",
    "authority",
    "surface",
    "width_m",
    "maxspeed_kmh",
    "synthetic",
    "nomor_ruas",
    "status",
    "fungsi",
    "perkerasan",
    "iri",
]
CONDITIONS = {"baik", "sedang", "rusak ringan", "rusak berat"}
BRIDGE_CLASSES = {"primary", "secondary", "tertiary", "unclassified"}


@pytest.fixture(scope="module")
def demo() -> DemoData:
    return make_demo()


@pytest.fixture(scope="module")
def endpoints(demo: DemoData) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Node id of each segment's start and end (exact coordinate identity), node coords."""
    g = demo.roads.geometry.values
    s = shapely.get_coordinates(shapely.get_point(g, 0))
    e = shapely.get_coordinates(shapely.get_point(g, -1))
    nodes, inv = np.unique(np.concatenate([s, e]), axis=0, return_inverse=True)
    return inv[: len(g)], inv[len(g) :], nodes


def test_deterministic(demo: DemoData) -> None:
    again = make_demo(scale=1, seed=2023)
    for a, b in [
        (demo.roads, again.roads),
        (demo.centres, again.centres),
        (demo.households, again.households),
        (demo.rivers, again.rivers),
    ]:
        assert_geodataframe_equal(a, b, check_less_precise=False)


def test_roads_schema(demo: DemoData) -> None:
    r = demo.roads
    assert list(r.columns) == [*ROAD_COLUMNS, "geometry"]
    assert r.crs.to_epsg() == 32750
    assert len(r) >= 10_000
    assert (shapely.get_type_id(r.geometry.values) == 1).all()  # LineString
    assert r["synthetic"].dtype == bool and r["synthetic"].all()
    assert r["oneway"].dtype == bool
    assert set(r["condition"]) == CONDITIONS
    assert set(r["authority"]) <= {"nasional", "provinsi", "kota", ""}
    assert set(r["surface"]) <= {"asphalt", "concrete", "paving_stones", "compacted", "unpaved"}
    for c in ("name", "highway", "condition", "authority", "surface"):
        assert r[c].map(type).eq(str).all(), c
    w = r["width_m"].dropna()
    assert (w > 0.5).all() and (w < 30).all()
    assert r["maxspeed_kmh"].isna().mean() > 0.8
    # Inside Mataram's extent (about 116.07-116.17 E, 8.63-8.55 S), give or take the warp.
    lon0, lat0, lon1, lat1 = r.to_crs(4326).total_bounds
    assert 116.05 < lon0 < 116.09 and 116.15 < lon1 < 116.19
    assert -8.65 < lat0 < -8.61 and -8.57 < lat1 < -8.53


def test_road_hierarchy_and_condition(demo: DemoData) -> None:
    r = demo.roads
    counts = r["highway"].value_counts()
    for cls in ("primary", "secondary", "tertiary", "residential", "gang"):
        assert counts.get(cls, 0) > 0, cls
    assert counts["gang"] > 0.2 * len(r)
    assert {"Jl. Pejanggik", "Jl. Langko", "Jl. Selaparang"} <= set(r["name"])
    assert r.loc[r.highway == "gang", "name"].str.startswith("Gg. ").any()
    assert (r.loc[r.highway == "gang", "name"] == "").any()
    # arterials are curved (multi-vertex) and mostly in good or fair condition
    prim = r[r.highway == "primary"]
    assert (shapely.get_num_coordinates(prim.geometry.values) > 2).mean() > 0.5
    assert prim["condition"].isin(["baik", "sedang"]).mean() > 0.75
    gang = r[r.highway == "gang"]
    assert gang["condition"].str.startswith("rusak").mean() > 0.5
    # one-way streets: the Pejanggik / Selaparang pair and some residential streets
    # (the ends of the pair at the edge of the city stay two-way: no dead-end one-ways)
    for name, east in (("Jl. Pejanggik", True), ("Jl. Selaparang", False)):
        pair = r[(r.name == name) & r.oneway].geometry.values
        assert len(pair) >= 0.9 * (r.name == name).sum()
        dx = shapely.get_x(shapely.get_point(pair, -1)) - shapely.get_x(shapely.get_point(pair, 0))
        assert ((dx > 0) == east).all(), name
    assert r.loc[(r.highway == "residential"), "oneway"].any()
    # not a lattice: street directions vary widely
    res = r[r.highway == "residential"].geometry.values
    s = shapely.get_coordinates(shapely.get_point(res, 0))
    e = shapely.get_coordinates(shapely.get_point(res, -1))
    ang = np.degrees(np.arctan2(e[:, 1] - s[:, 1], e[:, 0] - s[:, 0])) % 90
    hist = np.histogram(ang, bins=9, range=(0, 90))[0]
    assert (hist > 0.03 * len(res)).all()


def test_topology_contract(demo: DemoData, endpoints) -> None:
    g = demo.roads.geometry.values
    u, v, _ = endpoints
    assert (shapely.length(g) > 1.0).all()
    assert shapely.is_simple(g).all()
    assert (u == v).mean() < 0.001
    # Lines meet only at shared endpoints: every intersecting pair intersects exactly in
    # the endpoints they share (no crossing, no T onto an interior vertex, no overlap).
    s = shapely.get_point(g, 0)
    e = shapely.get_point(g, -1)
    a, b = shapely.STRtree(g).query(g, predicate="intersects")
    keep = a < b
    a, b = a[keep], b[keep]
    inter = shapely.intersection(g[a], g[b])
    shared = shapely.intersection(shapely.union(s[a], e[a]), shapely.union(s[b], e[b]))
    bad = ~shapely.equals(inter, shared)
    assert len(a) > len(g)  # sanity: junctions exist
    assert not bad.any(), f"{bad.sum()} pairs meet outside shared endpoints"


def test_connected_for_motorcycles(demo: DemoData, endpoints) -> None:
    u, v, nodes = endpoints
    graph = nx.DiGraph()
    graph.add_edges_from(zip(u.tolist(), v.tolist(), strict=True))
    two_way = ~demo.roads["oneway"].to_numpy()
    graph.add_edges_from(zip(v[two_way].tolist(), u[two_way].tolist(), strict=True))
    n = graph.number_of_nodes()
    assert n == len(nodes)
    assert len(max(nx.weakly_connected_components(graph), key=len)) >= 0.98 * n
    assert len(max(nx.strongly_connected_components(graph), key=len)) >= 0.98 * n


def test_rivers_crossed_only_at_few_bridges(demo: DemoData) -> None:
    rivers = demo.rivers
    assert rivers is not None and len(rivers) >= 3
    assert {"Sungai Jangkok", "Sungai Ancar", "Sungai Unus"} <= set(rivers["name"])
    tree = shapely.STRtree(demo.roads.geometry.values)
    for name, river in zip(rivers["name"], rivers.geometry.values, strict=True):
        hit = tree.query(river, predicate="intersects")
        assert 2 <= len(hit) <= 15, (name, len(hit))
        assert set(demo.roads["highway"].iloc[hit]) <= BRIDGE_CLASSES, name


def test_centres(demo: DemoData) -> None:
    c = demo.centres
    assert list(c.columns) == ["centre_id", "name", "sector", "synthetic", "geometry"]
    assert 5 <= len(c) <= 8
    assert c["centre_id"].is_unique and c["centre_id"].str.fullmatch(r"C\d\d").all()
    assert c["synthetic"].all()
    assert c["name"].str.startswith("Sentra ").all()
    assert {"tahu tempe", "kerajinan cukli", "perhiasan mutiara & perak"} <= set(c["sector"])
    d = shapely.STRtree(demo.roads.geometry.values).query_nearest(
        c.geometry.values, return_distance=True, all_matches=False
    )[1]
    assert (d < 100).all()


def test_households(demo: DemoData) -> None:
    h = demo.households
    assert list(h.columns) == [
        "household_id",
        "weight",
        "category",
        "centre",
        "synthetic",
        "geometry",
    ]
    assert len(h) == 20_000
    assert h["household_id"].is_unique and h["household_id"].iloc[0] == "H000001"
    assert h["synthetic"].all()
    assert set(h["category"]) == {1, 2, 3, 4}
    assert h["weight"].dtype == float and set(h["weight"]) <= {0.0, 1.0, 2.0, 3.0, 4.0}
    assert (h["weight"] == 1).mean() > 0.5 and (h["weight"] == 0).any()
    fixed = h["centre"] != ""
    assert 0.07 < fixed.mean() < 0.13
    assert set(h.loc[fixed, "centre"]) <= set(demo.centres["centre_id"])
    # Near roads: most within 50 m, a handful more than 500 m away.
    tree = shapely.STRtree(demo.roads.geometry.values)
    d = tree.query_nearest(h.geometry.values, return_distance=True, all_matches=False)[1]
    assert (d <= 50).mean() > 0.9
    assert 3 <= (d > 500).sum() <= 50


def test_households_clustered(demo: DemoData) -> None:
    xy = shapely.get_coordinates(demo.households.geometry.values)
    area = shapely.area(shapely.convex_hull(shapely.multipoints(xy)))
    nn = cKDTree(xy).query(xy, k=2)[0][:, 1]
    clark_evans = nn.mean() / (0.5 / np.sqrt(len(xy) / area))
    assert clark_evans < 0.6  # 1.0 would be a uniform random pattern
    # counts per 500 m cell vary far more than a Poisson (uniform) pattern would
    cells = pd.Series(list(map(tuple, (xy // 500).astype(int)))).value_counts()
    assert cells.std() / np.sqrt(cells.mean()) > 3


def test_poorest_kampung_have_more_desil_1_2(demo: DemoData) -> None:
    h = demo.households
    xy = shapely.get_coordinates(h.geometry.values)
    cell = pd.Series(list(map(tuple, (xy // 500).astype(int))))
    share = (h["category"] <= 2).groupby(cell.to_numpy()).mean()
    assert share.max() > 0.7 and share.quantile(0.1) < 0.5


def test_scale_4(demo: DemoData) -> None:
    big = make_demo(scale=4)
    small_n = len(demo.roads)
    assert 3.2 * small_n <= len(big.roads) <= 4.8 * small_n
    assert len(big.households) == 80_000
    assert len(big.centres) > 8 and big.centres["centre_id"].is_unique


@pytest.mark.parametrize("bad", [0, -1, 1.5, True])
def test_bad_scale(bad) -> None:
    with pytest.raises(ValueError, match="scale"):
        make_demo(scale=bad)


@pytest.mark.filterwarnings("ignore:More than one layer found")
def test_write_demo_round_trip(tmp_path, demo: DemoData) -> None:
    paths = write_demo(tmp_path / "out")
    assert set(paths) == {"roads", "centres", "households", "ruas", "survey", "prices"}
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "centres.csv",
        "daftar_ruas.csv",
        "harga_satuan.csv",
        "households.csv",
        "roads.gpkg",
        "survei_iri.csv",
    ]
    layers = pyogrio.list_layers(paths["roads"])
    assert layers[0][0] == "roads"
    info = pyogrio.read_info(paths["roads"], layer="roads")
    assert "SYNTHETIC" in info["layer_metadata"]["DESCRIPTION"]
    with sqlite3.connect(paths["roads"]) as con:
        desc = con.execute(
            "SELECT description FROM gpkg_contents WHERE table_name = 'roads'"
        ).fetchone()[0]
    assert "synthetic" in desc.lower()
    roads = gpd.read_file(paths["roads"])  # default (first) layer
    assert list(roads.columns) == [*ROAD_COLUMNS, "geometry"]
    assert roads.crs.to_epsg() == 32750
    assert len(roads) == len(demo.roads)
    assert roads["oneway"].sum() == demo.roads["oneway"].sum()
    assert roads.geometry.geom_equals_exact(demo.roads.geometry, 1e-6).all()

    centres = pd.read_csv(paths["centres"], keep_default_na=False)
    assert list(centres.columns) == ["centre_id", "name", "sector", "lon", "lat", "synthetic"]
    assert centres["centre_id"].tolist() == demo.centres["centre_id"].tolist()
    assert centres["synthetic"].astype(str).eq("True").all()

    text = paths["households"].read_text().splitlines()
    assert text[0] == "household_id,weight,desil,centre,lon,lat,synthetic"
    lon, lat = text[1].split(",")[4:6]
    assert len(lon.split(".")[1]) == 6 and len(lat.split(".")[1]) == 6
    hh = pd.read_csv(paths["households"], dtype={"centre": str}, keep_default_na=False)
    assert len(hh) == len(demo.households)
    assert (hh["desil"].to_numpy() == demo.households["category"].to_numpy()).all()
    assert (hh["centre"] == "").sum() == (demo.households["centre"] == "").sum()
    back = gpd.GeoSeries(gpd.points_from_xy(hh["lon"], hh["lat"]), crs=4326).to_crs(32750)
    assert back.distance(demo.households.geometry.reset_index(drop=True)).max() < 0.2


def test_write_demo_replaces_existing_files(tmp_path) -> None:
    target = tmp_path / "roads.gpkg"
    target.write_text("old")
    paths = write_demo(tmp_path)
    assert paths["roads"] == target and target.stat().st_size > 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "centres.csv",
        "daftar_ruas.csv",
        "harga_satuan.csv",
        "households.csv",
        "roads.gpkg",
        "survei_iri.csv",
    ]


def test_road_inventory(demo: DemoData) -> None:
    """Nomor ruas (SK style), statuses with national/provincial arterials, pavements, IRI."""
    from mataram_gis.condition import classify

    r = demo.roads
    assert set(r["status"]) == {"nasional", "provinsi", "kota"}
    assert set(r.loc[r["status"] != "kota", "fungsi"]) == {"arteri"}
    assert set(r["fungsi"]) == {"arteri", "kolektor", "lokal", "lingkungan"}
    assert set(r["perkerasan"]) == {"aspal", "beton", "paving", "kerikil", "tanah"}
    named = r["name"] != ""
    assert (r.loc[named, "nomor_ruas"] != "").all() and (r.loc[~named, "nomor_ruas"] == "").all()
    assert r.loc[r["status"] == "nasional", "nomor_ruas"].str.startswith("N-").all()
    iri = r["iri"].to_numpy()
    measured = np.isfinite(iri)
    assert 0.05 < measured.mean() < 0.5  # measured on part, categories elsewhere
    assert (classify(iri=iri[measured]) == r["condition"].to_numpy()[measured]).all()

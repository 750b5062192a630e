"""Topology repair: joins, splits, levels, parts, and the clean fast path."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
from shapely import LineString

from mataram_gis.io.topology import node_lines, obeys_contract, part_labels, repair_topology


def frame(lines, crs=32750, **cols):
    return gpd.GeoDataFrame({"k": range(len(lines)), **cols}, geometry=lines, crs=crs)


def test_clean_grid_takes_fast_path():
    lines = [LineString([(x, y), (x + 10, y)]) for x in range(0, 50, 10) for y in (0, 10)]
    lines += [LineString([(x, 0), (x, 10)]) for x in range(0, 60, 10)]
    roads, report = repair_topology(frame(lines))
    assert report.repairs == 0 and report.parts == 1 and len(roads) == len(lines)
    assert obeys_contract(roads.geometry.to_numpy(), tolerance=3)


def test_crossing_split_and_attributes_copied():
    roads, report = repair_topology(
        frame([LineString([(0, 0), (10, 0)]), LineString([(5, -5), (5, 5)])])
    )
    assert len(roads) == 4 and report.repairs == 2
    assert sorted(roads["k"]) == [0, 0, 1, 1]
    assert obeys_contract(roads.geometry.to_numpy(), tolerance=3)


def test_shared_interior_vertex_is_a_junction():
    roads, _ = repair_topology(
        frame([LineString([(0, 0), (5, 0), (10, 0)]), LineString([(5, 0), (5, 5)])])
    )
    assert len(roads) == 3


def test_bridge_level_keeps_crossing_apart():
    lines = [
        LineString([(0, 0), (10, 0)]),
        LineString([(5, -5), (5, 5)]),
        LineString([(10, 0), (5, 5)]),
    ]  # a ramp joins bridge and road at their ends
    roads, report = repair_topology(frame(lines), levels=np.array([0, 1, 0]))
    assert len(roads) == 3 and report.parts == 1 and report.repairs == 0


def test_near_miss_end_and_t_junction():
    lines = [
        LineString([(0, 0), (100, 0)]),
        LineString([(100.5, 2), (100.5, 50)]),  # end 2 m from line 0's end
        LineString([(50, 1), (50, 40)]),  # end 1 m from line 0's side
    ]
    roads, report = repair_topology(frame(lines))
    assert report.parts == 1 and len(roads) == 4
    geoms = roads.geometry.to_numpy()
    assert obeys_contract(geoms, tolerance=3)
    ends = {tuple(c) for g in geoms for c in shapely.get_coordinates(g)[[0, -1]]}
    assert (50.0, 0.0) in ends


def test_far_ends_stay_apart():
    lines = [LineString([(0, 0), (100, 0)]), LineString([(50, 10), (50, 40)])]
    roads, report = repair_topology(frame(lines), tolerance_m=3)
    assert report.parts == 2 and len(roads) == 1 and report.dropped_parts[0][0] == 1


def test_geographic_tolerance_in_metres():
    lon0, lat0 = 116.1, -8.6
    d = 2 / 111_000  # about 2 m
    lines = [
        LineString([(lon0, lat0), (lon0 + 0.001, lat0)]),
        LineString([(lon0 + 0.001 + d, lat0), (lon0 + 0.002, lat0)]),
    ]
    _, report = repair_topology(frame(lines, crs=4326))
    assert report.parts == 1 and report.repairs >= 1


def test_node_lines_returns_sources_and_part_labels():
    geoms = np.array(
        [
            LineString([(0, 0), (10, 0)]),
            LineString([(5, -5), (5, 5)]),
            LineString([(50, 50), (60, 50)]),
        ]
    )
    out, source, repairs = node_lines(geoms, tolerance=1.0)
    assert sorted(source.tolist()) == [0, 0, 1, 1, 2] and repairs == 2
    n, labels = part_labels(out)
    assert n == 2 and len(labels) == len(out)

"""Isochrones: every node within a band's minutes lies inside that band's polygon."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import LineString

from mataram_gis.engine import build_graph, distance_fields
from mataram_gis.isochrones import analysis_isochrones, isochrones, sample_times


def test_nodes_within_a_band_lie_inside_its_polygon(grid_analysis):
    a = grid_analysis
    iso = analysis_isochrones(a, bands=(1, 2, 3))
    net = a.prepared.network
    assert set(iso["centre"]) <= set(a.centres["centre_id"])
    fields = distance_fields(a.graph, tuple(np.array([n]) for n in a.centres["node"]))
    pts = shapely.points(net.node_xy)
    checked = 0
    for row in iso.itertuples():
        c = int(np.flatnonzero(a.centres["centre_id"].to_numpy() == row.centre)[0])
        inside = fields[:, c] <= row.minutes * 60_000 - 1000
        assert shapely.contains(row.geometry.buffer(1e-6), pts[inside]).all()
        checked += int(inside.sum())
    assert checked > 0
    # Bands nest: each centre's 1-minute area lies within its 3-minute area.
    for _, g in iso.groupby("centre"):
        g = g.sort_values("minutes")
        small, big = g.geometry.iloc[0], g.geometry.iloc[-1]
        assert small.difference(big.buffer(1e-6)).area < 1e-3


def test_one_way_street_is_not_reached_against_its_direction():
    """Centre at node 0; road 0-1 two-way, road 1-2 one-way 1 -> 2 (away from the centre)."""
    lines = np.array([LineString([(0, 0), (1000, 0)]), LineString([(1000, 0), (2000, 0)])])
    u, v = np.array([0, 1]), np.array([1, 2])
    oneway = np.array([False, True])
    t = np.array([60_000, 60_000])  # one minute each
    iso = isochrones(lines, u, v, oneway, t, ["C1"], np.array([0]), n_nodes=3, crs=None,
                     bands=(5,), buffer_m=50.0, cell_m=25.0)  # fmt: skip
    poly = iso.geometry.iloc[0]
    assert poly.contains(shapely.Point(900, 0))
    assert not poly.contains(shapely.Point(1500, 0))  # from there, no way to the centre


def test_sample_times_follow_the_road():
    lines = np.array([LineString([(0, 0), (100, 0)])])
    u, v = np.array([0]), np.array([1])
    t = np.array([10_000])
    graph = build_graph(u, v, np.array([False]), t, n_nodes=2)
    fields = distance_fields(graph, (np.array([1]),))
    xy, times = sample_times(lines, u, v, np.array([False]), t, fields, step_m=25.0)
    np.testing.assert_allclose(xy[:, 0], [0, 25, 50, 75, 100])
    np.testing.assert_array_equal(times[:, 0], [10_000, 7_500, 5_000, 2_500, 0])

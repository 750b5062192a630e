"""Network building: junction nodes from segment end points, metric CRS."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import LineString, Point

from mataram_gis.errors import NetworkError
from mataram_gis.network import build_network, metric_crs


def roads(lines, crs="EPSG:4326"):
    return gpd.GeoDataFrame(
        {"name": [""] * len(lines), "highway": ["residential"] * len(lines),
         "condition": ["baik"] * len(lines), "oneway": [False] * len(lines)},
        geometry=[LineString(c) for c in lines], crs=crs,
    )  # fmt: skip


def test_nodes_are_shared_end_points_and_lengths_are_metric():
    r = roads([[(116.10, -8.58), (116.11, -8.58)], [(116.11, -8.58), (116.11, -8.59)]])
    net = build_network(r)
    assert net.crs.to_epsg() == 32750
    assert net.n_nodes == 3
    assert net.segments.loc[0, "v"] == net.segments.loc[1, "u"]
    assert 1000 < net.segments.loc[0, "length_m"] < 1200  # 0.01 deg of longitude at 8.6 S


def test_empty_layer_and_missing_crs_are_refused():
    with pytest.raises(NetworkError, match="empty"):
        build_network(roads([]))
    r = roads([[(0, 0), (1, 1)]])
    r = r.set_crs(None, allow_override=True)
    with pytest.raises(NetworkError, match="coordinate reference system"):
        metric_crs(r)


def test_points_are_not_roads():
    r = gpd.GeoDataFrame({"name": ["x"]}, geometry=[Point(116.1, -8.58)], crs="EPSG:4326")
    with pytest.raises(NetworkError):
        build_network(r)

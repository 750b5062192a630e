"""Isochrones drawn on each centre's window of the grid equal the whole-grid drawing.

:func:`mataram_gis.isochrones.isochrones` reads, per centre, only the cells that can be
within the largest band (issue 15: the whole grid per centre grew with centres x area).
The reference below is the whole-grid method it replaced; the polygons must be the very
same (same rows, same coordinates).
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from scipy.spatial import cKDTree

from mataram_gis.analysis import run_analysis
from mataram_gis.engine import INF, build_graph, distance_fields
from mataram_gis.isochrones import analysis_isochrones, band_polygon, sample_times
from mataram_gis.scenario import Scenario
from tests.factories import grid_inputs


def whole_grid(a, bands, *, buffer_m=100.0, cell_m=50.0):
    """The reference: every centre's times on the whole grid, then its contours."""
    net = a.prepared.network
    lines = net.segments.geometry.to_numpy()
    u, v = np.asarray(net.seg_u, np.int64), np.asarray(net.seg_v, np.int64)
    t, oneway = a.before_ms, a.oneway
    graph = build_graph(u, v, oneway, t, n_nodes=net.n_nodes)
    nodes = a.centres["node"].to_numpy(np.int64)
    fields = distance_fields(graph, tuple(np.array([n]) for n in nodes))
    xy, times = sample_times(lines, u, v, oneway, t, fields, step_m=cell_m / 2)
    x0 = np.floor((xy[:, 0].min() - buffer_m) / cell_m) * cell_m
    y0 = np.floor((xy[:, 1].min() - buffer_m) / cell_m) * cell_m
    nx = int(np.ceil((xy[:, 0].max() + buffer_m - x0) / cell_m))
    ny = int(np.ceil((xy[:, 1].max() + buffer_m - y0) / cell_m))
    gx, gy = np.meshgrid(x0 + (np.arange(nx) + 0.5) * cell_m, y0 + (np.arange(ny) + 0.5) * cell_m)
    k = min(8, len(xy))
    dist, idx = cKDTree(xy).query(
        np.column_stack([gx.ravel(), gy.ravel()]), k=k, distance_upper_bound=buffer_m
    )
    near = np.isfinite(dist)
    idx = np.where(near, idx, 0)
    out = []
    for c, cid in enumerate(a.centres["centre_id"].astype(str)):
        tc = np.where(near, times[idx, c], INF).min(axis=1).reshape(ny, nx)
        grid_min = np.where(tc < INF, tc / 60_000.0, 1e9)
        for minutes in sorted(bands):
            poly = band_polygon(gx[0], gy[:, 0], grid_min, minutes)
            if not poly.is_empty:
                out.append((cid, float(minutes), shapely.to_wkb(poly)))
    return out


@pytest.mark.parametrize(
    ("seed", "bands"), [(0, (0.5, 1, 2)), (1, (1.5, 3)), (2, (5, 10, 15, 20)), (3, (0.2,))]
)
def test_windowed_isochrones_equal_the_whole_grid(seed, bands):
    a = run_analysis(grid_inputs(n=14, spacing=120.0, seed=seed, n_households=40), Scenario())
    got = analysis_isochrones(a, bands=bands)
    rows = [(r.centre, r.minutes, shapely.to_wkb(r.geometry)) for r in got.itertuples()]
    want = whole_grid(a, bands)
    assert want, "the reference drew nothing: the test would prove nothing"
    assert rows == want


def test_windowed_isochrones_equal_the_whole_grid_on_the_demo(grid_analysis):
    got = analysis_isochrones(grid_analysis, bands=(1, 2, 4))
    rows = [(r.centre, r.minutes, shapely.to_wkb(r.geometry)) for r in got.itertuples()]
    assert rows == whole_grid(grid_analysis, (1, 2, 4))

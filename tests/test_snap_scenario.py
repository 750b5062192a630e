"""The ``snap = "segment"`` scenario: the whole pipeline against brute force on split edges.

Each random city is analysed with households snapped to points on segments; the test then
finds every household's point itself (shapely distances to every line), splits the
segments explicitly in networkx (:func:`tests.test_snapping._split_times_nx`: a node per
point, the upgraded segment's parts re-timed) and recomputes every household's time with
each segment upgraded alone. The ranking's benefits and household counts must be equal.
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis.analysis import run_analysis
from mataram_gis.engine import INF, scipy_times_to
from mataram_gis.scenario import Scenario
from mataram_gis.snapping import SegmentSnap
from tests.factories import grid_inputs
from tests.test_snapping import _split_times_nx


def _brute_snap(analysis) -> SegmentSnap:
    """Nearest usable segment leading to a centre, by plain distances (ties: lowest index)."""
    net = analysis.prepared.network
    before = analysis.before_ms
    d0 = scipy_times_to(analysis.graph, analysis.demand.targets[0])
    two_way = ~analysis.oneway
    leads = (before >= 0) & ((d0[net.seg_v] < INF) | (two_way & (d0[net.seg_u] < INF)))
    lines = net.segments.geometry.to_numpy()
    pts = analysis.prepared.households.geometry.to_numpy()
    seg = np.full(len(pts), -1)
    frac = np.zeros(len(pts))
    dist = np.full(len(pts), np.inf)
    for i, p in enumerate(pts):
        d = np.where(leads, shapely.distance(p, lines), np.inf)
        if d.min() <= analysis.scenario.snap_distance_m:
            seg[i] = int(np.argmin(d))
            dist[i] = d.min()
            frac[i] = shapely.line_locate_point(lines[seg[i]], p, normalized=True)
    return SegmentSnap(segment=seg, fraction=frac, distance_m=dist)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), n=st.integers(3, 5))
def test_segment_snapping_ranking_equals_brute_force_on_split_edges(seed, n):
    a = run_analysis(grid_inputs(n=n, seed=seed, n_households=30), Scenario(snap="segment"))
    net = a.prepared.network
    snap = _brute_snap(a)
    o = a.origins
    used = (o["excluded"] == "").to_numpy()
    np.testing.assert_array_equal(used, snap.segment >= 0)
    np.testing.assert_array_equal(o["snap_segment_id"].to_numpy()[used], snap.segment[used])
    group = a.demand.group
    args = (net.seg_u, net.seg_v, a.oneway, a.before_ms, snap, group, a.demand.targets)
    base = _split_times_nx(*args)
    walk = snap.distance_m / (a.scenario.walk_speed_kmh / 3.6)
    door = (o["access_s"] + o["time_to_centre_s"]).to_numpy()
    np.testing.assert_allclose(door[used], walk[used] + base[used] / 1000.0, rtol=0, atol=1e-6)
    seg = a.segments.set_index("segment_id")
    after = np.where(a.before_ms >= 0, a.after_ms, -1)
    for s in seg.index:
        if after[s] >= a.before_ms[s]:
            assert seg.at[s, "households_benefiting"] == 0
            continue
        new = _split_times_nx(*args, upgraded=s, t_after=after)
        ok = used & np.isfinite(base)
        saved = np.where(ok, base - np.where(ok, new, 0), 0)
        gain = saved > 0
        assert seg.at[s, "households_benefiting"] == gain.sum()
        want = float(np.sum(a.demand.weight[gain] * saved[gain])) / 1000 / 3600
        assert seg.at[s, "benefit"] == pytest.approx(want, rel=1e-12, abs=1e-12)


def test_segment_snapping_never_walks_farther_and_records_itself(grid_analysis):
    seg = run_analysis(grid_inputs(), Scenario(snap="segment"))
    node = grid_analysis
    used = (seg.origins["excluded"] == "") & (node.origins["excluded"] == "")
    assert used.sum() > 0
    walk = seg.origins.loc[used, "snap_walk_s"]
    assert (walk <= node.origins.loc[used, "access_s"] + 1e-9).all()
    assert (seg.origins.loc[used, "access_s"] >= walk - 1e-9).all()
    assert '"snap": "segment"' in seg.scenario.to_json()
    assert Scenario.from_json(seg.scenario.to_json()).snap == "segment"
    assert not np.allclose(seg.segments["benefit"], node.segments["benefit"])


def test_snap_refuses_unknown_words():
    from mataram_gis.errors import ScenarioError

    with pytest.raises(ScenarioError, match="snap"):
        Scenario(snap="edge")


def test_rank_snap_segment_writes_it_into_every_output(tmp_path):
    import geopandas as gpd
    import pyogrio

    from mataram_gis.cli import main

    inp = grid_inputs(n=5, n_households=40)
    roads = inp.roads.drop(columns=["maxspeed_kmh", "access"])
    roads.to_file(tmp_path / "roads.gpkg")
    inp.centres.to_file(tmp_path / "centres.gpkg")
    inp.households.to_file(tmp_path / "hh.gpkg")
    out = tmp_path / "r.gpkg"
    code = main(["rank", "--roads", str(tmp_path / "roads.gpkg"), "--centres",
                 str(tmp_path / "centres.gpkg"), "--households", str(tmp_path / "hh.gpkg"),
                 "--snap", "segment", "--out", str(out), "--top", "0"])  # fmt: skip
    assert code == 0
    record = pyogrio.read_dataframe(out, layer="scenario", read_geometry=False)
    assert '"snap": "segment"' in " ".join(record.astype(str).to_numpy().ravel())
    o = gpd.read_file(out, layer="origins")
    used = o["excluded"].fillna("") == ""
    assert (o.loc[used, "snap_segment_id"] >= 0).all()
    assert (o.loc[used, "access_s"] >= o.loc[used, "snap_walk_s"] - 1e-9).all()
    with pytest.raises(SystemExit) as exc:  # argparse refuses the word: exit 2, no traceback
        main(["rank", "--demo", "--snap", "edge", "--out", str(tmp_path / "x.gpkg")])
    assert exc.value.code == 2

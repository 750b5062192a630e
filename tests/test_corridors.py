"""Corridors: grouping rules and exact whole-corridor benefit (brute force)."""

from __future__ import annotations

import numpy as np

from mataram_gis.corridors import CORRIDOR_COLUMNS, corridor_labels, rank_corridors
from mataram_gis.oracle import brute_force_household_times
from mataram_gis.problem import UpgradeProblem


def test_grouping_named_connected_and_unnamed_chains():
    # 0-1-2 "A" (connected), 5-6 "A" (separate), unnamed chain 2-3-4 through degree-2 node 3,
    # unnamed 4-7 stops at node 4 (degree 3).
    u = np.array([0, 1, 2, 3, 5, 4, 4])
    v = np.array([1, 2, 3, 4, 6, 7, 8])
    names = np.array(["A", "A", "", "", "A", "", "B"], object)
    lab = corridor_labels(u, v, names, n_nodes=9)
    assert lab[0] == lab[1]
    assert lab[4] != lab[0]
    assert lab[2] == lab[3]
    assert lab[5] != lab[3]
    assert len(set(lab.tolist())) == 5


def test_corridor_benefit_equals_brute_force(grid_analysis):
    p = UpgradeProblem.from_analysis(grid_analysis)
    layer = rank_corridors(p, grid_analysis.segments)
    assert list(layer.columns) == [*CORRIDOR_COLUMNS, "geometry"]
    base = brute_force_household_times(p.seg_u, p.seg_v, p.oneway, p.before_ms, p.demand,
                                       n_nodes=p.n_nodes)  # fmt: skip
    ok = base < np.iinfo(np.int64).max // 4
    for r in layer.dropna(subset=["rank"]).head(8).itertuples():
        rows = p.index_of(int(x) for x in r.segment_ids.split())
        rows = rows[p.candidate[rows]]
        new = brute_force_household_times(p.seg_u, p.seg_v, p.oneway, p.times_with(rows),
                                          p.demand, n_nodes=p.n_nodes)  # fmt: skip
        saved = np.where(ok, base - new, 0)
        assert r.benefit == np.float64(np.sum(p.demand.weight * saved) / 3.6e6) or np.isclose(
            r.benefit, np.sum(p.demand.weight * saved) / 3.6e6, rtol=1e-12
        )
        assert r.households_benefiting == int((saved > 0).sum())
        assert r.cost == p.cost[rows].sum()
    assert layer["rank"].dropna().is_monotonic_increasing
    assert (np.diff(layer.dropna(subset=["rank"])["benefit"]) <= 1e-9).all()
    assert layer.geometry.geom_type.eq("MultiLineString").all()

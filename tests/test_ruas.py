"""Ruas ranking: exact joint benefit (brute force), best stretch, layer contract, authority."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis.analysis import analyse, prepare
from mataram_gis.engine import INF, Demand
from mataram_gis.oracle import brute_force_household_times
from mataram_gis.problem import UpgradeProblem, evaluate
from mataram_gis.ruas import RUAS_COLUMNS, rank_ruas
from mataram_gis.scenario import Scenario
from mataram_gis.set_gains import set_gains
from tests.factories import grid_inputs


def brute_force_set(p: UpgradeProblem, rows: np.ndarray) -> tuple[float, int]:
    """Weighted hours and households gaining with ``rows`` upgraded together (SciPy)."""
    base = brute_force_household_times(
        p.seg_u, p.seg_v, p.oneway, p.before_ms, p.demand, n_nodes=p.n_nodes
    )
    new = brute_force_household_times(
        p.seg_u, p.seg_v, p.oneway, p.times_with(rows), p.demand, n_nodes=p.n_nodes
    )
    saved = np.where(base < INF, base - new, 0)
    return float(np.sum(p.demand.weight * saved)) / 3.6e6, int((saved > 0).sum())


@st.composite
def ruas_networks(draw):
    """Random networks whose segments fall in a few ruas, with random candidates."""
    n = draw(st.integers(2, 10))
    m = draw(st.integers(1, 18))
    node = st.integers(0, n - 1)
    u = np.array(draw(st.lists(node, min_size=m, max_size=m)), np.int64)
    v = np.array(draw(st.lists(node, min_size=m, max_size=m)), np.int64)
    oneway = np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m)))
    before = np.array(draw(st.lists(st.integers(1, 60), min_size=m, max_size=m)), np.int64)
    cut = np.array(draw(st.lists(st.integers(0, 59), min_size=m, max_size=m)), np.int64)
    after = np.maximum(before - cut, 1)
    cand = np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m))) & (after < before)
    k = draw(st.integers(1, 3))
    centres = np.array(draw(st.lists(node, min_size=k, max_size=k)), np.int64)
    h = draw(st.integers(1, 15))
    hh = np.array(draw(st.lists(st.integers(-1, n - 1), min_size=h, max_size=h)), np.int64)
    w = np.array(draw(st.lists(st.sampled_from([0.0, 0.5, 1.0, 2.5]), min_size=h, max_size=h)))
    grp = np.array(draw(st.lists(st.integers(0, k), min_size=h, max_size=h)), np.int64)
    demand = Demand(
        node=hh,
        weight=np.where(hh >= 0, w, 0.0),
        group=grp,
        targets=(centres,) + tuple(np.array([c]) for c in centres),
    )
    ruas = np.array(
        draw(st.lists(st.sampled_from(["001", "002", "N-01", "K00001"]), min_size=m, max_size=m)),
        object,
    )
    cost = np.array(draw(st.lists(st.integers(1, 9), min_size=m, max_size=m)), float)
    p = UpgradeProblem(
        seg_u=u,
        seg_v=v,
        oneway=oneway,
        before_ms=before,
        after_ms=after,
        cost=cost,
        candidate=cand,
        demand=demand,
        n_nodes=n,
        segment_ids=np.arange(m, dtype=np.int64),
        names=np.array([""] * m, object),
        length_m=np.full(m, 150.0),
    )
    xy = np.column_stack([np.arange(n) * 100.0, np.zeros(n)])
    lines = [shapely.LineString([xy[a], xy[b] + (0, 1)]) for a, b in zip(u, v, strict=True)]
    seg = gpd.GeoDataFrame(
        {
            "segment_id": np.arange(m),
            "nomor_ruas": ruas,
            "benefit": np.zeros(m),
            "condition": "rusak berat",
            "sta_from_m": np.arange(m) * 150.0,
            "lebar_m": 4.0,
            "status": "kota",
            "fungsi": "lokal",
            "nama_ruas": ruas,
        },
        geometry=lines,
        crs="EPSG:32750",
    )
    return p, seg


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=ruas_networks())
def test_ruas_joint_benefit_equals_brute_force(case):
    p, seg = case
    layer = rank_ruas(p, seg)
    for r in layer.itertuples():
        rows = np.flatnonzero((seg["nomor_ruas"] == r.nomor_ruas).to_numpy() & p.candidate)
        want, hh = brute_force_set(p, rows)
        assert r.benefit == pytest.approx(want, rel=1e-12, abs=1e-12)
        assert r.households_benefiting == hh
        assert r.upgrade_cost == p.cost[rows].sum()
        assert r.candidates == len(rows)
    ranked = layer.dropna(subset=["rank"])
    assert (ranked["candidates"] > 0).all()
    assert ranked["rank"].tolist() == list(range(1, len(ranked) + 1))
    assert (np.diff(ranked["benefit"].to_numpy()) <= 1e-12).all()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=ruas_networks(), pick=st.lists(st.integers(0, 17), max_size=6))
def test_set_gains_equals_evaluate(case, pick):
    p, _ = case
    rows = np.unique([r for r in pick if r < p.n_segments]).astype(np.int64)
    gain, hh = set_gains(p, [rows, np.zeros(0, np.int64), rows[:1]])
    assert gain[0] / 3.6e6 == pytest.approx(evaluate(p, rows), rel=1e-12, abs=1e-12)
    assert hh[0] == brute_force_set(p, rows)[1]
    assert gain[1] == 0 and hh[1] == 0
    assert gain[2] / 3.6e6 == pytest.approx(evaluate(p, rows[:1]), rel=1e-12, abs=1e-12)


def test_ruas_layer_on_grid_contract_and_best_stretch(grid_analysis):
    p = UpgradeProblem.from_analysis(grid_analysis)
    layer = rank_ruas(p, grid_analysis.segments)
    assert list(layer.columns)[: len(RUAS_COLUMNS)] == list(RUAS_COLUMNS)
    seg = grid_analysis.segments
    assert layer["length_m"].sum() == pytest.approx(seg["length_m"].sum())
    cond = layer[["baik_m", "sedang_m", "rusak_ringan_m", "rusak_berat_m"]].sum(axis=1)
    np.testing.assert_allclose(cond, layer["length_m"])
    for r in layer.dropna(subset=["rank"]).head(6).itertuples():
        rows = np.flatnonzero((seg["nomor_ruas"] == r.nomor_ruas).to_numpy() & p.candidate)
        assert r.benefit == pytest.approx(evaluate(p, rows), rel=1e-12)
        if r.benefit > 0:
            inside = rows[
                (seg["sta_from_m"].to_numpy()[rows] >= r.best_sta_from_m - 1e-6)
                & (seg["sta_to_m"].to_numpy()[rows] <= r.best_sta_to_m + 1e-6)
            ]
            assert len(inside) and r.best_sta_to_m > r.best_sta_from_m
            assert r.best_benefit == pytest.approx(evaluate(p, inside), rel=1e-12)
            assert r.best_cost == pytest.approx(p.cost[inside].sum())


def test_only_city_roads_are_candidates_by_default():
    inputs = grid_inputs()
    roads = inputs.roads
    roads.loc[roads.index[:10], "authority"] = "nasional"
    roads.loc[roads.index[10:14], "authority"] = "provinsi"
    prep = prepare(inputs)
    a = analyse(prep, Scenario())
    s = a.segments
    assert s.loc[s["status"].isin(["nasional", "provinsi"]), "rank"].isna().all()
    assert s.loc[s["status"] == "kota", "rank"].notna().any()
    # benefit is still computed for every usable segment (the city shows it to the province)
    assert (s.loc[s["status"] == "nasional", "benefit"] > 0).any()
    every = analyse(prep, Scenario(candidate_authorities=[]))
    assert every.segments.loc[every.segments["status"] == "nasional", "rank"].notna().any()


def test_ruas_of_demo_recheck_top_by_recomputation():
    """Re-check on the demo: the top ruas' joint benefit by one SciPy recomputation."""
    from mataram_gis.inputs import demo_inputs

    a = analyse(prepare(demo_inputs()), Scenario())
    p = UpgradeProblem.from_analysis(a)
    layer = rank_ruas(p, a.segments)
    seg = a.segments
    assert not layer["nomor_ruas"].duplicated().any()
    for r in layer.head(3).itertuples():
        rows = np.flatnonzero((seg["nomor_ruas"] == r.nomor_ruas).to_numpy() & p.candidate)
        assert r.benefit == pytest.approx(evaluate(p, rows), rel=1e-12)
    assert set(layer.loc[layer["rank"].notna(), "status"]) <= {"kota"}

"""Portfolio by ruas / by stretch (issue 11 point 4) and the work-programme table.

The picked benefit equals brute-force recomputation (SciPy) of the picked set; picks are whole
items; the budget holds; never below the naive pick of items; close to the exhaustive optimum
over item subsets.
"""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis.errors import ScenarioError, UsageError
from mataram_gis.portfolio_ruas import choose_by_unit, ruas_labels, sta_of, unit_items
from mataram_gis.problem import UpgradeProblem, evaluate
from mataram_gis.works import kemantapan_before_after, works_table
from tests.test_ruas import brute_force_set, ruas_networks


def _items(p, seg, unit):
    return unit_items(p, unit=unit, ruas=ruas_labels(seg), sta=sta_of(seg))


def test_items_are_whole_ruas_or_runs_of_consecutive_candidates():
    seg = pd.DataFrame({"nomor_ruas": ["A", "A", "A", "A", "B", "B"],
                        "sta_from_m": [300.0, 0.0, 100.0, 200.0, 0.0, 100.0]})  # fmt: skip
    cand = np.array([True, True, False, True, True, True])
    p = _stub_problem(cand)
    # in STA order ruas A is rows 1 (0 m), 2 (100 m, not a candidate), 3 (200), 0 (300)
    assert [r.tolist() for r in _items(p, seg, "ruas")] == [[0, 1, 3], [4, 5]]
    assert [r.tolist() for r in _items(p, seg, "penggal")] == [[1], [0, 3], [4, 5]]
    with pytest.raises(UsageError):
        unit_items(p, unit="kecamatan", ruas=ruas_labels(seg), sta=sta_of(seg))


def _stub_problem(cand: np.ndarray) -> UpgradeProblem:
    from mataram_gis.engine import Demand

    m = len(cand)
    z = np.zeros(0, np.int64)
    return UpgradeProblem(
        seg_u=np.zeros(m, np.int64), seg_v=np.ones(m, np.int64), oneway=np.zeros(m, bool),
        before_ms=np.full(m, 10, np.int64), after_ms=np.full(m, 5, np.int64),
        cost=np.ones(m), candidate=cand,
        demand=Demand(node=z, weight=np.zeros(0), group=z, targets=(z,)), n_nodes=2,
        segment_ids=np.arange(m, dtype=np.int64), names=np.array([""] * m, object),
        length_m=np.full(m, 100.0),
    )  # fmt: skip


def _exhaustive(p, items, budget):
    best = 0.0
    for k in range(1, len(items) + 1):
        for sub in itertools.combinations(range(len(items)), k):
            rows = np.concatenate([items[i] for i in sub])
            if p.cost[rows].sum() <= budget + 1e-6:
                best = max(best, evaluate(p, rows))
    return best


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=ruas_networks(), unit=st.sampled_from(["ruas", "penggal"]),
       share=st.floats(0.05, 1.0))  # fmt: skip
def test_unit_portfolio_is_exact_whole_items_and_within_budget(case, unit, share):
    p, seg = case
    items = _items(p, seg, unit)
    if not items:
        return
    costs = np.array([p.cost[r].sum() for r in items])
    budget = max(costs.min(), share * costs.sum())
    pf = choose_by_unit(p, budget_rp=budget, unit=unit, ruas=ruas_labels(seg), sta=sta_of(seg))
    # exact: the reported total is the brute-force recomputation of the picked set
    assert pf.total_benefit == pytest.approx(brute_force_set(p, pf.rows)[0], rel=1e-12,
                                             abs=1e-12)  # fmt: skip
    assert pf.marginal_benefit.sum() == pytest.approx(pf.total_benefit, rel=1e-9, abs=1e-9)
    assert pf.total_cost <= budget + 1e-6
    picked = set(pf.rows.tolist())
    for rows in items:  # every item is in whole or not at all
        inside = [int(r) in picked for r in rows]
        assert all(inside) or not any(inside)
    assert len(picked) == len(pf.rows)
    assert pf.total_benefit >= pf.naive_benefit - 1e-9
    assert pf.total_benefit <= _exhaustive(p, items, budget) + 1e-9


def test_unit_portfolio_mostly_optimal():
    """On random networks the item portfolio reaches the exhaustive optimum in most cases."""
    hits: list[bool] = []

    @settings(max_examples=60, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
    @given(case=ruas_networks(), share=st.floats(0.1, 0.9))
    def run(case, share):
        p, seg = case
        items = _items(p, seg, "ruas")
        if len(items) < 2:
            return
        costs = np.array([p.cost[r].sum() for r in items])
        budget = max(costs.min(), share * costs.sum())
        pf = choose_by_unit(p, budget_rp=budget, unit="ruas", ruas=ruas_labels(seg),
                            sta=sta_of(seg))  # fmt: skip
        best = _exhaustive(p, items, budget)
        hits.append(pf.total_benefit >= best * (1 - 1e-9) - 1e-12)

    run()
    assert len(hits) >= 20 and np.mean(hits) >= 0.9


def test_segmen_unit_is_the_segment_portfolio_and_budget_errors(grid_analysis):
    from mataram_gis.portfolio import choose_portfolio

    p = UpgradeProblem.from_analysis(grid_analysis)
    seg = grid_analysis.segments
    budget = float(p.cost[p.candidate].sum()) / 4
    a = choose_by_unit(p, budget_rp=budget, unit="segmen")
    b = choose_portfolio(p, budget_rp=budget)
    assert a.rows.tolist() == b.rows.tolist()
    r = choose_by_unit(p, budget_rp=budget, unit="ruas", ruas=ruas_labels(seg), sta=sta_of(seg))
    assert r.total_benefit == pytest.approx(evaluate(p, r.rows), rel=1e-12)
    assert r.unit == "ruas" and len(r.items) >= 1
    with pytest.raises(ScenarioError, match="cheapest ruas"):
        choose_by_unit(p, budget_rp=1.0, unit="ruas", ruas=ruas_labels(seg), sta=sta_of(seg))
    with pytest.raises(UsageError):
        choose_by_unit(p, budget_rp=budget, unit="ruas")


def test_works_table_groups_by_ruas_and_sta():
    seg = pd.DataFrame({
        "segment_id": [10, 11, 12, 13, 14],
        "nomor_ruas": ["002", "001", "001", "001", "001"],
        "nama_ruas": ["Jl. B", "Jl. A", "Jl. A", "Jl. A", "Jl. A"],
        "name": "",
        "sta_from_m": [0.0, 0.0, 100.0, 300.0, 400.0],
        "length_m": [50.0, 100.0, 100.0, 100.0, 100.0],
        "lebar_m": [4.0, 5.0, 5.0, 5.0, 5.0],
        "treatment": ["rehabilitasi"] * 3 + ["pemeliharaan berkala", "pemeliharaan berkala"],
        "upgrade_cost": [1.0, 2.0, 3.0, 4.0, 5.0],
    })  # fmt: skip
    w = works_table(seg, [4, 0, 1, 2, 3], benefit=[1.0, 2.0, 3.0, 4.0, 5.0])
    assert w["nomor_ruas"].tolist() == ["001", "001", "002"]
    assert w["sta_from_m"].tolist() == [0.0, 300.0, 0.0]
    assert w["sta_to_m"].tolist() == [200.0, 500.0, 50.0]
    assert w["area_m2"].tolist() == [1000.0, 1000.0, 200.0]
    assert w["cost"].tolist() == [5.0, 9.0, 1.0]
    assert w["benefit"].tolist() == [7.0, 6.0, 2.0]
    assert w["segment_ids"].tolist() == [(11, 12), (13, 14), (10,)]
    assert works_table(seg, []).empty


def test_kemantapan_before_after_counts_city_length_in_baik_sedang():
    seg = pd.DataFrame({
        "status": ["kota", "kota", "kota", "nasional"],
        "condition": ["baik", "rusak berat", "rusak ringan", "rusak berat"],
        "condition_after": ["baik", "baik", "baik", "baik"],
        "length_m": [100.0, 100.0, 200.0, 1000.0],
    })  # fmt: skip
    before, after = kemantapan_before_after(seg, [1, 3], authorities=["kota"])
    assert before == pytest.approx(0.25) and after == pytest.approx(0.5)
    before, after = kemantapan_before_after(seg, [1, 3], authorities=[])  # all: the city's
    assert (before, after) == (pytest.approx(0.25), pytest.approx(0.5))
    _, after = kemantapan_before_after(seg, [1, 2, 3], authorities=["kota", "nasional"])
    assert after == pytest.approx(1.0)


def test_cli_portfolio_by_ruas_writes_whole_ruas_and_prints_works(grid_analysis, tmp_path,
                                                                   capsys):  # fmt: skip
    import geopandas as gpd

    from mataram_gis.cli import main
    from mataram_gis.results import write_results

    res = write_results(grid_analysis, tmp_path / "r.gpkg")
    p = UpgradeProblem.from_analysis(grid_analysis)
    seg = grid_analysis.segments
    items = _items(p, seg, "ruas")
    budget = float(sorted(p.cost[r].sum() for r in items)[len(items) // 2])
    out = tmp_path / "p.gpkg"
    assert main(["portfolio", "--results", str(res), "--budget", str(budget), "--unit", "ruas",
                 "--out", str(out)]) == 0  # fmt: skip
    printed = capsys.readouterr().out
    assert "works:" in printed and "STA" in printed
    layer = gpd.read_file(out, layer="portfolio")
    assert 0 < layer["cost"].sum() <= budget + 1e-6
    picked = set(layer["segment_id"].astype(int))
    for rows in items:
        inside = [int(x) in picked for x in p.segment_ids[rows]]
        assert all(inside) or not any(inside)
    rows = p.index_of(layer["segment_id"].astype(int))
    assert layer["marginal_benefit"].sum() == pytest.approx(evaluate(p, rows), rel=1e-9)

"""Multi-year, multi-fund programme: ceilings kept, every benefit exact, never worse."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis.analysis import run_analysis
from mataram_gis.appraisal import Appraisal
from mataram_gis.engine import INF, Demand
from mataram_gis.oracle import brute_force_household_times
from mataram_gis.problem import MS_PER_HOUR, UpgradeProblem
from mataram_gis.programme import Network, _year_by_year, plan_programme, plan_score
from mataram_gis.programme_eval import programme_table
from mataram_gis.reweight import HouseholdSplit
from mataram_gis.scenario import Scenario
from tests.factories import grid_inputs


@pytest.fixture(scope="module")
def demo_analysis():
    from mataram_gis.inputs import demo_inputs

    return run_analysis(demo_inputs(scale=1), Scenario())


def brute_benefit(problem: UpgradeProblem, rows: list[int]) -> float:
    """Weighted hours saved by upgrading ``rows`` together: SciPy on the whole network."""
    p = problem
    kw = {"n_nodes": p.n_nodes}
    base = brute_force_household_times(p.seg_u, p.seg_v, p.oneway, p.before_ms, p.demand, **kw)
    new = brute_force_household_times(p.seg_u, p.seg_v, p.oneway, p.times_with(rows),
                                      p.demand, **kw)  # fmt: skip
    ok = base < INF
    return float(np.sum(p.demand.weight[ok] * (base[ok] - new[ok]))) / MS_PER_HOUR


@st.composite
def cases(draw):
    n = draw(st.integers(3, 8))
    m = draw(st.integers(2, 9))
    node = st.integers(0, n - 1)
    u = np.array(draw(st.lists(node, min_size=m, max_size=m)))
    v = np.array(draw(st.lists(node, min_size=m, max_size=m)))
    oneway = np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m)))
    before = np.array(draw(st.lists(st.integers(5, 60), min_size=m, max_size=m))) * 1000
    cut = np.array(draw(st.lists(st.integers(0, 55), min_size=m, max_size=m))) * 1000
    after = np.maximum(before - cut, 1000)
    cost = np.array(draw(st.lists(st.integers(1, 9), min_size=m, max_size=m)), float)
    k = draw(st.integers(1, 2))
    centres = np.array(draw(st.lists(node, min_size=k, max_size=k)), np.int64)
    h = draw(st.integers(1, 10))
    hh = np.array(draw(st.lists(node, min_size=h, max_size=h)), np.int64)
    w = np.array(draw(st.lists(st.sampled_from([0.5, 1.0, 3.0]), min_size=h, max_size=h)))
    grp = np.array(draw(st.lists(st.integers(0, k), min_size=h, max_size=h)), np.int64)
    demand = Demand(node=hh, weight=w, group=grp,
                    targets=(centres,) + tuple(np.array([c]) for c in centres))  # fmt: skip
    problem = UpgradeProblem(
        seg_u=u, seg_v=v, oneway=oneway, before_ms=before.astype(np.int64),
        after_ms=after.astype(np.int64), cost=cost, candidate=after < before, demand=demand,
        n_nodes=n, segment_ids=np.arange(m) + 1, names=np.array([""] * m, object),
        length_m=np.full(m, 100.0),
    )  # fmt: skip
    ceil = {
        "APBD": [float(draw(st.integers(0, 12))) for _ in range(3)],
        "DAK": [float(draw(st.integers(0, 8))) for _ in range(3)],
    }
    return problem, ceil


def segments_of(problem: UpgradeProblem) -> pd.DataFrame:
    m = problem.n_segments
    return pd.DataFrame({"segment_id": problem.segment_ids, "name": [""] * m,
                         "condition": ["rusak berat"] * m, "highway": ["residential"] * m,
                         "length_m": problem.length_m})  # fmt: skip


def check_plan(net: Network, prog, ceil: dict[str, list[float]]) -> None:
    """Ceilings kept; each pick once; every marginal benefit equal to brute force."""
    picks = prog.picks
    assert picks["row"].is_unique
    for (year, fund), spent in picks.groupby(["year", "fund"])["cost"].sum().items():
        assert spent <= ceil[fund][year - 1] + 1e-6
    done: list[int] = []
    for y, year in enumerate(prog.plan, start=1):
        prob = net.at(y - 1)
        for r, _fund in year:
            got = picks.loc[picks["row"] == r, "marginal_benefit"].iloc[0]
            want = brute_benefit(prob, [*done, r]) - brute_benefit(prob, done)
            assert got == pytest.approx(want, rel=1e-9, abs=1e-9)
            done.append(r)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_three_year_two_fund_plan_on_random_networks(case):
    problem, ceil = case
    params = Appraisal(years=3, ceilings_rp=ceil)
    net = Network.build(problem, segments_of(problem), scenario=Scenario(), every=0)
    prog = plan_programme(net, params)
    check_plan(net, prog, ceil)
    # Never worse than the single-year portfolio run year by year on what is left.
    baseline = _year_by_year(net, ceil, 3, cancel=None, progress=lambda f, m: None)
    assert plan_score(net, prog.plan, params) >= plan_score(net, baseline, params) - 1e-9


def test_plan_with_deterioration_on_a_grid():
    scenario = Scenario()
    analysis = run_analysis(grid_inputs(n=7, n_households=120, seed=3), scenario)
    problem = UpgradeProblem.from_analysis(analysis)
    total = float(problem.cost[problem.candidate].sum())
    ceil = {"APBD": [total * 0.1] * 3, "DAK": [total * 0.05, 0.0, total * 0.05]}
    params = Appraisal(years=3, ceilings_rp=ceil, deterioration_years=1)
    net = Network.build(problem, analysis.segments, scenario=scenario, every=1)
    assert (net.at(2).before_ms >= problem.before_ms).all()
    assert (net.at(2).before_ms > problem.before_ms).any()  # untreated roads got slower
    prog = plan_programme(net, params)
    assert len(prog.picks) > 3
    check_plan(net, prog, ceil)
    split = HouseholdSplit.from_origins(analysis.origins, trips_per_year=250.0,
                                        equity=scenario.equity_weights)  # fmt: skip
    table, totals = programme_table(net, prog, analysis.segments, split, params)
    done: list[int] = []
    for y, year in enumerate(prog.plan, start=1):
        done += [r for r, _ in year]
        row = table.iloc[y - 1]
        assert row["benefit"] == pytest.approx(brute_benefit(net.at(y), done), rel=1e-9)
        assert row["kemantapan_after"] >= row["kemantapan_before"]
        spent = sum(row[f"spend_{f}"] for f in ceil)
        assert spent == pytest.approx(row["spend_rp"])
    assert totals["pv_benefit_rp_equity"] > totals["pv_benefit_rp"] > 0


def test_three_year_two_fund_plan_on_the_demo(demo_analysis):
    analysis = demo_analysis
    problem = UpgradeProblem.from_analysis(analysis)
    ceil = {"APBD": [6e8, 6e8, 6e8], "DAK": [3e8, 0.0, 4e8]}
    params = Appraisal(years=3, ceilings_rp=ceil)
    net = Network.build(problem, analysis.segments, scenario=analysis.scenario, every=0)
    prog = plan_programme(net, params)
    for (year, fund), spent in prog.picks.groupby(["year", "fund"])["cost"].sum().items():
        assert spent <= ceil[fund][year - 1] + 1e-6
    baseline = _year_by_year(net, ceil, 3, cancel=None, progress=lambda f, m: None)
    assert plan_score(net, prog.plan, params) >= plan_score(net, baseline, params) - 1e-9
    # Each year's benefit exact: the whole plan's marginals add up to a SciPy recomputation.
    rows = prog.picks["row"].tolist()
    assert prog.picks["marginal_benefit"].sum() == pytest.approx(
        problem.benefit_of_fields(problem.fields_with(rows)), rel=1e-9
    )


def test_ceilings_from_text_and_plan_files(tmp_path):
    from mataram_gis.errors import MataramError
    from mataram_gis.programme_run import parse_ceilings

    want = {"APBD": [5e9, 5e9, 5e9], "DAK": [2e9, 0.0, 2e9]}
    assert parse_ceilings("APBD=5e9,5e9,5e9;DAK=2e9,0,2e9", years=3) == want
    assert parse_ceilings("APBD=5e9", years=2) == {"APBD": [5e9, 0.0]}
    js = tmp_path / "plan.json"
    js.write_text('{"APBD": [5e9, 5e9, 5e9], "DAK": [2e9, 0, 2e9]}', encoding="utf-8")
    assert parse_ceilings(str(js), years=3) == want
    csv = tmp_path / "plan.csv"
    csv.write_text("sumber_dana,2026,2027,2028\nAPBD,5e9,5e9,5e9\nDAK,2e9,0,2e9\n")
    assert parse_ceilings(str(csv), years=3) == want
    with pytest.raises(MataramError, match="FUND=amount"):
        parse_ceilings("APBD:5e9", years=1)


def test_single_year_programme_is_the_portfolio(grid_analysis):
    import json

    from mataram_gis.portfolio import choose_portfolio
    from mataram_gis.problem import evaluate
    from mataram_gis.programme_run import run_programme

    problem = UpgradeProblem.from_analysis(grid_analysis)
    budget = float(problem.cost[problem.candidate].sum()) * 0.25
    res = run_programme(problem, grid_analysis.segments, grid_analysis.origins,
                        grid_analysis.scenario, budget_rp=budget, draws=4)  # fmt: skip
    pf = choose_portfolio(problem, budget_rp=budget)
    rows = problem.index_of(res.picks["segment_id"])
    assert res.total_benefit == pytest.approx(evaluate(problem, rows), rel=1e-12)
    assert res.total_benefit >= pf.total_benefit - 1e-9  # the portfolio, plus any refill
    assert res.picks["cost"].sum() <= budget + 1e-6
    assert set(res.picks["fund"]) == {"APBD"} and set(res.picks["year"]) == {1}
    assert 0 < res.households_desil1 <= res.households
    record = json.loads(json.dumps(res.summary()))
    assert record["appraisal"]["discount_rate"] == 0.10
    assert record["monte_carlo"]["draws"] == 4

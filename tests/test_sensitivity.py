"""Sensitivity: Monte Carlo draws are exact, cancellable and stable between seeds."""

from __future__ import annotations

import numpy as np
import pytest

from mataram_gis.analysis import run_analysis
from mataram_gis.appraisal import Appraisal
from mataram_gis.errors import Cancelled
from mataram_gis.portfolio import naive_pick
from mataram_gis.problem import UpgradeProblem, evaluate
from mataram_gis.reweight import HouseholdSplit
from mataram_gis.scenario import Scenario
from mataram_gis.sensitivity import monte_carlo
from mataram_gis.upgrades import UpgradeState

FIXED = {"cost_spread": 0.0, "vot_spread": 0.0, "trips_spread": 0.0, "equity_spread": 0.0,
         "speed_spread": 0.0}  # fmt: skip


def split_of(analysis) -> HouseholdSplit:
    sc = analysis.scenario
    return HouseholdSplit.from_origins(analysis.origins, trips_per_year=sc.trips_per_year,
                                       equity=sc.equity_weights)  # fmt: skip


@pytest.fixture(scope="module")
def demo():
    from mataram_gis.inputs import demo_inputs

    analysis = run_analysis(demo_inputs(scale=1), Scenario())
    return analysis, UpgradeProblem.from_analysis(analysis), split_of(analysis)


def test_draws_without_spread_are_the_exact_scenario(grid_analysis):
    problem = UpgradeProblem.from_analysis(grid_analysis)
    budget = float(problem.cost[problem.candidate].sum()) * 0.2
    mc = monte_carlo(problem, split_of(grid_analysis), grid_analysis.segments,
                     Appraisal(**FIXED), budget_rp=budget, draws=3)  # fmt: skip
    rows = mc.chosen[0]
    assert all(np.array_equal(rows, r) for r in mc.chosen)
    assert problem.cost[rows].sum() <= budget + 1e-6
    assert mc.hours[0] == pytest.approx(evaluate(problem, rows), rel=1e-9)  # exact
    single = UpgradeState(problem).single_gains(np.flatnonzero(problem.candidate))
    assert mc.hours[0] >= evaluate(problem, naive_pick(problem, single, budget)) - 1e-9
    assert set(mc.segments["share"]) == {1.0}


def test_monte_carlo_reports_progress_and_can_be_cancelled(grid_analysis):
    problem = UpgradeProblem.from_analysis(grid_analysis)
    budget = float(problem.cost[problem.candidate].sum()) * 0.2
    seen: list[float] = []

    def cancel() -> bool:
        return len(seen) >= 2

    with pytest.raises(Cancelled):
        monte_carlo(problem, split_of(grid_analysis), grid_analysis.segments, Appraisal(),
                    budget_rp=budget, draws=10, progress=lambda f, m: seen.append(f),
                    cancel=cancel)  # fmt: skip
    assert seen == sorted(seen) and len(seen) == 2


def test_selection_frequencies_stable_between_seeds_on_the_demo(demo):
    """500 draws, two seeds: every segment's and ruas' frequency within 5 points.

    The demo with a budget of Rp 1.5 billion (about twenty picks); the 500-draw benchmark
    (benchmarks/bench_portfolio.py) reports the same check on a larger budget.
    """
    analysis, problem, split = demo
    budget = 1.5e9
    runs = [monte_carlo(problem, split, analysis.segments, Appraisal(), budget_rp=budget,
                        draws=500, seed=seed) for seed in (1, 2)]  # fmt: skip
    for level, key in (("segments", "segment_id"), ("ruas", "ruas")):
        a, b = (getattr(r, level).set_index(key)["share"] for r in runs)
        every = a.index.union(b.index)
        diff = (a.reindex(every, fill_value=0.0) - b.reindex(every, fill_value=0.0)).abs()
        assert diff.max() <= 0.05, diff.sort_values().tail()
        assert (a > 0.5).any()  # some segments are chosen in most draws
    for r in runs:
        assert (r.cost_rp <= budget + 1e-6).all()
        s = r.summary()
        assert s["npv_rp_equity"]["p50"] > s["npv_rp"]["p50"]

"""Benchmark: portfolio and corridors.

``python benchmarks/bench_portfolio.py [--grid]``: the scale-1 demo (default) or the
40 x 40 test grid with 3,000 households; a budget that buys about 50 segments (what the
naive pick spends on its first 50). Lines:
``portfolio S s | picks K | exact gain over naive G% | corridors C in T s`` and
``monte carlo N draws W s wall (C s CPU; target < 60 s) | ...`` (``--draws 0`` skips it).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.peak import rss_field
from mataram_gis.analysis import run_analysis
from mataram_gis.corridors import rank_corridors
from mataram_gis.portfolio import choose_portfolio
from mataram_gis.problem import UpgradeProblem
from mataram_gis.scenario import Scenario

logger = logging.getLogger("bench_portfolio")


def main() -> None:
    """Run and print the figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--grid", action="store_true", help="40x40 grid instead of the demo")
    ap.add_argument("--budget", type=float, help="budget in Rp (default ~50 segments)")
    ap.add_argument("--draws", type=int, default=500, help="Monte Carlo draws (0: skip)")
    args = ap.parse_args()
    if args.grid:
        from tests.factories import grid_inputs

        inputs = grid_inputs(n=40, n_households=3000)
    else:
        from mataram_gis.inputs import demo_inputs

        inputs = demo_inputs(scale=1)
    analysis = run_analysis(inputs, Scenario())
    problem = UpgradeProblem.from_analysis(analysis)
    if args.budget:
        budget = args.budget
    else:  # what the naive pick spends on its first 50 segments: "buys about 50 segments"
        cand = np.flatnonzero(problem.candidate)
        gain = analysis.benefits.weighted_seconds[problem.segment_ids[cand]]
        ratio = gain / np.maximum(problem.cost[cand], 1.0)
        budget = float(problem.cost[cand[np.argsort(-ratio)[:50]]].sum())
    choose_portfolio(problem, budget_rp=float(np.min(problem.cost[problem.candidate])))  # warm
    t0 = time.perf_counter()
    pf = choose_portfolio(problem, budget_rp=budget)
    s = time.perf_counter() - t0
    print(f"budget Rp {budget:,.0f}; portfolio {pf.total_benefit:,.1f} h/yr, naive "
          f"{pf.naive_benefit:,.1f} h/yr; timings {pf.timings}; {pf.stats}")  # fmt: skip
    t1 = time.perf_counter()
    layer = rank_corridors(problem, analysis.segments)
    t = time.perf_counter() - t1
    print(
        f"portfolio {s:.2f} s | picks {len(pf.rows)} | exact gain over naive "
        f"{pf.gain_over_naive_pct:.1f}% | corridors {len(layer)} in {t:.2f} s" + rss_field()
    )
    if args.draws:
        bench_monte_carlo(analysis, problem, budget, args.draws)


def bench_monte_carlo(analysis, problem: UpgradeProblem, budget: float, draws: int) -> None:
    """Monte Carlo draws with their own exact portfolio each (mataram_gis.sensitivity)."""
    from mataram_gis.appraisal import Appraisal
    from mataram_gis.reweight import HouseholdSplit
    from mataram_gis.sensitivity import monte_carlo

    sc = analysis.scenario
    split = HouseholdSplit.from_origins(analysis.origins, trips_per_year=sc.trips_per_year,
                                       equity=sc.equity_weights)  # fmt: skip
    w0, c0 = time.perf_counter(), time.process_time()
    mc = monte_carlo(problem, split, analysis.segments, Appraisal(), budget_rp=budget,
                     draws=draws)  # fmt: skip
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    other = monte_carlo(problem, split, analysis.segments, Appraisal(), budget_rp=budget,
                        draws=draws, seed=2)  # fmt: skip
    a, b = (m.segments.set_index("segment_id")["share"] for m in (mc, other))
    every = a.index.union(b.index)
    diff = (a.reindex(every, fill_value=0) - b.reindex(every, fill_value=0)).abs().max()
    top = mc.segments.iloc[0] if len(mc.segments) else None
    summ = mc.summary()["npv_rp_equity"]
    print(
        f"monte carlo {draws} draws {wall:.1f} s wall ({cpu:.1f} s CPU; target < 60 s) | "
        f"segments ever selected {len(mc.segments)} | most robust: segment "
        f"{int(top['segment_id']) if top is not None else '-'} in {100 * top['share']:.0f}% | "
        f"NPV equity-weighted P5/P50/P95 Rp {summ['p5'] / 1e9:.2f}/{summ['p50'] / 1e9:.2f}/"
        f"{summ['p95'] / 1e9:.2f} bn | seeds 1 vs 2: frequencies within "
        f"{100 * diff:.1f} points"
    )


if __name__ == "__main__":
    main()

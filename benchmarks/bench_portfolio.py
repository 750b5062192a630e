"""Benchmark: portfolio and corridors.

``python benchmarks/bench_portfolio.py [--grid]``: the scale-1 demo (default) or the
40 x 40 test grid with 3,000 households; a budget that buys about 50 segments (what the
naive pick spends on its first 50). Last line:
``portfolio S s | picks K | exact gain over naive G% | corridors C in T s``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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
        f"{pf.gain_over_naive_pct:.1f}% | corridors {len(layer)} in {t:.2f} s"
    )


if __name__ == "__main__":
    main()

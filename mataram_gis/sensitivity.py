"""Sensitivity and risk: switching values, and how robust the exact selection itself is.

* **Switching values** (RED/HDM-4): how much the costs may rise, or the benefits fall,
  before the benefit-cost ratio drops below 1; per segment, per ruas (each alone: the exact
  joint benefit of its picks upgraded without the rest) and for the programme.
* **Monte Carlo** (:mod:`mataram_gis.montecarlo`): draws of unit costs, value of time,
  trips per year, equity weights and speeds by condition; each draw re-chooses the portfolio
  on the budget. Reported: how often each segment and each ruas is selected ("selected in
  87 % of 500 draws") and the distribution of the programme's NPV (unweighted and
  equity-weighted). A draw's works are paid in year 0 and save the same hours every year of
  the appraisal period.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from mataram_gis.appraisal import Appraisal, appraise_segments, discount_factors
from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.montecarlo import (
    COST_GROUPS,
    build_stratum,
    cost_groups,
    hours,
    restore,
    sample,
)
from mataram_gis.montecarlo_search import lean_portfolio
from mataram_gis.parallel import workers
from mataram_gis.problem import MS_PER_HOUR, UpgradeProblem
from mataram_gis.programme_eval import ruas_key
from mataram_gis.reweight import DESILS, HouseholdSplit, unweighted_problem
from mataram_gis.upgrades import UpgradeState

logger = logging.getLogger(__name__)


# -- switching values --------------------------------------------------------------------
def appraisal_tables(
    problem: UpgradeProblem,
    split: HouseholdSplit,
    segments: pd.DataFrame,
    rows: list[int] | np.ndarray,
    params: Appraisal,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Appraisal and switching values of each chosen segment and each ruas, each alone.

    Returns
    -------
    (pandas.DataFrame, pandas.DataFrame)
        Per segment (``segment_id``, ``ruas``, ``cost``, ``hours``, ``hours_unweighted`` and
        the appraisal columns) and per ruas (``ruas``, ``segments``, same columns). Hours
        are exact stand-alone benefits; ``cost_rise``/``benefit_fall`` are the switching
        values (unweighted; ``_equity`` for the equity-weighted figures).
    """
    rows = [int(r) for r in rows]
    key = ruas_key(segments)
    weighted = UpgradeState(problem)
    plain = UpgradeState(unweighted_problem(problem, split))
    groups: dict[str, list[int]] = {}
    for r in rows:
        groups.setdefault(str(key[r]), []).append(r)
    out = []
    for label, members in [(None, [r]) for r in rows] + list(groups.items()):
        out.append({
            "ruas": str(key[members[0]]) if label is None else label,
            "segment_id": int(problem.segment_ids[members[0]]) if label is None else None,
            "segments": len(members),
            "cost": float(problem.cost[members].sum()),
            "hours": weighted.gain(members) / MS_PER_HOUR,
            "hours_unweighted": plain.gain(members) / MS_PER_HOUR,
        })  # fmt: skip
    table = pd.DataFrame(out, columns=["ruas", "segment_id", "segments", "cost", "hours",
                                       "hours_unweighted"])  # fmt: skip
    res = appraise_segments(table["cost"].to_numpy(), table["hours_unweighted"].to_numpy(),
                            table["hours"].to_numpy(), params)  # fmt: skip
    for k, v in res.items():
        table[k] = v
    seg = table.iloc[: len(rows)].reset_index(drop=True)
    ruas = table.iloc[len(rows) :].drop(columns="segment_id").reset_index(drop=True)
    return seg, ruas.sort_values("npv_rp_equity", ascending=False).reset_index(drop=True)


# -- Monte Carlo -------------------------------------------------------------------------
@dataclass
class MonteCarlo:
    """Selection frequencies and the NPV distribution of a Monte Carlo run.

    Attributes
    ----------
    draws, seed
        Number of draws and the seed.
    segments
        ``segment_id``, ``ruas``, ``selected`` (draws), ``share`` (0-1), for every segment
        selected at least once, most often first.
    ruas
        ``ruas``, ``selected``, ``share``: draws in which any of its segments was selected.
    npv_rp, npv_rp_equity, cost_rp, hours
        Per draw: unweighted and equity-weighted NPV, cost, weighted hours/yr.
    parameters
        Per draw: the sampled factors (one column each).
    chosen
        Per draw: the rows of the chosen portfolio.
    timings
        Seconds for the preparation and the draws.
    """

    draws: int
    seed: int
    segments: pd.DataFrame
    ruas: pd.DataFrame
    npv_rp: np.ndarray
    npv_rp_equity: np.ndarray
    cost_rp: np.ndarray
    hours: np.ndarray
    parameters: pd.DataFrame
    chosen: list[np.ndarray] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        """Percentiles of NPV and the share of draws with NPV > 0 (for records and reports)."""
        out: dict[str, Any] = {"draws": self.draws, "seed": self.seed}
        for name, v in (("npv_rp", self.npv_rp), ("npv_rp_equity", self.npv_rp_equity)):
            if len(v):
                p5, p50, p95 = np.percentile(v, [5, 50, 95])
                out[name] = {"p5": float(p5), "p50": float(p50), "p95": float(p95),
                             "share_positive": float(np.mean(v > 0))}  # fmt: skip
        out["timings"] = {k: round(v, 3) for k, v in self.timings.items()}
        return out


def monte_carlo(
    problem: UpgradeProblem,
    split: HouseholdSplit,
    segments: pd.DataFrame,
    params: Appraisal,
    *,
    budget_rp: float,
    draws: int | None = None,
    seed: int | None = None,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> MonteCarlo:
    """Re-choose the portfolio under ``draws`` samples of the uncertain parameters.

    Parameters
    ----------
    problem, split, segments
        The upgrade problem, its households by desil and the ranking table (same rows).
    params
        Spreads, value of time, discount rate, period; ``draws``/``seed`` unless given here.
    budget_rp
        Budget of each draw's portfolio.
    progress, cancel
        Job callbacks; cancelling raises :class:`mataram_gis.errors.Cancelled`.
    """
    n = int(params.draws if draws is None else draws)
    seed = int(params.seed if seed is None else seed)
    t0 = time.perf_counter()
    s = sample(n, seed, params)
    grp = cost_groups(segments["highway"].astype(str).to_numpy())
    base_eq = np.array([split.equity.get(d, 0.0) for d in DESILS])
    annuity = float(discount_factors(params.discount_rate, params.period_years)[1:].sum())
    key = ruas_key(segments)
    npv, npv_eq, spent, hrs, h_unw = (np.zeros(n) for _ in range(5))
    chosen: list[np.ndarray] = [np.zeros(0, np.int64)] * n
    prep: dict[int, float] = {}
    lock, done = threading.Lock(), [0]

    def run_stratum(k: int) -> None:
        """Every draw of speed stratum ``k``, in draw order (one thread each)."""
        t1 = time.perf_counter()
        st = build_stratum(problem, split, float(s.speed[k]))
        plain = st.node_weight.sum(axis=2)  # producers per node and group, any desil
        prep[k] = time.perf_counter() - t1
        for i in np.flatnonzero(s.stratum == k):
            check_cancel(cancel)
            cost = problem.cost * s.cost[i, grp]
            equity = base_eq * s.equity[i]
            trips = split.trips_per_year * s.trips[i]
            hh_w = split.weights(equity=dict(zip(DESILS, equity, strict=True)),
                                 trips_per_year=trips)  # fmt: skip
            rows, total_ms = lean_portfolio(st, cost, equity, trips, budget_rp, hh_w)
            h_unw[i] = hours(st, trips * plain)
            restore(st)
            chosen[i], spent[i], hrs[i] = rows, float(cost[rows].sum()), total_ms / MS_PER_HOUR
            with lock:  # progress in order, and none once cancelled
                check_cancel(cancel)
                done[0] += 1
                progress(done[0] / max(n, 1), f"draw {done[0]} of {n}")

    strata = [k for k in range(len(s.speed)) if (s.stratum == k).any()]
    with ThreadPoolExecutor(max_workers=workers(len(strata))) as pool:
        for job in [pool.submit(run_stratum, k) for k in strata]:
            job.result()
    selected = np.zeros(problem.n_segments, np.int64)
    ruas_hits: dict[str, int] = {}
    for rows in chosen:
        selected[rows] += 1
        for r in {str(key[r]) for r in rows}:
            ruas_hits[r] = ruas_hits.get(r, 0) + 1
    vot = params.value_of_time_rp_per_hour * s.vot
    npv[:] = h_unw * vot * annuity - spent
    npv_eq[:] = hrs * vot * annuity - spent
    hit = np.flatnonzero(selected)
    seg = pd.DataFrame(
        {
            "segment_id": problem.segment_ids[hit],
            "ruas": key[hit].astype(str),
            "selected": selected[hit],
            "share": selected[hit] / max(n, 1),
        }
    )
    seg = seg.sort_values(["selected", "segment_id"], ascending=[False, True])
    ruas = pd.DataFrame({"ruas": list(ruas_hits), "selected": list(ruas_hits.values())})
    ruas["share"] = ruas["selected"] / max(n, 1)
    ruas = ruas.sort_values(["selected", "ruas"], ascending=[False, True])
    par = pd.DataFrame(s.cost, columns=[f"cost_{g}" for g in COST_GROUPS])
    par["value_of_time"], par["trips"] = s.vot, s.trips
    for j, d in enumerate(DESILS):
        par[f"equity_{d}"] = s.equity[:, j]
    par["speed_loss"] = s.speed[s.stratum]
    timings = {"prepare_s": sum(prep.values()), "total_s": time.perf_counter() - t0}
    return MonteCarlo(draws=n, seed=seed, segments=seg.reset_index(drop=True),
                      ruas=ruas.reset_index(drop=True), npv_rp=npv, npv_rp_equity=npv_eq,
                      cost_rp=spent, hours=hrs, parameters=par, chosen=chosen,
                      timings=timings)  # fmt: skip

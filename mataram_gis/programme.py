"""A multi-year, multi-fund work programme: which upgrades, in which year, paid by which fund.

Road money comes in yearly ceilings per fund source (APBD, DAK, grants) over 1-5 years
(RPJMD/RKPD). A pick is paid by one fund in one year, never splitting a segment's cost.

Method
------
Year ``y`` (1-based) works are paid at ``t = y - 1`` and are in force from ``t = y``; the
network of year ``y`` has every earlier year's works at their target condition and, with the
optional deterioration rule, every untreated road worse by one condition class every
``deterioration_years`` years (slower, and dearer to treat; treated roads are kept at target
by routine maintenance). Two plans are built and the better one kept (larger present value of
the equity-weighted benefit over the appraisal period), so the result is never worse than
the first:

A. *Year by year*: each year, the exact portfolio search (:mod:`mataram_gis.portfolio`) on
   what is left (earlier works done), with the year's total ceiling; the picks are packed into
   the funds (largest first, tightest fund that fits); a pick no fund can hold is dropped and
   the leftover filled greedily by exact marginal gain per rupiah.
B. *Whole horizon first*: the portfolio search on the sum of all ceilings, its picks scheduled
   in pick order into the earliest year and fund with room, then each year's leftover filled
   as in A.

Each pick's ``marginal_benefit`` is exact given every earlier pick (earlier years first) on
its year's network (:class:`mataram_gis.upgrades.UpgradeState`); the yearly benefit is the
exact recomputation of the whole network against doing nothing in that year.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from mataram_gis import speeds
from mataram_gis.appraisal import Appraisal
from mataram_gis.errors import ScenarioError
from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.portfolio_ruas import search_portfolio
from mataram_gis.problem import MS_PER_HOUR, UpgradeProblem
from mataram_gis.upgrades import UpgradeState

logger = logging.getLogger(__name__)

DEFAULT_FUND = "APBD"


@dataclass(frozen=True)
class Network:
    """Segment times and costs at every condition class, for the deterioration rule.

    Attributes
    ----------
    problem
        The problem today.
    time_by_class, cost_by_class
        ``(n_segments, 4)`` travel time (ms) and treatment cost (Rp) at each class of
        :data:`mataram_gis.speeds.CONDITIONS`, never better than today's.
    class_now
        Today's class index per segment.
    every
        Years per class of deterioration (0: none).
    """

    problem: UpgradeProblem
    time_by_class: np.ndarray
    cost_by_class: np.ndarray
    class_now: np.ndarray
    every: int
    _cache: dict[int, UpgradeProblem] = field(default_factory=dict, compare=False)

    @classmethod
    def build(
        cls, problem: UpgradeProblem, segments: pd.DataFrame, *, scenario: Any, every: int
    ) -> Network:
        """From the ranking table (same rows as ``problem``) and the scenario's tables."""
        n = problem.n_segments
        cond = segments["condition"].astype(str).to_numpy()
        class_now = speeds.lookup(cond, lambda c: speeds.CONDITIONS.index(c)).astype(int)
        times = np.repeat(problem.before_ms[:, None], 4, axis=1)
        costs = np.repeat(problem.cost[:, None], 4, axis=1)
        if every > 0:
            kw = {"mode": scenario.mode, "base": scenario.speed_table(),
                  "caps": scenario.cap_table(), "factors": scenario.factor_table()}  # fmt: skip
            hw = segments["highway"].astype(str).reset_index(drop=True)
            v_now = speeds.speed_kmh(hw, pd.Series(cond), **kw)
            for k, c in enumerate(speeds.CONDITIONS):
                v_k = speeds.speed_kmh(hw, pd.Series([c] * n), **kw)
                with np.errstate(divide="ignore", invalid="ignore"):
                    t = np.rint(problem.before_ms * (v_now / v_k))
                ok = np.isfinite(t) & (problem.before_ms >= 0)
                times[:, k] = np.where(ok, np.maximum(t, problem.before_ms), problem.before_ms)
                unit = speeds.upgrade_cost_rp(
                    hw, pd.Series([c] * n), np.full(n, 1000.0),
                    target=scenario.target_condition, unit_costs=scenario.cost_table(),
                )  # fmt: skip
                unit_now = speeds.upgrade_cost_rp(
                    hw, pd.Series(cond), np.full(n, 1000.0),
                    target=scenario.target_condition, unit_costs=scenario.cost_table(),
                )  # fmt: skip
                with np.errstate(divide="ignore", invalid="ignore"):
                    scale = np.where(unit_now > 0, unit / unit_now, 1.0)
                costs[:, k] = np.maximum(problem.cost * scale, problem.cost)
        return cls(problem=problem, time_by_class=times.astype(np.int64), cost_by_class=costs,
                   class_now=class_now, every=int(every))  # fmt: skip

    def level(self, t: int) -> int:
        """Classes of deterioration reached at year ``t`` (0 without the rule)."""
        return t // self.every if self.every > 0 else 0

    def classes_at(self, t: int) -> np.ndarray:
        """Condition class index of each untreated segment at year ``t``."""
        return np.minimum(self.class_now + self.level(t), len(speeds.CONDITIONS) - 1)

    def at(self, t: int) -> UpgradeProblem:
        """The problem of year ``t``: untreated roads deteriorated, costs accordingly."""
        k = self.level(t)
        if k == 0:
            return self.problem
        if k not in self._cache:
            idx = self.classes_at(t)
            rows = np.arange(self.problem.n_segments)
            self._cache[k] = dataclasses.replace(
                self.problem,
                before_ms=self.time_by_class[rows, idx],
                cost=self.cost_by_class[rows, idx],
            )
        return self._cache[k]


def done_problem(problem: UpgradeProblem, done: list[int]) -> UpgradeProblem:
    """``problem`` with the ``done`` rows already at their upgraded time (no longer chosen)."""
    if not done:
        return problem
    rows = np.asarray(done, np.int64)
    before = problem.before_ms.copy()
    before[rows] = problem.after_ms[rows]
    cand = problem.candidate.copy()
    cand[rows] = False
    return dataclasses.replace(problem, before_ms=before, candidate=cand)


# -- funds -------------------------------------------------------------------------------
def ceilings(params: Appraisal, budget_rp: float | None) -> dict[str, list[float]]:
    """Yearly ceilings per fund; the scenario's budget as one APBD year when none given."""
    if params.ceilings_rp:
        return {k: list(v) for k, v in params.ceilings_rp.items()}
    if budget_rp is None:
        raise ScenarioError(
            "a programme needs a budget or yearly ceilings per fund",
            fix="give --budget, or --ceilings like APBD=5e9,5e9,5e9;DAK=2e9,0,2e9",
        )
    return {DEFAULT_FUND: [float(budget_rp)] + [0.0] * (params.years - 1)}


def _best_fund(cost: float, left: dict[str, float]) -> str | None:
    """The fund with the least room that still holds ``cost`` (ties: name order)."""
    fits = [(room, f) for f, room in left.items() if cost <= room + max(1e-6, room * 1e-12)]
    return min(fits)[1] if fits else None


def pack(rows: list[int], cost: np.ndarray, left: dict[str, float]) -> list[tuple[int, str]]:
    """Assign rows to funds, largest cost first; rows no fund can hold are left out.

    The result keeps the order of ``rows`` (the pick order).
    """
    fund_of: dict[int, str] = {}
    for r in sorted(rows, key=lambda r: (-cost[r], r)):
        fund = _best_fund(float(cost[r]), left)
        if fund is not None:
            left[fund] -= float(cost[r])
            fund_of[r] = fund
    return [(r, fund_of[r]) for r in rows if r in fund_of]


def fill(
    state: UpgradeState, left: dict[str, float], *, banned: set[int] = frozenset(),
    cancel: CancelCheck | None = None,
) -> list[tuple[int, str]]:  # fmt: skip
    """Add single upgrades by exact marginal gain per rupiah while any fund holds one."""
    p = state.problem
    cand = np.flatnonzero(p.candidate & ~state.chosen)
    cand = np.array([r for r in cand if r not in banned], np.int64)
    if len(cand) == 0 or not left:
        return []
    gain = state.single_gains(cand)
    added: list[tuple[int, str]] = []
    while True:
        check_cancel(cancel)
        room = max(left.values())
        ok = (gain > 0) & (p.cost[cand] <= room + 1e-6) & ~state.chosen[cand]
        if not ok.any():
            return added
        with np.errstate(divide="ignore", invalid="ignore"):
            score = np.where(p.cost[cand] > 0, gain / p.cost[cand], np.inf)
        idx = np.flatnonzero(ok)
        k = int(idx[np.argmax(score[idx])])
        fresh = state.gain([int(cand[k])])
        if fresh < gain[k]:  # lazy: re-rank with the exact value
            gain[k] = fresh
            continue
        r = int(cand[k])
        fund = _best_fund(float(p.cost[r]), left)
        if fund is None:
            gain[k] = 0.0
            continue
        state.apply([r])
        left[fund] -= float(p.cost[r])
        gain[k] = 0.0
        added.append((r, fund))


# -- the two plans -----------------------------------------------------------------------
def _year_by_year(
    net: Network, ceil: dict[str, list[float]], years: int, *, cancel: CancelCheck | None,
    progress: Progress, search: dict[str, Any] | None = None,
) -> list[list[tuple[int, str]]]:  # fmt: skip
    plan: list[list[tuple[int, str]]] = []
    done: list[int] = []
    for y in range(1, years + 1):
        progress((y - 1) / years, f"year {y}: portfolio")
        left = {f: row[y - 1] for f, row in ceil.items() if row[y - 1] > 0}
        prob = done_problem(net.at(y - 1), done)
        picks: list[tuple[int, str]] = []
        cand_cost = prob.cost[prob.candidate]
        if left and len(cand_cost) and sum(left.values()) >= cand_cost.min():
            pf = search_portfolio(prob, budget_rp=sum(left.values()), search=search,
                                  cancel=cancel)  # fmt: skip
            picks = pack([int(r) for r in pf.rows], prob.cost, left)
            if len(picks) < len(pf.rows):  # some pick fits no single fund: refill the rest
                state = UpgradeState(prob)
                state.reset([r for r, _ in picks])
                picks += fill(state, left, cancel=cancel)
        plan.append(picks)
        done += [r for r, _ in picks]
    return plan


def _horizon_first(
    net: Network, ceil: dict[str, list[float]], years: int, *, cancel: CancelCheck | None,
    search: dict[str, Any] | None = None,
) -> list[list[tuple[int, str]]]:  # fmt: skip
    p0 = net.at(0)
    total = sum(sum(row) for row in ceil.values())
    if not p0.candidate.any() or total < p0.cost[p0.candidate].min():
        return [[] for _ in range(years)]
    pf = search_portfolio(p0, budget_rp=total, search=search, cancel=cancel)
    left = [{f: row[y] for f, row in ceil.items() if row[y] > 0} for y in range(years)]
    sched: list[list[tuple[int, str]]] = [[] for _ in range(years)]
    for r in (int(x) for x in pf.rows):
        for y in range(years):
            cost = float(net.at(y).cost[r])
            fund = _best_fund(cost, left[y])
            if fund is not None:
                left[y][fund] -= cost
                sched[y].append((r, fund))
                break
    done: list[int] = []
    for y in range(years):
        prob = done_problem(net.at(y), done)
        state = UpgradeState(prob)
        state.reset([r for r, _ in sched[y]])
        later = {r for yy in range(y + 1, years) for r, _ in sched[yy]}
        sched[y] += fill(state, left[y], banned=later, cancel=cancel)
        done += [r for r, _ in sched[y]]
    return sched


@dataclass
class Programme:
    """A multi-year plan and its exact yearly benefits.

    Attributes
    ----------
    picks
        One row per pick: ``pick``, ``row``, ``segment_id``, ``year``, ``fund``, ``cost``,
        ``marginal_benefit`` (exact given earlier picks, weighted hours/yr),
        ``cumulative_cost``, ``cumulative_benefit``.
    plan
        Rows and funds per year.
    funds
        Fund names.
    ceilings
        Yearly ceiling per fund.
    method
        ``year_by_year`` or ``horizon_first`` (which plan was kept).
    scores
        Present value of equity-weighted hours of each plan (the comparison).
    """

    picks: pd.DataFrame
    plan: list[list[tuple[int, str]]]
    funds: list[str]
    ceilings: dict[str, list[float]]
    method: str
    scores: dict[str, float]


def plan_score(net: Network, plan: list[list[tuple[int, str]]], params: Appraisal) -> float:
    """Present value (at the discount rate) of the plan's weighted hours over the period."""
    from mataram_gis.programme_eval import yearly_benefit

    hours = yearly_benefit(net, plan, params.period_years)
    disc = (1.0 + params.discount_rate) ** -np.arange(len(hours), dtype=float)
    return float(np.dot(hours, disc))


def plan_programme(
    net: Network,
    params: Appraisal,
    *,
    budget_rp: float | None = None,
    search: dict[str, Any] | None = None,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> Programme:
    """Plan the works of ``params.years`` years within every fund's yearly ceilings.

    Parameters
    ----------
    net
        The network and its deterioration (:meth:`Network.build`).
    params
        Years, ceilings, discount rate, period.
    budget_rp
        Used as one year-1 APBD ceiling when ``params.ceilings_rp`` is empty.
    search
        Options of :func:`~mataram_gis.portfolio_ruas.choose_by_unit` (``pairs``,
        ``max_trials``, ``unit`` with the rows' ``ruas`` and ``sta``).
    progress, cancel
        Job callbacks.

    Returns
    -------
    Programme
        The better of the year-by-year and the whole-horizon-first plans.
    """
    ceil = ceilings(params, budget_rp)
    years = params.years
    base = _year_by_year(net, ceil, years, cancel=cancel, search=search,
                         progress=lambda f, m: progress(0.6 * f, m))  # fmt: skip
    progress(0.6, "whole-horizon plan")
    if years == 1 and len(ceil) == 1:  # one budget: both plans are the same portfolio
        plan, method, scores = base, "year_by_year", {"year_by_year": 0.0}
    else:
        alt = _horizon_first(net, ceil, years, cancel=cancel, search=search)
        check_cancel(cancel)
        progress(0.8, "comparing plans")
        scores = {
            "year_by_year": plan_score(net, base, params),
            "horizon_first": plan_score(net, alt, params),
        }
        better = scores["horizon_first"] > scores["year_by_year"]
        method = "horizon_first" if better else "year_by_year"
        plan = alt if better else base
    picks = pick_table(net, plan)
    progress(1.0, "programme done")
    return Programme(picks=picks, plan=plan, funds=list(ceil), ceilings=ceil, method=method,
                     scores=scores)  # fmt: skip


def pick_table(net: Network, plan: list[list[tuple[int, str]]]) -> pd.DataFrame:
    """Exact marginal benefit of every pick given all earlier picks, year by year."""
    rows: list[dict[str, Any]] = []
    done: list[int] = []
    for y, picks in enumerate(plan, start=1):
        prob = net.at(y - 1)
        state = UpgradeState(prob)
        state.reset(done)
        for r, fund in picks:
            gain = state.apply([r]) / MS_PER_HOUR
            rows.append({"row": r, "segment_id": int(prob.segment_ids[r]), "year": y,
                         "fund": fund, "cost": float(prob.cost[r]),
                         "marginal_benefit": gain})  # fmt: skip
        done += [r for r, _ in picks]
    out = pd.DataFrame(rows, columns=["row", "segment_id", "year", "fund", "cost",
                                      "marginal_benefit"])  # fmt: skip
    out.insert(0, "pick", np.arange(1, len(out) + 1))
    out["cumulative_cost"] = out["cost"].cumsum()
    out["cumulative_benefit"] = out["marginal_benefit"].cumsum()
    return out

"""Who gains from a set of upgrades, and what a budget buys: exact numbers for the briefing.

Numbers come from the results file alone: :class:`mataram_gis.problem.UpgradeProblem`
rebuilds the network and households from the GeoPackage, and a set of upgrades is
evaluated by recomputing travel times with all of them applied (so interactions between
segments on one route are counted once, not twice).

The budget pick here is deliberately simple and labelled so: segments in order of benefit
per cost, each taken if it still fits the budget. The exact portfolio optimiser
(:func:`mataram_gis.portfolio.choose_portfolio`) can replace it with ``exact=True``.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mataram_gis.engine import INF, household_times
from mataram_gis.equity import HouseholdTimes
from mataram_gis.outputs.tables import cumulative_by_efficiency
from mataram_gis.problem import UpgradeProblem
from mataram_gis.results import Results

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reach:
    """The effect of upgrading a set of segments together.

    Attributes
    ----------
    segment_ids
        The upgraded segments.
    households
        Households whose trip to their centre gets strictly shorter.
    producers
        Producers in those households (NaN when the results lack a ``producers`` column).
    extreme
        Of those households, how many are in desil 1 (extreme poverty); -1 if unknown.
    joint_benefit
        Exact benefit of all upgrades together (weighted household-hours/year).
    sum_benefit
        Sum of the segments' single benefits (what the ranking table adds up to).
    cost, length_m
        Total upgrade cost (Rp) and length (m).
    """

    segment_ids: tuple[int, ...]
    households: int
    producers: float
    extreme: int
    joint_benefit: float
    sum_benefit: float
    cost: float
    length_m: float


#: The last upgraded rows' fields per problem (a briefing asks twice for the same rows).
_AFTER: weakref.WeakKeyDictionary[UpgradeProblem, tuple[tuple[int, ...], np.ndarray]] = (
    weakref.WeakKeyDictionary()
)


def fields_after(problem: UpgradeProblem, rows: Sequence[int]) -> np.ndarray:
    """``problem.fields_with(rows)``, kept for the last rows asked of each problem.

    The briefing's summary (who gains from the top segments together) and its travel-time
    page upgrade the same rows: one set of distance fields, not two (61 whole-network
    fields at scale 16, issue 15). The array is shared: read it, never write it.
    """
    key = tuple(sorted(int(r) for r in rows))
    memo = _AFTER.get(problem)
    if memo is None or memo[0] != key:
        memo = (key, problem.fields_with(rows))
        _AFTER[problem] = memo
    return memo[1]


def household_times_after(problem: UpgradeProblem, rows: Sequence[int]) -> HouseholdTimes:
    """:func:`mataram_gis.equity.household_times_with` through :func:`fields_after`."""
    demand = problem.demand
    before = household_times(problem.base_fields, demand)
    after = household_times(fields_after(problem, rows), demand) if len(rows) else before

    def seconds(t: np.ndarray) -> np.ndarray:
        return np.where(t < INF, t / 1000.0, np.nan)

    return HouseholdTimes(before_s=seconds(before), after_s=seconds(after))


def joint_reach(
    results: Results, segment_ids: Sequence[int], *, problem: UpgradeProblem | None = None
) -> Reach:
    """Households gaining and the exact joint benefit of upgrading ``segment_ids`` together."""
    problem = problem or UpgradeProblem.from_results(results)
    ids = [int(i) for i in segment_ids]
    segs = results.segments.set_index("segment_id").loc[ids] if ids else results.segments.iloc[:0]
    if not ids:
        return Reach((), 0, 0.0, 0, 0.0, 0.0, 0.0, 0.0)
    rows = problem.index_of(ids)
    base = problem.base_fields
    after = fields_after(problem, rows)
    d = problem.demand
    used = d.node >= 0
    node = np.where(used, d.node, 0)
    gains = used & (after[node, d.group] < base[node, d.group])
    origins = results.origins
    producers = (
        float(origins["producers"].to_numpy(float)[gains].sum())
        if "producers" in origins
        else float("nan")
    )
    extreme = (
        int((origins["category"].to_numpy() == 1)[gains].sum()) if "category" in origins else -1
    )
    return Reach(
        segment_ids=tuple(ids),
        households=int(gains.sum()),
        producers=producers,
        extreme=extreme,
        joint_benefit=problem.benefit_of_fields(after),
        sum_benefit=float(segs["benefit"].sum()),
        cost=float(segs["upgrade_cost"].sum()),
        length_m=float(segs["length_m"].sum()),
    )


@dataclass(frozen=True)
class BudgetPick:
    """Segments chosen for a budget and how they were chosen (``simple`` or ``portfolio``)."""

    budget_rp: float
    segment_ids: tuple[int, ...]
    method: str
    reach: Reach


def simple_pick(results: Results, budget_rp: float) -> list[int]:
    """Segment ids by descending benefit per cost, each taken while it fits the budget."""
    frame = cumulative_by_efficiency(results)
    left = float(budget_rp)
    chosen: list[int] = []
    for sid, cost in zip(frame["segment_id"], frame["upgrade_cost"], strict=True):
        if cost <= left:
            chosen.append(int(sid))
            left -= float(cost)
    return chosen


def budget_pick(
    results: Results,
    budget_rp: float,
    *,
    problem: UpgradeProblem | None = None,
    exact: bool = False,
) -> BudgetPick:
    """What ``budget_rp`` buys: the simple pick, or the exact portfolio with ``exact=True``."""
    problem = problem or UpgradeProblem.from_results(results)
    method = "simple"
    ids = simple_pick(results, budget_rp)
    if exact:
        from mataram_gis.portfolio import choose_portfolio

        portfolio = choose_portfolio(problem, budget_rp=budget_rp)
        ids = [int(i) for i in portfolio.segment_ids]
        method = "portfolio"
    return BudgetPick(budget_rp, tuple(ids), method, joint_reach(results, ids, problem=problem))

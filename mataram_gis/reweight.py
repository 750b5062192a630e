"""The same upgrade problem with other household weights (unweighted, per desil, drawn).

A household's effective weight is producers x equity weight of its desil x trips per year
(:func:`mataram_gis.demand.effective_weight`). Benefits are linear in the weights, so the
unweighted figure (equity weight 1 for everyone) and every Monte Carlo draw of equity weights
and trips come from the same network and the same distance fields: only the weights change.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from mataram_gis.engine import Demand
from mataram_gis.errors import InputDataError
from mataram_gis.problem import UpgradeProblem

#: P3KE desil 1-4.
DESILS: tuple[int, ...] = (1, 2, 3, 4)


@dataclass(frozen=True)
class HouseholdSplit:
    """Producers and desil of each household, aligned with ``problem.demand`` rows.

    Attributes
    ----------
    producers
        Producers (the input ``weight``) per household; 0 where excluded.
    category
        P3KE desil (1-4) per household.
    trips_per_year
        Trips per household per year of the scenario.
    equity
        Equity weight per desil of the scenario.
    """

    producers: np.ndarray
    category: np.ndarray
    trips_per_year: float
    equity: dict[int, float]

    @classmethod
    def from_origins(
        cls, origins: object, *, trips_per_year: float, equity: dict[int, float]
    ) -> HouseholdSplit:
        """From an ``origins`` table (analysis or results) with ``producers``, ``category``."""
        missing = [c for c in ("producers", "category") if c not in origins.columns]  # type: ignore[attr-defined]
        if missing:
            raise InputDataError(
                f"layer origins lacks column(s) {', '.join(missing)}",
                fix="rank again with this version to write them",
            )
        used = origins["excluded"].fillna("").astype(str).to_numpy() == ""  # type: ignore[index]
        prod = origins["producers"].fillna(0.0).to_numpy(float)  # type: ignore[index]
        cat = origins["category"].fillna(4).to_numpy(np.int64)  # type: ignore[index]
        return cls(
            producers=np.where(used, prod, 0.0),
            category=cat,
            trips_per_year=float(trips_per_year),
            equity={int(k): float(v) for k, v in equity.items()},
        )

    def weights(
        self, *, equity: dict[int, float] | None = None, trips_per_year: float | None = None
    ) -> np.ndarray:
        """Effective weight per household (``equity=None``: the scenario's)."""
        table = np.zeros(max(DESILS) + 1)
        for k, v in (self.equity if equity is None else equity).items():
            table[int(k)] = v
        trips = self.trips_per_year if trips_per_year is None else trips_per_year
        return self.producers * table[self.category] * trips

    def unweighted(self) -> np.ndarray:
        """Producer-trips per year per household (equity weight 1 for all)."""
        return self.producers * self.trips_per_year


def with_weights(problem: UpgradeProblem, weight: np.ndarray) -> UpgradeProblem:
    """The problem with new household weights; network and distance fields are shared."""
    d = problem.demand
    w = np.where(d.node >= 0, np.asarray(weight, float), 0.0)
    out = dataclasses.replace(
        problem, demand=Demand(node=d.node, weight=w, group=d.group, targets=d.targets)
    )
    # Same network and destinations: reuse the cached graph and fields (no recomputation).
    for key in ("graph", "base_fields"):
        if key in problem.__dict__:
            out.__dict__[key] = problem.__dict__[key]
    return out


def unweighted_problem(problem: UpgradeProblem, split: HouseholdSplit) -> UpgradeProblem:
    """The problem with every household's equity weight set to 1."""
    return with_weights(problem, split.unweighted())

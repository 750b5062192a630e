"""Where the benefit lands: by desil, by kelurahan / kecamatan; concentration index.

For one segment, a ruas (its segments together) or a whole programme, every household's
time before and after comes from an exact recomputation with those segments upgraded
(:meth:`mataram_gis.problem.UpgradeProblem.fields_with`), so the tables add up to the
ranking's and the portfolio's benefit exactly.

Aggregation choices (``aggregation=``), all in household-hours per year:

- ``"equity"`` (default, the ranking's): weight = producers x equity weight of the desil x
  trips per year (``origins.weight``), so the table's total is the segment's ``benefit``;
- ``"utilitarian"``: every producer-hour counts the same: producers x trips per year;
- ``"prioritarian"``: producers x trips x :data:`PRIORITARIAN_WEIGHTS` (each poorer desil
  counts twice the next: 8 / 4 / 2 / 1), a steeper ladder than the default equity weights
  for a council that wants the poorest first without doubt.

Households with zero producers count as reached (their time improves) but add no
benefit, as in the ranking. Tables hold only aggregates: no household rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from mataram_gis.engine import INF, household_times
from mataram_gis.problem import UpgradeProblem

AGGREGATIONS = ("equity", "utilitarian", "prioritarian")
PRIORITARIAN_WEIGHTS = {1: 8.0, 2: 4.0, 3: 2.0, 4: 1.0}
#: Columns of an equity table (after the grouping column).
TABLE_COLUMNS = (
    "households", "households_reached", "benefit", "benefit_share", "mean_minutes_saved",
    "mean_minutes_before", "mean_minutes_after",
)  # fmt: skip


@dataclass(frozen=True)
class HouseholdTimes:
    """Each household's network time (s) to its centre before and after; NaN if excluded."""

    before_s: np.ndarray
    after_s: np.ndarray

    @property
    def saved_s(self) -> np.ndarray:
        """Seconds saved (0 where excluded)."""
        return np.nan_to_num(self.before_s - self.after_s, nan=0.0)


def household_times_with(problem: UpgradeProblem, rows: Iterable[int]) -> HouseholdTimes:
    """Exact times of every household with the given rows (of ``segments``) upgraded."""
    demand = problem.demand
    before = household_times(problem.base_fields, demand)
    rows = np.asarray(list(rows), np.int64)
    after = household_times(problem.fields_with(rows), demand) if len(rows) else before

    def seconds(t: np.ndarray) -> np.ndarray:
        return np.where(t < INF, t / 1000.0, np.nan)

    return HouseholdTimes(before_s=seconds(before), after_s=seconds(after))


def aggregation_weight(
    origins: pd.DataFrame, *, aggregation: str = "equity", trips_per_year: float = 250.0
) -> np.ndarray:
    """Per household, the weight of one second saved under ``aggregation``."""
    used = (origins["excluded"].fillna("") == "").to_numpy()
    if aggregation == "equity":
        w = origins["weight"].fillna(0.0).to_numpy(float)
    elif aggregation in ("utilitarian", "prioritarian"):
        w = origins["producers"].fillna(0.0).to_numpy(float) * float(trips_per_year)
        if aggregation == "prioritarian":
            table = np.zeros(6)
            for desil, f in PRIORITARIAN_WEIGHTS.items():
                table[desil] = f
            cat = origins["category"].fillna(4).to_numpy(np.int64).clip(0, 5)
            w = w * table[cat]
    else:
        raise ValueError(f"aggregation must be one of {AGGREGATIONS}, not {aggregation!r}")
    return np.where(used, w, 0.0)


def equity_table(
    origins: pd.DataFrame,
    times: HouseholdTimes,
    *,
    by: str = "category",
    aggregation: str = "equity",
    trips_per_year: float = 250.0,
) -> pd.DataFrame:
    """Benefit, households reached and minutes saved per value of ``by``.

    Parameters
    ----------
    origins
        The ``origins`` layer, with ``kelurahan``/``kecamatan`` columns when grouping by them
        (:func:`mataram_gis.admin.assign`).
    times
        :func:`household_times_with` for the segment(s).
    by
        ``"category"`` (desil), ``"kelurahan"`` or ``"kecamatan"``.
    aggregation, trips_per_year
        See the module notes.

    Returns
    -------
    pandas.DataFrame
        One row per group (used households only), then a ``total`` row; columns ``by`` and
        :data:`TABLE_COLUMNS` (``benefit`` in household-hours per year).
    """
    used = (origins["excluded"].fillna("") == "").to_numpy() & np.isfinite(times.before_s)
    saved = times.saved_s
    w = aggregation_weight(origins, aggregation=aggregation, trips_per_year=trips_per_year)
    key = origins[by].fillna("").astype(str) if by != "category" else origins[by].astype(int)
    frame = pd.DataFrame(
        {
            by: key.to_numpy()[used],
            "households": 1,
            "households_reached": (saved[used] > 0).astype(np.int64),
            "benefit": w[used] * saved[used] / 3600.0,
            "saved_min": np.where(saved[used] > 0, saved[used] / 60.0, 0.0),
            "before_min": times.before_s[used] / 60.0,
            "after_min": times.after_s[used] / 60.0,
        }
    )
    g = frame.groupby(by, sort=True)
    out = g[["households", "households_reached", "benefit"]].sum()
    out["before_min"] = g["before_min"].sum()
    out["after_min"] = g["after_min"].sum()
    out["saved_min"] = g["saved_min"].sum()
    total = out.sum(numeric_only=True)
    out.loc["total"] = total
    out = out.reset_index().rename(columns={"index": by})
    reached = out["households_reached"].to_numpy(float)
    hh = out["households"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["mean_minutes_saved"] = np.where(reached > 0, out["saved_min"] / reached, 0.0)
        out["mean_minutes_before"] = np.where(hh > 0, out["before_min"] / hh, np.nan)
        out["mean_minutes_after"] = np.where(hh > 0, out["after_min"] / hh, np.nan)
    tot = float(total["benefit"])
    out["benefit_share"] = out["benefit"] / tot if tot > 0 else 0.0
    out[by] = out[by].astype(str)
    out["households"] = out["households"].astype(np.int64)
    out["households_reached"] = out["households_reached"].astype(np.int64)
    return out[[by, *TABLE_COLUMNS]]


def share_to_desil1(table: pd.DataFrame) -> float:
    """Share of the benefit reaching desil 1 (from a table ``by="category"``)."""
    row = table.loc[table["category"] == "1", "benefit_share"]
    return float(row.iloc[0]) if len(row) else 0.0


def concentration_curve(table: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Cumulative share of households (poorest desil first) and of benefit, from 0 to 1.

    ``table`` is an equity table ``by="category"``; the curve has one point per desil.
    """
    rows = table.loc[table["category"] != "total"].copy()
    rows = rows.sort_values("category", key=lambda s: s.astype(int))
    p = np.concatenate([[0.0], np.cumsum(rows["households"].to_numpy(float))])
    b = np.concatenate([[0.0], np.cumsum(rows["benefit"].to_numpy(float))])
    if p[-1] > 0:
        p = p / p[-1]
    if b[-1] > 0:
        b = b / b[-1]
    return p, b


def concentration_index(table: pd.DataFrame) -> float:
    """Concentration index of the benefit over desil (grouped formula), in [-1, 1].

    ``C = sum_k (p_{k-1} L_k - p_k L_{k-1})`` with households ranked poorest first:
    negative when the benefit goes more to the poorer desil than their share of households
    (pro-poor), 0 when proportional, positive when it favours the less poor. 0 when there is
    no benefit.
    """
    p, b = concentration_curve(table)
    if b[-1] == 0:
        return 0.0
    return float(np.sum(p[:-1] * b[1:] - p[1:] * b[:-1]))

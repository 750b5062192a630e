"""One job for the CLI, the report and the GUI: plan, appraise and (optionally) test robustness.

:func:`run_programme` takes a results file's layers (or a live analysis) and the scenario's
:class:`~mataram_gis.appraisal.Appraisal` parameters and returns everything the outputs show:
the picks (the ``portfolio`` layer, with ``year`` and ``fund``), the ``programme`` layer (one
row per year), the appraisal and switching values per segment and per ruas, the programme's
totals and, with draws, the Monte Carlo selection frequencies and NPV distribution. One budget
in one year is the single-year portfolio: the same call, so the ``portfolio`` command and the
briefing show the same exact figures.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from mataram_gis.appraisal import Appraisal, switching_values
from mataram_gis.errors import InputDataError, ScenarioError
from mataram_gis.jobs import CancelCheck, Progress, no_progress
from mataram_gis.problem import UpgradeProblem
from mataram_gis.programme import Network, Programme, plan_programme
from mataram_gis.programme_eval import programme_table, ruas_key
from mataram_gis.reweight import HouseholdSplit
from mataram_gis.sensitivity import MonteCarlo, appraisal_tables, monte_carlo

logger = logging.getLogger(__name__)

#: Columns of the ``portfolio`` layer fixed by the data contract, then the optional ones.
PICK_COLUMNS = ("pick", "segment_id", "name", "cost", "marginal_benefit", "cumulative_cost",
                "cumulative_benefit")  # fmt: skip
PICK_OPTIONAL = ("nomor_ruas", "sta_from_m", "sta_to_m", "treatment", "area_m2", "year", "fund")


@dataclass
class ProgrammeResult:
    """Everything planned and appraised for one scenario and budget."""

    params: Appraisal
    budget_rp: float | None
    programme: Programme
    picks: gpd.GeoDataFrame
    years: pd.DataFrame
    totals: dict[str, Any]
    segment_appraisal: pd.DataFrame
    ruas_appraisal: pd.DataFrame
    monte_carlo: MonteCarlo | None
    total_benefit: float
    households: int
    households_desil1: int

    def summary(self) -> dict[str, Any]:
        """JSON-able record (parameters, totals, switching values, Monte Carlo summary)."""
        out: dict[str, Any] = {
            "appraisal": self.params.to_dict(),
            "budget_rp": self.budget_rp,
            "picks": len(self.picks),
            "total_cost": float(self.picks["cost"].sum()) if len(self.picks) else 0.0,
            "total_benefit": self.total_benefit,
            "households": self.households,
            "households_desil1": self.households_desil1,
            "segment_ids": [int(x) for x in self.picks["segment_id"]],
            "totals": _jsonable(self.totals),
        }
        sv = switching_values(np.array([self.totals["pv_benefit_rp"]]),
                              np.array([self.totals["pv_cost_rp"]]))  # fmt: skip
        out["switching_values"] = {k: float(v[0]) for k, v in sv.items()}
        if self.monte_carlo is not None:
            out["monte_carlo"] = self.monte_carlo.summary()
        return out


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=float))


def parse_ceilings(text: str, *, years: int) -> dict[str, list[float]]:
    """Ceilings from ``APBD=5e9,5e9,5e9;DAK=2e9,0,2e9`` or a plan file (JSON or CSV).

    A JSON plan file holds ``{"APBD": [..], "DAK": [..]}``; a CSV one has a ``fund`` (or
    ``sumber_dana``) column and one column per year (``tahun_1``, ``2026`` ...).
    """
    path = Path(text)
    if path.suffix.lower() in (".json", ".csv") and path.exists():
        return _ceilings_file(path, years=years)
    out: dict[str, list[float]] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        fund, sep, amounts = part.partition("=")
        try:
            values = [float(x) for x in amounts.split(",")] if sep else []
        except ValueError:
            values = []
        if not fund.strip() or not values:
            raise ScenarioError(
                f"cannot read the ceilings {part!r}",
                fix="write FUND=amount,amount,... per fund, funds separated by ';', "
                "e.g. APBD=5e9,5e9,5e9;DAK=2e9,0,2e9",
            )
        out[fund.strip()] = values + [0.0] * max(0, years - len(values))
    return out


def _ceilings_file(path: Path, *, years: int) -> dict[str, list[float]]:
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputDataError(f"cannot read the plan file ({exc})", file=str(path)) from None
        if not isinstance(data, dict):
            raise InputDataError("the plan file must hold {fund: [yearly amounts]}",
                                 file=str(path))  # fmt: skip
        return {str(k): [float(x) for x in v] for k, v in data.items()}
    frame = pd.read_csv(path)
    col = next((c for c in frame.columns if c.lower() in ("fund", "sumber_dana", "dana")), None)
    if col is None:
        raise InputDataError("the plan file has no 'fund' (sumber_dana) column", file=str(path),
                             fix="one row per fund: fund,tahun_1,tahun_2,...")  # fmt: skip
    year_cols = [c for c in frame.columns if c != col][:years]
    return {str(r[col]): [float(r[c]) for c in year_cols] for _, r in frame.iterrows()}


def run_programme(
    problem: UpgradeProblem,
    segments: gpd.GeoDataFrame,
    origins: pd.DataFrame,
    scenario: Any,
    *,
    budget_rp: float | None = None,
    draws: int = 0,
    search: dict[str, Any] | None = None,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> ProgrammeResult:
    """Plan the programme, appraise it and, with ``draws``, run the Monte Carlo.

    Parameters
    ----------
    problem, segments, origins
        The upgrade problem and the ``segments``/``origins`` layers it was built from.
    scenario
        The :class:`~mataram_gis.scenario.Scenario` (its ``appraisal`` parameters are used).
    budget_rp
        The year-1 budget when the scenario gives no ceilings.
    draws
        Monte Carlo draws (0: none).
    search
        Options of the portfolio search (``pairs``, ``max_trials``).
    progress, cancel
        Job callbacks.
    """
    params: Appraisal = scenario.appraisal
    split = HouseholdSplit.from_origins(origins, trips_per_year=scenario.trips_per_year,
                                        equity=scenario.equity_weights)  # fmt: skip
    net = Network.build(problem, segments, scenario=scenario, every=params.deterioration_years)
    prog = plan_programme(net, params, budget_rp=budget_rp, search=search,
                          progress=lambda f, m: progress(0.5 * f, m), cancel=cancel)  # fmt: skip
    progress(0.5, "appraisal")
    years, totals = programme_table(net, prog, segments, split, params,
                                    target=scenario.target_condition)  # fmt: skip
    rows = prog.picks["row"].astype(int).tolist()
    seg_app, ruas_app = appraisal_tables(problem, split, segments, rows, params)
    mc = None
    if draws > 0:
        budget = sum(sum(v) for v in prog.ceilings.values())
        mc = monte_carlo(
            problem,
            split,
            segments,
            params,
            budget_rp=budget,
            draws=draws,
            progress=lambda f, m: progress(0.6 + 0.4 * f, m),
            cancel=cancel,
        )
    last = net.at(len(prog.plan))
    total = last.benefit_of_fields(last.fields_with(rows)) if rows else 0.0
    hh, hh1 = _households_reached(problem, split, rows)
    progress(1.0, "programme done")
    return ProgrammeResult(
        params=params, budget_rp=budget_rp, programme=prog,
        picks=picks_layer(prog, problem, segments), years=years, totals=totals,
        segment_appraisal=seg_app, ruas_appraisal=ruas_app, monte_carlo=mc,
        total_benefit=float(total), households=hh, households_desil1=hh1,
    )  # fmt: skip


def programme_for_results(
    results: Any,
    scenario: Any = None,
    *,
    budget_rp: float | None = None,
    draws: int = 0,
    search: dict[str, Any] | None = None,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> ProgrammeResult:
    """:func:`run_programme` on a results file's own layers (``scenario``: its own)."""
    problem = UpgradeProblem.from_results(results)
    return run_programme(
        problem, results.segments, results.origins, scenario or results.scenario,
        budget_rp=budget_rp, draws=draws, search=search, progress=progress, cancel=cancel,
    )  # fmt: skip


def simple_pick_benefit(problem: UpgradeProblem, segments: pd.DataFrame, budget_rp: float
                        ) -> float:  # fmt: skip
    """Exact joint benefit of the simple pick: ranked segments by benefit per cost (then
    rank), each taken while it fits the budget (the briefing's and the ranking's pick)."""
    s = segments
    ok = s["rank"].notna() & (s["benefit"] > 0) & (s["upgrade_cost"] > 0)
    frame = s.loc[ok].sort_values(["benefit_per_cost", "rank"], ascending=[False, True])
    left, ids = float(budget_rp), []
    for sid, cost in zip(frame["segment_id"], frame["upgrade_cost"], strict=True):
        if cost <= left:
            ids.append(int(sid))
            left -= float(cost)
    if not ids:
        return 0.0
    return problem.benefit_of_fields(problem.fields_with(problem.index_of(ids)))


def _households_reached(
    problem: UpgradeProblem, split: HouseholdSplit, rows: list[int]
) -> tuple[int, int]:
    """Households whose time to their centre falls with all ``rows`` upgraded (and desil 1)."""
    if not rows:
        return 0, 0
    d = problem.demand
    ok = d.node >= 0
    before = problem.base_fields[d.node[ok], d.group[ok]]
    after = problem.fields_with(rows)[d.node[ok], d.group[ok]]
    gain = np.zeros(len(d.node), bool)
    gain[ok] = after < before
    return int(gain.sum()), int((gain & (split.category == 1)).sum())


def picks_layer(prog: Programme, problem: UpgradeProblem, segments: gpd.GeoDataFrame
                ) -> gpd.GeoDataFrame:  # fmt: skip
    """The ``portfolio`` layer: one row per pick with the contract and optional columns."""
    t = prog.picks
    rows = t["row"].astype(int).to_numpy()
    out = pd.DataFrame({
        "pick": t["pick"].to_numpy(), "segment_id": t["segment_id"].to_numpy(),
        "name": problem.names[rows].astype(str) if len(rows) else [],
        "cost": t["cost"].to_numpy(), "marginal_benefit": t["marginal_benefit"].to_numpy(),
        "cumulative_cost": t["cumulative_cost"].to_numpy(),
        "cumulative_benefit": t["cumulative_benefit"].to_numpy(),
    })  # fmt: skip
    seg = segments.reset_index(drop=True)
    for col in ("nomor_ruas", "sta_from_m", "sta_to_m", "treatment"):
        if col in seg:
            out[col] = seg[col].to_numpy()[rows]
    if "lebar_m" in seg:
        out["area_m2"] = (seg["lebar_m"].astype(float) * seg["length_m"]).to_numpy()[rows]
    out["year"] = t["year"].to_numpy()
    out["fund"] = t["fund"].to_numpy()
    out["ruas"] = ruas_key(seg)[rows] if len(rows) else []
    return gpd.GeoDataFrame(out, geometry=seg.geometry.to_numpy()[rows], crs=segments.crs)

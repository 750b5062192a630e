"""Exact yearly benefits, kemantapan and the economic appraisal of a programme.

Timeline: year ``y`` works are paid at ``t = y - 1`` and are in force from ``t = y``; the
appraisal runs ``t = 0 .. period_years``. The benefit in year ``t`` is the exact recomputation
(SciPy Dijkstra, :meth:`mataram_gis.problem.UpgradeProblem.fields_with`) of the network of
year ``t`` with every work done by then, against doing nothing in year ``t``. A year's works
are credited with the increment they add on top of the earlier years' works, so the yearly
increments add up exactly to the programme's benefit. Residual value: the straight-line
share of the works' life not used by the end of the period (RED), entered as a negative cost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from scipy.sparse.csgraph import dijkstra

from mataram_gis import speeds
from mataram_gis.appraisal import Appraisal, appraise_flows, voc_rp_per_km
from mataram_gis.errors import ScenarioError
from mataram_gis.problem import UpgradeProblem
from mataram_gis.reweight import HouseholdSplit, with_weights

if TYPE_CHECKING:  # annotations only: programme imports this module at run time
    from mataram_gis.programme import Network, Programme

Plan = list[list[tuple[int, str]]]


def _done_by(plan: Plan, y: int) -> list[int]:
    return [r for picks in plan[:y] for r, _ in picks]


class YearlyBenefits:
    """Exact benefit (hours/yr) of the works done by year ``y``, seen in year ``t``.

    Fields are computed once per (deterioration level, years done) and priced with any
    household weights (benefits are linear in the weights).
    """

    def __init__(self, net: Network, plan: Plan) -> None:
        self.net, self.plan = net, plan
        self._fields: dict[tuple[int, int], np.ndarray] = {}

    def fields(self, t: int, y: int) -> np.ndarray:
        """Distance fields of year ``t`` with the works of years ``<= y`` done."""
        key = (self.net.level(t), y)
        if key not in self._fields:
            self._fields[key] = self.net.at(t).fields_with(_done_by(self.plan, y))
        return self._fields[key]

    def hours(self, t: int, y: int, weight: np.ndarray | None = None) -> float:
        """Weighted hours/yr saved in year ``t`` by the works of years ``<= y``."""
        if y <= 0:
            return 0.0
        prob = self.net.at(t)
        prob.base_fields  # noqa: B018 - computed once, shared with the reweighted copy
        if weight is not None:
            prob = with_weights(prob, weight)
        return prob.benefit_of_fields(self.fields(t, y))


def yearly_benefit(
    net: Network, plan: Plan, period: int, weight: np.ndarray | None = None
) -> np.ndarray:
    """Benefit in force in each year ``t = 0 .. period`` (weighted hours/yr)."""
    yb = YearlyBenefits(net, plan)
    years = len(plan)
    return np.array([yb.hours(t, min(t, years), weight) for t in range(period + 1)])


def kemantapan(net: Network, segments: pd.DataFrame, treated: list[int], t: int) -> float:
    """Share (%) of city-road length in baik or sedang in year ``t`` with ``treated`` done.

    City roads: ``status`` (or ``authority``) ``kota`` where that column exists, else all.
    Roads of unknown condition are left out until treated (as in
    :func:`mataram_gis.works.kemantapan_before_after`).
    """
    from mataram_gis.condition_unknown import unknown_mask

    length = segments["length_m"].to_numpy(float)
    col = "status" if "status" in segments else "authority"
    mask = np.ones(len(segments), bool)
    if col in segments:
        kota = segments[col].fillna("").astype(str).to_numpy() == "kota"
        mask = kota if kota.any() else mask
    known = ~unknown_mask(segments.reset_index(drop=True))
    cls = net.classes_at(t).copy()
    if treated:
        cls[np.asarray(treated, np.int64)] = 0
        known[np.asarray(treated, np.int64)] = True
    mask = mask & known
    good = cls <= speeds.CONDITIONS.index("sedang")
    total = float(length[mask].sum())
    return 100.0 * float(length[mask & good].sum()) / total if total > 0 else float("nan")


def segment_trips(problem: UpgradeProblem, chosen: list[int], weight: np.ndarray) -> np.ndarray:
    """Trips per year over each segment on the shortest routes with ``chosen`` upgraded.

    Each household's trips follow its shortest route to its destination (one tree per
    destination group); the loads are summed along the tree. Used for VOC savings.
    """
    graph = problem.graph_with(chosen)
    n = problem.n_nodes
    key = graph.tail.astype(np.int64) * n + graph.head
    order = np.lexsort((graph.time_ms, key))
    key_s, seg_s = key[order], graph.segment[order]
    first = np.r_[True, key_s[1:] != key_s[:-1]]
    key_u, seg_u = key_s[first], seg_s[first]
    share = np.ones(len(key_u))
    parts = problem.split is not None
    if parts:  # a part carries its share of the segment's length
        sp = problem.split
        share = (sp.part_hi - sp.part_lo)[graph.cache["part"][order][first]]
    d = problem.demand
    trips = np.zeros(problem.n_segments)
    mat = graph.reversed_matrix()
    for g, targets in enumerate(d.targets):
        sel = (d.group == g) & (d.node >= 0)
        if not sel.any():
            continue
        dist, pred, _ = dijkstra(mat, indices=targets, min_only=True, return_predecessors=True)
        load = np.bincount(d.node[sel], weights=weight[sel], minlength=n)
        for node in np.argsort(-np.where(np.isfinite(dist), dist, -1.0)):
            p = pred[node]
            if p < 0 or load[node] == 0 or not np.isfinite(dist[node]):
                continue
            pos = np.searchsorted(key_u, node * n + p)
            if pos < len(key_u) and key_u[pos] == node * n + p:
                trips[seg_u[pos]] += load[node] * share[pos] if parts else load[node]
            load[p] += load[node]
    return trips


def voc_savings(
    net: Network, plan: Plan, segments: pd.DataFrame, split: HouseholdSplit, params: Appraisal,
    *, target: str,
) -> dict[int, float]:  # fmt: skip
    """Yearly VOC saving (Rp) of each pick: trips x km x (VOC before - VOC at target)."""
    done = _done_by(plan, len(plan))
    trips = segment_trips(net.at(0), done, split.unweighted())
    out: dict[int, float] = {}
    for y, picks in enumerate(plan, start=1):
        cls = net.classes_at(y - 1)
        for r, _ in picks:
            cond = np.array([speeds.CONDITIONS[cls[r]], target])
            v_before, v_after = voc_rp_per_km(cond, params)
            km = float(segments["length_m"].iloc[r]) / 1000.0
            out[r] = float(trips[r] * km * max(v_before - v_after, 0.0))
    return out


def programme_table(
    net: Network, prog: Programme, segments: pd.DataFrame, split: HouseholdSplit,
    params: Appraisal, *, target: str = "baik",
) -> tuple[pd.DataFrame, dict[str, Any]]:  # fmt: skip
    """The ``programme`` layer (one row per year) and the programme's totals.

    Columns: ``year``, ``spend_<fund>`` per fund, ``spend_rp``, ``picks``, ``benefit``
    (weighted hours/yr in force after the year's works), ``benefit_unweighted``,
    ``kemantapan_before``/``kemantapan_after`` (%), and the appraisal of the year's works:
    ``pv_benefit_rp``, ``pv_cost_rp``, ``npv_rp``, ``bcr``, ``eirr`` (unweighted) and the
    same with ``_equity`` (equity-weighted).
    """
    period, years, plan = params.period_years, len(prog.plan), prog.plan
    if period < years:
        raise ScenarioError(f"the appraisal period ({period} years) is shorter than the "
                            f"programme ({years} years)", fix="lengthen the period")  # fmt: skip
    yb = YearlyBenefits(net, plan)
    unw = split.unweighted()
    vot = params.value_of_time_rp_per_hour
    voc = voc_savings(net, plan, segments, split, params, target=target) if params.include_voc \
        else {}  # fmt: skip
    cost = np.zeros((years, period + 1))
    ben = {"": np.zeros((years, period + 1)), "_equity": np.zeros((years, period + 1))}
    rows = []
    for y in range(1, years + 1):
        picks = plan[y - 1]
        spend = float(sum(net.at(y - 1).cost[r] for r, _ in picks))
        cost[y - 1, y - 1] += spend
        cost[y - 1, period] -= spend * (y - 1) / period  # residual value
        voc_y = sum(voc.get(r, 0.0) for r, _ in picks)
        for t in range(y, period + 1):
            ymax = min(t, years)
            if y > ymax:
                continue
            dw = yb.hours(t, y) - yb.hours(t, y - 1)
            du = yb.hours(t, y, unw) - yb.hours(t, y - 1, unw)
            ben[""][y - 1, t] = du * vot + voc_y
            ben["_equity"][y - 1, t] = dw * vot + voc_y
        row: dict[str, Any] = {"year": y}
        for f in prog.funds:
            row[f"spend_{f}"] = float(sum(net.at(y - 1).cost[r] for r, ff in picks if ff == f))
        row["spend_rp"] = spend
        row["picks"] = len(picks)
        row["benefit"] = yb.hours(y, y)
        row["benefit_unweighted"] = yb.hours(y, y, unw)
        done_before = _done_by(plan, y - 1)
        row["kemantapan_before"] = kemantapan(net, segments, done_before, y - 1)
        row["kemantapan_after"] = kemantapan(net, segments, _done_by(plan, y), y - 1)
        rows.append(row)
    table = pd.DataFrame(rows)
    totals: dict[str, Any] = {}
    for suffix, b in ben.items():
        res = appraise_flows(cost, b, rate=params.discount_rate)
        tot = appraise_flows(cost.sum(0), b.sum(0), rate=params.discount_rate)
        for k, v in res.items():
            table[k + suffix] = v
        for k, v in tot.items():
            totals[k + suffix] = float(v[0])
    totals.update(
        method=prog.method, scores=prog.scores, ceilings=prog.ceilings,
        cost_by_year=cost.sum(0).tolist(),
        benefit_rp_by_year=ben[""].sum(0).tolist(),
        benefit_equity_rp_by_year=ben["_equity"].sum(0).tolist(),
        voc_included=bool(params.include_voc),
    )  # fmt: skip
    return table, totals


def ruas_key(segments: pd.DataFrame) -> np.ndarray:
    """The ruas of each row: ``nomor_ruas`` where given, else the street name, else the id."""
    key = pd.Series("", index=segments.index, dtype=object)
    if "nomor_ruas" in segments:
        key = segments["nomor_ruas"].fillna("").astype(str)
    name = segments["name"].fillna("").astype(str)
    key = key.where(key != "", name)
    ids = "#" + segments["segment_id"].astype(str)
    return key.where(key != "", ids).to_numpy(object)


def stand_alone_hours(problem: UpgradeProblem, rows: list[int]) -> float:
    """Exact hours/yr of upgrading ``rows`` alone (SciPy recomputation)."""
    if not rows:
        return 0.0
    return problem.benefit_of_fields(problem.fields_with(rows))

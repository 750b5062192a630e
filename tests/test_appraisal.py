"""Economic appraisal: NPV, BCR, EIRR against hand-worked figures and a root-finder."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import brentq

from mataram_gis.appraisal import (
    DEFAULT_VALUE_OF_TIME,
    Appraisal,
    appraise_flows,
    eirr,
    switching_values,
)
from mataram_gis.engine import Demand
from mataram_gis.errors import ScenarioError
from mataram_gis.problem import UpgradeProblem
from mataram_gis.programme import Network, plan_programme
from mataram_gis.programme_eval import programme_table
from mataram_gis.reweight import HouseholdSplit
from mataram_gis.scenario import Scenario
from mataram_gis.sensitivity import appraisal_tables

VOT = 10_000.0  # Rp per hour, round for hand-working
RATE, PERIOD = 0.10, 10
ANNUITY = (1 - 1.1**-10) / 0.1  # 6.144567...


def two_segment_case() -> tuple[UpgradeProblem, HouseholdSplit, pd.DataFrame]:
    """Household (1 producer, desil 1) at node 0; centre at node 2; route 0 -> 1 -> 2.

    Segment A (0-1) saves 72 s per trip, B (1-2) 36 s; 250 trips a year:
    A saves 5 h/yr, B 2.5 h/yr (unweighted); equity weight 3 makes 15 and 7.5 h/yr.
    A costs Rp 200,000, B Rp 300,000.
    """
    split = HouseholdSplit(
        producers=np.array([1.0]),
        category=np.array([1]),
        trips_per_year=250.0,
        equity={1: 3.0, 2: 2.0, 3: 1.5, 4: 1.0},
    )
    demand = Demand(node=np.array([0]), weight=split.weights(), group=np.array([0]),
                    targets=(np.array([2]),))  # fmt: skip
    before = np.array([100_000, 100_000], np.int64)
    after = np.array([28_000, 64_000], np.int64)
    problem = UpgradeProblem(
        seg_u=np.array([0, 1]), seg_v=np.array([1, 2]), oneway=np.array([False, False]),
        before_ms=before, after_ms=after, cost=np.array([200_000.0, 300_000.0]),
        candidate=np.array([True, True]), demand=demand, n_nodes=3,
        segment_ids=np.array([10, 11]), names=np.array(["Jl. A", "Jl. A"], object),
        length_m=np.array([100.0, 100.0]),
    )  # fmt: skip
    segments = pd.DataFrame({"segment_id": [10, 11], "name": ["Jl. A", "Jl. A"],
                             "nomor_ruas": ["001", "001"], "condition": ["rusak berat"] * 2,
                             "highway": ["residential"] * 2, "length_m": [100.0, 100.0],
                             "status": ["kota", "kota"]})  # fmt: skip
    return problem, split, segments


def params(**kw) -> Appraisal:
    return Appraisal(value_of_time_rp_per_hour=VOT, discount_rate=RATE, period_years=PERIOD,
                     **kw)  # fmt: skip


def test_segment_and_ruas_figures_by_hand():
    problem, split, segments = two_segment_case()
    seg, ruas = appraisal_tables(problem, split, segments, [0, 1], params())
    # A: 5 h x Rp 10,000 = Rp 50,000 a year for 10 years at 10 %, cost Rp 200,000.
    a = seg.iloc[0]
    assert a["hours_unweighted"] == pytest.approx(5.0)
    assert a["hours"] == pytest.approx(15.0)
    assert a["pv_benefit_rp"] == pytest.approx(50_000 * ANNUITY)
    assert a["pv_benefit_rp"] == pytest.approx(307_228.36, abs=0.01)
    assert a["npv_rp"] == pytest.approx(107_228.36, abs=0.01)
    assert a["bcr"] == pytest.approx(1.536142, abs=1e-6)
    assert a["npv_rp_equity"] == pytest.approx(3 * 307_228.36 - 200_000, abs=0.05)
    # EIRR: 50,000 x annuity(r, 10) = 200,000 -> r = 21.41 %.
    assert a["eirr"] == pytest.approx(0.214, abs=5e-4)
    assert a["cost_rise"] == pytest.approx(0.536142, abs=1e-6)
    assert a["benefit_fall"] == pytest.approx(1 - 200_000 / 307_228.36, abs=1e-6)
    # B: 2.5 h -> Rp 25,000 a year, cost 300,000: BCR 0.512, NPV < 0.
    b = seg.iloc[1]
    assert b["npv_rp"] == pytest.approx(25_000 * ANNUITY - 300_000, abs=0.01)
    assert b["bcr"] < 1 and b["cost_rise"] < 0
    # The ruas (A and B together, in series): 7.5 h -> Rp 75,000 a year, cost 500,000.
    r = ruas.iloc[0]
    assert r["ruas"] == "001" and r["segments"] == 2
    assert r["pv_benefit_rp"] == pytest.approx(75_000 * ANNUITY, abs=0.01)
    assert r["npv_rp"] == pytest.approx(-39_157.46, abs=0.01)
    assert r["bcr"] == pytest.approx(0.921685, abs=1e-6)


def test_two_year_programme_by_hand():
    """A in year 1 (paid t=0), B in year 2 (paid t=1, residual 1/10 of its cost at t=10)."""
    problem, split, segments = two_segment_case()
    p = params(years=2, ceilings_rp={"APBD": [200_000.0, 300_000.0]})
    net = Network.build(problem, segments, scenario=Scenario(), every=0)
    prog = plan_programme(net, p)
    assert [[r for r, _ in year] for year in prog.plan] == [[0], [1]]
    table, totals = programme_table(net, prog, segments, split, p)
    disc = 1.1 ** -np.arange(11)
    pv_b = 50_000 * disc[1:].sum() + 25_000 * disc[2:].sum()
    pv_c = 200_000 + 300_000 * disc[1] - 30_000 * disc[10]
    assert totals["pv_benefit_rp"] == pytest.approx(pv_b, rel=1e-12)
    assert totals["pv_cost_rp"] == pytest.approx(pv_c, rel=1e-12)
    assert totals["npv_rp"] == pytest.approx(pv_b - pv_c, rel=1e-9)
    assert totals["pv_benefit_rp_equity"] == pytest.approx(3 * pv_b, rel=1e-12)
    flows = np.array([-200_000, 50_000 - 300_000] + [75_000] * 8 + [75_000 + 30_000], float)
    root = brentq(lambda r: float(np.sum(flows / (1 + r) ** np.arange(11))), 0.0, 5.0)
    assert totals["eirr"] == pytest.approx(root, abs=1e-9)
    # Per year: benefit in force (weighted hours) and the year's own appraisal.
    assert table["benefit"].tolist() == pytest.approx([15.0, 22.5])
    assert table["benefit_unweighted"].tolist() == pytest.approx([5.0, 7.5])
    assert table["spend_APBD"].tolist() == [200_000.0, 300_000.0]
    assert table["npv_rp"].sum() == pytest.approx(totals["npv_rp"], rel=1e-9)
    assert table["kemantapan_before"].tolist() == [0.0, 50.0]
    assert table["kemantapan_after"].tolist() == [50.0, 100.0]


@settings(max_examples=60, deadline=None)
@given(
    cost=st.lists(st.floats(1e3, 1e9), min_size=1, max_size=3),
    benefit=st.lists(st.floats(0.0, 5e8), min_size=2, max_size=25),
)
def test_eirr_against_brentq(cost, benefit):
    flows = np.array([-c for c in cost] + benefit, float)
    got = eirr(flows)[0]

    def npv(r: float) -> float:
        return float(np.sum(flows / (1 + r) ** np.arange(len(flows))))

    lo, hi = -0.99, 100.0
    if npv(lo) * npv(hi) >= 0:
        assert np.isnan(got)
        return
    root = brentq(npv, lo, hi, xtol=1e-14, rtol=1e-14, maxiter=500)
    assert got == pytest.approx(root, abs=1e-9)
    assert abs(npv(got)) <= 1e-6 * max(1.0, np.abs(flows).sum())


def test_appraise_flows_without_cost_and_switching_values():
    res = appraise_flows(np.zeros((1, 3)), np.array([[0.0, 10.0, 10.0]]), rate=0.0)
    assert np.isnan(res["bcr"][0]) and np.isnan(res["eirr"][0])
    sv = switching_values(np.array([150.0, 50.0]), np.array([100.0, 100.0]))
    assert sv["cost_rise"].tolist() == pytest.approx([0.5, -0.5])
    assert sv["benefit_fall"].tolist() == pytest.approx([1 / 3, -1.0])


def test_parameters_live_in_the_scenario_and_round_trip():
    assert round(2_859_620 / 173) == DEFAULT_VALUE_OF_TIME
    sc = Scenario().replace(appraisal={"discount_rate": 0.12, "years": 3,
                                       "ceilings_rp": {"APBD": [1e9, 1e9, 1e9]}})  # fmt: skip
    back = Scenario.from_json(sc.to_json())
    assert back.appraisal == sc.appraisal and back.appraisal.discount_rate == 0.12
    assert set(sc.appraisal.edited()) == {"discount_rate", "years", "ceilings_rp"}
    assert Scenario.from_dict({}).appraisal == Appraisal()  # older records: defaults


@pytest.mark.parametrize(
    "bad",
    [{"discount_rate": 2.0}, {"years": 6}, {"years": 2, "ceilings_rp": {"APBD": [1.0]}},
     {"value_of_time_rp_per_hour": -1.0}, {"colour": 1}, {"cost_spread": 1.5}],
)  # fmt: skip
def test_bad_parameters_are_refused(bad):
    with pytest.raises(ScenarioError):
        Appraisal.from_dict(bad)

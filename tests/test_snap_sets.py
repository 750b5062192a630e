"""Sets of upgrades and closures with households on points of segments, against brute force.

Random networks (one-way streets, parallel segments, loops, and two parts joined by
bridges) with households inside segments (several on one segment, some within half a
millisecond of each other or of an end, some at a junction). Every number is compared with
:mod:`mataram_gis.oracle`'s split-model brute force: the segments really split into edges
at the points in networkx, all shortest paths recomputed.
"""

from __future__ import annotations

import dataclasses

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis.appraisal import Appraisal
from mataram_gis.engine import INF, Demand
from mataram_gis.equity import equity_table, household_times_with
from mataram_gis.montecarlo import COST_GROUPS, cost_groups
from mataram_gis.oracle import split_closures, split_household_times, split_set_benefit
from mataram_gis.portfolio import choose_portfolio
from mataram_gis.problem import UpgradeProblem, evaluate
from mataram_gis.programme import Network, plan_programme
from mataram_gis.ruas import rank_ruas
from mataram_gis.sensitivity import monte_carlo
from mataram_gis.set_gains import set_gains
from mataram_gis.snap_closure import split_closure_losses
from mataram_gis.snap_split import make_layout
from mataram_gis.upgrades import UpgradeState
from tests.test_montecarlo import draw_problem, with_split

FRACTIONS = [0.0, 0.1, 0.25, 1 / 3, 0.5, 0.5, 0.5001, 0.4999, 0.9, 0.999, 1.0, 0.003]


def slow(n: int) -> settings:
    """Hypothesis settings for ``n`` examples of these slower checks."""
    return settings(max_examples=n, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _topology(draw) -> tuple[int, np.ndarray, np.ndarray, np.ndarray, int]:
    """Random segments, or two parts joined by bridges; the last value: nodes for centres."""
    if draw(st.booleans()):
        n = draw(st.integers(2, 8))
        m = draw(st.integers(1, 12))
        node = st.integers(0, n - 1)
        u = np.array(draw(st.lists(node, min_size=m, max_size=m)), np.int64)
        v = np.array(draw(st.lists(node, min_size=m, max_size=m)), np.int64)
        oneway = np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m)))
        return n, u, v, oneway, n
    a, b = draw(st.integers(2, 5)), draw(st.integers(1, 4))
    n = a + b
    edges = []
    for lo, hi in ((0, a), (a, n)):
        for x in range(lo + 1, hi):  # a random tree keeps each part connected
            edges.append((draw(st.integers(lo, x - 1)), x, False))
        for _ in range(draw(st.integers(0, 3))):
            edges.append((draw(st.integers(lo, hi - 1)), draw(st.integers(lo, hi - 1)),
                          draw(st.booleans())))  # fmt: skip
    for _ in range(draw(st.integers(1, 2))):  # the bridges
        edges.append((draw(st.integers(0, a - 1)), draw(st.integers(a, n - 1)),
                      draw(st.booleans())))  # fmt: skip
    u = np.array([e[0] for e in edges], np.int64)
    v = np.array([e[1] for e in edges], np.int64)
    return n, u, v, np.array([e[2] for e in edges]), a


@st.composite
def split_problems(draw) -> UpgradeProblem:
    """A problem whose households stand on points of segments (``split`` set)."""
    n, u, v, oneway, c_nodes = _topology(draw)
    m = len(u)
    before = np.array(draw(st.lists(st.integers(1, 60), min_size=m, max_size=m)), np.int64)
    cut = np.array(draw(st.lists(st.integers(0, 59), min_size=m, max_size=m)), np.int64)
    after = np.maximum(before - cut, 1)
    cand = np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m))) | (draw(st.booleans()))
    k = draw(st.integers(1, 2))
    centres = np.array(draw(st.lists(st.integers(0, c_nodes - 1), min_size=k, max_size=k)))
    h = draw(st.integers(1, 12))
    row = np.array(draw(st.lists(st.integers(-1, m - 1), min_size=h, max_size=h)), np.int64)
    frac = np.array(draw(st.lists(st.sampled_from(FRACTIONS), min_size=h, max_size=h)))
    node = np.array(draw(st.lists(st.integers(-1, n - 1), min_size=h, max_size=h)), np.int64)
    alt = np.array(draw(st.lists(st.integers(-1, m - 1), min_size=h, max_size=h)), np.int64)
    alt = np.where(alt == row, -1, alt)
    alt_frac = np.array(draw(st.lists(st.sampled_from(FRACTIONS), min_size=h, max_size=h)))
    extra = np.array(draw(st.lists(st.integers(0, 30), min_size=h, max_size=h)), np.int64)
    w = np.array(draw(st.lists(st.sampled_from([0.0, 0.5, 1.0, 2.5]), min_size=h, max_size=h)))
    grp = np.array(draw(st.lists(st.integers(0, k), min_size=h, max_size=h)), np.int64)
    layout, at = make_layout(u, v, row, frac, n_base=n, alt_row=alt, alt_frac=alt_frac,
                             alt_extra_ms=extra)  # fmt: skip
    node = np.where(row >= 0, at, node)
    demand = Demand(node=node, weight=np.where(node >= 0, w, 0.0), group=grp,
                    targets=(centres,) + tuple(np.array([c]) for c in centres))  # fmt: skip
    cost = np.array(draw(st.lists(st.integers(1, 9), min_size=m, max_size=m)), float)
    return UpgradeProblem(
        seg_u=u, seg_v=v, oneway=oneway, before_ms=before, after_ms=after, cost=cost,
        candidate=cand & (after < before), demand=demand, n_nodes=layout.n_nodes,
        segment_ids=np.arange(m, dtype=np.int64), names=np.array([""] * m, object),
        length_m=np.full(m, 150.0), split=layout,
    )  # fmt: skip


def _segments(p: UpgradeProblem, ruas: list[str]) -> gpd.GeoDataFrame:
    m = p.n_segments
    lines = [shapely.LineString([(float(a) * 100, 0.0), (float(b) * 100, 1.0)])
             for a, b in zip(p.seg_u, p.seg_v, strict=True)]  # fmt: skip
    return gpd.GeoDataFrame(
        {"segment_id": np.arange(m), "nomor_ruas": ruas, "benefit": np.zeros(m),
         "condition": "rusak berat", "sta_from_m": np.arange(m) * 150.0, "lebar_m": 4.0,
         "status": "kota", "fungsi": "lokal", "nama_ruas": ruas},
        geometry=lines, crs="EPSG:32750",
    )  # fmt: skip


@slow(150)
@given(p=split_problems(), data=st.data())
def test_set_gains_and_ruas_joint_benefit_equal_the_split_oracle(p, data):
    m = p.n_segments
    pick = data.draw(st.lists(st.integers(0, m - 1), max_size=5, unique=True))
    rows = np.array(sorted(pick), np.int64)
    gain, hh = set_gains(p, [rows, rows[:1]])
    for i, r in enumerate((rows, rows[:1])):
        want, n_hh = split_set_benefit(p, r)
        assert gain[i] / 3.6e6 == pytest.approx(want, rel=1e-12, abs=1e-12)
        assert hh[i] == n_hh
        assert evaluate(p, r) == pytest.approx(want, rel=1e-12, abs=1e-12)
    ruas = data.draw(st.lists(st.sampled_from(["001", "002", "K03"]), min_size=m, max_size=m))
    layer = rank_ruas(p, _segments(p, ruas))
    for r in layer.itertuples():
        sel = np.flatnonzero((np.array(ruas) == r.nomor_ruas) & p.candidate)
        want, n_hh = split_set_benefit(p, sel)
        assert r.benefit == pytest.approx(want, rel=1e-12, abs=1e-12)
        assert r.households_benefiting == n_hh


@slow(120)
@given(p=split_problems(), data=st.data())
def test_upgrade_state_singles_and_marginals_equal_the_split_oracle(p, data):
    state = UpgradeState(p)
    done: list[int] = []
    for _ in range(2):
        rows = np.arange(p.n_segments)
        singles = state.single_gains(rows)
        base, _ = split_set_benefit(p, done)
        for r in rows:
            want = split_set_benefit(p, sorted({*done, int(r)}))[0] - base
            assert singles[r] / 3.6e6 == pytest.approx(want, rel=1e-9, abs=1e-12)
        pick = data.draw(st.integers(0, p.n_segments - 1))
        gain = state.apply([pick])
        done = sorted({*done, pick})
        assert gain / 3.6e6 == pytest.approx(split_set_benefit(p, done)[0] - base,
                                             rel=1e-9, abs=1e-12)  # fmt: skip
        assert state.total() / 3.6e6 == pytest.approx(split_set_benefit(p, done)[0],
                                                      rel=1e-9, abs=1e-12)  # fmt: skip


@slow(80)
@given(p=split_problems(), budget=st.integers(1, 30))
def test_portfolio_picked_benefit_equals_the_split_oracle(p, budget):
    if not p.candidate.any() or budget < p.cost[p.candidate].min():
        return
    pf = choose_portfolio(p, budget_rp=float(budget), max_trials=4)
    want, _ = split_set_benefit(p, pf.rows)
    assert pf.total_benefit == pytest.approx(want, rel=1e-12, abs=1e-12)
    assert np.isclose(pf.marginal_benefit.sum(), want, rtol=1e-9, atol=1e-9)


@slow(50)
@given(p=split_problems(), data=st.data())
def test_programme_yearly_benefits_equal_the_split_oracle(p, data):
    if not p.candidate.any():
        return
    ceil = {"APBD": [float(data.draw(st.integers(0, 12))) for _ in range(3)],
            "DAK": [float(data.draw(st.integers(0, 8))) for _ in range(3)]}  # fmt: skip
    m = p.n_segments
    segments = pd.DataFrame({"segment_id": p.segment_ids, "name": [""] * m,
                             "condition": ["rusak berat"] * m, "highway": ["residential"] * m,
                             "length_m": p.length_m})  # fmt: skip
    from mataram_gis.scenario import Scenario

    net = Network.build(p, segments, scenario=Scenario(), every=0)
    prog = plan_programme(net, Appraisal(years=3, ceilings_rp=ceil))
    done: list[int] = []
    for y, year in enumerate(prog.plan, start=1):
        prob = net.at(y - 1)
        for r, _fund in year:
            got = prog.picks.loc[prog.picks["row"] == r, "marginal_benefit"].iloc[0]
            want = split_set_benefit(prob, [*done, r])[0] - split_set_benefit(prob, done)[0]
            assert got == pytest.approx(want, rel=1e-9, abs=1e-9)
            done.append(r)


@slow(120)
@given(p=split_problems(), data=st.data())
def test_equity_table_sums_equal_the_split_oracle(p, data):
    rows = sorted(data.draw(st.lists(st.integers(0, p.n_segments - 1), max_size=4,
                                     unique=True)))  # fmt: skip
    times = household_times_with(p, rows)
    before = split_household_times(p)
    after = split_household_times(p, rows)
    ok = before < INF
    np.testing.assert_array_equal(np.isfinite(times.before_s), ok)
    np.testing.assert_allclose(times.before_s[ok], before[ok] / 1000.0, rtol=0, atol=1e-9)
    np.testing.assert_allclose(times.after_s[ok], after[ok] / 1000.0, rtol=0, atol=1e-9)
    h = len(p.demand.weight)
    origins = pd.DataFrame({"excluded": np.where(p.demand.node >= 0, "", "x"),
                            "weight": p.demand.weight, "category": np.arange(h) % 4 + 1,
                            "producers": 1.0})  # fmt: skip
    table = equity_table(origins, times)
    want, n_hh = split_set_benefit(p, rows)
    total = table.loc[table["category"].astype(str) == "total"].iloc[0]
    assert total["benefit"] == pytest.approx(want, rel=1e-9, abs=1e-12)
    assert total["households_reached"] == n_hh


@slow(250)
@given(p=split_problems())
def test_criticality_equals_the_split_oracle(p):
    got = split_closure_losses(p)
    want = split_closures(p)
    np.testing.assert_array_equal(got.households_stranded, want[3])
    np.testing.assert_array_equal(got.households_delayed, want[1])
    np.testing.assert_allclose(got.weighted_seconds, want[0], rtol=1e-12, atol=1e-9)
    np.testing.assert_allclose(got.household_seconds, want[2], rtol=1e-12, atol=1e-9)
    np.testing.assert_allclose(got.stranded_weight, want[4], rtol=1e-12, atol=1e-12)


def test_a_household_inside_a_closed_dead_end_walks_on_or_is_stranded():
    # 0 -- 1 -- 2 (centre at 0); household inside the dead end 1-2, alternative on 0-1.
    u, v = np.array([0, 1]), np.array([1, 2])
    layout, at = make_layout(u, v, np.array([1, 1]), np.array([0.5, 0.5]), n_base=3,
                             alt_row=np.array([0, -1]), alt_frac=np.array([0.5, 0.0]),
                             alt_extra_ms=np.array([7, 0]))  # fmt: skip
    demand = Demand(node=at, weight=np.array([1.0, 2.0]), group=np.zeros(2, np.int64),
                    targets=(np.array([0]), np.array([0])))  # fmt: skip
    p = UpgradeProblem(
        seg_u=u, seg_v=v, oneway=np.array([False, False]), before_ms=np.array([10, 20]),
        after_ms=np.array([5, 10]), cost=np.ones(2), candidate=np.ones(2, bool), demand=demand,
        n_nodes=layout.n_nodes, segment_ids=np.arange(2), names=np.array(["", ""], object),
        length_m=np.ones(2), split=layout,
    )  # fmt: skip
    got = split_closure_losses(p)
    # closing 1-2: the first walks 7 ms more to the middle of 0-1 (5 ms from 0) instead
    # of riding 10 + 10 ms: quicker, so not delayed; the second has nowhere to go.
    assert got.households_stranded.tolist() == [2, 1]
    assert got.households_delayed.tolist() == [0, 0]
    # upgrading 1-2 alone speeds both households' ride along it (10 -> 5 ms each)
    assert split_set_benefit(p, [1])[0] == pytest.approx((5 * 1.0 + 5 * 2.0) / 3.6e6)
    assert evaluate(p, [1]) == pytest.approx((5 * 1.0 + 5 * 2.0) / 3.6e6)
    assert dataclasses.replace(p).split is layout


def test_rank_with_segment_snapping_writes_exact_ruas_and_criticality(tmp_path):
    """End to end: the results file alone rebuilds the split model, and its ``ruas`` and
    ``criticality`` numbers equal the brute force on the really split network."""
    from mataram_gis.cli import main
    from mataram_gis.results import read_results
    from tests.factories import grid_inputs

    inp = grid_inputs(n=4, n_households=40, seed=5)
    inp.roads.drop(columns=["maxspeed_kmh", "access"]).to_file(tmp_path / "roads.gpkg")
    inp.centres.to_file(tmp_path / "centres.gpkg")
    inp.households.to_file(tmp_path / "hh.gpkg")
    out = tmp_path / "r.gpkg"
    code = main(["rank", "--roads", str(tmp_path / "roads.gpkg"), "--centres",
                 str(tmp_path / "centres.gpkg"), "--households", str(tmp_path / "hh.gpkg"),
                 "--snap", "segment", "--out", str(out), "--top", "0"])  # fmt: skip
    assert code == 0
    res = read_results(out)
    p = UpgradeProblem.from_results(res)
    assert p.split is not None and len(p.split.vrow) > 0
    crit = split_closures(p)
    seg = res.segments
    np.testing.assert_allclose(seg["criticality"].to_numpy(float), crit[0] / 3600.0,
                               rtol=1e-9, atol=1e-12)  # fmt: skip
    np.testing.assert_array_equal(seg["households_stranded"].to_numpy(), crit[3])
    ruas = res.ruas
    nomor = seg["nomor_ruas"].astype(str).to_numpy()
    for r in ruas.dropna(subset=["rank"]).itertuples():
        rows = np.flatnonzero((nomor == str(r.nomor_ruas)) & p.candidate)
        want, n_hh = split_set_benefit(p, rows)
        assert r.benefit == pytest.approx(want, rel=1e-9, abs=1e-12)
        assert r.households_benefiting == n_hh


@slow(25)
@given(p=split_problems(), budget=st.integers(1, 30), data=st.data())
def test_monte_carlo_draws_equal_the_split_oracle(p, budget, data):
    problem, split, segments = with_split(p, data)
    if not problem.candidate.any():
        return
    mc = monte_carlo(problem, split, segments, Appraisal(), budget_rp=float(budget), draws=4,
                     seed=data.draw(st.integers(1, 1000)))  # fmt: skip
    group = cost_groups(segments["highway"].to_numpy())
    for i, rows in enumerate(mc.chosen):
        par = mc.parameters.iloc[i]
        mine = draw_problem(problem, split, par)
        assert mine.split is problem.split
        factor = par[[f"cost_{g}" for g in COST_GROUPS]].to_numpy(float)[group]
        assert mc.cost_rp[i] == pytest.approx((problem.cost * factor)[rows].sum())
        want, _ = split_set_benefit(mine, rows)
        assert mc.hours[i] == pytest.approx(want, rel=1e-9, abs=1e-12)

"""``--upgrade`` (issue 14): every after-time equals a brute-force recomputation with that set
upgraded (mataram_gis/oracle.py), for each kind of choice; the parser's errors."""

from __future__ import annotations

import numpy as np
import pytest

from mataram_gis.engine import INF
from mataram_gis.equity import household_times_with
from mataram_gis.errors import UsageError
from mataram_gis.isolation import travel_time_cells
from mataram_gis.oracle import brute_force_household_times
from mataram_gis.outputs.maptravel import map_travel_cells
from mataram_gis.outputs.upgrade_choice import UpgradeChoice, parse_upgrade, resolve_upgrade
from mataram_gis.results import read_results, write_results


@pytest.fixture(scope="module")
def results(grid_analysis, tmp_path_factory):
    path = tmp_path_factory.mktemp("upgrade") / "r.gpkg"
    write_results(grid_analysis, path)
    return read_results(path)


def _brute_after_s(results, rows) -> np.ndarray:
    p = results.problem
    t = p.before_ms.copy()
    t[rows] = p.after_ms[rows]
    ms = brute_force_household_times(p.seg_u, p.seg_v, p.oneway, t, p.demand, n_nodes=p.n_nodes)
    return np.where(ms < INF, ms / 1000.0, np.nan)


def _choices(results) -> list[str]:
    seg = results.segments
    cand = seg.loc[seg["candidate"].astype(bool)]
    nomor = cand["nomor_ruas"].value_counts().index[0]
    ids = cand.sort_values("rank")["segment_id"].astype(int).tolist()
    budget = float(cand["upgrade_cost"].nlargest(3).sum())
    return ["top:1", "top:10", f"segment:{ids[-1]}", f"segment:{ids[0]},{ids[5]},{ids[-1]}",
            f"ruas:{nomor}", f"portfolio:{budget:.0f}", "teratas:4"]  # fmt: skip


def test_after_times_equal_brute_force_for_every_kind(results):
    for text in _choices(results):
        upgrade = resolve_upgrade(results, parse_upgrade(text))
        assert len(upgrade.rows), text
        times = household_times_with(results.problem, upgrade.rows)
        brute = _brute_after_s(results, upgrade.rows)
        np.testing.assert_array_equal(times.after_s, brute, err_msg=text)
        cells, shown = map_travel_cells(results, upgrade)
        want = travel_time_cells(results.origins, times.before_s, brute)
        np.testing.assert_array_equal(cells["minutes_after"], want["minutes_after"])
        assert shown is upgrade


def test_each_kind_upgrades_what_it_names(results):
    seg = results.segments
    ranked = seg.loc[seg["rank"].notna()].sort_values("rank")
    top = resolve_upgrade(results, parse_upgrade("top:4"))
    assert seg["segment_id"].to_numpy()[top.rows].tolist() == ranked["segment_id"].head(4).tolist()
    nomor = str(seg.loc[seg["candidate"].astype(bool), "nomor_ruas"].iloc[0])
    ruas = resolve_upgrade(results, parse_upgrade(f"ruas:{nomor}"))
    picked = seg.iloc[ruas.rows]
    assert (picked["nomor_ruas"] == nomor).all() and picked["candidate"].astype(bool).all()
    assert nomor in ruas.label("id") and nomor in ruas.label("en")
    budget = float(seg["upgrade_cost"].max()) * 2
    pf = resolve_upgrade(results, parse_upgrade(f"portfolio:{budget}"))
    assert seg["upgrade_cost"].to_numpy()[pf.rows].sum() <= budget
    assert "portofolio" in pf.label("id") and "portfolio" in pf.label("en")
    again = resolve_upgrade(results, UpgradeChoice("portfolio"), picks=[3, 4], budget_rp=9e9)
    assert seg["segment_id"].to_numpy()[again.rows].tolist() == [3, 4]


@pytest.mark.parametrize(
    ("text", "match"),
    [("nothing:1", "unknown kind"), ("top:0", "1 or more"), ("top:2,3", "1 or more"),
     ("segment:a", "whole numbers"), ("ruas", "needs a value"), ("portfolio:abc", "budget")],
)  # fmt: skip
def test_bad_values_are_usage_errors(text, match):
    with pytest.raises(UsageError, match=match):
        parse_upgrade(text)


def test_unknown_targets_are_usage_errors(results):
    with pytest.raises(UsageError, match="unknown segment_id"):
        resolve_upgrade(results, parse_upgrade("segment:987654"))
    with pytest.raises(UsageError, match="no segment of ruas"):
        resolve_upgrade(results, parse_upgrade("ruas:XYZ"))
    if results.scenario.budget_rp is None:
        with pytest.raises(UsageError, match="needs a budget"):
            resolve_upgrade(results, parse_upgrade("portfolio"))

"""Issue 11 in the GUI: portfolio by ruas, kemantapan against the target, works by ruas, prices.

Each test wraps the real model in its real widget and changes one side, then checks the other.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mataram_gis.portfolio_ruas import choose_by_unit, ruas_labels, sta_of
from mataram_gis.problem import UpgradeProblem
from mataram_gis.treatments import DEFAULT_PRICES_RP_M2
from mataram_gis.works import kemantapan_before_after
from ui.works_panel import DEFAULT_TARGET, pct_text


def _compute(qtbot, window, unit: str, text: str = "3 miliar"):
    panel = window.portfolio
    panel.budget.setText(text)
    panel.unit.setCurrentIndex(panel.unit.findData(unit))
    assert panel.compute() is not None
    qtbot.waitUntil(lambda: panel.portfolio is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    return panel


def test_default_target_is_the_scenarios():
    from mataram_gis.scenario import Scenario

    assert Scenario().kemantapan_target == DEFAULT_TARGET


def test_ruas_unit_works_table_and_kemantapan(qtbot, window):
    panel = _compute(qtbot, window, "ruas")
    analysis = window.controller.analysis
    seg = analysis.segments
    problem = UpgradeProblem.from_analysis(analysis)
    direct = choose_by_unit(problem, budget_rp=3e9, unit="ruas", ruas=ruas_labels(seg),
                            sta=sta_of(seg))  # fmt: skip
    pf = panel.portfolio
    assert pf.segment_ids.tolist() == direct.segment_ids.tolist()
    assert pf.total_benefit == direct.total_benefit
    # the works tab: every pick once, grouped by ruas, whole ruas only
    works = panel.works.model.frame
    ids = [i for t in works["segment_ids"] for i in t]
    assert sorted(ids) == sorted(pf.segment_ids.tolist())
    assert works["cost"].sum() == pytest.approx(pf.total_cost)
    picked = set(pf.segment_ids.tolist())
    cand = seg.loc[problem.candidate]
    for nomor in works["nomor_ruas"].unique():
        assert set(cand.loc[cand["nomor_ruas"] == nomor, "segment_id"]) <= picked
    assert panel.tabs.currentIndex() == 0 and panel.works.model.rowCount() == len(works)
    assert re.fullmatch(r"\d+\+\d{3} \u2013 \d+\+\d{3}",
                        panel.works.model.data(panel.works.model.index(0, 2)))  # fmt: skip
    first = works["ruas"].ne(works["ruas"].shift()).to_numpy()  # nomor only on a ruas' first row
    shown = [panel.works.model.data(panel.works.model.index(r, 0)) for r in range(len(works))]
    assert [bool(x) for x in shown] == first.tolist()
    # kemantapan before/after as the model computes it
    before, after = kemantapan_before_after(seg, pf.rows, authorities=["kota"])
    assert after > before
    label = panel.kemantapan.text.text()
    assert pct_text(before) in label and pct_text(after) in label
    # a works row selects its segments on the map
    panel.works.table.selectRow(0)
    assert set(window.selection.selected) == set(works["segment_ids"].iloc[0])


def test_changing_the_target_updates_the_label_and_the_scenario_without_reranking(qtbot, window):
    panel = _compute(qtbot, window, "segmen")
    analysis = window.controller.analysis
    box = panel.kemantapan
    box.target.setValue(0.0)
    assert "target reached" in box.text.text()
    box.target.setValue(100.0)
    assert "below the target" in box.text.text()
    assert window.controller.scenario.kemantapan_target == pytest.approx(1.0)
    qtbot.wait(300)  # past the live debounce: no ranking was started
    assert not window.runner.active
    assert window.controller.analysis is analysis and panel.portfolio is not None
    assert analysis.scenario.kemantapan_target == pytest.approx(1.0)
    assert window.controller.results.scenario.kemantapan_target == pytest.approx(1.0)
    # a scenario from elsewhere (e.g. a project) shows its target in the box
    window.controller.set_scenario(window.controller.scenario.replace(kemantapan_target=0.8),
                                   "scenarios")  # fmt: skip
    assert box.target.value() == pytest.approx(80.0)


def test_price_dialog_load_changes_the_ranking_costs(qtbot, window, tmp_path):
    from mataram_gis.io.prices import write_prices
    from ui.prices_dialog import PricesDialog

    params = window.parameters
    assert params.costs.isHidden()  # the per-km table only with cost_basis "km"
    assert "indicative" in params.prices_note.text()
    before = window.controller.analysis.segments.set_index("segment_id")["upgrade_cost"]
    doubled = {t: {p: 2 * v for p, v in row.items()} for t, row in DEFAULT_PRICES_RP_M2.items()}
    path = write_prices(doubled, tmp_path / "hspk_kota.csv")
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PricesDialog)
        assert "indicative" in dialog.note.text()
        assert dialog.load_file(path)
        seen.append(dialog.note.text())
        dialog.accept()

    QTimer.singleShot(0, drive)
    assert params.edit_prices()
    assert "hspk_kota.csv" in seen[0] and "hspk_kota.csv" in params.prices_note.text()
    old = window.controller.analysis
    qtbot.waitUntil(lambda: window.controller.analysis is not old, timeout=60_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    scenario = window.controller.analysis.scenario
    assert scenario.price_source == "hspk_kota.csv"
    after = window.controller.analysis.segments.set_index("segment_id")["upgrade_cost"]
    ranked = before > 0
    np.testing.assert_allclose(after[ranked], 2 * before[ranked])
    # the ranking table holds the new costs
    model = window.ranking.model
    shown = dict(zip(model.segment_ids.tolist(), model.values["cost"], strict=True))
    assert all(shown[i] == pytest.approx(2 * before[i]) for i in shown)


def test_price_dialog_edit_reset_save_and_bad_cells(qtbot, tmp_path):
    from mataram_gis.io.prices import read_prices
    from ui.prices_dialog import EDITED_SOURCE, PricesDialog

    dialog = PricesDialog({}, "")
    qtbot.addWidget(dialog)
    assert dialog.result_prices() == ({}, "")
    dialog.table.item(1, 0).setText("200000")  # pemeliharaan berkala, aspal
    assert dialog.source == EDITED_SOURCE and EDITED_SOURCE in dialog.note.text()
    assert dialog.result_prices() == ({"pemeliharaan berkala": {"aspal": 200_000.0}},
                                      EDITED_SOURCE)  # fmt: skip
    assert dialog.save_file(tmp_path / "h.xlsx")
    assert read_prices(tmp_path / "h.xlsx")["pemeliharaan berkala"]["aspal"] == 200_000.0
    dialog.table.item(0, 0).setText("banyak")
    assert "not a price" in dialog.error.text()
    bad = tmp_path / "bad.csv"
    pd.DataFrame({"penanganan": ["tambal"], "aspal": [1]}).to_csv(bad, index=False)
    assert not dialog.load_file(bad) and "bad.csv" in dialog.error.text()
    dialog.reset()
    assert dialog.result_prices() == ({}, "") and "indicative" in dialog.note.text()


def test_per_km_table_only_with_the_km_cost_basis(qtbot, window):
    params = window.parameters
    params.set_scenario(window.controller.scenario.replace(cost_basis="km"))
    assert not params.costs.isHidden()
    params.set_scenario(window.controller.scenario.replace(cost_basis="m2"))
    assert params.costs.isHidden()


def test_gui_and_cli_pick_the_same_stretches(qtbot, window, tmp_path):
    import pyogrio

    from mataram_gis.cli import main
    from mataram_gis.results import write_results

    panel = _compute(qtbot, window, "penggal")
    results = write_results(window.controller.analysis, tmp_path / "r.gpkg")
    assert main(["portfolio", "--results", str(results), "--budget", "3000000000",
                 "--unit", "penggal", "--out", str(tmp_path / "p.gpkg")]) == 0  # fmt: skip
    cli = pyogrio.read_dataframe(tmp_path / "p.gpkg", layer="portfolio")
    assert cli["segment_id"].tolist() == panel.portfolio.segment_ids.tolist()

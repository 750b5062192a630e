"""Portfolio dock: the same portfolio as the domain call and the CLI; highlight; cancel."""

from __future__ import annotations

import numpy as np
import pyogrio

from mataram_gis.portfolio import choose_portfolio

BUDGET = 2e9


def _compute(qtbot, window, text: str = "2 miliar"):
    panel = window.portfolio
    panel.budget.setText(text)
    assert panel.compute() is not None
    qtbot.waitUntil(lambda: panel.portfolio is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    return panel


def test_portfolio_equals_direct_call_and_cli(qtbot, window, tmp_path):
    from mataram_gis.cli import main
    from mataram_gis.results import write_results

    panel = _compute(qtbot, window)
    analysis = window.controller.analysis
    direct = choose_portfolio(analysis, budget_rp=BUDGET)
    pf = panel.portfolio
    assert pf.budget_rp == BUDGET
    assert pf.segment_ids.tolist() == direct.segment_ids.tolist()
    assert pf.total_benefit == direct.total_benefit and pf.naive_benefit == direct.naive_benefit
    assert panel.model.rowCount() == len(pf.rows) > 0
    assert "segments" in panel.totals.text()
    layer = window.layers["plan_highlight"]
    assert layer.segment_ids().tolist() == sorted(pf.segment_ids.tolist())
    # the CLI on the results file of the same analysis picks the same segments
    results = tmp_path / "r.gpkg"
    write_results(analysis, results)
    assert main(["portfolio", "--results", str(results), "--budget", "2000000000",
                 "--out", str(tmp_path / "p.gpkg")]) == 0  # fmt: skip
    cli = pyogrio.read_dataframe(tmp_path / "p.gpkg", layer="portfolio")
    assert cli["segment_id"].tolist() == pf.segment_ids.tolist()
    assert np.allclose(cli["cumulative_benefit"].iloc[-1], pf.marginal_benefit.sum())
    # a row selects its segment on the map
    panel.table.selectRow(0)
    assert window.selection.selected == (int(pf.segment_ids[0]),)


def test_new_ranking_clears_the_portfolio(qtbot, window):
    panel = _compute(qtbot, window)
    window.controller.set_scenario(window.controller.scenario.replace(trips_per_year=300.0))
    window.controller.run()
    qtbot.waitUntil(lambda: panel.portfolio is None, timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    assert len(window.layers["plan_highlight"]) == 0 and panel.model.rowCount() == 0


def test_budget_curve(qtbot, window):
    panel = window.portfolio
    panel.compute_curve()
    qtbot.waitUntil(lambda: panel.curve is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    assert len(panel.curve) == 8 and panel.curve_model.rowCount() == 8
    assert (np.diff(panel.curve["benefit"]) >= -1e-9).all()
    panel.chart.resize(400, 240)
    image = panel.chart.grab().toImage()
    assert image.width() == 400 and image.pixelColor(200, 120).isValid()


def test_bad_budget_and_cancel_leave_nothing_behind(qtbot, window):
    panel = window.portfolio
    panel.budget.setText("banyak")
    assert panel.compute() is None and "budget" in panel.message.text()
    panel.budget.setText("5 miliar")
    worker = panel.compute()
    panel.cancel()  # before any result arrives: dropped
    assert worker.is_cancelled and panel.worker is None
    assert panel.compute_button.isEnabled()
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    assert panel.portfolio is None and panel.model.rowCount() == 0


def test_appraisal_and_risk_tab(qtbot, window):
    """Appraisal figures, Monte Carlo chart and the frequency column, from a worker."""
    from mataram_gis.problem import UpgradeProblem
    from mataram_gis.programme_run import run_programme

    panel = _compute(qtbot, window)
    risk = panel.risk
    risk.draws.setValue(6)
    seen: list[float] = []
    worker = risk.run()
    worker.signals.progress.connect(lambda f, _m: seen.append(f))
    qtbot.waitUntil(lambda: risk.result is not None, timeout=120_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    analysis = window.controller.analysis
    direct = run_programme(
        UpgradeProblem.from_analysis(analysis),
        analysis.segments,
        analysis.origins,
        analysis.scenario,
        budget_rp=BUDGET,
        draws=6,
    )
    assert risk.result.totals["npv_rp"] == direct.totals["npv_rp"]
    assert risk.result.picks["segment_id"].tolist() == direct.picks["segment_id"].tolist()
    assert "NPV" in risk.figures.text() and "BCR" in risk.figures.text()
    assert risk.model.rowCount() == len(direct.ruas_appraisal) > 0
    shares = panel.model.frame["selected_share"]
    assert shares.notna().any() and (shares.dropna() <= 1).all()
    assert risk.chart.frame is not None and len(risk.chart.frame) > 0
    assert not risk.chart.grab().toImage().isNull()  # paints
    # Cancel before a result: nothing shown, buttons back.
    risk.draws.setValue(400)
    worker = risk.run()
    risk.cancel()
    assert worker.is_cancelled and risk.run_button.isEnabled()
    qtbot.waitUntil(lambda: not window.runner.active, timeout=60_000)


def test_a_bad_budget_is_explained_in_indonesian(qtbot, window, languages):
    panel = window.portfolio
    languages.set_language("id")
    panel.budget.setText("banyak")
    assert panel.compute() is None
    text = panel.message.text()
    assert "anggaran 'banyak' tidak dapat dibaca" in text and "budget" not in text.split("--")[0]

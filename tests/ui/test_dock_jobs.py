"""Each background dock runs, cancels and ignores a stale result through its JobSlot: the
Ruas table (ui/table_dock.py), the Accessibility dock and the Portfolio dock (ui/job_panel.py).

A stale result is delivered by emitting the old worker's own ``finished`` signal after the
panel moved on (a new ranking), as a late queued result arrives in the running app."""

from __future__ import annotations


def _idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.runner.active, timeout=60_000)


def test_ruas_table_runs_cancels_and_ignores_a_stale_result(qtbot, window):
    panel = window.ruas
    analysis = window.controller.analysis
    _idle(qtbot, window)
    panel.set_analysis(analysis)
    worker = panel.compute()
    assert panel.worker is worker and not panel.compute_button.isEnabled()
    assert not panel.progress.isHidden() and panel.summary.text() == panel.summary_texts()[0]
    qtbot.waitUntil(lambda: panel.frame is not None, timeout=60_000)
    assert panel.worker is None and panel.compute_button.isEnabled() and panel.progress.isHidden()
    assert panel.model.rowCount() == len(panel.frame) > 0
    first = panel.frame
    # cancel: the running job is dropped at once, the panel is idle again
    panel.set_analysis(analysis)
    running = panel.compute()
    panel.jobs.cancel()
    assert running.is_cancelled and panel.worker is None and panel.compute_button.isEnabled()
    assert panel.progress.isHidden()
    _idle(qtbot, window)
    assert panel.frame is None and panel.model.rowCount() == 0
    # stale: the first job's result arriving after a new ranking is ignored
    worker.signals.finished.emit(first)
    assert panel.frame is None and panel.model.rowCount() == 0
    _idle(qtbot, window)


def test_access_dock_runs_cancels_and_ignores_a_stale_result(qtbot, window):
    panel = window.access.panel
    analysis = window.controller.analysis
    worker = panel.compute()
    assert panel.worker is worker and not panel.compute_button.isEnabled()
    qtbot.waitUntil(lambda: panel.views is not None, timeout=60_000)
    assert panel.worker is None and panel.compute_button.isEnabled() and panel.progress.isHidden()
    views = panel.views
    assert "travel_time" in window.layers
    running = panel.compute()
    panel.set_analysis(analysis)  # a new ranking cancels the running job
    assert running.is_cancelled and panel.worker is None and panel.compute_button.isEnabled()
    _idle(qtbot, window)
    assert panel.views is None and "travel_time" not in window.layers
    worker.signals.finished.emit(views)  # the first job's result, late
    assert panel.views is None and "travel_time" not in window.layers
    assert panel.models["desil"].rowCount() == 0


def test_portfolio_dock_runs_cancels_and_ignores_a_stale_result(qtbot, window):
    panel = window.portfolio
    analysis = window.controller.analysis
    panel.budget.setText("5 miliar")
    worker = panel.compute()
    results = []
    worker.signals.finished.connect(results.append)
    assert panel.worker is worker and panel.cancel_button.isEnabled()
    assert not panel.compute_button.isEnabled()
    qtbot.waitUntil(lambda: panel.portfolio is not None and len(results) == 1, timeout=60_000)
    assert panel.worker is None and not panel.cancel_button.isEnabled()
    assert panel.model.rowCount() > 0 and len(results) == 1
    _idle(qtbot, window)
    running = panel.compute()
    panel.cancel_button.click()
    assert running.is_cancelled and panel.worker is None and panel.compute_button.isEnabled()
    assert panel.message.text() == panel.tr("Cancelled.")
    _idle(qtbot, window)
    panel.set_analysis(analysis)
    assert panel.portfolio is None and panel.model.rowCount() == 0
    worker.signals.finished.emit(results[0])  # the first job's result, late
    assert panel.portfolio is None and panel.model.rowCount() == 0

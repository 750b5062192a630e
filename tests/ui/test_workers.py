"""Background jobs: progress, result, failure, cancel without leaking threads."""

from __future__ import annotations

import time

from PySide6.QtCore import QThreadPool

from mataram_gis.errors import ScenarioError
from mataram_gis.jobs import check_cancel
from ui.status_bar import MapStatusBar
from ui.workers import JobRunner, Worker


def slow(*, progress, cancel):
    for i in range(500):
        progress(i / 500, "working")
        check_cancel(cancel)
        time.sleep(0.01)
    return "never"


def test_worker_result_and_progress(qtbot):
    runner = JobRunner()
    worker = Worker(
        "add", lambda a, b, *, progress, cancel: (progress(0.5, "half"), a + b)[1], 2, 3
    )
    seen = []
    worker.signals.progress.connect(lambda f, m: seen.append((f, m)))
    with qtbot.waitSignal(worker.signals.finished, timeout=5000) as blocker:
        runner.start(worker)
    assert blocker.args == [5]
    qtbot.waitUntil(lambda: not runner.active)
    assert (0.5, "half") in seen


def test_worker_reports_our_error(qtbot):
    runner = JobRunner()

    def bad(*, progress, cancel):
        raise ScenarioError("trips_per_year must be > 0", fix="give a positive number")

    worker = Worker("bad", bad)
    with qtbot.waitSignal(worker.signals.failed, timeout=5000) as blocker:
        runner.start(worker)
    assert blocker.args[0].startswith("trips_per_year must be > 0\nFix:")
    assert blocker.args[1] is True


def test_worker_reports_a_bug(qtbot):
    runner = JobRunner()
    worker = Worker("bug", lambda *, progress, cancel: 1 / 0)
    with qtbot.waitSignal(worker.signals.failed, timeout=5000) as blocker:
        runner.start(worker)
    # a translated sentence; the exception only in the log (tests/ui/test_unexpected_error.py)
    assert "unexpected error" in blocker.args[0] and blocker.args[1] is False
    assert "ZeroDivisionError" not in blocker.args[0]


def test_cancel_button_stops_the_job(qtbot):
    runner = JobRunner()
    bar = MapStatusBar(runner)
    qtbot.addWidget(bar)
    bar.show()
    worker = Worker("rank", slow)
    runner.start(worker)
    qtbot.waitUntil(bar.cancel.isVisible, timeout=5000)
    with qtbot.waitSignal(worker.signals.cancelled, timeout=5000):
        bar.cancel.click()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: not runner.active)
    qtbot.waitUntil(lambda: not bar.cancel.isVisible())

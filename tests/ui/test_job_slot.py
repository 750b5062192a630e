"""The one job life the background panels share (ui/job_slot.py): progress, result, failure,
cancel, and the stale-result guard, on real workers in the thread pool."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from mataram_gis.errors import ScenarioError
from mataram_gis.jobs import check_cancel
from ui.job_slot import STEPS, JobSlot, progress_bar
from ui.workers import JobRunner, Worker


def value(result, *, progress, cancel):
    return result


def _slot(qtbot, context=lambda: None):
    panel = QWidget()
    qtbot.addWidget(panel)
    bar = progress_bar(panel)
    runner = JobRunner(panel)
    slot = JobSlot(runner, panel, bar=bar, context=context)
    busy: list[bool] = []
    slot.busyChanged.connect(busy.append)
    slot.panel = panel  # kept alive with the slot (the slot's parent)
    return slot, bar, runner, busy


def _finish_in_thread() -> None:
    """Let every queued worker finish in its thread while the GUI thread processes nothing:
    their outcome signals wait in the event queue, as a late result does in the app."""
    assert QThreadPool.globalInstance().waitForDone(10_000)


def test_result_progress_and_busy(qtbot):
    slot, bar, runner, busy = _slot(qtbot)
    release = threading.Event()

    def halfway(*, progress, cancel):
        progress(0.5, "half")
        release.wait(10)
        return 42

    got = []
    worker = slot.start(Worker("half", halfway), got.append)
    assert slot.running and slot.worker is worker and busy == [True] and not bar.isHidden()
    qtbot.waitUntil(lambda: bar.value() == STEPS // 2, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: got == [42], timeout=5000)
    assert not slot.running and busy == [True, False] and bar.isHidden()
    qtbot.waitUntil(lambda: not runner.active)


def test_a_superseded_result_that_arrives_late_is_dropped(qtbot):
    slot, _bar, runner, busy = _slot(qtbot)
    got = []
    slot.start(Worker("old", value, "old"), got.append)
    _finish_in_thread()  # "old" is computed; its result is queued, not yet delivered
    slot.start(Worker("new", value, "new"), got.append)
    qtbot.waitUntil(lambda: not runner.active, timeout=5000)
    assert got == ["new"]
    assert busy == [True, False, True, False] and not slot.running


def test_a_result_for_an_older_context_is_dropped(qtbot):
    state = {"analysis": object()}
    slot, bar, runner, busy = _slot(qtbot, context=lambda: state["analysis"])
    got = []
    slot.start(Worker("job", value, 1), got.append)
    _finish_in_thread()
    state["analysis"] = object()  # the ranking changed while the job ran
    qtbot.waitUntil(lambda: not runner.active, timeout=5000)
    assert got == [] and not slot.running and busy == [True, False] and bar.isHidden()


def test_only_the_current_jobs_failure_is_reported(qtbot):
    slot, _bar, runner, _busy = _slot(qtbot)

    def bad(*, progress, cancel):
        raise ScenarioError("trips_per_year must be > 0", fix="give a positive number")

    failures, got = [], []
    slot.failed.connect(lambda m, e: failures.append((m, e)))
    slot.start(Worker("bad", bad), got.append)
    _finish_in_thread()
    slot.start(Worker("good", value, "ok"), got.append)
    qtbot.waitUntil(lambda: not runner.active, timeout=5000)
    assert failures == [] and got == ["ok"]
    with qtbot.waitSignal(slot.failed, timeout=5000) as blocker:
        slot.start(Worker("bad", bad), got.append)
    assert blocker.args[0].startswith("trips_per_year must be > 0") and blocker.args[1] is True
    assert not slot.running
    qtbot.waitUntil(lambda: not runner.active, timeout=5000)


def test_cancel_here_and_from_the_status_bar(qtbot):
    slot, bar, runner, busy = _slot(qtbot)

    def slow(*, progress, cancel):
        for _ in range(1000):
            check_cancel(cancel)
            threading.Event().wait(0.01)
        return "never"

    got = []
    worker = slot.start(Worker("slow", slow), got.append)
    assert slot.cancel() is True and worker.is_cancelled
    assert not slot.running and bar.isHidden() and busy == [True, False]
    assert slot.cancel() is False  # nothing left to cancel
    worker = slot.start(Worker("slow", slow), got.append)
    runner.cancel_all()  # the status bar's Cancel: the slot learns it from the worker
    qtbot.waitUntil(lambda: not slot.running, timeout=5000)
    assert busy == [True, False, True, False] and bar.isHidden() and got == []
    qtbot.waitUntil(lambda: not runner.active, timeout=5000)

"""Autosave after an analysis, and the recovery offer after an unclean exit."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QMessageBox

from tests.factories import grid_inputs
from ui.autosave import SessionKeeper, app_data_dir


def make_window(qtbot, languages, folder, factory, *, ask=True):
    from ui.main_window import MainWindow

    def session(files):
        return SessionKeeper(files.state, folder=folder, debounce_ms=20, ask=ask, parent=files)

    window = MainWindow(factory, languages, session=session)
    qtbot.addWidget(window)
    window.show()
    return window


def close(window) -> None:
    window.shutdown()
    window.close()


def test_app_data_dir_is_the_test_location():
    assert "qttest" in str(app_data_dir())


def test_autosave_then_recovery_offered(qtbot, languages, tmp_path, monkeypatch):
    asked: list[str] = []

    def answer(reply):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply

        return question

    first = make_window(qtbot, languages, tmp_path, lambda: grid_inputs(n_households=60))
    try:
        session = first.session
        first.start()
        assert session.marker.exists() and not asked  # nothing to recover at first
        with qtbot.waitSignal(session.saved, timeout=60_000):
            pass  # the autosave follows the finished analysis
        assert session.path.exists()
        assert list(tmp_path.glob(".autosave*")) == []  # written atomically, no leftovers
    finally:
        close(first)
    assert not session.marker.exists()  # clean exit
    # simulate a crash: the marker stays behind, older than the autosave
    session.marker.write_text("running\n")
    stamp = session.path.stat().st_mtime - 10
    os.utime(session.marker, (stamp, stamp))

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    third = make_window(qtbot, languages, tmp_path, lambda: grid_inputs(n_households=7))
    try:
        third.start()
        assert len(asked) == 1 and "Recover the previous session?" in asked[0]
        qtbot.waitUntil(
            lambda: third.controller.analysis is not None and not third.runner.active,
            timeout=60_000,
        )
        assert len(third.controller.data.households) == 60  # the recovered session
        assert third.files.path is None  # Save asks for a name: the autosave is not the project
    finally:
        close(third)

    session.marker.write_text("running\n")  # crash again, this time decline
    os.utime(session.marker, (stamp, stamp))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    second = make_window(qtbot, languages, tmp_path, lambda: grid_inputs(n_households=7))
    try:
        second.start()
        assert len(asked) == 2
        qtbot.waitUntil(lambda: second.controller.analysis is not None, timeout=60_000)
        assert len(second.controller.data.households) == 7  # declined: the usual data
        qtbot.waitUntil(lambda: not second.runner.active, timeout=30_000)
    finally:
        close(second)


def test_no_prompt_when_told_not_to_ask(qtbot, languages, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: 1 / 0)  # must not be called
    (tmp_path / "session.running").write_text("running\n")
    (tmp_path / "autosave.mgis.gpkg").write_bytes(b"x")
    window = make_window(qtbot, languages, tmp_path, grid_inputs, ask=False)
    try:
        assert window.session.recovery_available()
        window.start()
        qtbot.waitUntil(
            lambda: window.controller.analysis is not None and not window.runner.active,
            timeout=60_000,
        )
    finally:
        close(window)

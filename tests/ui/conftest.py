"""pytest-qt setup for the GUI tests: no leaked threads, windows, settings or held keys."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.factories import grid_inputs

QStandardPaths.setTestModeEnabled(True)
#: The tests' settings live in a temporary folder, never in the user's real settings (each test
#: gets its own empty folder below, see :func:`isolated_settings`).
SETTINGS_DIR = tempfile.mkdtemp(prefix="mataram-gis-settings-")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, SETTINGS_DIR)


@pytest.fixture(autouse=True, scope="session")
def test_settings(qapp: QApplication):
    """A test organisation name and an empty settings file for the whole session."""
    qapp.setOrganizationName("MataramGIS-tests")
    qapp.setApplicationName("Mataram GIS tests")
    QSettings().clear()
    yield SETTINGS_DIR


_INI, _USER = QSettings.Format.IniFormat, QSettings.Scope.UserScope


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path):
    """An empty settings folder for each test, so no test sees another's saved window layout,
    dock state, ranking columns or recent files (MainWindow saves them when it closes)."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    QSettings.setPath(_INI, _USER, str(folder))
    assert QSettings().fileName().startswith(str(folder))
    yield folder
    QSettings.setPath(_INI, _USER, SETTINGS_DIR)


#: Keys whose release clears a modifier Qt believes held.
_MODIFIER_KEYS = {
    Qt.KeyboardModifier.ShiftModifier: Qt.Key.Key_Shift,
    Qt.KeyboardModifier.ControlModifier: Qt.Key.Key_Control,
    Qt.KeyboardModifier.AltModifier: Qt.Key.Key_Alt,
    Qt.KeyboardModifier.MetaModifier: Qt.Key.Key_Meta,
}


def release_modifiers() -> Qt.KeyboardModifier:
    """Release every modifier key Qt believes held; return the ones that were held.

    QTest mouse events with a modifier (``qtbot.mousePress(w, button, ShiftModifier, pos)``)
    leave it in ``QGuiApplication.keyboardModifiers()`` after the test, as if the key were still
    down: a later ``QTableView.selectRow`` then extends a range instead of selecting the row.
    """
    held = QGuiApplication.keyboardModifiers()
    if held != Qt.KeyboardModifier.NoModifier:
        sink = QWidget()
        for modifier, key in _MODIFIER_KEYS.items():
            if held & modifier:
                QTest.keyRelease(sink, key)
        sink.deleteLater()
    return held


def _threads() -> set[int]:
    """Running threads, less the engine's shared pool (mataram_gis/parallel.py: it lives for
    the whole process by design, started by whichever test first ranks on several cores)."""
    from mataram_gis.parallel import _PREFIX

    return {
        t.ident
        for t in threading.enumerate()
        if not isinstance(t, threading._DummyThread)
        and t.ident is not None
        and not t.name.startswith(_PREFIX)
    }


@pytest.fixture(autouse=True)
def no_leaks(qapp: QApplication):
    """Fail a test that leaves worker threads running, windows open or modifier keys held."""
    before = _threads()
    yield
    pool = QThreadPool.globalInstance()
    done = pool.waitForDone(30_000)
    qapp.processEvents()
    assert done and pool.activeThreadCount() == 0, "a QThreadPool worker is still running"
    leaked = _threads() - before
    assert not leaked, f"threads left behind: {leaked}"
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for w in windows:
        w.close()
    assert not windows, f"windows left open: {windows}"
    held = release_modifiers()
    assert held == Qt.KeyboardModifier.NoModifier, f"modifier keys left held: {held}"


@pytest.fixture
def languages(qapp: QApplication):
    """A language manager set to English (restored afterwards)."""
    from ui.i18n import LanguageManager

    manager = LanguageManager()
    manager.set_language("en")
    yield manager
    manager.set_language("en")


def open_window(qtbot, languages, factory=grid_inputs):
    """A shown main window whose first analysis has finished."""
    from ui.main_window import MainWindow

    window = MainWindow(factory, languages)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.controller.analysis is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    return window


@pytest.fixture
def window(qtbot, languages):
    """The main window on the small grid, analysed."""
    win = open_window(qtbot, languages)
    yield win
    win.shutdown()
    win.close()

"""pytest-qt setup for the GUI tests: no leaked threads or windows, fast small data."""

from __future__ import annotations

import tempfile
import threading

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QThreadPool
from PySide6.QtWidgets import QApplication

from tests.factories import grid_inputs

QStandardPaths.setTestModeEnabled(True)
#: The tests' settings live in a temporary folder, never in the user's real settings.
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
    """Fail a test that leaves worker threads running or windows open."""
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

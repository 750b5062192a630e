"""No lost work: unsaved-changes prompts, recent files, the one-time engine notice.

:class:`UnsavedGuard` remembers what the last saved (or opened, or freshly loaded) project
looked like: the loaded data, the current scenario and the named scenarios. When any of it
differs, quitting or opening another project first asks *Save / Discard / Cancel*.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ui import settings as app_settings

if TYPE_CHECKING:
    from collections.abc import Callable

    from ui.controller import AnalysisController
    from ui.main_window import MainWindow
    from ui.workers import JobRunner, Worker

logger = logging.getLogger(__name__)


class UnsavedGuard(QObject):
    """Knows whether the window holds changes that are not in a project file.

    Parameters
    ----------
    parent
        Parent of the guard and of its *Save / Discard / Cancel* prompt.
    controller
        The analysis controller (the loaded data and the current scenario).
    runner
        The job runner the project is saved in.
    scenarios_json
        The named scenarios as a project file holds them.
    save_project
        Starts saving the project (asking for a file name when it has none); returns the
        save job, or None when the user cancelled.
    """

    def __init__(
        self,
        parent: QWidget,
        controller: AnalysisController,
        runner: JobRunner,
        *,
        scenarios_json: Callable[[], str],
        save_project: Callable[[], Worker | None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.controller, self.runner = parent, controller, runner
        self.scenarios_json, self.save_project = scenarios_json, save_project
        self.enabled = False  # the app switches it on; tests that need it too
        self._baseline: tuple | None = None
        self._pending = True  # take the baseline once the first data is ranked
        controller.analysisReady.connect(self._on_analysis)

    def fingerprint(self) -> tuple:
        """What a project file would hold: the data, the scenario, the named scenarios."""
        c = self.controller
        return (id(c.data), c.scenario, self.scenarios_json())

    def mark_clean(self) -> None:
        """The current state is saved (or is a fresh, reproducible one)."""
        self._pending = False
        self._baseline = self.fingerprint()

    def mark_clean_when_loaded(self) -> None:
        """A project was opened or the demo reloaded: clean once its data is ranked."""

        def decide() -> None:
            c = self.controller
            if c.loading or c.data is None:
                self._pending = True
            else:
                self.mark_clean()

        QTimer.singleShot(0, decide)

    def _on_analysis(self, analysis: object) -> None:
        if self._pending:
            self.mark_clean()

    def is_dirty(self) -> bool:
        """True when something would be lost by quitting now."""
        if self.controller.data is None:
            return False
        if self._baseline is None:
            return not self._pending
        return self.fingerprint() != self._baseline

    def confirm(self) -> bool:
        """Ask to save unsaved changes; True when it is fine to go on (saved or discarded)."""
        if not self.enabled or not self.is_dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Mataram GIS"),
                          self.tr("The project has unsaved changes (parameters, data or "
                                  "scenarios). Save them first?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.parent_widget)  # fmt: skip
        box.setObjectName("unsaved_prompt")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Discard:
            return True
        if answer != QMessageBox.StandardButton.Save:
            return False
        worker = self.save_project()
        if worker is None:  # the user closed the file dialog
            return False
        loop = QEventLoop()
        worker.signals.done.connect(loop.quit)
        if worker in self.runner.active:
            loop.exec()
        return not self.is_dirty()


class RecentMenu(QObject):
    """File > Recent: projects and data files, rebuilt each time the menu opens.

    Parameters
    ----------
    menu
        The *Recent* menu (also the parent).
    open_project
        Opens a project file (asking about unsaved work first).
    open_data
        Imports one data file.
    """

    def __init__(
        self,
        menu: QMenu,
        *,
        open_project: Callable[[Path], object],
        open_data: Callable[[Path], object],
    ) -> None:
        super().__init__(menu)
        self.menu = menu
        self.open_project, self.open_data = open_project, open_data
        menu.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        """List the recent projects, then the recent data files."""
        self.menu.clear()
        projects = [p for p in app_settings.recent("projects") if p.exists()]
        data = [p for p in app_settings.recent("data") if p.exists()]
        for path in projects:
            action = self.menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))
        if projects and data:
            self.menu.addSeparator()
        for path in data:
            action = self.menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_data(p))
        if not projects and not data:
            self.menu.addAction(self.tr("(no recent files)")).setEnabled(False)


def engine_cached() -> bool:
    """Whether the analysis engine's compiled code is on disk (the first ranking is fast).

    Looks where Numba keeps its cache: next to :mod:`mataram_gis.kernels`, in
    ``NUMBA_CACHE_DIR``, or in the user's cache folder (read-only installs).
    """
    import mataram_gis

    if os.environ.get("NUMBA_CACHE_DIR"):  # Numba then caches only there
        roots = [Path(os.environ["NUMBA_CACHE_DIR"])]
    else:
        package = Path(mataram_gis.__file__).resolve().parent
        roots = [package / "__pycache__", Path.home() / ".cache" / "numba"]
    for root in roots:
        if root.is_dir() and next(root.rglob("kernels.*.nbi"), None) is not None:
            return True
    return False


def polish_actions(window: MainWindow) -> None:
    """Distinct icons for saving a project and exporting; Print briefing on the toolbar."""
    from ui.icons import icon

    export_icon = icon("export_gpkg")
    window.actions_["export_gpkg"].setIcon(export_icon)
    extra = getattr(window, "exports", None)
    if extra is None:
        return
    extra.actions["export_results"].setIcon(export_icon)
    extra.actions["print_briefing"].setIcon(icon("briefing"))
    toolbar = window.toolbar.actions()
    after = extra.actions["export_map"]
    index = toolbar.index(after) + 1 if after in toolbar else len(toolbar)
    before = toolbar[index] if index < len(toolbar) else None
    window.toolbar.insertAction(before, extra.actions["print_briefing"])


def ask_recover(window: MainWindow) -> bool:
    """Ask whether to recover the previous session (never asks when told not to)."""
    if window.session is None or not window.session.ask:
        logger.info("an autosave of an unfinished session exists; recovery not offered")
        return False
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("MainWindow", "Mataram GIS"),
        QCoreApplication.translate(
            "MainWindow",
            "Mataram GIS did not close properly last time. Recover the previous session?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_about(window: MainWindow) -> None:
    """The About box."""
    from mataram_gis import __version__

    text = QCoreApplication.translate("MainWindow", "Mataram GIS %1").replace("%1", __version__)
    text += "\n" + QCoreApplication.translate(
        "MainWindow",
        "Ranks road segments by how much upgrading each would cut travel time for poor "
        "households going to industrial centres.",
    )
    title = QCoreApplication.translate("MainWindow", "About Mataram GIS")
    QMessageBox.about(window, title, text + "\nDinas PUPR Kota Mataram")


def drop_files(window: MainWindow, paths: list[Path]) -> None:
    """Files dropped on the window; a project replaces the work, so ask first."""
    from mataram_gis.project import is_project_file

    opens_project = len(paths) == 1 and is_project_file(paths[0])
    if not opens_project or window.unsaved.confirm():
        window.files.dropped(paths)

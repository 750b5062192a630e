# ruff: noqa: N815 - Qt API names (signals)
"""The File menu's work: projects, importing data (dialog, drag and drop), OSM, the demo.

Every read or write runs in a worker; errors from our readers arrive as their message
and are shown in a dialog (the ``show_error`` callback), never a traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QStyle, QWidget

from mataram_gis.errors import MataramError
from mataram_gis.inputs import InputRequest, merged_inputs, osm_inputs
from ui.autosave import ProjectState, save_job
from ui.import_dialog import ImportDialog
from ui.osm_dialog import OsmDialog
from ui.workers import Worker

if TYPE_CHECKING:
    from collections.abc import Callable

    from layers.selection import SelectionModel
    from mataram_gis.analysis import Analysis
    from mataram_gis.project import Project
    from mataram_gis.scenario import Scenario
    from ui.controller import AnalysisController
    from ui.workers import JobRunner

logger = logging.getLogger(__name__)

DATA_SUFFIXES = (".gpkg", ".shp", ".zip", ".geojson", ".json", ".csv", ".txt", ".xlsx", ".osm",
                 ".pbf")  # fmt: skip


class FileActions(QObject):
    """Owns the File menu actions and runs them.

    It gets the narrow pieces it needs, not the window: the parent widget (dialogs), the
    controller (loads the data, holds the analysis), the job runner, the map's selection
    (cleared when new data comes) and callbacks to show an error and a status message.
    ``projectChanged`` (the project file's path, or None for a new project) tells the
    window to retitle itself.
    """

    projectChanged = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        controller: AnalysisController,
        runner: JobRunner,
        selection: SelectionModel,
        *,
        show_error: Callable[[str, bool], None],
        show_message: Callable[[str, int], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.controller = controller
        self.runner = runner
        self.selection = selection
        self.show_error = show_error
        self.show_message = show_message
        self.path: Path | None = None  # the current project file
        self.scenarios: dict[str, Scenario] = {}  # other scenarios of the opened project
        std = parent.style().standardIcon
        sp = QStyle.StandardPixmap
        keys = QKeySequence.StandardKey
        self.actions: dict[str, QAction] = {
            "open_project": QAction(std(sp.SP_DirOpenIcon), "", self, shortcut=keys.Open),
            "save_project": QAction(std(sp.SP_DialogSaveButton), "", self, shortcut=keys.Save),
            "save_project_as": QAction("", self, shortcut=keys.SaveAs),
            "open_roads": QAction("", self),
            "open_centres": QAction("", self),
            "open_households": QAction("", self),
            "download_osm": QAction("", self),
        }
        a = self.actions
        a["open_project"].triggered.connect(self.open_project_dialog)
        a["save_project"].triggered.connect(self.save_project)
        a["save_project_as"].triggered.connect(self.save_project_as)
        for role in ("roads", "centres", "households"):
            a[f"open_{role}"].triggered.connect(lambda _=False, r=role: self.open_data(r))
        a["download_osm"].triggered.connect(self.download_osm)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set the action texts."""
        texts = {
            "open_project": self.tr("Open project…"),
            "save_project": self.tr("Save project"),
            "save_project_as": self.tr("Save project as…"),
            "open_roads": self.tr("Roads…"),
            "open_centres": self.tr("Industrial centres…"),
            "open_households": self.tr("Poor households…"),
            "download_osm": self.tr("Download roads from OpenStreetMap…"),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)
            self.actions[key].setToolTip(text.rstrip("…"))

    # -- state ----------------------------------------------------------------------------
    def state(self) -> ProjectState | None:
        """The current inputs, scenarios and analysis (None before any data is loaded)."""
        c = self.controller
        if c.data is None or c.scenario is None:
            return None
        scenarios = dict(self.scenarios)
        scenarios[c.scenario.name] = c.scenario
        analysis: Analysis | None = c.analysis
        if analysis is not None and analysis.scenario != c.scenario:
            analysis = None
        return ProjectState(c.data.inputs, scenarios, c.scenario.name, analysis)

    # -- projects -------------------------------------------------------------------------
    def open_project_dialog(self) -> None:
        """Ask for a project file and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Open project"), "", self._project_filter()
        )
        if path:
            self.open_project_file(Path(path))

    def open_project_file(self, path: Path, *, recovered: bool = False) -> Worker:
        """Read a project in a worker, then load its inputs and its active scenario."""
        from mataram_gis.project import open_project

        worker = Worker("load", lambda p, **_: open_project(p), path)
        worker.signals.finished.connect(lambda project: self._opened(project, recovered))
        worker.signals.failed.connect(self.show_error)
        return self.runner.start(worker)

    def _opened(self, project: Project, recovered: bool) -> None:
        self.path = None if recovered else project.path
        self.scenarios = dict(project.scenarios)
        self.selection.clear(source="menu")
        inputs = project.inputs
        self.controller.load(lambda: inputs, scenario=project.scenario)
        self.projectChanged.emit(self.path)

    def save_project(self) -> Worker | None:
        """Save to the current project file (asks for a name the first time)."""
        if self.path is None:
            return self.save_project_as()
        return self.save_to(self.path)

    def save_project_as(self) -> Worker | None:
        """Ask for a file name and save the project there."""
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Save project"),
            "proyek.mgis.gpkg",
            self._project_filter(),
        )
        if not path:
            return None
        from mataram_gis.project import project_path

        return self.save_to(project_path(path))

    def save_to(self, path: Path) -> Worker | None:
        """Save the current state to ``path`` in a worker (atomic)."""
        state = self.state()
        if state is None:
            return None
        worker = Worker("save", save_job, path, state)
        worker.signals.finished.connect(self._saved)
        worker.signals.failed.connect(self.show_error)
        return self.runner.start(worker)

    def _saved(self, path: Path) -> None:
        self.path = Path(path)
        self.projectChanged.emit(self.path)
        self.show_message(self.tr("Project saved: %1").replace("%1", str(path)), 5000)

    def _project_filter(self) -> str:
        return self.tr("Mataram GIS project (*.mgis.gpkg *.gpkg);;All files (*)")

    # -- data -----------------------------------------------------------------------------
    def open_data(self, role: str | None = None) -> None:
        """Ask for input files (role detected unless given) and import them."""
        filters = self.tr(
            "Data (*.gpkg *.shp *.zip *.geojson *.json *.csv *.xlsx *.osm *.pbf);;All files (*)"
        )
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, self.tr("Open data…"), "", filters
        )
        if paths:
            self.import_files([Path(p) for p in paths], role=role)

    def import_files(self, paths: list[Path], *, role: str | None = None) -> Worker | None:
        """Preview each file in the import dialog, then load the accepted ones together."""
        from mataram_gis.io.preview import preview_table

        requests: list[InputRequest] = []
        for path in paths:
            try:
                preview = preview_table(path, role=role)
            except MataramError as exc:
                self.show_error(exc.message, True)
                continue
            dialog = ImportDialog(preview, self.parent_widget)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                requests.append(dialog.request())
            dialog.deleteLater()
        return self.load_requests(requests) if requests else None

    def load_requests(self, requests: list[InputRequest]) -> Worker:
        """Read the files in the background and re-run prepare + analyse."""
        data = self.controller.data
        base = data.inputs if data is not None else None
        self.selection.clear(source="menu")
        return self.controller.load(lambda: merged_inputs(base, requests))

    def dropped(self, paths: list[Path]) -> None:
        """Files dropped on the window: a project opens, data files are imported."""
        from mataram_gis.project import is_project_file

        if len(paths) == 1 and is_project_file(paths[0]):
            self.open_project_file(paths[0])
            return
        self.import_files([p for p in paths if p.suffix.lower() in DATA_SUFFIXES] or paths)

    def download_osm(self) -> Worker | None:
        """Ask for a place or a bounding box and download its roads in a worker."""
        from ui.autosave import app_data_dir

        dialog = OsmDialog(self.parent_widget)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        query = dialog.query()
        dialog.deleteLater()
        if not accepted:
            return None
        data = self.controller.data
        base = data.inputs if data is not None else None
        cache = app_data_dir() / "osm_cache"
        return self.controller.load(lambda: osm_inputs(base, query, cache))

    # -- demo ------------------------------------------------------------------
    def load_demo(self) -> None:
        """Reload the built-in demo (a new, unsaved project)."""
        from mataram_gis.inputs import demo_inputs

        self.path, self.scenarios = None, {}
        self.projectChanged.emit(None)
        self.selection.clear(source="menu")
        self.controller.load(lambda: demo_inputs(scale=1))

# ruff: noqa: N802 - Qt API names (camelCase overrides and signals)
"""The main window: composes the canvas, the docks, menus, toolbar and status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from layers.formatting import format_number
from layers.layer_list import LayerList
from layers.selection import SelectionModel
from ui.access_dock import AccessDock
from ui.autosave import SessionKeeper
from ui.canvas import MapCanvas
from ui.controller import AnalysisController, InputsFactory
from ui.dock_tabs import install_dock_tabs
from ui.export_actions import ExportActions
from ui.file_actions import FileActions
from ui.i18n import LanguageManager, current_lang
from ui.identify_link import IdentifyLink
from ui.identify_panel import IdentifyPanel
from ui.layer_panel import LayerPanel
from ui.log_dock import LogView
from ui.messages import error_text
from ui.parameters_panel import ParametersPanel
from ui.planning import PlanningDocks
from ui.ranking_table import RankingPanel
from ui.settings import add_recent, restore_window, save_language, save_window
from ui.status_bar import MapStatusBar
from ui.vulnerability import VulnerabilityControl
from ui.window_docks import place_base_docks, tab_with
from ui.window_menus import build_menus, window_actions
from ui.window_session import (
    RecentMenu,
    UnsavedGuard,
    ask_recover,
    drop_files,
    engine_cached,
    polish_actions,
    show_about,
)
from ui.workers import JobRunner, Worker

if TYPE_CHECKING:
    from collections.abc import Callable

    from mataram_gis.analysis import Analysis
    from mataram_gis.scenario import Scenario
    from mataram_gis.scenarios import ScenarioSet

logger = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Mataram GIS: layer dock left, map centre, ranking/identify/parameters right."""

    def __init__(
        self,
        factory: InputsFactory,
        languages: LanguageManager,
        scenario: Scenario | None = None,
        parent: QWidget | None = None,
        *,
        session: Callable[[FileActions], SessionKeeper] | None = None,
    ) -> None:
        """``session`` makes the autosave keeper (none: no autosave, no recovery offer)."""
        super().__init__(parent)
        self.languages = languages
        self.layers = LayerList()
        self.selection = SelectionModel()
        self.runner = JobRunner(self)
        self.controller = AnalysisController(self.runner, self.layers, factory, scenario, self)
        self.canvas = MapCanvas(self.layers, self.selection, self)
        self.setCentralWidget(self.canvas)
        self.layer_panel = LayerPanel(self.layers, self)
        self.ranking = RankingPanel(self.selection, self)
        self.identify = IdentifyPanel(self)
        self.parameters = ParametersPanel(self)
        self.log_view = LogView(self)
        self.docks: dict[str, QDockWidget] = place_base_docks(self, {
            "layers": self.layer_panel, "parameters": self.parameters, "ranking": self.ranking,
            "identify": self.identify, "log": self.log_view,
        })  # fmt: skip
        self.status = MapStatusBar(self.runner, parent=self)
        self.setStatusBar(self.status)
        self.files = FileActions(  # projects, data, OSM, the demo
            self, self.controller, self.runner, self.selection,
            show_error=lambda m, e: self.show_error(m, e), show_message=self.status.showMessage,
        )  # fmt: skip
        self.files.projectChanged.connect(self.set_project_title)
        self.session = session(self.files) if session is not None else None
        self.setAcceptDrops(True)
        self._project_path: Path | None = None
        self.identify_link = IdentifyLink(  # Identify follows the selection
            self.identify, self.controller, self.layers, reveal=self.docks["identify"].raise_,
            corridor=lambda: getattr(getattr(self, "corridors", None), "current", None),
            ruas=lambda: getattr(getattr(self, "ruas", None), "current", None),
        )  # fmt: skip
        self._build_actions()
        self._connect()
        self.planning = PlanningDocks(  # ruas, portfolio, corridors, scenarios (issues 6, 13)
            self, self.controller, self.runner, self.selection, self.layers, self.parameters,
            show_error=lambda m, e: self.show_error(m, e),
            zoom_to_selection=self.canvas.zoom_to_selection,
            project_scenarios=lambda: self.files.scenarios,
        )  # fmt: skip
        self.access = AccessDock(  # travel times, equity, vulnerability (issue 14)
            self, self.controller, self.runner, self.selection, self.layers,
            show_error=lambda m, e: self.show_error(m, e),
        )  # fmt: skip
        tab_with(self, self.docks["ranking"], [*self.planning.docks.values(), self.access],
                 menu=self.m_panels)  # fmt: skip
        install_dock_tabs(self)  # whole tab titles at 1366 px
        p = self.planning
        self.portfolio, self.corridors, self.ruas, self.scenarios = (
            p.portfolio, p.corridors, p.ruas, p.scenarios)  # fmt: skip
        self.access.vulnerability = VulnerabilityControl(  # hazard, criticality columns
            self, self.access.panel, controller=self.controller, runner=self.runner,
            ranking=self.ranking, layers=self.layers, data_menu=self.m_data,
            show_error=lambda m, e: self.show_error(m, e),
        )  # fmt: skip
        self.exports = ExportActions(  # map, table, styled GeoPackage, briefing (issue 5)
            self, self.controller, self.runner, self.languages, self.status.showMessage,
            show_error=lambda m, e: self.show_error(m, e), budget_text=self.portfolio.budget_text,
            selected=lambda: self.selection.selected,
        )  # fmt: skip
        self.exports.install(self.m_file, self.toolbar, self.actions_)
        self.unsaved = UnsavedGuard(
            self, self.controller, self.runner, save_project=self.files.save_project,
            scenarios_json=lambda: self.planning.scenario_set.to_json(),
        )  # fmt: skip
        self.remember_window = True  # the screenshot mode leaves the settings alone
        self.status.engine_notice = not engine_cached()
        polish_actions(self)
        self.retranslate()
        restore_window(self)

    # -- construction --------------------------------------------------------------------
    def _build_actions(self) -> None:
        a = window_actions(self, lang=self.languages.lang)
        a.update(self.files.actions)
        self.actions_ = a
        m = self.menus = build_menus(self, a, self.docks.values())
        self.m_file, self.m_recent, self.m_data, self.m_view = m.file, m.recent, m.data, m.view
        self.m_panels, self.m_analysis, self.m_lang, self.m_help = (
            m.panels,
            m.analysis,
            m.lang,
            m.help,
        )
        self.toolbar = m.toolbar
        self.recent_menu = RecentMenu(
            self.m_recent, open_project=lambda p: self.open_project(p),
            open_data=lambda p: self.files.import_files([p]),
        )  # fmt: skip

    def _connect(self) -> None:
        a, c = self.actions_, self.controller
        a["load_demo"].triggered.connect(lambda: self.unsaved.confirm() and self.load_demo())
        a["open_project"].triggered.disconnect(self.files.open_project_dialog)
        a["open_project"].triggered.connect(self.open_project)
        a["open"].triggered.connect(lambda: self.files.open_data())
        a["export_gpkg"].triggered.connect(lambda: self.export("gpkg"))
        a["export_csv"].triggered.connect(lambda: self.export("csv"))
        a["quit"].triggered.connect(self.close)
        a["zoom_in"].triggered.connect(lambda: self.canvas.zoom_by(1.25))
        a["zoom_out"].triggered.connect(lambda: self.canvas.zoom_by(0.8))
        a["zoom_full"].triggered.connect(self.canvas.zoom_full)
        a["zoom_selection"].triggered.connect(self.canvas.zoom_to_selection)
        a["clear_selection"].triggered.connect(lambda: self.selection.clear(source="menu"))
        a["run"].triggered.connect(c.run)
        a["live"].toggled.connect(c.set_live)
        a["cancel"].triggered.connect(self.runner.cancel_all)
        a["lang_id"].triggered.connect(lambda: self.switch_language("id"))
        a["lang_en"].triggered.connect(lambda: self.switch_language("en"))
        a["about"].triggered.connect(lambda: show_about(self))
        self.canvas.cursorMoved.connect(self.status.show_cursor)
        self.canvas.viewChanged.connect(
            lambda: self.status.show_scale(self.canvas.scale_denominator())
        )
        self.ranking.zoomRequested.connect(self.canvas.zoom_to_selection)
        self.selection.events.connect("changed", self._on_selection)
        c.scenarioChanged.connect(
            lambda s, src: src != "panel" and self.parameters.set_scenario(s)
        )
        c.analysisReady.connect(self._on_analysis)
        if self.session is not None:
            c.analysisReady.connect(self.session.request)
        c.failed.connect(self.show_error)
        c.liveChanged.connect(self._on_live)
        self.parameters.scenarioChanged.connect(c.set_scenario)
        self.parameters.runRequested.connect(c.run)
        self.parameters.liveToggled.connect(c.set_live)
        self.runner.started.connect(lambda w: a["cancel"].setEnabled(True))
        self.runner.ended.connect(lambda w: a["cancel"].setEnabled(bool(self.runner.active)))
        a["cancel"].setEnabled(False)

    @property
    def scenario_set(self) -> ScenarioSet:
        """The named scenarios (Scenarios dock); replace with ``scenarios.set_scenario_set``."""
        return self.planning.scenario_set

    # -- behaviour -----------------------------------------------------------------------
    def start(self, *, project: Path | None = None) -> Worker:
        """Offer to recover a crashed session, else open ``project`` (the last one) or the
        demo; rank in the background."""
        session = self.session
        if session is not None:
            recover = session.recovery_available() and ask_recover(self)
            path = session.path
            session.begin()
            if recover:
                return self.files.open_project_file(path, recovered=True)
        if project is not None and Path(project).is_file():
            self.status.showMessage(self.tr("Reopening %1").replace("%1", Path(project).name))
            return self.files.open_project_file(Path(project))
        return self.controller.load()

    def switch_language(self, lang: str) -> None:
        """Switch the interface language and remember it for the next start."""
        self.languages.set_language(lang)
        save_language(lang)

    def open_project(self, path: Path | None = None) -> Worker | None:
        """Open a project (asks for the file when ``path`` is None) after saving changes."""
        if not self.unsaved.confirm():
            return None
        if path is None:
            self.files.open_project_dialog()
            return None
        return self.files.open_project_file(Path(path))

    def load_demo(self) -> None:
        """Reload the built-in demo."""
        self.files.load_demo()

    def export(self, kind: str) -> Worker | None:
        """The toolbar's export: the results GeoPackage (``gpkg``) or the table (``csv``)."""
        return self.exports.export_results() if kind == "gpkg" else self.exports.export_table()

    def set_project_title(self, path: Path | None) -> None:
        """Show the project file's name in the window title."""
        self._project_path = path
        if path is not None:
            add_recent("projects", path)
        self.unsaved.mark_clean_when_loaded()
        self.retranslate()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: drop_files(self, paths))  # not inside the drag loop

    def _on_analysis(self, analysis: Analysis) -> None:
        self.ranking.set_analysis_segments(analysis.segments)
        self.identify_link.show(self.selection.selected)
        s = analysis.summary()
        self.status.showMessage(
            self.tr("Ranking ready: %1 candidate segments").replace(
                "%1", format_number(s["candidates"], current_lang())
            ),
            5000,
        )

    def _on_selection(self, selected: tuple[int, ...], source: str | None) -> None:
        self.status.show_selection(len(selected))
        self.identify_link.selected(selected, source)

    def _on_live(self, live: bool) -> None:
        self.actions_["live"].setChecked(live)
        self.parameters.set_live(live)
        if not live:
            self.status.showMessage(
                self.tr("Live re-ranking is off (the analysis is slow): press Run"), 8000
            )

    def show_error(self, message: str, expected: bool) -> None:
        """A dialog with our error's message (bugs: a short text, traceback in the log)."""
        if expected:
            QMessageBox.warning(self, self.tr("Mataram GIS"), error_text(message))
        else:  # already translated, details in the log (ui/messages.py: unexpected_text)
            QMessageBox.critical(self, self.tr("Mataram GIS"), message)
            self.docks["log"].show()

    def retranslate(self) -> None:
        """Re-set every visible text of the window (panels retranslate themselves)."""
        title = self.tr("Mataram GIS — road upgrade priorities")
        if self._project_path is not None:
            title = f"{self._project_path.name} — {title}"
        self.setWindowTitle(title)
        titles = {
            "layers": self.tr("Layers"),
            "parameters": self.tr("Parameters"),
            "ranking": self.tr("Ranking"),
            "identify": self.tr("Identify"),
            "log": self.tr("Log"),
        }
        for name, dock in self.docks.items():
            dock.setWindowTitle(titles[name])
        self.m_file.setTitle(self.tr("&File"))
        self.m_data.setTitle(self.tr("Open data"))
        self.m_recent.setTitle(self.tr("Recent files"))
        self.files.retranslate()
        self.m_view.setTitle(self.tr("&View"))
        self.m_panels.setTitle(self.tr("Panels"))
        self.m_analysis.setTitle(self.tr("&Analysis"))
        self.m_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Map tools"))
        texts = {
            "load_demo": self.tr("Load the demo data"),
            "open": self.tr("Open data…"),
            "export_gpkg": self.tr("Export results (GeoPackage)…"),
            "export_csv": self.tr("Export ranking (CSV)…"),
            "quit": self.tr("Quit"),
            "zoom_in": self.tr("Zoom in"),
            "zoom_out": self.tr("Zoom out"),
            "zoom_full": self.tr("Zoom to full extent"),
            "zoom_selection": self.tr("Zoom to selection"),
            "clear_selection": self.tr("Clear selection"),
            "run": self.tr("Run the ranking"),
            "live": self.tr("Re-rank live"),
            "cancel": self.tr("Cancel the running job"),
            "about": self.tr("About"),
        }
        for key, text in texts.items():
            self.actions_[key].setText(text)
            self.actions_[key].setToolTip(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            lang = self.languages.lang
            self.actions_[f"lang_{lang}"].setChecked(True)
            QTimer.singleShot(0, self.canvas, self.canvas.refresh)
        super().changeEvent(event)

    def shutdown(self) -> None:
        """Cancel jobs and wait for the worker threads (before closing)."""
        self.controller.stop()
        if self.session is not None:
            self.session.stop()
        self.runner.cancel_all()
        self.runner.wait(30_000)
        QApplication.processEvents()
        if self.session is not None:
            self.session.clean_exit()
        self.log_view.detach()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unsaved.confirm():
            event.ignore()
            return
        if self.remember_window:
            save_window(self)
        self.shutdown()
        super().closeEvent(event)

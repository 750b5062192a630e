"""File-menu actions of the published outputs (issue 5): map, table, styled GeoPackage, briefing.

:class:`ExportActions` owns its ``QAction`` objects and installs them into the File menu.
Every file is written by the one export service (``mataram_gis/outputs/service.py``) in one
generic worker job (``ui/export_jobs.py``); the status bar shows progress and *Cancel*; our
errors (``MataramError``) arrive as a dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QStyle, QToolBar, QWidget

from ui.export_dialogs import BriefingDialog, MapExportDialog
from ui.export_jobs import export_job
from ui.workers import Worker

if TYPE_CHECKING:
    from collections.abc import Callable

    from ui.controller import AnalysisController
    from ui.i18n import LanguageManager
    from ui.workers import JobRunner

logger = logging.getLogger(__name__)

#: Default file names (Indonesian: the council's language).
DEFAULT_NAMES = {
    "map": "peta_prioritas.pdf",
    "table": "peringkat_ruas.xlsx",
    "gpkg": "hasil_peringkat.gpkg",
    "briefing": "ringkasan_dewan.pdf",
}


def with_suffix(path: str, selected_filter: str, allowed: tuple[str, ...]) -> Path:
    """``path``, with the suffix of the chosen filter added when it has none of ``allowed``."""
    p = Path(path)
    if p.suffix.lower() in allowed:
        return p
    for suffix in allowed:
        if f"*{suffix}" in selected_filter:
            return p.with_name(p.name + suffix)
    return p.with_name(p.name + allowed[0])


class ExportActions(QObject):
    """Export map…, Export table…, Export results GeoPackage…, Print briefing….

    It gets the narrow pieces it needs, not the window: the controller (the current
    :class:`~mataram_gis.results.Results` and its signals), the job runner, the interface
    languages, and callbacks to show an error, a status message and the portfolio budget.
    """

    def __init__(
        self,
        parent: QWidget,
        controller: AnalysisController,
        runner: JobRunner,
        languages: LanguageManager,
        show_message: Callable[[str, int], None],
        *,
        show_error: Callable[[str, bool], None],
        budget_text: Callable[[], str] = str,
        selected: Callable[[], tuple[int, ...]] = tuple,
    ) -> None:
        super().__init__(parent)
        self.selected = selected  # the map's travel-time cells show the selection upgraded
        self.parent_widget = parent
        self.controller = controller
        self.runner = runner
        self.languages = languages
        languages.languageChanged.connect(lambda _: self.retranslate())
        self.show_error = show_error
        self.show_message = show_message
        self.budget_text = budget_text
        std = parent.style().standardIcon
        sp = QStyle.StandardPixmap
        self.actions: dict[str, QAction] = {
            "export_map": QAction(std(sp.SP_DesktopIcon), "", self, shortcut="Ctrl+Shift+E"),
            "export_table": QAction(std(sp.SP_FileDialogDetailedView), "", self),
            "export_results": QAction(std(sp.SP_DialogSaveButton), "", self),
            "print_briefing": QAction(
                std(sp.SP_FileDialogContentsView),
                "",
                self,
                shortcut=QKeySequence.StandardKey.Print,
            ),
        }
        a = self.actions
        a["export_map"].triggered.connect(self.export_map)
        a["export_table"].triggered.connect(self.export_table)
        a["export_results"].triggered.connect(self.export_results)
        a["print_briefing"].triggered.connect(self.print_briefing)
        self.last_worker: Worker | None = None
        controller.analysisReady.connect(lambda _: self._enable(True))
        controller.prepared.connect(lambda _: self._enable(False))
        self._enable(controller.analysis is not None)
        self.retranslate()

    def install(self, menu: QMenu, toolbar: QToolBar, actions: dict[str, QAction]) -> None:
        """Put the actions into ``menu`` in place of the older two export entries (from
        ``actions``, the window's); the map export also on the ``toolbar``."""
        replaced = [actions[k] for k in ("export_gpkg", "export_csv") if k in actions]
        anchor = replaced[0] if replaced and replaced[0] in menu.actions() else None
        for key in ("export_map", "export_table", "export_results", "print_briefing"):
            menu.insertAction(anchor, self.actions[key])  # anchor None: appended
        for action in replaced:
            menu.removeAction(action)
        toolbar.insertAction(replaced[0] if replaced else None, self.actions["export_map"])

    def retranslate(self) -> None:
        """Re-set the action texts."""
        texts = {
            "export_map": self.tr("Export map (PDF/PNG/SVG)…"),
            "export_table": self.tr("Export table (CSV/XLSX)…"),
            "export_results": self.tr("Export results GeoPackage (QGIS styles)…"),
            "print_briefing": self.tr("Print briefing (PDF)…"),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)
            self.actions[key].setToolTip(text.rstrip("…"))

    def _enable(self, on: bool) -> None:
        for action in self.actions.values():
            action.setEnabled(on)

    @property
    def lang(self) -> str:
        """The interface language (default language of the outputs)."""
        return self.languages.lang

    # -- the four outputs ------------------------------------------------------------------
    def export_map(self) -> Worker | None:
        """Options and preview, then the file name, then write the map in a worker."""
        results = self.controller.results
        if results is None:
            return None
        dialog = MapExportDialog(results, self.runner, self.lang, self.parent_widget,
                                 selected=self.selected())  # fmt: skip
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        options = dialog.options()
        dialog.deleteLater()
        if not accepted:
            return None
        filters = self.tr("PDF (*.pdf);;PNG image, 300 dpi (*.png);;SVG (*.svg)")
        path = self._ask(self.tr("Export map"), "map", filters, (".pdf", ".png", ".svg"))
        return self._run("map", path, options) if path else None

    def export_table(self) -> Worker | None:
        """Write the ranking table as XLSX or CSV (headers in the interface language)."""
        filters = self.tr("Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)")
        path = self._ask(self.tr("Export table"), "table", filters, (".xlsx", ".csv"))
        return self._run("table", path, {"lang": self.lang}) if path else None

    def export_results(self) -> Worker | None:
        """Write the results GeoPackage with QGIS default styles."""
        filters = self.tr("GeoPackage (*.gpkg)")
        path = self._ask(self.tr("Export results"), "gpkg", filters, (".gpkg",))
        return self._run("gpkg", path, {"lang": self.lang}) if path else None

    def print_briefing(self) -> Worker | None:
        """Ask language, top N and budget, then the PDF name; build it in a worker."""
        if self.controller.analysis is None:
            return None
        dialog = BriefingDialog(self.lang, self.parent_widget, budget=self.budget_text())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        options = dialog.options() if accepted else {}
        dialog.deleteLater()
        if not accepted:
            return None
        path = self._ask(self.tr("Print briefing"), "briefing", self.tr("PDF (*.pdf)"), (".pdf",))
        return self._run("briefing", path, options) if path else None

    # -- plumbing ---------------------------------------------------------------------------
    def _ask(self, title: str, kind: str, filters: str, suffixes: tuple[str, ...]) -> Path | None:
        if self.controller.analysis is None:
            return None
        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget, title, DEFAULT_NAMES[kind], filters
        )
        return with_suffix(path, chosen or "", suffixes) if path else None

    def _run(self, kind: str, path: Path, options: dict[str, Any]) -> Worker | None:
        results = self.controller.results
        if results is None:
            return None
        worker = Worker("export", export_job, kind, results, path, options)
        worker.signals.finished.connect(self._written)
        worker.signals.failed.connect(lambda message, expected: self.show_error(message, expected))
        self.last_worker = worker
        return self.runner.start(worker)

    def _written(self, path: Path) -> None:
        logger.info("written: %s", path)
        self.show_message(self.tr("Saved: %1").replace("%1", str(path)), 8000)

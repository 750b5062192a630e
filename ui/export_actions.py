"""File-menu actions of the published outputs (issue 5): map, table, styled GeoPackage, briefing.

:class:`ExportActions` owns its ``QAction`` objects and installs them into the main window's
File menu where the older *Export results* / *Export ranking (CSV)* entries were (it takes
their place in the menu; the actions themselves stay, e.g. on the toolbar). Every file is
written in a worker (``ui/workers.py``); the status bar shows progress and *Cancel*; our
errors (``MataramError``) arrive as a dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QStyle

from ui.export_dialogs import BriefingDialog, MapExportDialog
from ui.export_jobs import briefing_job, gpkg_job, map_job, table_job
from ui.workers import JobFunction, Worker

if TYPE_CHECKING:
    from ui.main_window import MainWindow

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
    """Export map…, Export table…, Export results GeoPackage…, Print briefing…."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        std = window.style().standardIcon
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
        window.controller.analysisReady.connect(lambda _: self._enable(True))
        window.controller.prepared.connect(lambda _: self._enable(False))
        window.languages.languageChanged.connect(lambda _: self.retranslate())
        self._enable(window.controller.analysis is not None)
        self.retranslate()

    def install(self) -> None:
        """Put the actions into the File menu, in place of the old two export entries."""
        w = self.window
        old = [w.actions_[k] for k in ("export_gpkg", "export_csv") if k in w.actions_]
        menu = w.m_file
        anchor = old[0] if old and old[0] in menu.actions() else None
        for key in ("export_map", "export_table", "export_results", "print_briefing"):
            menu.insertAction(anchor, self.actions[key])  # anchor None: appended
        for action in old:
            menu.removeAction(action)
        w.toolbar.insertAction(old[0] if old else None, self.actions["export_map"])

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
        return self.window.languages.lang

    # -- the four outputs ------------------------------------------------------------------
    def export_map(self) -> Worker | None:
        """Options and preview, then the file name, then write the map in a worker."""
        analysis = self.window.controller.analysis
        if analysis is None:
            return None
        dialog = MapExportDialog(analysis, self.window.runner, self.lang, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        options = dialog.options()
        dialog.deleteLater()
        if not accepted:
            return None
        filters = self.tr("PDF (*.pdf);;PNG image, 300 dpi (*.png);;SVG (*.svg)")
        path = self._ask(self.tr("Export map"), "map", filters, (".pdf", ".png", ".svg"))
        return self._run(map_job, path, options) if path else None

    def export_table(self) -> Worker | None:
        """Write the ranking table as XLSX or CSV (headers in the interface language)."""
        filters = self.tr("Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)")
        path = self._ask(self.tr("Export table"), "table", filters, (".xlsx", ".csv"))
        return self._run(table_job, path, {"lang": self.lang}) if path else None

    def export_results(self) -> Worker | None:
        """Write the results GeoPackage with QGIS default styles."""
        filters = self.tr("GeoPackage (*.gpkg)")
        path = self._ask(self.tr("Export results"), "gpkg", filters, (".gpkg",))
        return self._run(gpkg_job, path, {"lang": self.lang}) if path else None

    def print_briefing(self) -> Worker | None:
        """Ask language, top N and budget, then the PDF name; build it in a worker."""
        if self.window.controller.analysis is None:
            return None
        budget = getattr(getattr(self.window, "portfolio", None), "budget_text", lambda: "")()
        dialog = BriefingDialog(self.lang, self.window, budget=budget)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        options = dialog.options() if accepted else {}
        dialog.deleteLater()
        if not accepted:
            return None
        path = self._ask(self.tr("Print briefing"), "briefing", self.tr("PDF (*.pdf)"), (".pdf",))
        return self._run(briefing_job, path, options) if path else None

    # -- plumbing ---------------------------------------------------------------------------
    def _ask(self, title: str, kind: str, filters: str, suffixes: tuple[str, ...]) -> Path | None:
        if self.window.controller.analysis is None:
            return None
        path, chosen = QFileDialog.getSaveFileName(
            self.window, title, DEFAULT_NAMES[kind], filters
        )
        return with_suffix(path, chosen or "", suffixes) if path else None

    def _run(self, job: JobFunction, path: Path, options: dict[str, Any]) -> Worker | None:
        analysis = self.window.controller.analysis
        if analysis is None:
            return None
        worker = Worker("export", job, analysis, path, options)
        worker.signals.finished.connect(self._written)
        worker.signals.failed.connect(self.window.show_error)
        self.last_worker = worker
        return self.window.runner.start(worker)

    def _written(self, path: Path) -> None:
        logger.info("written: %s", path)
        self.window.status.showMessage(self.tr("Saved: %1").replace("%1", str(path)), 8000)

# ruff: noqa: N802 - Qt API names (camelCase overrides)
"""Dialogs of the published outputs: the priority map (with a print preview) and the briefing.

The map dialog renders the page exactly as it will be exported (the same
:func:`~mataram_gis.outputs.mapexport.compose_map`), at low resolution, in a worker, and
shows it before the user chooses where to save it.
"""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mataram_gis.errors import MataramError
from ui.export_jobs import export_job
from ui.messages import error_text
from ui.workers import Worker

if TYPE_CHECKING:
    from mataram_gis.results import Results
    from ui.workers import JobRunner

logger = logging.getLogger(__name__)

_GROUPED = re.compile(r"\d{1,3}([.,\s])\d{3}(\1\d{3})*")


def parse_budget(text: str) -> float | None:
    """Rupiah from what a planner types: ``10 miliar``, ``750 juta``, ``10000000000``,
    ``10.000.000.000``, ``Rp 5e9``; None for an empty field.

    Raises
    ------
    MataramError
        (a ``UsageError``) when the text is not an amount or not positive.
    """
    from mataram_gis.commands.outputs import parse_rupiah

    raw = text.strip()
    if not raw:
        return None
    head = re.sub(r"(?i)^rp\.?\s*", "", raw)
    number = re.match(r"[\d.,\s]+", head)
    if number and _GROUPED.fullmatch(number.group(0).strip()):  # thousands separators
        head = re.sub(r"[.,\s]", "", number.group(0)) + " " + head[number.end() :]
    return parse_rupiah(head.strip())


def _combo(parent: QWidget, items: list[tuple[str, str]], current: str) -> QComboBox:
    box = QComboBox(parent)
    for text, data in items:
        box.addItem(text, data)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


class MapExportDialog(QDialog):
    """Paper, orientation, language and top N of the printed map, with a preview."""

    def __init__(
        self,
        results: Results,
        runner: JobRunner,
        lang: str,
        parent: QWidget | None = None,
        *,
        selected: tuple[int, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.results = results
        self.runner = runner
        self.selected = tuple(int(i) for i in selected)  # the travel-time layer's upgrade
        self.setWindowTitle(self.tr("Export map"))
        self.paper = _combo(self, [("A4", "A4"), ("A3", "A3")], "A4")
        self.orientation = _combo(
            self, [(self.tr("Landscape"), "landscape"), (self.tr("Portrait"), "portrait")],
            "landscape",
        )  # fmt: skip
        self.lang = _combo(self, [("Bahasa Indonesia", "id"), ("English", "en")], lang)
        self.top = QSpinBox(self, minimum=0, maximum=50, value=10)
        self.top.setToolTip(self.tr("How many top-ranked segments get a rank label"))
        self.travel = _combo(self, [
            (self.tr("No travel-time layer"), ""), (self.tr("Before"), "before"),
            (self.tr("After"), "after"), (self.tr("Minutes saved"), "saved"),
        ], "")  # fmt: skip
        form = QFormLayout()
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Label the top"), self.top)
        form.addRow(self.tr("Travel time"), self.travel)  # issue 14: aggregated cells
        self.refresh = QPushButton(self.tr("Update preview"), self)
        self.refresh.clicked.connect(self.preview)
        form.addRow("", self.refresh)
        self.image = QLabel(self.tr("Preview…"), self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(560, 400)
        self.image.setStyleSheet("background: #e8e8e8; border: 1px solid #bbb;")
        buttons = QDialogButtonBox(self)
        self.save = buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addWidget(self.image, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        for box in (self.paper, self.orientation, self.lang, self.travel):
            box.currentIndexChanged.connect(self.preview)
        self._tmp = Path(tempfile.mkdtemp(prefix="mataram_preview_"))
        self._worker: Worker | None = None
        self._count = 0
        self.pixmap: QPixmap | None = None

    def options(self) -> dict[str, Any]:
        """Keyword options of ``export_map``."""
        return {
            "paper": self.paper.currentData(),
            "orientation": self.orientation.currentData(),
            "lang": self.lang.currentData(),
            "top": self.top.value(),
            "travel_time": self.travel.currentData() or None,
        } | self._upgrade()

    def _upgrade(self) -> dict[str, Any]:
        """With travel times and a selection, the selected segments are the upgrade shown (as
        in the Accessibility dock's layer); otherwise the top ten."""
        if not self.selected or not self.travel.currentData():
            return {}
        return {"upgrade": "segment:" + ",".join(str(i) for i in self.selected)}

    def preview(self) -> Worker:
        """Render the page in a worker and show it when ready (supersedes a running one)."""
        if self._worker is not None:
            self._worker.cancel()
        self._count += 1
        path = self._tmp / f"preview_{self._count}.png"
        worker = Worker("export", export_job, "preview", self.results, path, self.options())
        worker.signals.finished.connect(self._show)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self.image.setText(self.tr("Drawing the preview…"))
        return self.runner.start(worker)

    def _show(self, path: Path) -> None:
        if self._worker is not None and Path(path).name != f"preview_{self._count}.png":
            return  # a superseded preview
        self._worker = None
        self.pixmap = QPixmap(str(path))
        size = self.image.size()
        self.image.setPixmap(
            self.pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
        )  # fmt: skip

    def _failed(self, message: str, expected: bool) -> None:
        self._worker = None
        self.image.setText(self.tr("No preview: %1").replace("%1", message))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.pixmap is None and self._worker is None:
            self.preview()

    def done(self, result: int) -> None:
        if self._worker is not None:
            self._worker.cancel()
            tmp = self._tmp
            self._worker.signals.done.connect(lambda: shutil.rmtree(tmp, ignore_errors=True))
        else:
            shutil.rmtree(self._tmp, ignore_errors=True)
        super().done(result)


class BriefingDialog(QDialog):
    """Language, length of the top list and an optional budget of the council briefing."""

    def __init__(self, lang: str, parent: QWidget | None = None, *, budget: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print briefing"))
        self.lang = _combo(self, [("Bahasa Indonesia", "id"), ("English", "en")], lang)
        self.top = QSpinBox(self, minimum=1, maximum=50, value=15)
        self.budget = QLineEdit(budget, self)
        self.budget.setPlaceholderText(self.tr("optional, e.g. 10 miliar"))
        self.message = QLabel("", self)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Segments in the top table"), self.top)
        form.addRow(self.tr("Budget (Rp)"), self.budget)
        form.addRow(self.message)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> dict[str, Any]:
        """Keyword options of ``build_briefing`` (raises on an unreadable budget)."""
        return {
            "lang": self.lang.currentData(),
            "top": self.top.value(),
            "budget_rp": parse_budget(self.budget.text()),
        }

    def accept(self) -> None:
        try:
            self.options()
        except MataramError as exc:
            self.message.setText(error_text(exc.message))
            return
        super().accept()

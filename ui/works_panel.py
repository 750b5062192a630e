# ruff: noqa: N802, N815 - Qt API names (camelCase overrides and signals)
"""The portfolio as a work programme (issue 11): kemantapan against its target, works by ruas.

:class:`KemantapanBox` shows the share of city-road length in baik + sedang now and with the
picked programme (:func:`mataram_gis.works.kemantapan_before_after`, computed in the job)
against the target, which the user edits here (default: the scenario's, with its source).
:class:`WorksTable` lists the picks grouped by ruas into STA stretches with treatment, volume
(m²), cost and benefit (:func:`mataram_gis.works.works_table`); a row selects its segments on
the map.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from layers.formatting import format_number
from mataram_gis.outputs.ruas_texts import sta_text, treatment_name
from ui.frame_model import Column, FrameModel, fmt_dec, fmt_rp, make_table
from ui.i18n import current_lang
from ui.number_input import DecimalSpinBox

if TYPE_CHECKING:
    from layers.selection import SelectionModel

#: The scenario's default target (``Scenario.kemantapan_target``), as a fraction.
DEFAULT_TARGET = 0.65


def pct_text(x: float) -> str:
    """A share as ``62,3 %`` ("–" when unknown)."""
    return "–" if x is None or not math.isfinite(x) else format_number(100 * x, current_lang(),
                                                                        1) + " %"  # fmt: skip


class KemantapanBox(QObject):
    """Kemantapan now and after the picks (``text``), and the editable target (``row``).

    The owner puts ``text`` and ``row`` into its own layout (a wrapped label nested in a
    widget of its own loses lines in a dock) and calls :meth:`retranslate` on a language
    change.

    Signals
    -------
    targetChanged(float)
        The user set another target (a fraction, 0-1).
    """

    targetChanged = Signal(float)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.before = math.nan
        self.after = math.nan
        self.text = QLabel(parent)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.target_label = QLabel(parent)
        self.target = DecimalSpinBox(parent, minimum=0.0, maximum=100.0, singleStep=1.0,
                                     decimals=1)  # fmt: skip
        self.target.setSuffix(" %")
        self.target.setValue(100 * DEFAULT_TARGET)
        self.target.valueChanged.connect(self._target_edited)
        self.source = QLabel(parent)
        self.source.setWordWrap(True)
        self.row = QHBoxLayout()
        self.row.addWidget(self.target_label)
        self.row.addWidget(self.target)
        self.row.addWidget(self.source, 1)
        self.retranslate()

    def target_value(self) -> float:
        """The target as a fraction (0-1)."""
        return float(self.target.value()) / 100.0

    def set_target(self, fraction: float) -> None:
        """Show a target (e.g. the scenario's) without emitting ``targetChanged``."""
        self.target.blockSignals(True)
        self.target.setValue(100.0 * float(fraction))
        self.target.blockSignals(False)
        self._show()

    def set_values(self, before: float, after: float) -> None:
        """Kemantapan now and with the picks (NaN: not computed yet)."""
        self.before, self.after = float(before), float(after)
        self._show()

    def _target_edited(self, value: float) -> None:
        self._show()
        self.targetChanged.emit(float(value) / 100.0)

    def _show(self) -> None:
        target = self.target_value()
        if not math.isfinite(self.before):
            self.text.setText(
                self.tr(
                    "<b>Kemantapan</b> (city roads in baik or sedang): compute a portfolio to "
                    "see it before and after."
                )
            )
            return
        reached = math.isfinite(self.after) and self.after >= target - 1e-12
        verdict = self.tr("target reached") if reached else self.tr("below the target")
        text = self.tr(
            "<b>Kemantapan</b> (city roads in baik or sedang): <b>%1</b> now, <b>%2</b> with "
            "these picks (%3): %4."
        )
        gap = (self.after - target) * 100.0
        sign = "+" if gap > 0 else ""
        diff = sign + format_number(gap, current_lang(), 1) + self.tr(" points against the target")
        for key, value in (("%1", pct_text(self.before)), ("%2", pct_text(self.after)),
                           ("%3", diff), ("%4", verdict)):  # fmt: skip
            text = text.replace(key, value)
        self.text.setText(text)

    def retranslate(self) -> None:
        """Re-set every visible text."""
        self.target_label.setText(self.tr("Target"))
        self.target.setToolTip(self.tr("Target share of city-road length in baik + sedang"))
        self.source.setText(
            self.tr("default %1 (RPJMN 2020-2024, regional roads)").replace(
                "%1", pct_text(DEFAULT_TARGET)
            )
        )
        self._show()


class WorksTable(QWidget):
    """The picks as a work programme: one row per ruas stretch; a row selects its segments."""

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.model = FrameModel([], self)
        self.table = make_table(self.model, self)
        self.table.selectionModel().selectionChanged.connect(self._rows_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.retranslate()

    def set_works(self, works: pd.DataFrame | None) -> None:
        """The :func:`~mataram_gis.works.works_table` of the picks (None: empty)."""
        if works is None:
            self.model.set_frame(None)
            return
        shown = works.copy()
        shown["sta"] = [f"{sta_text(a)} \u2013 {sta_text(b)}" for a, b in
                        zip(works["sta_from_m"], works["sta_to_m"], strict=True)]  # fmt: skip
        first = works["ruas"].ne(works["ruas"].shift()).to_numpy()  # as a programme is written
        shown["nomor_shown"] = np.where(first, works["nomor_ruas"].astype(str), "")
        shown["nama_shown"] = np.where(first, works["nama_ruas"].astype(str), "")
        shown["volume"] = np.where(works["area_m2"].notna(), works["area_m2"], np.nan)
        self.model.set_frame(shown)
        self.table.resizeColumnsToContents()

    def _rows_selected(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [int(x) for r in rows for x in self.model.value(r, "segment_ids")]
        if ids:
            self.selection.select(ids, source="portfolio")

    def retranslate(self) -> None:
        """Re-set every visible text (treatments in the app's language)."""
        lang = current_lang()
        self.model.set_columns([
            Column(self.tr("Ruas no."), "nomor_shown", str, numeric=False),
            Column(self.tr("Ruas name"), "nama_shown", str, numeric=False),
            Column(self.tr("STA"), "sta", str, numeric=False),
            Column(self.tr("Treatment"), "treatment", lambda x: treatment_name(x, lang),
                   numeric=False),
            Column(self.tr("Volume (m²)"), "volume", fmt_dec(0)),
            Column(self.tr("Cost"), "cost", fmt_rp),
            Column(self.tr("Benefit"), "benefit", fmt_dec(1)),
        ])  # fmt: skip
        self.table.setToolTip(self.tr(
            "The picks as a work programme: per ruas, each stretch (STA) with its treatment, "
            "volume and cost; benefit = exact marginal benefit of its segments"
        ))  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

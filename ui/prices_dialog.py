"""The unit-price dialog (harga satuan, issue 11): Rp per m² by treatment and pavement.

Shows the scenario's price table (the built-in indicative defaults with the city's prices
merged in, :meth:`mataram_gis.scenario.Scenario.price_table`), editable; loads a city price
file (CSV or XLSX, :func:`mataram_gis.io.prices.read_prices`) and saves one
(:func:`mataram_gis.io.prices.write_prices`); says whether the indicative defaults are in use.
On OK the Parameters panel puts the table and its source into the scenario, and the
controller re-ranks with the new costs.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from layers.formatting import format_number
from mataram_gis.errors import MataramError
from mataram_gis.outputs.ruas_texts import treatment_name
from mataram_gis.statuses import PERKERASAN
from mataram_gis.treatments import DEFAULT_PRICES_RP_M2, TREATMENTS, price_table
from ui.i18n import current_lang
from ui.messages import error_text
from ui.number_input import parse_number_text

logger = logging.getLogger(__name__)

#: ``price_source`` of prices typed in this dialog (no file).
EDITED_SOURCE = "harga satuan diisi di aplikasi"


def overrides_of(table: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """The cells of ``table`` that differ from the built-in defaults."""
    out: dict[str, dict[str, float]] = {}
    for t, row in table.items():
        for p, v in row.items():
            if DEFAULT_PRICES_RP_M2.get(t, {}).get(p) != float(v):
                out.setdefault(t, {})[p] = float(v)
    return out


class PricesDialog(QDialog):
    """Edit, load and save the unit-price table; :meth:`result_prices` after OK."""

    def __init__(
        self, prices: dict[str, dict[str, float]], source: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("prices_dialog")
        self.source = source
        self._filling = False
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(len(TREATMENTS), len(PERKERASAN), self)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._edited)
        self.unit = QLabel(self)
        self.load_button = QPushButton(self)
        self.load_button.clicked.connect(self._ask_load)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self._ask_save)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        files = QHBoxLayout()
        files.addWidget(self.load_button)
        files.addWidget(self.save_button)
        files.addStretch(1)
        files.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.unit)
        layout.addWidget(self.table, 1)
        layout.addLayout(files)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(720, 280)
        self.retranslate()
        self.set_prices(price_table(prices), source)

    # -- table <-> prices -----------------------------------------------------------------
    def set_prices(self, prices: dict[str, dict[str, float]], source: str) -> None:
        """Show a full price table and where it came from."""
        self._filling = True
        try:
            for i, t in enumerate(TREATMENTS):
                for j, p in enumerate(PERKERASAN):
                    value = prices.get(t, {}).get(p, DEFAULT_PRICES_RP_M2[t][p])
                    item = QTableWidgetItem(format_number(float(value), current_lang()))
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    self.table.setItem(i, j, item)
        finally:
            self._filling = False
        self.source = source
        self._show_note()
        self._mark()

    def _mark(self) -> None:
        """Cells still at the built-in indicative price in grey, the city's in black."""
        self._filling = True
        try:
            for i, t in enumerate(TREATMENTS):
                for j, p in enumerate(PERKERASAN):
                    item = self.table.item(i, j)
                    text = parse_number_text(item.text(), current_lang())
                    try:
                        default = float(text) == DEFAULT_PRICES_RP_M2[t][p]
                    except ValueError:
                        default = False
                    item.setForeground(QColor("#8c96a0" if default else "#000000"))
                    item.setToolTip(self.tr("built-in indicative price") if default else "")
        finally:
            self._filling = False

    def prices(self) -> dict[str, dict[str, float]]:
        """The full table as typed (raises :class:`MataramError` on a bad cell)."""
        from mataram_gis.errors import ScenarioError

        out: dict[str, dict[str, float]] = {}
        for i, t in enumerate(TREATMENTS):
            for j, p in enumerate(PERKERASAN):
                item = self.table.item(i, j)
                text = parse_number_text(item.text() if item else "", current_lang())
                try:
                    value = float(text)
                except ValueError:
                    value = -1.0
                if not value >= 0:
                    raise ScenarioError(
                        f"unit price {t} / {p} is not a price: {item.text() if item else ''!r}",
                        fix="type the price in Rp per m², e.g. 180.000",
                    )
                out.setdefault(t, {})[p] = value
        return out

    def result_prices(self) -> tuple[dict[str, dict[str, float]], str]:
        """(``unit_price_rp_m2`` overrides, ``price_source``) for the scenario."""
        table = self.prices()
        over = overrides_of(table)
        return over, (self.source if over else "")

    def reset(self) -> None:
        """Back to the built-in indicative prices."""
        self.set_prices(DEFAULT_PRICES_RP_M2, "")

    def _edited(self, _item: QTableWidgetItem) -> None:
        if self._filling:
            return
        try:
            over = overrides_of(self.prices())
        except MataramError as exc:
            self.error.setText(error_text(exc.message))
            return
        self.error.setText("")
        self.source = "" if not over else EDITED_SOURCE
        self._show_note()
        self._mark()

    # -- files --------------------------------------------------------------------------
    def load_file(self, path: str | Path) -> bool:
        """Read a city price file into the table (cells it leaves out keep the defaults)."""
        from mataram_gis.io.prices import read_prices

        try:
            given = read_prices(path)
        except MataramError as exc:
            self.error.setText(error_text(exc.message))
            return False
        self.error.setText("")
        self.set_prices(price_table(given), Path(path).name)
        return True

    def save_file(self, path: str | Path) -> bool:
        """Write the table as a price file (wide shape, CSV or XLSX)."""
        from mataram_gis.io.prices import write_prices

        try:
            write_prices(self.prices(), path)
        except MataramError as exc:
            self.error.setText(error_text(exc.message))
            return False
        except OSError as exc:  # the system's words are English: the log keeps them
            logger.warning("price table not written to %s: %s", path, exc)
            self.error.setText(self.tr(
                "The file could not be written: %1. Check that the folder exists and that you "
                "may write in it."
            ).replace("%1", str(path)))  # fmt: skip
            return False
        self.error.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return True

    def _ask_load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load unit prices"), "", self.tr("Price table (*.csv *.xlsx)")
        )
        if path:
            self.load_file(path)

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save unit prices"), "harga_satuan.xlsx",
            self.tr("Price table (*.csv *.xlsx)"),
        )  # fmt: skip
        if path:
            if Path(path).suffix.lower() not in (".csv", ".xlsx"):
                path += ".xlsx"
            self.save_file(path)

    # -- texts --------------------------------------------------------------------------
    def _show_note(self) -> None:
        if not self.source:
            text = self.tr(
                "<b>Built-in indicative prices</b> in use (not the city's HSPK): orders of "
                "magnitude from the structure of the AHSP (Permen PUPR 1/2022). Load the "
                "city's price table or type its prices; every output says which prices it used."
            )
        else:
            text = self.tr("Unit prices from: <b>%1</b>").replace("%1", self.source)
        self.note.setText(text)

    def retranslate(self) -> None:
        """Re-set every visible text."""
        lang = current_lang()
        self.setWindowTitle(self.tr("Unit prices"))
        self.unit.setText(self.tr("Rp per m² by treatment and pavement; cost = price × width × "
                                  "length"))  # fmt: skip
        names = {"aspal": self.tr("asphalt"), "beton": self.tr("concrete"),
                 "paving": self.tr("paving blocks"), "kerikil": self.tr("gravel"),
                 "tanah": self.tr("earth")}  # fmt: skip
        self.table.setHorizontalHeaderLabels([names[p] for p in PERKERASAN])
        self.table.setVerticalHeaderLabels([treatment_name(t, lang) for t in TREATMENTS])
        self.load_button.setText(self.tr("Load price file…"))
        self.save_button.setText(self.tr("Save price file…"))
        self.reset_button.setText(self.tr("Indicative defaults"))
        self._show_note()

# ruff: noqa: N802, B008 - Qt API names (camelCase overrides), QModelIndex() defaults
"""The import dialog: preview an input file, check its role, column mapping and CRS.

It shows the first rows (personal columns already dropped), the detected role (roads,
industrial centres, households), one editable combo box per file column (column -> field)
and the detected CRS as an editable EPSG code, then hands back an :class:`ImportRequest`
for the readers (``column_map=``, ``crs=``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from layers.formatting import format_number
from mataram_gis.errors import MataramError
from mataram_gis.inputs import InputRequest
from ui.i18n import current_lang
from ui.messages import error_text
from ui.settings import add_recent

if TYPE_CHECKING:
    import pandas as pd

    from mataram_gis.io.preview import TablePreview

logger = logging.getLogger(__name__)

ROLES = ("roads", "centres", "households")


#: The import dialog's result: one file to read, with the user's corrections.
ImportRequest = InputRequest


def cell_text(value: object) -> str:
    """A preview cell: empty for missing values (never "nan"), numbers in the UI's style."""
    import math

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if str(value) in ("nan", "NaN", "<NA>", "NaT", "None"):
        return ""
    if isinstance(value, float):
        text = f"{value:.10g}"
        return text.replace(".", ",") if current_lang() == "id" else text
    return str(value)


class FrameModel(QAbstractTableModel):
    """A read-only table model over a small pandas DataFrame."""

    def __init__(self, frame: pd.DataFrame, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = frame

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.frame.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return cell_text(self.frame.iat[index.row(), index.column()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(self.frame.columns[section])
        return str(section + 1)


class ImportDialog(QDialog):
    """Preview a file and let the user fix its role, column mapping and CRS before loading."""

    def __init__(self, preview: TablePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.preview = preview
        self.combos: dict[str, QComboBox] = {}
        self.role = QComboBox(self)
        self.role.setObjectName("import_role")
        for key in ROLES:
            self.role.addItem(self._role_label(key), key)
        self.role.setCurrentIndex(ROLES.index(preview.role))
        self.role.currentIndexChanged.connect(self._role_changed)
        self.epsg = QLineEdit(self)
        self.epsg.setObjectName("import_epsg")
        self.epsg.setValidator(QIntValidator(1024, 999_999, self))
        self.epsg.setPlaceholderText("32750")
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("import_preview")
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setObjectName("import_mapping")
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the field names ("producers (household weight)") need more room than column names
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.mapping.setColumnWidth(0, 150)
        for view in (self.table, self.mapping):
            view.verticalHeader().setDefaultSectionSize(24)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.accepted.connect(lambda: add_recent("data", self.preview.path))
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("File holds"), self.role)
        crs_row = QHBoxLayout()
        crs_row.addWidget(QLabel("EPSG:", self))
        crs_row.addWidget(self.epsg, 1)
        form.addRow(self.tr("Coordinate system"), crs_row)
        preview_box = QGroupBox(self.tr("First rows"), self)
        QVBoxLayout(preview_box).addWidget(self.table)
        mapping_box = QGroupBox(self.tr("Columns"), self)
        QVBoxLayout(mapping_box).addWidget(self.mapping)
        lower = QHBoxLayout()
        lower.addLayout(form, 1)
        lower.addWidget(mapping_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(preview_box, 1)
        layout.addLayout(lower, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Import %1").replace("%1", preview.path.name))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Load"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.resize(860, 620)
        self._show(preview)

    def _role_label(self, role: str) -> str:
        return {
            "roads": self.tr("Roads"),
            "centres": self.tr("Industrial centres"),
            "households": self.tr("Poor households"),
        }[role]

    def _field_labels(self) -> dict[str, str]:
        """The fields a column can hold, in words (the field name in brackets)."""
        words = {
            "name": self.tr("name"),
            "condition": self.tr("condition (kondisi)"),
            "iri": self.tr("IRI (roughness)"),
            "smoothness": self.tr("smoothness (OSM)"),
            "surface": self.tr("surface (perkerasan)"),
            "authority": self.tr("authority (status)"),
            "width_m": self.tr("width (m)"),
            "highway": self.tr("road class (OSM highway)"),
            "oneway": self.tr("one-way"),
            "maxspeed_kmh": self.tr("speed limit (km/h)"),
            "access": self.tr("access"),
            "layer": self.tr("level (layer)"),
            "bridge": self.tr("bridge"),
            "tunnel": self.tr("tunnel"),
            "synthetic": self.tr("synthetic data flag"),
            "centre_id": self.tr("centre id"),
            "sector": self.tr("sector"),
            "lon": self.tr("longitude (bujur)"),
            "lat": self.tr("latitude (lintang)"),
            "x": self.tr("x (easting)"),
            "y": self.tr("y (northing)"),
            "crs": self.tr("coordinate system (CRS)"),
            "weight": self.tr("producers (household weight)"),
            "category": self.tr("poverty group (desil)"),
            "centre": self.tr("assigned centre"),
            "id": self.tr("household id"),
        }
        return words

    # -- filling --------------------------------------------------------------------------
    def _show(self, preview: TablePreview) -> None:
        from mataram_gis.io.preview import role_fields

        self.preview = preview
        self.table.setModel(FrameModel(preview.table, self.table))
        osm = preview.geometry == "osm"
        parts = [preview.path.name]
        self.info.setToolTip(str(preview.path))
        if preview.n_rows is not None:
            rows = format_number(preview.n_rows, current_lang())
            parts.append(self.tr("%1 rows").replace("%1", rows))
        if osm:
            parts.append(self.tr("OpenStreetMap data: columns are mapped automatically."))
        if preview.dropped:
            parts.append(
                self.tr("Personal columns left out: %1").replace("%1", ", ".join(preview.dropped))
            )
        self.info.setText(" — ".join(parts))
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Field")])
        columns = list(preview.table.columns)
        self.mapping.setRowCount(len(columns))
        self.combos = {}
        fields = role_fields(preview.role)
        for row, column in enumerate(columns):
            self.mapping.setCellWidget(row, 0, QLabel(str(column), self.mapping))
            combo = QComboBox(self.mapping)
            combo.addItem(self.tr("(not used)"), None)
            names = self._field_labels()
            for name in fields:
                combo.addItem(names.get(name, name), name)
            detected = preview.mapping.get(column)
            combo.setCurrentIndex(combo.findData(detected) if detected else 0)
            self.mapping.setCellWidget(row, 1, combo)
            self.combos[str(column)] = combo
        crs = preview.crs or ""
        self.epsg.setText(crs.removeprefix("EPSG:") if crs.startswith("EPSG:") else "")
        editable = not (preview.crs_in_file or osm)
        self.epsg.setEnabled(editable)
        self.epsg.setToolTip(
            self.tr("Stored in the file")
            if not editable
            else self.tr("EPSG code of the coordinates: 4326 for lon/lat, 32750 for UTM 50S")
        )

    def _role_changed(self) -> None:
        from mataram_gis.io.preview import preview_table

        role = self.role.currentData()
        try:
            preview = preview_table(self.preview.path, role=role)
        except MataramError as exc:
            QMessageBox.warning(self, self.tr("Mataram GIS"), error_text(exc.message))
            return
        self._show(preview)

    # -- result ---------------------------------------------------------------------------
    def column_map(self) -> dict[str, str | None]:
        """``{column: field}`` as chosen; None where a detected column was switched off."""
        chosen: dict[str, str | None] = {}
        for column, combo in self.combos.items():
            value = combo.currentData()
            if value:
                chosen[column] = value
            elif self.preview.mapping.get(column):
                chosen[column] = None
        return chosen

    def set_field(self, column: str, field_name: str | None) -> None:
        """Map ``column`` to ``field_name`` (None: not used), as the user would."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field_name) if field_name else 0)

    def request(self) -> ImportRequest:
        """What to read, with the user's corrections."""
        code = self.epsg.text().strip()
        crs = f"EPSG:{code}" if code and self.epsg.isEnabled() else None
        osm = self.preview.geometry == "osm"
        return ImportRequest(
            path=self.preview.path,
            role=self.role.currentData(),
            column_map={} if osm else self.column_map(),
            crs=crs,
        )

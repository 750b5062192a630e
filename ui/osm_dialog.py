"""Download roads from OpenStreetMap: a place name or a bounding box (west, south, east, north)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

DEFAULT_PLACE = "Kota Mataram, Nusa Tenggara Barat, Indonesia"
#: Kota Mataram's extent in degrees: west, south, east, north.
DEFAULT_BBOX = (116.04, -8.64, 116.17, -8.54)


class OsmDialog(QDialog):
    """Ask for a place name or a bounding box; :meth:`query` gives ``download_osm`` kwargs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("osm_dialog")
        self.setWindowTitle(self.tr("Download roads from OpenStreetMap"))
        self.by_place = QRadioButton(self.tr("Place name"), self)
        self.by_bbox = QRadioButton(self.tr("Bounding box (degrees)"), self)
        self.by_place.setChecked(True)
        self.place = QLineEdit(DEFAULT_PLACE, self)
        self.place.setMinimumWidth(  # the whole default place name shows
            self.place.fontMetrics().horizontalAdvance(DEFAULT_PLACE) + 24
        )
        self.bbox: list[QDoubleSpinBox] = []
        form = QFormLayout()
        form.addRow(self.by_place)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.by_bbox)
        labels = (self.tr("West"), self.tr("South"), self.tr("East"), self.tr("North"))
        for label, value, limit in zip(labels, DEFAULT_BBOX, (180, 90, 180, 90), strict=True):
            box = QDoubleSpinBox(self)
            box.setDecimals(5)
            box.setRange(-limit, limit)
            box.setValue(value)
            self.bbox.append(box)
            form.addRow(label, box)
        note = QLabel(
            self.tr(
                "Needs an internet connection. Offline, open a .osm or .osm.pbf file instead "
                "(e.g. an Indonesia extract from download.geofabrik.de)."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.by_place.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        place = self.by_place.isChecked()
        self.place.setEnabled(place)
        for box in self.bbox:
            box.setEnabled(not place)

    def query(self) -> dict[str, object]:
        """``{"place": ...}`` or ``{"bbox": (west, south, east, north)}``."""
        if self.by_place.isChecked():
            return {"place": self.place.text().strip()}
        return {"bbox": tuple(box.value() for box in self.bbox)}

# ruff: noqa: N802 - Qt API names (camelCase overrides)
"""The ranking table's model: ranked segments, their columns, formatted cells.

:class:`SegmentTableModel` holds one row per ranked segment (rank order) and the columns of
:data:`COLUMNS`; the vulnerability columns (:data:`EXTRA`) stay empty until
:meth:`SegmentTableModel.set_extra` fills them. The view, filter and selection sync are in
:mod:`ui.ranking_table`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from layers.formatting import format_number, format_rupiah
from layers.styles import label
from ui.i18n import current_lang

if TYPE_CHECKING:
    import pandas as pd
    from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)

SORT_ROLE = Qt.ItemDataRole.UserRole
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1
# (key, column of Analysis.segments)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("rank", "rank"),
    ("name", "name"),
    ("benefit", "benefit"),
    ("status", "authority"),  # status jalan: nasional / provinsi / kota
    ("condition", "condition"),
    ("length", "length_m"),
    ("households", "households_benefiting"),
    ("minutes", "mean_minutes_saved"),
    ("cost", "upgrade_cost"),
    ("bpc", "benefit_per_cost"),
    ("criticality", "criticality"),  # computed on demand (EXTRA, issue 14)
    ("stranded", "households_stranded"),
    ("flood", "flood_exposed"),
)
NUMERIC = {"rank", "length", "benefit", "households", "minutes", "cost", "bpc", "criticality",
           "stranded"}  # fmt: skip
#: Vulnerability columns: filled by :meth:`SegmentTableModel.set_extra` when first shown.
EXTRA: tuple[str, ...] = ("criticality", "stranded", "flood")
#: Shown until the user picks columns (right-click on the header).
DEFAULT_COLUMNS: tuple[str, ...] = ("rank", "name", "benefit", "status", "condition")


def authority_label(value: str, lang: str) -> str:
    """Road authority (status jalan) in the interface language."""
    if value in ("", "nan", "None"):
        return "–"
    if lang == "id":
        return value
    words = {"nasional": "national", "provinsi": "provincial", "kota": "city", "desa": "village"}
    return words.get(value, value)


def condition_label(value: str, lang: str) -> str:
    """Condition in the interface language; "Tidak diketahui" / "Unknown" where unknown
    (capitalised like the class labels: "Rusak berat")."""
    from mataram_gis.condition_unknown import UNKNOWN
    from mataram_gis.outputs.ruas_texts import rt

    if value == UNKNOWN:
        return rt("cond_unknown", lang).capitalize()
    return label(value, lang)


class SegmentTableModel(QAbstractTableModel):
    """Ranked candidate segments of an analysis (one row per segment, rank order)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = None
        self.values: dict[str, np.ndarray] = {}
        self.segment_ids = np.zeros(0, np.int64)
        self.row_of: dict[int, int] = {}
        self._base: dict[str, np.ndarray] = {}  # the columns in rank order
        self._base_ids = np.zeros(0, np.int64)
        self._rows = np.zeros(0, np.int64)  # shown row -> rank-ordered row
        self.sort_key: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def headers(self) -> list[str]:
        """Column titles in the current language."""

        return [
            self.tr("Rank"),
            self.tr("Road segment"),
            self.tr("Benefit"),
            self.tr("Status"),
            self.tr("Condition"),
            self.tr("Length (m)"),
            self.tr("Households"),
            self.tr("Minutes saved"),
            self.tr("Cost"),
            self.tr("Benefit per Rp 1 billion"),
            self.tr("Criticality"),
            self.tr("Households cut off"),
            self.tr("Flood-prone"),
        ]

    def set_segments(self, segments: pd.DataFrame | None) -> None:
        """Show the ranked rows of an analysis' segments table (None: empty)."""
        self.beginResetModel()
        if segments is None or not len(segments):
            self.frame = None
            self.values = {key: np.zeros(0) for key, _ in COLUMNS}
            self.segment_ids = np.zeros(0, np.int64)
            self.row_of = {}
            self._base, self._base_ids = self.values, self.segment_ids
            self._rows = np.zeros(0, np.int64)
            self.endResetModel()
            return
        frame = segments.loc[segments["rank"].notna()].sort_values("rank")
        self.frame = frame.reset_index(drop=True)
        self.values = {}
        for key, col in COLUMNS:
            if key == "status" and "status" in self.frame:
                col = "status"  # the road inventory's own column, where present
            if col not in self.frame:
                fill = np.nan if key in EXTRA else ""
                self.values[key] = np.full(len(self.frame), fill, dtype=object)
                continue
            series = self.frame[col]
            if key == "condition":  # a stood-in class is not a survey result
                from mataram_gis.condition_unknown import UNKNOWN, unknown_mask

                cond = series.astype(str).to_numpy(object)
                cond[unknown_mask(self.frame)] = UNKNOWN
                self.values[key] = cond
            elif key == "rank":
                self.values[key] = series.astype("float64").to_numpy()
            elif key == "bpc":
                self.values[key] = series.astype(float).to_numpy() * 1e9
            elif key in NUMERIC or key == "flood":
                self.values[key] = series.astype(float).to_numpy()
            else:
                self.values[key] = series.astype(str).to_numpy()
        self._base = self.values
        self._base_ids = self.frame["segment_id"].to_numpy(np.int64)
        self._arrange(self._order())
        self.endResetModel()

    def _order(self) -> np.ndarray:
        """Rows of the rank-ordered columns in the order of :attr:`sort_key`, as Qt's sorting
        proxy orders them: ascending keeps ties in rank order, descending is its reverse."""
        column, order = self.sort_key
        n = len(self._base_ids)
        if not 0 <= column < len(COLUMNS) or not n:
            return np.arange(n)
        key = COLUMNS[column][0]
        raw = self._base[key]
        if key in NUMERIC or key == "flood":  # as SORT_ROLE: a missing number sorts as -1
            keys = raw.astype(float)
            keys = np.where(np.isfinite(keys), keys, -1.0)
        else:
            keys = raw.astype(str)
        rows = np.argsort(keys, kind="stable")
        return rows[::-1].copy() if order == Qt.SortOrder.DescendingOrder else rows

    def _arrange(self, rows: np.ndarray) -> None:
        """Show the rank-ordered rows ``rows`` in this order."""
        self.values = {key: v[rows] for key, v in self._base.items()}
        self.segment_ids = self._base_ids[rows]
        self._rows = rows
        self.row_of = dict(zip(self.segment_ids.tolist(), range(len(rows)), strict=True))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` in numpy (a sorting proxy asks Python for each cell of
        every comparison: over a second for 15,000 rows, issue 15); selections follow."""
        self.sort_key = (column, order)
        if not len(self._base_ids):
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = self.segment_ids
        self._arrange(self._order())
        old = self.persistentIndexList()
        new = [
            self.index(self.row_of[int(old_ids[i.row()])], i.column())
            if 0 <= i.row() < len(old_ids)
            else QModelIndex()
            for i in old
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def has_extra(self) -> bool:
        """True when the vulnerability columns hold values (not all missing)."""
        v = self.values.get("criticality")
        return v is not None and len(v) > 0 and bool(np.isfinite(v.astype(float)).any())

    def set_extra(self, frame: pd.DataFrame) -> None:
        """Vulnerability values by ``segment_id`` (``criticality``, ``households_stranded``,
        ``flood_exposed``) for the rows shown."""
        if not len(self.segment_ids):
            return
        table = frame.set_index("segment_id")
        for key, col in COLUMNS:
            if key not in EXTRA:
                continue
            if col in table:
                v = table[col].reindex(self._base_ids).astype(float).to_numpy()
            else:
                v = np.full(len(self._base_ids), np.nan)
            self._base[key] = v
        for key in EXTRA:
            self.values[key] = self._base[key][self._rows]
        column = self.sort_key[0]
        if 0 <= column < len(COLUMNS) and COLUMNS[column][0] in EXTRA:  # sorted by it
            self.sort(*self.sort_key)
        first = [i for i, (k, _) in enumerate(COLUMNS) if k in EXTRA]
        self.dataChanged.emit(self.index(0, first[0]),
                              self.index(len(self.segment_ids) - 1, first[-1]))  # fmt: skip

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.segment_ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {2: self.tr("Benefit (hh-hours/yr)"), 3: self.tr("Road authority")}
            return tips.get(section, self.headers()[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        key = COLUMNS[index.column()][0]
        value = self.values[key][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(key, value)
        if role == SORT_ROLE:
            if key in NUMERIC or key == "flood":
                return float(value) if np.isfinite(float(value)) else -1.0
            return str(value)
        if role == SEGMENT_ROLE:
            return int(self.segment_ids[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "cost":
            return format_rupiah(float(value), current_lang(), short=False)
        return None

    @staticmethod
    def display(key: str, value: object) -> str:
        """Formatted cell text in the current language."""
        lang = current_lang()
        if key == "rank":
            return format_number(float(value), lang, 0)
        if key == "name":
            return str(value) or "–"
        if key == "condition":
            return condition_label(str(value), lang)
        if key == "status":
            return authority_label(str(value), lang)
        if key == "cost":
            return format_rupiah(float(value), lang)
        if key in EXTRA and not np.isfinite(float(value)):
            return "…" if key != "flood" else "–"  # not computed yet / no hazard layer
        if key == "flood":
            return {"id": "ya", "en": "yes"}.get(lang, "yes") if float(value) else ""
        decimals = {"length": 0, "benefit": 1, "households": 0, "minutes": 2, "bpc": 1,
                    "criticality": 1, "stranded": 0}[key]  # fmt: skip
        return format_number(float(value), lang, decimals)

    def retranslate(self) -> None:
        """Refresh headers and cells after a language change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if len(self.segment_ids):
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.segment_ids) - 1, len(COLUMNS) - 1)
            )

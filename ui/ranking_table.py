# ruff: noqa: N802, N815 - Qt API names (camelCase overrides and signals)
"""The ranking table: segments by rank, sortable and filterable, in sync with the map."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from layers.formatting import format_number, format_rupiah
from layers.styles import label
from ui.i18n import current_lang
from ui.settings import ranking_columns, save_ranking_columns

if TYPE_CHECKING:
    import pandas as pd

    from layers.selection import SelectionModel

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


class SegmentTableModel(QAbstractTableModel):
    """Ranked candidate segments of an analysis (one row per segment, rank order)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = None
        self.values: dict[str, np.ndarray] = {}
        self.segment_ids = np.zeros(0, np.int64)
        self.row_of: dict[int, int] = {}

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
            if key == "rank":
                self.values[key] = series.astype("float64").to_numpy()
            elif key == "bpc":
                self.values[key] = series.astype(float).to_numpy() * 1e9
            elif key in NUMERIC or key == "flood":
                self.values[key] = series.astype(float).to_numpy()
            else:
                self.values[key] = series.astype(str).to_numpy()
        self.segment_ids = self.frame["segment_id"].to_numpy(np.int64)
        self.row_of = {int(s): i for i, s in enumerate(self.segment_ids)}
        self.endResetModel()

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
                v = table[col].reindex(self.segment_ids).astype(float).to_numpy()
            else:
                v = np.full(len(self.segment_ids), np.nan)
            self.values[key] = v
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
            return label(str(value), lang)
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


class RankingPanel(QWidget):
    """Filter box + table view; selection follows the shared :class:`SelectionModel`.

    ``zoomRequested`` is emitted when the user selects rows (the map zooms to them).
    """

    zoomRequested = Signal()
    extraRequested = Signal()  # a vulnerability column is shown without values: compute them

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.model = SegmentTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.count = QLabel(self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.shown_columns(ranking_columns(list(DEFAULT_COLUMNS)))
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self._syncing = False
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.filter.textChanged.connect(self._update_count)
        selection.events.connect("changed", self._on_selection)
        self.retranslate()

    def set_analysis_segments(self, segments: pd.DataFrame | None) -> None:
        """Show a new ranking, keeping the current selection where possible."""
        self._syncing = True
        try:
            self.model.set_segments(segments)
        finally:
            self._syncing = False
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(0, min(self.view.columnWidth(0), 72))  # header may elide
        self.view.setColumnWidth(1, min(self.view.columnWidth(1), 160))
        self._on_selection(self.selection.selected, None)
        self._update_count()
        self.request_extra()

    def shown_columns(self, keys: list[str] | None = None) -> list[str]:
        """Show only the columns ``keys`` (rank and name always); return the shown keys."""
        if keys is not None:
            keep = set(keys) | {"rank", "name"}
            for i, (key, _) in enumerate(COLUMNS):
                self.view.setColumnHidden(i, key not in keep)
        return [k for i, (k, _) in enumerate(COLUMNS) if not self.view.isColumnHidden(i)]

    def _column_menu(self, pos: object) -> None:
        """Right-click on the header: tick the columns to show (remembered)."""
        menu = QMenu(self)
        headers = self.model.headers()
        for i, (key, _) in enumerate(COLUMNS):
            action = menu.addAction(headers[i])
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(i))
            action.setEnabled(key not in ("rank", "name"))
            action.toggled.connect(lambda on, c=i: self._toggle_column(c, on))
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def _toggle_column(self, column: int, on: bool) -> None:
        self.view.setColumnHidden(column, not on)
        if on:
            self.view.resizeColumnToContents(column)
        save_ranking_columns(self.shown_columns())
        self.request_extra()

    def request_extra(self) -> None:
        """Ask for the vulnerability values when a column of them shows without any."""
        shown = set(self.shown_columns())
        if shown & set(EXTRA) and self.model.rowCount() and not self.model.has_extra():
            self.extraRequested.emit()

    def set_extra(self, frame: pd.DataFrame) -> None:
        """Fill the vulnerability columns (a worker's result)."""
        self.model.set_extra(frame)
        for i, (key, _) in enumerate(COLUMNS):
            if key in EXTRA and not self.view.isColumnHidden(i):
                self.view.resizeColumnToContents(i)

    def row_of_segment(self, segment_id: int) -> int:
        """View row showing ``segment_id`` (-1 when filtered out or not ranked)."""
        row = self.model.row_of.get(int(segment_id))
        if row is None:
            return -1
        return self.proxy.mapFromSource(self.model.index(row, 0)).row()

    def selected_segments(self) -> list[int]:
        """Segment ids of the selected rows."""
        rows = self.view.selectionModel().selectedRows()
        return [int(self.proxy.data(i, SEGMENT_ROLE)) for i in rows]

    def _on_view_selection(self, *args: object) -> None:
        if self._syncing:
            return
        ids = self.selected_segments()
        self.selection.select(ids, source="table")
        if ids:
            self.zoomRequested.emit()

    def _on_selection(self, selected: tuple[int, ...], source: str | None) -> None:
        if source == "table":
            return
        self._syncing = True
        try:
            sel = QItemSelection()
            for sid in selected:
                row = self.row_of_segment(sid)
                if row >= 0:
                    left = self.proxy.index(row, 0)
                    right = self.proxy.index(row, len(COLUMNS) - 1)
                    sel.select(left, right)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.view.selectionModel().select(sel, flags)
            if selected:
                row = self.row_of_segment(selected[0])
                if row >= 0:
                    self.view.scrollTo(
                        self.proxy.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter
                    )
        finally:
            self._syncing = False

    def _update_count(self, *args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("%1 of %2 ranked")
            .replace("%1", format_number(shown, current_lang()))
            .replace("%2", format_number(total, current_lang()))
        )

    def retranslate(self) -> None:
        """Re-set every visible text."""
        self.filter.setPlaceholderText(self.tr("Filter by name, condition, rank…"))
        self.view.horizontalHeader().setToolTip(self.tr("Right-click to choose the columns"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

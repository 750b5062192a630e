# ruff: noqa: N802, N815 - Qt API names (camelCase overrides and signals)
"""The ranking table: segments by rank, sortable and filterable, in sync with the map.

The model (columns, cell formats) is :mod:`ui.segment_model`; this module is the panel: the
filter box, the view, the column chooser (right-click on the header) and the selection sync.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
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

from layers.formatting import format_number
from ui.i18n import current_lang
from ui.segment_model import (
    COLUMNS,
    DEFAULT_COLUMNS,
    EXTRA,
    SEGMENT_ROLE,
    SORT_ROLE,
    SegmentTableModel,
)
from ui.settings import ranking_columns, save_ranking_columns

#: Road-name column width bounds (px); longer names elide.
NAME_MIN_WIDTH = 110
NAME_MAX_WIDTH = 160

if TYPE_CHECKING:
    import pandas as pd

    from layers.selection import SelectionModel

logger = logging.getLogger(__name__)


class RankProxy(QSortFilterProxyModel):
    """Filters the ranking; sorting is the source model's own (numpy, see
    :meth:`SegmentTableModel.sort`), so this proxy keeps the source's row order."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


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
        self.proxy = RankProxy(self)
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
        self._fit_columns()
        self._on_selection(self.selection.selected, None)
        self._update_count()
        self.request_extra()

    def _fit_columns(self) -> None:
        """Size the columns to their contents and headers, then narrow the road name so the
        shown columns fit the dock (no column behind the scroll bar at 1366x768)."""
        header = self.view.horizontalHeader()
        # The ranking is sorted by rank: the first rows hold the widest numbers; measuring
        # 15,000 rows cost over a second at the first start (issue 15).
        header.setResizeContentsPrecision(200)
        self.view.resizeColumnsToContents()
        for column in range(self.proxy.columnCount()):  # header text and sort arrow, unelided
            if not self.view.isColumnHidden(column):
                wanted = max(self.view.columnWidth(column), header.sectionSizeHint(column))
                self.view.setColumnWidth(column, wanted)
        spare = self.view.viewport().width() - sum(
            self.view.columnWidth(c)
            for c in range(self.proxy.columnCount())
            if not self.view.isColumnHidden(c)
        )
        name_width = min(self.view.columnWidth(1), NAME_MAX_WIDTH)
        if self.view.isVisible():  # a hidden view has no real width yet
            name_width = max(NAME_MIN_WIDTH, min(name_width, name_width + spare))
        self.view.setColumnWidth(1, name_width)

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

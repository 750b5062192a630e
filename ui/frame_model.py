# ruff: noqa: N802 - Qt API names (camelCase overrides)
"""A read-only table model over a pandas DataFrame, with per-column formatters.

Used by the portfolio, corridors and scenario-comparison panels: each column is a
:class:`Column` (header text, DataFrame column, formatter). ``Qt.UserRole`` gives the raw
value, so a ``QSortFilterProxyModel`` with ``sortRole = UserRole`` sorts numerically.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from layers.formatting import format_number, format_rupiah
from ui.i18n import current_lang

RAW_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A table column: header, source column, formatter of one value (None: ``str``)."""

    header: str
    key: str
    fmt: Callable[[Any], str] | None = None
    numeric: bool = True


def fmt_int(x: Any) -> str:
    """An integer with the language's thousands separator ("–" for missing)."""
    return format_number(_num(x), current_lang(), 0)


def fmt_dec(decimals: int) -> Callable[[Any], str]:
    """A formatter with ``decimals`` decimals."""
    return lambda x: format_number(_num(x), current_lang(), decimals)


def fmt_rp(x: Any) -> str:
    """Short rupiah (``Rp 1,2 miliar``)."""
    return format_rupiah(_num(x), current_lang())


def fmt_pct(x: Any) -> str:
    """A signed percentage."""
    v = _num(x)
    return "–" if v is None else f"{'+' if v > 0 else ''}{format_number(v, current_lang(), 1)} %"


def _num(x: Any) -> float | None:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


class FrameModel(QAbstractTableModel):
    """Rows of a DataFrame shown through :class:`Column` definitions."""

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.frame = pd.DataFrame()

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        """Show ``frame`` (None: empty)."""
        self.beginResetModel()
        self.frame = pd.DataFrame() if frame is None else frame.reset_index(drop=True)
        self.endResetModel()

    def set_columns(self, columns: list[Column]) -> None:
        """New column definitions (e.g. translated headers)."""
        self.beginResetModel()
        self.columns = columns
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.frame)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def value(self, row: int, key: str) -> Any:
        """The raw value of ``key`` in ``row`` (None when absent or missing)."""
        if key not in self.frame:
            return None
        v = self.frame[key].iat[row]
        return None if v is pd.NA or (isinstance(v, float) and math.isnan(v)) else v

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        v = self.value(index.row(), col.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if v is None:
                return "–" if col.numeric else ""
            return col.fmt(v) if col.fmt else str(v)
        if role == RAW_ROLE:
            if v is None:
                return float("-inf") if col.numeric else ""
            return float(v) if col.numeric else str(v)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None


def make_table(model: QAbstractTableModel, parent: QWidget | None = None) -> QTableView:
    """A compact read-only table view selecting whole rows."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view

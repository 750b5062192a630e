# ruff: noqa: N802 - Qt API names (camelCase overrides and signals)
"""Identify: a clicked segment's attributes and why it ranks where it does."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from layers.formatting import format_number, format_rupiah
from mataram_gis.outputs.texts import highway_name
from ui.i18n import current_lang

if TYPE_CHECKING:
    import pandas as pd

    from mataram_gis.explain import Explanation

logger = logging.getLogger(__name__)


class IdentifyPanel(QWidget):
    """Attributes of one segment, a plain-language summary and a centre x desil table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation: Explanation | None = None
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setVerticalSpacing(2)
        self.fields: dict[str, QLabel] = {}
        for key in ("rank", "class", "condition", "length", "benefit", "households",
                    "minutes", "cost", "bpc"):  # fmt: skip
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.form.addRow(QLabel(self), value)
        self.table = QTableWidget(0, 6, self)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # long names elide
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(20)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table, 1)
        self.retranslate()

    # -- content --------------------------------------------------------------------------
    def clear(self) -> None:
        """Show the hint instead of a segment."""
        self.explanation = None
        self.retranslate()

    def show_explanation(self, explanation: Explanation, centre_names: dict[str, str]) -> None:
        """Fill the panel from :func:`mataram_gis.explain.explain_segment`."""
        self.explanation = explanation
        self._centre_names = centre_names
        self.retranslate()

    def show_corridor(self, corridor: dict) -> None:
        """A whole road (corridor / ruas) picked in its table, with its own exact figures."""
        self.explanation = None
        self.retranslate()
        lang = current_lang()
        name = str(corridor.get("name") or "") or self.tr("(unnamed)")
        rank = fmt(corridor.get("rank"), lang)
        self.title.setText(self.tr("Corridor %1: %2").replace("%1", rank).replace("%2", name))
        bpc = corridor.get("benefit_per_cost")
        rows = [
            (self.tr("Rank"), fmt(corridor.get("rank"), lang)),
            (self.tr("Segments"), fmt(corridor.get("segments"), lang)),
            (self.tr("Length"), f"{fmt(corridor.get('length_m'), lang)} m"),
            (self.tr("Benefit (hh-hours/yr)"), fmt(corridor.get("benefit"), lang, 1)),
            (self.tr("Households benefiting"),
             fmt(corridor.get("households_benefiting"), lang)),
            (self.tr("Upgrade cost"), format_rupiah(_float(corridor.get("cost")), lang)),
            (self.tr("Benefit per Rp 1 billion"),
             fmt(None if bpc is None else float(bpc) * 1e9, lang, 1)),
        ]  # fmt: skip
        cells = "".join(f"<tr><td>{k}:</td><td align='right'>&nbsp;{v}</td></tr>" for k, v in rows)
        note = self.tr(
            "Exact benefit of upgrading all the road's candidate segments together (not the "
            "sum of their single benefits). Select one segment on the map for its details."
        )
        self.summary.setText(f"<table>{cells}</table><p>{note}</p>")

    def show_ruas(self, ruas: dict) -> None:
        """A ruas (road section of the SK list) picked in its table, with its own figures."""
        from mataram_gis.outputs.ruas_texts import fungsi_name, status_name, treatment_name

        self.explanation = None
        self.retranslate()
        lang = current_lang()
        name = str(ruas.get("nama_ruas") or "") or self.tr("(unnamed)")
        self.title.setText(
            self.tr("Ruas %1: %2").replace("%1", str(ruas.get("nomor_ruas"))).replace("%2", name)
        )
        bpc = ruas.get("benefit_per_cost")
        rows = [
            (self.tr("Rank"), fmt(ruas.get("rank"), lang)),
            (self.tr("Status"), status_name(ruas.get("status"), lang)),
            (self.tr("Function"), fungsi_name(ruas.get("fungsi"), lang)),
            (self.tr("Length"), f"{fmt(ruas.get('length_m'), lang)} m"),
            (self.tr("Segments"), fmt(ruas.get("segments"), lang)),
            (self.tr("Benefit (hh-hours/yr)"), fmt(ruas.get("benefit"), lang, 1)),
            (self.tr("Households benefiting"), fmt(ruas.get("households_benefiting"), lang)),
            (self.tr("Upgrade cost"), format_rupiah(_float(ruas.get("upgrade_cost")), lang)),
            (self.tr("Benefit per Rp 1 billion"),
             fmt(None if bpc is None else float(bpc) * 1e9, lang, 1)),
            (self.tr("Treatment"), treatment_name(ruas.get("treatment"), lang)),
        ]  # fmt: skip
        cells = "".join(f"<tr><td>{k}:</td><td align='right'>&nbsp;{v}</td></tr>" for k, v in rows)
        note = self.tr(
            "Exact benefit of treating all the ruas' candidate segments together (not the "
            "sum of their single benefits). Select one segment on the map for its details."
        )
        self.summary.setText(f"<table>{cells}</table><p>{note}</p>")

    def _fill(self) -> None:
        e = self.explanation
        assert e is not None
        lang = current_lang()
        seg = e.segment
        name = str(seg["name"]) or self.tr("(unnamed)")
        self.title.setText(
            self.tr("Segment %1: %2")
            .replace("%1", str(int(seg["segment_id"])))
            .replace("%2", name)
        )
        import pandas as pd

        rank = seg["rank"]
        values = {
            "rank": format_number(float(rank), lang) if pd.notna(rank) else self.tr("not ranked"),
            "class": highway_name(seg["highway"], lang),
            "condition": _condition(seg, lang),
            "length": f"{format_number(float(seg['length_m']), lang)} m",
            "benefit": format_number(float(seg["benefit"]), lang, 1),
            "households": format_number(float(seg["households_benefiting"]), lang),
            "minutes": format_number(float(seg["mean_minutes_saved"]), lang, 2),
            "cost": format_rupiah(float(seg["upgrade_cost"]), lang),
            "bpc": format_number(float(seg["benefit_per_cost"]) * 1e9, lang, 1),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        hh = e.households
        if len(hh) == 0:
            self.summary.setText(
                self.tr(
                    "No household's trip to a centre gets faster "
                    "if this segment alone is upgraded."
                )
            )
        else:
            main = hh.groupby("centre")["benefit"].sum().sort_values(ascending=False)
            centre = self._centre_names.get(str(main.index[0]), str(main.index[0]))
            text = self.tr(
                "Upgrading this segment alone shortens the trips of <b>%1 households</b> "
                "by <b>%2 minutes</b> on average, mostly to <b>%3</b>; %4 of them are in "
                "desil 1 (extreme poverty)."
            )
            text = (
                text.replace("%1", format_number(len(hh), lang))
                .replace("%2", format_number(hh["saved_s"].mean() / 60, lang, 2))
                .replace("%3", centre)
                .replace("%4", format_number(int((hh["category"] == 1).sum()), lang))
            )
            self.summary.setText(text)
        self._fill_table(hh, lang)

    def _fill_table(self, hh: pd.DataFrame, lang: str) -> None:
        from mataram_gis.scenario import CATEGORY_LABELS

        rows = []
        if len(hh):
            g = hh.groupby(["centre", "category"])
            grouped = (
                g.agg(
                    households=("household_id", "size"),
                    before=("before_s", "mean"),
                    after=("after_s", "mean"),
                    saved=("saved_s", "mean"),
                    benefit=("benefit", "sum"),
                )
                .reset_index()
                .sort_values(["centre", "category"])
            )
            for r in grouped.itertuples():
                rows.append((
                    self._centre_names.get(str(r.centre), str(r.centre)),
                    str(int(r.category)),
                    r.households, r.before / 60, r.after / 60, r.benefit,
                ))  # fmt: skip
            rows.append((
                self.tr("Total"), "", len(hh), hh["before_s"].mean() / 60,
                hh["after_s"].mean() / 60, hh["benefit"].sum(),
            ))  # fmt: skip
        self.table.setRowCount(len(rows))
        for i, (centre, cat, n, before, after, benefit) in enumerate(rows):
            cells = [
                centre, cat, format_number(float(n), lang),
                format_number(before, lang, 1), format_number(after, lang, 1),
                format_number(benefit, lang, 2),
            ]  # fmt: skip
            labels = CATEGORY_LABELS.get(lang, CATEGORY_LABELS["en"])
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 0:
                    item.setToolTip(text)
                elif j == 1 and text:
                    item.setToolTip(labels.get(int(text), text))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if j >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if i == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(i, j, item)

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-set every visible text."""
        names = {
            "rank": self.tr("Rank"),
            "class": self.tr("Road class"),
            "condition": self.tr("Condition"),
            "length": self.tr("Length"),
            "benefit": self.tr("Benefit (hh-hours/yr)"),
            "households": self.tr("Households benefiting"),
            "minutes": self.tr("Mean minutes saved"),
            "cost": self.tr("Upgrade cost"),
            "bpc": self.tr("Benefit per Rp 1 billion"),
        }
        for row, key in enumerate(names):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setText(names[key] + ":")
        self.table.setHorizontalHeaderLabels([
            self.tr("Centre"), self.tr("Desil"), self.tr("HH"),
            self.tr("Before"), self.tr("After"), self.tr("Benefit"),
        ])  # fmt: skip
        tips = [self.tr("Centre"), self.tr("Poverty group"), self.tr("Households"),
                self.tr("Before (min)"), self.tr("After (min)"), self.tr("Benefit")]  # fmt: skip
        for j, tip in enumerate(tips):
            header_item = self.table.horizontalHeaderItem(j)
            if header_item is not None:
                header_item.setToolTip(tip)
        has = self.explanation is not None
        for w in (*self.fields.values(), self.table):
            w.setVisible(has)
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setVisible(has)
        if has:
            self._fill()
        else:
            self.title.setText(self.tr("Identify"))
            self.summary.setText(
                self.tr(
                    "Click a road segment on the map or a row of the ranking "
                    "to see why it ranks where it does."
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _condition(seg: pd.Series, lang: str) -> str:
    """A segment's condition; "Tidak diketahui" / "Unknown" where a class was stood in."""
    from mataram_gis.condition_unknown import UNKNOWN, unknown_mask
    from ui.segment_model import condition_label

    unknown = unknown_mask(seg.to_frame().T)[0]
    return condition_label(UNKNOWN if unknown else str(seg["condition"]), lang)


def _float(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def fmt(value: object, lang: str, decimals: int = 0) -> str:
    """A figure of the corridor summary ("–" when missing)."""
    return format_number(_float(value), lang, decimals)


def household_points(
    explanation: Explanation, origins: pd.DataFrame
) -> tuple[np.ndarray, np.ndarray]:
    """Map coordinates of the households that gain (for the highlight layer)."""
    idx = explanation.households["origin"].to_numpy(np.int64)
    geoms = origins.geometry.iloc[idx]
    return geoms.x.to_numpy(float), geoms.y.to_numpy(float)

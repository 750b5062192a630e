"""The ranking table sorts in numpy, as a sorting proxy would (issue 15: the proxy asked
Python for two cells per comparison, over a second for the demo's 11,000 rows at the first
ranking); the order, the ties, the selection and the filter behave as before."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QSortFilterProxyModel, Qt

from layers.selection import SelectionModel
from ui.ranking_table import RankingPanel
from ui.segment_model import COLUMNS, SORT_ROLE, SegmentTableModel

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def _segments(n: int = 60, seed: int = 3) -> pd.DataFrame:
    """Ranked rows with ties, missing numbers and repeated names; two unranked rows."""
    rng = np.random.default_rng(seed)
    benefit = rng.integers(0, 6, n).astype(float)
    benefit[::7] = np.nan
    rank = np.arange(1, n + 1, dtype=float)
    rank[[5, 11]] = np.nan
    return pd.DataFrame(
        {
            "segment_id": rng.permutation(n) + 100,
            "rank": rank,
            "name": [f"Jl. {'ABC'[i % 3]}" for i in range(n)],
            "benefit": benefit,
            "authority": ["kota" if i % 4 else "provinsi" for i in range(n)],
            "condition": ["baik", "sedang", "rusak ringan", "rusak berat"] * (n // 4),
            "length_m": rng.random(n) * 100,
            "households_benefiting": rng.integers(0, 4, n),
            "mean_minutes_saved": rng.random(n),
            "upgrade_cost": rng.integers(1, 4, n) * 1e8,
            "benefit_per_cost": rng.random(n) * 1e-9,
        }
    )


def _qt_order(segments: pd.DataFrame, column: int, order: Qt.SortOrder) -> list[int]:
    """Segment ids in the order Qt's own sorting proxy gives (the reference)."""
    model = SegmentTableModel()
    model.set_segments(segments)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(column, order)
    return [int(model.segment_ids[proxy.mapToSource(proxy.index(r, 0)).row()])
            for r in range(proxy.rowCount())]  # fmt: skip


def _shown(panel: RankingPanel) -> list[int]:
    proxy = panel.proxy
    return [int(proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1))
            for r in range(proxy.rowCount())]  # fmt: skip


def test_every_column_sorts_as_the_qt_proxy_does(qtbot):
    segments = _segments()
    panel = RankingPanel(SelectionModel())
    qtbot.addWidget(panel)
    panel.set_analysis_segments(segments)
    ranked = segments.dropna(subset=["rank"]).sort_values("rank")["segment_id"].tolist()
    assert _shown(panel) == ranked  # rank order at first
    for column in range(len(COLUMNS)):
        for order in (ASC, DESC):
            panel.view.sortByColumn(column, order)
            assert _shown(panel) == _qt_order(segments, column, order), (column, order)


def test_a_new_ranking_keeps_the_chosen_sort_and_the_selection_follows(qtbot):
    segments = _segments()
    selection = SelectionModel()
    panel = RankingPanel(selection)
    qtbot.addWidget(panel)
    panel.set_analysis_segments(segments)
    sid = int(segments.loc[segments["rank"] == 3, "segment_id"].iloc[0])
    selection.select([sid], source="map")
    panel.view.sortByColumn(2, DESC)  # benefit, largest first
    assert panel.selected_segments() == [sid]  # the selected row moved with its segment
    row = panel.view.selectionModel().selectedRows()[0].row()
    assert _shown(panel)[row] == sid
    changed = segments.assign(benefit=segments["benefit"][::-1].to_numpy())
    panel.set_analysis_segments(changed)
    assert _shown(panel) == _qt_order(changed, 2, DESC)  # still by benefit, descending
    assert panel.selected_segments() == [sid]
    panel.filter.setText("Jl. B")
    names = changed.set_index("segment_id")["name"]
    assert _shown(panel) == [s for s in _qt_order(changed, 2, DESC) if names[s] == "Jl. B"]


def test_sorted_by_a_vulnerability_column_it_sorts_again_once_filled(qtbot):
    segments = _segments()
    panel = RankingPanel(SelectionModel())
    qtbot.addWidget(panel)
    panel.set_analysis_segments(segments)
    column = [k for k, _ in COLUMNS].index("criticality")
    panel.view.setColumnHidden(column, False)
    panel.view.sortByColumn(column, DESC)
    ranked = segments.dropna(subset=["rank"])
    extra = pd.DataFrame(
        {
            "segment_id": ranked["segment_id"],
            "criticality": np.arange(len(ranked), dtype=float) % 5,
            "households_stranded": 0.0,
            "flood_exposed": 0.0,
        }
    )
    panel.set_extra(extra)
    expected = _qt_order(segments.merge(extra, on="segment_id", how="left"), column, DESC)
    assert _shown(panel) == expected
    shown = [float(panel.proxy.index(r, column).data(SORT_ROLE)) for r in range(5)]
    assert shown == sorted(shown, reverse=True) and shown[0] == 4.0

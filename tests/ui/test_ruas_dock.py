"""Ruas dock: the same ranking as the domain call; linked to the map both ways."""

from __future__ import annotations

import numpy as np

from mataram_gis.problem import UpgradeProblem
from mataram_gis.ruas import rank_ruas


def test_ruas_tab_ranks_and_links_with_the_map(qtbot, window):
    panel = window.ruas
    window.planning.docks["ruas"].raise_()  # showing: computed automatically
    qtbot.waitUntil(lambda: panel.ruas is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    analysis = window.controller.analysis
    direct = rank_ruas(UpgradeProblem.from_analysis(analysis), analysis.segments)
    direct = direct.loc[direct["rank"].notna()].reset_index(drop=True)
    frame = panel.ruas
    assert frame["nomor_ruas"].tolist() == direct["nomor_ruas"].tolist()
    np.testing.assert_array_equal(frame["benefit"], direct["benefit"])
    assert panel.model.rowCount() == len(frame) > 0
    # table -> map: a ruas row selects all its segments
    panel.table.selectRow(0)
    top = frame.iloc[0]
    s = analysis.segments
    want = set(s.loc[s["nomor_ruas"] == top["nomor_ruas"], "segment_id"].astype(int))
    assert set(window.selection.selected) == want
    # Identify shows the ruas itself with its own exact figures, not one of its segments
    assert window.identify.title.text().startswith(f"Ruas {top['nomor_ruas']}:")
    assert window.identify.explanation is None
    assert f"{top['benefit']:,.1f}" in window.identify.summary.text()
    # map -> table: picking a segment of another ruas selects that ruas's row
    other = frame.iloc[3]["nomor_ruas"]
    seg = int(s.loc[s["nomor_ruas"] == other, "segment_id"].iloc[0])
    window.selection.select([seg], source="map")
    assert panel.selected_nomor() == [other]
    assert window.selection.selected == (seg,)  # the table did not re-select the whole ruas

"""The GUI says a condition is unknown where the road file gave none (issue 13).

The reader stands ``sedang`` in for the engine (``condition_source = default``,
mataram_gis/condition_unknown.py); the ranking table and the Identify panel must say
"Unknown" / "Tidak diketahui" there, as the outputs do, never the stand-in.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from mataram_gis.condition_unknown import unknown_mask
from tests.factories import grid_inputs
from tests.ui.conftest import open_window


def half_unknown():
    """The test grid with the condition of its western half stood in (as the reader does)."""
    inputs = grid_inputs()
    roads = inputs.roads
    west = (roads.geometry.centroid.x < roads.geometry.centroid.x.median()).to_numpy()
    roads["condition_source"] = np.where(west, "default", "input")
    roads.loc[west, "condition"] = "sedang"
    roads.loc[~west, "condition"] = "rusak berat"
    return inputs


def _column(model, key: str) -> int:
    from ui.segment_model import COLUMNS

    return [k for k, _ in COLUMNS].index(key)


def test_ranking_and_identify_say_unknown(qtbot, languages):
    window = open_window(qtbot, languages, half_unknown)
    try:
        model = window.ranking.model
        frame = model.frame
        unknown = unknown_mask(frame)
        assert unknown.any() and (~unknown).any()
        col = _column(model, "condition")
        texts = [model.index(r, col).data(Qt.ItemDataRole.DisplayRole)
                 for r in range(model.rowCount())]  # fmt: skip
        assert {texts[r] for r in np.flatnonzero(unknown)} == {"Unknown"}
        assert "Unknown" not in {texts[r] for r in np.flatnonzero(~unknown)}
        sid_unknown = int(model.segment_ids[np.flatnonzero(unknown)[0]])
        sid_known = int(model.segment_ids[np.flatnonzero(~unknown)[0]])
        window.selection.select([sid_unknown], source="test")
        assert window.identify.fields["condition"].text() == "Unknown"
        languages.set_language("id")
        qtbot.waitUntil(lambda: window.identify.fields["condition"].text() == "Tidak diketahui")
        row = model.row_of[sid_unknown]
        assert model.index(row, col).data(Qt.ItemDataRole.DisplayRole) == "Tidak diketahui"
        window.selection.select([sid_known], source="test")
        assert window.identify.fields["condition"].text() == "Rusak berat"
    finally:
        languages.set_language("en")
        window.shutdown()
        window.close()

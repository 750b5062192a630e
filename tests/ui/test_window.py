"""The main window: opens, ranks, selects in sync, identifies, switches language."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from mataram_gis.errors import InputDataError
from tests.ui.conftest import open_window


def test_demo_window_opens_and_ranks(qtbot, languages):
    from mataram_gis.inputs import demo_inputs

    window = open_window(qtbot, languages, lambda: demo_inputs(scale=1))
    try:
        roads = window.layers["roads"]
        assert roads.has_ranking
        assert window.ranking.model.rowCount() > 1000
        assert window.canvas.render_cache() is not None
        assert window.status.scale.text().startswith("Scale 1:")
    finally:
        window.shutdown()
        window.close()


def test_row_click_selects_on_map(qtbot, window):
    view = window.ranking.view
    index = view.model().index(2, 1)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    sid = int(window.ranking.model.segment_ids[2])
    assert window.selection.selected == (sid,)
    assert window.canvas._selection_path is not None
    assert window.status.selected.text() == "1 selected"


def test_map_click_selects_row(qtbot, window):
    canvas = window.canvas
    sid = int(window.ranking.model.segment_ids[0])
    roads = window.layers["roads"]
    canvas.zoom_to_bounds(roads.bounds_of([sid]), min_span=300)
    qtbot.wait(10)
    pos = canvas.screen_position(sid)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert window.selection.selected == (sid,)
    assert window.ranking.selected_segments() == [sid]


def test_identify_shows_explanation(qtbot, window):
    sid = int(window.ranking.model.segment_ids[0])
    window.selection.select([sid], source="test")
    explanation = window.identify.explanation
    assert explanation is not None
    assert int(explanation.segment["segment_id"]) == sid
    assert window.identify.table.rowCount() >= 2  # groups + total
    assert window.identify.table.item(window.identify.table.rowCount() - 1, 0).text() == "Total"
    assert len(window.layers["highlight"]) == len(explanation.households) > 0
    window.selection.clear()
    assert window.identify.explanation is None
    assert len(window.layers["highlight"]) == 0


def test_language_switch_changes_text(qtbot, window, languages):
    assert window.docks["layers"].windowTitle() == "Layers"
    languages.set_language("id")
    qtbot.waitUntil(lambda: window.docks["layers"].windowTitle() == "Lapisan")
    assert window.parameters.run.text() == "Jalankan"
    assert window.ranking.model.headerData(0, Qt.Orientation.Horizontal) == "Peringkat"
    languages.set_language("en")
    qtbot.waitUntil(lambda: window.docks["layers"].windowTitle() == "Layers")


def test_layer_panel_toggles_visibility(qtbot, window):
    panel = window.layer_panel
    item = panel.item_of("roads")
    assert item is not None and window.layers["roads"].visible
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert not window.layers["roads"].visible
    panel.tree.setCurrentItem(panel.item_of("centres"))
    before = window.layers.index("centres")
    panel.down.click()
    assert window.layers.index("centres") == before - 1
    panel.opacity.setValue(40)
    assert abs(window.layers["centres"].opacity - 0.4) < 1e-9
    panel.style_box.setCurrentIndex(panel.style_box.findData("class"))
    assert window.layers["roads"].style_mode == "class"


def test_parameter_change_reranks(qtbot, window):
    before = window.ranking.model.values["benefit"].copy()
    with qtbot.waitSignal(window.controller.analysisReady, timeout=30_000):
        window.parameters.weights[4].setValue(10.0)
    after = window.ranking.model.values["benefit"]
    assert window.controller.scenario.equity_weights[4] == 10.0
    assert len(before) != len(after) or not (before == after).all()


def test_stale_results_are_dropped(qtbot, window):
    controller = window.controller
    seen = []
    controller.analysisReady.connect(seen.append)
    window.parameters.trips.setValue(100)
    window.parameters.trips.setValue(300)
    qtbot.waitUntil(lambda: len(seen) >= 1 and not window.runner.active, timeout=30_000)
    qtbot.wait(300)
    assert seen[-1].scenario.trips_per_year == 300
    assert controller.analysis.scenario.trips_per_year == 300


def test_user_error_shows_message(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    def bad_inputs():
        raise InputDataError("missing column 'kondisi'", file="roads.gpkg", fix="add it")

    window.controller.load(bad_inputs)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "roads.gpkg: missing column 'kondisi'" in shown[0]


def test_canvas_zoom_and_pan(qtbot, window):
    canvas = window.canvas
    res = canvas.view.res
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.view.res < res
    cx = canvas.view.cx
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.view.cx < cx
    centre = canvas.rect().center()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(canvas, centre + QPoint(60, 0))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 0))
    assert canvas.view.cx < cx
    res = canvas.view.res
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, centre)
    qtbot.mouseMove(canvas, centre + QPoint(80, 60))
    qtbot.mouseRelease(
        canvas,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        centre + QPoint(80, 60),
    )
    qtbot.keyRelease(canvas, Qt.Key.Key_Shift)  # else Qt keeps Shift held for later tests
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    assert canvas.view.res < res
    canvas.zoom_full()
    assert canvas.scale_denominator() > 0

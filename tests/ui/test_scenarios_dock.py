"""Scenarios dock (save, switch, compare) and the corridors dock."""

from __future__ import annotations

from mataram_gis.scenarios import ScenarioSet


def _ranked(qtbot, window, name: str) -> None:
    qtbot.waitUntil(
        lambda: (
            window.controller.analysis is not None
            and window.controller.analysis.scenario.name == name
        ),
        timeout=30_000,
    )
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)


def test_save_switch_and_compare(qtbot, window):
    panel = window.scenarios
    assert isinstance(window.scenario_set, ScenarioSet)
    assert list(window.scenario_set) == ["Skenario dasar"]
    base = panel.save_current("Dasar")
    _ranked(qtbot, window, "Dasar")
    walking = base.replace(mode="walk")
    window.parameters.set_scenario(walking)
    window.controller.set_scenario(walking)
    panel.save_current("Jalan kaki")
    _ranked(qtbot, window, "Jalan kaki")
    assert window.controller.analysis.scenario.mode == "walk"
    assert list(window.scenario_set) == ["Skenario dasar", "Dasar", "Jalan kaki"]
    assert window.files.scenarios["Jalan kaki"].mode == "walk"  # saved with the project
    panel.switch("Dasar")
    _ranked(qtbot, window, "Dasar")
    assert window.controller.analysis.scenario.mode == "motorcycle"
    assert window.scenario_set.active == "Dasar"
    assert ScenarioSet.from_json(window.scenario_set.to_json()) == window.scenario_set
    # compare: B is analysed in a worker, the dialog shows totals and risers/fallers
    panel.compare("Dasar", "Jalan kaki")
    qtbot.waitUntil(lambda: panel.dialog is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    dialog = panel.dialog
    assert dialog.totals_model.rowCount() == 7
    assert dialog.rose_model.rowCount() + dialog.fell_model.rowCount() > 0
    dialog.show_button.setChecked(True)
    layer = window.layers["plan_highlight"]
    assert set(layer.groups) == {"rose", "fell"} and len(layer) > 0
    window.canvas.grab()  # draws the highlighted groups
    dialog.close()
    assert len(layer) == 0


def test_corridors_listed_and_selectable(qtbot, window):
    panel = window.corridors
    window.planning.docks["corridors"].raise_()  # showing: computed automatically
    qtbot.waitUntil(lambda: panel.corridors is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    frame = panel.corridors
    assert len(frame) == panel.model.rowCount() > 0
    assert frame["rank"].tolist() == list(range(1, len(frame) + 1))
    panel.table.selectRow(0)
    top = frame.sort_values("rank").iloc[0]
    assert set(window.selection.selected) == {int(x) for x in top["segment_ids"].split()}

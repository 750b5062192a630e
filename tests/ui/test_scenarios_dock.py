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
    # top N: what enters and leaves the top 10/20/50 of B (walking changes the top)
    seg = dialog.comparison.segments
    changed = 0
    for n in (10, 20, 50):
        dialog.top_n.setCurrentIndex(dialog.top_n.findData(n))
        top_a = set(seg.loc[seg["rank_a"] <= n, "segment_id"])
        top_b = set(seg.loc[seg["rank_b"] <= n, "segment_id"])
        shown_in = {int(dialog.entered_model.value(r, "segment_id"))
                    for r in range(dialog.entered_model.rowCount())}  # fmt: skip
        shown_out = {int(dialog.left_model.value(r, "segment_id"))
                     for r in range(dialog.left_model.rowCount())}  # fmt: skip
        assert shown_in == top_b - top_a and shown_out == top_a - top_b
        assert len(shown_in) == len(shown_out)  # both have more than n ranked segments
        assert f"({len(shown_in)})" in dialog.entered_box.title()
        changed += len(shown_in)
    assert changed > 0
    # programme picks: each scenario's exact portfolio; a new budget is chosen in a worker
    dialog.set_budget(5e9)
    qtbot.waitUntil(lambda: dialog.picks[0].budget_rp == 5e9, timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    assert dialog.added_model.rowCount() > 0 and dialog.dropped_model.rowCount() > 0
    from mataram_gis.portfolio import choose_portfolio

    assert window.controller.analysis.scenario.name == "Dasar"  # A
    exact = choose_portfolio(window.controller.analysis, budget_rp=5e9)
    assert dialog.picks[0].frame["segment_id"].tolist() == exact.segment_ids.tolist()
    assert dialog.picks[0].total_benefit == exact.total_benefit
    dialog.tabs.setCurrentIndex(2)  # the largest moves: risers and fallers
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
    # Identify shows a corridor itself with its own exact figures, not one of its segments
    ordered = frame.sort_values("rank").reset_index(drop=True)
    row = int(ordered.index[ordered["segments"] > 1][0])
    panel.table.selectRow(row)
    assert window.identify.title.text().startswith(f"Corridor {row + 1}:")
    assert window.identify.explanation is None
    assert f"{ordered.loc[row, 'benefit']:,.1f}" in window.identify.summary.text()


def test_top_changes_and_picks_on_a_small_table():
    import pandas as pd

    from ui.compare_top import Picks, pick_changes, top_changes

    seg = pd.DataFrame({
        "segment_id": [1, 2, 3, 4, 5],
        "name": list("abcde"),
        "rank_a": pd.array([1, 2, 3, None, 4], dtype="Int64"),
        "rank_b": pd.array([2, 4, 1, 3, None], dtype="Int64"),
    })  # fmt: skip
    entered, left = top_changes(seg, 3)
    assert entered["segment_id"].tolist() == [4]  # new in B's top 3
    assert left["segment_id"].tolist() == [2]  # was 2nd in A, 4th in B
    frame = pd.DataFrame({
        "segment_id": [1, 2, 3], "name": list("abc"), "rank": [1.0, 2.0, 3.0],
        "benefit": [10.0, 8.0, 1.0], "upgrade_cost": [5e9, 4e9, 1e9],
    })  # fmt: skip
    a = Picks(6e9, frame.iloc[[0, 2]], total_benefit=11.5, total_cost=6e9)
    b = Picks(6e9, frame.iloc[[1, 2]], total_benefit=9.0, total_cost=5e9)
    added, dropped, summary = pick_changes(a, b)
    assert summary.loc["a", "picked"] == 2 and summary.loc["a", "cost"] == 6e9
    assert summary.loc["a", "benefit"] == 11.5  # the joint benefit, not a sum of singles
    assert added["segment_id"].tolist() == [2] and dropped["segment_id"].tolist() == [1]

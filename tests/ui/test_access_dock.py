"""Accessibility dock: the same views as the domain call; layers before/after/saved."""

from __future__ import annotations

import numpy as np
import pytest

from mataram_gis.access import access_views


def _compute(qtbot, window):
    panel = window.access.panel
    assert panel.compute() is not None
    qtbot.waitUntil(lambda: panel.views is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    return panel


def test_views_layers_and_tables(qtbot, window):
    panel = _compute(qtbot, window)
    analysis = window.controller.analysis
    direct = access_views(analysis, admin=panel.admin)
    v = panel.views
    assert v.by_desil["benefit"].tolist() == pytest.approx(direct.by_desil["benefit"].tolist())
    np.testing.assert_array_equal(
        v.vulnerability["households_stranded"], direct.vulnerability["households_stranded"]
    )
    assert panel.models["desil"].rowCount() == len(v.by_desil)
    assert panel.models["vuln"].rowCount() > 0
    layer = window.layers["travel_time"]
    assert layer.kind == "areas" and len(layer.rings) == len(v.cells)
    for i, mode in enumerate(("before", "after", "saved")):
        panel.mode.setCurrentIndex(i)
        assert layer.mode == mode
        assert layer.legend("id")
    iso = window.layers["isochrones"]
    assert not iso.visible
    if panel.centre.count() > 1:
        panel.centre.setCurrentIndex(1)
        assert iso.visible and iso.centre == panel.centre.itemData(1)
    assert "desil 1" in panel.summary.text()
    panel.tables["vuln"].selectRow(0)
    assert window.selection.selected == (int(v.vulnerability["segment_id"].iloc[0]),)
    window.canvas.render_cache()  # the area layers draw


def test_selected_segment_drives_after(qtbot, window):
    seg = window.controller.analysis.segments
    top = int(seg.sort_values("rank").iloc[0]["segment_id"])
    window.selection.select([top], source="test")
    panel = _compute(qtbot, window)
    assert len(panel.views.rows) == 1
    total = panel.views.by_desil.iloc[-1]
    assert total["benefit"] == pytest.approx(
        float(seg.loc[seg["segment_id"] == top, "benefit"].iloc[0])
    )


def test_new_ranking_drops_the_stale_layers(qtbot, window):
    panel = _compute(qtbot, window)
    assert "travel_time" in window.layers
    panel.set_analysis(window.controller.analysis)
    assert "travel_time" not in window.layers and "isochrones" not in window.layers
    assert panel.views is None and panel.models["desil"].rowCount() == 0


def test_travel_time_layer_follows_a_ruas_selection(qtbot, window):
    """Select a ruas in the Ruas tab: the layer's after-times are a brute-force recomputation
    with exactly that ruas's segments upgraded (mataram_gis/oracle.py)."""
    from mataram_gis.admin import assign
    from mataram_gis.engine import INF
    from mataram_gis.isolation import travel_time_cells
    from mataram_gis.oracle import brute_force_household_times
    from mataram_gis.problem import UpgradeProblem

    panel = _compute(qtbot, window)
    before_rows = panel.views.rows.tolist()
    ruas = window.ruas
    window.planning.docks["ruas"].raise_()
    qtbot.waitUntil(lambda: ruas.ruas is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    ruas.table.selectRow(0)
    chosen = set(window.selection.selected)
    assert chosen
    seg = window.controller.analysis.segments
    want_rows = sorted(np.flatnonzero(seg["segment_id"].isin(chosen).to_numpy()).tolist())
    assert want_rows != sorted(before_rows)
    qtbot.waitUntil(lambda: sorted(panel.views.rows.tolist()) == want_rows, timeout=60_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    analysis = window.controller.analysis
    p = UpgradeProblem.from_analysis(analysis)
    t = p.before_ms.copy()
    t[want_rows] = p.after_ms[want_rows]
    ms = brute_force_household_times(p.seg_u, p.seg_v, p.oneway, t, p.demand, n_nodes=p.n_nodes)
    base = brute_force_household_times(p.seg_u, p.seg_v, p.oneway, p.before_ms, p.demand,
                                       n_nodes=p.n_nodes)  # fmt: skip

    def seconds(x):
        return np.where(x < INF, x / 1000.0, np.nan)

    origins = analysis.origins.join(assign(analysis.origins, panel.admin))
    want = travel_time_cells(origins, seconds(base), seconds(ms))
    layer = window.layers["travel_time"]
    np.testing.assert_array_equal(layer.cells["minutes_after"], want["minutes_after"])
    np.testing.assert_array_equal(layer.cells["minutes_before"], want["minutes_before"])
    assert (want["minutes_saved"] > 0).any()  # the ruas changes something on the map
    panel.mode.setCurrentIndex(1)
    assert layer.mode == "after"
    window.canvas.render_cache()

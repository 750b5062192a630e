"""File ▸ Export map / table / results GeoPackage and Print briefing, from the GUI actions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from mataram_gis.errors import MataramError
from ui import export_actions
from ui.export_dialogs import BriefingDialog, MapExportDialog, parse_budget


def _save_as(monkeypatch, path: Path, chosen: str = "") -> None:
    monkeypatch.setattr(
        export_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), chosen)
    )


def _accept(monkeypatch, cls, setup=None) -> None:
    def exec_(dialog):
        if setup is not None:
            setup(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cls, "exec", exec_)


def _wait_written(qtbot, window, path: Path) -> None:
    qtbot.waitUntil(lambda: path.exists() and not window.runner.active, timeout=60_000)


def test_file_menu_has_the_output_actions(window):
    texts = [a.text() for a in window.m_file.actions()]
    assert "Export map (PDF/PNG/SVG)…" in texts and "Print briefing (PDF)…" in texts
    assert "Export ranking (CSV)…" not in texts  # replaced by Export table
    assert all(a.isEnabled() for a in window.exports.actions.values())


def test_export_map_png_and_pdf(qtbot, window, monkeypatch, tmp_path):
    _accept(monkeypatch, MapExportDialog, lambda d: d.top.setValue(5))
    png = tmp_path / "peta.png"
    _save_as(monkeypatch, png)
    window.exports.actions["export_map"].trigger()
    _wait_written(qtbot, window, png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    _save_as(monkeypatch, tmp_path / "peta", "PDF (*.pdf)")  # suffix from the filter
    window.exports.actions["export_map"].trigger()
    _wait_written(qtbot, window, tmp_path / "peta.pdf")
    assert (tmp_path / "peta.pdf").read_bytes()[:4] == b"%PDF"


def test_export_map_with_travel_time_cells(qtbot, window, monkeypatch, tmp_path):
    from mataram_gis.outputs.maptravel import TEXTS
    from tests.golden_tools import pdf_text

    _accept(monkeypatch, MapExportDialog, lambda d: d.travel.setCurrentIndex(3))  # saved
    pdf = tmp_path / "waktu.pdf"
    _save_as(monkeypatch, pdf)
    window.exports.actions["export_map"].trigger()
    _wait_written(qtbot, window, pdf)
    text = " ".join(pdf_text(pdf).split())
    assert " ".join(TEXTS["en"]["note"].split()) in text  # the test window is English


def test_map_dialog_preview(qtbot, window):
    dialog = MapExportDialog(window.controller.results, window.runner, "id", window)
    dialog.orientation.setCurrentIndex(1)  # portrait: starts a preview
    qtbot.waitUntil(lambda: dialog.pixmap is not None, timeout=60_000)
    assert dialog.pixmap.height() > dialog.pixmap.width() > 100
    assert dialog.options() == {"paper": "A4", "orientation": "portrait", "lang": "id", "top": 10,
                                "travel_time": None}  # fmt: skip
    assert dialog.travel.itemText(0) == "No travel-time layer"  # the test window is English
    dialog.travel.setCurrentIndex(3)  # a new preview, with the travel-time cells
    assert dialog.options()["travel_time"] == "saved"
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60_000)
    assert "No preview" not in dialog.image.text()
    dialog.reject()
    qtbot.waitUntil(lambda: not window.runner.active, timeout=30_000)
    assert not dialog._tmp.exists()  # the temporary preview is removed
    dialog.deleteLater()


def test_briefing_pdf(qtbot, window, monkeypatch, tmp_path):
    _accept(monkeypatch, BriefingDialog, lambda d: d.budget.setText("1 miliar"))
    pdf = tmp_path / "briefing.pdf"
    _save_as(monkeypatch, pdf)
    window.exports.actions["print_briefing"].trigger()
    _wait_written(qtbot, window, pdf)
    assert pdf.read_bytes()[:4] == b"%PDF" and pdf.stat().st_size > 20_000


def test_table_and_styled_geopackage(qtbot, window, monkeypatch, tmp_path):
    xlsx, gpkg = tmp_path / "t.xlsx", tmp_path / "r.gpkg"
    _save_as(monkeypatch, xlsx)
    window.exports.actions["export_table"].trigger()
    _wait_written(qtbot, window, xlsx)
    _save_as(monkeypatch, tmp_path / "t.csv")
    window.exports.actions["export_table"].trigger()
    _wait_written(qtbot, window, tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_bytes()[:3] == b"\xef\xbb\xbf"  # UTF-8 BOM for Excel
    _save_as(monkeypatch, gpkg)
    window.exports.actions["export_results"].trigger()
    _wait_written(qtbot, window, gpkg)
    with sqlite3.connect(gpkg) as con:
        rows = con.execute(
            "SELECT f_table_name FROM layer_styles WHERE useAsDefault = 1"
        ).fetchall()
    assert {r[0] for r in rows} >= {"segments", "centres", "origins"}


def test_export_error_goes_to_a_dialog(qtbot, window, monkeypatch, tmp_path):
    errors = []
    monkeypatch.setattr(window, "show_error", lambda m, e: errors.append((m, e)))
    _save_as(monkeypatch, tmp_path / "missing_folder" / "t.xlsx")
    window.exports.actions["export_table"].trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    assert errors[0][1] is True and "folder" in errors[0][0]


def test_parse_budget():
    assert parse_budget("10 miliar") == 10e9
    assert parse_budget("10000000000") == 10e9
    assert parse_budget("750 juta") == 750e6
    assert parse_budget("10.000.000.000") == 10e9
    assert parse_budget("Rp 5e9") == 5e9
    assert parse_budget("  ") is None
    with pytest.raises(MataramError):
        parse_budget("sepuluh")


def test_map_dialog_shows_the_selection_upgraded(qtbot, window):
    """With segments selected, the exported travel-time cells show them upgraded."""
    from mataram_gis.outputs.upgrade_choice import parse_upgrade, resolve_upgrade

    seg = window.controller.analysis.segments
    ids = seg.sort_values("rank")["segment_id"].astype(int).head(6).tolist()
    window.selection.select(ids, source="test")
    dialog = MapExportDialog(window.controller.results, window.runner, "id", window,
                             selected=window.selection.selected)  # fmt: skip
    assert "upgrade" not in dialog.options()  # no travel-time layer: nothing to upgrade
    dialog.travel.setCurrentIndex(2)  # after
    upgrade = dialog.options()["upgrade"]
    assert upgrade == "segment:" + ",".join(map(str, ids))
    shown = resolve_upgrade(window.controller.results, parse_upgrade(upgrade))
    assert shown.label("id") == "6 segmen terpilih" and shown.label("en") == "6 selected segments"
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60_000)
    dialog.reject()
    assert window.exports.selected() == tuple(ids)  # the window hands its selection over

"""Importing data: the import dialog, drag and drop, error dialogs, OSM offline, projects."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pyproj import Transformer
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from mataram_gis.io import preview_table
from tests.factories import X0, Y0, grid_inputs
from ui.import_dialog import ImportDialog

N_HOUSEHOLDS = 12


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Texts of the warning/critical dialogs, captured instead of shown."""
    shown: list[str] = []

    def capture(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", capture)
    monkeypatch.setattr(QMessageBox, "critical", capture)
    return shown


def indonesian_csv(folder: Path, *, category: str = "1") -> Path:
    """Households with Indonesian column names, lon/lat inside the test grid, a NIK column."""
    to_lonlat = Transformer.from_crs("EPSG:32750", "EPSG:4326", always_xy=True)
    lines = ["no;nik;bujur;lintang;desil;anggota"]
    for i in range(N_HOUSEHOLDS):
        lon, lat = to_lonlat.transform(X0 + 40 + 60 * i, Y0 + 70 + 50 * (i % 7))
        cat = category if i == 3 else str(1 + i % 4)
        lines.append(
            f"{i + 1};52710100000{i:05d};{lon:.7f}".replace(".", ",")
            + f";{lat:.7f}".replace(".", ",")
            + f";{cat};{1 + i % 3}"
        )
    path = folder / "rumah_tangga_miskin.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_dialog_shows_mapping_and_loads(qtbot, window, tmp_path):
    path = indonesian_csv(tmp_path)
    dialog = ImportDialog(preview_table(path), window)
    qtbot.addWidget(dialog)
    assert dialog.role.currentData() == "households"
    detected = {col: combo.currentData() for col, combo in dialog.combos.items()}
    assert detected == {
        "no": None,
        "bujur": "lon",
        "lintang": "lat",
        "desil": "category",
        "anggota": "weight",
    }
    assert "nik" not in dialog.combos  # personal column never shown
    assert "nik" in dialog.info.text()  # ... but the user is told it was left out
    assert dialog.epsg.text() == "4326" and dialog.epsg.isEnabled()
    model = dialog.table.model()
    assert model.rowCount() == N_HOUSEHOLDS and model.headerData(1, Qt.Orientation.Horizontal)
    dialog.resize(860, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/import.png")
    dialog.set_field("anggota", None)  # the user decides: every household weighs 1
    request = dialog.request()
    assert request.column_map["anggota"] is None and request.crs == "EPSG:4326"
    dialog.close()
    before = window.controller.analysis
    window.files.load_requests([request])
    qtbot.waitUntil(
        lambda: (
            window.controller.analysis is not None
            and window.controller.analysis is not before
            and not window.runner.active
        ),
        timeout=30_000,
    )
    origins = window.controller.analysis.origins
    assert len(origins) == N_HOUSEHOLDS
    sources = {s["role"]: s for s in window.controller.data.inputs.sources}
    assert sources["households"]["path"] == str(path.resolve())
    assert len(sources["households"]["sha256"]) == 64
    assert (window.controller.data.inputs.households["weight"] == 1.0).all()
    assert "nik" not in window.controller.data.inputs.households.columns


def test_broken_files_show_our_message(qtbot, window, tmp_path, messages, monkeypatch):
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 40)
    empty = tmp_path / "kosong.csv"
    empty.write_bytes(b"")
    window.files.import_files([junk, empty])
    assert len(messages) == 2
    assert "not a text CSV file" in messages[0] and "junk.csv" in messages[0]
    assert "the file is empty (0 bytes)" in messages[1]
    assert all("Traceback" not in m for m in messages)
    # a problem found only while reading (in the worker) arrives in the same dialog
    bad = indonesian_csv(tmp_path, category="sangat kaya")
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.files.import_files([bad])
    qtbot.waitUntil(lambda: len(messages) == 3, timeout=30_000)
    assert "row 4: unknown poverty category" in messages[2]
    assert "Fix:" in messages[2]


def test_drop_opens_the_import_dialog(qtbot, window, tmp_path, monkeypatch):
    path = indonesian_csv(tmp_path)
    opened: list[tuple[Path, str]] = []

    def fake_exec(self):
        opened.append((self.preview.path, self.role.currentData()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter = QDragEnterEvent(QPointF(200, 200), *args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(200, 200), *args)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=5_000)
    assert opened == [(path, "households")]
    assert not window.runner.active  # rejected: nothing loads


def test_osm_download_offline_shows_no_connection(qtbot, window, messages, monkeypatch):
    import requests

    from ui.osm_dialog import OsmDialog

    def no_network(*args, **kwargs):
        raise requests.exceptions.ConnectionError("offline")

    monkeypatch.setattr(requests.Session, "request", no_network)
    monkeypatch.setattr("mataram_gis.io.osm._reachable", lambda *a, **k: False)
    monkeypatch.setattr(OsmDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    t = time.perf_counter()
    window.files.download_osm()
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert time.perf_counter() - t < 15
    assert "no connection" in messages[0] and ".osm.pbf" in messages[0]
    assert window.controller.analysis is not None  # the previous data stays


def test_save_and_open_project_from_the_window(qtbot, window, tmp_path):
    path = tmp_path / "kota.mgis.gpkg"
    ranking = window.controller.analysis.segments[["segment_id", "benefit", "rank"]].copy()
    window.controller.scenario = window.controller.scenario.replace(trips_per_year=300.0)
    window.controller.run()
    qtbot.waitUntil(lambda: window.controller.analysis.scenario.trips_per_year == 300.0)
    worker = window.files.save_to(path)
    with qtbot.waitSignal(worker.signals.done, timeout=30_000):
        pass
    assert path.exists() and window.files.path == path
    assert window.windowTitle().startswith("kota.mgis.gpkg")
    saved = window.controller.analysis
    window.controller.load(lambda: grid_inputs(n=4, n_households=9))  # something else...
    qtbot.waitUntil(
        lambda: (
            window.controller.analysis is not None
            and window.controller.analysis is not saved
            and not window.runner.active
        ),
        timeout=60_000,
    )
    window.files.dropped([path])  # ... then the project back, as if dropped on the window
    qtbot.waitUntil(
        lambda: (
            window.controller.analysis is not None
            and window.controller.analysis.scenario.trips_per_year == 300.0
            and len(window.controller.analysis.segments) == len(ranking)
        ),
        timeout=60_000,
    )
    again = window.controller.analysis.segments
    assert (again["segment_id"].to_numpy() == saved.segments["segment_id"].to_numpy()).all()
    assert (again["benefit"].to_numpy() == saved.segments["benefit"].to_numpy()).all()
    assert again["rank"].equals(saved.segments["rank"])
    assert window.parameters.scenario().trips_per_year == 300.0

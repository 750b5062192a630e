"""Screenshots of the window, every dock and every dialog at one screen size and language.

    xvfb-run -a python -m ui.screenshots --out shots --size 1366x768 --lang id

Opens the main window on the demo city at the given size (as on a screen of that size),
waits for the ranking, selects rank 1, then saves ``window.png``, one ``dock_<name>.png``
per dock (tabbed docks raised in turn) and one ``dialog_<name>.png`` per dialog (import,
compare scenarios, export map, print briefing, OpenStreetMap, unit prices, unsaved changes,
Qt's file dialog, About). Each image is also checked for clipping: a dialog larger than the screen,
or a window whose frame leaves it, is reported in ``clipped.txt`` (empty when none).
Nothing is written to the user's settings (a temporary settings folder is used).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QMessageBox,
    QWidget,
)

logger = logging.getLogger(__name__)


def wait_until(app: QApplication, done: Callable[[], bool], timeout_s: float = 300) -> bool:
    """Process events until ``done()`` (False after ``timeout_s``)."""
    end = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > end:
            return False
        app.processEvents()
        time.sleep(0.02)
    return True


class Shooter:
    """Saves grabs and notes what does not fit the screen."""

    def __init__(self, app: QApplication, out: Path, screen: QRect) -> None:
        self.app, self.out, self.screen = app, out, screen
        self.clipped: list[str] = []
        out.mkdir(parents=True, exist_ok=True)

    def settle(self, ms: int = 300) -> None:
        """Let layouts, paints and short timers run."""
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def shoot(self, name: str, widget: QWidget) -> Path:
        """Save ``widget`` as ``name.png``; note it when it is larger than the screen."""
        self.settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        frame = widget.frameGeometry() if widget.isWindow() else widget.geometry()
        if widget.isWindow() and (
            frame.width() > self.screen.width() or frame.height() > self.screen.height()
        ):
            self.clipped.append(f"{name}: {frame.width()}x{frame.height()} > screen")
        return path

    def dialog(self, name: str, dialog: QWidget) -> Path:
        """Show a dialog non-modally, save it, close it."""
        dialog.show()
        path = self.shoot(f"dialog_{name}", dialog)
        dialog.close()
        dialog.deleteLater()
        return path


def demo_households_csv(folder: Path) -> Path:
    """A small households CSV (with an empty cell) for the import dialog."""
    from mataram_gis.demo.io import write_demo

    files = write_demo(folder / "demo")
    source = next(p for k, p in files.items() if "household" in k)
    if source.suffix.lower() != ".csv":
        return source
    lines = source.read_text(encoding="utf-8").splitlines()
    head = lines[0].split(",")
    rows = [line.split(",") for line in lines[1:200]]
    rows[1][-1] = ""  # an empty cell: shown empty, never "nan"
    out = folder / "rumah_tangga.csv"
    out.write_text("\n".join(",".join(r) for r in [head, *rows]) + "\n", encoding="utf-8")
    return out


def run(out: Path, size: tuple[int, int], lang: str) -> int:
    """Take every screenshot; return the number of clipped views."""
    from ui.app import demo_factory
    from ui.i18n import LanguageManager
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="shots-")
    )
    app.setOrganizationName("MataramGIS-screenshots")
    app.setApplicationName("Mataram GIS")
    languages = LanguageManager(app)
    languages.set_language(lang)
    screen = QRect(0, 0, *size)
    shooter = Shooter(app, out, screen)
    window = MainWindow(demo_factory(1), languages)
    window.resize(*size)
    window.move(0, 0)
    window.show()
    window.start()
    if not wait_until(app, lambda: window.controller.analysis is not None):
        logger.error("the analysis did not finish")
        return 1
    wait_until(app, lambda: not window.runner.active, 60)
    window.ranking.view.selectRow(0)
    window.canvas.zoom_full()
    shooter.shoot("window", window)
    docks = {d.objectName().removeprefix("dock_") or str(i): d
             for i, d in enumerate(window.findChildren(QDockWidget))}  # fmt: skip
    for name, dock in docks.items():
        dock.show()
        dock.raise_()
        if name == "corridors":
            wait_until(app, lambda: window.corridors.corridors is not None, 120)
        if name == "ruas":
            wait_until(app, lambda: window.ruas.ruas is not None, 120)
        if name == "identify":  # Identify shares its column with the Ranking: give it room
            window.docks["log"].hide()  # (the Log, shown before it, spans the bottom)
            window.resizeDocks([dock], [size[1] // 2], Qt.Orientation.Vertical)
        wait_until(app, lambda: not window.runner.active, 60)
        shooter.shoot(f"dock_{name}", dock)
    window.docks["log"].hide()
    window.docks["ranking"].raise_()
    _dialogs(shooter, window, out)
    (out / "clipped.txt").write_text("\n".join(shooter.clipped) + "\n", encoding="utf-8")
    window.unsaved.enabled = False
    window.close()
    window.shutdown()
    return len(shooter.clipped)


def _dialogs(shooter: Shooter, window: QWidget, out: Path) -> None:
    from mataram_gis.io.preview import preview_table
    from ui.export_dialogs import BriefingDialog, MapExportDialog
    from ui.import_dialog import ImportDialog
    from ui.osm_dialog import OsmDialog

    app = shooter.app
    lang = window.languages.lang
    csv = demo_households_csv(out / "_data")
    shooter.dialog("import", ImportDialog(preview_table(csv), window))
    map_dialog = MapExportDialog(window.controller.results, window.runner, lang, window)
    map_dialog.show()
    wait_until(app, lambda: not window.runner.active, 120)
    shooter.dialog("export_map", map_dialog)
    shooter.dialog("briefing", BriefingDialog(lang, window, budget="10 miliar"))
    shooter.dialog("osm", OsmDialog(window))
    from ui.prices_dialog import PricesDialog

    shooter.dialog("prices", PricesDialog({}, "", window))
    panel = window.scenarios
    base = panel.save_current("Anggaran 2026")
    wait_until(app, lambda: not window.runner.active, 120)
    walking = base.replace(name="Jalan kaki", mode="walk")
    window.parameters.set_scenario(walking)
    window.controller.set_scenario(walking)
    panel.save_current("Jalan kaki")
    wait_until(app, lambda: not window.runner.active, 120)
    panel.compare("Anggaran 2026", "Jalan kaki")
    wait_until(app, lambda: panel.dialog is not None and not window.runner.active, 180)
    dialog = panel.dialog
    for i, name in enumerate(("top", "picks", "moves")):
        dialog.tabs.setCurrentIndex(i)
        shooter.shoot(f"dialog_compare_{name}", dialog)
    dialog.close()
    box = QMessageBox(QMessageBox.Icon.Question, window.tr("Mataram GIS"),
                      window.unsaved.tr("The project has unsaved changes (parameters, data or "
                                        "scenarios). Save them first?"),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, window)  # fmt: skip
    shooter.dialog("unsaved", box)
    files = QFileDialog(window, window.tr("Open data…"), str(out / "_data"))
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files.setNameFilter(window.files.tr(
        "Data (*.gpkg *.shp *.zip *.geojson *.json *.csv *.xlsx *.osm *.pbf);;All files (*)"
    ))  # fmt: skip
    shooter.dialog("open_data", files)
    about = QMessageBox(QMessageBox.Icon.Information, "Mataram GIS", "Mataram GIS", parent=window)
    about.setText(window.tr("Mataram GIS — road upgrade priorities"))
    shooter.dialog("about", about)
    for child in window.findChildren(QDialog):
        child.close()


def main(argv: list[str] | None = None) -> int:
    """Command line: ``--out DIR --size WxH --lang id|en``."""
    from ui.app import window_size

    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", type=window_size, default=(1366, 768))
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    clipped = run(args.out, args.size, args.lang)
    print(f"screenshots in {args.out}; clipped: {clipped}")
    return 0 if clipped == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

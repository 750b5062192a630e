"""Application entry: ``python main.py [--screenshot PATH] [--lang id|en] [--demo-scale K]``."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

logger = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1600, 1000)
SCREENSHOT_TIMEOUT_S = 300


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's own options."""
    parser = argparse.ArgumentParser(prog="python main.py", description="Mataram GIS desktop app")
    parser.add_argument(
        "--screenshot", metavar="PATH", help="open, finish the analysis, save a screenshot, exit"
    )
    parser.add_argument(
        "--lang", choices=("id", "en"), help="interface language (default: the system's)"
    )
    parser.add_argument(
        "--demo-scale", type=int, default=1, metavar="K", help="size of the demo city"
    )
    return parser.parse_args(list(argv))


def demo_factory(scale: int):
    """Inputs of the built-in demo city (made in the worker thread)."""

    def factory():
        from mataram_gis.inputs import demo_inputs

        return demo_inputs(scale=scale)

    return factory


def run_app(argv: Sequence[str]) -> int:
    """Open the main window on the demo; with ``--screenshot`` save it and exit 0."""
    t0 = time.perf_counter()
    args = parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Mataram GIS")
    app.setOrganizationName("Dinas PUPR Kota Mataram")
    from ui.log_dock import setup_logging

    log_path = setup_logging()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from ui.i18n import LanguageManager, default_language
    from ui.main_window import MainWindow

    languages = LanguageManager(app)
    languages.set_language(args.lang or default_language())
    session = None
    if not args.screenshot:  # the screenshot mode never prompts nor touches the session
        from ui.autosave import SessionKeeper

        def session(files):
            return SessionKeeper(files.state, parent=files)

    window = MainWindow(demo_factory(args.demo_scale), languages, session=session)
    window.show()
    logger.info("window shown %.2f s after start (log: %s)", time.perf_counter() - t0, log_path)
    status = {"code": 0}
    if args.screenshot:
        path = args.screenshot

        def save() -> None:
            window.canvas.refresh()
            app.processEvents()
            ok = window.grab().save(path)
            logger.info("screenshot %s saved: %s", path, ok)
            status["code"] = 0 if ok else 1
            window.close()

        def on_ready(analysis: object) -> None:
            window.controller.analysisReady.disconnect(on_ready)
            top = window.ranking.view.model().index(0, 0)
            if top.isValid():
                window.ranking.view.selectRow(0)
                window.canvas.zoom_full()
            QTimer.singleShot(600, save)

        def on_failed(message: str, expected: bool) -> None:
            logger.error("screenshot: the analysis failed: %s", message)
            status["code"] = 1
            window.close()

        def on_timeout() -> None:
            logger.error("screenshot: timed out after %d s", SCREENSHOT_TIMEOUT_S)
            status["code"] = 1
            window.close()

        window.resize(*SCREENSHOT_SIZE)
        window.controller.analysisReady.connect(on_ready)
        window.controller.failed.connect(on_failed)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_S * 1000, on_timeout)
    QTimer.singleShot(0, window.start)
    code = app.exec()
    window.shutdown()
    return status["code"] or code

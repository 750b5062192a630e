"""Application entry: ``python main.py [--screenshot PATH] [--lang id|en] [--demo-scale K]``."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future

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
    parser.add_argument(
        "--size", type=window_size, metavar="WxH", help="window size of --screenshot (1600x1000)"
    )
    return parser.parse_args(list(argv))


def window_size(text: str) -> tuple[int, int]:
    """``1366x768`` as ``(1366, 768)``."""
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 1366x768)") from None
    if width < 640 or height < 480:
        raise argparse.ArgumentTypeError(f"too small: {text!r} (at least 640x480)")
    return width, height


def choose_language(screenshot: bool) -> str:
    """The language to start in: the saved choice, else ask once (Indonesian first)."""
    from ui.settings import save_language, saved_language

    saved = saved_language()
    if saved is not None:
        return saved
    if screenshot:  # never prompts
        return "id"
    from PySide6.QtWidgets import QInputDialog

    items = ["Bahasa Indonesia", "English"]
    item, ok = QInputDialog.getItem(
        None, "Mataram GIS", "Pilih bahasa / Choose the language:", items, 0, False
    )
    lang = "en" if ok and item == "English" else "id"
    save_language(lang)
    return lang


def demo_factory(scale: int, *, early: bool = False):
    """Inputs of the built-in demo city (made in the worker thread). With ``early`` the
    first ones are made at once in a thread of their own, beside the window's creation,
    and the engine set up after them (issue 15: the first ranking sooner)."""
    first: list[Future] = [build_early(scale)] if early else []

    def factory():
        if first:
            return first.pop().result()
        from mataram_gis.inputs import demo_inputs

        return demo_inputs(scale=scale)

    return factory


def build_early(scale: int) -> Future:
    """The demo city's inputs, made in a new thread; then Numba set up (a head start)."""
    future: Future = Future()

    def work() -> None:
        try:
            from mataram_gis.inputs import demo_inputs

            future.set_result(demo_inputs(scale=scale))
        except BaseException as exc:  # the load job raises it, as if made there
            future.set_exception(exc)
        from mataram_gis import engine_ready

        engine_ready.prepare_numba()

    threading.Thread(target=work, name="mataram-demo-early", daemon=True).start()
    return future


def log_first_ranking(window: object, t0: float) -> None:
    """Log once, when the first ranking fills the table, the seconds since ``t0``; then let
    the engine warm-up (a fresh install) compile the rest."""

    def on_ready(analysis: object) -> None:
        from mataram_gis import warmup

        window.controller.analysisReady.disconnect(on_ready)
        warmup.resume()  # a fresh install: now compile the kernels of the other docks
        rows = window.ranking.view.model().rowCount()
        seconds = time.perf_counter() - t0
        logger.info("first ranking shown %.2f s after start (%d rows)", seconds, rows)

    window.controller.analysisReady.connect(on_ready)


def run_app(argv: Sequence[str], *, started: float | None = None) -> int:
    """Open the main window on the demo; with ``--screenshot`` save it and exit 0.

    ``started`` is the ``time.perf_counter()`` of the process start (``main.py``): the log's
    "first ranking shown" line counts from it (benchmarks/bench_firstrun.py reads that line).
    """
    t0 = time.perf_counter() if started is None else started
    args = parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Mataram GIS")
    app.setOrganizationName("Dinas PUPR Kota Mataram")
    from ui.log_dock import setup_logging

    log_path = setup_logging()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from ui.settings import last_project

    reopen = None if args.screenshot else last_project()
    factory = demo_factory(args.demo_scale, early=reopen is None)
    from ui.i18n import LanguageManager
    from ui.main_window import MainWindow

    languages = LanguageManager(app)
    languages.set_language(args.lang or choose_language(bool(args.screenshot)))
    session = None
    if not args.screenshot:  # the screenshot mode never prompts nor touches the session
        from ui.autosave import SessionKeeper

        def session(files):
            return SessionKeeper(files.state, parent=files)

    window = MainWindow(factory, languages, session=session)
    window.unsaved.enabled = not args.screenshot  # ask before quitting with unsaved work
    window.remember_window = not args.screenshot
    if args.screenshot:
        window.resize(*(args.size or SCREENSHOT_SIZE))
    window.show()
    logger.info("window shown %.2f s after start (log: %s)", time.perf_counter() - t0, log_path)
    status = {"code": 0}
    log_first_ranking(window, t0)
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

        window.controller.analysisReady.connect(on_ready)
        window.controller.failed.connect(on_failed)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_S * 1000, on_timeout)
    QTimer.singleShot(0, lambda: window.start(project=reopen))
    code = app.exec()
    window.shutdown()
    return status["code"] or code

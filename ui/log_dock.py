"""The log: Python logging of ``mataram_gis`` and ``ui`` into a text view and a file."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

LOGGERS: tuple[str, ...] = ("mataram_gis", "ui", "layers")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _Relay(QObject):
    message = Signal(str)


class QtLogHandler(logging.Handler):
    """A logging handler that appends records to a widget (thread-safe via a signal)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.relay = _Relay()
        self.setFormatter(logging.Formatter(FORMAT, "%H:%M:%S"))

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(RuntimeError):  # the widget is gone (shutting down)
            self.relay.message.emit(self.format(record))


class LogView(QPlainTextEdit):
    """Read-only log text with a bounded number of lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setMaximumBlockCount(5000)
        self.handler = QtLogHandler()
        self.handler.relay.message.connect(self.appendPlainText)
        for name in LOGGERS:
            logging.getLogger(name).addHandler(self.handler)

    def detach(self) -> None:
        """Stop receiving records (call before the widget is destroyed)."""
        for name in LOGGERS:
            logging.getLogger(name).removeHandler(self.handler)


def log_file_path() -> Path:
    """``<AppDataLocation>/mataram_gis.log`` (the folder is created)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "mataram_gis.log"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log our packages to the user's data folder (once per process)."""
    logging.logThreads = False  # no threading.current_thread() dummies from Qt pool threads
    for name in LOGGERS:
        logging.getLogger(name).setLevel(level)
    try:
        path = log_file_path()
    except OSError:
        return None
    root = logging.getLogger("mataram_gis")
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter(FORMAT))
        for name in LOGGERS:
            logging.getLogger(name).addHandler(handler)
    return path

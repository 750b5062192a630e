"""Messages made outside the GUI (job progress, error messages) in the interface language.

The analysis, the readers and the exporters report in English; the GUI shows them through
:func:`progress_text` and :func:`error_text`, which use the same catalogue as the command
line (:mod:`mataram_gis.messages`, :mod:`mataram_gis.catalogue`): the template a message was
made from is found and filled in Indonesian, numbers in Indonesian style. A message not in
the catalogue is shown as it is, so nothing is ever lost.

A bug (any exception other than our own :class:`~mataram_gis.errors.MataramError`) is shown
as :func:`unexpected_text`: a translated sentence and where the log is. Its type, text and
traceback go to the log only: they are English, technical, and could quote a value of the
data (a name, a NIK) that must not appear in a dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from mataram_gis.messages import error_message, translate
from ui.i18n import current_lang


def progress_text(message: str) -> str:
    """A job's progress message in the interface language."""
    return translate(message, kind="progress", lang=current_lang())


def error_text(message: str) -> str:
    """An error message (:attr:`MataramError.message`) in the interface language."""
    return error_message(message, lang=current_lang())


def log_location() -> str | None:
    """The log file our loggers write to (:func:`ui.log_dock.setup_logging`), if any."""
    from ui.log_dock import LOGGERS

    for name in LOGGERS:
        for handler in logging.getLogger(name).handlers:
            if isinstance(handler, logging.FileHandler):
                return handler.baseFilename
    return None


def unexpected_text() -> str:
    """What a panel or dialog shows for a bug, in the interface language (thread-safe)."""
    path = log_location()
    if path is None:
        return QCoreApplication.translate(
            "Messages",
            "An unexpected error occurred inside the program; the task was not finished. "
            "The technical details are in the Log panel.",
        )
    return QCoreApplication.translate(
        "Messages",
        "An unexpected error occurred inside the program; the task was not finished. "
        "The technical details are in the log: %1",
    ).replace("%1", path)

"""Messages made outside the GUI (job progress, error messages) in the interface language.

The analysis, the readers and the exporters report in English; the GUI shows them through
:func:`progress_text` and :func:`error_text`, which use the same catalogue as the command
line (:mod:`mataram_gis.messages`, :mod:`mataram_gis.catalogue`): the template a message was
made from is found and filled in Indonesian, numbers in Indonesian style. A message not in
the catalogue is shown as it is, so nothing is ever lost.
"""

from __future__ import annotations

from mataram_gis.messages import error_message, translate
from ui.i18n import current_lang


def progress_text(message: str) -> str:
    """A job's progress message in the interface language."""
    return translate(message, kind="progress", lang=current_lang())


def error_text(message: str) -> str:
    """An error message (:attr:`MataramError.message`) in the interface language."""
    return error_message(message, lang=current_lang())

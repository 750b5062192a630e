"""Messages made outside the GUI (job progress, error messages) in the interface language.

The analysis, the readers and the exporters report in English (the CLI and the log stay
English); the GUI shows them through :func:`progress_text` and :func:`error_text`, which
match the known messages (with their numbers and names) and fill the translated template.
A message not in the tables is shown as it is, so nothing is ever lost.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from layers.formatting import format_number
from ui.i18n import current_lang


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _progress_table() -> list[tuple[str, str]]:
    """(regex of the English message, translated template with %1, %2 for the groups)."""
    return [
        (r"loading data", _tr(QT_TRANSLATE_NOOP("Messages", "loading data"))),
        (r"building map layers", _tr(QT_TRANSLATE_NOOP("Messages", "building map layers"))),
        (r"data ready", _tr(QT_TRANSLATE_NOOP("Messages", "data ready"))),
        (
            r"building the road network",
            _tr(QT_TRANSLATE_NOOP("Messages", "building the road network")),
        ),
        (r"network ready", _tr(QT_TRANSLATE_NOOP("Messages", "network ready"))),
        (r"travel times", _tr(QT_TRANSLATE_NOOP("Messages", "travel times"))),
        (r"snapping centres", _tr(QT_TRANSLATE_NOOP("Messages", "snapping centres"))),
        (r"snapping households", _tr(QT_TRANSLATE_NOOP("Messages", "snapping households"))),
        (r"ranking segments", _tr(QT_TRANSLATE_NOOP("Messages", "ranking segments"))),
        (
            r"building the ranking table",
            _tr(QT_TRANSLATE_NOOP("Messages", "building the ranking table")),
        ),
        (r"analysis done", _tr(QT_TRANSLATE_NOOP("Messages", "analysis done"))),
        (r"evaluating upgrades", _tr(QT_TRANSLATE_NOOP("Messages", "evaluating upgrades"))),
        (r"greedy selection", _tr(QT_TRANSLATE_NOOP("Messages", "greedy selection"))),
        (r"choosing", _tr(QT_TRANSLATE_NOOP("Messages", "choosing"))),
        (
            r"improving \(swap out / refill\)",
            _tr(QT_TRANSLATE_NOOP("Messages", "improving (swap out / refill)")),
        ),
        (r"portfolio done", _tr(QT_TRANSLATE_NOOP("Messages", "portfolio done"))),
        (r"budget Rp (.+)", _tr(QT_TRANSLATE_NOOP("Messages", "budget Rp %1"))),
        (r"budget curve done", _tr(QT_TRANSLATE_NOOP("Messages", "budget curve done"))),
        (
            r"grouping segments into corridors",
            _tr(QT_TRANSLATE_NOOP("Messages", "grouping segments into corridors")),
        ),
        (
            r"evaluating ([\d,]+) corridors exactly",
            _tr(QT_TRANSLATE_NOOP("Messages", "evaluating %1 corridors exactly")),
        ),
        (r"evaluating corridors", _tr(QT_TRANSLATE_NOOP("Messages", "evaluating corridors"))),
        (
            r"building the corridors layer",
            _tr(QT_TRANSLATE_NOOP("Messages", "building the corridors layer")),
        ),
        (r"corridors done", _tr(QT_TRANSLATE_NOOP("Messages", "corridors done"))),
        (r"analysing (.+)", _tr(QT_TRANSLATE_NOOP("Messages", "analysing %1"))),
        (r"comparing", _tr(QT_TRANSLATE_NOOP("Messages", "comparing"))),
        (r"writing (.+)", _tr(QT_TRANSLATE_NOOP("Messages", "writing %1"))),
        (r"(.+) written", _tr(QT_TRANSLATE_NOOP("Messages", "%1 written"))),
        (r"saving (.+)", _tr(QT_TRANSLATE_NOOP("Messages", "saving %1"))),
        (r"(.+) saved", _tr(QT_TRANSLATE_NOOP("Messages", "%1 saved"))),
        (r"collecting the results", _tr(QT_TRANSLATE_NOOP("Messages", "collecting the results"))),
        (r"drawing the preview", _tr(QT_TRANSLATE_NOOP("Messages", "drawing the preview"))),
        (r"rendering the preview", _tr(QT_TRANSLATE_NOOP("Messages", "rendering the preview"))),
        (r"preview ready", _tr(QT_TRANSLATE_NOOP("Messages", "preview ready"))),
        (r"adding QGIS styles", _tr(QT_TRANSLATE_NOOP("Messages", "adding QGIS styles"))),
        (r"computing who gains", _tr(QT_TRANSLATE_NOOP("Messages", "computing who gains"))),
        (r"drawing the map", _tr(QT_TRANSLATE_NOOP("Messages", "drawing the map"))),
        (r"preparing the map", _tr(QT_TRANSLATE_NOOP("Messages", "preparing the map"))),
        (r"tables and chart", _tr(QT_TRANSLATE_NOOP("Messages", "tables and chart"))),
        (r"briefing written", _tr(QT_TRANSLATE_NOOP("Messages", "briefing written"))),
        (r"map written", _tr(QT_TRANSLATE_NOOP("Messages", "map written"))),
        (
            r"preparing the analysis engine \(once\)",
            _tr(QT_TRANSLATE_NOOP("Messages", "preparing the analysis engine (once)")),
        ),
    ]


#: Phrases of error messages translated as they are (found anywhere in a message).
ERROR_PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Messages", "empty or not a number"),
    QT_TRANSLATE_NOOP("Messages", "coordinates are missing"),
    QT_TRANSLATE_NOOP("Messages", "fill in the coordinates or delete those rows"),
    QT_TRANSLATE_NOOP("Messages", "coordinates out of the valid range"),
    QT_TRANSLATE_NOOP("Messages", "file not found"),
    QT_TRANSLATE_NOOP("Messages", "check the path"),
    QT_TRANSLATE_NOOP("Messages", "the file is empty (0 bytes)"),
    QT_TRANSLATE_NOOP("Messages", "the file holds no text"),
    QT_TRANSLATE_NOOP("Messages", "the file has no header line"),
    QT_TRANSLATE_NOOP("Messages", "add a header line with column names"),
    QT_TRANSLATE_NOOP("Messages", "the CSV cannot be parsed"),
    QT_TRANSLATE_NOOP("Messages", "this is not a text CSV file"),
    QT_TRANSLATE_NOOP("Messages", "duplicate ids"),
    QT_TRANSLATE_NOOP("Messages", "give every row its own id"),
    QT_TRANSLATE_NOOP("Messages", "there is no road condition column"),
    QT_TRANSLATE_NOOP("Messages", "there is no road class column"),
    QT_TRANSLATE_NOOP("Messages", "the layer has no coordinate reference system (CRS)"),
    QT_TRANSLATE_NOOP("Messages", "is not a coordinate reference system pyproj knows"),
    QT_TRANSLATE_NOOP("Messages", "this is a folder, not a file"),
    QT_TRANSLATE_NOOP("Messages", "unsupported file type"),
    QT_TRANSLATE_NOOP("Messages", "cannot be opened as a vector layer"),
    QT_TRANSLATE_NOOP("Messages", "cannot be read as an Excel workbook"),
    QT_TRANSLATE_NOOP("Messages", "the OSM file holds no roads"),
    QT_TRANSLATE_NOOP("Messages", "choose an extract that covers the city"),
)


def _error_table() -> list[tuple[str, str]]:
    """Phrases of error messages (regex, template); applied to the whole message in turn."""
    table = [
        (r"\nFix: ", "\n" + _tr(QT_TRANSLATE_NOOP("Messages", "Fix:")) + " "),
        (
            r"put a number in every row of '([^']+)' \(decimal point or comma\)",
            _tr(
                QT_TRANSLATE_NOOP(
                    "Messages", "put a number in every row of '%1' (decimal point or comma)"
                )
            ),
        ),
        (r"\bin rows (\d[\d, ]*\d)\b", _tr(QT_TRANSLATE_NOOP("Messages", "in rows %1"))),
        (
            r"\brows (\d[\d, ]*), \.\.\. \((\d+) rows\)",
            _tr(QT_TRANSLATE_NOOP("Messages", "rows %1, ... (%2 rows)")),
        ),
        (r"\brows (\d[\d, ]*\d)\b", _tr(QT_TRANSLATE_NOOP("Messages", "rows %1"))),
        (r"\brow (\d+)\b", _tr(QT_TRANSLATE_NOOP("Messages", "row %1"))),
        (r"\bcolumns? ([\w/]+)", _tr(QT_TRANSLATE_NOOP("Messages", "column %1"))),
    ]
    return table + [(re.escape(phrase), _tr(phrase)) for phrase in ERROR_PHRASES]


@cache
def _compiled(kind: str, lang: str) -> list[tuple[re.Pattern[str], str]]:
    table = _progress_table() if kind == "progress" else _error_table()
    flags = 0 if kind == "progress" else re.IGNORECASE
    anchor = "^{}$" if kind == "progress" else "{}"
    return [(re.compile(anchor.format(rx), flags), tmpl) for rx, tmpl in table]


def _fill(template: str, groups: tuple[str | None, ...]) -> str:
    for i, value in enumerate(groups, start=1):
        template = template.replace(f"%{i}", value or "")
    return template


def _localise_numbers(text: str, lang: str) -> str:
    """``1,234,567`` (English grouping) as ``1.234.567`` in Indonesian."""
    if lang != "id":
        return text
    return re.sub(
        r"\b\d{1,3}(?:,\d{3})+\b",
        lambda m: format_number(int(m.group(0).replace(",", "")), lang),
        text,
    )


def progress_text(message: str) -> str:
    """A job's progress message in the interface language."""
    lang = current_lang()
    if lang == "en":
        return message
    for rx, template in _compiled("progress", lang):
        m = rx.match(message)
        if m:
            groups = tuple(
                format_number(int(g.replace(",", "")), lang)
                if g and re.fullmatch(r"\d[\d,]*", g)
                else g
                for g in m.groups()
            )
            return _localise_numbers(_fill(template, groups), lang)
    return message


def error_text(message: str) -> str:
    """An error message (:attr:`MataramError.message`) in the interface language."""
    lang = current_lang()
    if lang == "en":
        return message
    out = message
    for rx, template in _compiled("error", lang):
        out = rx.sub(lambda m, t=template: _fill(t, m.groups()), out)
    return out

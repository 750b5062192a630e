"""The ``equity`` and ``isolation`` tables as printed, in the messages language.

The CSV files (``--out``) keep the field names of the data (``households_reached``...); the
printed tables speak the reader's language (docs/GLOSSARY.md): Indonesian headers, desil
names, ``jumlah`` for the total row, numbers in the language's style (``1.234,5``; 44,9 %),
aggregation names in words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from mataram_gis.formatting import format_number
from mataram_gis.messages import cli_text
from mataram_gis.scenario import CATEGORY_LABELS

if TYPE_CHECKING:
    import pandas as pd

#: Printed headers by language (lower case: the command line's style).
HEADERS: dict[str, dict[str, str]] = {
    "id": {
        "category": "desil",
        "kelurahan": "kelurahan",
        "kecamatan": "kecamatan",
        "centre": "sentra",
        "households": "rumah tangga",
        "households_reached": "RT terjangkau",
        "benefit": "manfaat",
        "benefit_share": "pangsa manfaat",
        "mean_minutes_saved": "hemat (menit)",
        "mean_minutes_before": "sebelum (menit)",
        "mean_minutes_after": "sesudah (menit)",
        "far": "jauh",
        "off_network": "di luar jaringan",
        "isolated": "terisolasi",
        "isolated_share": "pangsa terisolasi",
    },
    "en": {
        "category": "desil",
        "kelurahan": "kelurahan",
        "kecamatan": "kecamatan",
        "centre": "centre",
        "households": "households",
        "households_reached": "reached",
        "benefit": "benefit",
        "benefit_share": "benefit share",
        "mean_minutes_saved": "saved (min)",
        "mean_minutes_before": "before (min)",
        "mean_minutes_after": "after (min)",
        "far": "far",
        "off_network": "off network",
        "isolated": "isolated",
        "isolated_share": "isolated share",
    },
}
#: The aggregation choices (``--aggregation``) in words.
AGGREGATION_WORDS: dict[str, dict[str, str]] = {
    "id": {
        "equity": "berbobot ekuitas (bobot desil peringkat)",
        "utilitarian": "tanpa bobot (setiap jam produsen sama)",
        "prioritarian": "prioritas termiskin (bobot desil 8/4/2/1)",
    },
    "en": {
        "equity": "equity-weighted (the ranking's desil weights)",
        "utilitarian": "unweighted (every producer-hour the same)",
        "prioritarian": "poorest first (desil weights 8/4/2/1)",
    },
}
#: The benefit's unit under each aggregation.
BENEFIT_UNITS: dict[str, dict[str, str]] = {
    "id": {
        "equity": "jam-RT terbobot/tahun",
        "utilitarian": "jam-RT/tahun tanpa bobot",
        "prioritarian": "jam-RT terbobot/tahun (bobot 8/4/2/1)",
    },
    "en": {
        "equity": "weighted household-hours/year",
        "utilitarian": "unweighted household-hours/year",
        "prioritarian": "weighted household-hours/year (weights 8/4/2/1)",
    },
}
_TOTAL = {"id": "jumlah", "en": "total"}
_OUTSIDE = {"id": "(di luar kelurahan)", "en": "(outside every kelurahan)"}
_HIDDEN = "<5"  # counts under 5 households are not shown (privacy)


def _lang(lang: str) -> str:
    return lang if lang in HEADERS else "en"


def aggregation_word(aggregation: str, lang: str) -> str:
    """``--aggregation``'s value in words (the code itself when unknown)."""
    return AGGREGATION_WORDS[_lang(lang)].get(aggregation, aggregation)


def group_label(
    by: str, value: object, lang: str, *, names: Mapping[str, str] | None = None
) -> str:
    """A row's group in words: a desil's name, a centre's name, ``jumlah``, an empty area."""
    lang = _lang(lang)
    text = "" if value is None or value != value else str(value)
    if text == "total":
        return _TOTAL[lang]
    if by == "category":
        try:
            return CATEGORY_LABELS[lang].get(int(text), text).lower()
        except ValueError:
            return text
    if by == "centre" and names:
        return f"{text} {names.get(text, '')}".strip()
    if by in ("kelurahan", "kecamatan") and not text:
        return _OUTSIDE[lang]
    return text


def render(columns: Sequence[tuple[str, list[str], bool]]) -> str:
    """A plain-text table: (header, cells, right-aligned) per column, two spaces apart."""
    widths = [max([len(h), *(len(c) for c in cells)]) for h, cells, _ in columns]
    rows = [[h for h, _, _ in columns]]
    rows += [list(r) for r in zip(*(cells for _, cells, _ in columns), strict=True)]
    lines = []
    for row in rows:
        parts = [
            cell.rjust(w) if right else cell.ljust(w)
            for cell, w, (_, _, right) in zip(row, widths, columns, strict=True)
        ]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def _percent(x: object, lang: str) -> str:
    try:
        value = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return _HIDDEN
    return _HIDDEN if value != value else f"{format_number(100 * value, lang, 1)}%"


def _count(x: object, lang: str) -> str:
    try:
        value = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return _HIDDEN
    return _HIDDEN if value != value else format_number(value, lang)


def _column(
    table: pd.DataFrame, field: str, lang: str, cell: Callable[[object], str]
) -> tuple[str, list[str], bool]:
    return HEADERS[lang].get(field, field), [cell(v) for v in table[field]], True


def equity_text(
    table: pd.DataFrame, *, by: str, lang: str, names: Mapping[str, str] | None = None
) -> str:
    """An :func:`mataram_gis.equity.equity_table` as printed."""
    lang = _lang(lang)
    first = (HEADERS[lang].get(by, by),
             [group_label(by, v, lang, names=names) for v in table[by]], False)  # fmt: skip
    decimals = {"benefit": 1, "mean_minutes_saved": 2, "mean_minutes_before": 2,
                "mean_minutes_after": 2}  # fmt: skip
    columns = [first]
    for field in table.columns[1:]:
        if field == "benefit_share":
            columns.append(_column(table, field, lang, lambda v: _percent(v, lang)))
        else:
            d = decimals.get(field, 0)
            columns.append(_column(table, field, lang, lambda v, d=d: format_number(v, lang, d)))
    return render(columns)


def equity_notes(aggregation: str, lang: str) -> str:
    """What the benefit and minute columns measure."""
    unit = BENEFIT_UNITS[_lang(lang)].get(aggregation, aggregation)
    return cli_text("benefit in {}; minutes: mean door-to-centre time per trip", unit, lang=lang)


def isolation_text(table: pd.DataFrame, *, lang: str, threshold_min: float) -> str:
    """An :func:`mataram_gis.isolation.isolation_by_area` table as printed (``<5`` hidden)."""
    lang = _lang(lang)
    by = table.columns[0]
    columns = [(HEADERS[lang].get(by, by), [group_label(by, v, lang) for v in table[by]], False)]
    for field in table.columns[1:]:
        cell = _percent if field == "isolated_share" else _count
        header, cells, right = _column(table, field, lang, lambda v, c=cell: c(v, lang))
        if field == "far":
            limit = format_number(threshold_min, lang, 0 if threshold_min == int(threshold_min)
                                  else 1)  # fmt: skip
            header = f"{header} (> {limit} {'menit' if lang == 'id' else 'min'})"
        columns.append((header, cells, right))
    return render(columns)

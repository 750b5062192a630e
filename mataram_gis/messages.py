"""Messages made outside the outputs (errors, job progress, CLI lines) in the user's language.

The code writes them in English; :func:`translate` finds the catalogue template
(:mod:`mataram_gis.catalogue`) a message was made from, translates the values it holds
(a nested message, "row 5", "centres") and fills in the Indonesian template. A message not in
the catalogue is shown as it is, so nothing is lost. Numbers in English grouping
(``1,234.5``) become Indonesian (``1.234,5``).

The command line's language is set once (:func:`set_language`, default Indonesian); the GUI
passes its interface language.
"""

from __future__ import annotations

import re
import string
from functools import cache

from mataram_gis.catalogue import CLI_ID, ERRORS_ID, PROGRESS_ID

LANGS = ("id", "en")
_state = {"lang": "id"}
_TABLES = {"error": ERRORS_ID, "progress": PROGRESS_ID, "cli": CLI_ID}
_GROUPED = re.compile(r"(?<![\w.,])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,]|\.\d)")
_DECIMAL = re.compile(r"-?\d+\.\d+")
_FIX_EN, _FIX_ID = "\nFix: ", "\nPerbaikan: "


def set_language(lang: str) -> None:
    """The language of the command line's messages (``id`` or ``en``)."""
    _state["lang"] = lang if lang in LANGS else "id"


def language() -> str:
    """The command line's message language."""
    return _state["lang"]


def _pattern(template: str) -> re.Pattern[str]:
    parts = []
    for literal, field, _spec, _conv in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append("(.+?)")
    return re.compile("".join(parts), re.DOTALL)


def _literal(template: str) -> int:
    """How much fixed text a template has (its specificity)."""
    return sum(len(lit) for lit, *_ in string.Formatter().parse(template))


@cache
def _patterns(kind: str) -> tuple[tuple[re.Pattern[str], str, int], ...]:
    """The catalogue's templates as patterns, most literal text first (most specific)."""
    table = _TABLES[kind]
    order = sorted(table, key=lambda t: -_literal(t))
    return tuple((_pattern(t), table[t], _literal(t)) for t in order)


def localise_numbers(text: str) -> str:
    """``1,234,567.5`` -> ``1.234.567,5`` (and a lone ``2.5`` -> ``2,5``)."""
    if _DECIMAL.fullmatch(text):
        return text.replace(".", ",")
    return _GROUPED.sub(lambda m: m.group(0).replace(",", "\0").replace(".", ",")
                        .replace("\0", "."), text)  # fmt: skip


def _value(value: str, depth: int) -> str:
    """A value found in a message: itself a message, or pieces joined by ': ', or as is."""
    if depth > 4:
        return localise_numbers(value)
    whole = _match(value, "error", depth + 1)
    if whole is not None:
        return whole
    return ": ".join(
        "; ".join(_match(item, "error", depth + 1) or localise_numbers(item)
                  for item in piece.split("; "))
        for piece in value.split(": ")
    )  # fmt: skip


def _best(text: str, kind: str, depth: int) -> tuple[str, int] | None:
    """(translation, literal length of its template) of the most specific fit, or None."""
    for rx, target, literal in _patterns(kind):
        m = rx.fullmatch(text)
        if m:
            return target.format(*(_value(g, depth) for g in m.groups())), literal
    return None


def _match(text: str, kind: str, depth: int = 0) -> str | None:
    """``text`` translated when it fits a catalogue template, else None."""
    found = _best(text, kind, depth)
    return found[0] if found else None


def translate(text: str, *, kind: str = "error", lang: str | None = None) -> str:
    """One message (a problem, a fix, a progress step, a CLI line) in ``lang``.

    Parameters
    ----------
    text
        The English message.
    kind
        ``"error"``, ``"progress"`` or ``"cli"``: the catalogue to use.
    lang
        ``id`` or ``en``; default: the command line's language (:func:`language`).
    """
    lang = lang or language()
    if lang == "en" or not text:
        return text
    return _match(text, kind) or _value(text, 0)


def cli_text(template: str, *values: object, lang: str | None = None) -> str:
    """A line of the command line's own (``"results: {}"``) with its values as they are."""
    lang = lang or language()
    text = template if lang == "en" else CLI_ID.get(template, template)
    return text.format(*values)


def error_message(message: str, *, lang: str | None = None) -> str:
    """A whole error message (``file: where: problem`` + ``Fix: ...``) in ``lang``.

    The parts before the problem (file, column, rows) are found by trying each ``": "`` as
    the start of the problem and keeping the most specific template that fits.
    """
    lang = lang or language()
    if lang == "en" or not message:
        return message
    head, sep, fix = message.partition(_FIX_EN)
    parts = head.split(": ")
    out, best = None, -1
    for i in range(len(parts)):  # the problem starts at the split its template fits best
        found = _best(": ".join(parts[i:]), "error", 0)
        if found is not None and found[1] > best:
            prefix = [_match(p, "error") or localise_numbers(p) for p in parts[:i]]
            out, best = ": ".join([*prefix, found[0]]), found[1]
    if out is None:
        out = _value(head, 0)
    if sep:
        out += _FIX_ID + translate(fix, lang=lang)
    return out

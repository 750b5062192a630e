"""Type and range checks for every scenario parameter, driven by the dataclass field types.

:func:`check_fields` walks the fields of a :class:`~mataram_gis.scenario.Scenario` and checks
each value against its declared type: numbers must be real, finite numbers within the range
documented in :data:`RANGES` (not text, not booleans, not NaN or infinity); booleans must be
JSON ``true``/``false`` (the text ``"no"`` is refused, not read as true); texts and lists of
texts must use the known words; tables (``dict`` of ``dict``) must use known keys at every
level. Every message names the key, the value given and what is allowed.

A field added to the scenario later is checked the same way from its type alone. Its range
comes from ``field(metadata={"range": (lo, hi)})`` (``lo`` excluded with
``metadata={"range": (lo, hi), "above": True}``), or from :data:`RANGES`, or defaults to any
finite number of magnitude up to 1e15; allowed words come from ``metadata={"choices": ...}``.
"""

from __future__ import annotations

import json
import math
import numbers
import types
import typing
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from mataram_gis import speeds
from mataram_gis.errors import ScenarioError


@dataclass(frozen=True)
class Range:
    """A closed or half-open number range: ``lo < x <= hi`` (``above``) or ``lo <= x <= hi``."""

    lo: float
    hi: float
    above: bool = False

    def __contains__(self, x: float) -> bool:
        return (x > self.lo if self.above else x >= self.lo) and x <= self.hi

    def text(self) -> str:
        """The range in words for messages: "a number > 0 and <= 200"."""
        return f"a number {'>' if self.above else '>='} {self.lo:g} and <= {self.hi:g}"


#: Allowed range of each numeric parameter (for tables: of every value in the table).
RANGES: dict[str, Range] = {
    "trips_per_year": Range(0, 10_000, above=True),
    "walk_speed_kmh": Range(0, 20, above=True),
    "snap_distance_m": Range(0, 50_000, above=True),
    "min_length_m": Range(0, 100_000),
    "budget_rp": Range(0, 1e16),
    "equity_weights": Range(0, 1_000),
    "base_speed_kmh": Range(0, 200, above=True),
    "condition_cap_kmh": Range(0, 200, above=True),
    "condition_factor": Range(0, 2, above=True),
    "unit_cost_rp_per_km": Range(0, 1e13),
}
DEFAULT_RANGE = Range(-1e15, 1e15)

_COSTED = tuple(c for c in speeds.CONDITIONS if c != speeds.CONDITIONS[0])


def _authorities() -> tuple[str, ...]:
    from mataram_gis.io.vocab import AUTHORITY_WORDS

    return tuple(sorted(set(AUTHORITY_WORDS.values())))


#: Known keys of each table parameter, one collection per nesting level.
TABLE_KEYS: dict[str, tuple[Collection[Any], ...]] = {
    "equity_weights": ((1, 2, 3, 4),),
    "base_speed_kmh": (speeds.MODES, speeds.ROAD_CLASSES),
    "condition_cap_kmh": (speeds.MODES, speeds.CONDITIONS),
    "condition_factor": (speeds.MODES, speeds.CONDITIONS),
    "unit_cost_rp_per_km": (tuple(speeds.UNIT_COST_RP_PER_KM), _COSTED),
}

#: Allowed words of text parameters (and of the items of lists of text).
CHOICES: dict[str, Callable[[], Collection[str]]] = {
    "mode": lambda: speeds.MODES,
    "target_condition": lambda: speeds.CONDITIONS,
    "candidate_authorities": _authorities,
}

_WHAT: dict[str, str] = {
    "mode": "travel mode",
    "target_condition": "target condition",
    "candidate_authorities": "road authority",
}

_NOTES: dict[str, str] = {
    "base_speed_kmh": "null closes the road class to the mode",
    "condition_cap_kmh": "null means no cap",
}


@dataclass(frozen=True)
class _Spec:
    """What one field allows: its range, known keys per table level, allowed words."""

    key: str
    range: Range
    keys: tuple[Collection[Any], ...] = ()
    choices: Collection[str] | None = None


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def check_fields(obj: Any, *, prefix: str = "") -> None:
    """Check and normalise every field of a scenario dataclass in place.

    Numbers become ``float`` (``int`` for int fields), table keys of int tables become
    ``int`` (JSON writes them as text), tuples become lists.

    Parameters
    ----------
    obj
        A dataclass instance (the scenario, or a parameter group nested in it).
    prefix
        The group's key in the scenario, e.g. ``"appraisal."``: messages then name
        ``appraisal.discount_rate``, and :data:`RANGES`, :data:`TABLE_KEYS` and
        :data:`CHOICES` are looked up under that full name.

    Raises
    ------
    ScenarioError
        Naming the key, the value given and what is allowed.
    """
    hints = _hints(type(obj))
    for f in fields(obj):
        meta = f.metadata
        key = prefix + f.name
        if "range" in meta:
            lo, hi = meta["range"]
            rng = Range(lo, hi, above=bool(meta.get("above", False)))
        else:
            rng = RANGES.get(key, DEFAULT_RANGE)
        choices = meta.get("choices") or (CHOICES[key]() if key in CHOICES else None)
        spec = _Spec(key, rng, TABLE_KEYS.get(key, ()), choices)
        value = _check(getattr(obj, f.name), hints[f.name], spec, path=key, level=0)
        setattr(obj, f.name, value)


def _show(value: Any) -> str:
    """The value as JSON text (as the user wrote it), cut to 60 characters."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=repr)
    except (ValueError, TypeError, RecursionError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a true/false value"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, numbers.Number):
        return "a number"
    if isinstance(value, Mapping):
        return "an object {...}"
    if isinstance(value, list | tuple):
        return "a list [...]"
    return type(value).__name__


def _fail(path: str, value: Any, problem: str, allowed: str) -> ScenarioError:
    return ScenarioError(
        f"scenario key {path} is {_show(value)} ({_kind(value)}): {problem}",
        fix=f"give {allowed}",
    )


def _check(value: Any, tp: Any, spec: _Spec, *, path: str, level: int) -> Any:
    """Check ``value`` against type ``tp``; return it normalised."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if value is None and len(inner) < len(args):
            return None
        tp = inner[0] if len(inner) == 1 else Any
        if tp is Any:
            return value
        try:
            return _check(value, tp, spec, path=path, level=level)
        except ScenarioError as exc:
            if exc.fix and len(inner) < len(args):
                exc.fix += ", or null"
                exc.args = (exc.message,)
            raise
    if tp is float or tp is int:
        return _number(value, integral=tp is int, spec=spec, path=path)
    if tp is bool:
        if isinstance(value, bool) or type(value).__name__ == "bool_":
            return bool(value)
        raise _fail(path, value, "not a true/false value", "true or false (without quotes)")
    if tp is str:
        return _text(value, spec=spec, path=path)
    if origin is dict:
        return _table(value, args, spec, path=path, level=level)
    if origin is list:
        if isinstance(value, str):
            raise _fail(path, value, "not a list", f"a list, e.g. [{json_text(value)}]")
        if not isinstance(value, list | tuple):
            raise _fail(path, value, "not a list", "a list [...] (may be empty)")
        item_tp = args[0] if args else Any
        return [
            _check(v, item_tp, spec, path=f"{path}[{i}]", level=level) for i, v in enumerate(value)
        ]
    return value


def json_text(value: str) -> str:
    """A text as a JSON string literal (for messages)."""
    return json.dumps(value, ensure_ascii=False)


def _number(value: Any, *, integral: bool, spec: _Spec, path: str) -> float | int:
    allowed = spec.range.text() + (" (a whole number)" if integral else "")
    note = _NOTES.get(spec.key)
    if note:
        allowed += f" ({note})"
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise _fail(path, value, "not a number", allowed + "; write numbers without quotes")
    try:
        number = float(value)
    except (OverflowError, ValueError):
        raise _fail(path, value, "too large", allowed) from None
    if not math.isfinite(number):
        raise _fail(path, value, "not a finite number", allowed)
    if integral and not number.is_integer():
        raise _fail(path, value, "not a whole number", allowed)
    if number not in spec.range:
        raise _fail(path, value, "out of range", allowed)
    return int(number) if integral else number


def _text(value: Any, *, spec: _Spec, path: str) -> str:
    choices = spec.choices
    words = ", ".join(json_text(c) for c in choices) if choices is not None else ""
    if not isinstance(value, str):
        raise _fail(path, value, "not a text", f"one of {words}" if words else "a text in quotes")
    if choices is not None and value not in choices:
        what = _WHAT.get(spec.key, "value")
        raise _fail(path, value, f"unknown {what}", f"one of {words}")
    return value


def _table(value: Any, args: tuple[Any, ...], spec: _Spec, *, path: str, level: int) -> dict:
    key_tp, val_tp = args if len(args) == 2 else (Any, Any)
    known = spec.keys[level] if level < len(spec.keys) else None
    listed = ", ".join(json_text(str(k)) for k in known) if known is not None else ""
    if not isinstance(value, Mapping):
        example = f" with keys among {listed}" if listed else ""
        raise _fail(path, value, "not an object", f"an object {{...}}{example}")
    out: dict[Any, Any] = {}
    for raw, item in value.items():
        key = _key(raw, key_tp, path=path, listed=listed)
        if known is not None and key not in known:
            raise ScenarioError(
                f"scenario key {path} has an unknown key {_show(raw)}",
                fix=f"use keys among {listed}",
            )
        sub = f"{path}[{json_text(str(key))}]"
        out[key] = _check(item, val_tp, spec, path=sub, level=level + 1)
    return out


def _key(raw: Any, key_tp: Any, *, path: str, listed: str) -> Any:
    if key_tp is int:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().isdigit():
            return int(raw.strip())
        raise ScenarioError(
            f"scenario key {path} has a key {_show(raw)} that is not a whole number",
            fix=f"use keys among {listed}" if listed else "use whole numbers as keys",
        )
    if key_tp is str and not isinstance(raw, str):
        raise ScenarioError(
            f"scenario key {path} has a key {_show(raw)} that is not a text",
            fix=f"use keys among {listed}" if listed else "use texts as keys",
        )
    return raw

"""Amounts of rupiah as people type them: ``5e9``, ``5_000_000_000``, ``5 miliar``,
``750 juta``, ``Rp 2,5 M``.

Its own small module (beside :mod:`mataram_gis.formatting`, which writes amounts) so that
output code reading a budget (``--upgrade portfolio:BUDGET``) needs no command module.
"""

from __future__ import annotations

import math
import re

from mataram_gis.errors import UsageError

_UNITS = {
    "rb": 1e3,
    "ribu": 1e3,
    "k": 1e3,
    "jt": 1e6,
    "juta": 1e6,
    "million": 1e6,
    "m": 1e9,
    "miliar": 1e9,
    "milyar": 1e9,
    "billion": 1e9,
    "bn": 1e9,
    "t": 1e12,
    "triliun": 1e12,
    "trillion": 1e12,
}


def parse_rupiah(text: str) -> float:
    """``5e9``, ``5000000000``, ``5_000_000_000``, ``5 miliar``, ``750 juta`` -> rupiah.

    Raises
    ------
    UsageError
        When the text is not an amount.
    """
    raw = text.strip().lower().replace("rp", "").replace("_", "").strip()
    match = re.fullmatch(r"([0-9]+(?:[.,][0-9]+)?(?:e[0-9]+)?)\s*([a-z]*)", raw)
    if not match or (match.group(2) and match.group(2) not in _UNITS):
        raise UsageError(
            f"cannot read the budget {text!r}",
            fix="give rupiah, e.g. --budget 5e9 or --budget '5 miliar'",
        )
    number = float(match.group(1).replace(",", "."))
    value = number * _UNITS.get(match.group(2), 1.0)
    if not math.isfinite(value):
        raise UsageError(
            f"the budget {text!r} is too large to be a number of rupiah",
            fix="give rupiah, e.g. --budget 5e9 or --budget '5 miliar'",
        )
    if value <= 0:
        raise UsageError(f"the budget must be more than 0, got {text!r}")
    return value

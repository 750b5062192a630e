"""Numbers and rupiah in Indonesian (1.234,5; Rp 1,2 miliar) or English (1,234.5).

Magnitudes are written out (docs/GLOSSARY.md): "M" meant miliar in Indonesian and million in
English, so neither language uses it.
"""

from __future__ import annotations

import math

#: Rupiah magnitude words: (factor, Indonesian suffix, English suffix).
RP_UNITS: tuple[tuple[float, str, str], ...] = (
    (1e12, "triliun", "trillion"),
    (1e9, "miliar", "billion"),
    (1e6, "juta", "million"),
)


def format_number(x: float | None, lang: str = "en", decimals: int = 0) -> str:
    """Thousands separators and decimals in the language's convention; "–" for missing."""
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "–"
    text = f"{float(x):,.{decimals}f}"
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_rupiah(x: float | None, lang: str = "en", *, short: bool = True) -> str:
    """Rupiah: ``Rp 1,2 miliar`` (id) / ``Rp 1.2 billion`` (en) when ``short``, else digits."""
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "–"
    if short:
        for factor, id_word, en_word in RP_UNITS:
            if abs(x) >= factor:
                word = id_word if lang == "id" else en_word
                return f"Rp {format_number(x / factor, lang, 1)} {word}"
    return f"Rp {format_number(x, lang, 0)}"

"""Numbers and rupiah in Indonesian (1.234,5; Rp 1,2 miliar) or English (1,234.5).

Magnitudes are written out (docs/GLOSSARY.md): "M" meant miliar in Indonesian and million in
English, so neither language uses it. The one implementation is :mod:`mataram_gis.formatting`;
panels show rupiah with one decimal.
"""

from __future__ import annotations

from mataram_gis.formatting import RP_UNITS, format_number
from mataram_gis.formatting import format_rupiah as _format_rupiah

__all__ = ["RP_UNITS", "format_number", "format_rupiah"]


def format_rupiah(x: float | None, lang: str = "en", *, short: bool = True) -> str:
    """Rupiah: ``Rp 1,2 miliar`` (id) / ``Rp 1.2 billion`` (en) when ``short``, else digits."""
    return _format_rupiah(x, lang, short=short, decimals=1)

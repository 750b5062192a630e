"""Numbers and rupiah for the map layers and panels: the one implementation is
:mod:`mataram_gis.formatting` (``Rp 1,25 miliar`` / ``Rp 1.25 billion``, never a bare "M")."""

from __future__ import annotations

from mataram_gis.formatting import RP_UNITS, format_number, format_rupiah

__all__ = ["RP_UNITS", "format_number", "format_rupiah"]

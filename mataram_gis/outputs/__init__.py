"""Published outputs: priority maps, QGIS styles, ranking tables and the council briefing.

Entry points (keyword-only options, ``progress``/``cancel`` job callbacks where slow)::

    from mataram_gis.outputs import export               # the one export service (any kind)
    from mataram_gis.outputs import export_map, add_qgis_styles, export_table, build_briefing
    from mataram_gis.outputs.classify import priority_classes   # shared with the GUI canvas

No published output shows an individual household (see :mod:`.privacy`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["add_qgis_styles", "build_briefing", "export", "export_map", "export_table"]

if TYPE_CHECKING:
    from mataram_gis.outputs.briefing import build_briefing
    from mataram_gis.outputs.mapexport import export_map
    from mataram_gis.outputs.service import add_qgis_styles, export
    from mataram_gis.outputs.tables import export_table

_HOMES = {
    "export_map": "mataram_gis.outputs.mapexport",
    "add_qgis_styles": "mataram_gis.outputs.service",
    "export": "mataram_gis.outputs.service",
    "export_table": "mataram_gis.outputs.tables",
    "build_briefing": "mataram_gis.outputs.briefing",
}


def __getattr__(name: str) -> Any:
    """Import heavy modules (matplotlib, reportlab) only when first used."""
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(name)

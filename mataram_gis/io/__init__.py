"""Readers of real input data: roads, industrial centres, households, OSM.

Every reader validates its file first and raises :class:`mataram_gis.errors.InputDataError`
with a message naming the file, the row or column, the problem and the fix. All return the
normalised schemas of ``docs/INTERNALS.md`` in the input CRS. See ``docs/INPUTS.md``.

The names below load their module on first use (PEP 562), so importing a light module of
this package (``mataram_gis.io.vocab``, ``mataram_gis.io.columns``...) does not import
geopandas, scipy and the OSM readers with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mataram_gis.io.hashing import file_sha256
    from mataram_gis.io.osm import download_osm
    from mataram_gis.io.points import read_centres, read_households
    from mataram_gis.io.preview import TablePreview, preview_table
    from mataram_gis.io.roads import read_roads
    from mataram_gis.io.topology import TopologyReport

_WHERE = {
    "TablePreview": "preview",
    "TopologyReport": "topology",
    "download_osm": "osm",
    "file_sha256": "hashing",
    "preview_table": "preview",
    "read_centres": "points",
    "read_households": "points",
    "read_roads": "roads",
}

__all__ = [
    "TablePreview",
    "TopologyReport",
    "download_osm",
    "file_sha256",
    "preview_table",
    "read_centres",
    "read_households",
    "read_roads",
]


def __getattr__(name: str) -> Any:
    """Load the module of ``name`` when it is first asked for."""
    if name in _WHERE:
        value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])

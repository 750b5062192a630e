"""Readers of real input data: roads, industrial centres, households, OSM.

Every reader validates its file first and raises :class:`mataram_gis.errors.InputDataError`
with a message naming the file, the row or column, the problem and the fix. All return the
normalised schemas of ``docs/INTERNALS.md`` in the input CRS. See ``docs/INPUTS.md``.
"""

from mataram_gis.io.hashing import file_sha256
from mataram_gis.io.osm import download_osm
from mataram_gis.io.points import read_centres, read_households
from mataram_gis.io.preview import TablePreview, preview_table
from mataram_gis.io.roads import read_roads
from mataram_gis.io.topology import TopologyReport

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

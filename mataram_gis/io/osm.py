"""OpenStreetMap roads: .osm XML (osmnx), .osm.pbf (pyrosm) and downloads (osmnx).

Files are read by default with the fast reader (:mod:`mataram_gis.io.osm_fast`, pyosmium and
arrays), which builds the same segments; ``reader="osmnx"`` keeps this module's route. All
three build an osmnx-style MultiDiGraph, simplify it (one edge per segment between
junctions) and turn its edges into the roads schema: a two-way segment appears once, a
one-way segment once in its direction of travel.

Tag mapping (docs/INPUTS.md): ``smoothness`` -> condition (vocab.SMOOTHNESS_CONDITION),
else ``surface`` (vocab.SURFACE_CONDITION), else the class default (vocab.CLASS_CONDITION).
Classes a motorcycle cannot use, or that are not roads, are dropped (:data:`DROP_CLASSES`).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import geopandas as gpd
import numpy as np
import pandas as pd

from mataram_gis.errors import InputDataError
from mataram_gis.io import vocab
from mataram_gis.io.osm_schema import (
    _ONEWAY_YES,
    DROP_CLASSES,
    EXTRA_TAGS,
    ROAD_TAGS,
    SEGMENT_TAGS,
    edges_to_roads,
)
from mataram_gis.io.osm_simplify import TAGS_ATTR, pick_value, segment_tags, simplify
from mataram_gis.io.topology import TopologyReport

if TYPE_CHECKING:  # networkx loads with osmnx, only on the osmnx route
    import networkx as nx

logger = logging.getLogger(__name__)

OSM_READERS: tuple[str, ...] = ("fast", "osmnx")
"""``fast``: pyosmium + arrays (default); ``osmnx``: the osmnx/pyrosm graph route."""

_ONEWAY_REVERSE = {"-1", "reverse"}
DOWNLOAD_TIMEOUT_S = 10


@contextlib.contextmanager
def _osmnx_settings(**values: object) -> Iterator[None]:
    """Temporarily set osmnx settings (restored afterwards)."""
    import osmnx as ox

    old = {k: getattr(ox.settings, k) for k in values}
    try:
        for k, v in values.items():
            setattr(ox.settings, k, v)
        yield
    finally:
        for k, v in old.items():
            setattr(ox.settings, k, v)


def _useful_tags() -> list[str]:
    import osmnx as ox

    return list(dict.fromkeys([*ox.settings.useful_tags_way, *EXTRA_TAGS]))


def read_osm(path: Path, *, reader: str = "fast") -> tuple[gpd.GeoDataFrame, TopologyReport]:
    """Read a .osm XML or .osm.pbf file into the roads schema (EPSG:4326).

    Parameters
    ----------
    path
        A checked ``.osm`` or ``.pbf`` file.
    reader
        One of :data:`OSM_READERS`: ``fast`` (default) or ``osmnx`` (the graph route, kept
        for comparison; both give the same segments, docs/INTERNALS.md).

    Returns
    -------
    roads : geopandas.GeoDataFrame
        One row per undirected segment of the largest connected part.
    report : TopologyReport
    """
    if reader not in OSM_READERS:
        raise ValueError(f"reader must be one of {OSM_READERS}, not {reader!r}")
    if reader == "fast":
        from mataram_gis.io.osm_fast import FastReaderError, read_osm_fast

        try:
            return read_osm_fast(path)
        except FastReaderError as exc:  # e.g. no version on <osm>, ways before their nodes
            logger.info("%s; reading it through osmnx/pyrosm instead", exc)
    file = str(path)
    pbf = path.suffix.lower() == ".pbf"
    graph = _graph_from_pbf(path) if pbf else _graph_from_xml(path)
    return graph_to_roads(graph, file=file)


def _graph_from_xml(path: Path) -> nx.MultiDiGraph:
    import osmnx as ox

    try:
        with _osmnx_settings(useful_tags_way=_useful_tags()):
            graph = ox.graph_from_xml(path, simplify=False, retain_all=True)
    except (ET.ParseError, UnicodeDecodeError, ValueError, KeyError) as exc:
        raise InputDataError(
            f"cannot be read as OSM XML ({type(exc).__name__}: {str(exc)[:120]})",
            file=str(path),
            fix="export the area again from openstreetmap.org or JOSM as .osm",
        ) from None
    return simplify(graph, tags=SEGMENT_TAGS)


def _graph_from_pbf(path: Path) -> nx.MultiDiGraph:
    """Build an osmnx-compatible graph from pyrosm's per-node-pair edges and simplify it."""
    import networkx as nx
    from pyrosm import OSM

    file = str(path)
    try:
        nodes, edges = OSM(file).get_network(
            network_type="all", nodes=True, extra_attributes=list(EXTRA_TAGS)
        )
    except Exception as exc:  # pyrosm raises bare exceptions on damaged files
        raise InputDataError(
            f"cannot be read as OSM PBF ({type(exc).__name__})",
            file=file,
            fix="download the extract again (e.g. from Geofabrik) or export .osm XML",
        ) from None
    if edges is None or len(edges) == 0:
        raise InputDataError(
            "the OSM file holds no roads", file=file, fix="choose an extract that covers the city"
        )
    edges = edges.loc[~edges["highway"].isin(DROP_CLASSES) & edges["highway"].notna()]
    tag = {c: _col(edges, c) for c in ("oneway", "junction")}
    way = vocab.normalise_words(tag["oneway"])
    forward = way.isin(_ONEWAY_YES) | tag["junction"].isin(["roundabout", "circular"])
    backward = way.isin(_ONEWAY_REVERSE)
    keep = [c for c in (*ROAD_TAGS, "length") if c in edges]
    attrs = edges[keep].astype(object).where(edges[keep].notna(), None)
    attrs["osmid"] = edges["id"].to_numpy()
    graph = nx.MultiDiGraph(crs="epsg:4326")
    graph.add_nodes_from(
        (int(i), {"x": float(x), "y": float(y)})
        for i, x, y in zip(nodes["id"], nodes["lon"], nodes["lat"], strict=True)
    )
    records = attrs.to_dict("records")
    us, vs = edges["u"].to_numpy(np.int64), edges["v"].to_numpy(np.int64)
    for u, v, rec, fw, bw in zip(us, vs, records, forward, backward, strict=True):
        rec = {k: val for k, val in rec.items() if val is not None}
        if bw:
            graph.add_edge(int(v), int(u), **rec, oneway=True, reversed=True)
            continue
        graph.add_edge(int(u), int(v), **rec, oneway=bool(fw), reversed=False)
        if not fw:
            graph.add_edge(int(v), int(u), **rec, oneway=False, reversed=True)
    graph.remove_nodes_from([n for n, d in graph.degree() if d == 0])
    return simplify(graph, tags=SEGMENT_TAGS)


def _col(frame: pd.DataFrame, name: str) -> pd.Series:
    if name in frame:
        return frame[name].astype(object).where(frame[name].notna(), "").astype(str)
    return pd.Series([""] * len(frame), index=frame.index, dtype=str)


def _first(values: pd.Series) -> pd.Series:
    """osmnx merges differing attributes into lists: keep one value, the same every run."""
    return values.map(pick_value)


def graph_to_roads(
    graph: nx.MultiDiGraph, *, file: str
) -> tuple[gpd.GeoDataFrame, TopologyReport]:
    """Turn an osmnx graph (simplified) into the roads schema and keep its largest part.

    Parameters
    ----------
    graph
        osmnx MultiDiGraph with edge geometries or node coordinates.
    file
        For messages.
    """
    import osmnx as ox

    if graph.number_of_edges() == 0:
        raise InputDataError(
            "the OSM data holds no roads", file=file, fix="choose an area that covers the city"
        )
    edges = ox.graph_to_gdfs(graph, nodes=False, fill_edge_geometry=True).reset_index()
    if TAGS_ATTR in edges:
        tags = segment_tags(edges[TAGS_ATTR], tags=SEGMENT_TAGS)
        for name in SEGMENT_TAGS:
            edges[name] = tags[name]
    else:  # a graph simplified elsewhere (e.g. by osmnx with its defaults)
        for name in SEGMENT_TAGS:
            edges[name] = _first(edges[name]) if name in edges else ""
    return edges_to_roads(edges, file=file)


def _reachable(url: str, *, timeout_s: float = 5.0) -> bool:
    """True when a TCP connection to the URL's host can be opened within ``timeout_s``."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname or "", port), timeout=timeout_s):
            return True
    except OSError:
        return False


def download_osm(
    *,
    place: str | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    cache_folder: str | Path | None = None,
) -> tuple[gpd.GeoDataFrame, TopologyReport]:
    """Download the road network of a place or a bounding box from OSM (Overpass, via osmnx).

    Parameters
    ----------
    place
        A place name Nominatim knows, e.g. "Kota Mataram, Nusa Tenggara Barat, Indonesia".
    bbox
        ``(left, bottom, right, top)`` in degrees (osmnx 2 order: west, south, east, north).
    cache_folder
        Where osmnx caches responses (reused offline for the same query).

    Returns
    -------
    roads : geopandas.GeoDataFrame
    report : TopologyReport

    Raises
    ------
    InputDataError
        Without a connection (fails within about :data:`DOWNLOAD_TIMEOUT_S` seconds), or when
        the place is unknown.
    """
    import osmnx as ox
    import requests

    if (place is None) == (bbox is None):
        raise InputDataError(
            "give either a place name or a bounding box",
            where="download",
            fix="e.g. place='Kota Mataram, Nusa Tenggara Barat, Indonesia'",
        )
    settings: dict[str, object] = {
        "use_cache": True,
        "requests_timeout": DOWNLOAD_TIMEOUT_S,
        "useful_tags_way": _useful_tags(),
    }
    if cache_folder is not None:
        settings["cache_folder"] = str(cache_folder)
    if not _reachable(ox.settings.overpass_url):
        # osmnx waits 60 s when the Overpass status page is unreachable; offline, skip that
        # courtesy pause so that a cached response is used or the request fails at once
        settings["overpass_rate_limit"] = False
    what = place if place is not None else f"bbox {bbox}"
    try:
        with _osmnx_settings(**settings):
            if place is not None:
                graph = ox.graph_from_place(
                    place, network_type="all", simplify=False, retain_all=True
                )
            else:
                graph = ox.graph_from_bbox(
                    tuple(bbox), network_type="all", simplify=False, retain_all=True
                )
    except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
        raise InputDataError(
            f"cannot download OSM data: no connection to the OSM servers ({type(exc).__name__})",
            where="download",
            fix="connect to the internet and try again, or load a .osm or .osm.pbf file "
            "(e.g. an Indonesia extract from download.geofabrik.de)",
        ) from None
    except (ox._errors.InsufficientResponseError, ValueError, TypeError) as exc:
        raise InputDataError(
            f"OSM has no road data for {what} ({str(exc)[:120]})",
            where="download",
            fix="check the place name or the bounding box (west, south, east, north)",
        ) from None
    return graph_to_roads(simplify(graph, tags=SEGMENT_TAGS), file=f"OSM download ({what})")

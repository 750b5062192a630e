"""OpenStreetMap ways with their node locations, read by libosmium and parsed in bulk.

The first step of the fast reader (:mod:`mataram_gis.io.osm_fast`): pyosmium streams the file
once in C++, caches the node locations and writes the ways as OPL text with their
locations (:func:`read_ways`); the text is then parsed with whole-buffer operations
(:func:`parse_opl`), so no Python object is made per node.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mataram_gis.errors import InputDataError


class FastReaderError(InputDataError):
    """The fast reader cannot read this file (libosmium refuses it, or a way's nodes are not
    before it); :func:`mataram_gis.io.osm.read_osm` then reads it through osmnx/pyrosm."""


WAY_TAGS: tuple[str, ...] = (
    "highway", "name", "surface", "smoothness", "maxspeed", "width", "access",
    "motorcycle", "motor_vehicle",
)  # fmt: skip
"""The tags kept per way: :data:`mataram_gis.io.osm.ROAD_TAGS` (same order)."""

_DIRECTION_TAGS = ("oneway", "junction", "area")


@dataclass
class Ways:
    """Every way read, in file order, with its nodes concatenated.

    Attributes
    ----------
    refs, lon, lat, valid
        Node ids and coordinates (degrees; ``valid`` is False where the node is missing from
        the file), all ways one after another.
    start
        ``start[i]:start[i + 1]`` are the nodes of way ``i`` (length ``n_ways + 1``).
    ids
        OSM way ids.
    tags
        Per tag of :data:`WAY_TAGS` and ``oneway``, ``junction``, ``area``: the value of
        every way (object array, None where absent).
    """

    refs: np.ndarray
    lon: np.ndarray
    lat: np.ndarray
    valid: np.ndarray
    start: np.ndarray
    ids: np.ndarray
    tags: dict[str, np.ndarray]

    def take(self, keep: np.ndarray) -> Ways:
        """The same ways with only the node positions ``keep`` (ascending)."""
        return Ways(
            refs=self.refs[keep], lon=self.lon[keep], lat=self.lat[keep],
            valid=self.valid[keep], start=np.searchsorted(keep, self.start), ids=self.ids,
            tags=self.tags,
        )  # fmt: skip


def read_ways(path: Path, *, highway_only: bool) -> Ways:
    """Stream the ways of an OSM file with their node locations (pyosmium, one pass in C++).

    libosmium reads the file, caches node locations, keeps the ways (with a ``highway`` tag
    when ``highway_only``) and writes them as OPL text with their locations; the text is then
    parsed in bulk (:func:`parse_opl`), so no Python object is made per node.

    Parameters
    ----------
    path
        ``.osm`` XML or ``.osm.pbf`` (nodes before ways, as OSM files are written).
    highway_only
        Keep only ways with a ``highway`` tag.

    Raises
    ------
    InputDataError
        When the file cannot be parsed.
    """
    import tempfile

    import osmium

    with tempfile.TemporaryDirectory(prefix="mataram_osm_") as tmp:
        out = Path(tmp) / "ways.opl"
        locations = osmium.NodeLocationsForWays(osmium.index.create_map("flex_mem"))
        locations.ignore_errors()
        chain = [locations, osmium.filter.EntityFilter(osmium.osm.WAY)]
        if highway_only:
            chain.append(osmium.filter.KeyFilter("highway"))
        target = osmium.io.File(str(out), "opl,locations_on_ways=true,add_metadata=false")
        try:
            reader = osmium.io.Reader(str(path), osmium.osm.NODE | osmium.osm.WAY)
            with osmium.SimpleWriter(target) as writer:
                osmium.apply(reader, *chain, writer)
            reader.close()
        except RuntimeError as exc:  # libosmium's parse errors (XML, PBF) are RuntimeErrors
            kind = "PBF" if path.suffix.lower() == ".pbf" else "XML"
            raise FastReaderError(
                f"cannot be read as OSM {kind} ({str(exc)[:120]})",
                file=str(path),
                fix="export the area again (openstreetmap.org, JOSM or a Geofabrik extract)",
            ) from None
        data = out.read_bytes()
    return parse_opl(data)


_ROWS = bytes.maketrans(b"xy", b"  ")
_NODES = re.compile(rb" N([^\n]*)\n")  # literal prefixes: the regex engine skips ahead
_WAY = re.compile(rb"\nw(-?\d+) T([^ \n]*) ")  # (on b"\n" + data)
_ESCAPE = re.compile(r"%([0-9a-fA-F]+)%")
_WANTED = (*WAY_TAGS, *_DIRECTION_TAGS)


_HEX = re.compile(r"[0-9a-fA-F]+")


def _unescape(text: str) -> str:
    """OPL escapes characters as ``%<hex code point>%``.

    Every ``%`` of OPL text belongs to an escape, so splitting at ``%`` puts the codes at
    odd positions; each distinct code is decoded once (names escape every space).
    """
    if "%" not in text:
        return text
    parts = text.split("%")
    codes = set(parts[1::2])
    if len(parts) % 2 == 0 or not all(_HEX.fullmatch(c) for c in codes):  # not libosmium's
        return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    char = {c: chr(int(c, 16)) for c in codes}
    parts[1::2] = [char[c] for c in parts[1::2]]
    return "".join(parts)


def _unescape_lines(text: str, count: int) -> list[str]:
    """The ``count`` lines of ``text``, unescaped (at once unless a value holds a newline)."""
    lines = _unescape(text).split("\n")
    return lines if len(lines) == count else [_unescape(v) for v in text.split("\n")]


def _per_line(joined: bytes, lines: int) -> np.ndarray:
    """Number of ``,``-separated items on each of the ``lines`` lines of ``joined`` (0 on an
    empty line), counted in arrays rather than line by line."""
    if lines == 0:
        return np.zeros(0, dtype=np.int64)
    buf = np.frombuffer(joined, dtype=np.uint8)
    ends = np.append(np.flatnonzero(buf == 10), len(buf))
    if len(ends) != lines:
        raise ValueError("unexpected OPL layout from libosmium")
    length = np.diff(ends, prepend=-1) - 1
    commas = np.searchsorted(np.flatnonzero(buf == 44), ends)  # commas before each end
    return np.where(length > 0, np.diff(commas, prepend=0) + 1, 0).astype(np.int64)


def _tag_columns(fields: list[bytes]) -> dict[str, np.ndarray]:
    """Per tag of :data:`_WANTED`, its value on every way (object array, None where absent).

    ``fields`` are the ways' OPL tag fields, ``k=v,k=v``; ``,``, ``=`` and spaces inside keys
    and values are escaped in OPL, so splitting at ``,`` then at the first ``=`` is exact.
    Keys and values are split for all tags at once (``numpy.strings``); only the values of
    the wanted tags become Python strings.
    """
    per_way = _per_line(b"\n".join(fields), len(fields))
    pairs = np.array(b",".join(f for f in fields if f).split(b","))
    line = np.repeat(np.arange(len(fields)), per_way)
    if hasattr(np, "strings") and hasattr(np.strings, "partition"):  # numpy >= 2.3
        keys, _, values = np.strings.partition(pairs, b"=")
    else:
        split = [p.partition(b"=") for p in pairs.tolist()]
        keys = np.array([k for k, _, _ in split])
        values = np.array([v for _, _, v in split], dtype=object)
    columns = {}
    for key in _WANTED:
        column = np.full(len(fields), None, dtype=object)
        mask = keys == key.encode()
        if mask.any():
            text = b"\n".join(values[mask].tolist()).decode("utf-8")
            column[line[mask]] = _unescape_lines(text, int(mask.sum()))
        columns[key] = column
    return columns


def _node_table(joined: bytes, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Ids, longitudes and latitudes of the ``count`` nodes ``n<id>x<lon>y<lat>`` of
    ``joined`` (``,`` or newline between nodes; ``xy``: a node missing from the file, NaN).

    The text becomes one ``id lon lat`` row per node, read by pandas' C parser (the same
    doubles as Python's ``float``: OPL writes at most 7 decimals).
    """
    import io

    import pandas as pd

    if count == 0:
        empty = np.zeros(0, dtype=np.float64)
        return np.zeros(0, dtype=np.int64), empty, empty.copy()
    rows = joined.replace(b",", b"\n").translate(_ROWS, b"n")  # blank lines are skipped
    table = pd.read_csv(
        io.BytesIO(rows), sep=" ", header=None, engine="c",
        dtype={0: np.int64, 1: np.float64, 2: np.float64},
    )  # fmt: skip
    if table.shape != (count, 3):
        raise ValueError("unexpected OPL layout from libosmium")
    return table[0].to_numpy(), table[1].to_numpy().copy(), table[2].to_numpy().copy()


def parse_opl(data: bytes) -> Ways:
    """Ways from libosmium's OPL (``w<id> T<tags> N<n<id>x<lon>y<lat>,...>`` per line)."""
    heads = _WAY.findall(b"\n" + data)
    ids = np.array([int(i) for i, _ in heads], dtype=np.int64)
    fields = _NODES.findall(data)
    if len(fields) != len(ids) or len(ids) != data.count(b"\n"):
        raise ValueError("unexpected OPL layout from libosmium")
    joined = b"\n".join(fields)
    counts = _per_line(joined, len(fields))
    refs, lon, lat = _node_table(joined, int(counts.sum()))
    valid = ~np.isnan(lon)
    start = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=start[1:])
    tags = _tag_columns([t for _, t in heads])
    return Ways(refs=refs, lon=lon, lat=lat, valid=valid, start=start, ids=ids, tags=tags)

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


def _unescape_each(values: list[str]) -> list[str]:
    """Every value unescaped; each distinct value is decoded once (values repeat a lot)."""
    if not any("%" in v for v in values):
        return values
    plain = {v: _unescape(v) for v in set(values)}
    return [plain[v] for v in values]


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


def _spans(buf: np.ndarray, first: np.ndarray, last: np.ndarray) -> bytes:
    """The bytes ``buf[first[i]:last[i] + 1]`` of every span, one after another (spans
    ascending and disjoint; each span's last byte is its separator)."""
    edge = np.zeros(len(buf) + 1, dtype=np.int8)
    edge[first] = 1
    edge[last + 1] -= 1
    return buf[np.cumsum(edge[:-1], dtype=np.int8).view(bool)].tobytes()


def _tag_columns(text: bytes, count: int) -> dict[str, np.ndarray]:
    """Per tag of :data:`_WANTED`, its value on every way (object array, None where absent).

    ``text`` holds the ``count`` ways' OPL tag fields, ``k=v,k=v``, one per line; ``,``,
    ``=``, spaces and newlines inside keys and values are escaped in OPL, so splitting at
    ``,`` and newlines, then at the first ``=``, is exact. Keys are compared and values cut
    out in arrays over the whole buffer; only the values of the wanted tags become Python
    strings.
    """
    columns = {key: np.full(count, None, dtype=object) for key in _WANTED}
    if count == 0:
        return columns
    buf = np.frombuffer(text + b"\n", dtype=np.uint8)
    sep = np.flatnonzero((buf == 44) | (buf == 10))
    begin = np.r_[0, sep[:-1] + 1]  # one item per separator: its key=value before it
    if len(sep) != count + np.count_nonzero(buf == 44):
        raise ValueError("unexpected OPL layout from libosmium")
    line = np.r_[0, np.cumsum(buf[sep[:-1]] == 10)]
    eq = np.r_[np.flatnonzero(buf == 61), len(buf)]
    key_end = eq[np.searchsorted(eq, begin)]
    key_end = np.minimum(key_end, sep)  # an item without ``=``: all key, empty value
    key_len = key_end - begin
    which = np.full(len(sep), -1, dtype=np.int64)
    for k, key in enumerate(_WANTED):
        word = np.frombuffer(key.encode(), dtype=np.uint8)
        cand = np.flatnonzero(key_len == len(word))
        same = (buf[begin[cand, None] + np.arange(len(word))] == word).all(axis=1)
        which[cand[same]] = k
    hit = np.flatnonzero(which >= 0)
    if len(hit) == 0:
        return columns
    value_start = np.minimum(key_end[hit] + 1, sep[hit])
    joined = _spans(buf, value_start, sep[hit]).replace(b",", b"\n")[:-1]
    values = np.empty(len(hit), dtype=object)
    values[:] = _unescape_each(joined.decode("utf-8").split("\n"))
    for k, key in enumerate(_WANTED):
        mine = which[hit] == k
        columns[key][line[hit[mine]]] = values[mine]
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


def _opl_lines(data: bytes) -> tuple[np.ndarray, bytes, bytes, int]:
    """Way ids, the tag fields and the node fields (each joined by newlines) of the lines
    ``w<id> T<tags> N<nodes>``, and the number of lines.

    OPL escapes spaces inside values, so every line holds exactly two spaces: the fields are
    cut out of the whole buffer at once.
    """
    buf = np.frombuffer(data, dtype=np.uint8)
    ends = np.flatnonzero(buf == 10)
    n = len(ends)
    space = np.flatnonzero(buf == 32)
    if n == 0 or ends[-1] != len(buf) - 1 or len(space) != 2 * n:
        raise ValueError("unexpected OPL layout from libosmium")
    head = np.r_[0, ends[:-1] + 1]
    s1, s2 = space[0::2], space[1::2]
    ok = (s1 > head + 1) & (s2 > s1 + 1) & (s2 + 1 < ends) & (s1 < ends) & (buf[head] == 119)
    if not (ok.all() and (buf[s1 + 1] == 84).all() and (buf[s2 + 1] == 78).all()):
        raise ValueError("unexpected OPL layout from libosmium")
    view = memoryview(data)
    head, s1, s2, ends = head.tolist(), s1.tolist(), s2.tolist(), ends.tolist()
    try:
        ids = np.array([data[a + 1 : b] for a, b in zip(head, s1, strict=True)], dtype=np.int64)
    except (ValueError, OverflowError, TypeError):
        raise ValueError("unexpected OPL layout from libosmium") from None
    tags = b"\n".join([view[a + 2 : b] for a, b in zip(s1, s2, strict=True)])
    nodes = b"\n".join([view[a + 2 : b] for a, b in zip(s2, ends, strict=True)])
    return ids, tags, nodes, n


def parse_opl(data: bytes) -> Ways:
    """Ways from libosmium's OPL (``w<id> T<tags> N<n<id>x<lon>y<lat>,...>`` per line)."""
    if not data:
        return _parse_lines(np.zeros(0, dtype=np.int64), b"", b"", 0)
    return _parse_lines(*_opl_lines(data))


def _parse_lines(ids: np.ndarray, tags: bytes, joined: bytes, n: int) -> Ways:
    """:class:`Ways` from the fields cut out by :func:`_opl_lines`."""
    counts = _per_line(joined, n)
    refs, lon, lat = _node_table(joined, int(counts.sum()))
    valid = ~np.isnan(lon)
    start = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=start[1:])
    columns = _tag_columns(tags, n)
    return Ways(refs=refs, lon=lon, lat=lat, valid=valid, start=start, ids=ids, tags=columns)

"""Parsing libosmium's OPL text of ways (mataram_gis.io.osm_opl), on hand-written lines."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mataram_gis.io.osm_opl import _ESCAPE, _WANTED, _unescape, parse_opl

OPL = (
    b"w1 Thighway=residential,name=Jl.%20%Ahmad%20%Yani,old_name=x,oneway=yes "
    b"Nn1x116.1y-8.6,n2x116.2y-8.7\n"
    b"w-2 T Nn3xy,n4x5y6\n"  # no tags; node 3 not in the file
    b"w3 Tname=%a%baris,highway=a%2c%b,highway_x=no Nn5x1y1\n"  # escaped newline and comma
    b"w4 Thighway=track N\n"  # no nodes
)


def test_ways_nodes_and_coordinates():
    ways = parse_opl(OPL)
    assert ways.ids.tolist() == [1, -2, 3, 4]
    assert ways.start.tolist() == [0, 2, 4, 5, 5]
    assert ways.refs.tolist() == [1, 2, 3, 4, 5]
    assert ways.valid.tolist() == [True, True, False, True, True]
    np.testing.assert_array_equal(ways.lon, [116.1, 116.2, np.nan, 5.0, 1.0])
    np.testing.assert_array_equal(ways.lat, [-8.6, -8.7, np.nan, 6.0, 1.0])


def test_tags_exact_keys_and_unescaped_values():
    tags = parse_opl(OPL).tags
    assert tags["highway"].tolist() == ["residential", None, "a,b", "track"]
    assert tags["name"].tolist() == ["Jl. Ahmad Yani", None, "\nbaris", None]  # not old_name
    assert tags["oneway"].tolist() == ["yes", None, None, None]
    assert tags["surface"].tolist() == [None] * 4


def test_unexpected_layout_is_refused():
    with pytest.raises(ValueError, match="OPL layout"):
        parse_opl(b"w1 Thighway=x Nn1x1y1\nr5 Ttype=route Mw1@\n")


@pytest.mark.parametrize(
    "text,want",
    [("a%20%b", "a b"), ("%25%20%20%", "%20 "), ("%1f600%", "\U0001f600"), ("%4e%%4f%", "NO"),
     ("plain", "plain"), ("x%", "x%"), ("%zz%a", "%zz%a"), ("%%", "%%")],
)  # fmt: skip
def test_unescape_as_the_escape_pattern(text, want):
    assert _unescape(text) == want == _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def test_ways_without_nodes_and_missing_nodes_in_a_row():
    ways = parse_opl(b"w1 T N\nw2 T Nn3xy\nw3 T N\nw4 T N\nw5 T Nn9x1.5y-2,n10xy\n")
    assert ways.start.tolist() == [0, 0, 1, 1, 1, 3]
    assert ways.refs.tolist() == [3, 9, 10]
    assert ways.valid.tolist() == [False, True, False]
    np.testing.assert_array_equal(ways.lon, [np.nan, 1.5, np.nan])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(-(2**40), 2**40), st.integers(-1_800_000_000, 1_800_000_000),
            st.integers(-900_000_000, 900_000_000),
        ),
        min_size=1, max_size=30,
    )
)  # fmt: skip
def test_coordinates_are_the_doubles_python_reads(nodes):
    """libosmium writes fixed-point locations with up to 7 decimals, trailing zeros cut."""

    def text(fixed: int) -> str:
        sign, fixed = ("-" if fixed < 0 else ""), abs(fixed)
        frac = f"{fixed % 10**7:07d}".rstrip("0")
        return f"{sign}{fixed // 10**7}" + (f".{frac}" if frac else "")

    line = ",".join(f"n{i}x{text(x)}y{text(y)}" for i, x, y in nodes)
    ways = parse_opl(f"w1 Thighway=a N{line}\n".encode())
    assert ways.refs.tolist() == [i for i, _, _ in nodes]
    assert ways.lon.tolist() == [float(text(x)) for _, x, _ in nodes]
    assert ways.lat.tolist() == [float(text(y)) for _, _, y in nodes]


def _escape(text: str) -> str:
    """OPL's escaping: every character but plain ASCII (not space, ``,=@%``) as ``%hex%``."""
    keep = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:;/()")
    return "".join(c if c in keep else f"%{ord(c):x}%" for c in text)


def _reference(data: bytes) -> tuple[list[int], list[list[int]], dict[str, list]]:
    """Way ids, node ids and wanted tags parsed line by line (the obvious way)."""
    ids, refs, tags = [], [], {k: [] for k in _WANTED}
    for line in data.decode().splitlines():
        head, tag_field, node_field = line.split(" ")
        ids.append(int(head[1:]))
        refs.append([int(n[1:].split("x")[0]) for n in node_field[1:].split(",") if n])
        found = dict(t.partition("=")[::2] for t in tag_field[1:].split(",") if t)
        for k in _WANTED:
            v = found.get(k)
            tags[k].append(None if v is None else _ESCAPE.sub(lambda m: chr(int(m[1], 16)), v))
    return ids, refs, tags


_KEYS = st.sampled_from([*_WANTED, "old_name", "highway_x", "name:en", "hi", "n", "x=y", "a b"])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(-(2**40), 2**40),
            st.dictionaries(_KEYS, st.text(max_size=6), max_size=6),
            st.lists(st.integers(1, 10**9), max_size=4),
        ),
        min_size=1, max_size=12,
    )
)  # fmt: skip
def test_parsed_in_bulk_as_line_by_line(ways):
    """Ids, nodes and tags (keys that contain others, escaped values, empty fields) are read
    from the whole buffer exactly as a line-by-line parse reads them."""
    lines = []
    for way_id, tags, nodes in ways:
        tag_field = ",".join(f"{_escape(k)}={_escape(v)}" for k, v in tags.items())
        node_field = ",".join(f"n{n}x1.5y-2" for n in nodes)
        lines.append(f"w{way_id} T{tag_field} N{node_field}\n")
    data = "".join(lines).encode()
    ids, refs, tags = _reference(data)
    got = parse_opl(data)
    assert got.ids.tolist() == ids
    bounds = zip(got.start[:-1], got.start[1:], strict=True)
    assert [got.refs[a:b].tolist() for a, b in bounds] == refs
    assert {k: v.tolist() for k, v in got.tags.items()} == tags

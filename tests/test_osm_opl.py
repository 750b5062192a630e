"""Parsing libosmium's OPL text of ways (mataram_gis.io.osm_opl), on hand-written lines."""

from __future__ import annotations

import numpy as np
import pytest

from mataram_gis.io.osm_opl import _ESCAPE, _unescape, parse_opl

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


def test_numpy_without_strings_partition_gives_the_same_tags(monkeypatch):
    want = parse_opl(OPL).tags
    if hasattr(np, "strings") and hasattr(np.strings, "partition"):
        monkeypatch.delattr(np.strings, "partition")
    got = parse_opl(OPL).tags
    assert {k: v.tolist() for k, v in got.items()} == {k: v.tolist() for k, v in want.items()}


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

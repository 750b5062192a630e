"""The fast reader's per-segment tag choice (mataram_gis.io.osm_weighted) against the loop of
mataram_gis.io.osm_simplify it replaces, on random segments with ties and near-ties."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from mataram_gis.io.osm_simplify import _weighted_choice
from mataram_gis.io.osm_weighted import choose, choose_mixed, piece_weights, segment_values

#: Lengths whose sums tie or nearly tie (0.1 + 0.2 against 0.3), zero, negative and NaN.
LENGTHS = (0.1, 0.2, 0.3, 0.6, 1.0, 0.0, -1.0, float("nan"), 1e-7, 0.3000004, 2.5)
VALUES = (None, "", " ", "a", "b", "B", "jalan a", "é")


@st.composite
def segments(draw):
    """Way tags and segments made of merged edges (way, length), in path order."""
    n_ways = draw(st.integers(1, 6))
    name = [draw(st.sampled_from(VALUES)) for _ in range(n_ways)]
    oneway = [draw(st.booleans()) for _ in range(n_ways)]
    pieces = draw(
        st.lists(
            st.lists(
                st.tuples(st.integers(0, n_ways - 1), st.sampled_from(LENGTHS)),
                min_size=1, max_size=6,
            ),
            min_size=1, max_size=8,
        )
    )  # fmt: skip
    return np.array(name, dtype=object), np.array(oneway, dtype=bool), pieces


@settings(max_examples=300, deadline=None)
@given(data=segments())
def test_segment_values_equal_the_python_choice(data):
    name, oneway, pieces = data
    piece_way = np.array([w for seg in pieces for w, _ in seg], dtype=np.int64)
    piece_length = np.array([x for seg in pieces for _, x in seg], dtype=np.float64)
    piece_start = np.concatenate([[0], np.cumsum([len(seg) for seg in pieces])])
    got = segment_values(
        piece_way=piece_way, piece_length=piece_length, piece_start=piece_start,
        way_tags={"name": name}, way_oneway=oneway, tags=("name", "oneway"),
    )  # fmt: skip
    for i, seg in enumerate(pieces):
        weights = piece_weights(np.array([x for _, x in seg], dtype=np.float64))
        want_name = _weighted_choice(
            [(float(w), name[way]) for w, (way, _) in zip(weights, seg, strict=True)]
        )
        want_oneway = _weighted_choice(
            [(float(w), bool(oneway[way])) for w, (way, _) in zip(weights, seg, strict=True)]
        )
        assert got["name"][i] == want_name
        assert bool(got["oneway"][i]) == (want_oneway is True)


@settings(max_examples=200, deadline=None)
@given(
    sizes=st.lists(st.integers(1, 5), min_size=1, max_size=10),
    data=st.data(),
)
def test_choose_mixed_equals_choose_on_every_segment(sizes, data):
    n = sum(sizes)
    codes = np.array(data.draw(st.lists(st.integers(-1, 3), min_size=n, max_size=n)))
    weight = piece_weights(
        np.array(data.draw(st.lists(st.sampled_from(LENGTHS), min_size=n, max_size=n)))
    )
    piece_start = np.concatenate([[0], np.cumsum(sizes)])
    seg = np.repeat(np.arange(len(sizes)), sizes)
    np.testing.assert_array_equal(
        choose_mixed(seg, codes, weight, piece_start), choose(seg, codes, weight, len(sizes))
    )

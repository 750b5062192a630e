"""The canonical segment order of OSM roads (io/osm_schema.py) is pandas' stable sort.

``_sorted_rows`` replaced a stable ``sort_values`` on start x, y, end x, y, WKB bytes and
joined tags (issue 15: a lexsort, and bytes and tags only among rows sharing coordinates);
the order must be the very same, ties and parallel edges included.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from mataram_gis.io.osm_schema import _joined, _repeated, _sorted_rows

TAGS = ("highway", "name")


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(1, 40),
    seed=st.integers(0, 2**32 - 1),
    spread=st.sampled_from([1, 2, 3, 50]),  # few distinct values: many ties
)
def test_same_order_as_a_stable_sort_on_six_columns(n, seed, spread):
    rng = np.random.default_rng(seed)
    sx, sy, ex, ey = (rng.integers(0, spread, n).astype(float) * 0.5 for _ in range(4))
    sx[rng.random(n) < 0.2] = -0.0  # -0.0 and 0.0 are one value to both sorts
    raw = np.array([bytes(rng.integers(0, 3, rng.integers(0, 3))) for _ in range(n)], object)
    edges = pd.DataFrame(
        {"highway": rng.choice(["residential", "primary", "None"], n),
         "name": rng.choice(["", "Jl. A", "Jl. B"], n)}
    )  # fmt: skip
    frame = pd.DataFrame(
        {"sx": sx, "sy": sy, "ex": ex, "ey": ey, "raw": raw, "tags": _joined(edges, TAGS)}
    )
    want = frame.sort_values(["sx", "sy", "ex", "ey", "raw", "tags"], kind="stable").index
    got = _sorted_rows((ey, ex, sy, sx), lambda rows: raw[rows], edges, TAGS)
    assert got.tolist() == want.tolist()


@st.composite
def lines(draw):
    """Lines on a 3 x 3 grid: repeats, reversals, rings turned to start elsewhere."""
    point = st.tuples(st.sampled_from([0.0, -0.0, 1.0, 2.0]), st.sampled_from([0.0, 1.0]))
    base = draw(st.lists(st.lists(point, min_size=2, max_size=4), min_size=1, max_size=5))
    out = []
    for coords in draw(st.lists(st.sampled_from(base), min_size=1, max_size=12)):
        how = draw(st.sampled_from(["same", "reversed", "ring", "ring turned"]))
        if how == "reversed":
            coords = coords[::-1]
        elif how.startswith("ring"):
            coords = [*coords, coords[0]]
            if how == "ring turned":
                coords = [*coords[1:], coords[1]]
        out.append((coords, draw(st.booleans())))
    return out


@settings(max_examples=300, deadline=None)
@given(rows=lines())
def test_repeats_found_as_by_the_wkb_of_every_row(rows):
    """``_repeated`` (coordinate bytes forward or reversed; WKB only for closed two-way
    lines) equals comparing the WKB of every row, raw for one-way rows and normalised for
    two-way rows."""
    geoms = np.array([shapely.LineString(c) for c, _ in rows], dtype=object)
    oneway = np.array([o for _, o in rows], dtype=bool)
    key = np.where(oneway, shapely.to_wkb(geoms), shapely.to_wkb(shapely.normalize(geoms)))
    want = pd.DataFrame({"oneway": oneway, "key": key}).duplicated().to_numpy()
    assert _repeated(geoms, oneway).tolist() == want.tolist()

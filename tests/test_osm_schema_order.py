"""The canonical segment order of OSM roads (io/osm_schema.py) is pandas' stable sort.

``_sorted_rows`` replaced a stable ``sort_values`` on start x, y, end x, y, WKB bytes and
joined tags (issue 15: a lexsort, and bytes and tags only among rows sharing coordinates);
the order must be the very same, ties and parallel edges included.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from mataram_gis.io.osm_schema import _joined, _sorted_rows

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
    got = _sorted_rows((ey, ex, sy, sx), raw, edges, TAGS)
    assert got.tolist() == want.tolist()

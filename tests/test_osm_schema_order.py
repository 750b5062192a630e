"""The canonical segment order of OSM roads (io/osm_schema.py) is pandas' stable sort.

``_sorted_rows`` replaced a stable ``sort_values`` on start x, y, end x, y, WKB bytes and
joined tags (issue 15: a lexsort, and bytes and tags only among rows sharing coordinates);
the order must be the very same, ties and parallel edges included.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from mataram_gis.io.osm_schema import _joined, _repeated, _repeated_by_bytes, _sorted_rows

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
    """``_repeated`` (coordinate hashes both ways, every repeat checked; WKB only for closed
    two-way lines) and its fallback on byte strings equal comparing the WKB of every row,
    raw for one-way rows and normalised for two-way rows."""
    geoms = np.array([shapely.LineString(c) for c, _ in rows], dtype=object)
    oneway = np.array([o for _, o in rows], dtype=bool)
    key = np.where(oneway, shapely.to_wkb(geoms), shapely.to_wkb(shapely.normalize(geoms)))
    want = pd.DataFrame({"oneway": oneway, "key": key}).duplicated().to_numpy()
    assert _repeated(geoms, oneway).tolist() == want.tolist()
    assert _repeated_by_bytes(geoms, oneway).tolist() == want.tolist()


def _tags_to_schema_row_by_row(edges, oneway):
    """The mapping as it was written before it ran once per distinct combination."""
    from mataram_gis.io import vocab
    from mataram_gis.io.osm_schema import _numbers
    from mataram_gis.io.road_schema import ROAD_SCHEMA

    txt = {
        c: vocab.normalise_words(edges[c].astype(str))
        for c in ("highway", "surface", "smoothness", "access", "motorcycle", "motor_vehicle")
    }
    highway = edges["highway"].astype(str).str.strip().str.lower()
    by_smooth = txt["smoothness"].map(vocab.SMOOTHNESS_CONDITION)
    surface = txt["surface"].map(vocab.SURFACE_WORDS)
    by_surface = surface.fillna("").str.replace("_", " ").map(vocab.SURFACE_CONDITION)
    by_class = highway.str.replace("_link", "").map(vocab.CLASS_CONDITION).fillna("sedang")
    condition = by_smooth.fillna(by_surface).fillna(by_class)
    access = (
        txt["access"].str.replace(" ", "_").where(~txt["access"].isin(["yes", "permissive"]), "")
    )
    no_motor = txt["motorcycle"].eq("no") | txt["motor_vehicle"].eq("no")
    access = access.where(~no_motor, "no_motor")
    out = gpd.GeoDataFrame(
        {
            "name": edges["name"].astype(str).to_numpy(),
            "highway": highway.to_numpy(),
            "condition": condition.to_numpy(),
            "oneway": oneway,
            "authority": "",
            "surface": surface.fillna(txt["surface"].str.replace(" ", "_")).to_numpy(),
            "width_m": _numbers(edges["width"]),
            "maxspeed_kmh": _numbers(edges["maxspeed"]),
            "access": access.to_numpy(),
            "synthetic": False,
        },
        geometry=gpd.GeoSeries(edges.geometry.to_numpy(), crs=edges.crs or "EPSG:4326"),
    )
    for col in ("name", "highway", "condition", "authority", "surface", "access"):
        out[col] = out[col].astype(str)
    return out[list(ROAD_SCHEMA)]


_WORDS = {
    "highway": ["residential", "Primary_Link ", "track", "", None, float("nan"), "footway"],
    "surface": ["asphalt", "paving_stones", "Unpaved", "", None, "gravel;sand", "tanah"],
    "smoothness": ["good", "bad", "", None, "very_bad", "excellent"],
    "access": ["yes", "permissive", "private", "no", "", None, "delivery goods"],
    "motorcycle": ["no", "yes", "", None],
    "motor_vehicle": ["no", "destination", "", None],
    "name": ["Jl. A", "", None, "Jl. B"],
    "width": ["4", "3.5 m", "", None, "wide"],
    "maxspeed": ["30", "50 mph", "", None, "walk"],
}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.fixed_dictionaries({k: st.sampled_from(v) for k, v in _WORDS.items()}),
                min_size=1, max_size=25))  # fmt: skip
def test_tags_mapped_once_per_combination_as_row_by_row(rows):
    """``_tags_to_schema`` (words worked out per distinct combination of tags) gives the
    very frame the row-by-row mapping gave, NaN, None and blank cells included."""
    from mataram_gis.io.osm_schema import _tags_to_schema

    n = len(rows)
    edges = gpd.GeoDataFrame(
        pd.DataFrame(rows), geometry=shapely.points(np.arange(n), np.zeros(n)), crs=4326
    )
    oneway = np.arange(n) % 2 == 0
    got = _tags_to_schema(edges, oneway)
    want = _tags_to_schema_row_by_row(edges, oneway)
    pd.testing.assert_frame_equal(got, want)

"""The vectorised input paths give what the per-row logic they replaced gives."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from mataram_gis import statuses
from mataram_gis.demo import layout
from mataram_gis.demo.network import RIVER_CLEARANCE_M, _river_conflict
from mataram_gis.inventory import default_widths
from mataram_gis.io.inventory import _nomor, nomor_texts
from mataram_gis.io.tables import parse_csv, plain_csv
from mataram_gis.network import _ends, unique_rows

_CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1.0, 12.0, 12.5, float("nan")]),
    st.text(max_size=6),
    st.sampled_from(["12", "012", " 7 ", "", "A-1", "true"]),
    st.just(pd.NA),
    st.just(pd.NaT),
)


@settings(max_examples=200, deadline=None)
@given(cells=st.lists(_CELLS, max_size=30))
def test_nomor_texts_equals_per_cell_nomor(cells: list) -> None:
    """Mixed object columns: every cell as the old per-cell ``_nomor`` writes it."""
    column = pd.Series(cells, dtype=object)
    expected = column.astype(object).map(_nomor).to_numpy(object)
    assert list(nomor_texts(column)) == list(expected)


@settings(max_examples=100, deadline=None)
@given(
    values=st.one_of(
        st.lists(st.floats(allow_nan=True), max_size=30),
        st.lists(st.integers(-(10**12), 10**12), max_size=30),
        st.lists(st.booleans(), max_size=30),
    )
)
def test_nomor_texts_typed_columns(values: list) -> None:
    """Float, integer and boolean columns (as a GeoPackage gives them)."""
    column = pd.Series(values)
    expected = column.astype(object).map(_nomor).to_numpy(object)
    assert list(nomor_texts(column)) == list(expected)


def _python_engine(text: str, delimiter: str) -> pd.DataFrame:
    """The reader as it was: pandas' Python parser for every CSV."""
    return pd.read_csv(
        io.StringIO(text),
        sep=delimiter,
        dtype=str,
        keep_default_na=False,
        skipinitialspace=True,
        engine="python",
    )


_CSV_CHARS = st.sampled_from(list("ab1.,;\t| -_é") + ['"', "\r", "\n", "\r\n", "\x0c", "  "])


@settings(max_examples=400, deadline=None)
@given(
    header=st.lists(st.text(alphabet="abxy_ ", min_size=1, max_size=4), min_size=1, max_size=4),
    body=st.lists(st.lists(_CSV_CHARS, max_size=12).map("".join), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    crlf=st.booleans(),
)
def test_plain_csv_reads_as_the_python_parser(header, body, delimiter, crlf) -> None:
    """Whenever the C parser is used, the frame is the Python parser's, cell for cell."""
    newline = "\r\n" if crlf else "\n"
    text = delimiter.join(header) + newline + newline.join(body)
    if not plain_csv(text, delimiter):
        return
    fast, slow = parse_csv(text, delimiter), _python_engine(text, delimiter)
    assert list(fast.columns) == list(slow.columns)
    assert list(fast.dtypes) == list(slow.dtypes)
    assert type(fast.index) is type(slow.index)
    pd.testing.assert_frame_equal(fast, slow)


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(
        st.lists(st.text(alphabet="ab1.- é", max_size=5), min_size=3, max_size=3),
        min_size=0,
        max_size=20,
    ),
    delimiter=st.sampled_from([",", ";", "\t"]),
    crlf=st.booleans(),
)
def test_plain_tables_take_the_fast_path(rows, delimiter, crlf) -> None:
    """Regular tables (like the households CSV) are plain, and read as before."""
    newline = "\r\n" if crlf else "\n"
    text = newline.join(delimiter.join(r) for r in [["x", "y", "kategori"], *rows]) + newline
    if any(r and all(not c.strip() for c in r) for r in rows):
        return  # a line of blanks only: not plain, the Python parser reads it
    assert plain_csv(text, delimiter)
    pd.testing.assert_frame_equal(parse_csv(text, delimiter), _python_engine(text, delimiter))


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.integers(-(2**40), 2**40), st.integers(-5, 5))
        | st.tuples(st.integers(-3, 3), st.integers(-(2**62), 2**62)),
        max_size=60,
    )
)
def test_unique_rows_equals_numpy_unique(rows) -> None:
    """Node numbering: the same rows, order and inverse as ``np.unique(axis=0)``."""
    keys = np.array(rows, dtype=np.int64).reshape(-1, 2)
    uniq, inverse = unique_rows(keys)
    want, want_inv = np.unique(keys, axis=0, return_inverse=True)
    np.testing.assert_array_equal(uniq, want)
    np.testing.assert_array_equal(inverse, want_inv.ravel())
    assert inverse.dtype == np.int64


_WORDS = st.sampled_from(["", "lokal", "arteri", "kolektor", "gang", "path", "footway", "x"])
_HIGHWAYS = st.sampled_from(["", "gang", "path_link", " Footway ", "primary", "residential"])


@settings(max_examples=150, deadline=None)
@given(pairs=st.lists(st.tuples(_WORDS, _HIGHWAYS), max_size=40))
def test_default_widths_equals_statuses(pairs) -> None:
    """Per distinct (fungsi, highway) pair, the same widths as the per-segment function."""
    fungsi = np.array([p[0] for p in pairs], dtype=object)
    highway = np.array([p[1] for p in pairs], dtype=object)
    got = default_widths(fungsi, highway)
    np.testing.assert_array_equal(got, statuses.default_width(fungsi, highway))
    assert got.dtype == float


def _river_conflict_everywhere(lay, p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """The demo's river check as it was: every edge against every river."""
    t = np.linspace(0.0, 1.0, 7)
    xs = p[:, 0:1] + (q[:, 0:1] - p[:, 0:1]) * t
    ys = p[:, 1:2] + (q[:, 1:2] - p[:, 1:2]) * t
    out = np.zeros((len(p), len(lay.rivers)), dtype=bool)
    for r, riv in enumerate(lay.rivers):
        f = ys - layout.river_y(riv, xs)
        out[:, r] = (np.abs(f).min(1) < RIVER_CLEARANCE_M) | (
            np.sign(f).min(1) != np.sign(f).max(1)
        )
    return out


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), scale=st.sampled_from([1, 2, 4]))
def test_river_conflict_only_near_rivers(seed: int, scale: int) -> None:
    """Checking only the edges within reach of a river flags the same edges."""
    rng = np.random.default_rng(seed)
    lay = layout.make_layout(rng, scale)
    x0, y0, x1, y1 = lay.box
    # edges anywhere, and edges straddling or grazing each river's centre line
    p = np.column_stack([rng.uniform(x0, x1, 400), rng.uniform(y0, y1, 400)])
    for riv in lay.rivers:
        x = rng.uniform(x0, x1, 200)
        y = layout.river_y(riv, x) + rng.normal(0.0, 30.0, 200)
        p = np.vstack([p, np.column_stack([x, y])])
    q = p + rng.normal(0.0, 60.0, p.shape)
    np.testing.assert_array_equal(
        _river_conflict(lay, p, q), _river_conflict_everywhere(lay, p, q)
    )


@settings(max_examples=100, deadline=None)
@given(
    lines=st.lists(
        st.lists(st.tuples(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6)), min_size=2, max_size=6),
        max_size=20,
    ),
    z=st.booleans(),
)
def test_line_ends_equal_get_point(lines, z) -> None:
    """The network's end points read in one pass equal shapely's first and last points."""
    coords = [[(x, y, 1.0) if z else (x, y) for x, y in line] for line in lines]
    geoms = np.array([shapely.LineString(c) for c in coords], dtype=object)
    start, end = _ends(geoms)
    np.testing.assert_array_equal(start, shapely.get_coordinates(shapely.get_point(geoms, 0)))
    np.testing.assert_array_equal(end, shapely.get_coordinates(shapely.get_point(geoms, -1)))

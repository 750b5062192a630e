"""Sample points along the roads from coordinate arrays equal shapely's, bit for bit (issue 15).

:func:`mataram_gis.isochrones.points_along` replaces ``shapely.line_interpolate_point`` (one
GEOS call per point) for the isochrones' road samples; the polygons stay the same only if
every point does, so the coordinates are compared exactly, on lines with repeated vertices,
zero-length parts, many vertices and fractions at 0, 1 and on vertices.
"""

from __future__ import annotations

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from mataram_gis.isochrones import points_along, sample_points

interpolate = shapely.line_interpolate_point

coord = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
small = st.sampled_from([0.0, 0.1, 1e-9, 3.0, 25.0, 100.0 / 3.0])


@st.composite
def lines(draw):
    """Lines of 2-12 vertices: random, repeated, or on a grid with small steps."""
    out = []
    for _ in range(draw(st.integers(1, 6))):
        n = draw(st.integers(2, 12))
        x0, y0 = draw(coord), draw(coord)
        steps = draw(st.lists(st.tuples(small, small), min_size=n - 1, max_size=n - 1))
        xy = np.cumsum(np.array([(x0, y0), *steps]), axis=0)
        out.append(shapely.LineString(xy))
    return np.array(out, dtype=object)


@settings(max_examples=300, deadline=None)
@given(ls=lines(), data=st.data())
def test_points_along_equal_line_interpolate_point(ls, data):
    m = data.draw(st.integers(0, 30))
    which = np.array(data.draw(st.lists(st.integers(0, len(ls) - 1), min_size=m, max_size=m)))
    frac = np.array(
        data.draw(st.lists(st.one_of(st.sampled_from([0.0, 1.0, 0.5, 0.25, 1 / 3]),
                                     st.floats(0, 1)), min_size=m, max_size=m)),
        float,
    )  # fmt: skip
    which = which.astype(np.int64)
    want = shapely.get_coordinates(
        shapely.line_interpolate_point(ls[which], frac, normalized=True)
    )
    got = points_along(ls, which, frac)
    assert got.shape == (m, 2)
    np.testing.assert_array_equal(got, want.reshape(m, 2))


def test_points_along_vertices_and_a_zero_length_line():
    ls = np.array([shapely.LineString([(0, 0), (3, 0), (3, 0), (3, 4), (10, 4)]),
                   shapely.LineString([(5, 5), (5, 5)])], dtype=object)  # fmt: skip
    which = np.repeat([0, 1], 13)
    frac = np.tile(np.arange(13) / 12, 2)
    want = shapely.get_coordinates(
        shapely.line_interpolate_point(ls[which], frac, normalized=True)
    )
    np.testing.assert_array_equal(points_along(ls, which, frac), want)
    # 0.3 of 14 m: 3 m east, then 1.2 m north (past the repeated vertex)
    np.testing.assert_allclose(points_along(ls, np.array([0]), np.array([0.3]))[0], [3.0, 1.2])


def test_sample_points_as_before_on_a_curved_road():
    """The whole sampling, with a multi-part line going the shapely way, as shapely gives."""
    t = np.linspace(0, np.pi, 57)
    curve = shapely.LineString(np.column_stack([500 * np.cos(t), 300 * np.sin(t)]))
    multi = shapely.MultiLineString([[(0, 0), (40, 0)], [(50, 0), (90, 0)]])
    for ls in (np.array([curve, curve.reverse()], dtype=object),
               np.array([curve, multi], dtype=object)):  # fmt: skip
        seg, frac, xy = sample_points(ls, np.array([1000, 2000]), step_m=25.0)
        pts = shapely.line_interpolate_point(ls[seg], frac, normalized=True)
        np.testing.assert_array_equal(xy, shapely.get_coordinates(pts))
        assert len(xy) == len(seg) == len(frac) > 50

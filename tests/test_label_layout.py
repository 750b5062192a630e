"""Map labels never overprint each other nor clip at the frame (issues 12 and 13).

The layout itself (pure Python) on random labels; the printed map's centre names and rank
numbers measured on the rendered figure (text extents from matplotlib's renderer); the
briefing's picks-map numbers on a crowded cluster.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from mataram_gis.label_layout import LabelLayout, around, ring, shift_inside
from mataram_gis.outputs.mapplot import MapFrame, Placer, draw_map_content, prepare_map
from mataram_gis.outputs.picksmap import place_numbers
from mataram_gis.results import read_results, write_results

BOUNDS = (0.0, 0.0, 400.0, 300.0)


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _inside(box, bounds, tol=1e-9) -> bool:
    return (box[0] >= bounds[0] - tol and box[1] >= bounds[1] - tol
            and box[2] <= bounds[2] + tol and box[3] <= bounds[3] + tol)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(0, 400), st.floats(0, 300), st.floats(20, 200), st.floats(8, 20)),
        min_size=1,
        max_size=14,
    )
)
def test_free_spots_never_overlap_nor_leave_the_frame_nor_touch_furniture(items):
    layout = LabelLayout(BOUNDS)
    furniture = (300.0, 0.0, 400.0, 40.0)
    layout.add(furniture, hard=True)
    placed = []
    for x, y, w, h in items:
        spot = layout.place(around(x, y, w, h, gaps=(3.0, 8.0)))
        if spot is not None:
            placed.append(spot.box)
    for a, b in itertools.combinations(placed, 2):
        assert _overlap(a, b) == 0
    for box in placed:
        assert _inside(box, BOUNDS) and _overlap(box, furniture) == 0


def test_a_required_label_at_the_edge_moves_inside_instead_of_clipping():
    layout = LabelLayout(BOUNDS)
    spots = around(398.0, 299.0, 150.0, 30.0, gaps=(2.0,))
    spot = layout.place(spots, required=True)
    assert spot is not None and _inside(spot.box, BOUNDS)
    # Even when every candidate is outside (a label wider than the gap allows), it is shifted in.
    big = around(200.0, 150.0, 390.0, 30.0, gaps=(50.0,))
    spot = LabelLayout(BOUNDS).place(big, required=True)
    assert _inside(spot.box, BOUNDS)
    assert shift_inside((-5.0, 10.0, 20.0, 20.0), BOUNDS) == (0.0, 10.0, 25.0, 20.0)


def test_a_crowded_label_takes_the_least_covered_spot_when_it_must():
    layout = LabelLayout(BOUNDS)
    layout.add((0.0, 0.0, 400.0, 300.0), weight=0.1)  # everything covered a little
    layout.add((100.0, 100.0, 200.0, 200.0))  # and one block heavily
    assert layout.place(ring(150.0, 150.0, 20.0, 20.0, radii=(80.0,))) is None
    spot = layout.place(ring(150.0, 150.0, 20.0, 20.0, radii=(80.0,)), required=True)
    assert _overlap(spot.box, (100.0, 100.0, 200.0, 200.0)) == 0


@pytest.fixture(scope="module")
def crowded(grid_analysis, tmp_path_factory):
    """Results of the grid with five centres a few metres apart near the map's edge."""
    path = tmp_path_factory.mktemp("labels") / "r.gpkg"
    write_results(grid_analysis, path)
    results = read_results(path)
    c = results.centres
    x1, y1 = results.segments.total_bounds[2:]
    xs = x1 - np.arange(5) * 25.0
    ys = y1 - np.arange(5) * 20.0
    centres = c.iloc[[0] * 5].copy().reset_index(drop=True)
    centres["centre_id"] = [f"C{k}" for k in range(5)]
    centres["name"] = ["Sentra Mutiara & Perak Sekarbela", "Sentra Tahu Tempe Kekalik",
                       "Sentra Gerabah Dasan Cermen", "Sentra Cukli Rungkang Jangkuk",
                       "Sentra Tenun Pagutan"]  # fmt: skip
    centres = centres.set_geometry(shapely.points(xs, ys), crs=c.crs)
    results.centres = centres
    return results


def test_printed_map_labels_do_not_overprint_each_other_or_leave_the_frame(crowded):
    data = prepare_map(crowded, top=10)
    w_mm, h_mm = 150.0, 110.0
    fig = Figure(figsize=(w_mm / 25.4, h_mm / 25.4))
    ax = fig.add_axes((0, 0, 1, 1))
    frame = MapFrame.fit(data.bounds, w_mm, h_mm, bottom_mm=12.0)
    draw_map_content(ax, data, frame)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    names = set(data.centres["name"])
    boxes = []
    for text in ax.texts:
        patch = text.get_bbox_patch()
        ext = (patch or text).get_window_extent(renderer)
        boxes.append((text.get_text(), ext.shrunk(0.97, 0.97)))  # antialiasing slack
    labels = [b for b in boxes if b[0].replace("\n", " ") in names]
    numbers = [b for b in boxes if b[0].isdigit()]
    assert len(labels) == 5 and len(numbers) == len(data.top)
    for (ta, a), (tb, b) in itertools.combinations(labels + numbers, 2):
        assert not a.overlaps(b), (ta, tb)
    frame_px = ax.get_window_extent(renderer)
    for t, b in labels + numbers:
        assert frame_px.x0 - 1 <= b.x0 and b.x1 <= frame_px.x1 + 1, t
        assert frame_px.y0 - 1 <= b.y0 and b.y1 <= frame_px.y1 + 1, t


def test_picks_numbers_fan_out_without_overlapping(crowded):
    frame = MapFrame.fit(tuple(crowded.segments.total_bounds), 174.0, 150.0, bottom_mm=14.0)
    placer = Placer(frame)
    cx, cy = (frame.xmin + frame.xmax) / 2, (frame.ymin + frame.ymax) / 2
    rng = np.random.default_rng(3)
    anchors = np.c_[cx + rng.normal(0, 20, 40), cy + rng.normal(0, 20, 40)]  # 40 picks, 1 mm
    numbers = list(range(1, 41))
    spots = place_numbers(placer, anchors, numbers)
    boxes = placer.labels
    assert len(boxes) >= 40
    circles = [b for b in boxes if abs((b[2] - b[0]) - (b[3] - b[1])) < 1e-6
               and b[2] - b[0] > 2 * frame.m_per_mm]  # fmt: skip
    assert len(circles) == 40
    for a, b in itertools.combinations(circles, 2):
        assert _overlap(a, b) == 0
    for (x, y), box in zip(spots, circles, strict=True):
        assert _inside(box, (frame.xmin, frame.ymin, frame.xmax, frame.ymax))
        assert box[0] <= x <= box[2] and box[1] <= y <= box[3]


@pytest.fixture(scope="module")
def with_kelurahan(crowded, tmp_path_factory):
    """The crowded grid with a 4 x 4 lattice of kelurahan (names land in every corner)."""
    import geopandas as gpd
    import pyogrio

    x0, y0, x1, y1 = crowded.segments.total_bounds
    xs, ys = np.linspace(x0 - 60, x1 + 60, 5), np.linspace(y0 - 60, y1 + 60, 5)
    cells = [shapely.box(xs[i], ys[j], xs[i + 1], ys[j + 1]) for i in range(4) for j in range(4)]
    admin = gpd.GeoDataFrame({"kelurahan": [f"Kelurahan Nomor {k}" for k in range(16)]},
                             geometry=cells, crs=crowded.segments.crs)  # fmt: skip
    path = tmp_path_factory.mktemp("kel") / "r.gpkg"
    write_results(crowded, path)
    pyogrio.write_dataframe(admin, path, layer="kelurahan")
    results = read_results(path)
    results.centres = crowded.centres
    return results


@pytest.mark.parametrize("travel", [None, "after"])
def test_kelurahan_names_keep_off_furniture_labels_and_legends(with_kelurahan, travel):
    """No kelurahan name on the scale bar, the north arrow, a rank number, a centre name, or
    a legend (the panel); every name inside the map frame."""
    from mataram_gis.outputs.mapexport import compose_map

    fig = compose_map(with_kelurahan, width_mm=297, height_mm=210, travel_time=travel)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    ax = fig.axes[0]
    names, others = [], []
    for text in ax.texts:
        ext = (text.get_bbox_patch() or text).get_window_extent(renderer).shrunk(0.97, 0.97)
        (names if text.get_gid() == "kelurahan" else others).append((text.get_text(), ext))
    assert names, "the lattice must get some names for this test to mean something"
    furniture = [p.get_window_extent(renderer) for p in ax.patches if p.get_zorder() >= 30]
    assert furniture  # scale bar box and north arrow
    frame_px = ax.get_window_extent(renderer)
    panels = [a.get_window_extent(renderer) for a in fig.axes[1:]]
    for name, box in names:
        assert not any(box.overlaps(b) for _, b in others if b.width > 0), name
        assert not any(box.overlaps(f) for f in furniture), name
        assert not any(box.overlaps(p) for p in panels), name
        assert frame_px.x0 - 1 <= box.x0 and box.x1 <= frame_px.x1 + 1, name

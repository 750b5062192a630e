"""Centre labels on the canvas never print over each other nor run off the map."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF

from ui.label_place import place_labels

VIEW = QRectF(0, 0, 400, 300)


def test_two_centres_side_by_side_get_separate_spots():
    points = [(100.0, 100.0), (130.0, 102.0)]  # the second label would overprint the first
    boxes = place_labels(points, [(160.0, 14.0), (150.0, 14.0)], VIEW)
    assert all(b is not None for b in boxes)
    assert not boxes[0].intersects(boxes[1])


def test_a_label_at_the_right_edge_goes_left_instead_of_clipping():
    (box,) = place_labels([(390.0, 150.0)], [(120.0, 14.0)], VIEW)
    assert box is not None and VIEW.contains(box) and box.right() < 390


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(0, 400), st.floats(0, 300), st.floats(20, 200), st.floats(8, 20)),
        min_size=1,
        max_size=12,
    )
)
def test_placed_labels_never_overlap_nor_leave_the_view(items):
    points = [(x, y) for x, y, _, _ in items]
    sizes = [(w, h) for _, _, w, h in items]
    boxes = [b for b in place_labels(points, sizes, VIEW) if b is not None]
    for i, a in enumerate(boxes):
        assert VIEW.contains(a)
        assert not any(a.intersects(b) for b in boxes[i + 1 :])

"""Label placement without collisions: each label takes the first free spot around its point.

Tried in order: right, left, above, below the symbol, then the four diagonals. A spot is
free when it stays inside the view and overlaps neither an earlier label nor another symbol.
A label with no free spot is left out (the symbol stays); nothing is printed over another.
The placement itself is the printed maps' (:mod:`mataram_gis.label_layout`, no Qt); this
module only converts to and from screen rectangles.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from mataram_gis.label_layout import LabelLayout, around


def place_labels(
    points: list[tuple[float, float]],
    sizes: list[tuple[float, float]],
    view: QRectF,
    *,
    symbol: float = 10.0,
) -> list[QRectF | None]:
    """A box per label (screen pixels), or None where no spot is free.

    Parameters
    ----------
    points
        Screen positions of the symbols, in priority order (earlier labels win).
    sizes
        Width and height of each label.
    view
        The visible screen area.
    symbol
        Symbol size in pixels (labels keep clear of every symbol).
    """
    half = symbol / 2
    layout = LabelLayout((view.left(), view.top(), view.right(), view.bottom()))
    layout.add_many([(x - half, y - half, x + half, y + half) for x, y in points])
    placed: list[QRectF | None] = []
    for (x, y), (w, h) in zip(points, sizes, strict=True):
        spot = None
        if view.contains(x, y):
            spot = layout.place(around(x, y, w, h, gaps=(half + 2.0,), y_up=False))
        placed.append(None if spot is None else QRectF(spot.box[0], spot.box[1], w, h))
    return placed

"""Label placement without collisions: each label takes the first free spot around its point.

Tried in order: right, left, above, below the symbol, then the four diagonals. A spot is
free when it stays inside the view and overlaps neither an earlier label nor another symbol.
A label with no free spot is left out (the symbol stays); nothing is printed over another.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

#: Candidate offsets as fractions: (dx, dy) of the label box relative to the symbol.
CANDIDATES: tuple[tuple[float, float], ...] = (
    (1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (-1, -1), (1, 1), (-1, 1),
)  # fmt: skip


def _spot(x: float, y: float, w: float, h: float, half: float, dx: float, dy: float) -> QRectF:
    gap = half + 2.0
    left = x + gap if dx > 0 else x - gap - w if dx < 0 else x - w / 2
    top = y - h / 2 if dy == 0 else (y - gap - h if dy < 0 else y + gap)
    return QRectF(left, top, w, h)


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
    taken = [QRectF(x - half, y - half, symbol, symbol) for x, y in points]
    placed: list[QRectF | None] = []
    for (x, y), (w, h) in zip(points, sizes, strict=True):
        choice = None
        if view.contains(x, y):
            for dx, dy in CANDIDATES:
                box = _spot(x, y, w, h, half, dx, dy)
                if view.contains(box) and not any(box.intersects(t) for t in taken):
                    choice = box
                    break
        placed.append(choice)
        if choice is not None:
            taken.append(choice)
    return placed

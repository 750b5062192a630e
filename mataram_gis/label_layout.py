"""Label placement without collisions, shared by the printed maps and the map canvas.

Pure Python and NumPy (no Qt, no matplotlib): boxes are ``(x0, y0, x1, y1)`` tuples with
``x0 <= x1`` and ``y0 <= y1`` in any units (metres on a printed map, pixels on screen); the
caller says whether its y axis points up (maps) or down (screens) when "above" matters.

:class:`LabelLayout` keeps what is already on the map: *hard* boxes a label must never
cover (map furniture: scale bar, north arrow) and weighted *soft* boxes it should avoid
(other labels and symbols with weight 1, roads it should rather not hide with a smaller
weight). A candidate spot costs the weighted area it overlaps; a spot outside the frame or on
a hard box is impossible. Each label takes the first free spot of its candidates, in the
caller's order of preference; when none is free the caller chooses: leave the label out (the
screen) or take the least costly spot inside the frame (a printed map, where every number
must appear). Greedy and deterministic: earlier labels win.

Candidate generators: :func:`around` (right, left, above, below, then the diagonals, at
growing gaps: names beside a symbol) and :func:`ring` (centred spots on circles of growing
radius: numbers moved off a crowded spot, drawn with a leader line).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

Box = tuple[float, float, float, float]

#: Compass order of :func:`around`: right, left, above, below, then the four diagonals.
AROUND: tuple[tuple[int, int], ...] = (
    (1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1),
)  # fmt: skip


@dataclass(frozen=True)
class Spot:
    """A candidate label position: its box and how to anchor the text there.

    ``ha`` is ``left``/``right``/``center``; ``va`` is ``bottom``/``top``/``center`` in the
    y-up sense (the text's lower edge is at ``y`` for ``bottom``); ``x, y`` the anchor point.
    """

    box: Box
    ha: str
    va: str
    x: float
    y: float


def around(
    x: float,
    y: float,
    w: float,
    h: float,
    *,
    gaps: Sequence[float],
    y_up: bool = True,
) -> list[Spot]:
    """Spots for a ``w`` x ``h`` label beside a symbol at ``(x, y)``, nearest gap first.

    For each gap: right, left, above, below, then the diagonals (:data:`AROUND`). On a
    y-down screen, "above" is the smaller y.
    """
    out: list[Spot] = []
    up = 1.0 if y_up else -1.0
    for gap in gaps:
        for dx, dy in AROUND:
            sy = dy * up  # +1: towards larger y
            x0 = x + gap if dx > 0 else x - gap - w if dx < 0 else x - w / 2
            y0 = y - h / 2 if sy == 0 else (y + gap if sy > 0 else y - gap - h)
            ha = "left" if dx > 0 else "right" if dx < 0 else "center"
            va = "center" if dy == 0 else ("bottom" if dy > 0 else "top")
            ax = x0 if dx > 0 else x0 + w if dx < 0 else x
            ay = y if sy == 0 else (y0 if sy > 0 else y0 + h)
            out.append(Spot((x0, y0, x0 + w, y0 + h), ha, va, ax, ay))
    return out


def ring(
    x: float,
    y: float,
    w: float,
    h: float,
    *,
    radii: Sequence[float],
    directions: int = 8,
) -> list[Spot]:
    """Centred spots at ``(x, y)`` and on circles of the given radii around it.

    The first spot is on the point itself; then, radius by radius, ``directions`` spots
    starting north-east and going round (every label tries the same pattern).
    """
    out = [Spot((x - w / 2, y - h / 2, x + w / 2, y + h / 2), "center", "center", x, y)]
    angles = np.deg2rad(45.0 + np.arange(directions) * 360.0 / directions)
    for r in radii:
        for a in angles:
            cx, cy = x + r * float(np.cos(a)), y + r * float(np.sin(a))
            out.append(
                Spot((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), "center", "center", cx, cy)
            )
    return out


def shift_inside(box: Box, bounds: Box) -> Box:
    """``box`` moved (not resized) to lie inside ``bounds`` as far as its size allows."""
    x0, y0, x1, y1 = box
    bx0, by0, bx1, by1 = bounds
    dx = max(bx0 - x0, 0.0) - max(x1 - bx1, 0.0)
    dy = max(by0 - y0, 0.0) - max(y1 - by1, 0.0)
    return (x0 + dx, y0 + dy, x1 + dx, y1 + dy)


def segment_boxes(xy: np.ndarray, *, half: float, step: float) -> list[Box]:
    """Small square boxes (half-side ``half``) every ``step`` along a polyline ``xy`` (n x 2).

    Used to keep labels off a line (a top-ranked road, a leader line) without reserving
    its whole bounding box.
    """
    pts = np.asarray(xy, float)
    if len(pts) == 0:
        return []
    out = [pts[0]]
    for a, b in itertools.pairwise(pts):
        n = max(int(np.hypot(*(b - a)) // step), 0)
        out += [a + (b - a) * (k / (n + 1)) for k in range(1, n + 2)]
    return [(p[0] - half, p[1] - half, p[0] + half, p[1] + half) for p in out]


class LabelLayout:
    """Boxes already on the map, and the cost of a new label's candidate spots.

    Parameters
    ----------
    bounds
        The frame every label must stay inside (``None``: unbounded).
    """

    def __init__(self, bounds: Box | None = None) -> None:
        self.bounds = bounds
        self._hard: list[Box] = []
        self._soft: list[Box] = []
        self._weights: list[float] = []
        self._cache: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    @property
    def labels(self) -> list[Box]:
        """Soft boxes placed so far (labels, symbols, lines), in order."""
        return list(self._soft)

    def add(self, box: Box, *, weight: float = 1.0, hard: bool = False) -> None:
        """Reserve ``box``: ``hard`` never to be covered, else avoided by ``weight``."""
        if hard:
            self._hard.append(tuple(map(float, box)))
        else:
            self._soft.append(tuple(map(float, box)))
            self._weights.append(float(weight))
        self._cache = None

    def add_many(self, boxes: Sequence[Box], *, weight: float = 1.0) -> None:
        """Reserve several soft boxes at once (e.g. :func:`segment_boxes`)."""
        for b in boxes:
            self._soft.append(tuple(map(float, b)))
            self._weights.append(float(weight))
        self._cache = None

    def _arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if self._cache is None:
            self._cache = (
                np.asarray(self._hard, float).reshape(-1, 4),
                np.asarray(self._soft, float).reshape(-1, 4),
                np.asarray(self._weights, float),
            )
        return self._cache

    def costs(self, boxes: Sequence[Box]) -> np.ndarray:
        """Weighted overlap area of each box; ``inf`` outside the frame or on a hard box."""
        cand = np.asarray(boxes, float).reshape(-1, 4)
        hard, soft, weights = self._arrays()
        out = _overlap(cand, soft) @ weights if len(soft) else np.zeros(len(cand))
        if len(hard):
            out[(_overlap(cand, hard) > 0).any(axis=1)] = np.inf
        if self.bounds is not None:
            bx0, by0, bx1, by1 = self.bounds
            outside = (
                (cand[:, 0] < bx0) | (cand[:, 1] < by0) | (cand[:, 2] > bx1) | (cand[:, 3] > by1)
            )
            out[outside] = np.inf
        return out

    def cost(self, box: Box) -> float:
        """:meth:`costs` of one box."""
        return float(self.costs([box])[0])

    def choose(self, boxes: Sequence[Box], *, required: bool = False) -> int | None:
        """Index of the first free box; else (``required``) of the least costly possible one.

        Returns ``None`` when no box is free and ``required`` is false, or when every box is
        impossible (outside the frame or on furniture).
        """
        if not len(boxes):
            return None
        c = self.costs(boxes)
        free = np.flatnonzero(c == 0)
        if len(free):
            return int(free[0])
        if not required or not np.isfinite(c).any():
            return None
        return int(np.argmin(c))

    def place(
        self, spots: Sequence[Spot], *, required: bool = False, weight: float = 1.0
    ) -> Spot | None:
        """Choose among ``spots`` (:meth:`choose`) and reserve the chosen box.

        With ``required`` and every spot impossible, the first spot is moved inside the frame
        (:func:`shift_inside`) and taken: a printed label is never clipped at the edge.
        """
        i = self.choose([s.box for s in spots], required=required)
        if i is None:
            if not required or not spots:
                return None
            s = spots[0]
            box = shift_inside(s.box, self.bounds) if self.bounds is not None else s.box
            dx, dy = box[0] - s.box[0], box[1] - s.box[1]
            spot = Spot(box, s.ha, s.va, s.x + dx, s.y + dy)
        else:
            spot = spots[i]
        self.add(spot.box, weight=weight)
        return spot


def _overlap(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Overlap areas of every box of ``a`` (m x 4) with every box of ``b`` (n x 4): m x n."""
    w = np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0])
    h = np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1])
    return np.clip(w, 0.0, None) * np.clip(h, 0.0, None)

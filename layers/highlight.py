"""A temporary highlight layer: the households that gain from one segment's upgrade."""

from __future__ import annotations

import numpy as np

from layers.base import Layer, xy_bounds
from layers.styles import HIGHLIGHT_COLOUR, LegendEntry, label


class HighlightLayer(Layer):
    """Points (and an optional segment) highlighted for a moment; emits ``data``."""

    kind = "highlight"

    def __init__(self, name: str = "highlight") -> None:
        super().__init__(name, "Households that gain")
        self.x = np.zeros(0)
        self.y = np.zeros(0)
        self.segment_id: int | None = None
        self.colour = HIGHLIGHT_COLOUR

    def set_points(self, x: np.ndarray, y: np.ndarray, *, segment_id: int | None = None) -> None:
        """Highlight these points (map units)."""
        self.x = np.asarray(x, float)
        self.y = np.asarray(y, float)
        self.segment_id = segment_id
        self._changed("data")

    def clear(self) -> None:
        """Remove the highlight."""
        if len(self.x) or self.segment_id is not None:
            self.set_points(np.zeros(0), np.zeros(0))

    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        """Extent of the highlighted points."""
        return xy_bounds(self.x, self.y)

    def __len__(self) -> int:
        return len(self.x)

    def legend(self, lang: str = "en") -> list[LegendEntry]:
        """The highlight symbol."""
        return [LegendEntry(label("highlight", lang), self.colour, 5.0, "point")]


class SegmentHighlightLayer(Layer):
    """Groups of road segments drawn over the roads in bold colours (portfolio, comparison).

    ``groups`` maps a key (``"portfolio"``, ``"rose"``, ``"fell"``...) to a colour, a legend
    label and the ``segment_id`` values; the canvas draws each group with a white casing.
    Emits ``data`` when the groups change.
    """

    kind = "segment_highlight"

    def __init__(self, name: str = "plan_highlight") -> None:
        super().__init__(name, "Highlighted segments")
        self.groups: dict[str, tuple[str, str, np.ndarray]] = {}

    def set_group(self, key: str, segment_ids: np.ndarray, colour: str, label: str = "") -> None:
        """Highlight ``segment_ids`` as group ``key`` (replaces the group)."""
        self.groups[key] = (colour, label, np.asarray(segment_ids, np.int64))
        self._changed("data")

    def clear(self, *keys: str) -> None:
        """Remove some groups (all when no key is given)."""
        drop = keys or tuple(self.groups)
        if any(k in self.groups for k in drop):
            for k in drop:
                self.groups.pop(k, None)
            self._changed("data")

    def segment_ids(self) -> np.ndarray:
        """Every highlighted ``segment_id``."""
        if not self.groups:
            return np.zeros(0, np.int64)
        return np.unique(np.concatenate([ids for _, _, ids in self.groups.values()]))

    def __len__(self) -> int:
        return sum(len(ids) for _, _, ids in self.groups.values())

    def legend(self, lang: str = "en") -> list[LegendEntry]:
        """One line symbol per group."""
        return [LegendEntry(text or key, colour, 4.0) for key, (colour, text, _) in
                self.groups.items()]  # fmt: skip

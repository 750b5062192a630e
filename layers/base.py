"""The layer base class: name, visibility, opacity and events."""

from __future__ import annotations

from typing import Any

from layers.events import EventEmitter
from layers.styles import LegendEntry


class Layer:
    """Something drawn on the map.

    Events (``layer.events``): ``visibility(layer, visible)``, ``opacity(layer, opacity)``,
    ``data(layer)`` (geometry or attributes changed: rebuild caches), ``style(layer)``
    (same geometry, other colours/widths).

    Parameters
    ----------
    name
        A stable identifier (``roads``, ``centres``...); the UI translates the title.
    title
        Default (English) title.
    """

    kind = "layer"

    def __init__(self, name: str, title: str | None = None) -> None:
        self.name = name
        self.title = title or name
        self.events = EventEmitter()
        self._visible = True
        self._opacity = 1.0

    @property
    def visible(self) -> bool:
        """Whether the layer is drawn."""
        return self._visible

    @visible.setter
    def visible(self, value: bool) -> None:
        value = bool(value)
        if value != self._visible:
            self._visible = value
            self.events.emit("visibility", layer=self, visible=value)

    @property
    def opacity(self) -> float:
        """Opacity in [0, 1]."""
        return self._opacity

    @opacity.setter
    def opacity(self, value: float) -> None:
        value = min(max(float(value), 0.0), 1.0)
        if value != self._opacity:
            self._opacity = value
            self.events.emit("opacity", layer=self, opacity=value)

    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        """``(xmin, ymin, xmax, ymax)`` in map units, or None when empty."""
        return None

    def legend(self, lang: str = "en") -> list[LegendEntry]:
        """Legend entries for the current style."""
        return []

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} visible={self.visible}>"

    def _changed(self, what: str, **payload: Any) -> None:
        self.events.emit(what, layer=self, **payload)


def xy_bounds(x: Any, y: Any) -> tuple[float, float, float, float] | None:
    """``(xmin, ymin, xmax, ymax)`` of point coordinate arrays, or None when empty."""
    if not len(x):
        return None
    return (float(x.min()), float(y.min()), float(x.max()), float(y.max()))

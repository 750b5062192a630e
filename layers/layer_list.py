"""The ordered list of layers (drawing order bottom -> top) with events."""

from __future__ import annotations

from collections.abc import Iterator

from layers.base import Layer
from layers.events import EventEmitter


class LayerList:
    """Layers in drawing order: index 0 is drawn first (bottom).

    Events (``events``): ``inserted(layer, index)``, ``removed(layer)``, ``moved(layer,
    index)``, and ``changed(layer, what)`` relayed from every layer (``visibility``,
    ``opacity``, ``style``, ``data``, ``legend``) plus ``order`` after any move.
    """

    RELAYED = ("visibility", "opacity", "style", "data", "legend")

    def __init__(self) -> None:
        self._layers: list[Layer] = []
        self.events = EventEmitter()
        self._relays: dict[int, list[tuple[str, object]]] = {}

    def __iter__(self) -> Iterator[Layer]:
        return iter(list(self._layers))

    def __len__(self) -> int:
        return len(self._layers)

    def __getitem__(self, key: int | str) -> Layer:
        if isinstance(key, str):
            for layer in self._layers:
                if layer.name == key:
                    return layer
            raise KeyError(key)
        return self._layers[key]

    def __contains__(self, name: str) -> bool:
        return any(layer.name == name for layer in self._layers)

    def get(self, name: str, default: Layer | None = None) -> Layer | None:
        """The layer named ``name`` or ``default``."""
        for layer in self._layers:
            if layer.name == name:
                return layer
        return default

    def index(self, name: str) -> int:
        """Position of the layer named ``name``."""
        for i, layer in enumerate(self._layers):
            if layer.name == name:
                return i
        raise KeyError(name)

    def append(self, layer: Layer) -> Layer:
        """Add a layer on top."""
        return self.insert(len(self._layers), layer)

    def insert(self, index: int, layer: Layer) -> Layer:
        """Insert ``layer`` at ``index`` (its name must be unique)."""
        if layer.name in self:
            raise ValueError(f"a layer named {layer.name!r} exists already")
        self._layers.insert(index, layer)
        relays = []
        for what in self.RELAYED:

            def relay(what: str = what, **payload: object) -> None:
                self.events.emit("changed", layer=payload.get("layer"), what=what)

            layer.events.connect(what, relay)
            relays.append((what, relay))
        self._relays[id(layer)] = relays
        self.events.emit("inserted", layer=layer, index=index)
        return layer

    def remove(self, name: str) -> Layer:
        """Remove and return the layer named ``name``."""
        layer = self._layers.pop(self.index(name))
        for what, relay in self._relays.pop(id(layer), []):
            layer.events.disconnect(what, relay)
        self.events.emit("removed", layer=layer)
        return layer

    def move(self, name: str, index: int) -> None:
        """Move the layer named ``name`` to ``index`` (clamped)."""
        old = self.index(name)
        index = min(max(int(index), 0), len(self._layers) - 1)
        if index == old:
            return
        layer = self._layers.pop(old)
        self._layers.insert(index, layer)
        self.events.emit("moved", layer=layer, index=index)
        self.events.emit("changed", layer=layer, what="order")

    def raise_layer(self, name: str) -> None:
        """One step up (drawn later)."""
        self.move(name, self.index(name) + 1)

    def lower_layer(self, name: str) -> None:
        """One step down (drawn earlier)."""
        self.move(name, self.index(name) - 1)

    @property
    def names(self) -> list[str]:
        """Layer names bottom -> top."""
        return [layer.name for layer in self._layers]

    def bounds(self) -> tuple[float, float, float, float] | None:
        """Union of the layers' extents."""
        boxes = [b for b in (layer.bounds for layer in self._layers) if b is not None]
        if not boxes:
            return None
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )

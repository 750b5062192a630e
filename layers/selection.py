"""The shared selection of road segments (the map and the ranking table both follow it)."""

from __future__ import annotations

from collections.abc import Iterable

from layers.events import EventEmitter


class SelectionModel:
    """Selected ``segment_id`` values, in selection order.

    Events (``events``): ``changed(selected, source)`` where ``source`` names who made the
    change (``"map"``, ``"table"``...) so a view can ignore its own echo.
    """

    def __init__(self) -> None:
        self._selected: tuple[int, ...] = ()
        self.events = EventEmitter()

    @property
    def selected(self) -> tuple[int, ...]:
        """Selected segment ids."""
        return self._selected

    def __len__(self) -> int:
        return len(self._selected)

    def __contains__(self, segment_id: object) -> bool:
        return segment_id in self._selected

    def select(self, ids: Iterable[int], *, source: str | None = None) -> None:
        """Replace the selection (no event when unchanged)."""
        new = tuple(dict.fromkeys(int(i) for i in ids))
        if new != self._selected:
            self._selected = new
            self.events.emit("changed", selected=new, source=source)

    def add(self, ids: Iterable[int], *, source: str | None = None) -> None:
        """Add to the selection."""
        self.select((*self._selected, *ids), source=source)

    def toggle(self, segment_id: int, *, source: str | None = None) -> None:
        """Add ``segment_id`` or remove it when already selected."""
        sid = int(segment_id)
        if sid in self._selected:
            self.select([i for i in self._selected if i != sid], source=source)
        else:
            self.add([sid], source=source)

    def clear(self, *, source: str | None = None) -> None:
        """Select nothing."""
        self.select((), source=source)

"""A tiny event emitter: ``connect`` / ``disconnect`` / ``emit`` (plain Python, no Qt)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

logger = logging.getLogger(__name__)

Callback = Callable[..., Any]


class EventEmitter:
    """Named events with keyword payloads.

    Examples
    --------
    >>> ev = EventEmitter()
    >>> seen = []
    >>> ev.connect("changed", lambda **kw: seen.append(kw))
    >>> ev.emit("changed", value=1)
    >>> seen
    [{'value': 1}]
    """

    def __init__(self) -> None:
        self._callbacks: dict[str, list[Callback]] = {}
        self._blocked = 0

    def connect(self, name: str, callback: Callback) -> Callback:
        """Call ``callback(**payload)`` whenever event ``name`` is emitted."""
        self._callbacks.setdefault(name, []).append(callback)
        return callback

    def disconnect(self, name: str, callback: Callback | None = None) -> None:
        """Remove one callback (or all of them for ``name``)."""
        if callback is None:
            self._callbacks.pop(name, None)
            return
        callbacks = self._callbacks.get(name, [])
        if callback in callbacks:
            callbacks.remove(callback)

    def emit(self, name: str, **payload: Any) -> None:
        """Call every callback of ``name`` in connection order."""
        if self._blocked:
            return
        for callback in list(self._callbacks.get(name, [])):
            callback(**payload)

    def receivers(self, name: str) -> int:
        """Number of callbacks connected to ``name``."""
        return len(self._callbacks.get(name, []))

    def blocked(self) -> _Blocker:
        """Context manager suppressing every event while active."""
        return _Blocker(self)


class _Blocker:
    def __init__(self, emitter: EventEmitter) -> None:
        self.emitter = emitter

    def __enter__(self) -> EventEmitter:
        self.emitter._blocked += 1
        return self.emitter

    def __exit__(self, *exc: object) -> None:
        self.emitter._blocked -= 1

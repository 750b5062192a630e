"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11: ``None`` running out.

PySide6/shiboken6 6.12.0 returns ``None`` from every void method (``setText``, ``update``,
``processEvents``, each ``QPainter`` call...) without taking a reference to it. From Python
3.12 on ``None`` is immortal and nothing happens; on Python 3.11 each call takes one reference
away. The desktop app starts with about 77,000 references to ``None`` and a full map redraw
costs about 160, so after a few hundred redraws or clicks the count reaches zero and Python
aborts (``Fatal Python error: none_dealloc``) -- or, earlier, frees memory still in use.

:func:`guard_none_refcount` measures the bug at start and, only where it is present, makes
``None`` immortal the way Python 3.12 does (a reference count far above any reachable value).
"""

from __future__ import annotations

import ctypes
import logging
import sys

logger = logging.getLogger(__name__)

#: The reference count given to ``None`` (Python 3.12's immortal objects use 2**32 - 1).
IMMORTAL = 1 << 60
_PROBES = 16


def none_references_lost_per_call() -> float:
    """References to ``None`` lost per void PySide6 call (0 without the bug)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
    return (before - sys.getrefcount(None)) / _PROBES


def guard_none_refcount() -> bool:
    """Make ``None`` immortal when PySide6 loses references to it (True if it did)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # None is immortal already (or not reference counted)
    if none_references_lost_per_call() < 0.5:
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: the first field
    if refcount.value < IMMORTAL // 2:
        refcount.value += IMMORTAL
    logger.info("PySide6 loses references to None on this Python: None made immortal")
    return True

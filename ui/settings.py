"""What the app remembers between starts (QSettings): language, window, recent files, columns.

Everything goes through :func:`settings` (the application's organisation and name; tests point
QSettings at a temporary folder in ``tests/ui/conftest.py``). Window geometry is restored
only where it fits the screen available now (an office PC at 1366x768 after a 1600x1000 one).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

logger = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
COLUMNS_KEY = "ranking/columns"
MAX_RECENT = 8
#: Preferred window size on a large screen (the app asks for less on a small one).
PREFERRED_SIZE = (1600, 1000)
#: Bumped when the docks change so an old saved layout is not restored onto new docks.
STATE_VERSION = 4  # 4: wider Ranking dock (its five default columns fit at 1366x768)


def settings() -> QSettings:
    """The application's settings store."""
    return QSettings()


def saved_language() -> str | None:
    """The language the user chose (None before the first choice)."""
    value = settings().value(LANGUAGE_KEY)
    return str(value) if value in ("id", "en") else None


def save_language(lang: str) -> None:
    """Remember ``lang`` for the next start."""
    s = settings()
    s.setValue(LANGUAGE_KEY, lang)
    s.sync()


def recent(kind: str) -> list[Path]:
    """Recently used files of ``kind`` (``projects`` or ``data``), newest first."""
    value = settings().value(f"recent/{kind}") or []
    if isinstance(value, str):
        value = [value]
    return [Path(v) for v in value if v]


def add_recent(kind: str, path: Path | str) -> list[Path]:
    """Put ``path`` first in the recent list of ``kind``; return the new list."""
    path = Path(path).resolve()
    items = [path] + [p for p in recent(kind) if p != path]
    items = items[:MAX_RECENT]
    s = settings()
    s.setValue(f"recent/{kind}", [str(p) for p in items])
    s.sync()
    return items


def last_project() -> Path | None:
    """The most recently saved or opened project, if it still exists."""
    for path in recent("projects"):
        if path.is_file():
            return path
    return None


def ranking_columns(default: list[str]) -> list[str]:
    """Keys of the ranking columns the user shows (``default`` before any choice)."""
    value = settings().value(COLUMNS_KEY)
    if not value:
        return list(default)
    return [str(v) for v in ([value] if isinstance(value, str) else value)]


def save_ranking_columns(keys: list[str]) -> None:
    """Remember the shown ranking columns."""
    settings().setValue(COLUMNS_KEY, list(keys))


def available_rect(window: QMainWindow) -> QRect:
    """The screen area the window may use (its screen's, without task bars)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QMainWindow) -> None:
    """Shrink and move ``window`` so that all of it (frame included) is on the screen."""
    area = available_rect(window)
    frame = window.frameGeometry()
    extra_w = max(frame.width() - window.width(), 0)
    extra_h = max(frame.height() - window.height(), 0)
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(frame.x(), area.x()), area.right() + 1 - width - extra_w)
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - height - extra_h)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def default_geometry(window: QMainWindow) -> None:
    """The preferred size where it fits, else the whole available screen, centred."""
    area = available_rect(window)
    width = min(PREFERRED_SIZE[0], area.width())
    height = min(PREFERRED_SIZE[1], area.height())
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
    fit_to_screen(window)


def restore_window(window: QMainWindow) -> bool:
    """Restore the saved geometry and dock layout (fitted to the screen); False if none."""
    s = settings()
    geometry, state = s.value(GEOMETRY_KEY), s.value(STATE_KEY)
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    if isinstance(state, QByteArray):
        window.restoreState(state, STATE_VERSION)
    if restored:
        fit_to_screen(window)
    else:
        default_geometry(window)
    return bool(restored)


def save_window(window: QMainWindow) -> None:
    """Remember the window's geometry and dock layout."""
    s = settings()
    s.setValue(GEOMETRY_KEY, window.saveGeometry())
    s.setValue(STATE_KEY, window.saveState(STATE_VERSION))
    s.sync()

"""Qt widgets of the desktop application (main window, map canvas, panels, workers)."""

from ui.qt_guard import guard_none_refcount

guard_none_refcount()  # before any widget: PySide6 6.12 on Python 3.11 (see ui/qt_guard.py)

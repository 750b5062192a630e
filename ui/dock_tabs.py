# ruff: noqa: N802 - Qt API names (camelCase overrides)
"""Tabs of stacked docks that show their whole titles, even on a 1366 x 768 screen.

Qt elides the titles of tabbed docks ("Peri…", "R…") once six docks share the right-hand
column. :func:`install_dock_tabs` makes every dock tab bar of the window keep whole titles
(tighter padding; scroll arrows only if the column is still too narrow), for tab bars Qt
creates later too (after tabifying or restoring a saved layout).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QTabBar

#: Padding of a dock tab: Qt's default leaves room for about 400 px of titles only.
TAB_STYLE = "QTabBar::tab { padding: 3px 7px; }"


def fit_tab_bar(bar: QTabBar) -> None:
    """Whole titles on ``bar`` (no eliding; scroll arrows when they cannot all fit)."""
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(True)
    bar.setExpanding(False)
    if bar.styleSheet() != TAB_STYLE:
        bar.setStyleSheet(TAB_STYLE)


class _DockTabWatcher(QObject):
    """Fits each tab bar the main window gains (after Qt has set it up)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildAdded and isinstance(event.child(), QTabBar):
            QTimer.singleShot(0, self, self.fit_all)
        return False

    def fit_all(self) -> None:
        for child in self.window.children():  # dock tab bars are the window's own children
            if isinstance(child, QTabBar):
                fit_tab_bar(child)


def install_dock_tabs(window: QMainWindow) -> None:
    """Keep the window's dock tab titles whole, now and for tab bars created later."""
    watcher = _DockTabWatcher(window)
    window.installEventFilter(watcher)
    watcher.fit_all()
    QTimer.singleShot(0, watcher, watcher.fit_all)

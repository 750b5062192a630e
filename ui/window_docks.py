"""Where the main window's docks go at first: the layout before a saved one is restored.

The five base docks (Layers and Parameters left, Ranking and Identify right, the Log below,
hidden) at their first sizes; the planning docks (Portfolio, Corridors, Ruas, Scenarios,
Accessibility) tabbed with the Ranking, each listed in the *Panels* menu. The saved layout
(``ui/settings.py``) and the whole-title dock tabs (``ui/dock_tabs.py``) apply on top.
Titles are set by the window's ``retranslate``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QScrollArea, QWidget

_LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
_RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
#: The base docks, in order: name -> area.
BASE_AREAS: dict[str, Qt.DockWidgetArea] = {
    "layers": _LEFT,
    "parameters": _LEFT,
    "ranking": _RIGHT,
    "identify": _RIGHT,
    "log": Qt.DockWidgetArea.BottomDockWidgetArea,
}
#: First sizes in pixels: (docks, sizes, orientation).
FIRST_SIZES: tuple[tuple[tuple[str, str], tuple[int, int], Qt.Orientation], ...] = (
    (("layers", "ranking"), (330, 470), Qt.Orientation.Horizontal),
    (("layers", "parameters"), (330, 520), Qt.Orientation.Vertical),
    (("ranking", "identify"), (430, 470), Qt.Orientation.Vertical),
)


def add_dock(
    window: QMainWindow, name: str, widget: QWidget, area: Qt.DockWidgetArea
) -> QDockWidget:
    """A dock ``dock_<name>`` holding ``widget`` (Identify in a scroll area) in ``area``."""
    dock = QDockWidget(window)
    dock.setObjectName(f"dock_{name}")
    if name == "identify":
        scroll = QScrollArea(dock)
        scroll.setWidget(widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        widget = scroll
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


def place_base_docks(window: QMainWindow, widgets: dict[str, QWidget]) -> dict[str, QDockWidget]:
    """The base docks holding ``widgets`` (keys of :data:`BASE_AREAS`), sized; the Log hidden.

    Returns
    -------
    dict
        Dock by name, in the order of :data:`BASE_AREAS`.
    """
    docks = {
        name: add_dock(window, name, widgets[name], area) for name, area in BASE_AREAS.items()
    }
    docks["log"].hide()
    for names, sizes, orientation in FIRST_SIZES:
        window.resizeDocks([docks[n] for n in names], list(sizes), orientation)
    return docks


def tab_with(
    window: QMainWindow, anchor: QDockWidget, docks: Iterable[QDockWidget], *, menu: QMenu
) -> None:
    """``docks`` tabbed with ``anchor`` (on the right), each toggled from ``menu``; the
    anchor's tab in front."""
    for dock in docks:
        window.addDockWidget(_RIGHT, dock)
        window.tabifyDockWidget(anchor, dock)
        menu.addAction(dock.toggleViewAction())
    anchor.raise_()

"""The main window's own actions, its menu bar and its toolbar.

Built here, wired and named by :class:`ui.main_window.MainWindow` (``_connect`` and
``retranslate``: the texts stay in the window's translation context). The File menu's
project and data actions come from :class:`ui.file_actions.FileActions`; the export actions
are installed later by :class:`ui.export_actions.ExportActions`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QStyle, QToolBar, QWidget

from ui.icons import icon

#: File menu (``None``: a separator); the data sub-menu; the toolbar.
FILE_KEYS = ("load_demo", None, "export_gpkg", "export_csv", None, "quit")
DATA_KEYS = ("open", None, "open_roads", "open_centres", "open_households", None,
             "download_osm")  # fmt: skip
TOOLBAR_KEYS = ("open_project", "save_project", "open", "load_demo", "export_gpkg", None,
                "zoom_in", "zoom_out", "zoom_full", "zoom_selection", "clear_selection", None,
                "run", "cancel")  # fmt: skip


@dataclass(frozen=True)
class WindowMenus:
    """The menus and the toolbar of the main window (titles set by its ``retranslate``)."""

    file: QMenu
    recent: QMenu
    data: QMenu
    view: QMenu
    panels: QMenu
    analysis: QMenu
    lang: QMenu
    help: QMenu
    toolbar: QToolBar


def window_actions(parent: QWidget, *, lang: str) -> dict[str, QAction]:
    """The window's own actions by key, without texts; ``lang_<lang>`` checked."""
    std = parent.style().standardIcon
    sp = QStyle.StandardPixmap
    keys = QKeySequence.StandardKey
    a: dict[str, QAction] = {
        "load_demo": QAction(std(sp.SP_DirHomeIcon), "", parent),
        "open": QAction(std(sp.SP_DialogOpenButton), "", parent, shortcut="Ctrl+Shift+O"),
        "export_gpkg": QAction(std(sp.SP_DialogSaveButton), "", parent),
        "export_csv": QAction(std(sp.SP_FileIcon), "", parent),
        "quit": QAction("", parent, shortcut=keys.Quit),
        "zoom_in": QAction(icon("zoom_in"), "", parent, shortcut=keys.ZoomIn),
        "zoom_out": QAction(icon("zoom_out"), "", parent, shortcut=keys.ZoomOut),
        "zoom_full": QAction(icon("zoom_full"), "", parent, shortcut="Ctrl+Shift+F"),
        "zoom_selection": QAction(icon("zoom_selection"), "", parent, shortcut="Ctrl+J"),
        "clear_selection": QAction(std(sp.SP_DialogResetButton), "", parent),
        "run": QAction(icon("run"), "", parent, shortcut="F5"),
        "live": QAction("", parent, checkable=True, checked=True),
        "cancel": QAction(std(sp.SP_BrowserStop), "", parent),
        "lang_id": QAction("Bahasa Indonesia", parent, checkable=True),
        "lang_en": QAction("English", parent, checkable=True),
        "about": QAction(std(sp.SP_MessageBoxInformation), "", parent),
    }
    group = QActionGroup(parent)
    for key in ("lang_id", "lang_en"):
        group.addAction(a[key])
    a[f"lang_{lang}"].setChecked(True)
    return a


def _add(menu: QMenu | QToolBar, a: dict[str, QAction], keys: Iterable[str | None]) -> None:
    for key in keys:
        menu.addSeparator() if key is None else menu.addAction(a[key])


def build_menus(
    main: QMainWindow, a: dict[str, QAction], docks: Iterable[QDockWidget]
) -> WindowMenus:
    """Fill ``main``'s menu bar and add its toolbar; ``docks`` go to *View ▸ Panels*."""
    bar = main.menuBar()
    file = bar.addMenu("")
    _add(file, a, ("open_project", "save_project", "save_project_as"))
    recent = file.addMenu("")
    file.addSeparator()
    data = file.addMenu("")
    _add(data, a, DATA_KEYS)
    _add(file, a, FILE_KEYS)
    view = bar.addMenu("")
    _add(view, a, ("zoom_in", "zoom_out", "zoom_full", "zoom_selection", "clear_selection"))
    view.addSeparator()
    panels = view.addMenu("")
    for dock in docks:
        panels.addAction(dock.toggleViewAction())
    analysis = bar.addMenu("")
    _add(analysis, a, ("run", "live", "cancel"))
    lang = bar.addMenu("Bahasa / Language")
    _add(lang, a, ("lang_id", "lang_en"))
    help_ = bar.addMenu("")
    help_.addAction(a["about"])
    toolbar = QToolBar(main)
    toolbar.setObjectName("toolbar_main")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    main.addToolBar(toolbar)
    _add(toolbar, a, TOOLBAR_KEYS)
    return WindowMenus(file, recent, data, view, panels, analysis, lang, help_, toolbar)

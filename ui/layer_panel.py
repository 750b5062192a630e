# ruff: noqa: N802 - Qt API names (camelCase overrides and signals)
"""The layer panel: visibility, order, opacity, road style and a legend per layer."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QLinearGradient, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from layers.styles import DENSITY_STOPS, LegendEntry
from ui.i18n import current_lang

if TYPE_CHECKING:
    from layers.base import Layer
    from layers.layer_list import LayerList

HOUSEHOLD_MODES: tuple[str, ...] = ("density", "points")

logger = logging.getLogger(__name__)

NAME_ROLE = Qt.ItemDataRole.UserRole


def _pen(colour: QColor, width: float, cap: Qt.PenCapStyle) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(cap)
    return pen


def swatch(entry: LegendEntry, size: QSize = QSize(28, 14)) -> QIcon:  # noqa: B008
    """A small legend symbol."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    w, h = size.width(), size.height()
    colour = QColor(entry.colour)
    if entry.kind == "line":
        p.setPen(_pen(colour, max(entry.width, 1.0) * 1.2, Qt.PenCapStyle.FlatCap))
        p.drawLine(QPointF(2, h / 2), QPointF(w - 2, h / 2))
    elif entry.kind == "ramp":
        grad = QLinearGradient(0, 0, w, 0)
        for stop, (r, g, b, a) in DENSITY_STOPS:
            grad.setColorAt(stop, QColor(r, g, b, max(a, 40)))
        p.fillRect(1, 2, w - 2, h - 4, QBrush(grad))
    else:
        s = min(entry.width + 2, h - 2)
        p.setPen(QPen(QColor("white"), 1.0))
        p.setBrush(colour)
        if entry.width > 8:
            p.drawRect(int(w / 2 - s / 2), int(h / 2 - s / 2), int(s), int(s))
        else:
            p.drawEllipse(QPointF(w / 2, h / 2), s / 2, s / 2)
    p.end()
    return QIcon(pixmap)


class LayerPanel(QWidget):
    """A tree of layers (top first) with their legends, and controls for the current one."""

    def __init__(self, layers: LayerList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layers = layers
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setIconSize(QSize(28, 14))
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(14)
        self.up = QToolButton(self)
        self.up.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.down = QToolButton(self)
        self.down.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity.setRange(0, 100)
        self.style_box = QComboBox(self)
        for mode in ("priority", "condition", "class"):
            self.style_box.addItem(mode, mode)
        self.hh_box = QComboBox(self)
        for mode in HOUSEHOLD_MODES:
            self.hh_box.addItem(mode, mode)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        self.form = QFormLayout()
        self.l_opacity, self.l_style, self.l_hh = QLabel(self), QLabel(self), QLabel(self)
        self.form.addRow(self.l_opacity, self.opacity)
        self.form.addRow(self.l_style, self.style_box)
        self.form.addRow(self.l_hh, self.hh_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addLayout(self.form)
        self._building = False
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(lambda *a: self._sync_controls())
        self.up.clicked.connect(lambda: self._move(+1))
        self.down.clicked.connect(lambda: self._move(-1))
        self.opacity.valueChanged.connect(self._on_opacity)
        self.style_box.currentIndexChanged.connect(self._on_style)
        self.hh_box.currentIndexChanged.connect(self._on_hh_mode)
        for event in ("inserted", "removed", "moved", "changed"):
            layers.events.connect(event, self._on_layers_event)
        self.retranslate()

    # -- helpers -------------------------------------------------------------------------
    def titles(self) -> dict[str, str]:
        """Translated layer titles."""
        return {
            "roads": self.tr("Road segments"),
            "centres": self.tr("Industrial centres"),
            "households": self.tr("Poor households"),
            "highlight": self.tr("Households that gain"),
            "plan_highlight": self.tr("Highlighted segments"),
        }

    def current_layer(self) -> Layer | None:
        """The layer of the current tree item."""
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            return None
        name = item.data(0, NAME_ROLE)
        return self.layers.get(name)

    def item_of(self, name: str) -> QTreeWidgetItem | None:
        """The top-level tree item of a layer."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, NAME_ROLE) == name:
                return item
        return None

    def rebuild(self) -> None:
        """Rebuild the tree from the layer list (top layer first)."""
        current = self.current_layer()
        self._building = True
        try:
            self.tree.clear()
            titles = self.titles()
            lang = current_lang()
            for layer in reversed(list(self.layers)):
                item = QTreeWidgetItem([titles.get(layer.name, layer.title)])
                item.setData(0, NAME_ROLE, layer.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    0, Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked
                )
                self.tree.addTopLevelItem(item)
                for entry in layer.legend(lang):
                    child = QTreeWidgetItem([entry.label])
                    child.setIcon(0, swatch(entry))
                    child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.addChild(child)
                item.setExpanded(layer.name != "highlight")
            item = self.item_of(current.name if current is not None else "roads")
            if item is not None:
                self.tree.setCurrentItem(item)
        finally:
            self._building = False
        self._sync_controls()

    def _sync_controls(self) -> None:
        layer = self.current_layer()
        self._building = True
        try:
            self.opacity.setEnabled(layer is not None)
            self.up.setEnabled(layer is not None)
            self.down.setEnabled(layer is not None)
            if layer is not None:
                self.opacity.setValue(round(layer.opacity * 100))
            roads = self.layers.get("roads")
            is_roads = roads is not None and roads.kind == "roads"
            self.style_box.setEnabled(is_roads)
            if is_roads:
                self.style_box.setCurrentIndex(self.style_box.findData(roads.style_mode))
            hh = self.layers.get("households")
            is_hh = hh is not None and hh.kind == "households"
            self.hh_box.setEnabled(is_hh)
            if is_hh:
                self.hh_box.setCurrentIndex(self.hh_box.findData(hh.mode))
        finally:
            self._building = False

    # -- reactions -----------------------------------------------------------------------
    def _on_layers_event(self, layer: Layer | None = None, **payload: object) -> None:
        what = payload.get("what")
        if self._building or what == "opacity":
            return
        if what == "visibility" and layer is not None:
            item = self.item_of(layer.name)
            if item is not None:
                self._building = True
                item.setCheckState(
                    0, Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked
                )
                self._building = False
            return
        self.rebuild()

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._building or item.parent() is not None:
            return
        name = item.data(0, NAME_ROLE)
        if name in self.layers:
            self.layers[name].visible = item.checkState(0) == Qt.CheckState.Checked

    def _move(self, step: int) -> None:
        layer = self.current_layer()
        if layer is not None:
            self.layers.move(layer.name, self.layers.index(layer.name) + step)

    def _on_opacity(self, value: int) -> None:
        layer = self.current_layer()
        if layer is not None and not self._building:
            layer.opacity = value / 100

    def _on_style(self, index: int) -> None:
        if not self._building and "roads" in self.layers:
            self.layers["roads"].style_mode = self.style_box.itemData(index)

    def _on_hh_mode(self, index: int) -> None:
        if not self._building and "households" in self.layers:
            self.layers["households"].mode = self.hh_box.itemData(index)

    def retranslate(self) -> None:
        """Re-set every visible text (and the legends in the new language)."""
        self.l_opacity.setText(self.tr("Opacity"))
        self.l_style.setText(self.tr("Road style"))
        self.l_hh.setText(self.tr("Households"))
        self.up.setToolTip(self.tr("Move the layer up"))
        self.down.setToolTip(self.tr("Move the layer down"))
        names = {
            "priority": self.tr("Priority"),
            "condition": self.tr("Condition"),
            "class": self.tr("Road class"),
        }
        for i in range(self.style_box.count()):
            self.style_box.setItemText(i, names[self.style_box.itemData(i)])
        hh = {"density": self.tr("Density"), "points": self.tr("Points")}
        for i in range(self.hh_box.count()):
            self.hh_box.setItemText(i, hh[self.hh_box.itemData(i)])
        lang = current_lang()
        for layer in self.layers:
            if layer.kind == "roads":
                layer.set_language(lang)
        self.rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

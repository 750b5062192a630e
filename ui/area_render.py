"""Drawing area layers (``layers/areas.py``): fills by colour bucket, outlines, labels.

One QPainterPath per fill colour, built once per data/style change in map coordinates and
drawn with the viewport's world transform (odd-even fill, so holes stay open); outlines
with a 1-pixel cosmetic pen; labels in screen pixels, only when legible.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

if TYPE_CHECKING:
    from layers.areas import AreaLayer
    from ui.viewport import Viewport


def _ring_path(path: QPainterPath, ring) -> None:
    path.addPolygon(QPolygonF([QPointF(float(x), float(y)) for x, y in ring[:, :2]]))
    path.closeSubpath()


class AreaPaths:
    """Cached paths of one area layer: ``fills`` (colour -> path) and the ``outline``."""

    def __init__(self, layer: AreaLayer) -> None:
        self.fills: dict[str, QPainterPath] = {}
        self.outline = QPainterPath()
        self.outline.setFillRule(Qt.FillRule.OddEvenFill)
        for parts, fill in zip(layer.rings, layer.fills, strict=False):
            if fill:
                path = self.fills.get(fill)
                if path is None:
                    path = self.fills[fill] = QPainterPath()
                    path.setFillRule(Qt.FillRule.OddEvenFill)
                for ring in parts:
                    _ring_path(path, ring)
            if layer.outline:
                for ring in parts:
                    _ring_path(self.outline, ring)


class AreaRenderer:
    """Draws area layers, keeping one :class:`AreaPaths` per layer until it changes."""

    def __init__(self) -> None:
        self._paths: dict[str, AreaPaths] = {}
        self.font = QFont()
        self.font.setPointSizeF(7.5)

    def forget(self, name: str) -> None:
        """Drop the cache of a layer (data or style changed)."""
        self._paths.pop(name, None)

    def draw(self, painter: QPainter, layer: AreaLayer, view: Viewport) -> None:
        """Fills, then the outline, then labels when the map is zoomed in enough."""
        if layer.name not in self._paths:
            self._paths[layer.name] = AreaPaths(layer)
        paths = self._paths[layer.name]
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, path in paths.fills.items():
            painter.setBrush(QBrush(QColor(colour)))
            painter.drawPath(path)
        if layer.outline:
            pen = QPen(QColor(layer.outline), layer.outline_width)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(paths.outline)
        if layer.labels and view.res < 12.0:
            painter.save()
            painter.resetTransform()
            painter.setFont(self.font)
            painter.setPen(QPen(QColor("#333333")))
            for text, (x, y) in zip(layer.labels, layer.label_xy, strict=False):
                sx, sy = view.to_screen(float(x), float(y))
                painter.drawText(QPointF(sx - 3.0 * len(text), sy), text)
            painter.restore()

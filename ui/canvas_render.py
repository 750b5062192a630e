"""Drawing the layer models with QPainter, fast enough for 250,000 segments.

Techniques
----------
- One QPainterPath per style bucket (colour, width), built once in map coordinates from
  NumPy arrays by deserialising a QDataStream (no Python loop over segments), drawn with
  the viewport's world transform.
- Qt's raster engine strokes wide antialiased paths very slowly (seconds for a city), but
  1-pixel cosmetic lines are fast; a line of width w is drawn as the 1-pixel path repeated
  at sub-pixel offsets over a disc of diameter w - 1 (:func:`pen_offsets`).
- Levels of detail: at small scales the geometry is simplified and segments shorter than
  the tolerance are skipped.
- The household density surface is rendered once to a QImage (NumPy histogram + ramp).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

from layers.styles import density_colours
from ui.area_render import AreaRenderer
from ui.label_place import place_labels
from ui.viewport import Viewport

if TYPE_CHECKING:
    from layers.base import Layer
    from layers.highlight import HighlightLayer, SegmentHighlightLayer
    from layers.layer_list import LayerList
    from layers.points import CentreLayer, HouseholdLayer, PointLayer
    from layers.roads import RoadLayer

logger = logging.getLogger(__name__)

# Simplification tolerances (map units) of the levels of detail.
LOD_TOLERANCES: tuple[float, ...] = (0.0, 2.0, 6.0, 20.0)


def pen_offsets(width: float) -> list[tuple[float, float]]:
    """Pixel offsets at which a 1-pixel line is repeated to look ``width`` pixels wide.

    A cross of 4 offsets up to 2 pixels wide, a cross plus diagonals (8) above; every line
    direction is thickened by at least 70 % of the nominal extra width.
    """
    r = (width - 1.0) / 2.0
    if r < 0.25:
        return [(0.0, 0.0)]
    cross = [(r, 0.0), (-r, 0.0), (0.0, r), (0.0, -r)]
    if r <= 1.0:
        return cross
    d = r * 0.7071
    return [*cross, (d, d), (-d, -d), (d, -d), (-d, d)]


def path_from_arrays(coords: np.ndarray, offsets: np.ndarray, rows: np.ndarray) -> QPainterPath:
    """A QPainterPath of the polylines ``rows`` (``coords[offsets[i]:offsets[i+1]]``)."""
    rows = np.asarray(rows, np.int64)
    if not len(rows):
        return QPainterPath()
    starts, ends = offsets[rows], offsets[rows + 1]
    counts = ends - starts
    keep = counts >= 2
    starts, counts = starts[keep], counts[keep]
    if not len(counts):
        return QPainterPath()
    total = int(counts.sum())
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    idx = np.repeat(starts - first, counts) + np.arange(total)
    rec = np.empty(total, dtype=[("t", ">i4"), ("x", ">f8"), ("y", ">f8")])
    rec["t"] = 1
    rec["t"][first] = 0
    rec["x"] = coords[idx, 0]
    rec["y"] = coords[idx, 1]
    data = np.array([total], ">i4").tobytes() + rec.tobytes() + np.array([0, 0], ">i4").tobytes()
    buffer = QByteArray(data)  # keep a reference: the stream reads from it
    stream = QDataStream(buffer, QIODevice.OpenModeFlag.ReadOnly)
    path = QPainterPath()
    stream >> path
    return path


def polygon_from_xy(x: np.ndarray, y: np.ndarray) -> QPolygonF:
    """A QPolygonF of many points without a Python loop (QDataStream)."""
    rec = np.empty(len(x), dtype=[("x", ">f8"), ("y", ">f8")])
    rec["x"], rec["y"] = x, y
    poly = QPolygonF()
    data = np.array([len(x)], ">u4").tobytes() + rec.tobytes()
    buffer = QByteArray(data)
    stream = QDataStream(buffer, QIODevice.OpenModeFlag.ReadOnly)
    stream >> poly
    return poly


def stroke(painter: QPainter, path: QPainterPath, colour: QColor, width: float) -> None:
    """Stroke ``path`` (map units, current world transform) ``width`` pixels wide."""
    pen = QPen(colour, 1.0)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    base = painter.transform()
    for dx, dy in pen_offsets(width):
        painter.setTransform(base * QTransform.fromTranslate(dx, dy))
        painter.drawPath(path)
    painter.setTransform(base)


class RoadPaths:
    """Cached bucket paths of one road layer per level of detail."""

    def __init__(self, layer: RoadLayer) -> None:
        self.layer = layer
        self._lod: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        self._paths: dict[int, list[tuple[QColor, float, QPainterPath]]] = {}

    def drop_style(self) -> None:
        """Forget the bucket paths (style or ranking changed)."""
        self._paths.clear()

    def lod_for(self, res: float) -> int:
        """The coarsest level whose tolerance stays under one pixel."""
        level = 0
        for i, tol in enumerate(LOD_TOLERANCES):
            if tol <= res:
                level = i
        return level

    def _geometry(self, level: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if level not in self._lod:
            layer = self.layer
            if level == 0:
                keep = np.arange(len(layer.segment_ids))
                self._lod[0] = (layer.coords, layer.offsets, keep)
            else:
                import shapely

                tol = LOD_TOLERANCES[level]
                keep = np.flatnonzero(layer.length_m >= 1.5 * tol)
                simple = shapely.simplify(layer.geoms[keep], tol, preserve_topology=False)
                coords, index = shapely.get_coordinates(simple, return_index=True)
                counts = np.bincount(index, minlength=len(keep))
                offsets = np.concatenate([[0], np.cumsum(counts)])
                self._lod[level] = (coords, offsets, keep)
        return self._lod[level]

    def paths(self, level: int) -> list[tuple[QColor, float, QPainterPath]]:
        """``(colour, width, path)`` per bucket in draw order."""
        if level not in self._paths:
            t0 = time.perf_counter()
            coords, offsets, keep = self._geometry(level)
            style = self.layer.style()
            bucket_of = style.bucket_of[keep]
            order = sorted(range(len(style.buckets)), key=lambda b: style.buckets[b].order)
            out = []
            for b in order:
                rows = np.flatnonzero(bucket_of == b)
                if len(rows):
                    bucket = style.buckets[b]
                    path = path_from_arrays(coords, offsets, rows)
                    out.append((QColor(bucket.colour), bucket.width, path))
            self._paths[level] = out
            logger.debug("road paths lod %d built in %.3f s", level, time.perf_counter() - t0)
        return self._paths[level]


class MapRenderer:
    """Draws a :class:`LayerList` for a :class:`Viewport`, caching paths and images."""

    def __init__(self, layers: LayerList) -> None:
        self.layers = layers
        self._roads: dict[str, RoadPaths] = {}
        self._density: dict[str, QImage] = {}
        self._points: dict[str, QPolygonF] = {}
        self._labels: dict[str, list[QImage]] = {}
        self._segment_groups: dict[str, list[tuple[QColor, QPainterPath]]] = {}
        self.label_font = QFont()
        self.label_font.setPointSizeF(8.5)
        self.label_font.setBold(True)
        self.areas = AreaRenderer()  # travel-time cells, isochrones, kelurahan (issue 14)
        layers.events.connect("changed", self._on_changed)
        layers.events.connect("removed", lambda layer: self._forget(layer.name))

    def _forget(self, name: str) -> None:
        self._roads.pop(name, None)
        self._density.pop(name, None)
        self._points.pop(name, None)
        self._labels.pop(name, None)
        self._segment_groups.pop(name, None)
        self.areas.forget(name)

    def _on_changed(self, layer: Layer, what: str) -> None:
        if what == "data":
            self._forget(layer.name)
        elif what in ("style", "legend") and layer.name in self._roads:
            self._roads[layer.name].drop_style()
        elif what == "style":
            self.areas.forget(layer.name)

    # -- drawing -------------------------------------------------------------------------
    def render(self, painter: QPainter, view: Viewport) -> None:
        """Draw every visible layer bottom -> top into ``painter`` (widget pixels)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for layer in self.layers:
            if not layer.visible or layer.opacity <= 0:
                continue
            painter.save()
            painter.setOpacity(layer.opacity)
            painter.setTransform(view.transform())
            if layer.kind == "roads":
                self.draw_roads(painter, layer, view)
            elif layer.kind == "households":
                self.draw_households(painter, layer, view)
            elif layer.kind == "centres":
                self.draw_centres(painter, layer, view)
            elif layer.kind == "highlight":
                self.draw_highlight(painter, layer, view)
            elif layer.kind == "segment_highlight":
                self.draw_segment_groups(painter, layer)
            elif layer.kind == "points":
                self.draw_points(painter, layer, QColor(layer.colour), layer.size)
            elif layer.kind == "areas":
                self.areas.draw(painter, layer, view)
            painter.restore()

    def road_paths(self, layer: RoadLayer) -> RoadPaths:
        """The path cache of a road layer."""
        if layer.name not in self._roads:
            self._roads[layer.name] = RoadPaths(layer)
        return self._roads[layer.name]

    def draw_roads(self, painter: QPainter, layer: RoadLayer, view: Viewport) -> None:
        """Each style bucket with one path (drawn once per pen offset)."""
        cache = self.road_paths(layer)
        for colour, width, path in cache.paths(cache.lod_for(view.res)):
            stroke(painter, path, colour, width)

    def draw_points(
        self, painter: QPainter, layer: PointLayer, colour: QColor, size: float
    ) -> None:
        """Round points ``size`` pixels across."""
        if layer.name not in self._points:
            self._points[layer.name] = polygon_from_xy(layer.x, layer.y)
        poly = self._points[layer.name]
        pen = QPen(colour, 1.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        base = painter.transform()
        for dx, dy in pen_offsets(size):
            painter.setTransform(base * QTransform.fromTranslate(dx, dy))
            painter.drawPoints(poly)
        painter.setTransform(base)

    def density_image(self, layer: HouseholdLayer) -> tuple[QImage, tuple]:
        """The density surface as a QImage (made once per data change)."""
        grid, bounds = layer.density()
        if layer.name not in self._density:
            rgba = np.ascontiguousarray(density_colours(grid))
            h, w = grid.shape
            image = QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
            self._density[layer.name] = image
        return self._density[layer.name], bounds

    def draw_households(self, painter: QPainter, layer: HouseholdLayer, view: Viewport) -> None:
        """Density image (default) or points."""
        if layer.mode == "points":
            self.draw_points(painter, layer, QColor(layer.colour), 3.0 if view.res < 3 else 2.0)
            return
        image, (xmin, ymin, xmax, ymax) = self.density_image(layer)
        x0, y0 = view.to_screen(xmin, ymax)
        x1, y1 = view.to_screen(xmax, ymin)
        painter.resetTransform()
        painter.drawImage(QRectF(x0, y0, x1 - x0, y1 - y0), image)

    def label_images(self, layer: PointLayer) -> list[QImage]:
        """Each label with its white halo pre-rendered once (wide strokes are slow)."""
        if layer.name not in self._labels:
            images = []
            for text in layer.labels:
                path = QPainterPath()
                path.addText(QPointF(0, 0), self.label_font, text)
                box = path.boundingRect().adjusted(-3, -3, 3, 3)
                image = QImage(
                    int(box.width()) + 1,
                    int(box.height()) + 1,
                    QImage.Format.Format_ARGB32_Premultiplied,
                )
                image.fill(Qt.GlobalColor.transparent)
                p = QPainter(image)
                p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                p.translate(-box.left(), -box.top())
                halo = QPen(QColor(255, 255, 255, 235), 3.0)
                halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                p.strokePath(path, halo)
                p.fillPath(path, QBrush(QColor("#10244a")))
                p.end()
                image.setText("dy", str(-box.top()))
                images.append(image)
            self._labels[layer.name] = images
        return self._labels[layer.name]

    def draw_centres(self, painter: QPainter, layer: CentreLayer, view: Viewport) -> None:
        """Labelled square symbols (screen-sized) with a white halo."""
        painter.resetTransform()
        size = layer.size
        labels = self.label_images(layer)
        points = [
            tuple(map(float, view.to_screen(layer.x[i], layer.y[i]))) for i in range(len(layer.x))
        ]
        for sx, sy in points:
            rect = QRectF(sx - size / 2, sy - size / 2, size, size)
            painter.setPen(QPen(QColor("white"), 2.0))
            painter.setBrush(QBrush(QColor(layer.colour)))
            painter.drawRect(rect)
            painter.setPen(QPen(QColor("white"), 1.0))
            painter.drawLine(QPointF(sx - size / 4, sy), QPointF(sx + size / 4, sy))
        n = min(len(labels), len(points))
        screen = QRectF(0, 0, view.width, view.height)
        sizes = [(float(labels[i].width()), float(labels[i].height())) for i in range(n)]
        for i, box in enumerate(place_labels(points[:n], sizes, screen, symbol=size)):
            if box is not None:
                painter.drawImage(box.topLeft(), labels[i])

    def draw_highlight(self, painter: QPainter, layer: HighlightLayer, view: Viewport) -> None:
        """Highlighted households as bold dots with a white rim."""
        if not len(layer):
            return
        poly = polygon_from_xy(layer.x, layer.y)
        base = painter.transform()
        for colour, size in ((QColor("white"), 4.5), (QColor(layer.colour), 3.0)):
            pen = QPen(colour, 1.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            for dx, dy in pen_offsets(size):
                painter.setTransform(base * QTransform.fromTranslate(dx, dy))
                painter.drawPoints(poly)
        painter.setTransform(base)

    def draw_segment_groups(self, painter: QPainter, layer: SegmentHighlightLayer) -> None:
        """Highlighted segment groups (portfolio, risers/fallers): colour over a white casing."""
        roads = self.layers.get("roads")
        if not len(layer) or roads is None or roads.kind != "roads":
            return
        if layer.name not in self._segment_groups:
            groups = []
            for colour, _, ids in layer.groups.values():
                rows = roads.positions(ids)
                rows = rows[rows >= 0]
                if len(rows):
                    path = path_from_arrays(roads.coords, roads.offsets, rows)
                    groups.append((QColor(colour), path))
            self._segment_groups[layer.name] = groups
        for colour, path in self._segment_groups[layer.name]:
            stroke(painter, path, QColor("white"), 7.0)
            stroke(painter, path, colour, 4.5)

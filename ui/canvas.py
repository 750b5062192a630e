# ruff: noqa: N802, N815 - Qt API names (camelCase overrides and signals)
"""The map canvas: a cached map image, overlays, pan/zoom/hover/identify interaction.

Mouse and keyboard handling is in :mod:`ui.canvas_input` (a mixin of :class:`MapCanvas`).

The full map is rendered into a QImage only when the view or a layer changes; while the
user drags, the cached image is blitted with an offset and re-rendered when the drag ends.
Selection and hover are drawn over the cached image on every paint (they are small).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from layers.styles import HOVER_COLOUR, SELECTION_COLOUR
from ui.canvas_input import CanvasInput
from ui.canvas_render import MapRenderer, path_from_arrays, stroke
from ui.viewport import Viewport

if TYPE_CHECKING:
    from layers.layer_list import LayerList
    from layers.roads import RoadLayer
    from layers.selection import SelectionModel

logger = logging.getLogger(__name__)

HIT_TOLERANCE_PX = 6


class MapCanvas(CanvasInput, QWidget):
    """Draws a :class:`LayerList`; the road layer ``roads`` answers hover and identify.

    Signals
    -------
    cursorMoved(float, float)
        Map coordinates under the mouse.
    viewChanged()
        After any zoom or pan (the status bar updates the scale).
    segmentClicked(int)
        A click picked a segment (-1: clicked on nothing).
    """

    cursorMoved = Signal(float, float)
    viewChanged = Signal()
    segmentClicked = Signal(int)

    def __init__(
        self,
        layers: LayerList,
        selection: SelectionModel,
        parent: QWidget | None = None,
        *,
        road_layer: str = "roads",
    ) -> None:
        super().__init__(parent)
        self.layers = layers
        self.selection = selection
        self.road_layer_name = road_layer
        self.renderer = MapRenderer(layers)
        self.view = Viewport()
        self._cache: QImage | None = None
        self._cache_view: Viewport | None = None
        self._dirty = True
        self._press: QPoint | None = None
        self._last: QPoint | None = None
        self._box: QRect | None = None
        self._dragging = False
        self.hover_id: int | None = None
        self._selection_path: QPainterPath | None = None
        self._hover_path: QPainterPath | None = None
        self.last_render_ms = 0.0
        self._fitted = False
        self._at_full = True
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        layers.events.connect("changed", self._on_layers_changed)
        layers.events.connect("inserted", self._on_layers_inserted)
        layers.events.connect("removed", lambda layer: self.refresh())
        selection.events.connect("changed", self._on_selection)
        self._release_timer = QTimer(self, singleShot=True, interval=0)
        self._release_timer.timeout.connect(self.refresh)

    # -- public API ----------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(900, 700)

    @property
    def roads(self) -> RoadLayer | None:
        """The road layer used for hover and identify (if present)."""
        if self.road_layer_name in self.layers:
            layer = self.layers[self.road_layer_name]
            return layer if layer.kind == "roads" else None
        return None

    def refresh(self) -> None:
        """Re-render the cached map at the next paint."""
        self._dirty = True
        self.update()

    def data_bounds(self) -> tuple[float, float, float, float] | None:
        """The extent of the roads and centres (what is ranked), else of every layer.

        Households outside the road network (reported, not ranked) would otherwise shrink
        the city to a corner of the canvas.
        """
        boxes = [
            layer.bounds
            for layer in self.layers
            if layer.kind in ("roads", "centres") and layer.bounds is not None
        ]
        if not boxes:
            return self.layers.bounds()
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )

    def zoom_full(self) -> None:
        """Show the data: the roads and centres (every layer when there are none)."""
        bounds = self.data_bounds()
        if bounds:
            self._sync_size()
            self.view.fit(bounds)
            self._view_changed()
            self._at_full = True

    def zoom_to_bounds(
        self, bounds: tuple[float, float, float, float], min_span: float = 1500.0
    ) -> None:
        """Show ``bounds`` (at least ``min_span`` map units across)."""
        xmin, ymin, xmax, ymax = bounds
        cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
        half = max(xmax - xmin, ymax - ymin, min_span) / 2
        w, h = max(xmax - xmin, 2 * half) / 2, max(ymax - ymin, 2 * half) / 2
        self._sync_size()
        self.view.fit((cx - w, cy - h, cx + w, cy + h), margin=0.1)
        self._view_changed()

    def zoom_to_selection(self) -> None:
        """Show the selected segments."""
        roads = self.roads
        if roads is not None and len(self.selection):
            bounds = roads.bounds_of(list(self.selection.selected))
            if bounds:
                self.zoom_to_bounds(bounds)

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom in (> 1) or out around ``anchor`` (widget pixels; default centre)."""
        if anchor is None:
            self.view.zoom(factor)
        else:
            self.view.zoom(factor, anchor.x(), anchor.y())
        self._view_changed()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the content by pixels and redraw."""
        self.view.pan_pixels(dx, dy)
        self._view_changed()

    def screen_position(self, segment_id: int) -> QPoint:
        """Widget pixel of a segment's midpoint (for tests and tooltips)."""
        roads = self.roads
        assert roads is not None
        x, y = roads.midpoint(segment_id)
        sx, sy = self.view.to_screen(x, y)
        return QPoint(round(sx), round(sy))

    def scale_denominator(self) -> float:
        """N of the current map scale 1:N."""
        return self.view.scale_denominator(self.logicalDpiX() or 96)

    def segment_at(self, pos: QPointF) -> int | None:
        """The segment under a widget pixel (STRtree within a few pixels)."""
        roads = self.roads
        if roads is None or not roads.visible:
            return None
        x, y = self.view.to_map(pos.x(), pos.y())
        return roads.nearest(x, y, HIT_TOLERANCE_PX * self.view.res)

    # -- rendering -----------------------------------------------------------------------
    def render_cache(self) -> QImage:
        """Render every layer into the cached image (a full redraw)."""
        t0 = time.perf_counter()
        self._sync_size()
        dpr = self.devicePixelRatioF()
        size = QSize(max(int(self.width() * dpr), 1), max(int(self.height() * dpr), 1))
        if self._cache is None or self._cache.size() != size:
            self._cache = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            self._cache.setDevicePixelRatio(dpr)
        self._cache.fill(QColor("#f4f3ef"))
        painter = QPainter(self._cache)
        self.renderer.render(painter, self.view)
        painter.end()
        self._cache_view = self.view.copy()
        self._dirty = False
        self.last_render_ms = (time.perf_counter() - t0) * 1000
        return self._cache

    def paint_to(self, painter: QPainter) -> None:
        """Blit the cached map (offset while panning) and draw the overlays."""
        if self._dirty or self._cache is None or self._cache_view is None:
            self.render_cache()
        cv = self._cache_view
        assert cv is not None and self._cache is not None
        if abs(cv.res - self.view.res) > 1e-12:
            self.render_cache()
            cv = self._cache_view
        dx = (cv.cx - self.view.cx) / self.view.res
        dy = (self.view.cy - cv.cy) / self.view.res
        if dx or dy:
            painter.fillRect(self.rect(), QColor("#f4f3ef"))
        painter.drawImage(QPointF(dx, dy), self._cache)
        self._draw_overlays(painter)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_to(painter)
        painter.end()

    def _draw_overlays(self, painter: QPainter) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setTransform(self.view.transform())
        if self._selection_path is not None:
            stroke(painter, self._selection_path, QColor("#ffffff"), 8.0)
            stroke(painter, self._selection_path, QColor(SELECTION_COLOUR), 5.0)
        if self._hover_path is not None:
            stroke(painter, self._hover_path, QColor(HOVER_COLOUR), 4.0)
        painter.resetTransform()
        if self._box is not None:
            painter.setPen(QPen(QColor("#1f4e9c"), 1.0, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(31, 78, 156, 40))
            painter.drawRect(self._box)
        painter.restore()

    def _segment_path(self, ids: list[int]) -> QPainterPath | None:
        roads = self.roads
        if roads is None or not ids:
            return None
        pos = roads.positions(ids)
        pos = pos[pos >= 0]
        return path_from_arrays(roads.coords, roads.offsets, pos) if len(pos) else None

    # -- events from the models ------------------------------------------------------------
    def _on_layers_changed(self, layer: object, what: str) -> None:
        if what == "data" and not self._fitted:
            self.zoom_full()
            self._fitted = bool(self.layers.bounds())
        if what == "data" and layer is self.roads:
            self._on_selection(self.selection.selected, None)
        self.refresh()

    def _on_layers_inserted(self, layer: object, index: int) -> None:
        if not self._fitted and self.layers.bounds():
            self.zoom_full()
            self._fitted = True
        self.refresh()

    def _on_selection(self, selected: tuple[int, ...], source: str | None) -> None:
        self._selection_path = self._segment_path(list(selected))
        self.update()

    def _view_changed(self) -> None:
        self._at_full = False
        self.refresh()
        self.viewChanged.emit()

    def _sync_size(self) -> None:
        self.view.width, self.view.height = max(self.width(), 1), max(self.height(), 1)

    # -- Qt events ---------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        old = event.oldSize()
        self._sync_size()
        if not self._fitted or old.width() <= 0 or self._at_full:
            bounds = self.layers.bounds()
            if bounds:
                self.view.fit(bounds)
                self._fitted = True
        self.refresh()
        self.viewChanged.emit()

    def visible_rect(self) -> QRectF:
        """The visible extent in map coordinates."""
        xmin, ymin, xmax, ymax = self.view.extent()
        return QRectF(xmin, ymin, xmax - xmin, ymax - ymin)

# ruff: noqa: N802 - Qt API names (camelCase overrides)
"""Mouse and keyboard on the map canvas: pan, box zoom, wheel zoom, click, hover, keys.

:class:`CanvasInput` is a mixin of :class:`ui.canvas.MapCanvas` (it comes first in the
bases, so its Qt event handlers override ``QWidget``'s). It uses the canvas's ``view``,
``selection``, ``segment_at``, ``zoom_by``/``pan_by``/``zoom_full`` and the drag state
that the canvas initialises (``_press``, ``_last``, ``_box``, ``_dragging``, ``hover_id``,
``_hover_path``, ``_release_timer``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent

CLICK_SLOP_PX = 4
ZOOM_STEP = 1.25


class CanvasInput:
    """Qt input events of the map canvas (a mixin; see the module docstring)."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._last = self._press
            self._dragging = False
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._box = QRect(self._press, self._press)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        x, y = self.view.to_map(pos.x(), pos.y())
        self.cursorMoved.emit(x, y)
        if self._press is None:
            self._update_hover(pos)
            return
        point = pos.toPoint()
        if self._box is not None:
            self._box = QRect(self._press, point).normalized()
            self.update()
            return
        if (point - self._press).manhattanLength() > CLICK_SLOP_PX or self._dragging:
            self._dragging = True
            assert self._last is not None
            delta = point - self._last
            self.view.pan_pixels(delta.x(), delta.y())  # blit only: no re-render while dragging
            self._at_full = False
            self._last = point
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()
            self.viewChanged.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        pos = event.position()
        if self._box is not None:
            box, self._box = self._box, None
            if box.width() > CLICK_SLOP_PX and box.height() > CLICK_SLOP_PX:
                x0, y0 = self.view.to_map(box.left(), box.bottom())
                x1, y1 = self.view.to_map(box.right(), box.top())
                self.view.fit((x0, y0, x1, y1), margin=0.0)
                self._view_changed()
            self.update()
        elif self._dragging:
            self.unsetCursor()
            self._release_timer.start()  # full redraw once the pan ends
        else:
            self._click(pos, event.modifiers())
        self._press = None
        self._dragging = False

    def _click(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        sid = self.segment_at(pos)
        if sid is None:
            if not modifiers & Qt.KeyboardModifier.ControlModifier:
                self.selection.clear(source="map")
            self.segmentClicked.emit(-1)
            return
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.selection.toggle(sid, source="map")
        else:
            self.selection.select([sid], source="map")
        self.segmentClicked.emit(sid)

    def _update_hover(self, pos: QPointF) -> None:
        sid = self.segment_at(pos)
        if sid != self.hover_id:
            self.hover_id = sid
            self._hover_path = self._segment_path([sid]) if sid is not None else None
            self.setCursor(
                Qt.CursorShape.PointingHandCursor
                if sid is not None
                else Qt.CursorShape.ArrowCursor
            )
            self.update()

    def leaveEvent(self, event: object) -> None:
        if self.hover_id is not None:
            self.hover_id, self._hover_path = None, None
            self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(ZOOM_STEP**steps, event.position())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step_x, step_y = self.width() / 4, self.height() / 4
        moves = {
            Qt.Key.Key_Left: (step_x, 0),
            Qt.Key.Key_Right: (-step_x, 0),
            Qt.Key.Key_Up: (0, step_y),
            Qt.Key.Key_Down: (0, -step_y),
        }
        if key in moves:
            self.pan_by(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Home:
            self.zoom_full()
        elif key == Qt.Key.Key_Escape:
            self.selection.clear(source="map")
        else:
            super().keyPressEvent(event)

"""Small vector toolbar icons drawn with QPainter (no image files to ship)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

INK = QColor("#2b3a4a")
ACCENT = QColor("#1f6fd1")


def _pen(colour: QColor, width: float, cap: Qt.PenCapStyle) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(cap)
    return pen


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    return pixmap, painter


def _magnifier(painter: QPainter) -> None:
    painter.setPen(QPen(INK, 2.6))
    painter.drawEllipse(QRectF(5, 5, 16, 16))
    painter.setPen(_pen(INK, 4.0, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(19, 19), QPointF(27, 27))


def icon(name: str) -> QIcon:
    """``zoom_in``, ``zoom_out``, ``zoom_full``, ``zoom_selection``, ``identify``, ``run``,
    ``layers``, ``export_gpkg`` (a database with an arrow out), ``briefing`` (a printed page)."""
    pixmap, p = _canvas()
    if name in ("zoom_in", "zoom_out"):
        _magnifier(p)
        p.setPen(QPen(ACCENT, 2.4))
        p.drawLine(QPointF(9, 13), QPointF(17, 13))
        if name == "zoom_in":
            p.drawLine(QPointF(13, 9), QPointF(13, 17))
    elif name == "zoom_full":
        p.setPen(QPen(INK, 2.4))
        for x, y, dx, dy in ((4, 4, 1, 1), (28, 4, -1, 1), (4, 28, 1, -1), (28, 28, -1, -1)):
            p.drawLine(QPointF(x, y), QPointF(x + 7 * dx, y))
            p.drawLine(QPointF(x, y), QPointF(x, y + 7 * dy))
        p.setBrush(ACCENT)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QRectF(11, 11, 10, 10))
    elif name == "zoom_selection":
        _magnifier(p)
        p.setPen(QPen(QColor("#00a3e0"), 3.0))
        p.drawLine(QPointF(8, 16), QPointF(18, 10))
    elif name == "identify":
        p.setBrush(ACCENT)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QRectF(4, 4, 24, 24))
        p.setPen(_pen(QColor("white"), 3.2, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(16, 14), QPointF(16, 23))
        p.drawPoint(QPointF(16, 9))
    elif name == "run":
        p.setBrush(QColor("#2e9d4d"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawPolygon([QPointF(8, 5), QPointF(27, 16), QPointF(8, 27)])
    elif name == "layers":
        p.setPen(QPen(INK, 1.6))
        for i, colour in enumerate(("#f16913", "#1a9641", "#1f6fd1")):
            p.setBrush(QColor(colour))
            y = 6 + i * 7
            p.drawPolygon(
                [QPointF(16, y), QPointF(29, y + 6), QPointF(16, y + 12), QPointF(3, y + 6)]
            )
    elif name == "export_gpkg":
        p.setPen(QPen(INK, 1.8))
        p.setBrush(QColor("#dfe8f2"))
        p.drawRect(QRectF(4, 9, 15, 17))
        p.drawEllipse(QRectF(4, 5, 15, 8))
        p.drawArc(QRectF(4, 12, 15, 8), 180 * 16, 180 * 16)
        p.setPen(_pen(ACCENT, 3.0, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(17, 22), QPointF(28, 22))
        p.drawLine(QPointF(24, 17), QPointF(28, 22))
        p.drawLine(QPointF(24, 27), QPointF(28, 22))
    elif name == "briefing":
        p.setPen(QPen(INK, 1.8))
        p.setBrush(QColor("white"))
        p.drawRect(QRectF(8, 3, 16, 12))
        p.setBrush(QColor("#9aa7b4"))
        p.drawRoundedRect(QRectF(3, 13, 26, 11), 2, 2)
        p.setBrush(QColor("white"))
        p.drawRect(QRectF(8, 20, 16, 9))
        p.setPen(QPen(ACCENT, 1.6))
        for y in (23, 26):
            p.drawLine(QPointF(11, y), QPointF(21, y))
    p.end()
    return QIcon(pixmap)

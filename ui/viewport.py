"""The map view: centre, resolution (map units per pixel) and size -> QTransform."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTransform

# Metres per inch, for the map scale 1:N.
INCH_M = 0.0254


@dataclass
class Viewport:
    """What part of the map a widget of ``width`` x ``height`` pixels shows.

    ``res`` is map units (metres) per pixel; y grows north in the map and down on screen.
    """

    cx: float = 0.0
    cy: float = 0.0
    res: float = 1.0
    width: int = 1
    height: int = 1
    min_res: float = 0.05
    max_res: float = 2000.0

    def copy(self) -> Viewport:
        """An independent copy."""
        return Viewport(self.cx, self.cy, self.res, self.width, self.height)

    def transform(self) -> QTransform:
        """Map coordinates -> widget pixels."""
        s = 1.0 / self.res
        return QTransform(
            s, 0.0, 0.0, -s, self.width / 2 - self.cx * s, self.height / 2 + self.cy * s
        )

    def to_map(self, px: float, py: float) -> tuple[float, float]:
        """Widget pixel -> map coordinates."""
        return (
            self.cx + (px - self.width / 2) * self.res,
            self.cy - (py - self.height / 2) * self.res,
        )

    def to_screen(self, x: float, y: float) -> tuple[float, float]:
        """Map coordinates -> widget pixel."""
        return (
            (x - self.cx) / self.res + self.width / 2,
            (self.cy - y) / self.res + self.height / 2,
        )

    def extent(self) -> tuple[float, float, float, float]:
        """``(xmin, ymin, xmax, ymax)`` shown."""
        hw, hh = self.width * self.res / 2, self.height * self.res / 2
        return (self.cx - hw, self.cy - hh, self.cx + hw, self.cy + hh)

    def fit(self, bounds: tuple[float, float, float, float], margin: float = 0.05) -> None:
        """Show ``bounds`` whole, with a relative margin."""
        xmin, ymin, xmax, ymax = bounds
        w = max(xmax - xmin, 1e-6) * (1 + 2 * margin)
        h = max(ymax - ymin, 1e-6) * (1 + 2 * margin)
        self.cx, self.cy = (xmin + xmax) / 2, (ymin + ymax) / 2
        self.res = self._clamp(max(w / max(self.width, 1), h / max(self.height, 1)))

    def zoom(self, factor: float, px: float | None = None, py: float | None = None) -> None:
        """Zoom in (``factor`` > 1) or out, keeping the map point under ``(px, py)`` fixed."""
        if px is None or py is None:
            px, py = self.width / 2, self.height / 2
        x, y = self.to_map(px, py)
        self.res = self._clamp(self.res / factor)
        self.cx = x - (px - self.width / 2) * self.res
        self.cy = y + (py - self.height / 2) * self.res

    def pan_pixels(self, dx: float, dy: float) -> None:
        """Move the map content by ``(dx, dy)`` pixels (drag direction)."""
        self.cx -= dx * self.res
        self.cy += dy * self.res

    def scale_denominator(self, dpi: float) -> float:
        """N of the map scale 1:N on a screen of ``dpi`` dots per inch."""
        return self.res * dpi / INCH_M

    def _clamp(self, res: float) -> float:
        return min(max(res, self.min_res), self.max_res)

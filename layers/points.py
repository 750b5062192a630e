"""Point layers: industrial centres (labelled symbols) and households (points or density)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np

from layers.base import Layer, xy_bounds
from layers.styles import (
    CENTRE_COLOUR,
    HOUSEHOLD_COLOUR,
    LegendEntry,
    density_grid,
    label,
)


class PointLayer(Layer):
    """Points with an optional label column, one symbol colour and size (pixels)."""

    kind = "points"

    def __init__(
        self,
        frame: gpd.GeoDataFrame,
        *,
        name: str,
        title: str | None = None,
        label_column: str | None = None,
        colour: str = CENTRE_COLOUR,
        size: float = 6.0,
    ) -> None:
        super().__init__(name, title)
        self.colour = colour
        self.size = size
        self.label_column = label_column
        self.lang = "en"
        self.set_frame(frame)

    def set_frame(self, frame: gpd.GeoDataFrame) -> None:
        """Replace the points; emits ``data``."""
        self.frame = frame.reset_index(drop=True)
        geoms = self.frame.geometry
        self.x = geoms.x.to_numpy(float) if len(geoms) else np.zeros(0)
        self.y = geoms.y.to_numpy(float) if len(geoms) else np.zeros(0)
        if self.label_column and self.label_column in self.frame:
            self.labels = self.frame[self.label_column].astype(str).tolist()
        else:
            self.labels = []
        self._changed("data")

    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        """Extent of the points."""
        return xy_bounds(self.x, self.y)

    def legend(self, lang: str = "en") -> list[LegendEntry]:
        """One point symbol."""
        return [LegendEntry(self.title, self.colour, self.size, "point")]


class CentreLayer(PointLayer):
    """Industrial centres (sentra industri): labelled square symbols."""

    kind = "centres"

    def __init__(self, frame: gpd.GeoDataFrame, *, name: str = "centres") -> None:
        super().__init__(
            frame, name=name, title="Industrial centres", label_column="name", size=11.0
        )

    def legend(self, lang: str = "en") -> list[LegendEntry]:
        """The centre symbol."""
        return [LegendEntry(label("centre", lang), self.colour, self.size, "point")]


class HouseholdLayer(PointLayer):
    """Poor households as points or a density surface (legible at 20,000 points).

    ``mode`` is ``density`` (default) or ``points``; changing it emits ``style``.
    """

    kind = "households"
    MODES: tuple[str, ...] = ("density", "points")

    def __init__(
        self, frame: gpd.GeoDataFrame, *, name: str = "households", mode: str = "density"
    ) -> None:
        self._mode = mode
        self._density: tuple[np.ndarray, tuple[float, float, float, float]] | None = None
        super().__init__(
            frame, name=name, title="Poor households", colour=HOUSEHOLD_COLOUR, size=2.5
        )

    def set_frame(self, frame: gpd.GeoDataFrame) -> None:
        """Replace the households (drops the cached density)."""
        self._density = None
        super().set_frame(frame)

    @property
    def mode(self) -> str:
        """``density`` or ``points``."""
        return self._mode

    @mode.setter
    def mode(self, value: str) -> None:
        if value not in self.MODES:
            raise ValueError(f"unknown household display {value!r}; use one of {self.MODES}")
        if value != self._mode:
            self._mode = value
            self._changed("style")

    def density(self, cell: float = 40.0) -> tuple[np.ndarray, tuple[float, float, float, float]]:
        """The density grid in [0, 1] (rows north to south) and its exact bounds."""
        if self._density is None:
            b = self.bounds or (0.0, 0.0, 1.0, 1.0)
            pad = 3 * cell
            b = (b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad)
            grid = density_grid(self.x, self.y, b, cell=cell)
            ny, nx = grid.shape
            self._density = (grid, (b[0], b[1], b[0] + nx * cell, b[1] + ny * cell))
        return self._density

    def legend(self, lang: str = "en") -> list[LegendEntry]:
        """A colour ramp (density) or a point symbol."""
        if self._mode == "density":
            return [LegendEntry(label("density", lang), self.colour, 1.0, "ramp")]
        return [LegendEntry(label("household", lang), self.colour, 4.0, "point")]

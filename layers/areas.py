"""Area layers: travel-time cells (before / after / saved), isochrones, kelurahan boundaries.

Plain Python models (no Qt): polygons as rings of coordinates, one fill colour per feature,
an outline colour and optional labels. The canvas draws every layer of kind ``areas`` the
same way (``ui/area_render.py``).
"""

from __future__ import annotations

import itertools

import geopandas as gpd
import numpy as np
import shapely

from layers.base import Layer
from layers.styles import LegendEntry

#: Minutes to the centre: classes and colours (short = green, long = red).
TIME_BREAKS: tuple[float, ...] = (5.0, 10.0, 15.0, 20.0, 30.0)
TIME_COLOURS: tuple[str, ...] = ("#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027", "#7f0000")
#: Minutes saved: classes and colours (light to dark blue).
SAVED_BREAKS: tuple[float, ...] = (0.1, 0.5, 1.0, 2.0)
SAVED_COLOURS: tuple[str, ...] = ("#eeeeee", "#c6dbef", "#6baed6", "#2171b5", "#08306b")
#: Isochrone bands (5, 10, 15, 20 minutes and more), inner first.
BAND_COLOURS: tuple[str, ...] = ("#006837", "#31a354", "#78c679", "#c2e699", "#ffffcc")

_WORDS = {
    "min": {"en": "min", "id": "menit"},
    "saved": {"en": "saved", "id": "dihemat"},
    "within": {"en": "within", "id": "dalam"},
    "over": {"en": "over", "id": "lebih dari"},
}


def _w(key: str, lang: str) -> str:
    return _WORDS[key].get(lang, _WORDS[key]["en"])


def rings(geoms: np.ndarray) -> list[list[np.ndarray]]:
    """Per feature, its polygon rings as ``(n, 2)`` arrays (exteriors and holes)."""
    out = []
    for g in geoms:
        parts = []
        for poly in shapely.get_parts(g):
            if poly.is_empty or poly.geom_type != "Polygon":
                continue
            parts.append(np.asarray(poly.exterior.coords))
            parts += [np.asarray(r.coords) for r in poly.interiors]
        out.append(parts)
    return out


def classify(values: np.ndarray, breaks: tuple[float, ...]) -> np.ndarray:
    """Class index of each value (``len(breaks)`` classes + 1; NaN gives -1)."""
    v = np.asarray(values, float)
    out = np.searchsorted(np.asarray(breaks), v, side="right")
    return np.where(np.isfinite(v), out, -1)


class AreaLayer(Layer):
    """Filled polygons; ``fills`` per feature (``""``: no fill), one outline colour."""

    kind = "areas"

    def __init__(self, name: str, title: str | None = None, *, outline: str = "") -> None:
        super().__init__(name, title)
        self.outline = outline
        self.outline_width = 1.0
        self.rings: list[list[np.ndarray]] = []
        self.fills: list[str] = []
        self.labels: list[str] = []
        self.label_xy = np.zeros((0, 2))
        self._bounds: tuple[float, float, float, float] | None = None
        self.lang = "en"

    def set_geometry(self, frame: gpd.GeoDataFrame) -> None:
        """Replace the polygons (fills and labels reset); emits ``data``."""
        geoms = frame.geometry.to_numpy()
        self.rings = rings(geoms)
        self.fills = [""] * len(geoms)
        self.labels = []
        self.label_xy = np.zeros((0, 2))
        b = frame.total_bounds if len(frame) else None
        self._bounds = tuple(float(x) for x in b) if b is not None else None  # type: ignore[assignment]
        self._changed("data")

    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        """Extent of the polygons."""
        return self._bounds


class TravelTimeLayer(AreaLayer):
    """Mean minutes to the centre per 250 m cell (households aggregated, small cells hidden).

    ``mode``: ``before``, ``after`` (the selected segments upgraded) or ``saved``.
    """

    MODES: tuple[str, ...] = ("before", "after", "saved")

    def __init__(self, cells: gpd.GeoDataFrame, *, name: str = "travel_time") -> None:
        super().__init__(name, "Travel time to the centre")
        self._mode = "before"
        self.set_cells(cells)

    def set_cells(self, cells: gpd.GeoDataFrame) -> None:
        """Cells with ``minutes_before``, ``minutes_after``, ``minutes_saved``."""
        self.cells = cells.reset_index(drop=True)
        self.set_geometry(self.cells)
        self._restyle()

    @property
    def mode(self) -> str:
        """What the colours show."""
        return self._mode

    @mode.setter
    def mode(self, value: str) -> None:
        if value not in self.MODES:
            raise ValueError(f"unknown travel-time display {value!r}; use one of {self.MODES}")
        if value != self._mode:
            self._mode = value
            self._restyle()
            self._changed("style")

    def _restyle(self) -> None:
        if self._mode == "saved":
            cls = classify(self.cells.get("minutes_saved", []), SAVED_BREAKS)
            colours = SAVED_COLOURS
        else:
            cls = classify(self.cells.get(f"minutes_{self._mode}", []), TIME_BREAKS)
            colours = TIME_COLOURS
        self.fills = [colours[c] if c >= 0 else "" for c in cls]

    def legend(self, lang: str = "en") -> list[LegendEntry]:
        """One fill per class."""
        if self._mode == "saved":
            b, colours = SAVED_BREAKS, SAVED_COLOURS
            words = [f"< {b[0]:g} {_w('min', lang)} {_w('saved', lang)}"]
            words += [f"{lo:g}-{hi:g} {_w('min', lang)}" for lo, hi in itertools.pairwise(b)]
            words += [f"> {b[-1]:g} {_w('min', lang)}"]
        else:
            b, colours = TIME_BREAKS, TIME_COLOURS
            words = [f"< {b[0]:g} {_w('min', lang)}"]
            words += [f"{lo:g}-{hi:g} {_w('min', lang)}" for lo, hi in itertools.pairwise(b)]
            words += [f"> {b[-1]:g} {_w('min', lang)}"]
        return [LegendEntry(w, c, 1.0, "fill") for w, c in zip(words, colours, strict=True)]


class IsochroneLayer(AreaLayer):
    """Isochrone polygons of one centre (or all), bands drawn largest first."""

    def __init__(self, iso: gpd.GeoDataFrame, *, name: str = "isochrones") -> None:
        super().__init__(name, "Isochrones", outline="#ffffff")
        self.outline_width = 0.5
        self.set_isochrones(iso)

    def set_isochrones(self, iso: gpd.GeoDataFrame, centre: str | None = None) -> None:
        """Show the bands of ``centre`` (default: the first centre)."""
        self.iso = iso
        if centre is None and len(iso):
            centre = str(iso["centre"].iloc[0])
        self.centre = centre
        sub = iso.loc[iso["centre"].astype(str) == str(centre)] if len(iso) else iso
        sub = sub.sort_values("minutes", ascending=False)
        self.minutes = sub["minutes"].to_numpy(float)
        self.set_geometry(sub)
        order = np.argsort(np.argsort(self.minutes))  # 0 = smallest band
        self.fills = [BAND_COLOURS[min(int(i), len(BAND_COLOURS) - 1)] for i in order]

    def legend(self, lang: str = "en") -> list[LegendEntry]:
        """One fill per band, smallest first."""
        out = []
        for i, m in enumerate(sorted(self.minutes)):
            colour = BAND_COLOURS[min(i, len(BAND_COLOURS) - 1)]
            out.append(LegendEntry(f"{_w('within', lang)} {m:g} {_w('min', lang)}", colour,
                                   1.0, "fill"))  # fmt: skip
        return out


class KelurahanLayer(AreaLayer):
    """Kelurahan boundaries (outlines) labelled with their names."""

    def __init__(self, admin: gpd.GeoDataFrame, *, name: str = "kelurahan") -> None:
        super().__init__(name, "Kelurahan", outline="#5a5a5a")
        self.outline_width = 1.2
        self.set_geometry(admin)
        self.labels = admin["kelurahan"].astype(str).tolist()
        pts = shapely.point_on_surface(admin.geometry.to_numpy())
        self.label_xy = shapely.get_coordinates(pts).reshape(-1, 2)

    def legend(self, lang: str = "en") -> list[LegendEntry]:
        """The boundary line."""
        return [LegendEntry("Kelurahan", self.outline, self.outline_width, "line")]


class HazardLayer(AreaLayer):
    """Flood-prone (hazard) areas: translucent blue polygons with a blue outline."""

    FILL = "#4a90d9"

    def __init__(self, hazard: gpd.GeoDataFrame, *, name: str = "hazard") -> None:
        super().__init__(name, "Flood-prone areas", outline="#1f5fa8")
        self.outline_width = 1.0
        self.opacity = 0.35
        self.set_geometry(hazard)
        self.fills = [self.FILL] * len(self.rings)

    def legend(self, lang: str = "en") -> list[LegendEntry]:
        """The fill."""
        text = {"id": "Rawan banjir", "en": "Flood-prone"}.get(lang, "Flood-prone")
        return [LegendEntry(text, self.FILL, 1.0, "fill")]


class IsolatedLayer(AreaLayer):
    """250 m cells of isolated households (at least 5 per cell), darker with more."""

    BREAKS: tuple[float, ...] = (10.0, 25.0)
    COLOURS: tuple[str, ...] = ("#bcbddc", "#807dba", "#4a1486")

    def __init__(self, cells: gpd.GeoDataFrame, *, minutes: float, name: str = "isolated") -> None:
        super().__init__(name, "Isolated households", outline="#3f007d")
        self.outline_width = 0.5
        self.minutes = float(minutes)
        self.set_geometry(cells)
        cls = classify(cells["households"].to_numpy(float), self.BREAKS) if len(cells) else []
        self.fills = [self.COLOURS[int(c)] for c in cls]

    def legend(self, lang: str = "en") -> list[LegendEntry]:
        """One fill per class of households per cell."""
        hh = {"id": "RT", "en": "households"}.get(lang, "households")
        beyond = {"id": "lebih dari", "en": "over"}.get(lang, "over")
        head = f"{beyond} {self.minutes:g} {_w('min', lang)}: "
        words = [f"{head}5-9 {hh}", f"10-24 {hh}", f">= 25 {hh}"]
        return [LegendEntry(w, c, 1.0, "fill") for w, c in zip(words, self.COLOURS, strict=True)]

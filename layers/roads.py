"""The road layer: segment geometry as NumPy arrays, ranking attributes and the style mode."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely import STRtree

from layers.base import Layer
from layers.styles import STYLE_MODES, LegendEntry, StyleResult, ranked_benefit, style_roads
from mataram_gis.outputs.classify import PriorityClasses, priority_classes

#: Ranking columns copied from the analysis' segments table (NaN / NA where absent).
RANKING_COLUMNS: tuple[str, ...] = (
    "benefit", "rank", "candidate", "households_benefiting", "upgrade_cost",
    "benefit_per_cost", "mean_minutes_saved",
)  # fmt: skip


class RoadLayer(Layer):
    """Road segments drawn by class, condition or priority.

    Parameters
    ----------
    segments
        A frame with ``segment_id``, ``highway``, ``condition``, ``length_m`` (optional)
        and LineString geometries in a metric CRS (the network's segments).
    style_mode
        ``class``, ``condition`` or ``priority`` (:mod:`layers.styles`).

    Notes
    -----
    Events: those of :class:`Layer`, ``style`` also when the ranking changes (same
    geometry, new classes), ``data`` when the geometry is replaced.
    """

    kind = "roads"

    def __init__(
        self, segments: gpd.GeoDataFrame, *, style_mode: str = "condition", name: str = "roads"
    ) -> None:
        super().__init__(name, "Road segments")
        self._style_mode = style_mode
        self.lang = "en"
        self._style_cache: StyleResult | None = None
        self.classes: PriorityClasses | None = None
        self.set_segments(segments)

    # -- data --------------------------------------------------------------------------
    def set_segments(self, segments: gpd.GeoDataFrame) -> None:
        """Replace the geometry (rebuilds the spatial index; emits ``data``)."""
        self.frame = segments.reset_index(drop=True)
        self.crs = segments.crs
        geoms = self.frame.geometry.to_numpy()
        self.geoms = geoms
        coords, index = shapely.get_coordinates(geoms, return_index=True)
        self.coords = coords
        n = len(geoms)
        counts = np.bincount(index, minlength=n)
        self.offsets = np.concatenate([[0], np.cumsum(counts)])
        self.segment_ids = self.frame["segment_id"].to_numpy(np.int64)
        self._pos = pd.Series(np.arange(n), index=self.segment_ids)
        self.highway = self.frame["highway"].astype(str).to_numpy(dtype=object)
        self.condition = self.frame["condition"].astype(str).to_numpy(dtype=object)
        if "length_m" in self.frame:
            self.length_m = self.frame["length_m"].to_numpy(float)
        else:
            self.length_m = shapely.length(geoms)
        self.tree = STRtree(geoms)
        self.ranking = pd.DataFrame(index=np.arange(n))
        self.classes = None
        self._bounds = tuple(map(float, shapely.total_bounds(geoms))) if n else None
        self._style_cache = None
        self._changed("data")

    def set_ranking(self, table: pd.DataFrame | None) -> None:
        """Attach the analysis' ranking (joined on ``segment_id``); emits ``style``."""
        n = len(self.segment_ids)
        out = pd.DataFrame(index=np.arange(n))
        if table is not None and len(table):
            pos = self.positions(table["segment_id"].to_numpy(np.int64))
            ok = pos >= 0
            for col in RANKING_COLUMNS:
                if col in table:
                    series = table[col]
                    if col == "candidate":
                        values = np.zeros(n, bool)
                    elif col == "rank":
                        values = pd.array([pd.NA] * n, dtype="Int64")
                    else:
                        values = np.full(n, np.nan)
                    values[pos[ok]] = series.to_numpy()[ok]
                    out[col] = values
        self.ranking = out
        self.classes = None
        if self.has_ranking:  # once per ranking: the printed map's classes (shared module)
            cand = out["candidate"].to_numpy(bool) if "candidate" in out else None
            self.classes = priority_classes(ranked_benefit(out["benefit"].to_numpy(float), cand))
        self._style_cache = None
        self._changed("style")

    @property
    def has_ranking(self) -> bool:
        """True once an analysis' ranking is attached."""
        return "benefit" in self.ranking

    def positions(self, segment_ids: np.ndarray) -> np.ndarray:
        """Row positions of ``segment_ids`` (``-1`` where unknown)."""
        ids = np.asarray(segment_ids, np.int64)
        return self._pos.reindex(ids).fillna(-1).to_numpy(np.int64)

    # -- style -------------------------------------------------------------------------
    @property
    def style_mode(self) -> str:
        """``class``, ``condition`` or ``priority``."""
        return self._style_mode

    @style_mode.setter
    def style_mode(self, mode: str) -> None:
        if mode not in STYLE_MODES:
            raise ValueError(f"unknown road style {mode!r}; use one of {STYLE_MODES}")
        if mode != self._style_mode:
            self._style_mode = mode
            self._style_cache = None
            self._changed("style")

    def style(self) -> StyleResult:
        """The current per-segment buckets (cached until data, ranking or mode change)."""
        if self._style_cache is None:
            benefit = self.ranking["benefit"].to_numpy(float) if self.has_ranking else None
            cand = (
                self.ranking["candidate"].to_numpy(bool) if "candidate" in self.ranking else None
            )
            self._style_cache = style_roads(
                self._style_mode, self.highway, self.condition, benefit, cand, lang=self.lang,
                classes=self.classes,
            )  # fmt: skip
        return self._style_cache

    def set_language(self, lang: str) -> None:
        """Language of legend labels (``id``/``en``); emits ``legend``."""
        if lang != self.lang:
            self.lang = lang
            self._style_cache = None
            self._changed("legend")

    def legend(self, lang: str | None = None) -> list[LegendEntry]:
        """Legend entries of the current style (``lang`` defaults to :attr:`lang`)."""
        if lang is not None and lang != self.lang:
            self.lang = lang
            self._style_cache = None
        return self.style().legend

    # -- geometry queries ----------------------------------------------------------------
    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        """Extent of every segment."""
        return self._bounds

    def nearest(self, x: float, y: float, max_distance: float) -> int | None:
        """The ``segment_id`` nearest to ``(x, y)`` within ``max_distance`` (STRtree)."""
        if not len(self.segment_ids):
            return None
        hit = self.tree.query_nearest(shapely.Point(x, y), max_distance=max_distance)
        if len(hit) == 0:
            return None
        return int(self.segment_ids[int(hit[0])])

    def ids_in_box(self, xmin: float, ymin: float, xmax: float, ymax: float) -> np.ndarray:
        """``segment_id`` of the segments intersecting a box."""
        hits = self.tree.query(shapely.box(xmin, ymin, xmax, ymax), predicate="intersects")
        return self.segment_ids[np.sort(hits)]

    def bounds_of(self, segment_ids: np.ndarray) -> tuple[float, float, float, float] | None:
        """Extent of some segments (None when none is known)."""
        pos = self.positions(segment_ids)
        pos = pos[pos >= 0]
        if not len(pos):
            return None
        return tuple(map(float, shapely.total_bounds(self.geoms[pos])))

    def midpoint(self, segment_id: int) -> tuple[float, float]:
        """A point halfway along a segment (map units)."""
        geom = self.geoms[int(self.positions([segment_id])[0])]
        p = shapely.line_interpolate_point(geom, 0.5, normalized=True)
        return float(p.x), float(p.y)

    def attributes(self, segment_id: int) -> dict[str, object]:
        """The segment's attributes and ranking values as a dict."""
        pos = int(self.positions([segment_id])[0])
        row = self.frame.drop(columns="geometry").iloc[pos].to_dict()
        row.update(self.ranking.iloc[pos].to_dict())
        return row

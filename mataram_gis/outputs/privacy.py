"""Households in published outputs: only as counts per grid cell, small counts suppressed.

Undang-Undang No. 27 Tahun 2022 (Pelindungan Data Pribadi) protects the social-aid registers
the households come from. A published map, table or briefing therefore never shows one
household: households are counted per square grid cell (250 m by default) and cells with
fewer than ``min_count`` households (5 by default) are dropped, so that no point can be
read back from a cell. Tables never carry household rows at all.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely import box

logger = logging.getLogger(__name__)

#: Default grid cell size (m) and the smallest count a published cell may show.
CELL_M = 250.0
MIN_COUNT = 5


@dataclass(frozen=True)
class HouseholdGrid:
    """Household counts on a regular grid in the metric CRS.

    Attributes
    ----------
    x0, y0
        Lower-left corner of cell (0, 0), on a multiple of ``cell_m``.
    cell_m
        Cell size (m).
    counts
        ``(rows, cols)`` household counts; suppressed cells hold 0.
    producers
        Producers per cell; 0 where suppressed.
    min_count
        The suppression threshold used.
    suppressed_cells, suppressed_households
        How many non-empty cells (and the households in them) were hidden.
    """

    x0: float
    y0: float
    cell_m: float
    counts: np.ndarray
    producers: np.ndarray
    min_count: int
    suppressed_cells: int
    suppressed_households: int

    @property
    def extent(self) -> tuple[float, float, float, float]:
        """``(xmin, xmax, ymin, ymax)`` of the grid."""
        rows, cols = self.counts.shape
        return (self.x0, self.x0 + cols * self.cell_m, self.y0, self.y0 + rows * self.cell_m)

    def cells(self, crs: object = None) -> gpd.GeoDataFrame:
        """The published (non-empty, unsuppressed) cells as polygons with counts."""
        rows, cols = np.nonzero(self.counts)
        x = self.x0 + cols * self.cell_m
        y = self.y0 + rows * self.cell_m
        return gpd.GeoDataFrame(
            {
                "households": self.counts[rows, cols].astype(np.int64),
                "producers": self.producers[rows, cols],
            },
            geometry=box(x, y, x + self.cell_m, y + self.cell_m),
            crs=crs,
        )


def household_grid(
    origins: gpd.GeoDataFrame,
    *,
    cell_m: float = CELL_M,
    min_count: int = MIN_COUNT,
    include_excluded: bool = False,
) -> HouseholdGrid:
    """Count households per grid cell and suppress cells under ``min_count``.

    Parameters
    ----------
    origins
        The results' ``origins`` layer (points in a metric CRS).
    cell_m
        Cell size in metres.
    min_count
        Cells with fewer households than this are published as empty.
    include_excluded
        Count households the analysis excluded too (default: only those used).
    """
    frame = origins
    if not include_excluded and "excluded" in frame:
        frame = frame[frame["excluded"].fillna("") == ""]
    geom = frame.geometry
    ok = ~(geom.is_empty | geom.isna())
    x = geom.x.to_numpy()[ok.to_numpy()]
    y = geom.y.to_numpy()[ok.to_numpy()]
    if "producers" in frame:
        prod = frame["producers"].fillna(0).to_numpy(float)[ok.to_numpy()]
    else:
        prod = np.ones(x.size)
    if x.size == 0:
        empty = np.zeros((1, 1))
        return HouseholdGrid(0.0, 0.0, cell_m, empty.astype(np.int64), empty, min_count, 0, 0)
    x0 = np.floor(x.min() / cell_m) * cell_m
    y0 = np.floor(y.min() / cell_m) * cell_m
    col = ((x - x0) // cell_m).astype(np.int64)
    row = ((y - y0) // cell_m).astype(np.int64)
    shape = (int(row.max()) + 1, int(col.max()) + 1)
    counts = np.zeros(shape, np.int64)
    producers = np.zeros(shape, float)
    np.add.at(counts, (row, col), 1)
    np.add.at(producers, (row, col), prod)
    small = (counts > 0) & (counts < min_count)
    n_cells, n_hh = int(small.sum()), int(counts[small].sum())
    counts[small] = 0
    producers[small] = 0.0
    if n_cells:
        logger.info(
            "suppressed %d grid cells holding %d households (< %d)", n_cells, n_hh, min_count
        )
    return HouseholdGrid(float(x0), float(y0), cell_m, counts, producers, min_count, n_cells, n_hh)


def density_bins(grid: HouseholdGrid, *, n: int = 4) -> tuple[int, ...]:
    """Lower bounds of ``n`` legend classes of published cell counts (first = min_count)."""
    values = grid.counts[grid.counts > 0]
    if values.size == 0:
        return (grid.min_count,)
    qs = np.quantile(values, np.linspace(0, 1, n + 1)[1:-1])
    bounds = [grid.min_count]
    for q in qs:
        b = int(_nice_int(q))
        if b > bounds[-1]:
            bounds.append(b)
    return tuple(bounds)


def _nice_int(value: float) -> int:
    """Round to 1, 2 or 5 times a power of ten (for readable legend bounds)."""
    if value <= 1:
        return 1
    exp = 10 ** int(np.floor(np.log10(value)))
    for step in (1, 2, 5, 10):
        if value <= step * exp * 1.5:
            return int(step * exp)
    return int(10 * exp)


def published_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Refuse to publish a household table: raise if ``frame`` looks like ``origins``."""
    if {"household_id", "access_s"} & set(frame.columns):
        raise ValueError("household rows must not be published; aggregate them first")
    return frame

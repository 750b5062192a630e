"""The road network: junction nodes and undirected segments, in a metric CRS.

Roads arrive as a normalised line layer (docs/INTERNALS.md) in which each row is one
segment between junctions. Nodes are the distinct segment end points; a two-way segment
becomes two directed edges in the engine, a one-way segment one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS

from mataram_gis.errors import NetworkError

logger = logging.getLogger(__name__)

#: End points closer than this (metres) are the same junction. Readers deliver identical
#: coordinates; the grid only absorbs reprojection round-off.
NODE_GRID_M = 0.01


@dataclass(frozen=True)
class RoadNetwork:
    """Junctions and segments of a road layer.

    Attributes
    ----------
    crs
        The metric CRS of all coordinates (a UTM zone).
    node_xy
        ``(n, 2)`` float array of junction coordinates.
    segments
        The road layer in ``crs`` with ``segment_id``, ``u``, ``v`` and ``length_m`` added;
        row ``i`` is segment ``i``.
    """

    crs: CRS
    node_xy: np.ndarray
    segments: gpd.GeoDataFrame

    @property
    def n_nodes(self) -> int:
        """Number of junction nodes."""
        return len(self.node_xy)

    @property
    def seg_u(self) -> np.ndarray:
        """Start node of each segment (digitised direction)."""
        return self.segments["u"].to_numpy(np.int64)

    @property
    def seg_v(self) -> np.ndarray:
        """End node of each segment."""
        return self.segments["v"].to_numpy(np.int64)


def metric_crs(gdf: gpd.GeoDataFrame) -> CRS:
    """The UTM zone of the data (EPSG:32750 for Mataram), or the CRS itself if projected."""
    if gdf.crs is None:
        raise NetworkError("the road layer has no coordinate reference system")
    if gdf.crs.is_projected and gdf.crs.axis_info[0].unit_name in ("metre", "meter"):
        return gdf.crs
    from mataram_gis.io.topology import utm_crs  # estimate_utm_crs, without its 0.3 s query

    return utm_crs(gdf.geometry)


def unique_rows(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(keys, axis=0, return_inverse=True)`` for (n, 2) integer keys, by one
    lexsort (several times faster at 500,000 rows; the same rows, order and inverse)."""
    order = np.lexsort((keys[:, 1], keys[:, 0]))
    ranked = keys[order]
    new = np.ones(len(ranked), bool)
    new[1:] = (ranked[1:] != ranked[:-1]).any(axis=1)
    inverse = np.empty(len(ranked), np.int64)
    inverse[order] = np.cumsum(new) - 1
    return ranked[new], inverse


def _ends(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(n, 2) first and last coordinates of LineStrings (one pass over the coordinates)."""
    counts = shapely.get_num_coordinates(geoms)
    if (counts == 0).any():  # empty lines: as shapely.get_point gives them
        first = shapely.get_coordinates(shapely.get_point(geoms, 0))
        return first, shapely.get_coordinates(shapely.get_point(geoms, -1))
    coords = shapely.get_coordinates(geoms)
    last = np.cumsum(counts) - 1
    return coords[last - counts + 1], coords[last]


def build_network(roads: gpd.GeoDataFrame, *, crs: CRS | None = None) -> RoadNetwork:
    """Build junction nodes from segment end points.

    Parameters
    ----------
    roads
        Normalised road layer (one row per segment, LineStrings).
    crs
        Metric CRS to work in; by default the UTM zone of the data.

    Returns
    -------
    RoadNetwork
    """
    if len(roads) == 0:
        raise NetworkError("the road layer is empty", fix="load a layer with road lines")
    crs = crs or metric_crs(roads)
    segs = roads.to_crs(crs).reset_index(drop=True)
    geoms = segs.geometry.to_numpy()
    if not np.all(shapely.get_type_id(geoms) == 1):
        raise NetworkError("road geometries must be single LineStrings after reading")
    start, end = _ends(geoms)
    keys = np.rint(np.vstack([start, end]) / NODE_GRID_M).astype(np.int64)
    uniq, inverse = unique_rows(keys)
    n_seg = len(segs)
    node_xy = uniq.astype(float) * NODE_GRID_M
    segs = segs.copy()
    segs.insert(0, "segment_id", np.arange(n_seg, dtype=np.int64))
    segs["u"] = inverse[:n_seg].astype(np.int64)
    segs["v"] = inverse[n_seg:].astype(np.int64)
    segs["length_m"] = shapely.length(geoms)
    loops = int((segs["u"] == segs["v"]).sum())
    if loops:
        logger.info("%d closed-loop segments carry no through traffic", loops)
    logger.info("network: %d nodes, %d segments (%s)", len(node_xy), n_seg, crs.to_string())
    return RoadNetwork(crs=crs, node_xy=node_xy, segments=segs)

"""The roads schema from simplified OSM edges: the tail both OSM readers share.

:mod:`mataram_gis.io.osm` (osmnx/pyrosm graphs) and :mod:`mataram_gis.io.osm_fast` (pyosmium
and arrays) both end here: one value per :data:`SEGMENT_TAGS` for every simplified directed
edge -> classes a motorcycle cannot use dropped, one row per segment in an order that depends
only on the geometries, tags mapped to the roads schema, the largest connected part kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from mataram_gis.errors import InputDataError
from mataram_gis.io import vocab
from mataram_gis.io.road_schema import ROAD_SCHEMA
from mataram_gis.io.topology import TopologyReport, _keep_largest

logger = logging.getLogger(__name__)

DROP_CLASSES: frozenset[str] = frozenset(
    {
        "motorway", "motorway_link", "construction", "proposed", "abandoned", "disused",
        "platform", "raceway", "bus_guideway", "busway", "elevator", "corridor", "escape",
        "bridleway", "via_ferrata", "razed", "planned", "no", "emergency_bay", "rest_area",
        "services",
    }
)  # fmt: skip
"""OSM highway values never used: motorcycles may not use Indonesian toll roads (motorway)."""

EXTRA_TAGS = ("surface", "smoothness", "motorcycle", "motor_vehicle", "layer", "junction")
_ONEWAY_YES = {"yes", "true", "1"}

#: OSM way tags kept for the road schema (both the .pbf and the osmnx paths read these).
ROAD_TAGS: tuple[str, ...] = (
    "highway", "name", "surface", "smoothness", "maxspeed", "width", "access",
    "motorcycle", "motor_vehicle",
)  # fmt: skip
SEGMENT_TAGS: tuple[str, ...] = (*ROAD_TAGS, "oneway")
"""Tags read per segment after simplification (length-weighted, osm_simplify)."""


def edges_to_roads(
    edges: gpd.GeoDataFrame, *, file: str
) -> tuple[gpd.GeoDataFrame, TopologyReport]:
    """Simplified directed edges with one value per :data:`SEGMENT_TAGS` -> roads schema.

    Drops classes a motorcycle cannot use, keeps one row per segment in an order that depends
    only on the geometries (:func:`_canonical_edges`) and the largest connected part. Shared
    by the osmnx route and the fast reader.
    """
    highway = edges["highway"].astype(str)
    edges = edges.loc[(highway != "") & ~highway.isin(DROP_CLASSES)].reset_index(drop=True)
    if len(edges) == 0:
        raise InputDataError(
            "the OSM data holds no roads a motorcycle may use",
            file=file,
            fix="choose an area that covers the city",
        )
    edges, oneway, dup = _canonical_edges(edges, _oneway(edges["oneway"]))
    roads = _tags_to_schema(edges, oneway)
    logger.info("%s: %d OSM segments (%d reverse duplicates removed)", file, len(roads), dup)
    return _keep_largest(roads, TopologyReport())


def _oneway(column: pd.Series) -> np.ndarray:
    """True where a cell is ``True`` or a word of :data:`_ONEWAY_YES` (any case)."""
    if column.dtype == bool:
        return column.to_numpy(bool)
    return column.map(lambda v: v is True or str(v).lower() in _ONEWAY_YES).to_numpy(bool)


def _canonical_edges(
    edges: gpd.GeoDataFrame, oneway: np.ndarray
) -> tuple[gpd.GeoDataFrame, np.ndarray, int]:
    """One row per segment, in an order that depends only on the geometries.

    A two-way segment is two directed edges in the graph: the one whose coordinates sort
    first is kept. A one-way edge that repeats another exactly (same direction) is dropped.
    Rows are sorted by their start and end coordinates (then their bytes and tags), so that
    the order edges were built in never shows in the result.
    """
    geoms = edges.geometry.to_numpy()
    xy, part = shapely.get_coordinates(geoms, return_index=True)
    first = np.searchsorted(part, np.arange(len(geoms)))
    last = np.searchsorted(part, np.arange(len(geoms)), side="right") - 1
    (sx, sy), (ex, ey) = xy[first].T, xy[last].T
    order = _sorted_rows(
        (ey, ex, sy, sx), lambda rows: shapely.to_wkb(geoms[rows]), edges, SEGMENT_TAGS
    )
    drop = _repeated(geoms[order], oneway[order])
    order = order[~drop]
    out = edges.iloc[order].reset_index(drop=True)
    return out, oneway[order], int(drop.sum())


def _repeated(geoms: np.ndarray, oneway: np.ndarray) -> np.ndarray:
    """Per row: it repeats an earlier row (the same WKB bytes, normalised for two-way rows).

    WKB bytes of two lines are equal when their coordinates are, bit for bit; normalising
    an open line only reverses it, so two open two-way lines repeat each other when their
    coordinates are equal forward or reversed. Rows are grouped by a hash of their
    coordinates in both directions and every repeat found is checked coordinate by
    coordinate (on a hash collision the byte strings decide, :func:`_repeated_by_bytes`).
    Closed two-way lines (normalising turns a ring to start at its lowest vertex) are
    compared by their normalised WKB.
    """
    out = np.zeros(len(geoms), dtype=bool)
    if len(geoms) < 2:
        return out
    xy, part = shapely.get_coordinates(geoms, return_index=True)
    count = np.bincount(part, minlength=len(geoms))
    if (count == 0).any():
        return _repeated_by_bytes(geoms, oneway)
    first = np.cumsum(count) - count
    ring = ~oneway & (xy[first] == xy[first + count - 1]).all(axis=1)
    rows = np.flatnonzero(~ring)
    found = _repeated_open(xy, first, count, oneway, rows)
    if found is None:
        return _repeated_by_bytes(geoms, oneway)
    out[rows] = found
    rings = np.flatnonzero(ring)
    if len(rings) > 1:
        key = shapely.to_wkb(shapely.normalize(geoms[rings]))
        out[rings] = pd.Series(key, dtype=object).duplicated().to_numpy()
    return out


def _repeated_open(
    xy: np.ndarray, first: np.ndarray, count: np.ndarray, oneway: np.ndarray, rows: np.ndarray
) -> np.ndarray | None:
    """:func:`_repeated` among ``rows`` (not closed two-way lines); None on a hash collision."""
    if len(rows) < 2:
        return np.zeros(len(rows), dtype=bool)
    bits = np.ascontiguousarray(xy).view(np.uint64)
    mix = bits[:, 0] * np.uint64(0x9E3779B97F4A7C15)
    mix ^= (bits[:, 1] + np.uint64(0x632BE59BD9B4E019)) * np.uint64(0xC2B2AE3D27D4EB4F)
    mix ^= mix >> np.uint64(29)
    pos = np.arange(len(xy)) - np.repeat(first, count)
    power = np.multiply.accumulate(np.full(int(count.max()), 0x100000001B3, dtype=np.uint64))
    ahead = np.add.reduceat(mix * power[pos], first)[rows]
    back = np.add.reduceat(mix * power[np.repeat(count - 1, count) - pos], first)[rows]
    one, n = oneway[rows], count[rows]
    lo = np.where(one, ahead, np.minimum(ahead, back))
    hi = np.where(one, ahead, np.maximum(ahead, back))
    order = np.lexsort((hi, lo, n, one))  # equal keys keep their row order
    keys = np.column_stack([one[order], n[order], lo[order], hi[order]])
    again = np.r_[False, (keys[1:] == keys[:-1]).all(axis=1)]
    first_of_run = np.maximum.accumulate(np.where(again, 0, np.arange(len(order))))
    j, i = rows[order[again]], rows[order[first_of_run[again]]]
    size = count[j]
    step = np.arange(int(size.sum())) - np.repeat(np.cumsum(size) - size, size)
    at_j = bits[np.repeat(first[j], size) + step]
    same = (at_j == bits[np.repeat(first[i], size) + step]).all(axis=1)
    mirror = (at_j == bits[np.repeat(first[i] + size - 1, size) - step]).all(axis=1)
    starts = np.cumsum(size) - size
    if (
        len(j)
        and not (
            np.logical_and.reduceat(same, starts)
            | (~oneway[j] & np.logical_and.reduceat(mirror, starts))
        ).all()
    ):
        return None
    out = np.zeros(len(rows), dtype=bool)
    out[order[again]] = True
    return out


def _repeated_by_bytes(geoms: np.ndarray, oneway: np.ndarray) -> np.ndarray:
    """:func:`_repeated` with every row's coordinates (both ways) as byte strings."""
    xy, part = shapely.get_coordinates(geoms, return_index=True)
    count = np.bincount(part, minlength=len(geoms))
    last = np.cumsum(count)
    first = last - count
    flip = np.repeat(first + last - 1, count) - np.arange(len(xy))  # each row reversed
    ahead, back = xy.tobytes(), xy[flip].tobytes()
    lo, hi = (16 * first).tolist(), (16 * last).tolist()
    fwd = [ahead[a:b] for a, b in zip(lo, hi, strict=True)]
    rev = [back[a:b] for a, b in zip(lo, hi, strict=True)]
    closed = count > 0
    closed[closed] = (xy[first[closed]] == xy[last[closed] - 1]).all(axis=1)
    keys = [f if one else min(f, r) for f, r, one in zip(fwd, rev, oneway.tolist(), strict=True)]
    ring = np.flatnonzero(closed & ~oneway)
    for i, key in zip(ring.tolist(), shapely.to_wkb(shapely.normalize(geoms[ring])), strict=True):
        keys[i] = key
    frame = pd.DataFrame({"oneway": oneway, "ring": closed & ~oneway, "key": keys})
    return frame.duplicated().to_numpy()


def _sorted_rows(
    coords: tuple[np.ndarray, ...],
    raw: Callable[[np.ndarray], np.ndarray],
    edges: pd.DataFrame,
    tags: tuple[str, ...],
) -> np.ndarray:
    """Row order by start x, y, end x, y (``coords`` given last key first, as for
    ``numpy.lexsort``), then the WKB bytes (``raw(rows)``), then the joined tags; ties keep
    their order.

    The same order as a stable ``sort_values`` on those six columns: the numeric keys are
    sorted in one ``lexsort``; only rows sharing all four coordinates (parallel edges,
    rare) are ordered further by bytes and tags.
    """
    order = np.lexsort(coords)
    stacked = np.column_stack([c[order] for c in coords])
    same = np.flatnonzero((stacked[1:] == stacked[:-1]).all(axis=1))
    if len(same) == 0:
        return order
    run_start = same[np.r_[True, np.diff(same) > 1]]  # runs of equal coordinates
    run_end = same[np.r_[np.diff(same) > 1, True]] + 2
    tied = np.concatenate([order[a:b] for a, b in zip(run_start, run_end, strict=True)])
    tag_text = dict(zip(tied.tolist(), _joined(edges.iloc[tied], tags), strict=True))
    wkb = dict(zip(tied.tolist(), raw(tied), strict=True))
    for a, b in zip(run_start, run_end, strict=True):
        rows = order[a:b]
        order[a:b] = sorted(rows.tolist(), key=lambda r: (wkb[r], tag_text[r]))
    return order


def _joined(edges: pd.DataFrame, columns: tuple[str, ...]) -> np.ndarray:
    """Per row, ``str`` of each column joined by ``|`` (a sort key; plain lists, no apply)."""
    cols = [[str(v) for v in edges[c].tolist()] for c in columns]
    return np.array(["|".join(row) for row in zip(*cols, strict=True)], dtype=object)


def _numbers(values: pd.Series) -> np.ndarray:
    """``vocab.parse_maxspeed`` of every cell, computed once per distinct value."""
    return vocab.map_unique(values, vocab.parse_maxspeed).to_numpy(float)


_WORD_TAGS = ("highway", "surface", "smoothness", "access", "motorcycle", "motor_vehicle")
"""Tags read as words (the rest: ``name`` as text, ``width`` and ``maxspeed`` as numbers)."""


def _tags_to_schema(edges: gpd.GeoDataFrame, oneway: np.ndarray) -> gpd.GeoDataFrame:
    """Map OSM tag columns to the roads schema columns.

    The words depend only on the row's :data:`_WORD_TAGS` (as text): they are worked out
    once per distinct combination (a few hundred in a city) and spread to the rows.
    """
    text = pd.DataFrame(edges[list(_WORD_TAGS)]).astype(str).reset_index(drop=True)
    row, first = _distinct_rows(text)
    words = _words(text.iloc[first].reset_index(drop=True))
    rows = pd.RangeIndex(len(edges))
    data = {
        "name": edges["name"].astype(str).to_numpy(),
        "highway": words["highway"][row],
        "condition": words["condition"][row],
        "oneway": oneway,
        "authority": np.full(len(edges), "", dtype=object),
        "surface": words["surface"][row],
        "width_m": _numbers(edges["width"]),
        "maxspeed_kmh": _numbers(edges["maxspeed"]),
        "access": words["access"][row],
        "synthetic": np.zeros(len(edges), dtype=bool),
    }
    for col in ("name", "highway", "condition", "authority", "surface", "access"):
        data[col] = pd.Series(data[col], index=rows, dtype=object).astype(str)
    geometry = gpd.GeoSeries(edges.geometry.to_numpy(), index=rows, crs=edges.crs or "EPSG:4326")
    out = gpd.GeoDataFrame(data, index=rows, geometry=geometry)
    return out[list(ROAD_SCHEMA)]


def _distinct_rows(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the number of its distinct combination of values (in order of first
    appearance); and the first row of every combination."""
    key = np.zeros(len(frame), dtype=np.int64)
    for column in frame.columns:
        code, uniques = pd.factorize(frame[column], use_na_sentinel=False)  # NA: a value
        key = pd.factorize(key * max(len(uniques), 1) + code)[0]
    return key, np.unique(key, return_index=True)[1]


def _words(text: pd.DataFrame) -> dict[str, np.ndarray]:
    """The schema's ``highway``, ``condition``, ``surface`` and ``access`` of rows of
    :data:`_WORD_TAGS` as text."""
    txt = {c: vocab.normalise_words(text[c]) for c in _WORD_TAGS}
    highway = text["highway"].str.strip().str.lower()
    by_smooth = txt["smoothness"].map(vocab.SMOOTHNESS_CONDITION)
    surface = txt["surface"].map(vocab.SURFACE_WORDS)
    by_surface = surface.fillna("").str.replace("_", " ").map(vocab.SURFACE_CONDITION)
    by_class = highway.str.replace("_link", "").map(vocab.CLASS_CONDITION).fillna("sedang")
    condition = by_smooth.fillna(by_surface).fillna(by_class)
    access = (
        txt["access"].str.replace(" ", "_").where(~txt["access"].isin(["yes", "permissive"]), "")
    )
    no_motor = txt["motorcycle"].eq("no") | txt["motor_vehicle"].eq("no")
    access = access.where(~no_motor, "no_motor")
    return {
        "highway": highway.to_numpy(),
        "condition": condition.to_numpy(),
        "surface": surface.fillna(txt["surface"].str.replace(" ", "_")).to_numpy(),
        "access": access.to_numpy(),
    }

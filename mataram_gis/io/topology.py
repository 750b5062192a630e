"""Road topology: split lines at junctions, join near-misses, find connected parts.

The contract (docs/INTERNALS.md): every row is one segment between junctions; lines meet
only at their endpoints, with identical endpoint coordinates. :func:`repair_topology`
reaches it in the input CRS:

0. exact duplicate lines are removed; without a given tolerance, one is proposed from the
   gaps at dangling line ends (:mod:`mataram_gis.io.gaps`);
1. a quick vectorised check (:func:`obeys_contract`) skips all work for clean data;
2. a dangling line end within the tolerance of another line's end is moved onto it (when
   that end is about as near as the nearest line);
3. else a dangling end within the tolerance of another line's side is moved onto that line,
   which is split there (a T-junction digitised without a shared vertex);
4. lines that cross or share an interior vertex are split there, unless their levels
   differ (``layer``/``bridge``/``tunnel``: an overpass is not a junction);
5. parts are the connected components of the endpoint graph; the largest (by length) is
   kept, the others are returned in the report, with the ends moved and the dangling ends
   left (:class:`~mataram_gis.io.topology_report.TopologyReport`).
"""

from __future__ import annotations

import logging

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS, Transformer
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from mataram_gis.io.gaps import GapStudy, dangle_gaps, study_gaps
from mataram_gis.io.noding import (
    _endpoints,
    _node_ids,
    node_lines,
    node_lines_with_moves,
    obeys_contract,
)
from mataram_gis.io.road_checks import MAX_TOLERANCE_M
from mataram_gis.io.topology_report import TopologyReport
from mataram_gis.io.validate import rows_text

__all__ = [
    "TopologyReport",
    "node_lines",
    "obeys_contract",
    "part_labels",
    "repair_topology",
]

logger = logging.getLogger(__name__)


def metres_per_unit(crs: CRS, geoms: np.ndarray) -> float:
    """Approximate metres per CRS unit (degrees: along a parallel at the data's mean latitude)."""
    if crs.is_geographic:
        lat = float(np.nanmean(shapely.get_coordinates(geoms[: min(len(geoms), 2000)])[:, 1]))
        return 111_320.0 * max(np.cos(np.radians(lat)), 0.1)
    return float(crs.axis_info[0].unit_conversion_factor or 1.0)


def part_labels(geoms: np.ndarray) -> tuple[int, np.ndarray]:
    """Connected parts of the endpoint graph: (number of parts, label per line)."""
    if len(geoms) == 0:
        return 0, np.zeros(0, dtype=int)
    start, end = _endpoints(geoms)
    ids, nodes = _node_ids(np.vstack([start, end]))
    n = len(geoms)
    graph = coo_matrix((np.ones(n), (ids[:n], ids[n:])), shape=(len(nodes), len(nodes)))
    _, labels = connected_components(graph, directed=False)
    part, labels = np.unique(labels[ids[:n]], return_inverse=True)
    return len(part), labels.ravel()


def utm_crs(series: gpd.GeoSeries) -> CRS:
    """``series.estimate_utm_crs()`` without its 0.3 s query of the PROJ database.

    For lon/lat (EPSG:4326) data whose centre lies between 80 S and 84 N the WGS 84 UTM zone
    of the centre of the bounds is computed directly (the zone geopandas finds there);
    elsewhere geopandas is asked.
    """
    if series.crs is not None and series.crs.to_epsg() == 4326 and len(series):
        west, south, east, north = series.total_bounds
        lon, lat = np.mean([west, east]), np.mean([south, north])
        if -180 <= lon <= 180 and -80 <= lat < 84 and lat != 0 and (lon + 180) % 6 != 0:
            zone = min(int((lon + 180) // 6) + 1, 60)
            return CRS.from_epsg((32600 if lat > 0 else 32700) + zone)
    return series.estimate_utm_crs()


def _metre_lengths(geoms: np.ndarray, crs: CRS) -> np.ndarray:
    """Line lengths in metres (projected to UTM for geographic CRS)."""
    if crs.is_geographic:
        series = gpd.GeoSeries(geoms, crs=crs)
        utm = utm_crs(series)
        if shapely.has_z(geoms).any() or crs.is_exact_same(utm):
            return series.to_crs(utm).length.to_numpy()
        # what GeoSeries.to_crs does for 2-D lines, without building the series
        xy = shapely.get_coordinates(geoms)
        x, y = Transformer.from_crs(crs, utm, always_xy=True).transform(xy[:, 0], xy[:, 1])
        return shapely.length(shapely.set_coordinates(geoms.copy(), np.array((x, y)).T))
    return shapely.length(geoms) * float(crs.axis_info[0].unit_conversion_factor or 1.0)


def exact_duplicates(geoms: np.ndarray, oneway: np.ndarray) -> np.ndarray:
    """Mask of lines that repeat an earlier line exactly (all but the first of each group).

    Two-way lines are duplicates when they have the same coordinates in either direction;
    one-way lines when they have the same coordinates in the same direction (two one-way
    lines in opposite directions are a two-way street and both stay).
    """
    out = np.zeros(len(geoms), dtype=bool)
    if len(geoms) < 2:
        return out
    # only lines with the same pair of end points can be duplicates
    start, end = _endpoints(geoms)
    swap = (start[:, 0] > end[:, 0]) | ((start[:, 0] == end[:, 0]) & (start[:, 1] > end[:, 1]))
    lo, hi = np.where(swap[:, None], end, start), np.where(swap[:, None], start, end)
    quick = pd.DataFrame(np.column_stack([lo, hi]))
    maybe = quick.duplicated(keep=False).to_numpy()
    if not maybe.any():
        return out
    idx = np.flatnonzero(maybe)
    raw = shapely.to_wkb(geoms[idx])
    norm = shapely.to_wkb(shapely.normalize(geoms[idx]))
    key = pd.DataFrame({"oneway": oneway[idx], "key": np.where(oneway[idx], raw, norm)})
    out[idx] = key.duplicated().to_numpy()
    return out


def repair_topology(
    roads: gpd.GeoDataFrame,
    *,
    tolerance_m: float | None = None,
    levels: np.ndarray | None = None,
    rows: np.ndarray | None = None,
) -> tuple[gpd.GeoDataFrame, TopologyReport]:
    """Bring a line layer to the topology contract and keep its largest connected part.

    Parameters
    ----------
    roads
        LineString rows (exploded, positive length), CRS set.
    tolerance_m
        Line ends closer than this (metres) to another line are joined to it; ``None``
        (default) uses the tolerance proposed from the data (:func:`~mataram_gis.io.gaps.
        study_gaps`).
    levels
        Optional integer level per row (bridges/tunnels); crossings between different levels
        do not become junctions.
    rows
        1-based input feature number of each row, for messages (default: position + 1).

    Returns
    -------
    roads : geopandas.GeoDataFrame
        Segments of the largest part, attributes copied from their source rows.
    report : TopologyReport
    """
    report = TopologyReport()
    rows = np.arange(1, len(roads) + 1) if rows is None else np.asarray(rows)
    levels = np.zeros(len(roads), dtype=int) if levels is None else np.asarray(levels)
    oneway = roads["oneway"].to_numpy(bool) if "oneway" in roads else np.zeros(len(roads), bool)
    dup = exact_duplicates(roads.geometry.to_numpy(), oneway)
    if dup.any():
        report.duplicates = int(dup.sum())
        report.note(
            f"{report.duplicates} exact duplicate lines removed (the same line twice, in the "
            f"same or reversed direction; the first row is kept): {rows_text(rows[dup])}",
            level=logging.WARNING,
        )
        roads, levels = roads.loc[~dup], levels[~dup]
    geoms = roads.geometry.to_numpy()
    unit = metres_per_unit(roads.crs, geoms) if len(geoms) else 1.0
    study = _choose_tolerance(report, geoms, levels, unit=unit, given=tolerance_m)
    tol = report.tolerance_m / unit
    dangles = None
    if obeys_contract(geoms, tolerance=tol):
        logger.info("topology: %d segments already meet only at their ends", len(geoms))
        out = roads
        if len(geoms) and (levels == 0).all():  # the study's dangles are the network's
            start, end = _endpoints(geoms)
            xy = np.vstack([start, end])[study.ends]
            dangles = _located(xy, study.end_gaps_m, roads.crs)
    else:
        new, source, report.repairs, moves = node_lines_with_moves(
            geoms, tolerance=tol, levels=levels
        )
        report.gaps = _located(moves[:, :2], moves[:, 2] * unit, roads.crs)
        keep = shapely.length(new) > 0
        new, source = new[keep], source[keep]
        dup = pd.Series(shapely.to_wkb(shapely.normalize(new))).duplicated().to_numpy()
        if dup.any():
            report.note(f"{int(dup.sum())} duplicate segments removed", level=logging.WARNING)
        new, source = new[~dup], source[~dup]
        out = roads.iloc[source].copy()
        out = out.set_geometry(gpd.GeoSeries(new, index=out.index, crs=roads.crs))
        report.note(
            f"{report.repairs} joins/splits made by the topology repair; {len(out)} segments"
        )
    out = out.reset_index(drop=True)
    out, report = _keep_largest(out, report, dangles=dangles)
    for line in report.summary_lines():
        logger.info("topology: %s", line)
    return out, report


def _choose_tolerance(
    report: TopologyReport, geoms: np.ndarray, levels: np.ndarray, *, unit: float, given
) -> GapStudy:
    """Study the dangle gaps; use the given tolerance, else the proposed one."""
    study = study_gaps(geoms, levels, unit_m=unit)
    report.proposed_tolerance_m = study.proposed_m
    report.gap_histogram = study.histogram
    report.share_by_tolerance = study.share_by_tolerance
    if given is not None:
        report.tolerance_m, report.tolerance_source = float(given), "given"
        return study
    report.tolerance_m, report.tolerance_source = study.proposed_m, "proposed"
    if study.proposed_m > study.share_by_tolerance[0][0]:
        report.note(
            f"line ends stop short of other lines: {int((study.gaps_m <= study.proposed_m).sum())}"
            f" dangling ends lie within {study.proposed_m:g} m of another line, so they are "
            f"joined to it (tolerance proposed from the data; give --tolerance to choose "
            "another)",
            level=logging.WARNING,
        )
    return study


def _located(xy: np.ndarray, values: np.ndarray, crs: CRS) -> list[tuple[float, float, float]]:
    """``(lon, lat, value)`` per point, rounded for display."""
    if len(xy) == 0:
        return []
    lon, lat = Transformer.from_crs(crs, 4326, always_xy=True).transform(xy[:, 0], xy[:, 1])
    return [
        (round(float(x), 6), round(float(y), 6), round(float(v), 2))
        for x, y, v in zip(np.atleast_1d(lon), np.atleast_1d(lat), values, strict=True)
    ]


def _dangles(geoms: np.ndarray, crs: CRS) -> list[tuple[float, float, float]]:
    """Dangling ends of a network with the gap to the nearest other line (metres)."""
    if len(geoms) == 0:
        return []
    unit = metres_per_unit(crs, geoms)
    ends, _, gap = dangle_gaps(
        geoms, np.zeros(len(geoms), dtype=int), limit=MAX_TOLERANCE_M / unit
    )
    start, end = _endpoints(geoms)
    return _located(np.vstack([start, end])[ends], gap * unit, crs)


def _largest_part(geoms: np.ndarray, labels: np.ndarray) -> int:
    """Label of the longest part; equal lengths go to the part with the lowest-left vertex.

    The choice depends only on the geometries, never on row order or part numbering.
    """
    size = np.bincount(labels, weights=shapely.length(geoms))
    if len(size) == 1:
        return 0
    second, top = np.partition(size, -2)[-2:]
    if top - second > 1e-5:  # far beyond rounding and summation order: no tie to break
        return int(np.argmax(size))
    start = shapely.get_coordinates(shapely.get_point(geoms, 0))
    frame = pd.DataFrame(
        {"part": labels, "m": shapely.length(geoms), "x": start[:, 0], "y": start[:, 1]}
    )
    parts = frame.groupby("part").agg(m=("m", "sum"), x=("x", "min"), y=("y", "min"))
    parts["m"] = parts["m"].round(6)  # sums in different orders differ in the last bits
    parts = parts.sort_values(["m", "x", "y"], ascending=[False, True, True], kind="stable")
    return int(parts.index[0])


def _part_summary(labels: np.ndarray, metres: np.ndarray, rows: np.ndarray) -> pd.DataFrame:
    """Per part (ascending): segments ``n``, metres ``m`` (pandas' group sum) and ``i``, the
    row of its first segment (``rows``: row of each); a groupby ``agg`` of those, faster."""
    sums = pd.Series(metres).groupby(labels).sum()
    part, first, n = np.unique(labels, return_index=True, return_counts=True)
    return pd.DataFrame({"n": n, "m": sums.to_numpy(), "i": rows[first]}, index=part)


def _keep_largest(
    roads: gpd.GeoDataFrame,
    report: TopologyReport,
    *,
    dangles: list[tuple[float, float, float]] | None = None,
) -> tuple[gpd.GeoDataFrame, TopologyReport]:
    """Drop every connected part but the longest; list the dropped parts in ``report``.

    ``dangles`` are the network's dangling ends when already known (else measured here).
    """
    geoms = roads.geometry.to_numpy()
    report.parts, labels = part_labels(geoms)
    lengths = _metre_lengths(geoms, roads.crs) if len(geoms) else np.zeros(0)
    report.total_length_m = round(float(lengths.sum()), 1)
    if report.parts <= 1:
        report.kept_length_m = report.total_length_m
        report.dangles = _dangles(geoms, roads.crs) if dangles is None else dangles
        return roads, report
    best = _largest_part(geoms, labels)
    drop = labels != best
    report.kept_length_m = round(float(lengths[~drop].sum()), 1)
    report.dangles = _dangles(geoms[~drop], roads.crs)
    metres = lengths[drop]
    summary = _part_summary(labels[drop], metres, np.flatnonzero(drop))
    summary = summary.sort_values("m", ascending=False)
    mids = shapely.line_interpolate_point(geoms[summary["i"].to_numpy()], 0.5, normalized=True)
    to_ll = Transformer.from_crs(roads.crs, 4326, always_xy=True)
    lon, lat = to_ll.transform(shapely.get_x(mids), shapely.get_y(mids))
    report.dropped_parts = [
        (int(n), round(float(m), 1), (round(float(x), 6), round(float(y), 6)))
        for n, m, x, y in zip(
            summary["n"], summary["m"], np.atleast_1d(lon), np.atleast_1d(lat), strict=True
        )
    ]
    first = report.dropped_parts[0]
    report.note(
        f"the network has {report.parts} separate parts; the largest is used and "
        f"{len(report.dropped_parts)} smaller parts ({int(drop.sum())} segments, "
        f"{float(summary['m'].sum()):.0f} m) are left out, the biggest of them "
        f"{first[0]} segments near lon/lat {first[2][0]}, {first[2][1]}",
        level=logging.WARNING,
    )
    return roads.loc[~drop].reset_index(drop=True), report

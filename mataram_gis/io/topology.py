"""Road topology: split lines at junctions, join near-misses, find connected parts.

The contract (docs/INTERNALS.md): every row is one segment between junctions; lines meet
only at their endpoints, with identical endpoint coordinates. :func:`repair_topology`
reaches it in the input CRS:

1. a quick vectorised check (:func:`obeys_contract`) skips all work for clean data;
2. a line end that lies within the tolerance of another line's end is moved onto it;
3. a line end within the tolerance of another line's side is moved onto that line, which
   is split there (a T-junction digitised without a shared vertex);
4. lines that cross or share an interior vertex are split there, unless their levels
   differ (``layer``/``bridge``/``tunnel``: an overpass is not a junction);
5. parts are the connected components of the endpoint graph; the largest (by length) is
   kept, the others are returned in the report.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS, Transformer
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from mataram_gis.io.validate import rows_text

logger = logging.getLogger(__name__)


@dataclass
class TopologyReport:
    """What the topology repair did.

    Attributes
    ----------
    repairs
        Joins and splits made (line ends moved + lines split at a point).
    duplicates
        Exact duplicate lines removed before repair (same line, same or reversed direction).
    parts
        Connected parts of the network as read (before dropping).
    dropped_parts
        One ``(n_segments, total_length_m, (lon, lat))`` per part other than the largest,
        largest first; the point is on one of the part's segments.
    messages
        Human-readable notes (also logged).
    """

    repairs: int = 0
    duplicates: int = 0
    parts: int = 0
    dropped_parts: list[tuple[int, float, tuple[float, float]]] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    def note(self, text: str, *, level: int = logging.INFO) -> None:
        """Add a message and log it."""
        self.messages.append(text)
        logger.log(level, text)


def metres_per_unit(crs: CRS, geoms: np.ndarray) -> float:
    """Approximate metres per CRS unit (degrees: along a parallel at the data's mean latitude)."""
    if crs.is_geographic:
        lat = float(np.nanmean(shapely.get_coordinates(geoms[: min(len(geoms), 2000)])[:, 1]))
        return 111_320.0 * max(np.cos(np.radians(lat)), 0.1)
    return float(crs.axis_info[0].unit_conversion_factor or 1.0)


def _node_ids(xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Identical coordinates -> one node id. Returns (ids per row, unique coordinates)."""
    key = xy[:, 0] + 1j * xy[:, 1]
    uniq, inverse = np.unique(key, return_inverse=True)
    return inverse.ravel(), np.column_stack([uniq.real, uniq.imag])


def _endpoints(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(start xy, end xy) arrays of shape (n, 2)."""
    coords = shapely.get_coordinates(geoms)
    counts = shapely.get_num_coordinates(geoms)
    last = np.cumsum(counts) - 1
    return coords[last - counts + 1], coords[last]


def obeys_contract(geoms: np.ndarray, *, tolerance: float) -> bool:
    """True when the lines already meet only at identical endpoints and no end dangles near a line.

    Parameters
    ----------
    geoms
        LineString array.
    tolerance
        Join distance in CRS units.
    """
    if len(geoms) == 0:
        return True
    if (shapely.length(geoms) <= 0).any():
        return False
    if not shapely.is_simple(shapely.multilinestrings(geoms)):
        return False
    start, end = _endpoints(geoms)
    ids, _ = _node_ids(np.vstack([start, end]))
    degree = np.bincount(ids)
    dangle = np.flatnonzero(degree[ids] == 1)
    if len(dangle) == 0:
        return True
    pts = shapely.points(np.vstack([start, end])[dangle])
    own = dangle % len(geoms)
    hit, line = shapely.STRtree(geoms).query(pts, predicate="dwithin", distance=tolerance)
    return not (line != own[hit]).any()


def _join_dangles(
    geoms: np.ndarray, levels: np.ndarray, tolerance: float
) -> tuple[np.ndarray, list[tuple[int, np.ndarray]], int]:
    """Steps 2-3: move dangling ends onto nearby ends or lines.

    Returns new geometries, split requests ``(line, xy)`` and the number of ends moved.
    """
    n = len(geoms)
    start, end = _endpoints(geoms)
    xy = np.vstack([start, end])
    ids, nodes = _node_ids(xy)
    degree = np.bincount(ids)
    dangle = np.flatnonzero(degree[ids] == 1)
    new_xy = xy.copy()
    moved = np.zeros(2 * n, dtype=bool)
    if len(dangle):
        # ends near other ends: link each dangle to its nearest end of another line
        tree = shapely.STRtree(shapely.points(nodes))
        src, cand = tree.query(shapely.points(xy[dangle]), predicate="dwithin", distance=tolerance)
        end_of = dangle[src]
        other_end = ids[(end_of + n) % (2 * n)]
        keep = (cand != ids[end_of]) & (cand != other_end)
        src, cand = src[keep], cand[keep]
        if len(src):
            dist = np.hypot(*(nodes[cand] - xy[dangle[src]]).T)
            order = np.lexsort((dist, src))
            first = np.r_[True, src[order][1:] != src[order][:-1]]
            a, b = ids[dangle[src[order][first]]], cand[order][first]
            graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(len(nodes), len(nodes)))
            _, comp = connected_components(graph, directed=False)
            # representative: the highest-degree node of each component
            rank = pd.DataFrame({"comp": comp, "deg": degree, "node": np.arange(len(nodes))})
            rep = rank.sort_values(["comp", "deg", "node"], ascending=[True, False, True])
            rep = rep.drop_duplicates("comp").set_index("comp")["node"]
            target = rep.reindex(comp).to_numpy()
            new_xy = nodes[target[ids]]
            moved = (new_xy != xy).any(axis=1)
    # ends near the side of another line (T-junction without a vertex)
    ids2, _ = _node_ids(new_xy)
    still = np.flatnonzero(np.bincount(ids2)[ids2] == 1)
    splits: list[tuple[int, np.ndarray]] = []
    if len(still):
        pts = shapely.points(new_xy[still])
        src, line = shapely.STRtree(geoms).query(pts, predicate="dwithin", distance=tolerance)
        own = still[src] % n
        keep = (line != own) & (levels[line] == levels[own])
        src, line = src[keep], line[keep]
        if len(src):
            dist = shapely.distance(pts[src], geoms[line])
            order = np.lexsort((dist, src))
            first = np.r_[True, src[order][1:] != src[order][:-1]]
            src, line = src[order][first], line[order][first]
            along = shapely.line_locate_point(geoms[line], pts[src])
            snapped = shapely.get_coordinates(shapely.line_interpolate_point(geoms[line], along))
            for s, ln, p in zip(src, line, snapped, strict=True):
                new_xy[still[s]] = p
                moved[still[s]] = True
                splits.append((int(ln), p))
    if moved.any():
        geoms = _set_endpoints(geoms, new_xy[:n], new_xy[n:])
    return geoms, splits, int(moved.sum())


def _set_endpoints(geoms: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Replace the first and last coordinates of every line."""
    coords = shapely.get_coordinates(geoms)
    counts = shapely.get_num_coordinates(geoms)
    last = np.cumsum(counts) - 1
    coords[last - counts + 1] = start
    coords[last] = end
    return shapely.set_coordinates(geoms.copy(), coords)


def _crossing_splits(geoms: np.ndarray, levels: np.ndarray) -> list[tuple[int, np.ndarray]]:
    """Step 4: points where two lines of the same level meet away from their ends."""
    a, b = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    keep = (a < b) & (levels[a] == levels[b])
    a, b = a[keep], b[keep]
    if len(a) == 0:
        return []
    inter = shapely.intersection(geoms[a], geoms[b])
    coords, idx = shapely.get_coordinates(inter, return_index=True)
    start, end = _endpoints(geoms)
    out: list[tuple[int, np.ndarray]] = []
    for side in (a, b):
        line = side[idx]
        at_end = (coords == start[line]).all(axis=1) | (coords == end[line]).all(axis=1)
        out.extend(zip(line[~at_end].tolist(), coords[~at_end], strict=True))
    return out


def _snap_to_ends(pts: np.ndarray, geoms: np.ndarray, eps: float) -> np.ndarray:
    """Replace cut points within ``eps`` of a line end by that end's exact coordinates."""
    start, end = _endpoints(geoms)
    _, nodes = _node_ids(np.vstack([start, end]))
    src, node = shapely.STRtree(shapely.points(nodes)).query_nearest(
        shapely.points(pts), max_distance=eps, all_matches=False
    )
    pts = pts.copy()
    pts[src] = nodes[node]
    return pts


def _split_line(coords: np.ndarray, cuts: list[np.ndarray], eps: float) -> list[np.ndarray]:
    """Cut one line's coordinates at the given points (which lie on it)."""
    line = shapely.linestrings(coords)
    pts = np.array(cuts)
    along = shapely.line_locate_point(line, shapely.points(pts))
    seg = np.r_[0.0, np.cumsum(np.hypot(*np.diff(coords, axis=0).T))]
    order = np.argsort(along, kind="stable")
    pieces: list[np.ndarray] = []
    current = [coords[0]]
    vi = 1
    last_cut = 0.0
    for k in order:
        d, p = along[k], pts[k]
        if d <= last_cut + eps or d >= seg[-1] - eps:
            continue
        while vi < len(coords) - 1 and seg[vi] < d - eps:
            current.append(coords[vi])
            vi += 1
        if vi < len(coords) - 1 and abs(seg[vi] - d) <= eps:
            vi += 1  # the cut replaces this vertex
        current.append(p)
        pieces.append(np.array(current))
        current = [p]
        last_cut = d
    current.extend(coords[vi:])
    pieces.append(np.array(current))
    return pieces


def node_lines(
    geoms: np.ndarray, *, tolerance: float, levels: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, int]:
    """Join near-misses and split at junctions (steps 2-4 of the module doc).

    Parameters
    ----------
    geoms
        LineString array in any CRS.
    tolerance
        Join distance in CRS units.
    levels
        Integer level of each line (0 at grade); crossings between levels are kept apart.

    Returns
    -------
    geoms : numpy.ndarray
        The segments.
    source : numpy.ndarray
        For each segment, the index of the input line it comes from.
    repairs : int
        Ends moved plus cuts made.
    """
    n = len(geoms)
    levels = np.zeros(n, dtype=int) if levels is None else np.asarray(levels)
    geoms, splits, repairs = _join_dangles(geoms, levels, tolerance)
    splits += _crossing_splits(geoms, levels)
    if not splits:
        return geoms, np.arange(n), repairs
    eps = tolerance * 1e-6
    pts = _snap_to_ends(np.array([p for _, p in splits]), geoms, eps * 10)
    by_line: dict[int, list[np.ndarray]] = {}
    for (line, _), p in zip(splits, pts, strict=True):
        by_line.setdefault(line, []).append(p)
    out_geoms: list[object] = []
    source: list[int] = []
    cuts = 0
    for i, g in enumerate(geoms):
        if i not in by_line:
            out_geoms.append(g)
            source.append(i)
            continue
        pieces = _split_line(shapely.get_coordinates(g), by_line[i], eps)
        cuts += len(pieces) - 1
        for piece in pieces:
            out_geoms.append(shapely.linestrings(piece))
            source.append(i)
    return np.array(out_geoms, dtype=object), np.array(source), repairs + cuts


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


def _metre_lengths(geoms: np.ndarray, crs: CRS) -> np.ndarray:
    """Line lengths in metres (projected to UTM for geographic CRS)."""
    if crs.is_geographic:
        series = gpd.GeoSeries(geoms, crs=crs)
        return series.to_crs(series.estimate_utm_crs()).length.to_numpy()
    return shapely.length(geoms) * float(crs.axis_info[0].unit_conversion_factor or 1.0)


def exact_duplicates(geoms: np.ndarray, oneway: np.ndarray) -> np.ndarray:
    """Mask of lines that repeat an earlier line exactly (all but the first of each group).

    Two-way lines are duplicates when they have the same coordinates in either direction;
    one-way lines when they have the same coordinates in the same direction (two one-way
    lines in opposite directions are a two-way street and both stay).
    """
    raw = shapely.to_wkb(geoms)
    norm = shapely.to_wkb(shapely.normalize(geoms))
    key = pd.DataFrame({"oneway": oneway, "key": np.where(oneway, raw, norm)})
    return key.duplicated().to_numpy()


def repair_topology(
    roads: gpd.GeoDataFrame,
    *,
    tolerance_m: float = 3.0,
    levels: np.ndarray | None = None,
    rows: np.ndarray | None = None,
) -> tuple[gpd.GeoDataFrame, TopologyReport]:
    """Bring a line layer to the topology contract and keep its largest connected part.

    Parameters
    ----------
    roads
        LineString rows (exploded), CRS set.
    tolerance_m
        Line ends closer than this (metres) to another line are joined to it.
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
    oneway = roads["oneway"].to_numpy(bool) if "oneway" in roads else np.zeros(len(roads), bool)
    dup = exact_duplicates(roads.geometry.to_numpy(), oneway)
    if dup.any():
        report.duplicates = int(dup.sum())
        report.note(
            f"{report.duplicates} exact duplicate lines removed (the same line twice, in the "
            f"same or reversed direction; the first row is kept): {rows_text(rows[dup])}",
            level=logging.WARNING,
        )
        roads = roads.loc[~dup]
        levels = None if levels is None else np.asarray(levels)[~dup]
    geoms = roads.geometry.to_numpy()
    tol = tolerance_m / metres_per_unit(roads.crs, geoms) if len(geoms) else 0.0
    if obeys_contract(geoms, tolerance=tol):
        logger.info("topology: %d segments already meet only at their ends", len(geoms))
        out = roads
    else:
        new, source, report.repairs = node_lines(geoms, tolerance=tol, levels=levels)
        keep = shapely.length(new) > 0
        new, source = new[keep], source[keep]
        dup = pd.Series(shapely.to_wkb(shapely.normalize(new))).duplicated().to_numpy()
        if dup.any():
            report.note(f"{int(dup.sum())} duplicate segments removed", level=logging.WARNING)
        new, source = new[~dup], source[~dup]
        out = roads.iloc[source].copy()
        out = out.set_geometry(gpd.GeoSeries(new, index=out.index, crs=roads.crs))
        report.note(f"topology: {report.repairs} joins/splits made; {len(out)} segments")
    out = out.reset_index(drop=True)
    return _keep_largest(out, report)


def _largest_part(geoms: np.ndarray, labels: np.ndarray) -> int:
    """Label of the longest part; equal lengths go to the part with the lowest-left vertex.

    The choice depends only on the geometries, never on row order or part numbering.
    """
    start = shapely.get_coordinates(shapely.get_point(geoms, 0))
    frame = pd.DataFrame(
        {"part": labels, "m": shapely.length(geoms), "x": start[:, 0], "y": start[:, 1]}
    )
    parts = frame.groupby("part").agg(m=("m", "sum"), x=("x", "min"), y=("y", "min"))
    parts["m"] = parts["m"].round(6)  # sums in different orders differ in the last bits
    parts = parts.sort_values(["m", "x", "y"], ascending=[False, True, True], kind="stable")
    return int(parts.index[0])


def _keep_largest(
    roads: gpd.GeoDataFrame, report: TopologyReport
) -> tuple[gpd.GeoDataFrame, TopologyReport]:
    """Drop every connected part but the longest; list the dropped parts in ``report``."""
    geoms = roads.geometry.to_numpy()
    report.parts, labels = part_labels(geoms)
    if report.parts <= 1:
        return roads, report
    best = _largest_part(geoms, labels)
    drop = labels != best
    metres = _metre_lengths(geoms[drop], roads.crs)
    frame = pd.DataFrame({"part": labels[drop], "m": metres, "i": np.flatnonzero(drop)})
    summary = frame.groupby("part").agg(n=("m", "size"), m=("m", "sum"), i=("i", "first"))
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

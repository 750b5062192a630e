"""Generate the SYNTHETIC demo city: roads, centres and households as GeoDataFrames."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely

from mataram_gis.demo import attributes as att
from mataram_gis.demo import layout
from mataram_gis.demo import names as dn
from mataram_gis.demo import network as net
from mataram_gis.demo import population as pop
from mataram_gis.demo.inventory import add_inventory

log = logging.getLogger(__name__)

ROAD_COLUMNS = [
    "name", "highway", "condition", "oneway", "authority", "surface", "width_m",
    "maxspeed_kmh", "synthetic", "nomor_ruas", "status", "fungsi", "perkerasan", "iri",
]  # fmt: skip
HOUSEHOLDS_PER_SCALE = 20_000


@dataclass(frozen=True, eq=False)
class DemoData:
    """The synthetic demo data set (all frames in EPSG:32750, all rows ``synthetic``).

    Attributes
    ----------
    roads : geopandas.GeoDataFrame
        Road segments, schema "roads" of docs/INTERNALS.md: one row per link between
        junctions.
    centres : geopandas.GeoDataFrame
        Industrial centres, schema "centres".
    households : geopandas.GeoDataFrame
        Poor households, schema "households".
    rivers : geopandas.GeoDataFrame or None
        River centre lines (``name``, ``synthetic``); roads cross them only on bridges.
    districts : geopandas.GeoDataFrame or None
        The six kecamatan of Kota Mataram as invented polygons (``district``,
        ``synthetic``).
    """

    roads: gpd.GeoDataFrame
    centres: gpd.GeoDataFrame
    households: gpd.GeoDataFrame
    rivers: gpd.GeoDataFrame | None = None
    districts: gpd.GeoDataFrame | None = None


def _orient(node_seq: np.ndarray, seq_ptr: np.ndarray, flip: np.ndarray) -> np.ndarray:
    """Reverse the node sequences of the flagged segments."""
    seg = np.repeat(np.arange(len(seq_ptr) - 1), np.diff(seq_ptr))
    pos = np.arange(len(node_seq))
    mirrored = seq_ptr[seg] + seq_ptr[seg + 1] - 1 - pos
    return node_seq[np.where(flip[seg], mirrored, pos)]


def _roads(rng: np.random.Generator, lay: layout.Layout):
    g = net.largest_component(net.build_graph(rng, lay))
    chain_edge, node_seq, seq_ptr = net.merge_chains(g)
    cls, name_id, sb = g.cls[chain_edge], g.name[chain_edge], g.sb[chain_edge]
    u, v = node_seq[seq_ptr[:-1]], node_seq[seq_ptr[1:] - 1]
    n_seg = len(cls)
    nx = len(lay.xs)
    # One-way: the arterial pair, plus a few residential streets between junctions.
    deg = np.bincount(np.concatenate([u, v]), minlength=len(g.xy))
    want_dir = np.zeros(n_seg)  # +1 eastbound, -1 westbound, 0 any
    for j, d in lay.oneway_h.items():
        want_dir[sb == -1 - (nx + j)] = d
    oneway = want_dir != 0
    res = (cls == dn.RESIDENTIAL) & (deg[u] >= 3) & (deg[v] >= 3) & (u != v)
    oneway |= res & (rng.random(n_seg) < 0.05)
    dx = g.xy[v, 0] - g.xy[u, 0]
    flip = (want_dir * dx < 0) | ((want_dir == 0) & (rng.random(n_seg) < 0.5))
    node_seq = _orient(node_seq, seq_ptr, flip)
    u, v = node_seq[seq_ptr[:-1]], node_seq[seq_ptr[1:] - 1]
    oneway = att.fix_strong_connectivity(u, v, oneway, len(g.xy))
    lines = net.to_lines(lay, g.xy, node_seq, seq_ptr)

    n_sb = lay.kind.size
    shift = np.append(rng.uniform(-0.15, 0.15, n_sb), 0.0)
    sb_i = np.where(sb >= 0, sb, n_sb)
    names = np.asarray(g.names_table, dtype=object)[name_id].astype(str)
    attrs = att.road_attributes(rng, cls, names, shift[sb_i])
    roads = gpd.GeoDataFrame(
        {
            "name": names,
            "highway": np.asarray(dn.CLASSES, dtype=object)[cls].astype(str),
            "condition": attrs["condition"],
            "oneway": oneway,
            "authority": attrs["authority"],
            "surface": attrs["surface"],
            "width_m": attrs["width_m"],
            "maxspeed_kmh": attrs["maxspeed_kmh"],
            "synthetic": np.ones(n_seg, dtype=bool),
        },
        geometry=lines,
        crs=dn.CRS_UTM,
    )
    return roads, g, cls, sb, u, v, deg


def _kampung_fields(rng: np.random.Generator, lay: layout.Layout, sb: np.ndarray):
    """Per-segment kampung intensity and poverty index."""
    kind = lay.kind.ravel()
    inten = np.array([pop.KIND_INTENSITY[int(k)] for k in kind]) * rng.lognormal(0, 0.6, kind.size)
    xe, ye = lay.xedges, lay.yedges
    cx, cy = np.meshgrid(0.5 * (xe[1:] + xe[:-1]), 0.5 * (ye[1:] + ye[:-1]), indexing="ij")
    dist = layout.district_of(cx.ravel(), cy.ravel())
    dnames = [d[0] for d in dn.DISTRICTS]
    pov = 0.45 + rng.normal(0, 0.2, kind.size)
    pov += np.where(kind == layout.KAMPUNG, 0.2, 0.0) - np.where(kind == layout.SUBURB, 0.15, 0.0)
    pov += np.isin(dist, [dnames.index("Ampenan"), dnames.index("Sandubaya")]) * 0.1
    # the poorest kampung have the highest household density too
    inten *= 0.6 + pov.clip(0, 1)
    inten, pov = np.append(inten, 0.3), np.append(pov.clip(0, 1), 0.4)
    sb_i = np.where(sb >= 0, sb, kind.size)
    return inten[sb_i], pov[sb_i]


def _rivers_frame(lay: layout.Layout) -> gpd.GeoDataFrame:
    x = np.arange(lay.box[0], lay.box[2] + 1.0, 20.0)
    geoms = [
        shapely.LineString(layout.warp(lay, np.stack([x, layout.river_y(r, x)], 1)))
        for r in lay.rivers
    ]
    return gpd.GeoDataFrame(
        {"name": [r[0] for r in lay.rivers], "synthetic": True}, geometry=geoms, crs=dn.CRS_UTM
    )


def _districts_frame(lay: layout.Layout) -> gpd.GeoDataFrame:
    x0, y0, x1, y1 = dn.MATARAM_BOX
    w, h = (x1 - x0) / 3, (y1 - y0) / 2
    geoms, names = [], []
    for nm, c, r in dn.DISTRICTS:
        ring = shapely.box(x0 + c * w, y0 + r * h, x0 + (c + 1) * w, y0 + (r + 1) * h)
        xy = shapely.get_coordinates(shapely.segmentize(ring, 50.0))
        geoms.append(shapely.Polygon(layout.warp(lay, xy)))
        names.append(nm)
    return gpd.GeoDataFrame({"district": names, "synthetic": True}, geometry=geoms, crs=dn.CRS_UTM)


def make_demo(*, scale: int = 1, seed: int = 2023) -> DemoData:
    """Generate the synthetic demo city.

    Parameters
    ----------
    scale : int, default 1
        Size factor K >= 1: the city covers about K times Mataram's area with about K times
        the roads (>= 10,000 segments at K = 1), households (20,000 K) and centres.
    seed : int, default 2023
        Random seed; the same seed and scale always give equal frames.

    Returns
    -------
    DemoData
        Roads, centres and households (plus rivers and districts), EPSG:32750.

    Raises
    ------
    ValueError
        If ``scale`` is not a positive integer.
    """
    if isinstance(scale, bool) or not isinstance(scale, (int, np.integer)) or scale < 1:
        raise ValueError(f"scale must be a positive integer, got {scale!r}")
    scale = int(scale)
    t0 = time.perf_counter()
    rng = np.random.default_rng([seed, scale])
    lay = layout.make_layout(rng, scale)
    roads, g, cls, sb, u, _v, deg = _roads(rng, lay)
    roads = add_inventory(roads, seed=seed)
    lines = np.asarray(roads.geometry.array, dtype=object)

    # Centres near junctions of residential / collector streets.
    cand_seg = np.flatnonzero(np.isin(cls, (dn.TERTIARY, dn.RESIDENTIAL)))
    cand = np.unique(u[cand_seg][deg[u[cand_seg]] >= 3])
    cand_world = layout.warp(lay, g.xy[cand])
    ids, cnames, sectors, cxy = pop.make_centres(rng, scale, g.xy[cand], cand_world)
    centres = gpd.GeoDataFrame(
        {
            "centre_id": np.asarray(ids, dtype=str),
            "name": np.asarray(cnames, dtype=str),
            "sector": np.asarray(sectors, dtype=str),
            "synthetic": np.ones(len(ids), dtype=bool),
        },
        geometry=shapely.points(cxy),
        crs=dn.CRS_UTM,
    )
    inten, pov = _kampung_fields(rng, lay, sb)
    hh = pop.make_households(rng, lines, cls, inten, pov, ids, cxy, HOUSEHOLDS_PER_SCALE * scale)
    households = gpd.GeoDataFrame(
        {
            "household_id": hh["household_id"].astype(str),
            "weight": hh["weight"],
            "category": hh["category"],
            "centre": hh["centre"].astype(str),
            "synthetic": np.ones(len(hh["weight"]), dtype=bool),
        },
        geometry=shapely.points(hh["xy"]),
        crs=dn.CRS_UTM,
    )
    data = DemoData(roads, centres, households, _rivers_frame(lay), _districts_frame(lay))
    log.info(
        "synthetic demo city (scale %d, seed %d): %d road segments, %d centres, "
        "%d households in %.2f s",
        scale, seed, len(roads), len(centres), len(households), time.perf_counter() - t0,
    )  # fmt: skip
    return data

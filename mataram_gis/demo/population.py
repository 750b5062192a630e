"""Industrial centres and poor households of the SYNTHETIC demo city.

Households are invented points: clustered in kampung (superblock intensity times a per-road
random factor), placed beside roads (most within ~50 m), a few deeper in the blocks and a
handful far outside the network so that snapping reports have something to show.
"""

from __future__ import annotations

import numpy as np
import shapely

from mataram_gis.demo import layout
from mataram_gis.demo import names as dn

SECTOR_PREFIX = {
    "perhiasan mutiara & perak": "Sentra Perak",
    "kerajinan cukli": "Sentra Cukli",
    "tahu tempe": "Sentra Tahu Tempe",
    "pande besi": "Sentra Pande Besi",
    "tenun": "Sentra Tenun",
    "gerabah": "Sentra Gerabah",
}
#: Households per km of road, relative, by class code.
CLASS_FACTOR = np.array([0.15, 0.2, 0.5, 0.4, 1.0, 1.7, 0.3, 0.25])
KIND_INTENSITY = {
    layout.GRID: 0.8,
    layout.KAMPUNG: 2.4,
    layout.SUBURB: 0.6,
    layout.SAWAH: 0.35,
    layout.EMPTY: 0.0,
}
P_DESIL_RICH = np.array([0.08, 0.17, 0.33, 0.42])
P_DESIL_POOR = np.array([0.40, 0.33, 0.17, 0.10])


def n_centres(scale: int) -> int:
    """Number of industrial centres: 8 at scale 1, about 6 per scale unit, at most 60."""
    return len(dn.CENTRES) if scale == 1 else min(6 * scale, 60)


def make_centres(
    rng: np.random.Generator,
    scale: int,
    cand_design: np.ndarray,
    cand_world: np.ndarray,
) -> tuple[list[str], list[str], list[str], np.ndarray]:
    """Place the centres near candidate junctions (design and warped coordinates).

    Returns ids, names, sectors and (k, 2) world coordinates.
    """
    dist = layout.district_of(cand_design[:, 0], cand_design[:, 1])
    # keep centres off the edge of the city (at least 600 m inside the candidates' box)
    lo, hi = cand_design.min(0) + 600.0, cand_design.max(0) - 600.0
    inner = np.all((lo < cand_design) & (cand_design < hi), axis=1)
    dist = np.where(inner, dist, -2)
    dnames = [d[0] for d in dn.DISTRICTS]
    chosen: list[int] = []
    # distance of every candidate to its nearest chosen centre, updated once per pick
    nearest = np.full(len(cand_world), np.inf)
    ids, names, sectors = [], [], []
    sector_list = list(SECTOR_PREFIX)
    for k in range(n_centres(scale)):
        if k < len(dn.CENTRES):
            nm, sector, district = dn.CENTRES[k]
            pool = np.flatnonzero(dist == dnames.index(district))
        else:
            sector = sector_list[k % len(sector_list)]
            place = dn.EXTRA_PLACES[(k - len(dn.CENTRES)) % len(dn.EXTRA_PLACES)]
            rep = (k - len(dn.CENTRES)) // len(dn.EXTRA_PLACES)
            nm = f"{SECTOR_PREFIX[sector]} {place}{dn.ROMAN[rep % 6]}"
            pool = np.flatnonzero(inner)
        if len(pool) == 0:
            pool = np.arange(len(cand_design))
        pool = rng.permutation(pool)
        pick = int(pool[0])
        if chosen:
            d = nearest[pool]
            far = np.flatnonzero(d > 900.0)
            pick = int(pool[far[0]]) if len(far) else int(pool[np.argmax(d)])
        chosen.append(pick)
        step = cand_world - cand_world[pick]
        nearest = np.minimum(nearest, np.hypot(step[:, 0], step[:, 1]))
        ids.append(f"C{k + 1:02d}")
        names.append(nm)
        sectors.append(sector)
    ang = rng.uniform(0, 2 * np.pi, len(chosen))
    off = rng.uniform(12.0, 35.0, len(chosen))
    xy = cand_world[chosen] + np.stack([np.cos(ang), np.sin(ang)], 1) * off[:, None]
    return ids, names, sectors, xy


def make_households(
    rng: np.random.Generator,
    lines: np.ndarray,
    cls: np.ndarray,
    intensity: np.ndarray,
    poverty: np.ndarray,
    centre_ids: list[str],
    centre_xy: np.ndarray,
    n: int,
) -> dict[str, np.ndarray]:
    """Households beside the roads, clustered where ``intensity`` is high.

    Parameters
    ----------
    lines : numpy.ndarray of shapely.LineString
        Road segments (world coordinates).
    cls : numpy.ndarray
        Class code of each segment.
    intensity, poverty : numpy.ndarray
        Per-segment kampung intensity (>= 0) and poverty index (0..1).
    centre_ids, centre_xy : list of str, numpy.ndarray
        The centres, for the ~10% of households tied to a particular centre.
    n : int
        Number of households.
    """
    length = shapely.length(lines)
    w = intensity * length * CLASS_FACTOR[cls] * rng.lognormal(0.0, 0.9, len(lines))
    # Households come in groups (extended-family compounds along the same road).
    n_grp = max(1, n // 3)
    g_seg = rng.choice(len(lines), size=n_grp, p=w / w.sum())
    g_t = rng.random(n_grp) * length[g_seg]
    grp = rng.integers(0, n_grp, n)
    seg = g_seg[grp]
    t = np.clip(g_t[grp] + rng.normal(0.0, 12.0, n), 0.0, length[seg])
    p0 = shapely.get_coordinates(shapely.line_interpolate_point(lines[seg], t))
    p1 = shapely.get_coordinates(shapely.line_interpolate_point(lines[seg], t + 1.0))
    pm = shapely.get_coordinates(shapely.line_interpolate_point(lines[seg], t - 1.0))
    tan = p1 - pm
    tan /= np.maximum(np.hypot(*tan.T), 1e-9)[:, None]
    normal = np.stack([-tan[:, 1], tan[:, 0]], 1) * rng.choice([-1.0, 1.0], n)[:, None]
    u = rng.random(n)
    off = np.where(u < 0.88, 3.0 + np.abs(rng.normal(0, 14.0, n)), rng.uniform(40.0, 260.0, n))
    xy = p0 + normal * off[:, None]

    # A handful far from any road (rice fields east of the city).
    n_far = max(5, round(0.0004 * n))
    far = rng.choice(n, n_far, replace=False)
    tree = shapely.STRtree(lines)
    _, by0, bx1, by1 = shapely.total_bounds(lines)
    todo = far
    for _ in range(30):
        cand = np.stack(
            [bx1 + rng.uniform(700.0, 2500.0, len(todo)), rng.uniform(by0, by1, len(todo))], 1
        )
        _, d = tree.query_nearest(shapely.points(cand), return_distance=True, all_matches=False)
        ok = d > 520.0
        xy[todo[ok]] = cand[ok]
        todo = todo[~ok]
        if len(todo) == 0:
            break

    pov = poverty[seg]
    probs = (1 - pov)[:, None] * P_DESIL_RICH + pov[:, None] * P_DESIL_POOR
    desil = (rng.random(n)[:, None] > np.cumsum(probs, 1)).sum(1).clip(0, 3) + 1
    weight = rng.choice(np.arange(5), size=n, p=[0.07, 0.63, 0.19, 0.08, 0.03]).astype(float)
    centre = np.full(n, "", dtype=object)
    fixed = np.flatnonzero(rng.random(n) < 0.10)
    if len(fixed) and len(centre_ids):
        d = np.hypot(*(xy[fixed][:, None] - centre_xy[None]).transpose(2, 0, 1))
        p = np.exp(-d / 2500.0)
        p /= p.sum(1, keepdims=True)
        pick = (rng.random(len(fixed))[:, None] > np.cumsum(p, 1)).sum(1)
        centre[fixed] = np.asarray(centre_ids, dtype=object)[pick.clip(0, len(centre_ids) - 1)]
    width = max(6, len(str(n)))
    return {
        "household_id": np.array([f"H{i:0{width}d}" for i in range(1, n + 1)], dtype=object),
        "weight": weight,
        "category": desil.astype(np.int64),
        "centre": centre,
        "xy": xy,
    }

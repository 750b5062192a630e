"""Local streets of one superblock of the SYNTHETIC demo city (design space).

A superblock (the land between main roads) is filled with a rotated, irregular, jittered
lattice of residential streets; gang (alley) spurs dead-end into the blocks; streets at the
edge of the lattice are extended ("connectors") until they meet a main road. Planarity holds
by construction: lattice jitter is bounded, spurs stay in disjoint parts of their block,
and connectors leave the lattice's convex hull along lattice lines (crossings between two
connectors are removed later by ``network.repair_crossings``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mataram_gis.demo import layout
from mataram_gis.demo import names as dn

#: Global table of names: index 0 is "" (unnamed).
NAMES: list[str] = [""]
_RES0 = len(NAMES)
NAMES += [f"{n}{r}" for n in dn.RESIDENTIAL_NAMES for r in dn.ROMAN]
_GANG0 = len(NAMES)
NAMES += [f"{n}{r}" for n in dn.GANG_NAMES for r in dn.ROMAN]
_NAMES_END = len(NAMES)

# kind: (sx range, sy range, angle half-range, skew, jitter, drop, spur rate, gang row share)
PARAMS = {
    layout.GRID: ((150, 210), (85, 120), 0.06, 0.0, 0.04, 0.04, 0.30, 0.10),
    layout.KAMPUNG: ((110, 180), (70, 115), 0.75, 0.2, 0.13, 0.14, 0.60, 0.40),
    layout.SUBURB: ((170, 250), (85, 125), 0.8, 0.05, 0.05, 0.06, 0.20, 0.05),
    layout.SAWAH: ((220, 380), (180, 300), 0.5, 0.15, 0.15, 0.40, 0.05, 0.0),
}


@dataclass
class Local:
    """Streets of one superblock: nodes, edges and connectors to the main roads."""

    nodes: np.ndarray  # (n, 2)
    edges: np.ndarray  # (m, 2) local node indices
    cls: np.ndarray  # (m,) class code
    name: np.ndarray  # (m,) index into NAMES
    conn_node: np.ndarray  # (k,) local node index where a connector starts
    conn_end: np.ndarray  # (k, 2) where it meets the main road
    conn_line: np.ndarray  # (k,) main-road id: i for xs[i], len(xs) + j for ys[j]
    conn_cls: np.ndarray
    conn_name: np.ndarray


def _line_names(rng: np.random.Generator, n: int, gang_share: float, sawah: bool):
    """Class and name id of each lattice line."""
    u = rng.random(n)
    if sawah:
        cls = np.where(u < 0.6, dn.TRACK, np.where(u < 0.8, dn.SERVICE, dn.UNCLASSIFIED))
        name = np.zeros(n, dtype=np.int64)
        return cls, name
    gang = u < gang_share
    cls = np.where(gang, dn.GANG, dn.RESIDENTIAL)
    res = rng.integers(_RES0, _GANG0, n)
    gng = rng.integers(_GANG0, _NAMES_END, n)
    name = np.where(gang, gng, res)
    unnamed = rng.random(n) < np.where(gang, 0.5, 0.2)
    name[unnamed] = 0
    return cls, name


def superblock(
    rng: np.random.Generator,
    rect: tuple[float, float, float, float],
    kind: int,
    road_sides: tuple[int, int, int, int],
) -> Local | None:
    """Generate the local streets of one superblock.

    Parameters
    ----------
    rng : numpy.random.Generator
        Random source.
    rect : tuple of float
        ``(xa, ya, xb, yb)`` of the superblock in design space.
    kind : int
        Superblock kind (``layout.GRID`` ...).
    road_sides : tuple of int
        Main-road id on the west, south, east, north side, or -1 where there is none.

    Returns
    -------
    Local or None
        None for empty superblocks.
    """
    if kind == layout.EMPTY:
        return None
    (sx0, sx1), (sy0, sy1), ang, skew, jit, drop, spur, gang_share = PARAMS[kind]
    xa, ya, xb, yb = rect
    sx, sy = rng.uniform(sx0, sx1), rng.uniform(sy0, sy1)
    th = rng.uniform(-ang, ang)
    u = np.array([np.cos(th), np.sin(th)])
    th2 = th + np.pi / 2 + rng.uniform(-skew, skew)
    v = np.array([np.cos(th2), np.sin(th2)])
    smin = min(sx, sy)
    margin = np.array([12.0 + 0.45 * smin if s >= 0 else 3.0 for s in road_sides])
    lo = np.array([xa + margin[0], ya + margin[1]])
    hi = np.array([xb - margin[2], yb - margin[3]])
    if np.any(hi - lo < smin):
        return None
    centre = 0.5 * (lo + hi) + rng.uniform(-0.5, 0.5, 2) * np.array([sx, sy])
    rad = 0.5 * np.hypot(xb - xa, yb - ya) / 0.8 + max(sx, sy)
    na, nb = int(rad / (0.7 * sx)) + 1, int(rad / (0.7 * sy)) + 1
    ga = np.cumsum(rng.uniform(0.7, 1.3, 2 * na + 1) * sx)
    gb = np.cumsum(rng.uniform(0.7, 1.3, 2 * nb + 1) * sy)
    ga -= ga[na]
    gb -= gb[nb]
    ma, mb = np.meshgrid(ga, gb, indexing="ij")
    pos = centre + ma[..., None] * u + mb[..., None] * v  # (2na+1, 2nb+1, 2)
    keep = np.all((lo <= pos) & (pos <= hi), axis=-1)
    if keep.sum() < 2:
        return None
    jit_abs = jit * smin
    pos = pos + rng.uniform(-jit_abs, jit_abs, pos.shape)
    pos = np.clip(pos, np.array([xa + 4, ya + 4]), np.array([xb - 4, yb - 4]))
    ni, nj = keep.shape
    idx = np.full(keep.shape, -1, dtype=np.int64)
    idx[keep] = np.arange(keep.sum())
    nodes = [pos[keep]]
    n_nodes = int(keep.sum())

    # Lattice edges: H along u (i -> i+1, row j), V along v (j -> j+1, column i).
    row_cls, row_name = _line_names(rng, nj, gang_share, kind == layout.SAWAH)
    col_cls, col_name = _line_names(rng, ni, gang_share, kind == layout.SAWAH)
    h_ok = keep[:-1, :] & keep[1:, :] & (rng.random((ni - 1, nj)) >= drop)
    v_ok = keep[:, :-1] & keep[:, 1:] & (rng.random((ni, nj - 1)) >= drop)
    full = keep[:-1, :-1] & keep[1:, :-1] & keep[:-1, 1:] & keep[1:, 1:]  # cells (i, j)
    fullp = np.pad(full, 1)  # fullp[i + 1, j + 1] == full[i, j]

    edges, cls, name = [], [], []
    rows = []  # spur requests: (edge key, cell i, cell j, side, a, b-list)
    hi_, hj = np.nonzero(h_ok)
    vi, vj = np.nonzero(v_ok)
    # Side choice: H edge (i, j) borders cell (i, j) above (bottom side) and (i, j-1) below.
    h_up = rng.random(len(hi_)) < 0.5
    h_ci, h_cj = hi_, np.where(h_up, hj, hj - 1)
    h_spur = fullp[h_ci + 1, h_cj + 1] & (rng.random(len(hi_)) < spur)
    v_right = rng.random(len(vi)) < 0.5
    v_ci, v_cj = np.where(v_right, vi, vi - 1), vj
    v_spur = fullp[v_ci + 1, v_cj + 1] & (rng.random(len(vi)) < spur)
    for ii, jj, up, has, c_i, c_j, horiz in (
        (hi_, hj, h_up, h_spur, h_ci, h_cj, True),
        (vi, vj, v_right, v_spur, v_ci, v_cj, False),
    ):
        a_node = idx[ii, jj]
        b_node = idx[ii + 1, jj] if horiz else idx[ii, jj + 1]
        e_cls = row_cls[jj] if horiz else col_cls[ii]
        e_name = row_name[jj] if horiz else col_name[ii]
        plain = ~has
        edges.append(np.stack([a_node[plain], b_node[plain]], 1))
        cls.append(e_cls[plain])
        name.append(e_name[plain])
        rows.append((a_node[has], b_node[has], c_i[has], c_j[has], up[has], horiz, e_cls[has],
                     e_name[has]))  # fmt: skip

    for a_node, b_node, c_i, c_j, up, horiz, e_cls, e_name in rows:
        k = len(a_node)
        if k == 0:
            continue
        c00, c10 = pos[c_i, c_j], pos[c_i + 1, c_j]
        c01, c11 = pos[c_i, c_j + 1], pos[c_i + 1, c_j + 1]
        a0 = rng.uniform(0.32, 0.68, k)
        d = rng.uniform(0.12, 0.27, k) if kind != layout.KAMPUNG else rng.uniform(0.15, 0.27, k)
        a1 = rng.uniform(0.3, 0.7, k)
        bend = (rng.random(k) < 0.45) & (np.abs(a1 - a0) > 0.08)

        def st(a, b, horiz=horiz, up=up):
            # edge-local (a along the edge, b depth into the cell) -> cell (s, t)
            if horiz:  # edge is the cell's bottom (up) or top side
                return a, np.where(up, b, 1 - b)
            return np.where(up, b, 1 - b), a  # left (up=right-cell) or right side

        def bil(s, t, c00=c00, c10=c10, c01=c01, c11=c11):
            s, t = s[:, None], t[:, None]
            return (1 - s) * (1 - t) * c00 + s * (1 - t) * c10 + (1 - s) * t * c01 + s * t * c11

        anchor = bil(*st(a0, np.zeros(k)))
        tip1 = bil(*st(a0, d))
        tip2 = bil(*st(a1, d))
        base = n_nodes
        ids_anchor = base + np.arange(k)
        ids_tip1 = base + k + np.arange(k)
        ids_tip2 = base + 2 * k + np.arange(k)
        nodes += [anchor, tip1, tip2]
        n_nodes += 3 * k
        # split the street at the anchor
        edges += [np.stack([a_node, ids_anchor], 1), np.stack([ids_anchor, b_node], 1)]
        cls += [e_cls, e_cls]
        name += [e_name, e_name]
        s_cls = np.full(k, dn.TRACK if kind == layout.SAWAH else dn.GANG)
        s_name = rng.integers(_GANG0, _NAMES_END, k)
        s_name[rng.random(k) < 0.55] = 0
        edges.append(np.stack([ids_anchor, ids_tip1], 1))
        cls.append(s_cls)
        name.append(s_name)
        edges.append(np.stack([ids_tip1[bend], ids_tip2[bend]], 1))
        cls.append(s_cls[bend])
        name.append(s_name[bend])

    # Connectors: from lattice nodes whose neighbour in a lattice direction is missing.
    kp = np.pad(keep, 1)
    ki, kj = np.nonzero(keep)
    conn = []
    for di, dj, dvec in ((1, 0, u), (-1, 0, -u), (0, 1, v), (0, -1, -v)):
        missing = ~kp[ki + 1 + di, kj + 1 + dj]
        p = pos[ki[missing], kj[missing]]
        with np.errstate(divide="ignore", invalid="ignore"):
            tx = np.where(dvec[0] > 0, (xb - p[:, 0]) / dvec[0], (xa - p[:, 0]) / dvec[0])
            ty = np.where(dvec[1] > 0, (yb - p[:, 1]) / dvec[1], (ya - p[:, 1]) / dvec[1])
        tx = np.where(np.isfinite(tx) & (tx > 0), tx, np.inf)
        ty = np.where(np.isfinite(ty) & (ty > 0), ty, np.inf)
        t = np.minimum(tx, ty)
        side = np.where(tx <= ty, np.where(dvec[0] > 0, 2, 0), np.where(dvec[1] > 0, 3, 1))
        end = p + t[:, None] * dvec
        end[side == 0, 0] = xa
        end[side == 2, 0] = xb
        end[side == 1, 1] = ya
        end[side == 3, 1] = yb
        line = np.asarray(road_sides)[side]
        along = np.where(side % 2 == 0, end[:, 1], end[:, 0])
        lo_s = np.where(side % 2 == 0, ya, xa)
        hi_s = np.where(side % 2 == 0, yb, xb)
        spacing = sx if di else sy
        ok = (
            (line >= 0)
            & (t < 1.9 * spacing + 12.0)
            & (along - lo_s > 22.0)
            & (hi_s - along > 22.0)
            & (rng.random(len(t)) < (0.7 if kind == layout.SAWAH else 0.92))
        )
        line_cls = (row_cls[kj[missing]] if di else col_cls[ki[missing]])[ok]
        line_name = (row_name[kj[missing]] if di else col_name[ki[missing]])[ok]
        conn.append((idx[ki[missing], kj[missing]][ok], end[ok], line[ok], line_cls, line_name))
    cn = [np.concatenate([c[k] for c in conn]) for k in range(5)]
    return Local(
        np.concatenate(nodes),
        np.concatenate(edges).astype(np.int64),
        np.concatenate(cls).astype(np.int64),
        np.concatenate(name).astype(np.int64),
        cn[0].astype(np.int64),
        cn[1].reshape(-1, 2),
        cn[2].astype(np.int64),
        cn[3].astype(np.int64),
        cn[4].astype(np.int64),
    )

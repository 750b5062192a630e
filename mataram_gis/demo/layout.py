"""Large-scale layout of the SYNTHETIC demo city: extent, arterial grid, districts, rivers, warp.

Everything is first laid out in a straight "design space" (UTM 50S metres) where planarity
is easy to guarantee, then bent by a smooth injective warp so that the city looks organic.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mataram_gis.demo import names as dn

#: Superblock kinds.
GRID, KAMPUNG, SUBURB, SAWAH, EMPTY = range(5)


@dataclass(frozen=True)
class Layout:
    """The coarse structure of the city in design space.

    Attributes
    ----------
    box : tuple of float
        Design extent ``(x0, y0, x1, y1)``.
    xs, ys : numpy.ndarray
        Positions of the interior north-south (``xs``) and east-west (``ys``) main roads.
    vclass, hclass : numpy.ndarray
        Road class code of each main road.
    vname, hname : list of str
        Name of each main road (``hname_west`` overrides west of ``xs`` middle).
    kind : numpy.ndarray
        Superblock kind, shape ``(len(xs) + 1, len(ys) + 1)``.
    rivers : list of tuple
        ``(name, yc, amps, waves, phases)`` of each river, ``y = yc + sum(a sin(k x + p))``.
    bridge_v : numpy.ndarray
        ``(len(xs), n_rivers)`` bool: does north-south road ``i`` bridge river ``r``.
    warp : tuple of numpy.ndarray
        ``(amp, wave, phase)`` of the smooth displacement field.
    blocks : numpy.ndarray
        ``(n, 4)`` superblocks as inclusive cell ranges ``(i0, j0, i1, j1)``; two cells are
        merged where a collector stops short (a T-junction instead of a crossing).
    removed_v, removed_h : numpy.ndarray
        ``removed_v[i, j]``: north-south road ``i`` is missing in row ``j``; likewise
        ``removed_h[j, i]`` for east-west road ``j`` in column ``i``.
    """

    box: tuple[float, float, float, float]
    xs: np.ndarray
    ys: np.ndarray
    vclass: np.ndarray
    hclass: np.ndarray
    vname: list[str]
    hname: list[str]
    hname_west: dict[int, str]
    oneway_h: dict[int, int]
    kind: np.ndarray
    rivers: list[tuple[str, float, np.ndarray, np.ndarray, np.ndarray]]
    bridge_v: np.ndarray
    warp: tuple[np.ndarray, np.ndarray, np.ndarray]
    blocks: np.ndarray
    removed_v: np.ndarray
    removed_h: np.ndarray

    @property
    def xedges(self) -> np.ndarray:
        """Superblock column edges west..east (extent edges included)."""
        return np.concatenate([[self.box[0]], self.xs, [self.box[2]]])

    @property
    def yedges(self) -> np.ndarray:
        """Superblock row edges south..north (extent edges included)."""
        return np.concatenate([[self.box[1]], self.ys, [self.box[3]]])


def extent(scale: int) -> tuple[float, float, float, float]:
    """Design extent for ``scale``: Mataram's box, grown east, north and south by sqrt(scale)."""
    x0, y0, x1, y1 = dn.MATARAM_BOX
    f = float(np.sqrt(scale))
    w, h = (x1 - x0) * f, (y1 - y0) * f
    ym = 0.5 * (y0 + y1)
    return (x0, ym - h / 2, x0 + w, ym + h / 2)


def _gaps(rng: np.random.Generator, length: float, lo: float, hi: float) -> np.ndarray:
    """Irregular positions in (0, length) with gaps drawn in [lo, hi]."""
    g = rng.uniform(lo, hi, size=int(length / lo) + 2)
    pos = np.cumsum(g)
    pos = pos[pos < length - 0.6 * lo]
    return pos


def district_of(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Index into ``names.DISTRICTS`` of each design point, or -1 outside Kota Mataram."""
    x0, y0, x1, y1 = dn.MATARAM_BOX
    col = np.floor((np.asarray(x) - x0) / ((x1 - x0) / 3)).astype(int)
    row = np.floor((np.asarray(y) - y0) / ((y1 - y0) / 2)).astype(int)
    table = np.full((3, 2), -1)
    for k, (_, c, r) in enumerate(dn.DISTRICTS):
        table[c, r] = k
    inside = (col >= 0) & (col < 3) & (row >= 0) & (row < 2)
    out = np.full(col.shape, -1)
    out[inside] = table[col[inside], row[inside]]
    return out


def _arterial_names(n: int, pool: tuple[str, ...], offset: int) -> list[str]:
    out = []
    for k in range(n):
        if k < len(pool):
            out.append(pool[k])
        else:
            place = dn.EXTRA_PLACES[(k + offset) % len(dn.EXTRA_PLACES)]
            out.append(f"Jl. Raya {place}")
    return out


def make_layout(rng: np.random.Generator, scale: int) -> Layout:
    """Draw the arterial grid, superblock kinds, rivers and warp for ``scale``."""
    box = extent(scale)
    x0, y0, x1, y1 = box
    xs = x0 + _gaps(rng, x1 - x0, 600.0, 1250.0)
    ys = y0 + _gaps(rng, y1 - y0, 600.0, 1250.0)
    # The Selaparang / Pejanggik one-way pair: two east-west roads ~260 m apart near the
    # middle of Mataram.
    ymid = 0.5 * (dn.MATARAM_BOX[1] + dn.MATARAM_BOX[3]) + 300.0
    k = int(np.argmin(np.abs(ys - ymid)))
    ys = np.sort(np.concatenate([ys[np.abs(ys - ys[k]) > 600.0], [ys[k], ys[k] + 260.0]]))
    k_pej = int(np.argmin(np.abs(ys - ymid)))
    k_sel = k_pej + 1

    # Classes: roughly every second or third main road is an arterial, the rest collectors.
    vclass = np.where(rng.random(len(xs)) < 0.28, dn.SECONDARY, dn.TERTIARY)
    hclass = np.where(rng.random(len(ys)) < 0.25, dn.SECONDARY, dn.TERTIARY)
    vclass[rng.random(len(xs)) < 0.12] = dn.PRIMARY
    hclass[[k_pej, k_sel]] = dn.PRIMARY
    vclass[0] = dn.PRIMARY  # the coast road (Jl. Saleh Sungkar-like)
    art_v = np.flatnonzero(vclass <= dn.SECONDARY)
    art_h = [j for j in np.flatnonzero(hclass <= dn.SECONDARY)[::-1] if j not in (k_pej, k_sel)]
    vname = [""] * len(xs)
    hname = [""] * len(ys)
    for i, nm in zip(art_v, _arterial_names(len(art_v), dn.ARTERIAL_NS, 0), strict=True):
        vname[i] = nm
    pool_h = tuple(n for n in dn.ARTERIAL_EW if n not in ("Jl. Selaparang", "Jl. Pejanggik"))
    for j, nm in zip(art_h, _arterial_names(len(art_h), pool_h, 5), strict=True):
        hname[j] = nm
    hname[k_pej], hname[k_sel] = "Jl. Pejanggik", "Jl. Selaparang"
    coll = [i for i in range(len(xs)) if not vname[i]] + [
        len(xs) + j for j in range(len(ys)) if not hname[j]
    ]
    for c, idx in enumerate(rng.permutation(coll)):
        nm = dn.COLLECTOR[c % len(dn.COLLECTOR)]
        if c >= len(dn.COLLECTOR):
            nm = f"{nm}{dn.ROMAN[1 + (c // len(dn.COLLECTOR) - 1) % 5]}"
        if idx < len(xs):
            vname[idx] = nm
        else:
            hname[idx - len(xs)] = nm
    hname_west = {k_pej: dn.PEJANGGIK_WEST}
    oneway_h = {k_pej: +1, k_sel: -1}  # +1 eastbound, -1 westbound

    kind = _superblock_kinds(rng, box, xs, ys)
    rivers = _rivers(rng, box, ys, {k_pej, k_sel}, scale)
    bridge_v = (vclass[:, None] <= dn.SECONDARY) | (rng.random((len(xs), len(rivers))) < 0.3)
    bridge_v[0] = True
    n_w = 5
    ang = rng.uniform(0, np.pi, n_w)
    lam = rng.uniform(1800.0, 7000.0, n_w)
    wave = np.stack([np.cos(ang), np.sin(ang)], axis=1) * (2 * np.pi / lam)[:, None]
    amp_dir = rng.uniform(0, 2 * np.pi, n_w)
    amp_mag = 0.14 * lam / (2 * np.pi) * rng.uniform(0.6, 1.0, n_w)
    amp = np.stack([np.cos(amp_dir), np.sin(amp_dir)], axis=1) * amp_mag[:, None]
    phase = rng.uniform(0, 2 * np.pi, n_w)
    blocks, removed_v, removed_h = _merge_blocks(rng, vclass, hclass, kind.shape)
    return Layout(
        box, xs, ys, vclass, hclass, vname, hname, hname_west, oneway_h, kind, rivers,
        bridge_v, (amp, wave, phase), blocks, removed_v, removed_h,
    )  # fmt: skip


def _merge_blocks(
    rng: np.random.Generator, vclass: np.ndarray, hclass: np.ndarray, shape: tuple[int, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Merge some pairs of neighbouring cells across a collector that stops short."""
    ncx, ncy = shape
    used = np.zeros(shape, dtype=bool)
    removed_v = np.zeros((ncx - 1, ncy), dtype=bool)
    removed_h = np.zeros((ncy - 1, ncx), dtype=bool)
    blocks = []
    for flat in rng.permutation(ncx * ncy):
        i, j = divmod(int(flat), ncy)
        if used[i, j]:
            continue
        used[i, j] = True
        opts = []
        if i + 1 < ncx and not used[i + 1, j] and vclass[i] == 2:
            opts.append((i + 1, j))
        if j + 1 < ncy and not used[i, j + 1] and hclass[j] == 2:
            opts.append((i, j + 1))
        if opts and rng.random() < 0.55:
            i1, j1 = opts[int(rng.integers(len(opts)))]
            used[i1, j1] = True
            if i1 > i:
                removed_v[i, j] = True
            else:
                removed_h[j, i] = True
            blocks.append((i, j, i1, j1))
        else:
            blocks.append((i, j, i, j))
    return np.array(blocks, dtype=np.int64).reshape(-1, 4), removed_v, removed_h


def _superblock_kinds(
    rng: np.random.Generator, box: tuple[float, ...], xs: np.ndarray, ys: np.ndarray
) -> np.ndarray:
    xe = np.concatenate([[box[0]], xs, [box[2]]])
    ye = np.concatenate([[box[1]], ys, [box[3]]])
    cx, cy = np.meshgrid(0.5 * (xe[1:] + xe[:-1]), 0.5 * (ye[1:] + ye[:-1]), indexing="ij")
    # A smooth random field makes kinds cluster (whole kampung quarters, rice-field belts).
    f = np.zeros(cx.shape)
    for _ in range(3):
        a = rng.uniform(0, 2 * np.pi)
        lam = rng.uniform(3000, 7000)
        f += np.sin((np.cos(a) * cx + np.sin(a) * cy) * 2 * np.pi / lam + rng.uniform(0, 6.3))
    f = f / 3 + rng.normal(0, 0.35, cx.shape)
    kind = np.full(cx.shape, KAMPUNG)
    kind[f > 0.25] = SUBURB
    kind[f > 0.55] = GRID
    kind[f < -0.45] = SAWAH
    kind[(f < -0.75) & (rng.random(cx.shape) < 0.5)] = EMPTY
    # Cakranegara's planned grid; Ampenan's old kampung along the coast.
    dist = district_of(cx, cy)
    names = [d[0] for d in dn.DISTRICTS]
    cak = (dist == names.index("Cakranegara")) & (rng.random(cx.shape) < 0.7)
    kind[cak] = GRID
    kind[(dist == names.index("Ampenan")) & (kind != GRID)] = KAMPUNG
    kind[(dist >= 0) & (kind == EMPTY) & (rng.random(cx.shape) < 0.7)] = KAMPUNG
    return kind


def _rivers(
    rng: np.random.Generator,
    box: tuple[float, ...],
    ys: np.ndarray,
    avoid: set[int],
    scale: int,
) -> list[tuple[str, float, np.ndarray, np.ndarray, np.ndarray]]:
    """Rivers run west-east inside a band between two east-west main roads."""
    ye = np.concatenate([[box[1]], ys, [box[3]]])
    n_riv = max(3, round(3 * np.sqrt(scale)))
    bands = [
        b
        for b in range(len(ye) - 1)
        if ye[b + 1] - ye[b] > 560 and b not in avoid and (b - 1) not in avoid and b > 0
    ]
    bands = bands[: len(bands) - 1] if len(bands) > n_riv else bands
    take = np.linspace(0, len(bands) - 1, n_riv + 2)[1:-1].round().astype(int)
    chosen = sorted({bands[t] for t in take})
    out = []
    for r, b in enumerate(chosen):
        lo, hi = ye[b], ye[b + 1]
        room = 0.5 * (hi - lo) - 75.0
        yc = 0.5 * (lo + hi)
        lam = rng.uniform(1800.0, 4200.0, 2)
        amps = room * np.array([0.65, 0.35]) * rng.uniform(0.7, 1.0, 2)
        nm = dn.RIVERS[r % len(dn.RIVERS)]
        if r >= len(dn.RIVERS):
            nm = f"{nm}{dn.ROMAN[1 + (r // len(dn.RIVERS) - 1) % 5]}"
        out.append((nm, yc, amps, 2 * np.pi / lam, rng.uniform(0, 6.3, 2)))
    return out


def river_y(river: tuple, x: np.ndarray) -> np.ndarray:
    """The river's design-space y at ``x``."""
    _, yc, amps, waves, phases = river
    x = np.asarray(x, dtype=float)
    return yc + (amps[:, None] * np.sin(np.outer(waves, x) + phases[:, None])).sum(0).reshape(
        x.shape
    )


def warp(layout: Layout, xy: np.ndarray) -> np.ndarray:
    """Apply the smooth injective displacement field to design points ``(n, 2)``."""
    amp, wave, phase = layout.warp
    x0, y0 = layout.box[0], layout.box[1]
    p = xy - np.array([x0, y0])
    s = np.sin(p @ wave.T + phase)  # (n, n_w)
    return xy + s @ amp

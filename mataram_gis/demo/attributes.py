"""Road attributes of the SYNTHETIC demo city: condition, surface, width, authority, one-way.

Numbers here are invented but plausible for an Indonesian city: arterials are mostly in
good or fair condition, gang (alleys) are often damaged and paved with concrete (rabat beton)
or paving blocks.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from mataram_gis.demo import names as dn

CONDITIONS = np.array(["baik", "sedang", "rusak ringan", "rusak berat"], dtype=object)
# P(baik, sedang, rusak ringan, rusak berat) by class code
P_COND = np.array(
    [
        [0.62, 0.28, 0.08, 0.02],  # primary
        [0.50, 0.35, 0.12, 0.03],  # secondary
        [0.35, 0.40, 0.18, 0.07],  # tertiary
        [0.20, 0.35, 0.30, 0.15],  # unclassified
        [0.25, 0.35, 0.25, 0.15],  # residential
        [0.10, 0.25, 0.35, 0.30],  # gang
        [0.20, 0.35, 0.30, 0.15],  # service
        [0.05, 0.15, 0.35, 0.45],  # track
    ]
)
SURFACES = np.array(["asphalt", "concrete", "paving_stones", "compacted", "unpaved"], dtype=object)
P_SURF = np.array(
    [
        [1.00, 0.00, 0.00, 0.00, 0.00],
        [1.00, 0.00, 0.00, 0.00, 0.00],
        [0.92, 0.08, 0.00, 0.00, 0.00],
        [0.50, 0.10, 0.00, 0.30, 0.10],
        [0.55, 0.20, 0.10, 0.10, 0.05],
        [0.05, 0.45, 0.25, 0.15, 0.10],
        [0.40, 0.20, 0.00, 0.30, 0.10],
        [0.00, 0.00, 0.00, 0.40, 0.60],
    ]
)
# width range (m) by class
WIDTH = np.array(
    [[12, 16], [8, 12], [6, 8], [4.5, 6], [3.5, 6], [1.2, 3], [3, 5], [2.5, 4]], dtype=float
)
NATIONAL = {"Jl. Pejanggik", "Jl. Selaparang", "Jl. Langko", "Jl. Saleh Sungkar"}


def _pick(rng: np.random.Generator, probs: np.ndarray, shift: np.ndarray | None = None):
    """Sample one column index per row of ``probs`` (optionally skewing u by ``shift``)."""
    u = rng.random(len(probs))
    if shift is not None:
        u = np.clip(u + shift, 0.0, 1.0 - 1e-12)
    cum = np.cumsum(probs, axis=1)
    return (u[:, None] > cum).sum(1).clip(0, probs.shape[1] - 1)


def road_attributes(
    rng: np.random.Generator,
    cls: np.ndarray,
    name: np.ndarray,
    sb_shift: np.ndarray,
) -> dict[str, np.ndarray]:
    """Condition, surface, width, authority and speed limit of each segment.

    Parameters
    ----------
    rng : numpy.random.Generator
        Random source.
    cls : numpy.ndarray
        Class code per segment.
    name : numpy.ndarray of str
        Street name per segment.
    sb_shift : numpy.ndarray
        Neighbourhood quality shift in [-0.2, 0.2] (positive: more damage).
    """
    n = len(cls)
    cond = _pick(rng, P_COND[cls], sb_shift)
    sprob = P_SURF[cls].copy()
    bad = cond == 3
    sprob[bad & (cls >= dn.RESIDENTIAL)] = [0.15, 0.2, 0.15, 0.25, 0.25]
    surf = _pick(rng, sprob)
    lo, hi = WIDTH[cls, 0], WIDTH[cls, 1]
    width = np.round((lo + rng.random(n) * (hi - lo)) * 2) / 2
    width[(cls >= dn.UNCLASSIFIED) & (rng.random(n) < 0.12)] = np.nan
    auth = np.full(n, "kota", dtype=object)
    auth[cls == dn.PRIMARY] = "provinsi"
    auth[np.isin(name, list(NATIONAL))] = "nasional"
    name_hash = np.array([sum(map(ord, s)) for s in name], dtype=np.int64)
    auth[(cls == dn.SECONDARY) & (name_hash % 2 == 0)] = "provinsi"
    auth[np.isin(cls, (dn.SERVICE, dn.TRACK))] = ""
    speed = np.full(n, np.nan)
    r = rng.random(n)
    speed[(cls == dn.PRIMARY) & (r < 0.3)] = 50.0
    speed[(cls == dn.SECONDARY) & (r < 0.2)] = 40.0
    speed[(cls == dn.GANG) & (r < 0.03)] = 10.0
    return {
        "condition": CONDITIONS[cond].astype(str),
        "surface": SURFACES[surf].astype(str),
        "width_m": width,
        "authority": auth.astype(str),
        "maxspeed_kmh": speed,
    }


def fix_strong_connectivity(
    u: np.ndarray, v: np.ndarray, oneway: np.ndarray, n_nodes: int, *, rounds: int = 4
) -> np.ndarray:
    """Make one-way segments two-way until all nodes lie in one strong component."""
    oneway = oneway.copy()
    for _ in range(rounds):
        src = np.concatenate([u, v[~oneway]])
        dst = np.concatenate([v, u[~oneway]])
        adj = sparse.coo_matrix((np.ones(len(src)), (src, dst)), shape=(n_nodes, n_nodes))
        _, lab = connected_components(adj, directed=True, connection="strong")
        used = np.zeros(n_nodes, dtype=bool)
        used[u] = used[v] = True
        big = np.argmax(np.bincount(lab[used]))
        bad = oneway & ((lab[u] != big) | (lab[v] != big))
        if not bad.any():
            break
        oneway[bad] = False
    return oneway

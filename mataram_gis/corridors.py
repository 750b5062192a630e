"""Corridors (ruas jalan): segments grouped into roads, ranked by whole-road upgrade benefit.

Engineers programme works per road, not per link. A corridor is

- a *named* road: the segments sharing one name that are connected to each other (two
  separate streets with the same name are two corridors), or
- an *unnamed* chain: unnamed segments joined at nodes that are plain continuations
  (exactly two segments meet there and no named road touches it). An unnamed link between
  two junctions is a corridor of its own.

Its benefit is the exact benefit of upgrading all its candidate segments at once,
evaluated exactly (:class:`mataram_gis.upgrades.UpgradeState`), which equals recomputing
all shortest paths with those upgrades applied (checked against brute force in tests).
"""

from __future__ import annotations

import logging

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.problem import MS_PER_HOUR, UpgradeProblem

logger = logging.getLogger(__name__)

#: Columns of the ``corridors`` layer, in order (plus geometry).
CORRIDOR_COLUMNS: tuple[str, ...] = (
    "corridor_id", "name", "segments", "segment_ids", "length_m", "cost", "benefit",
    "households_benefiting", "benefit_per_cost", "rank",
)  # fmt: skip


def node_degree(seg_u: np.ndarray, seg_v: np.ndarray, n_nodes: int) -> np.ndarray:
    """Number of segment ends at each node (a closed loop counts twice)."""
    return np.bincount(np.concatenate([seg_u, seg_v]), minlength=n_nodes)


def corridor_labels(
    seg_u: np.ndarray, seg_v: np.ndarray, names: np.ndarray, *, n_nodes: int
) -> np.ndarray:
    """Corridor label of each segment (``0..k-1``, ordered by first segment row).

    Parameters
    ----------
    seg_u, seg_v
        End nodes of each segment.
    names
        Street name of each segment (``""``: unnamed).
    n_nodes
        Number of nodes.
    """
    n = len(seg_u)
    names = np.asarray(names, object)
    named = names != ""
    deg = node_degree(seg_u, seg_v, n_nodes)
    named_node = np.zeros(n_nodes, bool)
    named_node[seg_u[named]] = True
    named_node[seg_v[named]] = True
    # Segment-end incidences: join two segments meeting at a node when they continue.
    ends = np.concatenate([seg_u, seg_v])
    seg = np.concatenate([np.arange(n), np.arange(n)])
    key = np.unique(names, return_inverse=True)[1].ravel()
    order = np.lexsort((seg, ends, key[seg]))
    e, s = ends[order], seg[order]
    same = (e[1:] == e[:-1]) & (key[s[1:]] == key[s[:-1]]) & (s[1:] != s[:-1])
    a, b = s[:-1][same], s[1:][same]
    unnamed_ok = (deg[e[1:][same]] == 2) & ~named_node[e[1:][same]]
    keep = named[a] | unnamed_ok
    a, b = a[keep], b[keep]
    adj = coo_matrix((np.ones(len(a)), (a, b)), shape=(n, n))
    _, labels = connected_components(adj, directed=False)
    # Renumber by first row so labels are stable and deterministic.
    first = np.full(labels.max() + 1 if n else 0, n, np.int64)
    np.minimum.at(first, labels, np.arange(n))
    rank = np.argsort(np.argsort(first, kind="stable"), kind="stable")
    return rank[labels].astype(np.int64)


def corridor_members(labels: np.ndarray) -> list[np.ndarray]:
    """Rows of each corridor, in label order."""
    order = np.argsort(labels, kind="stable")
    cuts = np.flatnonzero(np.diff(labels[order])) + 1
    return np.split(order, cuts) if len(labels) else []


def rank_corridors(
    problem: UpgradeProblem,
    segments: gpd.GeoDataFrame,
    *,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> gpd.GeoDataFrame:
    """The ``corridors`` layer: each road's exact whole-corridor upgrade benefit and rank.

    Parameters
    ----------
    problem
        The upgrade problem (rows = rows of ``segments``).
    segments
        The ``segments`` layer the problem was built from (for geometry).
    progress, cancel
        Job callbacks (:mod:`mataram_gis.jobs`).

    Returns
    -------
    geopandas.GeoDataFrame
        :data:`CORRIDOR_COLUMNS` and a MultiLineString geometry, sorted by rank
        (corridors without a candidate segment last, rank NA).
    """
    from mataram_gis.upgrades import UpgradeState

    progress(0.0, "grouping segments into corridors")
    labels = corridor_labels(problem.seg_u, problem.seg_v, problem.names, n_nodes=problem.n_nodes)
    members = corridor_members(labels)
    check_cancel(cancel)
    cand_members = [rows[problem.candidate[rows]] for rows in members]
    progress(0.2, f"evaluating {len(members)} corridors exactly")
    state = UpgradeState(problem)
    gain = np.zeros(len(members))
    households = np.zeros(len(members), np.int64)
    for i, rows in enumerate(cand_members):
        if i % 200 == 0:
            check_cancel(cancel)
            progress(0.2 + 0.7 * i / max(1, len(members)), "evaluating corridors")
        gain[i], households[i] = state.gain_and_households(rows)
    check_cancel(cancel)
    progress(0.9, "building the corridors layer")
    cost = np.array([float(problem.cost[r].sum()) for r in cand_members])
    benefit = gain / MS_PER_HOUR
    geoms = segments.geometry.to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        bpc = np.where(cost > 0, benefit / cost, np.nan)
    frame = gpd.GeoDataFrame(
        {
            "corridor_id": [f"K{i + 1:05d}" for i in range(len(members))],
            "name": [str(problem.names[r[0]]) for r in members],
            "segments": [len(r) for r in members],
            "segment_ids": [
                " ".join(str(x) for x in np.sort(problem.segment_ids[r])) for r in members
            ],
            "length_m": [float(problem.length_m[r].sum()) for r in members],
            "cost": cost,
            "benefit": benefit,
            "households_benefiting": households.astype(np.int64),
            "benefit_per_cost": bpc,
        },
        geometry=[shapely.multilinestrings(list(geoms[r])) for r in members],
        crs=segments.crs,
    )
    has_cand = np.array([len(r) > 0 for r in cand_members], bool)
    ranked = frame.loc[has_cand].sort_values(
        ["benefit", "benefit_per_cost", "corridor_id"], ascending=[False, False, True]
    )
    rank = pd.Series(pd.NA, index=frame.index, dtype="Int64")
    rank.loc[ranked.index] = np.arange(1, len(ranked) + 1)
    frame["rank"] = rank
    out = frame.sort_values(["rank", "corridor_id"], na_position="last").reset_index(drop=True)
    progress(1.0, "corridors done")
    logger.info("%d corridors, %d with candidate segments", len(out), int(has_cand.sum()))
    return out[[*CORRIDOR_COLUMNS, "geometry"]]

"""Upgrade sets and closures with households on points of segments (``snap = "segment"``).

With point-on-segment snapping a household sits *inside* a segment: it rides along it to
either end (towards ``u`` only where the segment is two-way), at the segment's speed, so
upgrading its own segment speeds up its ride too. Everything that evaluates a *set* of
upgrades (ruas, portfolio, programme, equity tables, Monte Carlo) runs on an
:class:`~mataram_gis.problem.UpgradeProblem` whose graph is the network with every such
segment split at its households' points (:class:`SplitLayout`): one virtual node per
distinct point, the parts of a segment upgraded together. The split graph is an ordinary
graph, so the exact set machinery (:mod:`mataram_gis.set_gains`,
:class:`mataram_gis.upgrades.UpgradeState`) runs on it unchanged and stays equal to brute
force (:func:`mataram_gis.oracle.split_set_benefit`, tests/test_snap_sets.py).

The model (shared with :mod:`mataram_gis.snapping` and the oracle):

- a household at fraction ``f`` of a segment with ``0 < f < 1`` is *inside* it; one with
  ``f == 0`` (or ``1``) stands at the junction ``u`` (or ``v``) and leaves by any road;
- while the segment takes ``t`` ms, the point is ``round(f t)`` ms from ``u`` and
  ``t - round(f t)`` from ``v`` (whatever ``t`` is: before, after an upgrade, in a Monte
  Carlo stratum), so the parts of a segment always add up to its time; a part may take
  0 ms (two points within half a millisecond);
- a closure of its own segment sends it walking on to its *alternative*: the nearest
  point of the nearest other usable segment leading to a centre, within the snapping
  distance; the extra walk (ms) is part of its loss; without an alternative, or with no
  route from it, it is stranded (:func:`mataram_gis.snap_closure.split_closure_losses`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from mataram_gis.engine import Demand, DirectedGraph, SegmentBenefits, build_graph

#: Upgraded time given to split rows so the single-edge engine skips them.
_NO_GAIN = np.int64(1) << np.int64(61)


def position(frac: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Milliseconds from ``u`` of the point at fraction ``frac`` of a segment taking ``t``."""
    t = np.maximum(np.asarray(t, np.int64), 0)
    return np.clip(np.rint(np.asarray(frac, float) * t), 0, t).astype(np.int64)


@dataclass(frozen=True, eq=False)
class SplitLayout:
    """The virtual split of a problem's segments at its households' points.

    Attributes
    ----------
    n_base
        Nodes of the unsplit network; virtual node ``i`` is node ``n_base + i``.
    vrow, vfrac
        Row (segment) and fraction of each virtual node, sorted by row then fraction.
    part_u, part_v, part_row, part_lo, part_hi
        Parts of every row (an unsplit row is one part ``0..1``): end nodes, row and the
        fractions of their ends.
    hh_row, hh_frac
        Each household's segment row and fraction (``-1``: at its ``node``, not snapped).
    alt_row, alt_frac, alt_extra_ms
        Its alternative point (``alt_row = -1``: none) and the extra walk to it (ms).
    """

    n_base: int
    vrow: np.ndarray
    vfrac: np.ndarray
    part_u: np.ndarray
    part_v: np.ndarray
    part_row: np.ndarray
    part_lo: np.ndarray
    part_hi: np.ndarray
    hh_row: np.ndarray
    hh_frac: np.ndarray
    alt_row: np.ndarray
    alt_frac: np.ndarray
    alt_extra_ms: np.ndarray

    @property
    def n_nodes(self) -> int:
        """Nodes of the split graph."""
        return self.n_base + len(self.vrow)

    @property
    def split_rows(self) -> np.ndarray:
        """Boolean per row: the row has at least one household inside it."""
        n_rows = int(self.part_row.max()) + 1 if len(self.part_row) else 0
        return np.bincount(self.vrow, minlength=n_rows) > 0

    def part_times(self, row_ms: np.ndarray) -> np.ndarray:
        """Time of each part while the rows take ``row_ms`` (parts add up to their row)."""
        t = np.asarray(row_ms, np.int64)[self.part_row]
        return position(self.part_hi, t) - position(self.part_lo, t)


def make_layout(
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    hh_row: np.ndarray,
    hh_frac: np.ndarray,
    *,
    n_base: int,
    alt_row: np.ndarray | None = None,
    alt_frac: np.ndarray | None = None,
    alt_extra_ms: np.ndarray | None = None,
) -> tuple[SplitLayout, np.ndarray]:
    """The layout of households at (``hh_row``, ``hh_frac``) and each one's graph node.

    Households with ``hh_row = -1`` get node ``-1`` here (the caller keeps theirs).
    """
    seg_u = np.asarray(seg_u, np.int64)
    seg_v = np.asarray(seg_v, np.int64)
    n_rows = len(seg_u)
    row = np.asarray(hh_row, np.int64)
    frac = np.asarray(hh_frac, float)
    inner = (row >= 0) & (frac > 0.0) & (frac < 1.0)
    idx = np.flatnonzero(inner)
    order = np.lexsort((frac[idx], row[idx]))
    r_s, f_s = row[idx][order], frac[idx][order]
    new = np.ones(len(r_s), bool)
    new[1:] = (r_s[1:] != r_s[:-1]) | (f_s[1:] != f_s[:-1])
    vrow = r_s[new].astype(np.int64)
    vfrac = f_s[new].astype(float)
    node = np.full(len(row), -1, np.int64)
    safe = np.maximum(row, 0)
    at_u = (row >= 0) & (frac <= 0.0)
    at_v = (row >= 0) & (frac >= 1.0)
    node[at_u] = seg_u[safe][at_u]
    node[at_v] = seg_v[safe][at_v]
    node[idx[order]] = n_base + np.cumsum(new) - 1
    cnt = np.bincount(vrow, minlength=n_rows)
    n_parts = cnt + 1
    part_row = np.repeat(np.arange(n_rows, dtype=np.int64), n_parts)
    j = np.arange(len(part_row)) - np.repeat(np.cumsum(n_parts) - n_parts, n_parts)
    v0 = np.repeat(np.cumsum(cnt) - cnt, n_parts)  # first virtual node of the row
    last = j == cnt[part_row]
    first = j == 0
    prev = np.where(first, 0, v0 + j - 1)
    here = np.where(last, 0, v0 + j)
    pad = np.concatenate([vfrac, [0.0]])
    layout = SplitLayout(
        n_base=int(n_base),
        vrow=vrow,
        vfrac=vfrac,
        part_u=np.where(first, seg_u[part_row], n_base + prev).astype(np.int64),
        part_v=np.where(last, seg_v[part_row], n_base + here).astype(np.int64),
        part_row=part_row,
        part_lo=np.where(first, 0.0, pad[prev]),
        part_hi=np.where(last, 1.0, pad[here]),
        hh_row=np.where(row >= 0, row, -1),
        hh_frac=frac,
        alt_row=np.full(len(row), -1, np.int64) if alt_row is None else np.asarray(alt_row),
        alt_frac=np.zeros(len(row)) if alt_frac is None else np.asarray(alt_frac, float),
        alt_extra_ms=(
            np.zeros(len(row), np.int64) if alt_extra_ms is None else np.asarray(alt_extra_ms)
        ),
    )
    return layout, node


def split_graph(layout: SplitLayout, oneway: np.ndarray, row_ms: np.ndarray) -> DirectedGraph:
    """The split graph while rows take ``row_ms``; ``segment``/``fwd_seg`` give the row.

    ``graph.cache["part"]`` holds each edge's part (for per-edge upgraded times).
    """
    g = build_graph(layout.part_u, layout.part_v, np.asarray(oneway, bool)[layout.part_row],
                    layout.part_times(row_ms), n_nodes=layout.n_nodes)  # fmt: skip
    g.cache["part"] = g.segment
    return dataclasses.replace(
        g, segment=layout.part_row[g.segment], fwd_seg=layout.part_row[g.fwd_seg]
    )


def edge_times(layout: SplitLayout, graph: DirectedGraph, row_ms: np.ndarray) -> np.ndarray:
    """Per edge of a :func:`split_graph`, its time while the rows take ``row_ms``."""
    return layout.part_times(row_ms)[graph.cache["part"]]


def single_benefits(
    problem: object,
    graph: DirectedGraph,
    demand: Demand,
    fields: np.ndarray,
    segments: np.ndarray | None,
) -> SegmentBenefits:
    """Exact gain of upgrading each row alone on ``graph`` (a split graph, current times).

    Rows with no household inside them are one edge (each way): the engine's single-edge
    search applies. A split row changes several edges at once: it is evaluated as a set
    (:func:`mataram_gis.set_gains.gains_on`, unpruned).
    """
    from mataram_gis.engine import node_demand, upgrade_benefits
    from mataram_gis.set_gains import gains_on

    p = problem
    layout: SplitLayout = p.split  # type: ignore[attr-defined]
    n_rows = p.n_segments  # type: ignore[attr-defined]
    split = layout.split_rows
    rows = np.arange(n_rows) if segments is None else np.asarray(segments, np.int64)
    after = np.where(split, _NO_GAIN, p.after_ms)  # type: ignore[attr-defined]
    plain = rows[~split[rows]]
    res = upgrade_benefits(graph, p.seg_u, p.seg_v, p.oneway, after, demand,  # type: ignore[attr-defined]
                           fields=fields, segments=plain)  # fmt: skip
    wsec, hh = res.weighted_seconds.copy(), res.households.copy()
    hsec = res.household_seconds.copy()
    own = rows[split[rows]]
    if len(own):
        weight, count = node_demand(demand, n_nodes=graph.n_nodes, n_groups=fields.shape[1])
        gain, households, hh_ms = gains_on(
            graph, fields, p.edge_after_ms, [np.array([r]) for r in own], weight, count,  # type: ignore[attr-defined]
            n_rows=n_rows,
        )  # fmt: skip
        wsec[own] = gain / 1000.0
        hh[own] = households
        hsec[own] = hh_ms / 1000.0
    return SegmentBenefits(weighted_seconds=wsec, households=hh, household_seconds=hsec)


def layout_from_origins(
    segments: object, origins: object, demand: Demand, *, n_nodes: int
) -> tuple[SplitLayout | None, Demand]:
    """The layout written in the ``origins`` layer (``snap_segment_id``, ``snap_fraction``,
    ``snap_walk_s`` and the ``snap_alt_*`` columns) and the demand at the points.

    None (and ``demand`` unchanged) when no household is snapped to a segment.
    """
    o = origins
    seg_ids = segments["segment_id"].to_numpy(np.int64)  # type: ignore[index]
    use = np.asarray(demand.node) >= 0

    def rows_of(col: str) -> np.ndarray:
        if col not in o:  # type: ignore[operator]
            return np.full(len(use), -1, np.int64)
        sid = np.where(use, o[col].fillna(-1).to_numpy(np.int64), -1)  # type: ignore[index]
        order = np.argsort(seg_ids, kind="stable")
        pos = np.minimum(np.searchsorted(seg_ids, sid, sorter=order), len(order) - 1)
        row = order[pos]
        return np.where((sid >= 0) & (seg_ids[row] == sid), row, -1).astype(np.int64)

    def col(name: str) -> np.ndarray:
        if name not in o:  # type: ignore[operator]
            return np.zeros(len(use))
        return o[name].fillna(0.0).to_numpy(float)  # type: ignore[index]

    row = rows_of("snap_segment_id")
    if not (row >= 0).any():
        return None, demand
    alt = rows_of("snap_alt_segment_id")
    extra = np.rint(col("snap_alt_walk_s") * 1000.0) - np.rint(col("snap_walk_s") * 1000.0)
    layout, node = make_layout(
        segments["u"].to_numpy(np.int64), segments["v"].to_numpy(np.int64),  # type: ignore[index]
        row, col("snap_fraction"), n_base=n_nodes, alt_row=alt,
        alt_frac=col("snap_alt_fraction"), alt_extra_ms=extra.astype(np.int64),
    )  # fmt: skip
    node = np.where(row >= 0, node, demand.node).astype(np.int64)
    return layout, dataclasses.replace(demand, node=node)

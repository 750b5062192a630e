"""Vulnerability with households on points of segments (``snap = "segment"``), exact.

The closure analysis of :mod:`mataram_gis.criticality` relies on every edge taking at
least 1 ms (the shortest-path edges then form an acyclic graph). The split network of
:mod:`mataram_gis.snap_split` may have 0 ms parts, so closures run on a *closure network*
with the same times but no zero cycle: the points of a segment at the same millisecond
share a node, and on a two-way segment a point at 0 ms from ``u`` (or ``v``) hangs from it
by a one-way 0 ms edge (it reaches its centre exactly as ``u`` does, and no route passes
it). Closing a segment cuts all its parts.

What a closure does to the households inside the closed segment (documented choice): they
walk on to their *alternative* point (``snap_alt_*`` of ``origins``: the nearest point of
the nearest other segment leading to a centre, within the snapping distance); their loss
is the extra walk plus the change in network time. Without an alternative, or with no
route from it, they count as stranded. A household never counts a gain from a closure
(an alternative can be quicker than its nearest road; it is then not delayed). Households
at a junction (fraction 0 or 1) stay there. Brute force:
:func:`mataram_gis.oracle.split_closures`.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from mataram_gis import kernels_closure
from mataram_gis.criticality import ClosureLosses
from mataram_gis.engine import _shift, build_graph, distance_fields, node_demand
from mataram_gis.snap_split import SplitLayout, position


def closure_network(
    layout: SplitLayout, seg_u: np.ndarray, seg_v: np.ndarray, oneway: np.ndarray,
    before_ms: np.ndarray,
) -> tuple[object, np.ndarray, np.ndarray]:  # fmt: skip
    """The closure network: its graph (``segment`` = row), the node of each virtual node
    of ``layout`` and the owner row of each node (``-1``: a junction)."""
    seg_u = np.asarray(seg_u, np.int64)
    seg_v = np.asarray(seg_v, np.int64)
    two_way = ~np.asarray(oneway, bool)
    t = np.asarray(before_ms, np.int64)
    n_rows = len(seg_u)
    r = layout.vrow
    p = position(layout.vfrac, t[r])
    end = two_way[r] & ((p == 0) | (p == t[r]))
    # pendants: one per (row, end); chain nodes: one per (row, position)
    key = np.where(end, np.where(p == 0, -1, -2), p)
    order = np.lexsort((key, r))
    new = np.ones(len(r), bool)
    new[1:] = (r[order][1:] != r[order][:-1]) | (key[order][1:] != key[order][:-1])
    cid = np.empty(len(r), np.int64)
    cid[order] = np.cumsum(new) - 1
    n_c = int(new.sum())
    base = layout.n_base
    node_of_v = base + cid
    c_row = r[order][new]
    c_key = key[order][new]
    c_pos = np.where(c_key == -1, 0, np.where(c_key == -2, t[c_row], c_key))
    c_end = c_key < 0
    owner = np.concatenate([np.full(base, -1, np.int64), c_row])
    # pendant edges x -> u (or v), 0 ms, one-way
    pe = np.flatnonzero(c_end)
    pu = base + pe
    pv = np.where(c_key[pe] == -1, seg_u[c_row[pe]], seg_v[c_row[pe]])
    # chains: u -> x1 -> ... -> v over the non-pendant nodes, sorted by position
    ch = np.flatnonzero(~c_end)  # already sorted by row then position
    cnt = np.bincount(c_row[ch], minlength=n_rows)
    n_parts = cnt + 1
    prow = np.repeat(np.arange(n_rows, dtype=np.int64), n_parts)
    j = np.arange(len(prow)) - np.repeat(np.cumsum(n_parts) - n_parts, n_parts)
    v0 = np.repeat(np.cumsum(cnt) - cnt, n_parts)
    first, last = j == 0, j == cnt[prow]
    chn = np.concatenate([ch, [n_c]]).astype(np.int64)
    c_pos = np.concatenate([c_pos, [0]])
    prev = chn[np.where(first, len(ch), v0 + j - 1)]
    here = chn[np.where(last, len(ch), v0 + j)]
    a_node = np.where(first, seg_u[prow], base + prev)
    b_node = np.where(last, seg_v[prow], base + here)
    a_pos = np.where(first, 0, c_pos[prev])
    b_pos = np.where(last, t[prow], c_pos[here])
    cu = np.concatenate([a_node, pu]).astype(np.int64)
    cv = np.concatenate([b_node, pv]).astype(np.int64)
    crow = np.concatenate([prow, c_row[pe]])
    ow = np.concatenate([~two_way[prow], np.ones(len(pe), bool)])
    ct = np.concatenate([b_pos - a_pos, np.zeros(len(pe), np.int64)])
    ct = np.where(t[crow] >= 0, ct, -1)
    g = build_graph(cu, cv, ow, ct, n_nodes=base + n_c)
    g = dataclasses.replace(g, segment=crow[g.segment], fwd_seg=crow[g.fwd_seg])
    return g, node_of_v, owner


def split_closure_losses(problem: object) -> ClosureLosses:
    """Exact loss of closing each row of a problem with ``split`` (see the module notes)."""
    p = problem
    sp: SplitLayout = p.split  # type: ignore[attr-defined]
    d = p.demand  # type: ignore[attr-defined]
    seg_u, seg_v = p.seg_u, p.seg_v  # type: ignore[attr-defined]
    before = np.asarray(p.before_ms, np.int64)  # type: ignore[attr-defined]
    two_way = ~np.asarray(p.oneway, bool)  # type: ignore[attr-defined]
    n_rows = len(seg_u)
    g, node_of_v, owner = closure_network(sp, seg_u, seg_v, p.oneway, before)  # type: ignore[attr-defined]
    pad = np.concatenate([node_of_v, [-1]])
    node = np.where(d.node >= sp.n_base, pad[np.clip(d.node - sp.n_base, 0, len(pad) - 1)],
                    d.node)  # fmt: skip
    node = np.where(d.node >= 0, node, -1)
    dem = type(d)(node=node, weight=d.weight, group=d.group, targets=d.targets)
    fields = distance_fields(g, d.targets)
    n_groups = fields.shape[1]
    weight, count = node_demand(dem, n_nodes=g.n_nodes, n_groups=n_groups)
    # the households inside a segment, and the exits of their alternative points
    inner = (sp.hh_row >= 0) & (sp.hh_frac > 0) & (sp.hh_frac < 1) & (node >= 0)
    ar = np.maximum(sp.alt_row, 0)
    ta = before[ar]
    pa = position(sp.alt_frac, ta)
    has = sp.alt_row >= 0
    at_u, at_v = sp.alt_frac <= 0, sp.alt_frac >= 1
    e1 = np.where(has, np.where(at_u, seg_u[ar], seg_v[ar]), -1)
    a1 = np.where(at_u, 0, ta - pa)
    e2 = np.where(has & two_way[ar] & ~at_u & ~at_v, seg_u[ar], -1)
    a2 = pa
    # the cut edges of each row, in forward order
    tails = np.repeat(np.arange(g.n_nodes), np.diff(g.fwd_indptr))
    o = np.argsort(g.fwd_seg, kind="stable")
    cut_ptr = np.zeros(n_rows + 1, np.int64)
    np.cumsum(np.bincount(g.fwd_seg, minlength=n_rows), out=cut_ptr[1:])
    rev_seg = np.ascontiguousarray(g.segment[np.argsort(g.head, kind="stable")])
    todo = np.flatnonzero(before >= 0).astype(np.int64)
    shift = _shift(g)
    out = (np.zeros(n_rows), np.zeros(n_rows, np.int64), np.zeros(n_rows, np.int64),
           np.zeros(n_rows, np.int64), np.zeros(n_rows))  # fmt: skip
    for grp in range(n_groups):
        mine = inner & (d.group == grp)
        if not ((count[:, grp] > 0).any() or mine.any()):
            continue
        field = np.ascontiguousarray(fields[:, grp])
        need = (count[:, grp] > 0).astype(np.int64)
        exits = np.concatenate([e1[mine], e2[mine]])
        need[exits[exits >= 0]] = 1
        sources = np.flatnonzero(need).astype(np.int64)
        tight = kernels_closure.tight_out_degree(g.fwd_indptr, g.fwd_head, g.fwd_time, field)
        relevant = kernels_closure.demand_closure(g.fwd_indptr, g.fwd_head, g.fwd_time, field,
                                                  sources)  # fmt: skip
        h = np.flatnonzero(mine)
        h = h[np.argsort(sp.hh_row[h], kind="stable")]
        own_ptr = np.zeros(n_rows + 1, np.int64)
        np.cumsum(np.bincount(sp.hh_row[h], minlength=n_rows), out=own_ptr[1:])
        own = (own_ptr, node[h], d.weight[h].astype(float), e1[h], a1[h].astype(np.int64),
               e2[h], a2[h].astype(np.int64), sp.alt_extra_ms[h].astype(np.int64))  # fmt: skip
        kernels_closure.split_closure_losses(
            todo, cut_ptr, np.ascontiguousarray(tails[o]), np.ascontiguousarray(g.fwd_head[o]),
            np.ascontiguousarray(g.fwd_time[o]), g.fwd_indptr, g.fwd_head, g.fwd_time,
            g.fwd_seg, g.rev_indptr, g.rev_tail, g.rev_time, rev_seg, field, tight, relevant,
            np.ascontiguousarray(weight[:, grp]), np.ascontiguousarray(count[:, grp]), need,
            owner, own, shift, *out,
        )  # fmt: skip
    return ClosureLosses(
        weighted_seconds=out[0] / 1000.0,
        households_delayed=out[1],
        household_seconds=out[2] / 1000.0,
        households_stranded=out[3],
        stranded_weight=out[4],
    )

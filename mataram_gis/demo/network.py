"""Assemble the SYNTHETIC demo road network as a planar graph and turn it into LineStrings.

Steps (design space first, then warped): local streets of every superblock; rivers remove
every street that would cross them; connector crossings are repaired; main roads are split
where streets meet them (bridges kept only where planned); the largest connected piece is
kept; chains through degree-2 nodes with the same attributes are merged into one segment.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import shapely
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from mataram_gis.demo import lattice, layout
from mataram_gis.demo import names as dn

log = logging.getLogger(__name__)

RIVER_CLEARANCE_M = 14.0


@dataclass
class Graph:
    """Undirected multigraph in design space."""

    xy: np.ndarray  # (n, 2) node coordinates
    u: np.ndarray
    v: np.ndarray
    cls: np.ndarray
    name: np.ndarray  # index into names_table
    sb: np.ndarray  # superblock flat index, or -(1 + main road id)
    names_table: list[str]


def _river_conflict(lay: layout.Layout, p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """(m, n_rivers) bool: does straight edge p-q cross or come near each river."""
    t = np.linspace(0.0, 1.0, 7)
    xs = p[:, 0:1] + (q[:, 0:1] - p[:, 0:1]) * t
    ys = p[:, 1:2] + (q[:, 1:2] - p[:, 1:2]) * t
    out = np.zeros((len(p), len(lay.rivers)), dtype=bool)
    y_lo, y_hi = np.minimum(p[:, 1], q[:, 1]), np.maximum(p[:, 1], q[:, 1])
    for r, riv in enumerate(lay.rivers):
        # only edges within reach of the river's band can cross it or come near it
        reach = np.abs(riv[2]).sum() + RIVER_CLEARANCE_M + 1.0
        near = np.flatnonzero((y_hi > riv[1] - reach) & (y_lo < riv[1] + reach))
        f = ys[near] - layout.river_y(riv, xs[near])
        out[near, r] = (np.abs(f).min(1) < RIVER_CLEARANCE_M) | (
            np.sign(f).min(1) != np.sign(f).max(1)
        )
    return out


def _locals(rng: np.random.Generator, lay: layout.Layout):
    xe, ye = lay.xedges, lay.yedges
    nx, ny = len(lay.xs), len(lay.ys)
    nodes, edges, cls, name, sb = [], [], [], [], []
    cn, ce, cl, cc, cnm, csb = [], [], [], [], [], []
    base = 0
    for i, j, i1, j1 in lay.blocks.tolist():
        if True:
            sides = (
                i - 1 if i >= 1 else -1,
                nx + j - 1 if j >= 1 else -1,
                i1 if i1 < nx else -1,
                nx + j1 if j1 < ny else -1,
            )
            loc = lattice.superblock(
                rng, (xe[i], ye[j], xe[i1 + 1], ye[j1 + 1]), int(lay.kind[i, j]), sides
            )
            if loc is None:
                continue
            flat = i * (len(ye) - 1) + j
            nodes.append(loc.nodes)
            edges.append(loc.edges + base)
            cls.append(loc.cls)
            name.append(loc.name)
            sb.append(np.full(len(loc.cls), flat))
            cn.append(loc.conn_node + base)
            ce.append(loc.conn_end)
            cl.append(loc.conn_line)
            cc.append(loc.conn_cls)
            cnm.append(loc.conn_name)
            csb.append(np.full(len(loc.conn_cls), flat))
            base += len(loc.nodes)
    cat = np.concatenate
    return (
        cat(nodes), cat(edges), cat(cls), cat(name), cat(sb),
        cat(cn), cat(ce), cat(cl), cat(cc), cat(cnm), cat(csb),
    )  # fmt: skip


def _repair_crossings(xy, edges, conn_node, conn_end) -> np.ndarray:
    """Bool mask of connectors to keep: drop connectors that cross another local street."""
    if len(conn_node) == 0:
        return np.ones(0, dtype=bool)
    lines = shapely.linestrings(
        np.concatenate(
            [
                np.stack([xy[edges[:, 0]], xy[edges[:, 1]]], 1),
                np.stack([xy[conn_node], conn_end], 1),
            ]
        )
    )
    m = len(edges)
    ends = np.concatenate([edges, np.stack([conn_node, -1 - np.arange(len(conn_node))], 1)])
    tree = shapely.STRtree(lines)
    a, b = tree.query(lines[m:], predicate="intersects")
    a = a + m
    ok = a != b
    share = (ends[a, 0][:, None] == ends[b]).any(1) | (ends[a, 1][:, None] == ends[b]).any(1)
    bad = ok & ~share
    keep = np.ones(len(conn_node), dtype=bool)
    ln = shapely.length(lines)
    a, b = a[bad], b[bad]
    # drop the connector of each crossing pair (the longer one when both are connectors)
    both = b >= m
    drop_a = ~both | (ln[a] >= ln[b])
    keep[a[drop_a] - m] = False
    keep[b[both & ~drop_a] - m] = False
    log.debug("dropped %d crossing connectors", int((~keep).sum()))
    return keep


def build_graph(rng: np.random.Generator, lay: layout.Layout) -> Graph:
    """Build the planar design-space graph of the whole city."""
    xy, edges, cls, name, sb, cnode, cend, cline, ccls, cname, csb = _locals(rng, lay)
    names_table = list(lattice.NAMES)
    nx, ny = len(lay.xs), len(lay.ys)

    # Rivers: local streets never cross them.
    ok = ~_river_conflict(lay, xy[edges[:, 0]], xy[edges[:, 1]]).any(1)
    edges, cls, name, sb = edges[ok], cls[ok], name[ok], sb[ok]
    ok = ~_river_conflict(lay, xy[cnode], cend).any(1)
    cnode, cend, cline, ccls, cname, csb = (a[ok] for a in (cnode, cend, cline, ccls, cname, csb))
    ok = _repair_crossings(xy, edges, cnode, cend)
    cnode, cend, cline, ccls, cname, csb = (a[ok] for a in (cnode, cend, cline, ccls, cname, csb))

    # Main roads: nodes at their crossings, ends and connector hits, split in order.
    x0, y0, x1, y1 = lay.box
    n0 = len(xy)
    gi, gj = np.meshgrid(np.arange(nx), np.arange(ny), indexing="ij")
    cross_id = n0 + gi * ny + gj
    cross_xy = np.stack([lay.xs[gi], lay.ys[gj]], -1).reshape(-1, 2)
    n1 = n0 + nx * ny
    end_xy = np.concatenate(
        [
            np.stack([lay.xs, np.full(nx, y0)], 1),
            np.stack([lay.xs, np.full(nx, y1)], 1),
            np.stack([np.full(ny, x0), lay.ys], 1),
            np.stack([np.full(ny, x1), lay.ys], 1),
        ]
    )
    end_line = np.concatenate(
        [np.arange(nx), np.arange(nx), nx + np.arange(ny), nx + np.arange(ny)]
    )
    end_id = n1 + np.arange(len(end_xy))
    n2 = n1 + len(end_xy)
    hit_id = n2 + np.arange(len(cnode))
    line = np.concatenate([gi.ravel(), nx + gj.ravel(), end_line, cline])
    pid = np.concatenate([cross_id.ravel(), cross_id.ravel(), end_id, hit_id])
    pxy = np.concatenate([cross_xy, cross_xy, end_xy, cend])
    along = np.where(line < nx, pxy[:, 1], pxy[:, 0])
    is_hit = pid >= n2
    for _ in range(2):  # drop hits too close to another point on the same main road
        order = np.lexsort((along, line))
        gap = np.diff(along[order])
        same = line[order][1:] == line[order][:-1]
        close = same & (gap < 15.0) & is_hit[order][1:]
        drop = np.zeros(len(line), dtype=bool)
        drop[order[1:][close]] = True
        line, pid, pxy, along, is_hit = (a[~drop] for a in (line, pid, pxy, along, is_hit))
    hit_keep = np.zeros(len(cnode), dtype=bool)
    hit_keep[pid[is_hit] - n2] = True
    order = np.lexsort((along, line))
    same = line[order][1:] == line[order][:-1]
    mu, mv = pid[order][:-1][same], pid[order][1:][same]
    mline = line[order][:-1][same]
    all_xy = np.zeros((n2 + len(cnode), 2))
    all_xy[:n0] = xy
    all_xy[n0:n1] = cross_xy
    all_xy[n1:n2] = end_xy
    all_xy[n2:] = cend
    mid = 0.5 * (all_xy[mu] + all_xy[mv])
    mcls = np.where(mline < nx, lay.vclass[np.minimum(mline, nx - 1)], 0)
    mcls = np.where(mline >= nx, lay.hclass[np.maximum(mline - nx, 0)], mcls)
    # collectors between rice fields are unclassified country roads
    ci = np.searchsorted(lay.xs, mid[:, 0])
    cj = np.searchsorted(lay.ys, mid[:, 1])
    kpad = np.full((nx + 2, ny + 2), layout.SAWAH)
    kpad[: nx + 1, : ny + 1] = lay.kind
    vert = mline < nx
    k1 = np.where(vert, kpad[mline.clip(0, nx), cj], kpad[ci, (mline - nx).clip(0, ny)])
    k2 = np.where(vert, kpad[mline.clip(0, nx) + 1, cj], kpad[ci, (mline - nx).clip(0, ny) + 1])
    rural = np.isin(k1, (layout.SAWAH, layout.EMPTY)) & np.isin(k2, (layout.SAWAH, layout.EMPTY))
    mcls = np.where(rural & (mcls == dn.TERTIARY), dn.UNCLASSIFIED, mcls)
    line_names = lay.vname + lay.hname
    base = len(names_table)
    names_table += line_names + list(lay.hname_west.values())
    mname = base + mline
    xmid = 0.5 * (dn.MATARAM_BOX[0] + dn.MATARAM_BOX[2]) - 800.0
    for w, j in enumerate(lay.hname_west):
        mname = np.where((mline == nx + j) & (mid[:, 0] < xmid), base + len(line_names) + w, mname)
    # Rivers: main roads keep only their planned bridges.
    conf = _river_conflict(lay, all_xy[mu], all_xy[mv])
    bridge = np.zeros(conf.shape, dtype=bool)
    bridge[vert] = lay.bridge_v[mline[vert]]
    ok = ~(conf & ~bridge).any(1)
    # collectors that stop short (merged superblocks)
    ok &= ~np.where(
        vert,
        lay.removed_v[mline.clip(0, nx - 1), cj.clip(0, ny)],
        lay.removed_h[(mline - nx).clip(0, ny - 1), ci.clip(0, nx)],
    )
    log.debug("main-road pieces: %d, bridges: %d", len(mu), int((conf & bridge).any(1).sum()))

    u = np.concatenate([edges[:, 0], cnode[hit_keep], mu[ok]])
    v = np.concatenate([edges[:, 1], hit_id[hit_keep], mv[ok]])
    return Graph(
        all_xy,
        u,
        v,
        np.concatenate([cls, ccls[hit_keep], mcls[ok]]),
        np.concatenate([name, cname[hit_keep], mname[ok]]),
        np.concatenate([sb, csb[hit_keep], -1 - mline[ok]]),
        names_table,
    )


def largest_component(g: Graph) -> Graph:
    """Keep only the edges of the largest connected component."""
    n = len(g.xy)
    adj = sparse.coo_matrix((np.ones(len(g.u)), (g.u, g.v)), shape=(n, n))
    _, lab = connected_components(adj, directed=False)
    used = np.zeros(n, dtype=bool)
    used[g.u] = used[g.v] = True
    counts = np.bincount(lab[used])
    big = int(np.argmax(counts))
    ok = lab[g.u] == big
    return Graph(g.xy, g.u[ok], g.v[ok], g.cls[ok], g.name[ok], g.sb[ok], g.names_table)


def merge_chains(g: Graph) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Merge edges through degree-2 nodes whose two edges share class, name and superblock.

    Returns
    -------
    chain_edge : numpy.ndarray
        First original edge of each merged segment (carries the attributes).
    node_seq : numpy.ndarray
        Node ids of all segments, concatenated in order.
    seq_ptr : numpy.ndarray
        Offsets into ``node_seq`` (length n_segments + 1).
    """
    m = len(g.u)
    n = len(g.xy)
    key = (g.cls * 1_000_003 + g.name) * 4_000_037 + g.sb
    ends = np.concatenate([g.u, g.v])
    inc = np.concatenate([np.arange(m), np.arange(m)])
    deg = np.bincount(ends, minlength=n)
    order = np.argsort(ends, kind="stable")
    first = np.searchsorted(ends[order], np.arange(n))
    e1 = np.where(deg == 2, inc[order][np.minimum(first, 2 * m - 1)], -1)
    e2 = np.where(deg == 2, inc[order][np.minimum(first + 1, 2 * m - 1)], -1)
    mergeable = (deg == 2) & (e1 != e2) & (key[e1] == key[e2])
    # half-edge h = 2e (u->v) or 2e+1 (v->u)
    head = np.stack([g.v, g.u], 1).ravel()
    tail = np.stack([g.u, g.v], 1).ravel()
    edge_of = np.repeat(np.arange(m), 2)
    other = np.where(e1[head] == edge_of, e2[head], e1[head])
    nxt_e = np.where(mergeable[head], other, -1)
    # continue along nxt_e leaving node head: its half-edge whose tail is head
    nxt = np.where(nxt_e >= 0, np.where(g.u[nxt_e.clip(0)] == head, 2 * nxt_e, 2 * nxt_e + 1), -1)
    starts = np.flatnonzero(~mergeable[tail])
    cur = starts.copy()
    chain = np.arange(len(starts))
    hs, cs, ks = [cur], [chain], [np.zeros(len(cur), dtype=np.int64)]
    step = 0
    last = cur.copy()
    while len(cur):
        step += 1
        nx_ = nxt[cur]
        live = nx_ >= 0
        cur, chain = nx_[live], chain[live]
        last[chain] = cur
        hs.append(cur)
        cs.append(chain)
        ks.append(np.full(len(cur), step))
    keep_chain = starts < (last ^ 1)
    h = np.concatenate(hs)
    c = np.concatenate(cs)
    k = np.concatenate(ks)
    sel = keep_chain[c]
    h, c, k = h[sel], c[sel], k[sel]
    o = np.lexsort((k, c))
    h, c = h[o], c[o]
    new_id = np.cumsum(keep_chain) - 1
    c = new_id[c]
    n_seg = int(keep_chain.sum())
    counts = np.bincount(c, minlength=n_seg)
    # node sequence: tail of first half-edge, then heads
    firsts = np.r_[0, np.cumsum(counts)[:-1]]
    seq_ptr = np.r_[0, np.cumsum(counts + 1)]
    node_seq = np.empty(seq_ptr[-1], dtype=np.int64)
    pos = np.arange(len(h)) + c + 1  # heads shifted by one per segment
    node_seq[pos] = head[h]
    node_seq[seq_ptr[:-1]] = tail[h[firsts]]
    chain_edge = edge_of[h[firsts]]
    return chain_edge, node_seq, seq_ptr


def to_lines(
    lay: layout.Layout,
    xy: np.ndarray,
    node_seq: np.ndarray,
    seq_ptr: np.ndarray,
    step: float = 30.0,
) -> np.ndarray:
    """Densify each segment's node path every ~``step`` m, warp it, and build LineStrings.

    Junction nodes are warped once, so that segment endpoints are bit-identical.
    """
    wxy = layout.warp(lay, xy)
    n_seg = len(seq_ptr) - 1
    seg_of = np.repeat(np.arange(n_seg), np.diff(seq_ptr))
    a = node_seq[:-1]
    b = node_seq[1:]
    same = seg_of[:-1] == seg_of[1:]
    a, b, pseg = a[same], b[same], seg_of[:-1][same]
    ln = np.hypot(*(xy[b] - xy[a]).T)
    nsub = np.maximum(1, np.ceil(ln / step).astype(np.int64))
    # points of each piece: start node + (nsub-1) interior points; the segment's last node added
    piece_of = np.repeat(np.arange(len(a)), nsub)
    kk = np.arange(len(piece_of)) - np.repeat(np.cumsum(nsub) - nsub, nsub)
    t = kk / nsub[piece_of]
    pts = xy[a[piece_of]] + t[:, None] * (xy[b[piece_of]] - xy[a[piece_of]])
    wpts = layout.warp(lay, pts)
    is_node = kk == 0
    wpts[is_node] = wxy[a[piece_of[is_node]]]
    last_node = node_seq[seq_ptr[1:] - 1]
    # interleave: each segment's points then its last node
    seg_pts = pseg[piece_of]
    all_pts = np.concatenate([wpts, wxy[last_node]])
    all_seg = np.concatenate([seg_pts, np.arange(n_seg)])
    all_ord = np.concatenate([np.arange(len(wpts)), np.full(n_seg, len(wpts))])
    o = np.lexsort((all_ord, all_seg))
    return shapely.linestrings(all_pts[o], indices=all_seg[o])

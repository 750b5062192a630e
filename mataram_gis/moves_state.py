"""An upgraded network state that keeps every move's exact marginal gain up to date.

:class:`SearchState` holds the current segment times, the exact distance fields for them,
and for each move of a :class:`MoveSet` its exact marginal gain and the region of
nodes whose times its evaluation read (:mod:`mataram_gis.moves`). After any change of
state (an upgrade added, or one removed and the fields recomputed) only the moves whose
region meets a changed key are evaluated again; all other gains are provably unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mataram_gis.jobs import CancelCheck, check_cancel
from mataram_gis.moves import edge_segments, heap_shift, run_moves
from mataram_gis.problem import UpgradeProblem

#: Moves evaluated per kernel call (between cancel checks).
_CHUNK = 4096


@dataclass(frozen=True)
class MoveSet:
    """Moves as CSR lists of segment rows, with a kind label per move."""

    indptr: np.ndarray
    segs: np.ndarray
    kind: np.ndarray

    @classmethod
    def from_lists(cls, lists: Sequence[np.ndarray], *, kind: str) -> MoveSet:
        """One move per list of rows."""
        sizes = np.array([len(x) for x in lists], np.int64)
        indptr = np.zeros(len(lists) + 1, np.int64)
        np.cumsum(sizes, out=indptr[1:])
        segs = np.concatenate([np.asarray(x, np.int64) for x in lists]) if lists else None
        return cls(
            indptr=indptr,
            segs=segs if segs is not None else np.zeros(0, np.int64),
            kind=np.full(len(lists), kind, dtype=object),
        )

    @classmethod
    def concat(cls, parts: Sequence[MoveSet]) -> MoveSet:
        """All moves of several sets, in order."""
        offsets = np.cumsum([0] + [len(p.segs) for p in parts])
        indptr = np.concatenate(
            [np.zeros(1, np.int64)]
            + [p.indptr[1:] + o for p, o in zip(parts, offsets, strict=False)]
        )
        return cls(
            indptr=indptr,
            segs=np.concatenate([p.segs for p in parts]),
            kind=np.concatenate([p.kind for p in parts]),
        )

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def members(self, m: int) -> np.ndarray:
        """Rows of move ``m``."""
        return self.segs[self.indptr[m] : self.indptr[m + 1]]

    def remaining_cost(self, cost: np.ndarray, chosen: np.ndarray) -> np.ndarray:
        """Per move: cost of its members not yet chosen."""
        per = np.where(chosen[self.segs], 0.0, cost[self.segs])
        out = np.zeros(len(self))
        nonempty = self.indptr[1:] > self.indptr[:-1]
        if len(per):
            sums = np.add.reduceat(per, self.indptr[:-1][nonempty])
            out[nonempty] = sums
        return out


class SearchState:
    """Current upgraded state of a problem: times, exact fields, chosen rows."""

    def __init__(self, problem: UpgradeProblem) -> None:
        p = problem
        self.problem = p
        graph = p.graph
        self.rev_indptr = graph.rev_indptr
        self.rev_tail = graph.rev_tail
        self.rev_seg = edge_segments(graph)
        self.cur = p.before_ms.copy()
        self.fields = p.base_fields.copy()
        self.weight = np.ascontiguousarray(p.node_weight)
        self.count = np.ascontiguousarray(p.node_count)
        self.groups = np.flatnonzero(self.count.sum(axis=0) > 0).astype(np.int64)
        self.two_way = ~p.oneway
        self.after = p.after_ms
        self.shift = heap_shift(p.n_nodes, self.fields, p.before_ms)
        self.chosen = np.zeros(p.n_segments, bool)
        self.n_groups = self.fields.shape[1]
        # per-move tracking (see track())
        self.moves: MoveSet | None = None
        self.gains = np.zeros(0)
        self.reg_keys = np.zeros(0, np.int64)
        self.reg_owner = np.zeros(0, np.int64)

    # -- kernel calls -----------------------------------------------------------------
    def _run(self, moves: MoveSet, todo: np.ndarray, *, commit: bool) -> tuple:
        return run_moves(
            np.asarray(todo, np.int64), commit, moves.indptr, moves.segs, self.rev_indptr,
            self.rev_tail, self.rev_seg, self.cur, self.after, self.problem.seg_u,
            self.problem.seg_v, self.two_way, self.fields, self.weight, self.count,
            self.groups, self.shift,
        )  # fmt: skip

    def scratch_gains(
        self,
        moves: MoveSet,
        todo: np.ndarray | None = None,
        *,
        cancel: CancelCheck | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Exact gain (weighted ms) and households benefiting of each move; state unchanged."""
        todo = np.arange(len(moves)) if todo is None else np.asarray(todo, np.int64)
        gain = np.zeros(len(todo))
        hh = np.zeros(len(todo), np.int64)
        for start in range(0, len(todo), _CHUNK):
            check_cancel(cancel)
            part = todo[start : start + _CHUNK]
            g, h, *_ = self._run(moves, part, commit=False)
            gain[start : start + len(part)] = g
            hh[start : start + len(part)] = h
        return gain, hh

    # -- tracked moves ----------------------------------------------------------------
    def track(self, moves: MoveSet, *, cancel: CancelCheck | None = None) -> None:
        """Evaluate every move and remember its region for exact re-evaluation."""
        self.moves = moves
        self.gains = np.zeros(len(moves))
        self.reg_keys = np.zeros(0, np.int64)
        self.reg_owner = np.zeros(0, np.int64)
        self._refresh(np.arange(len(moves)), cancel=cancel)

    def _refresh(self, todo: np.ndarray, *, cancel: CancelCheck | None = None) -> None:
        assert self.moves is not None
        keys, owners = [], []
        for start in range(0, len(todo), _CHUNK):
            check_cancel(cancel)
            part = todo[start : start + _CHUNK]
            g, _, indptr, reg, _, _ = self._run(self.moves, part, commit=False)
            self.gains[part] = g
            keys.append(reg)
            owners.append(np.repeat(part, np.diff(indptr)))
        if len(todo) and len(self.reg_keys):
            stale = np.zeros(len(self.moves), bool)
            stale[todo] = True
            keep = ~stale[self.reg_owner]
            keys.insert(0, self.reg_keys[keep])
            owners.insert(0, self.reg_owner[keep])
        if keys:
            self.reg_keys = np.concatenate(keys)
            self.reg_owner = np.concatenate(owners)

    def _after_change(self, changed_nodes: np.ndarray) -> int:
        """Re-evaluate the tracked moves whose region meets ``changed_nodes``."""
        if self.moves is None or len(changed_nodes) == 0:
            return 0
        mask = np.zeros(self.problem.n_nodes, bool)
        mask[changed_nodes] = True
        dirty = np.unique(self.reg_owner[mask[self.reg_keys]])
        self._refresh(dirty)
        return len(dirty)

    # -- changing the state -----------------------------------------------------------
    def add(self, rows: Sequence[int]) -> np.ndarray:
        """Upgrade ``rows`` in order (exact); return each row's marginal gain (weighted ms)."""
        rows = np.asarray(rows, np.int64)
        one = MoveSet.from_lists([rows], kind="commit")
        _, _, _, _, step, changed = self._run(one, np.zeros(1, np.int64), commit=True)
        self.chosen[rows] = True
        self._after_change(changed // self.n_groups)
        return step

    def reset_to(self, chosen: np.ndarray, fields: np.ndarray | None = None) -> None:
        """Jump to another set of upgrades (fields recomputed with SciPy unless given)."""
        chosen = np.asarray(chosen, bool)
        new_fields = self.problem.fields_with(np.flatnonzero(chosen)) if fields is None else fields
        g = self.groups
        diff = np.flatnonzero((new_fields[:, g] != self.fields[:, g]).any(axis=1))
        changed_rows = np.flatnonzero(chosen != self.chosen)
        p = self.problem
        nodes = np.concatenate([diff, p.seg_u[changed_rows], p.seg_v[changed_rows]])
        self.fields = np.ascontiguousarray(new_fields.copy())
        self.cur = self.problem.times_with(np.flatnonzero(chosen))
        self.chosen = chosen.copy()
        self._after_change(nodes)

    def total(self) -> float:
        """Exact weighted household-hours per year saved by the current state."""
        return self.problem.benefit_of_fields(self.fields)

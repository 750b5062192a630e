"""Ruas ranking: each ruas's exact joint benefit, its condition lengths and its best stretch.

A *ruas* is the legal road section of the city's SK list (``nomor_ruas``); engineers
programme and fund works per ruas and locate them by STA. The ``ruas`` layer has one row
per ruas:

- ``benefit``: the exact benefit of treating **all** its candidate segments together,
  evaluated by :class:`mataram_gis.upgrades.UpgradeState` (equal to recomputing every
  shortest path with those segments upgraded; property-tested against brute force);
- ``upgrade_cost`` (their summed treatment cost), ``households_benefiting``,
  ``benefit_per_cost``, ``rank`` (1 = largest benefit; ruas without a candidate segment
  have no rank);
- ``length_m`` and ``baik_m`` .. ``rusak_berat_m``: the ruas's length per condition, and
  ``tidak_diketahui_m`` the length whose condition is unknown (not in ``sedang_m``, see
  :data:`RUAS_EXTRA`);
- ``best_sta_from_m`` / ``best_sta_to_m``: the best stretch to treat first, with its exact
  ``best_benefit`` and ``best_cost``. Stretches are runs of consecutive candidate segments
  in STA order at least :data:`MIN_STRETCH_M` long (or the whole run when shorter); they
  are screened by the sum of their segments' single benefits per rupiah, and the
  :data:`SCREENED` best are evaluated exactly; the highest exact benefit per rupiah wins.
"""

from __future__ import annotations

import logging

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from numba import njit

from mataram_gis import engine_ready
from mataram_gis.condition import CONDITIONS
from mataram_gis.condition_unknown import UNKNOWN, unknown_mask
from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.problem import MS_PER_HOUR, UpgradeProblem
from mataram_gis.set_gains import set_gains

logger = logging.getLogger(__name__)

#: Columns of the ``ruas`` layer fixed by the data contract, in order.
RUAS_COLUMNS: tuple[str, ...] = (
    "nomor_ruas",
    "nama_ruas",
    "status",
    "fungsi",
    "length_m",
    "baik_m",
    "sedang_m",
    "rusak_ringan_m",
    "rusak_berat_m",
    "upgrade_cost",
    "benefit",
    "households_benefiting",
    "benefit_per_cost",
    "rank",
    "best_sta_from_m",
    "best_sta_to_m",
)
#: Extra columns after the contract ones.
RUAS_EXTRA: tuple[str, ...] = (
    "best_benefit",
    "best_cost",
    "segments",
    "candidates",
    "treatment",
    "area_m2",
    "nomor_source",
    "status_source",
    "tidak_diketahui_m",
)
# Why ``tidak_diketahui_m`` is an extra field: a segment of unknown condition carries the
# stand-in ``sedang`` for the engine (mataram_gis/condition_unknown.py), and counting it in
# ``sedang_m`` would report a survey result nobody made (and lift kemantapan). Its length goes
# to ``tidak_diketahui_m`` instead, so the condition lengths still add up to ``length_m``.
# ../shared/DESIGN.md fixes the names of the ruas layer's fields (kept, in their order) but
# does not forbid more: like the other extras above, it follows the contract's columns.

#: Shortest stretch proposed as "best" (m), unless the candidate run is shorter.
MIN_STRETCH_M = 200.0
#: Screened stretches per ruas evaluated exactly.
SCREENED = 3


def _text_codes(values: pd.Series | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each value as text (``str`` of it, as ``numpy``'s ``astype(str)``) coded over the
    sorted distinct texts: ``(codes, texts)``. A text column without missing values is
    coded as it is (no conversion row by row)."""
    if isinstance(values, pd.Series):
        if isinstance(values.dtype, pd.StringDtype) and not values.hasnans:
            codes, uniques = pd.factorize(values, sort=True)
            return codes, np.asarray(uniques, dtype=object)
        values = values.to_numpy()
    codes, uniques = pd.factorize(np.asarray(values, dtype=object).astype(str), sort=True)
    return codes, np.asarray(uniques, dtype=object)


def _dominant(
    codes: np.ndarray, values: pd.Series | np.ndarray, weight: np.ndarray, n: int
) -> np.ndarray:
    """Per group ``0..n-1``: the value (as text) carrying most weight, ties to the first in
    sorted order; ``""`` for a group without rows.

    A group with one value takes it; the others sum their weights per value with pandas'
    compensated sum over their rows in order, as a groupby over (group, value) does
    (tests/test_ruas_layer.py compares it with that groupby).
    """
    out = np.full(n, "", dtype=object)
    if len(values) == 0:
        return out
    vcode, texts = _text_codes(values)
    codes = np.asarray(codes, np.int64)
    seen = np.full(n, -1, np.int64)
    seen[codes] = vcode  # one of each group's values
    mixed = np.zeros(n, bool)
    mixed[codes[vcode != seen[codes]]] = True
    alone = (seen >= 0) & ~mixed
    out[alone] = texts[seen[alone]]
    rows = mixed[codes]
    if rows.any():
        key = codes[rows] * len(texts) + vcode[rows]
        sums = pd.Series(np.asarray(weight, float)[rows]).groupby(key, sort=True).sum()
        group, value = np.divmod(sums.index.to_numpy(np.int64), len(texts))
        pick = np.lexsort((-sums.to_numpy(float), group))  # stable: ties keep sorted texts
        group, value = group[pick], value[pick]
        first = np.ones(len(group), bool)
        first[1:] = group[1:] != group[:-1]
        out[group[first]] = texts[value[first]]
    return out


def _column(segments: pd.DataFrame, name: str) -> pd.Series | np.ndarray:
    """The text column ``name`` of ``segments``, or empty texts when it has none."""
    return segments[name] if name in segments else np.full(len(segments), "", dtype=object)


def _field(segments: pd.DataFrame, name: str, default: object) -> np.ndarray:
    if name in segments:
        return np.asarray(segments[name].to_numpy(), dtype=object if default == "" else None)
    return np.full(len(segments), default, dtype=object)


def _offsets(codes: np.ndarray, k: int) -> np.ndarray:
    """``(k + 1,)`` start of each group ``0..k-1`` in rows sorted by ``codes``."""
    ptr = np.zeros(k + 1, np.int64)
    np.cumsum(np.bincount(codes, minlength=k), out=ptr[1:])
    return ptr


def rank_ruas(
    problem: UpgradeProblem,
    segments: gpd.GeoDataFrame,
    *,
    single_benefit: np.ndarray | None = None,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> gpd.GeoDataFrame:
    """The ``ruas`` layer (see the module doc), sorted by rank (unranked last).

    Parameters
    ----------
    problem
        The upgrade problem (rows = rows of ``segments``).
    segments
        The ``segments`` results layer with the inventory fields (``nomor_ruas``...).
    single_benefit
        Each row's benefit alone (weighted hours; default: ``segments["benefit"]``).
    progress, cancel
        Job callbacks.
    """
    engine_ready.wait("ruas")  # a fresh install: its kernels are being compiled in the background
    progress(0.0, "grouping segments into ruas")
    nomor = _field(segments, "nomor_ruas", "").astype(str)
    length = problem.length_m
    sta = _field(segments, "sta_from_m", np.nan).astype(float)
    sta = np.where(np.isfinite(sta), sta, 0.0)
    single = np.asarray(
        segments["benefit"].to_numpy(float) if single_benefit is None else single_benefit, float
    )
    codes, keys = pd.factorize(pd.Series(nomor), sort=False)
    k = len(keys)
    order = np.lexsort((problem.segment_ids, sta, codes))  # rows by ruas, then STA
    ptr = _offsets(codes, k)
    unknown = unknown_mask(segments)
    cond = np.where(unknown, UNKNOWN, _field(segments, "condition", "").astype(str))
    area = length * _field(segments, "lebar_m", np.nan).astype(float)
    cand = np.asarray(problem.candidate, bool)
    col: dict[str, np.ndarray] = {"nomor_ruas": np.asarray(keys, dtype=str)}
    for name in ("nama_ruas", "status", "fungsi", "nomor_source", "status_source"):
        col[name] = _dominant(codes, _column(segments, name), length, k)
    col["length_m"] = np.bincount(codes, weights=length, minlength=k)
    for c in CONDITIONS:
        col[f"{c.replace(' ', '_')}_m"] = np.bincount(
            codes, weights=length * (cond == c), minlength=k
        )
    col["tidak_diketahui_m"] = np.bincount(codes, weights=length * unknown, minlength=k)
    col["upgrade_cost"] = np.bincount(codes, weights=problem.cost * cand, minlength=k)
    col["segments"] = np.bincount(codes, minlength=k)
    col["candidates"] = np.bincount(codes, weights=cand, minlength=k).astype(np.int64)
    cand_code = np.where(cand, codes, k)
    col["treatment"] = _dominant(cand_code, _column(segments, "treatment"), length, k + 1)[:k]
    col["area_m2"] = np.bincount(codes, weights=np.nan_to_num(area) * cand, minlength=k)
    check_cancel(cancel)
    progress(0.2, f"evaluating {k} ruas exactly")
    c_rows = order[cand[order]]  # candidate rows by ruas, then STA
    cptr = _offsets(codes[c_rows], k)
    cand_sets = [c_rows[a:z] for a, z in zip(cptr[:-1].tolist(), cptr[1:].tolist(), strict=True)]
    gain = np.zeros(k)
    households = np.zeros(k, np.int64)
    some = np.flatnonzero(cptr[1:] > cptr[:-1])  # a ruas without candidates gains nothing
    gain[some], households[some] = set_gains(problem, [cand_sets[i] for i in some])
    check_cancel(cancel)
    progress(0.6, "finding the best stretch of each ruas")
    found = _screen(ptr, cand[order], single[order], problem.cost[order], length[order],
                    gain > 0, MIN_STRETCH_M, SCREENED)  # fmt: skip
    best = _best_stretches(problem, found, order, c_rows, cptr, gain, sta)
    check_cancel(cancel)
    progress(0.9, "building the ruas layer")
    col["benefit"] = gain / MS_PER_HOUR
    col["households_benefiting"] = households
    for j, name in enumerate(("best_sta_from_m", "best_sta_to_m", "best_benefit", "best_cost")):
        col[name] = best[:, j]
    cost = col["upgrade_cost"]
    with np.errstate(divide="ignore", invalid="ignore"):
        col["benefit_per_cost"] = np.where(cost > 0, col["benefit"] / cost, np.nan)
    ranked = np.flatnonzero(col["candidates"] > 0)
    ranked = ranked[np.lexsort((col["nomor_ruas"][ranked], -col["benefit_per_cost"][ranked],
                                -col["benefit"][ranked]))]  # fmt: skip
    rank = np.zeros(k, np.int64)
    rank[ranked] = np.arange(1, len(ranked) + 1)
    rest = np.flatnonzero(col["candidates"] == 0)
    final = np.concatenate([ranked, rest[np.argsort(col["nomor_ruas"][rest], kind="stable")]])
    frame = pd.DataFrame({name: col[name][final] for name in (*RUAS_COLUMNS, *RUAS_EXTRA)
                          if name != "rank"})  # fmt: skip
    frame.insert(RUAS_COLUMNS.index("rank"), "rank",
                 pd.arrays.IntegerArray(rank[final], rank[final] == 0))  # fmt: skip
    geoms = segments.geometry.to_numpy()[order]
    lines = shapely.multilinestrings(geoms, indices=codes[order]) if k else np.zeros(0, object)
    out = gpd.GeoDataFrame(frame, geometry=lines[final], crs=segments.crs)
    progress(1.0, "ruas done")
    logger.info("%d ruas, %d with candidate segments", len(out), len(ranked))
    return out


def _best_stretches(
    problem: UpgradeProblem,
    found: np.ndarray,
    order: np.ndarray,
    c_rows: np.ndarray,
    cptr: np.ndarray,
    gain: np.ndarray,
    sta: np.ndarray,
) -> np.ndarray:
    """Per ruas ``(k, 4)``: best stretch's STA from, to, exact benefit (hours), cost.

    ``found``: the screened stretches (:func:`_screen`, positions in ``order``); ``c_rows``
    the candidate rows by ruas then STA, ruas ``i`` at ``cptr[i]:cptr[i + 1]``. A ruas
    whose only stretch is all its candidates takes its own benefit; the others evaluate
    their stretches exactly and keep the highest benefit per rupiah (first on ties).
    """
    k = len(gain)
    length = problem.length_m
    best = np.full((k, 4), np.nan)
    best[:, 2:] = 0.0
    n_found = (found[:, :, 0] >= 0).sum(axis=1)  # the kept stretches come first
    n_cand = cptr[1:] - cptr[:-1]
    whole = (gain > 0) & (n_found == 1) & (found[:, 0, 1] - found[:, 0, 0] + 1 == n_cand)
    w = np.flatnonzero(whole)
    a, z = cptr[w], cptr[w + 1]
    lo, hi = _group_spans(c_rows, a, z, sta, length)
    best[w] = np.column_stack([lo, hi, gain[w], _group_costs(problem.cost[c_rows], a, z)])
    owner, windows = [], []
    for i in np.flatnonzero((gain > 0) & ~whole).tolist():
        for a, z in found[i, : n_found[i]].tolist():
            owner.append(i)
            windows.append(order[a : z + 1])
    w_gain, _ = set_gains(problem, windows)
    score = np.full(k, -1.0)
    for i, sel, g in zip(owner, windows, w_gain.tolist(), strict=True):
        cost = float(problem.cost[sel].sum())
        value = g / cost if cost > 0 else 0.0
        if value > score[i]:
            score[i] = value
            best[i] = _span(sel, sta, length) + (g, cost)
    best[:, 2] /= MS_PER_HOUR
    return best


def _group_spans(
    rows: np.ndarray, a: np.ndarray, z: np.ndarray, sta: np.ndarray, length: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """STA from-to covered by each group ``rows[a[i]:z[i]]`` (non-empty, in order), as
    :func:`_span` gives for each."""
    cut = np.column_stack([a, z]).ravel()  # reduceat over [a0, z0), [z0, a1), ...: keep evens
    start = np.append(sta[rows], np.inf)  # one more element: z may be len(rows)
    end = np.append(sta[rows] + length[rows], -np.inf)
    return np.minimum.reduceat(start, cut)[::2], np.maximum.reduceat(end, cut)[::2]


def _group_costs(cost: np.ndarray, a: np.ndarray, z: np.ndarray) -> np.ndarray:
    """``cost[a[i]:z[i]].sum()`` of each group, to the bit: groups of fewer than 8 values
    summed one by one from 0 at once (what ``numpy.sum`` does below its pairwise block),
    longer groups by ``numpy.sum`` itself."""
    n = z - a
    out = np.zeros(len(a))
    for m in range(7):
        on = np.flatnonzero((n > m) & (n < 8))
        out[on] += cost[a[on] + m]
    for i in np.flatnonzero(n >= 8).tolist():
        out[i] = cost[a[i] : z[i]].sum()
    return out


def _span(sel: np.ndarray, sta: np.ndarray, length: np.ndarray) -> tuple[float, float]:
    """STA from-to covered by the rows ``sel``."""
    return float(sta[sel].min()), float((sta[sel] + length[sel]).max())


@njit(cache=True, nogil=True)
def _screen(
    ptr: np.ndarray,
    cand: np.ndarray,
    single: np.ndarray,
    cost: np.ndarray,
    length: np.ndarray,
    todo: np.ndarray,
    min_m: float,
    keep: int,
) -> np.ndarray:
    """Per ruas ``i`` (flat positions ``ptr[i]:ptr[i+1]`` in STA order), the ``keep`` best
    stretches of consecutive candidates by summed single benefit per rupiah: ``(k, keep, 2)``
    first and last position, -1 where none."""
    out = np.full((len(ptr) - 1, keep, 2), -1, np.int64)
    for r in range(len(ptr) - 1):
        if not todo[r]:
            continue
        best_s = np.full(keep, -1.0)
        a = ptr[r]
        while a < ptr[r + 1]:
            if not cand[a]:
                a += 1
                continue
            z = a
            while z + 1 < ptr[r + 1] and cand[z + 1]:
                z += 1
            run_len = 0.0
            for q in range(a, z + 1):
                run_len += length[q]
            need = min(min_m, run_len) - 1e-9
            for i in range(a, z + 1):
                b = 0.0
                c = 0.0
                m = 0.0
                top, top_j = -1.0, -1
                for j in range(i, z + 1):
                    b += single[j]
                    c += cost[j]
                    m += length[j]
                    if m >= need:
                        v = b / c if c > 0 else 0.0
                        if v > top:
                            top, top_j = v, j
                if top_j < 0:
                    break
                # insert (top, i, top_j) into the kept list (strictly better only: stable)
                for q in range(keep):
                    if top > best_s[q]:
                        for w in range(keep - 1, q, -1):
                            best_s[w] = best_s[w - 1]
                            out[r, w, 0] = out[r, w - 1, 0]
                            out[r, w, 1] = out[r, w - 1, 1]
                        best_s[q] = top
                        out[r, q, 0] = i
                        out[r, q, 1] = top_j
                        break
            a = z + 1
    return out


def kemantapan_by_length(
    length_m: np.ndarray, before: np.ndarray, after: np.ndarray, *, mask: np.ndarray,
    mask_after: np.ndarray | None = None,
) -> tuple[float, float]:  # fmt: skip
    """Kemantapan (share in baik + sedang) before over the ``mask`` rows and after over the
    ``mask_after`` rows (default ``mask``; e.g. a treated road whose condition was unknown
    is known once treated)."""
    from mataram_gis.condition import kemantapan

    m2 = mask if mask_after is None else mask_after
    return kemantapan(length_m[mask], before[mask]), kemantapan(length_m[m2], after[m2])

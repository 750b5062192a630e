"""Per segment and tag, the value covering most of its length: :mod:`osm_simplify` in arrays.

:func:`mataram_gis.io.osm_simplify.segment_tags` walks every merged edge in Python; this does
the same choice with NumPy: for every (segment, value) the lengths of the merged edges that
carry it are summed in path order (``np.bincount`` adds in array order, as the Python loop
does), the largest total rounded to 6 decimals wins (Python's ``round``, not NumPy's, where
two values compete) and ties go to the alphabetically first value.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd


def piece_weights(length: np.ndarray) -> np.ndarray:
    """The weight of a merged edge: its length, or 1 where it is not positive (or NaN)."""
    return np.where(length > 0, length, 1.0)


def choose(seg: np.ndarray, codes: np.ndarray, weight: np.ndarray, n_segments: int) -> np.ndarray:
    """Per segment, the code with the largest rounded total weight (ties: smallest code).

    Parameters
    ----------
    seg
        Segment of every merged edge, ascending, edges of a segment in path order.
    codes
        Value code of every merged edge (``-1``: no usable value); codes follow the values'
        alphabetical order.
    weight
        Weight of every merged edge (:func:`piece_weights`).
    n_segments
        Number of segments.

    Returns
    -------
    numpy.ndarray
        Chosen code per segment, ``-1`` where no edge has a usable value.
    """
    out = np.full(n_segments, -1, dtype=np.int64)
    ok = codes >= 0
    if not ok.any():
        return out
    seg, codes, weight = seg[ok], codes[ok], weight[ok]
    width = int(codes.max()) + 1
    group, inverse = np.unique(seg * width + codes, return_inverse=True)
    total = np.bincount(inverse, weights=weight)
    g_seg, g_code = group // width, group % width  # by segment, then code ascending
    first = np.flatnonzero(np.r_[True, g_seg[1:] != g_seg[:-1]])  # each segment's groups
    size = np.diff(np.r_[first, len(group)])
    # Python's round(total, 6) decides only between totals that round close together;
    # elsewhere the raw totals order the same way
    rounded = total.copy()
    near = total >= np.repeat(np.maximum.reduceat(total, first), size) - 1e-5
    n_near = np.add.reduceat(near.astype(np.int64), first)
    contest = np.flatnonzero(near & (np.repeat(n_near, size) > 1))
    rounded[contest] = [round(float(t), 6) for t in total[contest]]
    # the largest rounded total; among equal ones the first group, i.e. the smallest code
    best = np.flatnonzero(rounded == np.repeat(np.maximum.reduceat(rounded, first), size))
    best = best[np.r_[True, g_seg[best][1:] != g_seg[best][:-1]]]
    out[g_seg[best]] = g_code[best]
    return out


def segment_values(
    *,
    piece_way: np.ndarray,
    piece_length: np.ndarray,
    piece_start: np.ndarray,
    way_tags: dict[str, np.ndarray],
    way_oneway: np.ndarray,
    tags: Sequence[str],
) -> pd.DataFrame:
    """The value of every tag for every segment.

    Parameters
    ----------
    piece_way, piece_length
        Way and length of every merged edge, segments one after another.
    piece_start
        Segment ``i`` merges edges ``piece_start[i]:piece_start[i + 1]``.
    way_tags
        Per tag of ``tags`` but the last, the value of every way (None where absent).
    way_oneway
        Per way, the edge attribute ``oneway`` (the last tag of ``tags``).
    tags
        Column names: the way tags, then ``"oneway"``.

    Returns
    -------
    pandas.DataFrame
        One row per segment: strings (``""`` where no merged edge has a value) and the
        ``oneway`` booleans.
    """
    n_seg = len(piece_start) - 1
    weight = piece_weights(piece_length)
    head, multi, sub = _one_way_segments(piece_way, piece_start)
    sub_way, sub_weight, sub_start = piece_way[sub], weight[sub], _starts(piece_start, multi)
    sub_seg = np.repeat(np.arange(len(multi)), np.diff(sub_start))
    columns: dict[str, np.ndarray] = {}
    for name in tags[:-1]:
        code, words = way_codes(way_tags[name])
        got = code[head]
        got[multi] = choose_mixed(sub_seg, code[sub_way], sub_weight, sub_start)
        column = np.full(n_seg, "", dtype=object)
        column[got >= 0] = words[got[got >= 0]]
        columns[name] = column
    code = way_oneway.astype(np.int64)
    got = code[head]
    got[multi] = choose_mixed(sub_seg, code[sub_way], sub_weight, sub_start)
    columns[tags[-1]] = got == 1
    return pd.DataFrame(columns)


def _one_way_segments(
    piece_way: np.ndarray, piece_start: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The segments whose merged edges do not all come from one way.

    Returns the way of each segment's first edge (its value wherever all edges come from
    that way: :func:`choose` of equal codes is that code), the other segments (ascending)
    and the positions of their edges. Every segment is listed when one has no edge.
    """
    n_seg = len(piece_start) - 1
    size = np.diff(piece_start)
    if n_seg == 0 or (size == 0).any():
        return np.zeros(n_seg, dtype=np.int64), np.arange(n_seg), np.arange(len(piece_way))
    lo = np.minimum.reduceat(piece_way, piece_start[:-1])
    hi = np.maximum.reduceat(piece_way, piece_start[:-1])
    mixed = lo != hi
    return (
        piece_way[piece_start[:-1]],
        np.flatnonzero(mixed),
        np.flatnonzero(np.repeat(mixed, size)),
    )


def _starts(piece_start: np.ndarray, segments: np.ndarray) -> np.ndarray:
    """``piece_start`` of the given segments alone (their edges one after another)."""
    return np.r_[0, np.cumsum(np.diff(piece_start)[segments])].astype(np.int64)


def way_codes(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per way, the code of its value, codes in the values' alphabetical order, ``-1`` where
    the value is absent or blank; and the values (object array) the codes point to."""
    code, words = pd.factorize(values, sort=True)  # None -> -1
    words = np.asarray(words, dtype=object)
    blank = np.array([str(w).strip() == "" for w in words], dtype=bool)  # not a usable value
    if len(words) == 0:
        return code.astype(np.int64), words
    shift = np.cumsum(blank)
    code = np.where((code < 0) | blank[code], -1, code - shift[code])
    return code.astype(np.int64), words[~blank]


def choose_mixed(
    seg: np.ndarray, codes: np.ndarray, weight: np.ndarray, piece_start: np.ndarray
) -> np.ndarray:
    """:func:`choose`, run only on the segments whose merged edges carry different codes.

    A segment whose edges all carry one code gets that code (or ``-1``) as :func:`choose`
    would give it; :func:`choose` decides every segment from its own edges alone, so running
    it on the others only changes nothing.
    """
    n_seg = len(piece_start) - 1
    if n_seg == 0 or (np.diff(piece_start) == 0).any():
        return choose(seg, codes, weight, n_seg)
    lo = np.minimum.reduceat(codes, piece_start[:-1])
    hi = np.maximum.reduceat(codes, piece_start[:-1])
    out = lo.astype(np.int64)
    mixed = lo != hi
    if mixed.any():
        keep = mixed[seg]
        out[mixed] = choose(seg[keep], codes[keep], weight[keep], n_seg)[mixed]
    return out

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
    g_seg, g_code = group // width, group % width
    # Python's round(total, 6) decides only between totals that round close together;
    # elsewhere the raw totals order the same way
    rounded = total.copy()
    seg_max = np.full(n_segments, -np.inf)
    np.maximum.at(seg_max, g_seg, total)
    near = total >= seg_max[g_seg] - 1e-5
    contest = np.flatnonzero(near & (np.bincount(g_seg[near], minlength=n_segments)[g_seg] > 1))
    rounded[contest] = [round(float(t), 6) for t in total[contest]]
    order = np.lexsort((g_code, -rounded, g_seg))
    best = order[np.r_[True, g_seg[order][1:] != g_seg[order][:-1]]]
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
    seg = np.repeat(np.arange(n_seg), np.diff(piece_start))
    weight = piece_weights(piece_length)
    columns: dict[str, np.ndarray] = {}
    for name in tags[:-1]:
        values = way_tags[name]
        values = np.where(values == None, "", values).astype(str)  # noqa: E711 (elementwise)
        words, code = np.unique(values, return_inverse=True)
        words = words.astype(object)
        blank = np.array([w.strip() == "" for w in words], dtype=bool)  # not a usable value
        code = np.where(blank[code], -1, code - np.cumsum(blank)[code])
        words = words[~blank]
        got = choose(seg, code[piece_way], weight, n_seg)
        column = np.full(n_seg, "", dtype=object)
        column[got >= 0] = words[got[got >= 0]]
        columns[name] = column
    got = choose(seg, way_oneway.astype(np.int64)[piece_way], weight, n_seg)
    columns[tags[-1]] = got == 1
    return pd.DataFrame(columns)

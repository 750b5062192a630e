"""Segments whose condition nobody measured or recorded: shown as *tidak diketahui*.

A road file without any condition column is accepted (docs/INPUTS.md, "Missing class or
condition"): the reader lets :data:`STAND_IN` (``sedang``) stand in so that the engine has a
speed, and marks the rows ``condition_source = default``. The engine keeps using the
stand-in; every output says the condition is unknown instead of printing the stand-in as if
it were a survey result:

- in memory (the analysis and :class:`~mataram_gis.results.Results`) ``condition`` holds the
  stand-in and ``condition_source`` says ``default``;
- in the results GeoPackage the contract's ``condition`` field holds :data:`UNKNOWN`
  (``tidak diketahui``) and no extra field is added (../shared/DESIGN.md fixes the fields);
  reading the file back restores the stand-in and ``condition_source`` (:func:`from_file`),
  so a programme or a briefing made from the file equals one made from the live analysis;
- tables, XLSX, CSV and the briefing print ``tidak diketahui`` / ``unknown``.

A condition that is empty or not one of the four classes counts as unknown too.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from mataram_gis.condition import CONDITIONS

#: The word stored in the results file's ``condition`` field for an unknown condition.
UNKNOWN = "tidak diketahui"
#: The class the engine uses for it (the road reader's default, :mod:`mataram_gis.io.roads`).
STAND_IN = "sedang"
#: ``condition_source`` values: from the input (file, measurement, survey) or stood in.
SOURCE_INPUT, SOURCE_DEFAULT = "input", "default"


def unknown_mask(segments: pd.DataFrame) -> np.ndarray:
    """True where the condition of a segment is not known (stood in, empty or unknown word)."""
    n = len(segments)
    cond = segments["condition"] if "condition" in segments else pd.Series([""] * n)
    cond = cond.fillna("").astype(str).to_numpy()
    out = ~np.isin(cond, CONDITIONS)
    if "condition_source" in segments:
        src = segments["condition_source"].fillna("").astype(str).to_numpy()
        out |= src == SOURCE_DEFAULT
    return out


def for_file(segments: pd.DataFrame) -> pd.DataFrame:
    """The ``segments`` layer as written: unknown conditions say :data:`UNKNOWN`.

    ``condition_source`` is not a field of the data contract: it is dropped (the word in
    ``condition`` carries the information). Returns ``segments`` itself when nothing changes.
    """
    unknown = unknown_mask(segments)
    if not unknown.any() and "condition_source" not in segments:
        return segments
    out = segments.drop(columns=["condition_source"], errors="ignore").copy()
    cond = out["condition"].fillna("").astype(str).to_numpy(object)
    cond[unknown] = UNKNOWN
    out["condition"] = cond.astype(str)
    return out


def from_file(segments: pd.DataFrame) -> pd.DataFrame:
    """Undo :func:`for_file` on a layer read back (in place, and returned).

    :data:`UNKNOWN` (and an empty condition) become the engine's stand-in again with
    ``condition_source = default``; the other rows get ``condition_source = input``.
    """
    if "condition" not in segments:
        return segments
    cond = segments["condition"].fillna("").astype(str)
    unknown = cond.isin((UNKNOWN, "")).to_numpy()
    if unknown.any() or "condition_source" not in segments:
        segments["condition"] = np.where(unknown, STAND_IN, cond.to_numpy(object)).astype(str)
        segments["condition_source"] = np.where(unknown, SOURCE_DEFAULT, SOURCE_INPUT)
    return segments

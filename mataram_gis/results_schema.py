"""What a results GeoPackage must hold, and the check run on every file read back.

Every command that reads a results file (``map``, ``report``, ``table``, ``styles``,
``portfolio``, ``corridors``, the GUI) goes through :func:`check_layer`, so a damaged or
foreign file gives one clear message (exit code 2) instead of a crash deep in an output:
a missing layer or column, a column of text where numbers belong, an empty key value, or an
infinite number (``inf`` would otherwise rank first or crash the map's colour scale).

To add a layer to the results (e.g. ``ruas``): add its required columns to
:data:`REQUIRED`, its numeric columns to :data:`NUMERIC` (and those that may not be empty to
:data:`NOT_NULL`), to :data:`NON_EMPTY` if it may not be empty; list it in
:data:`OPTIONAL_LAYERS` when older files lack it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from mataram_gis.analysis import SEGMENT_COLUMNS
from mataram_gis.errors import InputDataError

#: Columns each layer must have (``segments``: the data contract's columns).
REQUIRED: dict[str, tuple[str, ...]] = {
    "segments": SEGMENT_COLUMNS,
    "origins": (
        "node", "weight", "access_s", "time_to_centre_s", "centre", "centre_fixed", "excluded",
    ),
    "centres": ("centre_id", "node"),
    "ruas": ("nomor_ruas", "length_m", "upgrade_cost", "benefit", "households_benefiting",
             "rank"),
}  # fmt: skip
#: Columns that must be numbers (empty allowed unless listed in :data:`NOT_NULL`).
NUMERIC: dict[str, tuple[str, ...]] = {
    "segments": (
        "segment_id", "u", "v", "length_m", "time_before_s", "time_after_s", "benefit",
        "households_benefiting", "upgrade_cost", "benefit_per_cost", "rank",
        "mean_minutes_saved",
    ),
    "origins": ("node", "weight", "access_s", "time_to_centre_s"),
    "centres": ("node",),
    "ruas": ("length_m", "baik_m", "sedang_m", "rusak_ringan_m", "rusak_berat_m",
             "upgrade_cost", "benefit", "households_benefiting", "benefit_per_cost", "rank",
             "best_sta_from_m", "best_sta_to_m"),
}  # fmt: skip
#: Numeric columns that may not be empty.
NOT_NULL: dict[str, tuple[str, ...]] = {
    "segments": (
        "segment_id", "u", "v", "length_m", "time_before_s", "time_after_s", "benefit",
        "households_benefiting", "upgrade_cost",
    ),
    "origins": ("weight",),
    "centres": ("node",),
    "ruas": ("length_m", "upgrade_cost", "benefit", "households_benefiting"),
}  # fmt: skip
#: Numeric columns that may not be negative.
NON_NEGATIVE: dict[str, tuple[str, ...]] = {
    "segments": (
        "segment_id", "u", "v", "length_m", "time_before_s", "time_after_s",
        "households_benefiting", "upgrade_cost",
    ),
    "origins": ("weight",),
    "centres": ("node",),
}  # fmt: skip
#: Whole-number columns (ids, counts, ranks): integers below 2**53 where not empty.
WHOLE: dict[str, tuple[str, ...]] = {
    "segments": ("segment_id", "u", "v", "households_benefiting", "rank"),
    "origins": ("node",),
    "centres": ("node",),
}
#: Node ids index arrays: a (damaged) id far beyond the network's size is refused.
NODE_COLUMNS: dict[str, tuple[str, ...]] = {
    "segments": ("u", "v"),
    "origins": ("node",),
    "centres": ("node",),
}
#: Layers that must hold at least one row.
NON_EMPTY: tuple[str, ...] = ("segments", "origins", "centres")
#: Layers a results file may lack (added by later versions).
OPTIONAL_LAYERS: tuple[str, ...] = ("ruas",)

_FIX = "give a results file written by 'python main.py rank', or run rank again"


def check_layer(name: str, frame: pd.DataFrame, *, file: str | None = None) -> None:
    """Check one layer read from a results file.

    Raises
    ------
    InputDataError
        Naming the file, the layer, the column (and row) and the problem.
    """
    absent = [c for c in REQUIRED.get(name, ()) if c not in frame.columns]
    if absent:
        raise InputDataError(
            f"layer {name} lacks column(s) {', '.join(absent)}", file=file, fix=_FIX
        )
    if name in NON_EMPTY and len(frame) == 0:
        raise InputDataError(f"layer {name} is empty", file=file, fix=_FIX)
    for col in NUMERIC.get(name, ()):
        if col not in frame.columns:
            continue
        values = frame[col]
        if not (pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values)):
            raise InputDataError(
                f"layer {name}, column {col}: holds text, not numbers", file=file, fix=_FIX
            )
        numbers = values.to_numpy(dtype=float, na_value=np.nan)
        bad = np.isinf(numbers)
        if col in NOT_NULL.get(name, ()):
            bad |= np.isnan(numbers)
        _refuse(bad, numbers, name, col, "is not a finite number", file)
        if col in WHOLE.get(name, ()):
            with np.errstate(invalid="ignore"):
                odd = (np.abs(numbers) >= 2.0**53) | (np.round(numbers) != numbers)
            _refuse(odd & ~np.isnan(numbers), numbers, name, col, "is not a whole number", file)
        if col in NON_NEGATIVE.get(name, ()):
            _refuse(numbers < 0, numbers, name, col, "may not be negative", file)


def check_nodes(layers: dict[str, pd.DataFrame], *, file: str | None = None) -> None:
    """Node ids across layers stay within what a network of this size can have."""
    n_segments = len(layers["segments"])
    limit = 4 * n_segments + 1000  # each segment adds at most two nodes; slack for the rest
    for name, cols in NODE_COLUMNS.items():
        for col in cols:
            numbers = layers[name][col].to_numpy(dtype=float, na_value=np.nan)
            _refuse(numbers > limit, numbers, name, col, f"is beyond any node id ({limit})", file)


def _refuse(
    bad: np.ndarray, numbers: np.ndarray, name: str, col: str, what: str, file: str | None
) -> None:
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise InputDataError(
            f"layer {name}, column {col}: {numbers[row]:g} {what}",
            file=file,
            where=f"row {row + 1}",
            fix=_FIX,
        )

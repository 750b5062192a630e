"""A portfolio as a work programme: picks grouped by ruas into STA stretches, and kemantapan.

A work programme (program penanganan jalan) is written per ruas: for each ruas the stretches
to treat (STA from-to), the treatment, the volume (m²) and the cost. :func:`works_table`
turns the picked segments into that table; :func:`kemantapan_before_after` gives the share
of the city's road length in baik + sedang before and after the picks, the figure the city
reports against its target (:attr:`mataram_gis.scenario.Scenario.kemantapan_target`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from mataram_gis.portfolio_ruas import ruas_labels

#: Columns of :func:`works_table`, in order.
WORKS_COLUMNS: tuple[str, ...] = (
    "ruas", "nomor_ruas", "nama_ruas", "sta_from_m", "sta_to_m", "treatment", "length_m",
    "area_m2", "cost", "benefit", "segments", "segment_ids",
)  # fmt: skip
#: Two picked segments of one ruas whose STA gap is at most this (m) form one stretch.
JOIN_GAP_M = 5.0
#: Road statuses counted as the city's when the scenario ranks every status.
CITY_STATUSES: tuple[str, ...] = ("kota",)


def _col(segments: pd.DataFrame, name: str, default: object) -> pd.Series:
    if name in segments:
        return segments[name].reset_index(drop=True)
    return pd.Series([default] * len(segments))


def works_table(
    segments: pd.DataFrame, rows: Sequence[int] | np.ndarray, *,
    benefit: Sequence[float] | np.ndarray | None = None,
) -> pd.DataFrame:  # fmt: skip
    """The picked rows of ``segments`` grouped by ruas into stretches (see the module doc).

    Parameters
    ----------
    segments
        The ranking table (rows as in the upgrade problem) with the inventory fields.
    rows
        Picked rows.
    benefit
        Each pick's exact marginal benefit (summed per stretch; NaN when not given).

    Returns
    -------
    pandas.DataFrame
        One row per stretch (:data:`WORKS_COLUMNS`), ordered by ruas then STA. Consecutive
        picks of one ruas (STA gap at most :data:`JOIN_GAP_M`) with the same treatment are
        one stretch; ``area_m2`` is NaN where the width is unknown; ``segment_ids`` is a
        tuple of the stretch's segments.
    """
    rows = np.asarray(rows, np.int64)
    s = segments.reset_index(drop=True)
    ben = np.full(len(rows), np.nan) if benefit is None else np.asarray(benefit, float)
    length = _col(s, "length_m", np.nan).to_numpy(float)[rows]
    sta = pd.to_numeric(_col(s, "sta_from_m", np.nan), errors="coerce").to_numpy(float)[rows]
    width = pd.to_numeric(_col(s, "lebar_m", np.nan), errors="coerce").to_numpy(float)[rows]
    cost = _col(s, "upgrade_cost", np.nan).to_numpy(float)[rows]
    picks = pd.DataFrame({
        "ruas": ruas_labels(s)[rows] if len(rows) else [],
        "nomor_ruas": _col(s, "nomor_ruas", "").fillna("").astype(str).to_numpy()[rows],
        "nama_ruas": _nama(s)[rows],
        "sta_from_m": sta, "sta_to_m": sta + length,
        "treatment": _col(s, "treatment", "").fillna("").astype(str).to_numpy()[rows],
        "length_m": length, "area_m2": width * length, "cost": cost, "benefit": ben,
        "segment_id": _col(s, "segment_id", -1).to_numpy(np.int64)[rows],
    })  # fmt: skip
    picks = picks.sort_values(["ruas", "sta_from_m", "segment_id"], kind="stable",
                              na_position="last").reset_index(drop=True)  # fmt: skip
    if picks.empty:
        return pd.DataFrame(columns=list(WORKS_COLUMNS))
    same = (picks["ruas"] == picks["ruas"].shift()) & (
        picks["treatment"] == picks["treatment"].shift()
    )
    gap = picks["sta_from_m"] - picks["sta_to_m"].shift()
    joined = same & (gap.abs() <= JOIN_GAP_M)
    unknown = same & picks["sta_from_m"].isna()  # no STA: one stretch per ruas and treatment
    picks["stretch"] = (~(joined | unknown)).cumsum()
    g = picks.groupby("stretch", sort=True)
    out = g.agg(
        ruas=("ruas", "first"), nomor_ruas=("nomor_ruas", "first"),
        nama_ruas=("nama_ruas", "first"), sta_from_m=("sta_from_m", "min"),
        sta_to_m=("sta_to_m", "max"), treatment=("treatment", "first"),
        length_m=("length_m", "sum"), area_m2=("area_m2", lambda x: x.sum(min_count=len(x))),
        cost=("cost", "sum"), benefit=("benefit", lambda x: x.sum(min_count=len(x))),
        segments=("segment_id", "size"), segment_ids=("segment_id", tuple),
    )  # fmt: skip
    return out.reset_index(drop=True)[list(WORKS_COLUMNS)]


def _nama(s: pd.DataFrame) -> np.ndarray:
    nama = _col(s, "nama_ruas", "").fillna("").astype(str)
    name = _col(s, "name", "").fillna("").astype(str)
    return nama.where(nama != "", name).to_numpy(object)


def city_mask(segments: pd.DataFrame, authorities: Sequence[str]) -> np.ndarray:
    """Rows whose status is one of ``authorities`` (the city's roads when empty)."""
    auths = list(authorities) or list(CITY_STATUSES)
    status = _col(segments, "status", "")
    if "status" not in segments and "authority" in segments:
        status = _col(segments, "authority", "")
    return status.fillna("").astype(str).isin(auths).to_numpy()


def kemantapan_before_after(
    segments: pd.DataFrame, rows: Sequence[int] | np.ndarray, *, authorities: Sequence[str]
) -> tuple[float, float]:
    """Kemantapan (share 0-1 of length in baik + sedang) now and once ``rows`` are treated.

    Over the roads of the ``authorities`` statuses (the scenario's candidate authorities;
    the city's roads when empty, as in the briefing) whose condition is known: a road of
    unknown condition (:mod:`mataram_gis.condition_unknown`) is neither mantap nor not, as
    in the ``ruas`` layer's ``sedang_m``; see :func:`unknown_share`. A treated row takes its
    ``condition_after`` (known once treated). NaN when there is no such road.
    """
    from mataram_gis.condition_unknown import unknown_mask
    from mataram_gis.ruas import kemantapan_by_length

    s = segments.reset_index(drop=True)
    before = _col(s, "condition", "").astype(str).to_numpy(object)
    after = before.copy()
    rows = np.asarray(rows, np.int64)
    known = ~unknown_mask(s)
    known_after = known.copy()
    if "condition_after" in s and len(rows):
        after[rows] = s["condition_after"].astype(str).to_numpy(object)[rows]
        known_after[rows] = True
    length = _col(s, "length_m", 0.0).to_numpy(float)
    city = city_mask(s, authorities)
    return kemantapan_by_length(length, before, after, mask=city & known,
                                mask_after=city & known_after)  # fmt: skip


def unknown_share(segments: pd.DataFrame, *, authorities: Sequence[str]) -> float:
    """Share (0-1) of the ``authorities``' road length whose condition is unknown (left out
    of :func:`kemantapan_before_after`); NaN when there is no such road."""
    from mataram_gis.condition_unknown import unknown_mask

    s = segments.reset_index(drop=True)
    city = city_mask(s, authorities)
    length = _col(s, "length_m", 0.0).to_numpy(float)
    total = float(length[city].sum())
    return float(length[city & unknown_mask(s)].sum()) / total if total > 0 else float("nan")

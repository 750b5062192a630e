"""Why a segment ranks where it does: the households that would gain, and by how much."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from mataram_gis.analysis import Analysis
from mataram_gis.engine import segment_savings


@dataclass(frozen=True)
class Explanation:
    """The gain of upgrading one segment alone.

    Attributes
    ----------
    segment
        The segment's row of the ranking table.
    households
        One row per household whose time improves: ``household_id``, ``category``,
        ``centre``, ``producers``, ``weight``, ``before_s``, ``after_s``, ``saved_s``,
        ``benefit`` (weighted hours per year) and the index into ``analysis.origins``
        as ``origin``.
    by_group
        Households, producers, mean minutes saved and benefit per (centre, category).
    """

    segment: pd.Series
    households: pd.DataFrame
    by_group: pd.DataFrame


def explain_segment(analysis: Analysis, segment_id: int) -> Explanation:
    """Households that gain from upgrading ``segment_id`` alone (exact, per household)."""
    net = analysis.prepared.network
    nodes, new = segment_savings(
        analysis.graph, net.seg_u, net.seg_v, analysis.oneway, analysis.after_ms,
        analysis.fields, int(segment_id),
    )  # fmt: skip
    new_field = analysis.fields.copy()
    new_field[nodes] = new
    d = analysis.demand
    ok = d.node >= 0
    before = np.full(len(d.node), -1, np.int64)
    after = np.full(len(d.node), -1, np.int64)
    before[ok] = analysis.fields[d.node[ok], d.group[ok]]
    after[ok] = new_field[d.node[ok], d.group[ok]]
    gain = ok & (after < before)
    o = analysis.origins
    rows = pd.DataFrame(
        {
            "origin": np.flatnonzero(gain),
            "household_id": o["household_id"].to_numpy()[gain],
            "category": o["category"].to_numpy()[gain],
            "centre": o["centre"].to_numpy()[gain],
            "producers": o["producers"].to_numpy()[gain],
            "weight": d.weight[gain],
            "before_s": before[gain] / 1000.0,
            "after_s": after[gain] / 1000.0,
        }
    )
    rows["saved_s"] = rows["before_s"] - rows["after_s"]
    rows["benefit"] = rows["weight"] * rows["saved_s"] / 3600.0
    by_group = (
        rows.groupby(["centre", "category"])
        .agg(
            households=("household_id", "size"),
            producers=("producers", "sum"),
            mean_minutes_saved=("saved_s", lambda s: s.mean() / 60.0),
            benefit=("benefit", "sum"),
        )
        .reset_index()
        .sort_values("benefit", ascending=False)
    )
    seg = analysis.segments.loc[analysis.segments["segment_id"] == segment_id].iloc[0]
    return Explanation(segment=seg, households=rows, by_group=by_group)

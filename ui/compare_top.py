"""What a planner asks of two scenarios: which segments enter or leave the top N, and the picks.

Two views beyond "rose / fell most in rank" (dominated by segments ranked in the thousands
whose benefit barely moved):

- :func:`top_changes`: the segments that enter or leave the top ``n`` in B.
- :func:`pick_changes`: the segments a budget buys in A and B (the simple pick of the
  briefing: best benefit per cost first, each taken while it fits), and which differ.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Columns of the per-segment frame :func:`pick_frame` builds from two analyses.
PICK_COLUMNS = ("segment_id", "name", "rank", "benefit", "upgrade_cost", "benefit_per_cost")
TOP_CHOICES: tuple[int, ...] = (10, 20, 50)


def top_changes(segments: pd.DataFrame, n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Segments entering and leaving the top ``n`` in B (``Comparison.segments`` rows).

    Returns
    -------
    entered, left
        ``entered``: in B's top ``n`` but not A's, by rank in B; ``left``: in A's top ``n``
        but not B's, by rank in A.
    """
    rank_a = segments["rank_a"].astype("Float64")
    rank_b = segments["rank_b"].astype("Float64")
    in_a = (rank_a <= n).fillna(False).to_numpy(bool)
    in_b = (rank_b <= n).fillna(False).to_numpy(bool)
    entered = segments.loc[in_b & ~in_a].sort_values("rank_b")
    left = segments.loc[in_a & ~in_b].sort_values("rank_a")
    return entered.reset_index(drop=True), left.reset_index(drop=True)


def simple_pick(frame: pd.DataFrame, budget_rp: float) -> pd.DataFrame:
    """Ranked segments with a benefit, best benefit per cost first, taken while they fit."""
    ranked = frame.loc[frame["rank"].notna() & (frame["benefit"] > 0)]
    ranked = ranked.sort_values(["benefit_per_cost", "segment_id"], ascending=[False, True])
    cost = ranked["upgrade_cost"].to_numpy(float)
    take = np.zeros(len(cost), bool)
    spent = 0.0
    for i, c in enumerate(cost):
        if spent + c <= budget_rp:
            take[i] = True
            spent += c
    return ranked.loc[take].reset_index(drop=True)


def pick_frame(segments: pd.DataFrame) -> pd.DataFrame:
    """The columns of an analysis' segments that :func:`pick_changes` needs."""
    cols = [c for c in PICK_COLUMNS if c in segments]
    return segments[cols].copy()


def pick_changes(
    a: pd.DataFrame, b: pd.DataFrame, budget_rp: float
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The simple picks of A and B under ``budget_rp`` and how they differ.

    Returns
    -------
    added, dropped, summary
        ``added``: picked in B only; ``dropped``: picked in A only (each with ``name``,
        ``rank``, ``benefit``, ``upgrade_cost`` of its own scenario); ``summary``: one row per
        scenario (index ``a``/``b``) with ``picked``, ``cost`` and ``benefit`` (sum of
        single-segment benefits, as in the briefing's simple pick).
    """
    pa, pb = simple_pick(a, budget_rp), simple_pick(b, budget_rp)
    ids_a, ids_b = set(pa["segment_id"]), set(pb["segment_id"])
    added = pb.loc[~pb["segment_id"].isin(ids_a)].reset_index(drop=True)
    dropped = pa.loc[~pa["segment_id"].isin(ids_b)].reset_index(drop=True)
    summary = pd.DataFrame(
        {
            "picked": [len(pa), len(pb)],
            "cost": [pa["upgrade_cost"].sum(), pb["upgrade_cost"].sum()],
            "benefit": [pa["benefit"].sum(), pb["benefit"].sum()],
        },
        index=["a", "b"],
    )
    return added, dropped, summary

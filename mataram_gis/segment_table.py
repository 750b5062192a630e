"""The ``segments`` results layer, built once per network and updated per scenario.

Most columns of the ranking table do not depend on the scenario (ids, names, classes,
geometry, the road inventory). :class:`TableTemplate` builds them once per network, typed
as the table stores them; each analysis takes the usable rows (kept while the usable set
stays the same) and sets only the scenario's columns: times, benefit, cost, rank,
candidate, treatment. A re-rank then costs a few milliseconds instead of rebuilding a
GeoDataFrame of every segment.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd

from mataram_gis.engine import SegmentBenefits
from mataram_gis.rerank import kept_words
from mataram_gis.scenario import Scenario
from mataram_gis.segment_codes import SegmentCodes

#: Columns of the ``segments`` results layer fixed by the data contract, in order.
SEGMENT_COLUMNS: tuple[str, ...] = (
    "segment_id", "u", "v", "oneway", "name", "highway", "condition", "length_m",
    "time_before_s", "time_after_s", "benefit", "households_benefiting", "upgrade_cost",
    "benefit_per_cost", "rank",
)  # fmt: skip
#: Extra segment columns we add after the contract ones.
SEGMENT_EXTRA: tuple[str, ...] = (
    "authority", "surface", "mean_minutes_saved", "candidate", "synthetic",
)  # fmt: skip
#: Road-inventory columns of the ``segments`` layer (DESIGN.md "Extensions"), after the extras.
SEGMENT_INVENTORY: tuple[str, ...] = (
    "nomor_ruas", "nama_ruas", "status", "status_source", "fungsi", "lebar_m", "perkerasan",
    "sta_from_m", "sta_to_m", "iri", "treatment", "condition_after", "area_m2", "nomor_source",
    "condition_source",
)  # fmt: skip


def _text(segs: gpd.GeoDataFrame, name: str, *fallbacks: str) -> np.ndarray:
    for col in (name, *fallbacks):
        if col in segs:
            return segs[col].fillna("").astype(str).to_numpy()
    return pd.Series("", index=segs.index).astype(str).to_numpy()


def _words(values: np.ndarray) -> pd.api.extensions.ExtensionArray | np.ndarray:
    """Strings typed as a frame column stores them (so a set column matches a built one)."""
    return pd.Series(np.asarray(values, dtype=object)).array


@dataclass
class TableTemplate:
    """Every segment's scenario-independent columns, and the usable rows last taken.

    Attributes
    ----------
    codes
        The network's :class:`~mataram_gis.segment_codes.SegmentCodes`.
    full
        The table of all segments (scenario columns hold placeholders).
    """

    codes: SegmentCodes
    full: gpd.GeoDataFrame
    _usable_key: bytes | None = field(default=None, repr=False)
    _usable_rows: gpd.GeoDataFrame | None = field(default=None, repr=False)
    _kept: dict = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, codes: SegmentCodes) -> TableTemplate:
        """The template of ``codes.segments``."""
        segs = codes.segments
        n = len(segs)
        zeros = np.zeros(n)
        synthetic = segs.get("synthetic", pd.Series(False, index=segs.index))
        full = gpd.GeoDataFrame(
            {
                "segment_id": segs["segment_id"].to_numpy(np.int64),
                "u": segs["u"].to_numpy(np.int64),
                "v": segs["v"].to_numpy(np.int64),
                "oneway": np.zeros(n, bool),
                "name": segs["name"].fillna("").astype(str).to_numpy(),
                "highway": segs["highway"].astype(str).to_numpy(),
                "condition": segs["condition"].astype(str).to_numpy(),
                "length_m": codes.length_m,
                "time_before_s": zeros,
                "time_after_s": zeros,
                "benefit": zeros,
                "households_benefiting": np.zeros(n, np.int64),
                "upgrade_cost": zeros,
                "benefit_per_cost": zeros,
                "rank": np.zeros(n, np.int64),
                "authority": _text(segs, "status", "authority"),
                "surface": _text(segs, "surface"),
                "mean_minutes_saved": zeros,
                "candidate": np.zeros(n, bool),
                "synthetic": synthetic.fillna(False).astype(bool).to_numpy(),
            },
            geometry=segs.geometry.to_numpy(),
            crs=segs.crs,
        )
        for name in SEGMENT_INVENTORY:
            if name in ("treatment", "condition_after"):
                full[name] = _words(np.full(n, "", dtype=object))
            elif name == "area_m2":
                if "lebar_m" in segs:
                    full[name] = segs["lebar_m"].to_numpy(float) * codes.length_m
            elif name in segs:
                full[name] = segs[name].to_numpy()
        return cls(codes=codes, full=full)

    def usable_rows(self, usable: np.ndarray) -> gpd.GeoDataFrame:
        """The template's usable rows, renumbered 0..n-1 (a shallow copy to fill in)."""
        key = np.packbits(usable).tobytes()
        if key != self._usable_key or self._usable_rows is None:
            rows = self.full.iloc[np.flatnonzero(usable)].reset_index(drop=True)
            self._usable_key, self._usable_rows = key, rows
        return self._usable_rows.copy(deep=False)

    def table(
        self,
        scenario: Scenario,
        before: np.ndarray,
        after: np.ndarray,
        usable: np.ndarray,
        oneway: np.ndarray,
        benefits: SegmentBenefits,
    ) -> gpd.GeoDataFrame:
        """The ``segments`` results layer: usable segments with benefit, cost and rank."""
        codes = self.codes
        cost = codes.costs(scenario)
        benefit = benefits.weighted_seconds / 3600.0
        hh = benefits.households
        with np.errstate(divide="ignore", invalid="ignore"):
            bpc = np.where(cost > 0, benefit / cost, np.nan)
            mean_min = np.where(hh > 0, benefits.household_seconds / hh / 60.0, 0.0)
        cand = codes.candidates(usable, scenario)
        rows = np.flatnonzero(usable)
        out = self.usable_rows(usable)
        values = {
            "oneway": oneway[rows],
            "time_before_s": before[rows] / 1000.0,
            "time_after_s": after[rows] / 1000.0,
            "benefit": benefit[rows],
            "households_benefiting": hh[rows].astype(np.int64),
            "upgrade_cost": cost[rows],
            "benefit_per_cost": bpc[rows],
            "rank": rank_of(benefit[rows], bpc[rows], out["segment_id"].to_numpy(), cand[rows]),
            "mean_minutes_saved": mean_min[rows],
            "candidate": cand[rows],
        }
        if "treatment" in out:
            at = codes.condition.codes[rows]
            for name, words in (("treatment", codes.treatment_table(scenario)),
                                ("condition_after", codes.after_table(scenario))):  # fmt: skip
                values[name] = kept_words(words.tolist(), at, self._kept, name)
        for name, col in values.items():
            out[name] = col
        return out


def rank_of(
    benefit: np.ndarray, per_cost: np.ndarray, segment_id: np.ndarray, candidate: np.ndarray
) -> pd.arrays.IntegerArray:
    """Rank 1.. of the candidates by benefit, then benefit per cost (NaN last), then id."""
    sel = np.flatnonzero(candidate)
    b = benefit[sel]
    zero = b == 0
    # Often half the candidates gain nothing: their order (per cost 0 before NaN, then id)
    # is a partition, not a sort, so only the others are sorted (the rank is the same).
    zero_bpc = per_cost[sel[zero]]
    if zero.any() and np.all((zero_bpc == 0) | np.isnan(zero_bpc)):
        z = sel[zero]
        z = np.concatenate(
            [_by_id(z[zero_bpc == 0], segment_id), _by_id(z[np.isnan(zero_bpc)], segment_id)]
        )
        order = np.concatenate(
            [
                _sorted(sel[b > 0], benefit, per_cost, segment_id),
                z,
                _sorted(sel[~(b >= 0)], benefit, per_cost, segment_id),
            ]
        )
    else:
        order = _sorted(sel, benefit, per_cost, segment_id)
    rank = np.zeros(len(benefit), np.int64)
    rank[order] = np.arange(1, len(order) + 1)
    return pd.arrays.IntegerArray(rank, ~candidate.astype(bool))


def _by_id(rows: np.ndarray, segment_id: np.ndarray) -> np.ndarray:
    """``rows`` by ascending segment id (already so when the ids ascend with the rows)."""
    ids = segment_id[rows]
    return rows if not np.any(ids[1:] <= ids[:-1]) else rows[np.argsort(ids, kind="stable")]


def _sorted(
    rows: np.ndarray, benefit: np.ndarray, per_cost: np.ndarray, segment_id: np.ndarray
) -> np.ndarray:
    """``rows`` by benefit (NaN last), then benefit per cost (NaN last), both descending,
    then ascending id.

    One sort by benefit, then the few runs of equal benefit re-sorted by the other keys:
    a three-key sort of every row costs several times more.
    """
    order = rows[np.argsort(-benefit[rows])]  # ties are re-sorted below: need not be stable
    key = -benefit[order]
    tied = (key[1:] == key[:-1]) | (np.isnan(key[1:]) & np.isnan(key[:-1]))
    if tied.any():
        at = np.flatnonzero(np.concatenate([tied, [False]]) | np.concatenate([[False], tied]))
        run = np.cumsum(np.concatenate([[True], ~tied]))[at]  # the run of equal benefit
        bpc = per_cost[order[at]]
        keys = [segment_id[order[at]], np.where(np.isnan(bpc), np.inf, -bpc), run]
        order[at] = order[at][np.lexsort(keys)]
    return order


def template_for(codes: SegmentCodes, cache: dict) -> TableTemplate:
    """The :class:`TableTemplate` of ``codes``, kept in ``cache`` (a Prepared's)."""
    got = cache.get("segment_table")
    if got is None or got.codes is not codes:
        got = cache["segment_table"] = TableTemplate.build(codes)
    return got


def top_ranked_rows(segments: pd.DataFrame, n: int) -> np.ndarray:
    """Row positions of the ``n`` best-ranked segments, best first (unranked ones never).

    The one place that turns "the top N" into rows, for the travel-time views, the equity
    tables and the CLI.
    """
    order = segments["rank"].astype(float).sort_values().dropna().index[:n]
    return np.asarray(order, np.int64)

"""Scenario-independent segment columns, coded once, so that re-ranking costs microseconds.

Road layers repeat a handful of words (road class, condition, pavement, status). A
:class:`SegmentCodes` factorises them once per network; every scenario-dependent value
(speed, treatment, condition after, unit price, candidate status) is then computed once
per distinct word and gathered by code. The results equal the word-by-word functions of
:mod:`mataram_gis.speeds` and :mod:`mataram_gis.treatments` exactly: the same functions
run on the distinct words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from mataram_gis import speeds, treatments
from mataram_gis.condition import better_of
from mataram_gis.errors import ScenarioError
from mataram_gis.scenario import Scenario


@dataclass(frozen=True)
class Coded:
    """A column as ``codes`` into distinct ``words`` (code -1: missing)."""

    codes: np.ndarray
    words: np.ndarray

    @classmethod
    def of(cls, values: object) -> Coded:
        """Factorise ``values`` (missing values get code -1)."""
        codes, uniq = pd.factorize(np.asarray(values, dtype=object))
        return cls(codes=np.asarray(codes, np.int64), words=np.asarray(uniq, dtype=object))

    def table(self, fn: Callable[[object], object], dtype: object = object) -> np.ndarray:
        """``fn`` of each distinct word, then ``fn(None)`` (the slot of code -1)."""
        return np.array([fn(w) for w in self.words] + [fn(None)], dtype=dtype)

    def map(self, fn: Callable[[object], object], dtype: object = object) -> np.ndarray:
        """``fn`` of every value, computed once per distinct word (as :func:`speeds.lookup`)."""
        return self.table(fn, dtype)[self.codes]


def _str_column(segments: pd.DataFrame, name: str, *fallbacks: str) -> np.ndarray:
    """``segments[name]`` (or the first fallback present) as strings, missing -> ""."""
    for col in (name, *fallbacks):
        if col in segments:
            return segments[col].fillna("").astype(str).to_numpy(dtype=object)
    return np.full(len(segments), "", dtype=object)


@dataclass(frozen=True)
class SegmentCodes:
    """The scenario-independent columns of a network's segments, coded.

    Attributes
    ----------
    segments
        The frame they were built from (identity checked by :func:`codes_for`).
    highway, condition, perkerasan, status
        Coded columns (condition as strings, as :func:`mataram_gis.analysis.condition_after`
        reads it; status from ``status``, else ``authority``).
    length_m, width_m, maxspeed_kmh
        Numbers (width: ``lebar_m``, else ``width_m``, unknown -> 4.5 m; maxspeed None when
        the layer has none).
    banned, lingkungan
        Motor vehicles banned (``access``); fungsi ``lingkungan``.
    memo
        Treatment and condition-after per distinct condition word, by the scenario's
        treatment settings (a handful of words each).
    """

    segments: pd.DataFrame
    highway: Coded
    condition: Coded
    perkerasan: Coded
    status: Coded
    length_m: np.ndarray
    width_m: np.ndarray
    maxspeed_kmh: np.ndarray | None
    banned: np.ndarray | None
    lingkungan: np.ndarray | None
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, segments: pd.DataFrame) -> SegmentCodes:
        """Code ``segments`` (a network's segment frame)."""
        width = segments.get("lebar_m", segments.get("width_m"))
        width = np.full(len(segments), 4.5) if width is None else width.to_numpy(float)
        perk = segments.get("perkerasan", pd.Series("", index=segments.index)).to_numpy()
        maxspeed = segments.get("maxspeed_kmh")
        banned = None
        if "access" in segments:
            access = segments["access"].fillna("").astype(str)
            banned = access.isin(speeds.MOTOR_BANNED_ACCESS).to_numpy()
        ling = None
        if "fungsi" in segments:
            ling = segments["fungsi"].astype(str).eq("lingkungan").to_numpy()
        return cls(
            segments=segments,
            highway=Coded.of(segments["highway"]),
            condition=Coded.of(np.asarray(segments["condition"].astype(str).to_numpy(), str)),
            perkerasan=Coded.of(np.asarray(perk, str)),
            status=Coded.of(_str_column(segments, "status", "authority")),
            length_m=segments["length_m"].to_numpy(float),
            width_m=np.where(np.isfinite(width), width, 4.5),
            maxspeed_kmh=None if maxspeed is None else maxspeed.astype(float).to_numpy(),
            banned=banned,
            lingkungan=ling,
        )

    # -- per distinct condition word -----------------------------------------------------
    def _condition_words(self) -> np.ndarray:
        return self.condition.words.astype(str)

    def treatment_table(self, scenario: Scenario) -> np.ndarray:
        """Treatment of each distinct condition word."""
        return self._tables(scenario)[0]

    def after_table(self, scenario: Scenario) -> np.ndarray:
        """Condition once treated, per distinct condition word."""
        return self._tables(scenario)[1]

    def _tables(self, scenario: Scenario) -> tuple[np.ndarray, np.ndarray]:
        key = (
            tuple(sorted(scenario.condition_treatment.items())),
            scenario.target_condition,
            tuple(sorted(scenario.treatment_target.items())),
        )
        hit = self.memo.get(key)
        if hit is None:
            words = self._condition_words()
            treat = treatments.treatment_of(words, scenario.condition_treatment)
            target = treatments.target_of(
                treat, default=scenario.target_condition, targets=scenario.treatment_target
            )
            hit = self.memo[key] = (treat, better_of(words, target))
        return hit

    # -- per segment ---------------------------------------------------------------------
    def treatments(self, scenario: Scenario) -> np.ndarray:
        """Treatment per segment."""
        return self.treatment_table(scenario)[self.condition.codes]

    def condition_after(self, scenario: Scenario) -> np.ndarray:
        """Condition per segment once treated."""
        return self.after_table(scenario)[self.condition.codes]

    def improves(self, scenario: Scenario) -> np.ndarray:
        """True where the treatment changes the condition."""
        words = self._condition_words()
        return (self.after_table(scenario) != words)[self.condition.codes]

    def speed_kmh(self, scenario: Scenario, *, after: bool) -> np.ndarray:
        """Speed per segment (NaN: unusable) now or once treated (:func:`speeds.speed_kmh`)."""
        base, caps = scenario.speed_table(), scenario.cap_table()
        factors = scenario.factor_table()
        words = self.after_table(scenario) if after else self._condition_words()
        unknown = set(words.tolist()) - set(caps)
        if unknown:
            raise ScenarioError(
                f"unknown condition class {sorted(unknown)!r} for mode {scenario.mode}",
                fix=f"use one of {', '.join(speeds.CONDITIONS)}",
            )
        # Per distinct road class, to float there, then gathered: converting one Python
        # object per segment cost most of a re-rank's travel-time step.
        v = self.highway.table(lambda h: base.get(speeds.base_class(h))).astype(float)
        v = v[self.highway.codes]
        codes = self.condition.codes
        if factors is not None:
            v = v * np.array([factors.get(c, 1.0) for c in words], float)[codes]
        cap = np.array([caps.get(c) for c in words], dtype=object).astype(float)[codes]
        v = np.where(np.isnan(cap), v, np.minimum(v, cap))
        ms = self.maxspeed_kmh
        if ms is not None:
            v = np.where(np.isnan(ms) | (ms <= 0), v, np.minimum(v, ms))
        return v

    def times(self, scenario: Scenario) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Traversal time before and after upgrade (ms; -1 = unusable) and the usable mask.

        The last ones are kept in ``memo`` with everything they depend on (mode, speed, cap
        and factor tables, condition after treatment): most parameter changes keep them.
        """
        key = (
            scenario.mode,
            *(tuple(sorted(t.items())) for t in (scenario.speed_table(), scenario.cap_table(),
                                                 scenario.factor_table())),
            tuple(self.after_table(scenario).tolist()),
        )  # fmt: skip
        last = self.memo.get("times")  # the last one only: Monte Carlo draws many
        if last is None or last[0] != key:
            last = self.memo["times"] = (key, self._times(scenario))
        return tuple(a.copy() for a in last[1])  # type: ignore[return-value]

    def _times(self, scenario: Scenario) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        v_before = self.speed_kmh(scenario, after=False)
        v_after = self.speed_kmh(scenario, after=True)
        if scenario.mode != "walk" and self.banned is not None:
            v_before[self.banned] = np.nan
        before = speeds.travel_time_ms(self.length_m, v_before)
        after = speeds.travel_time_ms(self.length_m, v_after)
        after = np.where(before >= 0, np.minimum(after, before), -1)
        return before, after, before >= 0

    def costs(self, scenario: Scenario) -> np.ndarray:
        """Cost (Rp) of each segment's treatment; 0 where it would not improve the condition."""
        improves = self.improves(scenario)
        if scenario.cost_basis == "km":
            s = self.segments
            return speeds.upgrade_cost_rp(
                s["highway"], s["condition"], self.length_m,
                target=scenario.target_condition, unit_costs=scenario.cost_table(),
            )  # fmt: skip
        prices = scenario.price_table()
        treat = self.treatment_table(scenario)
        perk = self.perkerasan.words.astype(str).tolist() + ["nan"]
        unit = np.zeros((len(treat), len(perk)))
        for i, t in enumerate(treat):
            row = prices.get(str(t), {})
            for j, p in enumerate(perk):
                ok = p in treatments.PERKERASAN and p in row
                unit[i, j] = float(row.get(p if ok else treatments.FALLBACK_PERKERASAN, 0.0))
        area = self.width_m * self.length_m
        cost = unit[self.condition.codes, self.perkerasan.codes] * area
        return np.where(improves, cost, 0.0)

    def city_roads(self, scenario: Scenario) -> np.ndarray:
        """Segments under the scenario's authorities (as :func:`analysis.city_roads`)."""
        auth = scenario.candidate_authorities
        if not auth:
            return np.ones(len(self.length_m), bool)
        words = self.status.words.astype(str)
        ok = np.isin(words, list(auth))[self.status.codes]
        if scenario.lingkungan_is_city and "kota" in auth and self.lingkungan is not None:
            higher = np.isin(words, ("nasional", "provinsi"))[self.status.codes]
            ok = ok | (self.lingkungan & ~higher)
        return ok

    def candidates(self, usable: np.ndarray, scenario: Scenario) -> np.ndarray:
        """Segments eligible for ranking (as :func:`analysis.candidates`)."""
        ok = usable & (self.length_m >= scenario.min_length_m)
        ok &= self.city_roads(scenario)
        if scenario.exclude_good:
            ok &= self.improves(scenario)
        return ok


def codes_for(segments: pd.DataFrame, cache: dict | None = None) -> SegmentCodes:
    """The :class:`SegmentCodes` of ``segments``, kept in ``cache`` (e.g. a Prepared's)."""
    if cache is None:
        return SegmentCodes.build(segments)
    got = cache.get("segment_codes")
    if got is None or got.segments is not segments:
        got = cache["segment_codes"] = SegmentCodes.build(segments)
    return got

"""Several named scenarios in one project, and the comparison of two analyses.

:class:`ScenarioSet` is an ordered mapping ``name -> Scenario`` that serialises to JSON
(the project file stores it). :func:`compare` puts two analyses side by side: per segment
its rank and benefit in A and in B, the segments that rose or fell most, and the totals.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from mataram_gis.errors import ScenarioError
from mataram_gis.scenario import Scenario

if TYPE_CHECKING:
    from mataram_gis.analysis import Analysis

#: Format tag written into the JSON.
FORMAT = "mataram-gis/scenario-set/1"


class ScenarioSet(MutableMapping[str, Scenario]):
    """Ordered ``name -> Scenario``; the key is always the scenario's own ``name``.

    Parameters
    ----------
    scenarios
        Initial scenarios, in order (names must be unique).
    active
        Name of the scenario currently shown (default: the first).
    """

    def __init__(self, scenarios: list[Scenario] | None = None, *, active: str | None = None):
        self._items: dict[str, Scenario] = {}
        self.active: str | None = None
        for s in scenarios or []:
            self.add(s)
        self.active = active if active is not None else next(iter(self._items), None)
        if self.active is not None and self.active not in self._items:
            raise ScenarioError(f"active scenario {self.active!r} is not in the set")

    # -- mapping protocol -------------------------------------------------------------
    def __getitem__(self, name: str) -> Scenario:
        try:
            return self._items[name]
        except KeyError:
            raise ScenarioError(
                f"no scenario named {name!r}", fix=f"known: {', '.join(self._items) or 'none'}"
            ) from None

    def __setitem__(self, name: str, scenario: Scenario) -> None:
        if scenario.name != name:
            scenario = scenario.replace(name=name)
        self._items[name] = scenario
        if self.active is None:
            self.active = name

    def __delitem__(self, name: str) -> None:
        self[name]
        del self._items[name]
        if self.active == name:
            self.active = next(iter(self._items), None)

    def __contains__(self, name: object) -> bool:
        return name in self._items  # (the Mapping default expects a KeyError)

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"ScenarioSet({list(self._items)}, active={self.active!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ScenarioSet):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    # -- editing ----------------------------------------------------------------------
    def add(self, scenario: Scenario) -> None:
        """Append a scenario; its name must be new and not blank."""
        if not scenario.name.strip():
            raise ScenarioError("a scenario needs a name")
        if scenario.name in self._items:
            raise ScenarioError(
                f"a scenario named {scenario.name!r} already exists", fix="choose another name"
            )
        self[scenario.name] = scenario

    def rename(self, old: str, new: str) -> None:
        """Rename a scenario, keeping its position."""
        if new in self._items and new != old:
            raise ScenarioError(f"a scenario named {new!r} already exists")
        items = [(new if k == old else k, v) for k, v in self._items.items()]
        self[old]
        self._items = {k: (v.replace(name=k) if k == new else v) for k, v in items}
        if self.active == old:
            self.active = new

    # -- serialisation ----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict (scenarios as a list, to keep the order)."""
        return {
            "format": FORMAT,
            "active": self.active,
            "scenarios": [s.to_dict() for s in self._items.values()],
        }

    def to_json(self) -> str:
        """JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, indent=1)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScenarioSet:
        """Build from :meth:`to_dict` output (each scenario validated)."""
        if not isinstance(data, dict) or not isinstance(data.get("scenarios"), list):
            raise ScenarioError("a scenario set must be an object with a 'scenarios' list")
        return cls([Scenario.from_dict(d) for d in data["scenarios"]], active=data.get("active"))

    @classmethod
    def from_json(cls, text: str) -> ScenarioSet:
        """Parse :meth:`to_json` output."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ScenarioError(f"scenario set is not valid JSON ({exc})") from None
        return cls.from_dict(data)


@dataclass
class Comparison:
    """Two analyses side by side.

    Attributes
    ----------
    name_a, name_b
        Scenario names.
    segments
        One row per segment ranked in A or B: ``segment_id``, ``name``, ``rank_a``,
        ``rank_b`` (nullable), ``rank_change`` (``rank_a - rank_b``: positive = rose in B),
        ``benefit_a``, ``benefit_b``, ``benefit_change``.
    rose, fell
        The segments that rose / fell most in rank (rows of ``segments``).
    totals
        Summary figures: index = quantity, columns ``a``, ``b``, ``change``.
    """

    name_a: str
    name_b: str
    segments: pd.DataFrame
    rose: pd.DataFrame
    fell: pd.DataFrame
    totals: pd.DataFrame


def compare(analysis_a: Analysis, analysis_b: Analysis, *, top: int = 10) -> Comparison:
    """Compare two analyses of the same network (segments matched by ``segment_id``)."""
    cols = ["segment_id", "name", "rank", "benefit"]
    a = analysis_a.segments[cols].rename(columns={"rank": "rank_a", "benefit": "benefit_a"})
    b = analysis_b.segments[["segment_id", "rank", "benefit"]].rename(
        columns={"rank": "rank_b", "benefit": "benefit_b"}
    )
    seg = a.merge(b, on="segment_id", how="outer")
    seg["name"] = seg["name"].fillna("")
    seg = seg.loc[seg["rank_a"].notna() | seg["rank_b"].notna()].copy()
    for c in ("rank_a", "rank_b"):
        seg[c] = seg[c].astype("Int64")
    seg["rank_change"] = (seg["rank_a"] - seg["rank_b"]).astype("Int64")
    seg["benefit_a"] = seg["benefit_a"].fillna(0.0)
    seg["benefit_b"] = seg["benefit_b"].fillna(0.0)
    seg["benefit_change"] = seg["benefit_b"] - seg["benefit_a"]
    seg = seg.sort_values(["rank_b", "rank_a", "segment_id"], na_position="last")
    seg = seg.reset_index(drop=True)
    moved = seg.dropna(subset=["rank_change"])
    rose = moved.loc[moved["rank_change"] > 0].sort_values(
        ["rank_change", "segment_id"], ascending=[False, True]
    )
    fell = moved.loc[moved["rank_change"] < 0].sort_values(["rank_change", "segment_id"])
    return Comparison(
        name_a=analysis_a.scenario.name,
        name_b=analysis_b.scenario.name,
        segments=seg,
        rose=rose.head(top).reset_index(drop=True),
        fell=fell.head(top).reset_index(drop=True),
        totals=_totals(analysis_a, analysis_b),
    )


def _totals(analysis_a: Analysis, analysis_b: Analysis) -> pd.DataFrame:
    def figures(an: Analysis) -> dict[str, float]:
        s = an.summary()
        seg = an.segments
        cand = seg["rank"].notna()
        return {
            "households_used": s["households_used"],
            "households_excluded": s["households_excluded"],
            "mean_time_to_centre_min": s["mean_time_to_centre_min"] or np.nan,
            "candidates": s["candidates"],
            "benefit_sum_candidates": float(seg.loc[cand, "benefit"].sum()),
            "top_benefit": s["top_benefit"] if s["top_benefit"] is not None else np.nan,
            "upgrade_cost_all_candidates": float(seg.loc[cand, "upgrade_cost"].sum()),
        }

    fa, fb = figures(analysis_a), figures(analysis_b)
    out = pd.DataFrame({"a": pd.Series(fa, dtype=float), "b": pd.Series(fb, dtype=float)})
    out["change"] = out["b"] - out["a"]
    return out

"""Speed, condition and upgrade-cost defaults: the one documented table.

Every number the analysis assumes lives here with its source. A scenario may override any
of them (see :class:`mataram_gis.scenario.Scenario`).

Sources
-------
- Base speeds: OSRM's car profile (``car.lua``: primary 65, secondary 55, tertiary 40,
  residential 25, living_street 10, service 15 km/h) scaled down to the congested urban
  speeds of Indonesian cities (Bina Marga's MKJI/PKJI 2014 gives free-flow speeds of
  40-50 km/h for motorcycles on urban arterials; we take 40 for primary and step down by
  class). Gang (alley) and path speeds for motorcycles are our field judgement for
  Mataram's kampung alleys (15 and 10 km/h), where a car cannot pass.
- Condition caps: OSRM caps speed by ``smoothness`` (intermediate 80, bad 40, very_bad 20,
  horrible 10 km/h). Indonesian condition classes map to those steps at urban speeds:
  sedang ~ "intermediate" scaled to 35, rusak ringan ~ "bad/very_bad" 20, rusak berat ~
  "horrible" 10 km/h (motorcycle and car); walking slows only on rusak berat (3.5 km/h).
- Condition factors: roughness slows traffic below any cap too (HDM-4's speed-roughness
  relation; Bina Marga field practice: IRI 8-12, "rusak ringan", cuts urban speeds by about
  a third). Speed = min(base x factor, cap), so even a 15 km/h gang gains from an upgrade.
- Upgrade unit costs (Rp per km): indicative orders of magnitude from Permen PUPR
  1/2022 unit-price analysis (AHSP) for city roads: routine/periodic maintenance for
  sedang, rehabilitation for rusak ringan, reconstruction for rusak berat, scaled by the
  typical width of each class (arterial 7 m, collector 6 m, local 4.5 m, gang 2 m
  concrete "rabat beton"). Replace them with the city's own HSPK prices in a scenario.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from mataram_gis.errors import ScenarioError

MODES: tuple[str, ...] = ("motorcycle", "car", "walk")

#: Canonical Indonesian condition classes, best first.
CONDITIONS: tuple[str, ...] = ("baik", "sedang", "rusak ringan", "rusak berat")

#: Words accepted for each condition class (Indonesian, English, OSM smoothness).
CONDITION_WORDS: dict[str, str] = {
    "baik": "baik",
    "good": "baik",
    "excellent": "baik",
    "sedang": "sedang",
    "fair": "sedang",
    "moderate": "sedang",
    "intermediate": "sedang",
    "rusak ringan": "rusak ringan",
    "rusak_ringan": "rusak ringan",
    "rusakringan": "rusak ringan",
    "poor": "rusak ringan",
    "light damage": "rusak ringan",
    "bad": "rusak ringan",
    "rusak berat": "rusak berat",
    "rusak_berat": "rusak berat",
    "rusakberat": "rusak berat",
    "very poor": "rusak berat",
    "heavy damage": "rusak berat",
    "very_bad": "rusak berat",
    "horrible": "rusak berat",
    "very_horrible": "rusak berat",
    "impassable": "rusak berat",
}

#: Base speed (km/h) by mode and road class on a road in good condition. ``None``: the
#: mode may not use that class (a car does not fit in a gang; nobody drives up steps).
BASE_SPEED_KMH: dict[str, dict[str, float | None]] = {
    "motorcycle": {
        "motorway": None,
        "trunk": 45.0,
        "primary": 40.0,
        "secondary": 35.0,
        "tertiary": 30.0,
        "unclassified": 25.0,
        "residential": 25.0,
        "living_street": 15.0,
        "service": 15.0,
        "gang": 15.0,
        "track": 15.0,
        "path": 10.0,
        "footway": 10.0,
        "pedestrian": 8.0,
        "cycleway": 15.0,
        "bridleway": 10.0,
        "steps": None,
    },
    "car": {
        "motorway": 60.0,
        "trunk": 45.0,
        "primary": 35.0,
        "secondary": 30.0,
        "tertiary": 25.0,
        "unclassified": 20.0,
        "residential": 20.0,
        "living_street": 10.0,
        "service": 10.0,
        "gang": None,
        "track": 10.0,
        "path": None,
        "footway": None,
        "pedestrian": None,
        "cycleway": None,
        "bridleway": None,
        "steps": None,
    },
    "walk": {
        "motorway": None,
        "trunk": 4.5,
        "primary": 4.5,
        "secondary": 4.5,
        "tertiary": 4.5,
        "unclassified": 4.5,
        "residential": 4.5,
        "living_street": 4.5,
        "service": 4.5,
        "gang": 4.5,
        "track": 4.5,
        "path": 4.5,
        "footway": 4.5,
        "pedestrian": 4.5,
        "cycleway": 4.5,
        "bridleway": 4.5,
        "steps": 2.0,
    },
}

#: Speed cap (km/h) by mode and condition; ``None`` means no cap.
CONDITION_CAP_KMH: dict[str, dict[str, float | None]] = {
    "motorcycle": {"baik": None, "sedang": 35.0, "rusak ringan": 20.0, "rusak berat": 10.0},
    "car": {"baik": None, "sedang": 35.0, "rusak ringan": 20.0, "rusak berat": 10.0},
    "walk": {"baik": None, "sedang": None, "rusak ringan": None, "rusak berat": 3.5},
}

#: Speed factor by mode and condition (applied before the cap).
CONDITION_FACTOR: dict[str, dict[str, float]] = {
    "motorcycle": {"baik": 1.0, "sedang": 0.9, "rusak ringan": 0.7, "rusak berat": 0.45},
    "car": {"baik": 1.0, "sedang": 0.9, "rusak ringan": 0.65, "rusak berat": 0.4},
    "walk": {"baik": 1.0, "sedang": 1.0, "rusak ringan": 0.95, "rusak berat": 0.8},
}

#: Upgrade cost (Rp per km) by road class and the condition it is upgraded from.
#: Upgrading a road already at the target costs nothing and gains nothing.
UNIT_COST_RP_PER_KM: dict[str, dict[str, float]] = {
    "arterial": {"sedang": 1.2e9, "rusak ringan": 2.5e9, "rusak berat": 4.5e9},
    "collector": {"sedang": 0.9e9, "rusak ringan": 1.8e9, "rusak berat": 3.2e9},
    "local": {"sedang": 0.5e9, "rusak ringan": 1.1e9, "rusak berat": 2.0e9},
    "gang": {"sedang": 0.15e9, "rusak ringan": 0.35e9, "rusak berat": 0.6e9},
}

#: Which cost group each road class falls in.
COST_GROUP: dict[str, str] = {
    "motorway": "arterial",
    "trunk": "arterial",
    "primary": "arterial",
    "secondary": "arterial",
    "tertiary": "collector",
    "unclassified": "local",
    "residential": "local",
    "living_street": "local",
    "service": "local",
    "track": "local",
    "gang": "gang",
    "path": "gang",
    "footway": "gang",
    "pedestrian": "gang",
    "cycleway": "gang",
    "bridleway": "gang",
    "steps": "gang",
}

#: Road classes the speed model knows; ``_link`` variants take their parent's values.
ROAD_CLASSES: tuple[str, ...] = tuple(BASE_SPEED_KMH["motorcycle"])

#: Access words that close a segment to motor vehicles (walking stays allowed).
MOTOR_BANNED_ACCESS: frozenset[str] = frozenset({"no", "private", "no_motor"})


def normalise_condition(word: object) -> str | None:
    """Return the canonical condition class for a word, or None when unknown."""
    if word is None or (isinstance(word, float) and np.isnan(word)):
        return None
    key = " ".join(str(word).strip().lower().replace("-", " ").split())
    return CONDITION_WORDS.get(key) or CONDITION_WORDS.get(key.replace(" ", "_"))


def base_class(highway: str) -> str:
    """Map an OSM-like highway value to a class of the speed table (``_link`` -> parent)."""
    h = str(highway).strip().lower()
    if h.endswith("_link"):
        h = h[: -len("_link")]
    return h if h in BASE_SPEED_KMH["motorcycle"] else "unclassified"


def lookup(values: pd.Series | np.ndarray, fn: Callable[[object], object]) -> np.ndarray:
    """Apply ``fn`` once per distinct value (road layers repeat a handful of words)."""
    codes, uniq = pd.factorize(np.asarray(values, dtype=object))
    if len(codes) == 0:
        return np.zeros(0, dtype=object)
    extra = [fn(None)] if (codes < 0).any() else [None]
    mapped = np.array([fn(u) for u in uniq] + extra, dtype=object)
    return mapped[codes]  # code -1 (missing) takes fn(None)


def speed_kmh(
    highway: pd.Series,
    condition: pd.Series,
    *,
    mode: str,
    base: dict[str, float | None],
    caps: dict[str, float | None],
    factors: dict[str, float] | None = None,
    maxspeed_kmh: pd.Series | None = None,
) -> np.ndarray:
    """Travel speed (km/h) per segment; NaN where the mode may not use the segment.

    Parameters
    ----------
    highway, condition
        Road class and canonical condition per segment.
    mode
        Travel mode, only used in messages.
    base, caps, factors
        Base speed by class, cap and factor by condition for this mode.
    maxspeed_kmh
        Posted limit per segment (NaN when unknown); caps the speed where given.
    """
    v = lookup(highway, lambda h: base.get(base_class(h))).astype(float)
    unknown = set(condition.unique()) - set(caps)
    if unknown:
        raise ScenarioError(
            f"unknown condition class {sorted(unknown)!r} for mode {mode}",
            fix=f"use one of {', '.join(CONDITIONS)}",
        )
    if factors is not None:
        v = v * lookup(condition, lambda c: factors.get(c, 1.0)).astype(float)
    cap = lookup(condition, caps.get).astype(float)
    v = np.where(np.isnan(cap), v, np.minimum(v, cap))
    if maxspeed_kmh is not None:
        ms = maxspeed_kmh.astype(float).to_numpy()
        v = np.where(np.isnan(ms) | (ms <= 0), v, np.minimum(v, ms))
    return v


def travel_time_ms(length_m: np.ndarray, speed: np.ndarray) -> np.ndarray:
    """Whole milliseconds to traverse each segment (at least 1); -1 where speed is NaN.

    Times are integers so that the engine and brute-force recomputation agree exactly.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.rint(np.asarray(length_m, float) / (np.asarray(speed, float) / 3.6) * 1000.0)
    ok = np.isfinite(t)
    out = np.full(len(t), -1, dtype=np.int64)
    out[ok] = np.maximum(t[ok], 1).astype(np.int64)
    return out


def upgrade_cost_rp(
    highway: pd.Series,
    condition: pd.Series,
    length_m: np.ndarray,
    *,
    target: str,
    unit_costs: dict[str, dict[str, float]],
) -> np.ndarray:
    """Cost (Rp) of raising each segment to the target condition; 0 where already there."""
    rank = {c: i for i, c in enumerate(CONDITIONS)}
    groups = lookup(highway, lambda h: COST_GROUP.get(base_class(h), "local"))
    pairs = np.char.add(np.char.add(groups.astype(str), "|"), np.asarray(condition, dtype=str))

    def per_km(pair: object) -> float:
        group, cond = str(pair).split("|")
        return 0.0 if rank[cond] <= rank[target] else unit_costs[group].get(cond, 0.0)

    return lookup(pairs, per_km).astype(float) * np.asarray(length_m, float) / 1000.0

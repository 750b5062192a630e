"""Value vocabularies: the words readers accept and the canonical values they become.

Every table here is documented in ``docs/INPUTS.md``. Words are matched after
:func:`normalise_word` (case, spaces, underscores and hyphens do not matter).

Sources
-------
- Condition classes: the Indonesian road-condition scale used by Ditjen Bina Marga
  (baik / sedang / rusak ringan / rusak berat).
- IRI thresholds: Bina Marga practice for road-condition surveys (IRI in m/km):
  IRI <= 4 baik, 4 < IRI <= 8 sedang, 8 < IRI <= 12 rusak ringan, IRI > 12 rusak berat.
- OSM ``smoothness`` and ``surface``: the OSM wiki keys ``Key:smoothness`` and
  ``Key:surface``; the smoothness classes follow the same breaks as OSRM's car profile,
  which caps speed at intermediate 80, bad 40, very_bad 20, horrible 10 km/h.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

CONDITIONS: tuple[str, ...] = ("baik", "sedang", "rusak ringan", "rusak berat")
"""Canonical condition classes, best first."""

_SEP = re.compile(r"[\s_\-./]+")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def normalise_word(value: object) -> str:
    """Lower-case a cell and collapse spaces, underscores, hyphens, dots and slashes.

    Parameters
    ----------
    value
        Any cell value; ``None`` and NaN become "".

    Returns
    -------
    str
        e.g. ``"Rusak_Ringan "`` -> ``"rusak ringan"``.
    """
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    text = str(value).strip().lower()
    if _NUMBER.fullmatch(text):
        number = float(text.replace(",", "."))
        return f"{number:.0f}" if number == int(number) else repr(number)
    return _SEP.sub(" ", text).strip()


CONDITION_WORDS: dict[str, str] = {
    "baik": "baik",
    "good": "baik",
    "b": "baik",
    "sedang": "sedang",
    "fair": "sedang",
    "moderate": "sedang",
    "s": "sedang",
    "rusak ringan": "rusak ringan",
    "poor": "rusak ringan",
    "light damage": "rusak ringan",
    "lightly damaged": "rusak ringan",
    "rr": "rusak ringan",
    "rusak berat": "rusak berat",
    "bad": "rusak berat",
    "heavy damage": "rusak berat",
    "heavily damaged": "rusak berat",
    "rb": "rusak berat",
}

IRI_THRESHOLDS: tuple[tuple[float, str], ...] = (
    (4.0, "baik"),
    (8.0, "sedang"),
    (12.0, "rusak ringan"),
)
"""Upper IRI bound (m/km, inclusive) of each class; above the last: rusak berat."""

SMOOTHNESS_CONDITION: dict[str, str] = {
    "excellent": "baik",
    "good": "baik",
    "intermediate": "sedang",
    "bad": "rusak ringan",
    "very bad": "rusak berat",
    "horrible": "rusak berat",
    "very horrible": "rusak berat",
    "impassable": "rusak berat",
}

SURFACE_CONDITION: dict[str, str] = {
    "asphalt": "baik",
    "concrete": "baik",
    "concrete plates": "baik",
    "concrete lanes": "sedang",
    "paved": "baik",
    "chipseal": "baik",
    "paving stones": "sedang",
    "sett": "sedang",
    "cobblestone": "sedang",
    "unhewn cobblestone": "rusak ringan",
    "bricks": "sedang",
    "metal": "sedang",
    "wood": "sedang",
    "compacted": "sedang",
    "gravel": "rusak ringan",
    "fine gravel": "rusak ringan",
    "pebblestone": "rusak ringan",
    "rock": "rusak ringan",
    "unpaved": "rusak ringan",
    "ground": "rusak ringan",
    "dirt": "rusak ringan",
    "earth": "rusak ringan",
    "grass": "rusak ringan",
    "grass paver": "rusak ringan",
    "mud": "rusak berat",
    "sand": "rusak berat",
}
"""Condition assumed from the surface when neither condition, IRI nor smoothness is given."""

SURFACE_WORDS: dict[str, str] = {
    **{w: w.replace(" ", "_") for w in SURFACE_CONDITION},
    "aspal": "asphalt",
    "hotmix": "asphalt",
    "hot mix": "asphalt",
    "lapen": "asphalt",
    "penetrasi": "asphalt",
    "beton": "concrete",
    "rigid": "concrete",
    "rabat": "concrete",
    "rabat beton": "concrete",
    "paving": "paving_stones",
    "paving block": "paving_stones",
    "conblock": "paving_stones",
    "kerikil": "gravel",
    "sirtu": "gravel",
    "telford": "gravel",
    "makadam": "gravel",
    "batu": "gravel",
    "tanah": "ground",
    "lumpur": "mud",
    "pasir": "sand",
}
"""Surface words (Indonesian inventory words and OSM words) -> OSM-like surface word."""

CLASS_CONDITION: dict[str, str] = {
    "motorway": "baik",
    "trunk": "baik",
    "primary": "baik",
    "secondary": "baik",
    "tertiary": "sedang",
    "unclassified": "sedang",
    "residential": "sedang",
    "living_street": "sedang",
    "service": "sedang",
    "gang": "sedang",
    "pedestrian": "sedang",
    "cycleway": "sedang",
    "footway": "sedang",
    "steps": "sedang",
    "track": "rusak ringan",
    "path": "rusak ringan",
}
"""OSM only: condition assumed by class when an edge has neither smoothness nor surface."""

OSM_CLASSES: tuple[str, ...] = (
    "motorway",
    "trunk",
    "primary",
    "secondary",
    "tertiary",
    "unclassified",
    "residential",
    "living_street",
    "service",
    "gang",
    "track",
    "path",
    "footway",
    "pedestrian",
    "cycleway",
    "steps",
    "road",
)

CLASS_WORDS: dict[str, str] = {
    **{c.replace("_", " "): c for c in OSM_CLASSES},
    **{
        f"{c} link": f"{c}_link" for c in ("motorway", "trunk", "primary", "secondary", "tertiary")
    },
    "alley": "gang",
    "arteri": "primary",
    "arteri primer": "primary",
    "arteri sekunder": "secondary",
    "kolektor": "tertiary",
    "kolektor primer": "tertiary",
    "kolektor sekunder": "tertiary",
    "lokal": "residential",
    "lokal primer": "residential",
    "lokal sekunder": "residential",
    "lingkungan": "residential",
    "lingkungan primer": "residential",
    "lingkungan sekunder": "residential",
    "gang": "gang",
    "setapak": "path",
    "jalan setapak": "path",
    "tol": "motorway",
    "jalan tol": "motorway",
}
CLASS_WORDS["road"] = "unclassified"

AUTHORITY_WORDS: dict[str, str] = {
    "": "",
    "nasional": "nasional",
    "national": "nasional",
    "jalan nasional": "nasional",
    "provinsi": "provinsi",
    "propinsi": "provinsi",
    "provincial": "provinsi",
    "province": "provinsi",
    "jalan provinsi": "provinsi",
    "kota": "kota",
    "city": "kota",
    "municipal": "kota",
    "kabupaten": "kota",
    "jalan kota": "kota",
    "jalan kabupaten": "kota",
    "kabupaten kota": "kota",
    "desa": "",
    "lingkungan": "",
    "other": "",
    "lainnya": "",
}
"""Road authority (status/kewenangan). Kabupaten roads are local (kota) roads."""

ONEWAY_WORDS: dict[str, int] = {
    "": 0,
    "no": 0,
    "false": 0,
    "0": 0,
    "n": 0,
    "f": 0,
    "tidak": 0,
    "dua arah": 0,
    "reversible": 0,
    "alternating": 0,
    "yes": 1,
    "true": 1,
    "1": 1,
    "y": 1,
    "t": 1,
    "ya": 1,
    "satu arah": 1,
    "-1": -1,
    "reverse": -1,
}
"""Oneway words: 1 = one way along the geometry, -1 = one way against it, 0 = two way."""

CATEGORY_WORDS: dict[str, int] = {
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "desil 1": 1,
    "desil 2": 2,
    "desil 3": 3,
    "desil 4": 4,
    "ekstrem": 1,
    "ekstrim": 1,
    "miskin ekstrem": 1,
    "miskin ekstrim": 1,
    "kemiskinan ekstrem": 1,
    "sangat miskin": 1,
    "extreme": 1,
    "extreme poor": 1,
    "extreme poverty": 1,
    "miskin": 2,
    "poor": 2,
    "rentan": 3,
    "rentan miskin": 3,
    "hampir miskin": 3,
    "near poor": 3,
    "vulnerable": 3,
}
"""Poverty category -> P3KE desil 1-4 (1 = extreme poverty)."""


def map_unique(values: pd.Series, func) -> pd.Series:
    """Apply ``func`` once per distinct value (fast on long columns with few words)."""
    codes, uniques = pd.factorize(pd.Series(values, copy=False), use_na_sentinel=True)
    table = np.array([func(u) for u in uniques] + [func(None)], dtype=object)
    return pd.Series(table[codes], index=getattr(values, "index", None), dtype=object)


def normalise_words(values: pd.Series) -> pd.Series:
    """:func:`normalise_word` of every cell (computed once per distinct value)."""
    return map_unique(values, normalise_word)


def _integral_text(v: object) -> object:
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v).lower()
    if isinstance(v, float):
        if np.isnan(v):
            return ""
        return f"{v:.0f}" if np.isfinite(v) and v == int(v) else str(v)
    return v


def as_words(values: pd.Series) -> pd.Series:
    """Cells as text for vocabulary lookup: integral numbers lose their ".0", NaN becomes ""."""
    if pd.api.types.is_bool_dtype(values) or pd.api.types.is_numeric_dtype(values):
        return map_unique(values.astype(object), _integral_text)
    if values.dtype == object:
        return map_unique(values, _integral_text)
    return values


def map_words(values: pd.Series, table: dict[str, object]) -> tuple[pd.Series, np.ndarray]:
    """Map cells through a vocabulary after :func:`normalise_word`.

    Parameters
    ----------
    values
        The raw column.
    table
        Normalised word -> canonical value.

    Returns
    -------
    mapped : pandas.Series
        Canonical values; NaN/None where the word is unknown.
    unknown : numpy.ndarray
        Boolean mask of cells whose word is not in ``table``.
    """
    words = normalise_words(values)
    mapped = words.map(table)
    unknown = ~words.isin(list(table)).to_numpy()
    return mapped, unknown


def iri_to_condition(iri: np.ndarray) -> np.ndarray:
    """Condition class from IRI (m/km) by the Bina Marga thresholds of :data:`IRI_THRESHOLDS`.

    Parameters
    ----------
    iri
        Float array; must hold no NaN (validated by the caller).

    Returns
    -------
    numpy.ndarray
        Object array of canonical condition words.
    """
    bounds = np.array([b for b, _ in IRI_THRESHOLDS])
    labels = np.array([c for _, c in IRI_THRESHOLDS] + ["rusak berat"], dtype=object)
    return labels[np.searchsorted(bounds, np.asarray(iri, dtype=float), side="left")]


def parse_maxspeed(value: object) -> float:
    """Parse an OSM ``maxspeed`` value ("50", "30 mph", "50;40", "ID:urban") into km/h.

    Returns NaN for values without a number (zone codes, "none", "signals").
    """
    text = str(value).strip().lower() if value is not None else ""
    m = re.match(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(mph|knots|km/h|kmh|kph)?", text)
    if not m:
        return float("nan")
    speed = float(m.group(1))
    if m.group(2) == "mph":
        speed *= 1.609344
    elif m.group(2) == "knots":
        speed *= 1.852
    return speed

"""Road status (kewenangan), function (fungsi) and pavement (perkerasan): words and estimates.

Indonesian road law (UU 38/2004 jo. UU 2/2022 tentang Jalan, PP 34/2006) gives every road a
**status** (who funds it: nasional, provinsi, kabupaten/kota, desa) and a **fungsi** (arteri,
kolektor, lokal, lingkungan, each primer or sekunder). A city inventory carries both; OSM
does not, so where the input has no status we estimate it from the OSM class and mark it
``status_source = estimated``.

Tables (documented in docs/INPUTS.md)
-------------------------------------
- :data:`HIGHWAY_FUNGSI`: OSM ``highway`` -> fungsi, following the Indonesian OSM tagging
  guideline (wiki.openstreetmap.org "Indonesia/Jalan": trunk/primary = arteri, secondary =
  arteri sekunder / kolektor primer, tertiary = kolektor, residential/unclassified = lokal,
  living_street/service/gang and paths = lingkungan).
- :data:`HIGHWAY_STATUS`: the status estimate: motorway and trunk are national roads in
  Indonesia (jalan tol and jalan nasional), primary roads are mostly provincial; every
  other class is taken as the city's own (kota). An estimate only: give the city's SK
  list (``--inventory``) to replace it.
- :data:`SURFACE_PERKERASAN`: OSM surface words -> the five pavement types of the price table.
- :data:`DEFAULT_WIDTH_M`: width by fungsi where the input has none (typical carriageway
  widths of Permen PU 19/PRT/M/2011 for arteri/kolektor/lokal; 3 m for lingkungan and 2 m
  for gang, our field judgement for Mataram's kampung streets).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from mataram_gis.io import vocab

STATUSES: tuple[str, ...] = ("nasional", "provinsi", "kota", "desa")
FUNGSI: tuple[str, ...] = ("arteri", "kolektor", "lokal", "lingkungan")
PERKERASAN: tuple[str, ...] = ("aspal", "beton", "paving", "kerikil", "tanah")

#: Status words (Indonesian and English) -> status. Kabupaten roads are the local
#: government's own roads, like kota roads.
STATUS_WORDS: dict[str, str] = {
    "nasional": "nasional",
    "national": "nasional",
    "jalan nasional": "nasional",
    "n": "nasional",
    "provinsi": "provinsi",
    "propinsi": "provinsi",
    "provincial": "provinsi",
    "province": "provinsi",
    "jalan provinsi": "provinsi",
    "p": "provinsi",
    "kota": "kota",
    "city": "kota",
    "municipal": "kota",
    "kabupaten": "kota",
    "kabupaten kota": "kota",
    "jalan kota": "kota",
    "jalan kabupaten": "kota",
    "k": "kota",
    "desa": "desa",
    "village": "desa",
    "jalan desa": "desa",
    "kelurahan": "desa",
}

#: Fungsi words -> fungsi (primer/sekunder kept in ``fungsi`` only as the main word).
FUNGSI_WORDS: dict[str, str] = {
    **{f: f for f in FUNGSI},
    **{f"{f} {s}": f for f in FUNGSI for s in ("primer", "sekunder")},
    "arterial": "arteri",
    "collector": "kolektor",
    "local": "lokal",
    "neighbourhood": "lingkungan",
    "neighborhood": "lingkungan",
    "environmental": "lingkungan",
    "gang": "lingkungan",
}

HIGHWAY_FUNGSI: dict[str, str] = {
    "motorway": "arteri",
    "trunk": "arteri",
    "primary": "arteri",
    "secondary": "arteri",
    "tertiary": "kolektor",
    "unclassified": "lokal",
    "residential": "lokal",
    "road": "lokal",
    "living_street": "lingkungan",
    "service": "lingkungan",
    "gang": "lingkungan",
    "track": "lingkungan",
    "path": "lingkungan",
    "footway": "lingkungan",
    "pedestrian": "lingkungan",
    "cycleway": "lingkungan",
    "bridleway": "lingkungan",
    "steps": "lingkungan",
}

HIGHWAY_STATUS: dict[str, str] = {
    "motorway": "nasional",
    "trunk": "nasional",
    "primary": "provinsi",
}

SURFACE_PERKERASAN: dict[str, str] = {
    "asphalt": "aspal",
    "paved": "aspal",
    "chipseal": "aspal",
    "concrete": "beton",
    "concrete_plates": "beton",
    "concrete_lanes": "beton",
    "paving_stones": "paving",
    "sett": "paving",
    "cobblestone": "paving",
    "unhewn_cobblestone": "paving",
    "bricks": "paving",
    "grass_paver": "paving",
    "compacted": "kerikil",
    "gravel": "kerikil",
    "fine_gravel": "kerikil",
    "pebblestone": "kerikil",
    "rock": "kerikil",
    "unpaved": "tanah",
    "ground": "tanah",
    "dirt": "tanah",
    "earth": "tanah",
    "grass": "tanah",
    "mud": "tanah",
    "sand": "tanah",
}
#: Pavement words of city inventories -> perkerasan.
PERKERASAN_WORDS: dict[str, str] = {
    **{p: p for p in PERKERASAN},
    **{k.replace("_", " "): v for k, v in SURFACE_PERKERASAN.items()},
    "hotmix": "aspal",
    "hot mix": "aspal",
    "lapen": "aspal",
    "penetrasi": "aspal",
    "ac": "aspal",
    "rigid": "beton",
    "rabat": "beton",
    "rabat beton": "beton",
    "paving block": "paving",
    "conblock": "paving",
    "telford": "kerikil",
    "makadam": "kerikil",
    "sirtu": "kerikil",
    "batu": "kerikil",
    "lumpur": "tanah",
    "pasir": "tanah",
}

DEFAULT_WIDTH_M: dict[str, float] = {
    "arteri": 7.0,
    "kolektor": 6.0,
    "lokal": 4.5,
    "lingkungan": 3.0,
}
GANG_WIDTH_M = 2.0


def _base(highway: object) -> str:
    h = str(highway or "").strip().lower()
    return h[: -len("_link")] if h.endswith("_link") else h


def map_words(values: pd.Series | np.ndarray, table: dict[str, str]) -> np.ndarray:
    """Normalised words mapped through ``table``; ``""`` for empty or unknown words."""
    s = pd.Series(np.asarray(values, dtype=object))
    return vocab.map_unique(s, lambda w: table.get(vocab.normalise_word(w), "")).to_numpy(object)


def unknown_words(values: pd.Series | np.ndarray, table: dict[str, str]) -> list[str]:
    """Distinct non-empty words of ``values`` that ``table`` does not know."""
    words = {vocab.normalise_word(w) for w in pd.unique(pd.Series(np.asarray(values, object)))}
    return sorted(w for w in words if w and w not in table)


def fungsi_from_highway(highway: pd.Series | np.ndarray) -> np.ndarray:
    """Fungsi per segment from its OSM-like class (:data:`HIGHWAY_FUNGSI`; else lokal)."""
    s = pd.Series(np.asarray(highway, dtype=object))
    return vocab.map_unique(s, lambda h: HIGHWAY_FUNGSI.get(_base(h), "lokal")).to_numpy(object)


def estimate_status(highway: pd.Series | np.ndarray) -> np.ndarray:
    """Status estimate per segment from its class (:data:`HIGHWAY_STATUS`; else kota)."""
    s = pd.Series(np.asarray(highway, dtype=object))
    return vocab.map_unique(s, lambda h: HIGHWAY_STATUS.get(_base(h), "kota")).to_numpy(object)


def perkerasan_from_surface(surface: pd.Series | np.ndarray) -> np.ndarray:
    """Perkerasan per segment from a surface word; ``""`` when unknown."""
    return map_words(surface, PERKERASAN_WORDS)


def default_width(fungsi: np.ndarray, highway: np.ndarray) -> np.ndarray:
    """Width (m) to assume by fungsi (gang: :data:`GANG_WIDTH_M`)."""
    w = np.array([DEFAULT_WIDTH_M.get(str(f), 4.5) for f in fungsi], float)
    gang = np.array([_base(h) in ("gang", "path", "footway") for h in highway], bool)
    w[gang] = GANG_WIDTH_M
    return w

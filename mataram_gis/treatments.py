"""Treatments (jenis penanganan) chosen from condition, and their cost per square metre.

The treatment follows the condition, as in Permen PU 13/PRT/M/2011 (tata cara pemeliharaan
dan penilikan jalan) and Bina Marga programming practice:

============== ==========================
condition      treatment (default)
============== ==========================
baik           pemeliharaan rutin
sedang         pemeliharaan berkala
rusak ringan   rehabilitasi
rusak berat    rekonstruksi/peningkatan
============== ==========================

The mapping is editable per scenario (``Scenario.condition_treatment``). Each treatment
brings the road to a target condition (``Scenario.treatment_target``; by default the
scenario's ``target_condition``, baik), which sets the speed after the works.

Cost = unit price (Rp per m2, by treatment and pavement) x width x length. The built-in
prices (:data:`DEFAULT_PRICES_RP_M2`) are **indicative**: orders of magnitude set by the
developers for city roads from the structure of the unit-price analysis of Permen PUPR
1/2022 (AHSP): routine patching and drainage cleaning; a 4-5 cm asphalt overlay (berkala);
overlay with levelling and base repair (rehabilitasi); new base and surface, or a concrete
slab (rekonstruksi). They are not the city's prices: replace them with the city's HSPK in a
price table file (:mod:`mataram_gis.io.inventory`, ``--prices`` in the CLI). Every output
that uses them says so (:data:`INDICATIVE_NOTE`).
"""

from __future__ import annotations

import copy

import numpy as np

from mataram_gis.condition import CONDITIONS
from mataram_gis.statuses import PERKERASAN

TREATMENTS: tuple[str, ...] = (
    "pemeliharaan rutin",
    "pemeliharaan berkala",
    "rehabilitasi",
    "rekonstruksi/peningkatan",
)
TREATMENT_EN: dict[str, str] = dict(
    zip(
        TREATMENTS,
        (
            "routine maintenance",
            "periodic maintenance",
            "rehabilitation",
            "reconstruction/upgrading",
        ),
        strict=True,
    )
)

#: Default treatment by condition.
CONDITION_TREATMENT: dict[str, str] = dict(zip(CONDITIONS, TREATMENTS, strict=True))

#: Words accepted for treatments in price files and scenario tables.
TREATMENT_WORDS: dict[str, str] = {
    **{t: t for t in TREATMENTS},
    **{v: k for k, v in TREATMENT_EN.items()},
    "rutin": "pemeliharaan rutin",
    "berkala": "pemeliharaan berkala",
    "pemeliharaan periodik": "pemeliharaan berkala",
    "rehab": "rehabilitasi",
    "rekonstruksi": "rekonstruksi/peningkatan",
    "peningkatan": "rekonstruksi/peningkatan",
    "rekonstruksi peningkatan": "rekonstruksi/peningkatan",
    "peningkatan jalan": "rekonstruksi/peningkatan",
}

#: Indicative unit prices (Rp per m2) by treatment and pavement; see the module doc.
DEFAULT_PRICES_RP_M2: dict[str, dict[str, float]] = {
    "pemeliharaan rutin": {
        "aspal": 20_000.0,
        "beton": 15_000.0,
        "paving": 15_000.0,
        "kerikil": 10_000.0,
        "tanah": 8_000.0,
    },
    "pemeliharaan berkala": {
        "aspal": 180_000.0,
        "beton": 120_000.0,
        "paving": 90_000.0,
        "kerikil": 60_000.0,
        "tanah": 40_000.0,
    },
    "rehabilitasi": {
        "aspal": 350_000.0,
        "beton": 450_000.0,
        "paving": 180_000.0,
        "kerikil": 150_000.0,
        "tanah": 120_000.0,
    },
    "rekonstruksi/peningkatan": {
        "aspal": 650_000.0,
        "beton": 900_000.0,
        "paving": 300_000.0,
        "kerikil": 450_000.0,
        "tanah": 400_000.0,
    },
}

#: Pavement whose price is used where a segment's pavement is unknown.
FALLBACK_PERKERASAN = "aspal"

PRICE_SOURCE_DEFAULT = "indicative"
INDICATIVE_NOTE = {
    "id": "Harga satuan bawaan bersifat indikatif (bukan HSPK kota); ganti dengan tabel harga "
    "kota (--prices).",
    "en": "Built-in unit prices are indicative (not the city's HSPK); replace them with the "
    "city's price table (--prices).",
}


def price_table(
    overrides: dict[str, dict[str, float]] | None = None,
) -> dict[str, dict[str, float]]:
    """The default prices with ``overrides`` merged in (treatment -> pavement -> Rp/m2)."""
    table = copy.deepcopy(DEFAULT_PRICES_RP_M2)
    for treatment, row in (overrides or {}).items():
        table.setdefault(treatment, {}).update({k: float(v) for k, v in row.items()})
    return table


def treatment_of(condition: np.ndarray, mapping: dict[str, str] | None = None) -> np.ndarray:
    """Treatment per segment from its condition (default :data:`CONDITION_TREATMENT`)."""
    table = CONDITION_TREATMENT | (mapping or {})
    codes, uniq = _factorize(condition)
    return np.array([table.get(str(u), "") for u in uniq], dtype=object)[codes]


def target_of(
    treatment: np.ndarray, *, default: str, targets: dict[str, str] | None = None
) -> np.ndarray:
    """Condition each treatment brings a road to (``default`` unless ``targets`` says)."""
    table = targets or {}
    codes, uniq = _factorize(treatment)
    return np.array([table.get(str(u), default) for u in uniq], dtype=object)[codes]


def unit_prices(
    treatment: np.ndarray, perkerasan: np.ndarray, prices: dict[str, dict[str, float]]
) -> np.ndarray:
    """Rp per m2 of each segment's treatment on its pavement (unknown pavement: aspal)."""
    keys = np.char.add(np.char.add(np.asarray(treatment, str), "|"), np.asarray(perkerasan, str))
    codes, uniq = _factorize(keys)

    def one(key: str) -> float:
        t, p = key.split("|")
        row = prices.get(t, {})
        if p not in PERKERASAN or p not in row:
            p = FALLBACK_PERKERASAN
        return float(row.get(p, 0.0))

    return np.array([one(str(u)) for u in uniq], float)[codes]


def treatment_cost(
    *,
    treatment: np.ndarray,
    perkerasan: np.ndarray,
    width_m: np.ndarray,
    length_m: np.ndarray,
    prices: dict[str, dict[str, float]],
) -> np.ndarray:
    """Cost (Rp) = unit price x width x length per segment."""
    area = np.asarray(width_m, float) * np.asarray(length_m, float)
    return unit_prices(treatment, perkerasan, prices) * area


def _factorize(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    uniq, codes = np.unique(np.asarray(values, dtype=str), return_inverse=True)
    return codes.ravel(), uniq

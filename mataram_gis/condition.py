"""Measured road condition (IRI, SDI, PCI) to the Indonesian condition classes.

The classes are those of Ditjen Bina Marga: baik / sedang / rusak ringan / rusak berat.
A measured value is kept beside its class (``iri`` in the ``segments`` layer), so anyone can
check the band.

Bands and sources
-----------------
- **IRI** (International Roughness Index, m/km): Bina Marga practice for road-condition
  surveys (the IRMS / RCS condition survey guideline, used in the Statistik Jalan Nasional):
  IRI <= 4 baik, 4 < IRI <= 8 sedang, 8 < IRI <= 12 rusak ringan, IRI > 12 rusak berat.
  The edge value belongs to the better class, the same rule as the road reader
  (:data:`mataram_gis.io.vocab.IRI_THRESHOLDS`, one table for both).
- **SDI** (Surface Distress Index, Bina Marga's visual survey score): SDI < 50 baik,
  50 <= SDI < 100 sedang, 100 <= SDI < 150 rusak ringan, SDI >= 150 rusak berat. The guideline
  writes "< 50, 50-100, 100-150, > 150"; an edge value goes to the worse class.
- **PCI** (Pavement Condition Index, ASTM D6433 / Shahin, 0-100, 100 = perfect): its seven
  classes merged into four (our mapping, documented here): excellent and very good (PCI > 70)
  baik, good (55 < PCI <= 70) sedang, fair (40 < PCI <= 55) rusak ringan, poor, very poor
  and failed (PCI <= 40) rusak berat.
- Where several measures are given for one place, the **worse** class counts (the Bina
  Marga IRI-SDI matrix never rates a stretch better than its worse indicator).
"""

from __future__ import annotations

import numpy as np

from mataram_gis.io.vocab import IRI_THRESHOLDS

#: Canonical condition classes, best first (same order as :data:`mataram_gis.speeds.CONDITIONS`).
CONDITIONS: tuple[str, ...] = ("baik", "sedang", "rusak ringan", "rusak berat")

#: Upper SDI bound (exclusive) of baik, sedang and rusak ringan; at or above the last: rusak berat.
SDI_BOUNDS: tuple[float, ...] = (50.0, 100.0, 150.0)

#: Lower PCI bound (exclusive) of baik, sedang and rusak ringan; at or below the last: rusak berat.
PCI_BOUNDS: tuple[float, ...] = (70.0, 55.0, 40.0)

#: Where each band comes from (shown in docs and the briefing's method page).
BAND_SOURCES: dict[str, str] = {
    "iri": "Bina Marga condition survey (IRMS/RCS): IRI <=4 baik, <=8 sedang, <=12 rusak "
    "ringan, >12 rusak berat (m/km)",
    "sdi": "Bina Marga Surface Distress Index: <50 baik, 50-100 sedang, 100-150 rusak "
    "ringan, >=150 rusak berat",
    "pci": "ASTM D6433 PCI classes merged: >70 baik, >55 sedang, >40 rusak ringan, <=40 "
    "rusak berat (our mapping)",
}

_LABELS = np.array(CONDITIONS, dtype=object)


def _codes_iri(iri: np.ndarray) -> np.ndarray:
    bounds = np.array([b for b, _ in IRI_THRESHOLDS])
    return np.searchsorted(bounds, iri, side="left")


def _codes_sdi(sdi: np.ndarray) -> np.ndarray:
    return np.searchsorted(np.array(SDI_BOUNDS), sdi, side="right")


def _codes_pci(pci: np.ndarray) -> np.ndarray:
    return (pci[:, None] <= np.array(PCI_BOUNDS)[None, :]).sum(axis=1)


def condition_codes(
    *,
    iri: np.ndarray | None = None,
    sdi: np.ndarray | None = None,
    pci: np.ndarray | None = None,
) -> np.ndarray:
    """Condition code per row (0 baik .. 3 rusak berat; -1 where nothing was measured).

    Parameters
    ----------
    iri, sdi, pci
        Measured values (NaN where not measured); any may be omitted. All given arrays
        have the same length.

    Returns
    -------
    numpy.ndarray
        int64 codes into :data:`CONDITIONS`; the worse class where several are given.
    """
    given = [np.asarray(a, float) for a in (iri, sdi, pci) if a is not None]
    if not given:
        return np.zeros(0, np.int64)
    n = len(given[0])
    out = np.full(n, -1, np.int64)
    for values, fn in ((iri, _codes_iri), (sdi, _codes_sdi), (pci, _codes_pci)):
        if values is None:
            continue
        values = np.asarray(values, float)
        ok = np.isfinite(values)
        if ok.any():
            codes = np.full(n, -1, np.int64)
            codes[ok] = fn(values[ok])
            out = np.maximum(out, codes)
    return out


def classify(
    *,
    iri: np.ndarray | None = None,
    sdi: np.ndarray | None = None,
    pci: np.ndarray | None = None,
) -> np.ndarray:
    """Condition class per row from measured values; ``""`` where nothing was measured.

    Examples
    --------
    >>> classify(iri=np.array([4.0, 4.01, 12.0, 12.5])).tolist()
    ['baik', 'sedang', 'rusak ringan', 'rusak berat']
    >>> classify(sdi=np.array([49.9, 50.0, 150.0])).tolist()
    ['baik', 'sedang', 'rusak berat']
    """
    codes = condition_codes(iri=iri, sdi=sdi, pci=pci)
    out = np.full(len(codes), "", dtype=object)
    ok = codes >= 0
    out[ok] = _LABELS[codes[ok]]
    return out


def worse(a: str, b: str) -> str:
    """The worse of two condition classes ("" counts as unknown and loses)."""
    if a not in CONDITIONS:
        return b
    if b not in CONDITIONS:
        return a
    return CONDITIONS[max(CONDITIONS.index(a), CONDITIONS.index(b))]


def better_of(condition: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Element-wise better class of ``condition`` and ``target`` (both canonical words)."""
    rank = {c: i for i, c in enumerate(CONDITIONS)}
    c = np.array([rank[x] for x in condition], np.int64)
    t = np.array([rank[x] for x in target], np.int64)
    return _LABELS[np.minimum(c, t)].astype(object)


def kemantapan(length_m: np.ndarray, condition: np.ndarray) -> float:
    """Share (0-1) of length in baik or sedang ("jalan mantap"); NaN for no length.

    Parameters
    ----------
    length_m
        Length of each piece of road.
    condition
        Its condition class.
    """
    length = np.asarray(length_m, float)
    total = float(length.sum())
    if total <= 0:
        return float("nan")
    good = np.isin(np.asarray(condition, dtype=object), ("baik", "sedang"))
    return float(length[good].sum()) / total

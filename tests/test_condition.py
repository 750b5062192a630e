"""Condition bands (IRI, SDI, PCI) at their edges, and kemantapan."""

from __future__ import annotations

import numpy as np
import pytest

from mataram_gis.condition import (
    BAND_SOURCES,
    better_of,
    classify,
    condition_codes,
    kemantapan,
    worse,
)


@pytest.mark.parametrize(
    ("iri", "want"),
    [
        (0.0, "baik"),
        (4.0, "baik"),
        (4.0001, "sedang"),
        (8.0, "sedang"),
        (8.0001, "rusak ringan"),
        (12.0, "rusak ringan"),
        (12.0001, "rusak berat"),
        (25.0, "rusak berat"),
    ],
)
def test_iri_band_edges(iri, want):
    assert classify(iri=np.array([iri])).tolist() == [want]


@pytest.mark.parametrize(
    ("sdi", "want"),
    [
        (0.0, "baik"),
        (49.99, "baik"),
        (50.0, "sedang"),
        (99.99, "sedang"),
        (100.0, "rusak ringan"),
        (149.99, "rusak ringan"),
        (150.0, "rusak berat"),
        (400.0, "rusak berat"),
    ],
)
def test_sdi_band_edges(sdi, want):
    assert classify(sdi=np.array([sdi])).tolist() == [want]


@pytest.mark.parametrize(
    ("pci", "want"),
    [
        (100.0, "baik"),
        (70.01, "baik"),
        (70.0, "sedang"),
        (55.01, "sedang"),
        (55.0, "rusak ringan"),
        (40.01, "rusak ringan"),
        (40.0, "rusak berat"),
        (0.0, "rusak berat"),
    ],
)
def test_pci_band_edges(pci, want):
    assert classify(pci=np.array([pci])).tolist() == [want]


def test_worse_of_several_measures_and_unmeasured_rows():
    iri = np.array([3.0, 3.0, np.nan, np.nan])
    sdi = np.array([120.0, np.nan, 60.0, np.nan])
    assert classify(iri=iri, sdi=sdi).tolist() == ["rusak ringan", "baik", "sedang", ""]
    assert condition_codes(iri=iri, sdi=sdi).tolist() == [2, 0, 1, -1]


def test_band_sources_are_documented():
    assert set(BAND_SOURCES) == {"iri", "sdi", "pci"}
    assert "Bina Marga" in BAND_SOURCES["iri"] and "ASTM" in BAND_SOURCES["pci"]


def test_worse_better_and_kemantapan():
    assert worse("baik", "rusak ringan") == "rusak ringan"
    assert worse("", "sedang") == "sedang"
    got = better_of(np.array(["rusak berat", "baik"]), np.array(["sedang", "sedang"]))
    assert got.tolist() == ["sedang", "baik"]
    length = np.array([100.0, 300.0, 600.0])
    assert kemantapan(length, np.array(["baik", "sedang", "rusak ringan"])) == 0.4
    assert np.isnan(kemantapan(np.zeros(0), np.zeros(0, object)))

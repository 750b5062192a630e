"""The column map and the value vocabularies."""

from __future__ import annotations

import numpy as np
import pandas as pd

from mataram_gis.io.columns import ROAD_COLUMNS, normalise_name, resolve_columns
from mataram_gis.io.vocab import (
    CONDITION_WORDS,
    as_words,
    iri_to_condition,
    map_words,
    normalise_word,
)


def test_normalise_name_and_word():
    assert normalise_name("\ufeffNama Ruas") == "nama_ruas"
    assert normalise_name("Lebar-Jalan") == "lebar_jalan"
    assert normalise_word(" Rusak_Ringan ") == "rusak ringan"
    assert normalise_word("-1") == "-1" and normalise_word("2,0") == "2"


def test_resolve_prefers_override_and_shapefile_names():
    cols = resolve_columns(["NAMA", "Kondisi", "fungsi_jal"], ROAD_COLUMNS)
    assert cols == {"name": "NAMA", "condition": "Kondisi", "highway": "fungsi_jal"}
    cols = resolve_columns(
        ["kondisi", "k2"], ROAD_COLUMNS, column_map={"k2": "condition", "kondisi": None}
    )
    assert cols == {"condition": "k2"}


def test_words_and_iri():
    mapped, unknown = map_words(pd.Series(["BAIK", "Heavy damage", "x", None]), CONDITION_WORDS)
    assert mapped.tolist()[:2] == ["baik", "rusak berat"] and unknown.tolist() == [
        False,
        False,
        True,
        True,
    ]
    assert iri_to_condition(np.array([0, 4, 4.1, 8, 12, 12.1])).tolist() == [
        "baik",
        "baik",
        "sedang",
        "sedang",
        "rusak ringan",
        "rusak berat",
    ]
    assert as_words(pd.Series([1.0, -1.0, np.nan])).tolist() == ["1", "-1", ""]

"""The one formatting module: numbers, rupiah in words, dates in WITA."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from layers import formatting as layer_formatting
from mataram_gis.formatting import format_date, format_number, format_rupiah
from mataram_gis.outputs import texts


def test_rupiah_words_are_unambiguous():
    assert format_rupiah(1.25e9, "id") == "Rp 1,25 miliar"
    assert format_rupiah(1.25e9, "en") == "Rp 1.25 billion"
    assert format_rupiah(450e6, "id") == "Rp 450 juta"
    assert format_rupiah(3.4e12, "en") == "Rp 3.40 trillion"
    assert format_rupiah(999_999, "id") == "Rp 999.999"
    assert format_rupiah(1.25e9, "id", short=False) == "Rp 1.250.000.000"
    for value in (1e6, 2.5e9, 7e12):
        for lang in ("id", "en"):
            assert not format_rupiah(value, lang).endswith((" M", " B", " T", " jt"))


def test_one_implementation_for_outputs_and_layers():
    assert texts.fmt_rp is format_rupiah
    assert layer_formatting.format_number is format_number
    for value in (2.5e5, 1.234e9, 47.1e6):
        assert layer_formatting.format_rupiah(value, "id") == format_rupiah(
            value, "id", decimals=1
        )
    assert texts.fmt_num(1234.5, "id", decimals=1) == "1.234,5"


def test_missing_and_non_finite_values_show_a_dash():
    for value in (None, math.nan, math.inf, -math.inf):
        assert format_number(value, "id") == "–"
        assert format_rupiah(value, "en") == "–"


def test_dates_are_in_wita():
    # 20:30 UTC on 29 November is 04:30 on 30 November in Mataram (UTC+8)
    assert format_date("2026-11-29T20:30:00+00:00", "id") == "30 November 2026"
    assert format_date("2026-11-29T20:30:00+00:00", "en", with_time=True) == (
        "30 November 2026, 04:30 WITA"
    )
    assert format_date("2026-08-17T01:00:00+00:00", "id", with_time=True) == (
        "17 Agustus 2026, 09.00 WITA"
    )
    assert format_date("not a date", "en") == "not a date"


@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False))
def test_indonesian_and_english_numbers_mirror_each_other(value):
    en, id_ = format_number(value, "en", 2), format_number(value, "id", 2)
    swapped = en.replace(",", "\0").replace(".", ",").replace("\0", ".")
    assert id_ == swapped
    assert float(en.replace(",", "")) == round(value, 2) or abs(value) > 1e13

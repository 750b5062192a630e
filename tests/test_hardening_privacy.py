"""Issue 9, input side, personal data: a register without a header line leaks nothing.

Finding 3: a P3KE-style register without a header row is refused with our error, and no
value of it (NIK, names, phones, addresses) reaches the message, the log or the CLI; the
personal-data detector recognises phones, numbers stored as numbers and names in free text.
The other input findings are in ``tests/test_hardening_inputs.py``.
"""

from __future__ import annotations

import logging

import pandas as pd
import pytest

from mataram_gis.cli import main
from mataram_gis.errors import InputDataError
from mataram_gis.io import preview_table, read_households
from mataram_gis.io.privacy import drop_personal, has_personal_values, personal_columns

NIK = "5271012345670001"
SECRETS = [
    NIK,
    "5271019876540002",
    "081234567890",
    "Baiq Nurul Aini",
    "Jl. Langko No. 7",
    "baiq@example.com",
    "1980-02-03",
]
HEADERLESS = (
    f"Baiq Nurul Aini,{NIK},5271019876540002,Jl. Langko No. 7,081234567890,1980-02-03,"
    "baiq@example.com,ok,1,4,116.1,-8.6\n"
    "Lalu Ahmad,5271012345670009,5271019876540010,Jl. Pejanggik 1,+6281234567891,"
    "1975-01-01,l@example.com,ok,2,3,116.2,-8.58\n"
)


# -- finding 3: a register without a header line -------------------------------------------
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_headerless_register_is_refused_and_no_value_is_logged_or_shown(tmp_path, caplog, suffix):
    caplog.set_level(logging.DEBUG)
    path = tmp_path / f"p3ke{suffix}"
    if suffix == ".csv":
        path.write_text(HEADERLESS, encoding="utf-8")
    else:
        rows = [line.split(",") for line in HEADERLESS.splitlines()]
        pd.DataFrame(rows).to_excel(path, header=False, index=False)
    for call in (read_households, preview_table):
        with pytest.raises(InputDataError, match="looks like data, not column names") as err:
            call(path)
        assert "add a header row" in err.value.fix
        for secret in SECRETS:
            assert secret not in err.value.message
    for secret in SECRETS:
        assert secret not in caplog.text


def test_headerless_register_through_the_cli_leaks_nothing(tmp_path, demo_dir, capsys):
    path = tmp_path / "p3ke.csv"
    path.write_text(HEADERLESS, encoding="utf-8")
    code = main(
        ["rank", "--roads", str(demo_dir / "roads.gpkg"), "--centres",
         str(demo_dir / "centres.csv"), "--households", str(path), "--out",
         str(tmp_path / "r.gpkg")]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and "add a header row" in err
    for secret in SECRETS:
        assert secret not in err


def test_dropped_columns_named_like_data_are_logged_by_position(caplog):
    caplog.set_level(logging.INFO)
    frame = pd.DataFrame({"desil": [1, 2], "081234567890": ["a", "b"], "nik": [NIK, NIK]})
    kept = drop_personal(frame, person_names=True, file="x.gpkg")
    assert list(kept.columns) == ["desil"]  # the phone-named column is dropped too
    assert "081234567890" not in caplog.text and NIK not in caplog.text
    assert "column 2" in caplog.text and "nik" in caplog.text


def test_preview_lists_dropped_columns_without_values(tmp_path):
    path = tmp_path / "rumah_tangga.csv"
    path.write_text(
        "desil,lon,lat,no_hp,catatan\n1,116.1,-8.6,(+62) 817-1234-5678,Rumah Bapak Ahmad\n"
        "2,116.2,-8.5,0817-2345-6789,dekat pasar\n",
        encoding="utf-8",
    )
    preview = preview_table(path)
    assert preview.dropped == ["no_hp", "catatan"]
    assert "catatan" not in preview.table and "no_hp" not in preview.table


@pytest.mark.parametrize(
    "phone",
    [
        "(+62) 817-1234-5678",
        "+62 817 1234 5678",
        "+62 (0)817 1234 5678",
        "0817-1234-5678",
        "6281712345678",
        "+62-817-1234-5678",
        "0817/1234/5678",
    ],
)
def test_phone_formats_are_recognised(phone):
    assert has_personal_values(pd.Series(["-", phone]))


def test_phone_numbers_stored_as_numbers_are_recognised():
    assert has_personal_values(pd.Series([81234567890, 1]))  # leading 0 lost in Excel
    assert has_personal_values(pd.Series([6281234567890.0]))
    assert not has_personal_values(pd.Series([9050123.0, 400123.5, 4.0]))  # UTM, weights


def test_names_in_free_text_columns_are_personal_in_household_tables():
    frame = pd.DataFrame(
        {
            "keterangan": ["usaha tenun", "Rumah Bapak Ahmad, dekat masjid"],
            "note": ["", "Lalu Muhammad Zaini"],
            "sentra": ["Sentra Ibu Rahmi", ""],  # a field the reader uses: kept
            "catatan": ["bulan lalu pindah", "blok H timur"],  # no person named
        }
    )
    assert personal_columns(frame, person_names=True) == ["keterangan", "note"]
    assert personal_columns(frame, person_names=False) == []

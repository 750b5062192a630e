"""Personal data never survives a reader (UU 27/2022)."""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd

from mataram_gis.io import read_centres, read_households
from mataram_gis.io.privacy import is_personal_name, personal_columns
from tests.checks import assert_no_personal_values

NIK = "5271012345670001"
KK = "5271019876540002"
PHONE = "081234567890"
SECRETS = [
    NIK,
    KK,
    PHONE,
    "Baiq Nurul Aini",
    "Jl. Langko No. 7",
    "baiq@example.com",
    "1980-02-03",
    "3520014444440003",
]


def household_table(tmp_path: Path) -> Path:
    text = (
        "nama_kepala_keluarga,nik,no_kk,alamat,no_hp,tanggal_lahir,email,id,catatan,"
        "desil,jumlah_anggota,lon,lat\n"
        f"Baiq Nurul Aini,{NIK},{KK},Jl. Langko No. 7,{PHONE},1980-02-03,baiq@example.com,"
        "3520014444440003,ok,1,4,116.1,-8.6\n"
        "Lalu Ahmad,5271012345670009,5271019876540010,Jl. Pejanggik 1,+6281234567891,"
        "1975-01-01,l@example.com,3520014444440004,ok,2,3,116.2,-8.58\n"
    )
    path = tmp_path / "p3ke.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_household_personal_columns_dropped(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    hh = read_households(household_table(tmp_path))
    assert hh["household_id"].tolist() == ["1", "2"]  # never the NIK-like id column
    assert hh["weight"].tolist() == [4.0, 3.0] and hh["category"].tolist() == [1, 2]
    frame_text = hh.drop(columns="geometry").to_csv()
    for value in SECRETS:
        assert value not in frame_text
        assert value not in caplog.text  # logs name columns, never values
    assert "8 personal column(s) dropped" in caplog.text  # incl. the NIK-like id
    assert "nik" in caplog.text and "no_hp" in caplog.text
    out = tmp_path / "out"
    out.mkdir()
    hh.to_file(out / "hh.gpkg")
    hh.to_csv(out / "hh.csv")
    assert_no_personal_values([out], SECRETS)


def test_nik_values_found_in_any_column(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text(f"lon,lat,desil,kode\n116.1,-8.6,1,{NIK}\n116.1,-8.6,1,X\n")
    hh = read_households(path)
    assert NIK not in hh.to_csv()


def test_centre_name_is_not_personal_but_phone_is(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(f"nama,kontak_hp,lon,lat\nSentra Tenun,{PHONE},116.1,-8.6\n")
    c = read_centres(path)
    assert c["name"].tolist() == ["Sentra Tenun"]
    assert PHONE not in c.to_csv()


def test_recognisers():
    assert is_personal_name("NIK", person_names=False)
    assert is_personal_name("No. KK", person_names=False)
    assert is_personal_name("Nama", person_names=True)
    assert not is_personal_name("Nama", person_names=False)
    assert not is_personal_name("nama_sentra", person_names=True)
    assert not is_personal_name("desil", person_names=True)
    frame = pd.DataFrame({"a": [5271012345670001, 1], "b": ["x", "y"], "lat": [-8.6, -8.5]})
    assert personal_columns(frame, person_names=True) == ["a"]

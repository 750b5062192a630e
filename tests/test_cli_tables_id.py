"""The command line's printed tables speak Indonesian by default (issue 13)."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from mataram_gis.cli import main
from mataram_gis.messages import set_language
from tests.test_glossary_denylist import english_leaks

#: English words of the old tables that must not reach an Indonesian reader.
OLD_ENGLISH = ("h/yr", " hh", "city roads", "indicative", "segments", "households", "top ")


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    set_language("en")


def test_rank_tables_are_indonesian(tmp_path: Path, capsys) -> None:
    argv = ["rank", "--demo", "--out", str(tmp_path / "r.gpkg"), "--top", "8", "--ruas-top", "4"]
    assert main([*argv, "--lang", "id"]) == 0
    out = capsys.readouterr()
    text = out.out + out.err
    assert "jam-RT terbobot/tahun" in text and " RT" in text
    assert "ruas teratas" in text and "indikatif" in text
    assert english_leaks(text) == []
    assert [w for w in OLD_ENGLISH if w in text] == []


def test_rank_tables_stay_english_with_lang_en(tmp_path: Path, capsys) -> None:
    argv = ["rank", "--demo", "--out", str(tmp_path / "r.gpkg"), "--top", "8", "--ruas-top", "4"]
    assert main([*argv, "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "h/yr" in text and "top 4 ruas" in text


def test_portfolio_and_corridor_tables_are_indonesian(grid_analysis, tmp_path, capsys) -> None:
    import numpy as np

    from mataram_gis.problem import UpgradeProblem
    from mataram_gis.results import write_results

    res = write_results(grid_analysis, tmp_path / "r.gpkg")
    p = UpgradeProblem.from_analysis(grid_analysis)
    budget = float(np.sort(p.cost[p.candidate])[:5].sum())
    argv = ["portfolio", "--results", str(res), "--budget", str(budget), "--unit", "ruas"]
    assert main([*argv, "--out", str(tmp_path / "p.gpkg"), "--lang", "id"]) == 0
    corridors = ["corridors", "--results", str(res), "--out", str(tmp_path / "c.gpkg")]
    assert main([*corridors, "--lang", "id"]) == 0
    text = capsys.readouterr().out
    assert "portofolio:" in text and "kelayakan:" in text and "pekerjaan:" in text
    assert "jam-RT terbobot/tahun" in text
    assert english_leaks(text) == []
    leftover = ("h/yr", "segments", "appraisal", "unweighted", "works:", "stretches", "draws")
    assert [w for w in leftover if w in text] == []


#: English words of a printed table that must not reach an Indonesian reader, on top of the
#: glossary's deny-list: the old headers, aggregation codes, status and treatment codes in
#: English, the total row and the abbreviations the tables used to print.
CLI_DENY = (
    "households", "reached", "benefit", "share", "saved", "before", "after", "total", "far",
    "isolated", "off network", "unweighted", "utilitarian", "prioritarian", "aggregation equity",
    "city", "provincial", "national", "maintenance", "unnamed", "outside", "concentration",
    "min)", " seg ", "million",
)  # fmt: skip
#: A raw field name (``households_reached``) printed as a header.
_FIELD = re.compile(r"\b[a-z]+_[a-z_]+\b")


def cli_leaks(text: str) -> list[str]:
    """English of any kind in an Indonesian CLI table: deny-list words, raw field names.

    File paths (``/tmp/.../daftar_ruas.csv``) are the user's and left out of the check.
    """
    text = re.sub(r"\S*/\S*", "", text)
    low = text.lower()
    found = english_leaks(text) + [w for w in CLI_DENY if w in low]
    return found + _FIELD.findall(text)


def test_cli_leaks_catches_the_old_tables() -> None:
    old = "category  households  households_reached   benefit  benefit_share\n   total  19992"
    assert {"households", "total", "households_reached", "benefit_share"} <= set(cli_leaks(old))
    assert cli_leaks("   1  Jl. Jeruk      12 seg   962 m  Rp 1.045.321.169") == [" seg "]
    assert cli_leaks("desil 1 (miskin ekstrem)  6.220  RT terjangkau  pangsa manfaat") == []


@pytest.fixture(scope="module")
def grid_result(grid_analysis, tmp_path_factory):
    from mataram_gis.commands.rank import ruas_layer
    from mataram_gis.results import write_results

    analysis = copy.copy(grid_analysis)
    analysis.ruas = ruas_layer(analysis)
    return write_results(analysis, tmp_path_factory.mktemp("tables") / "r.gpkg")


def _run_id(argv: list[str], capsys) -> str:
    try:
        assert main([*argv, "--lang", "id"]) == 0, argv
    finally:
        set_language("en")
    return capsys.readouterr().out


@pytest.mark.parametrize("aggregation", ["equity", "utilitarian", "prioritarian"])
def test_equity_tables_are_indonesian(grid_result, capsys, aggregation) -> None:
    argv = ["equity", "--results", str(grid_result), "--top", "3", "--by", "category", "centre",
            "--aggregation", aggregation]  # fmt: skip
    text = _run_id(argv, capsys)
    assert "rumah tangga" in text and "RT terjangkau" in text and "pangsa manfaat" in text
    assert "desil 1 (miskin ekstrem)" in text and "\njumlah " in text
    assert "indeks konsentrasi" in text and "manfaat dalam jam-RT" in text
    assert aggregation not in text  # the code: its words are printed instead
    assert cli_leaks(text) == [], cli_leaks(text)
    assert re.search(r"\d+,\d%", text)  # 44,9% not 44.9%


def test_isolation_table_is_indonesian(grid_result, capsys) -> None:
    text = _run_id(["isolation", "--results", str(grid_result), "--threshold", "0.5"], capsys)
    assert "terisolasi" in text and "di luar jaringan" in text and "jauh (> 0,5 menit)" in text
    assert cli_leaks(text) == [], cli_leaks(text)


def test_every_printed_table_is_indonesian(grid_result, tmp_path, capsys) -> None:
    """portfolio (works), corridors, access, snapping, demo: one leak anywhere fails."""
    import numpy as np

    from mataram_gis.results import read_results

    p = read_results(grid_result).problem
    budget = str(float(np.sort(p.cost[p.candidate])[:5].sum()))
    runs = [
        ["portfolio", "--results", str(grid_result), "--budget", budget, "--unit", "ruas",
         "--out", str(tmp_path / "p.gpkg")],
        ["corridors", "--results", str(grid_result), "--out", str(tmp_path / "c.gpkg")],
        ["access", "--results", str(grid_result), "--out", str(tmp_path / "a.gpkg"),
         "--bands", "1"],
        ["snapping", "--results", str(grid_result)],
        ["demo", "--out", str(tmp_path / "demo")],
    ]  # fmt: skip
    for argv in runs:
        text = _run_id(argv, capsys)
        assert text.strip(), argv
        assert cli_leaks(text) == [], (argv[0], cli_leaks(text))
    assert "segmen" in _run_id(runs[1], capsys)


def test_ruas_table_words_follow_the_language(grid_result, capsys) -> None:
    """Status and treatment codes print as words: ``kota`` is ``city`` in English."""
    import pyogrio

    from mataram_gis.commands.rank import print_ruas

    ruas = pyogrio.read_dataframe(grid_result, layer="ruas", read_geometry=False)
    set_language("id")
    try:
        print_ruas(ruas, top=3)
    finally:
        set_language("en")
    text_id = capsys.readouterr().out
    print_ruas(ruas, top=3)
    text_en = capsys.readouterr().out
    assert cli_leaks(text_id) == [], cli_leaks(text_id)
    assert " kota " not in text_en and "city" in text_en and " jt " not in text_en

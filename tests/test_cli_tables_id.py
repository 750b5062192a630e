"""The command line's printed tables speak Indonesian by default (issue 13)."""

from __future__ import annotations

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

"""``report --unit ruas|penggal --xlsx``: the briefing's budget pages and the work programme
XLSX list whole ruas (or stretches) with their nomor ruas; the default stays per segment.

Real files: the CLI writes the PDF (read back with pypdf) and the XLSX (openpyxl)."""

from __future__ import annotations

import numpy as np
import openpyxl
import pytest
from pypdf import PdfReader

from mataram_gis.cli import main
from mataram_gis.outputs.programme_out import pick_ranges
from mataram_gis.outputs.programme_texts import tp
from mataram_gis.problem import UpgradeProblem
from mataram_gis.results import read_results, write_results


@pytest.fixture(scope="module")
def results_path(grid_analysis, tmp_path_factory):
    path = tmp_path_factory.mktemp("unit") / "r.gpkg"
    write_results(grid_analysis, path)
    return path


@pytest.fixture(scope="module")
def budget(grid_analysis) -> float:
    problem = UpgradeProblem.from_analysis(grid_analysis)
    return round(float(problem.cost[problem.candidate].sum()) * 0.3, -6)


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def sheet_rows(path, lang: str = "id") -> tuple[list[str], list[dict], list[tuple]]:
    """Header, the data rows (as dicts) and the rows after them (total, note)."""
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    head = list(rows[1])
    end = next(i for i, r in enumerate(rows) if r[0] == tp("total", lang))
    return head, [dict(zip(head, r, strict=True)) for r in rows[2:end]], rows[end:]


def _report(results_path, budget, tmp_path, *extra: str):
    pdf, xlsx = tmp_path / "b.pdf", tmp_path / "w.xlsx"
    args = ["report", "--results", str(results_path), "--out", str(pdf), "--budget",
            str(budget), "--xlsx", str(xlsx), *extra]  # fmt: skip
    assert main(args) == 0
    return pdf, xlsx


def test_ruas_unit_lists_whole_ruas_with_nomor(results_path, budget, tmp_path):
    pdf, xlsx = _report(results_path, budget, tmp_path, "--unit", "ruas")
    head, rows, tail = sheet_rows(xlsx)
    for key in ("col_picks", "col_no", "col_sta", "col_segments", "col_segment_ids"):
        assert tp(key, "id") in head
    seg = read_results(results_path).segments
    cand = seg.loc[seg["candidate"].astype(bool)]
    whole = cand.groupby("nomor_ruas")["segment_id"].apply(lambda x: sorted(map(int, x)))
    picked: list[int] = []
    assert rows, "the budget buys some ruas"
    nomors = [r[tp("col_no", "id")] for r in rows]
    assert len(nomors) == len(set(nomors)), "one row per ruas (one year, one fund)"
    for r in rows:
        ids = [int(x) for x in r[tp("col_segment_ids", "id")].split()]
        assert ids == whole[r[tp("col_no", "id")]], "every candidate segment of the ruas"
        assert r[tp("col_segments", "id")] == len(ids)
        picked += ids
    # the same programme the CLI's portfolio picks by ruas, cost and benefit summed per ruas
    portfolio, works = tmp_path / "p.gpkg", tmp_path / "p.xlsx"
    args = ["portfolio", "--results", str(results_path), "--budget", str(budget), "--unit",
            "ruas", "--out", str(portfolio), "--xlsx", str(works)]  # fmt: skip
    assert main(args) == 0
    assert sheet_rows(works)[1] == rows  # portfolio --xlsx: the same work programme
    import pyogrio

    picks = pyogrio.read_dataframe(portfolio, layer="portfolio")
    assert sorted(picked) == sorted(picks["segment_id"].astype(int))
    cost = sum(r[tp("col_cost", "id")] for r in rows)
    assert cost == pytest.approx(float(picks["cost"].sum()))
    assert tail[0][head.index(tp("col_cost", "id"))] == pytest.approx(cost)
    assert tail[1][0] == tp("unit_ruas", "id")
    # the briefing's budget page: one row per ruas with its nomor and the unit said
    text = pdf_text(pdf)
    page = text[text.index(tp("h_picks", "id")) :]
    assert " ".join(tp("unit_ruas", "id").split()[:4]) in " ".join(page.split())
    for r in rows:
        assert r[tp("col_no", "id")] in page
        assert r[tp("col_picks", "id")] in page


def test_penggal_unit_lists_stretches(results_path, budget, tmp_path):
    pdf, xlsx = _report(results_path, budget, tmp_path, "--unit", "penggal", "--lang", "en")
    _head, rows, tail = sheet_rows(xlsx, "en")
    seg = read_results(results_path).segments.set_index("segment_id")
    assert rows and tail[1][0] == tp("unit_penggal", "en")
    for r in rows:
        ids = [int(x) for x in r[tp("col_segment_ids", "en")].split()]
        part = seg.loc[ids].sort_values("sta_from_m")
        assert set(part["nomor_ruas"]) == {r[tp("col_no", "en")]}
        # one stretch: consecutive in STA, one STA range
        assert np.allclose(part["sta_from_m"].to_numpy()[1:], part["sta_to_m"].to_numpy()[:-1])
        assert ";" not in r[tp("col_sta", "en")] and " - " in r[tp("col_sta", "en")]
    text = " ".join(pdf_text(pdf).split())
    assert " ".join(tp("unit_penggal", "en").split()[:5]) in text


@pytest.mark.parametrize("extra", [["--unit", "ruas"], ["--xlsx", "w.xlsx"]])
def test_unit_and_xlsx_need_a_budget(results_path, tmp_path, extra, capsys):
    if extra[0] == "--xlsx":
        extra = ["--xlsx", str(tmp_path / "w.xlsx")]
    args = ["report", "--results", str(results_path), "--out", str(tmp_path / "b.pdf"), *extra]
    assert main(args) == 2
    assert "needs a budget" in capsys.readouterr().err
    assert not (tmp_path / "b.pdf").exists()


def test_pick_ranges():
    assert pick_ranges([3, 4, 5, 9]) == "3\u20135, 9"
    assert pick_ranges(np.array([7])) == "7"
    assert pick_ranges([2, 4, 5]) == "2, 4\u20135"

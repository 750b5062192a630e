"""Briefing pages read well: no word broken inside a table, the price table actually used,
a cost curve zoomed around the budget (issues 11 and 13).

The tables are checked as reportlab laid them out in the real PDF (every cell's lines after
the build), for every table of the briefing with a budget and a multi-year programme, in
Indonesian and English.
"""

from __future__ import annotations

import html

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

import mataram_gis.outputs.briefing_style as style
from mataram_gis.cli import main
from mataram_gis.outputs.briefing import build_briefing
from mataram_gis.outputs.charts import BUDGET_ZOOM, curve_range
from mataram_gis.outputs.pdffonts import register_fonts
from mataram_gis.outputs.ruas_texts import RUAS_TEXTS
from mataram_gis.outputs.texts import TEXTS, fmt_num
from mataram_gis.problem import UpgradeProblem
from mataram_gis.results import read_results, write_results


@pytest.fixture(scope="module")
def results_path(grid_analysis, tmp_path_factory):
    path = tmp_path_factory.mktemp("layout") / "r.gpkg"
    write_results(grid_analysis, path)
    return path


@pytest.fixture(scope="module")
def budget(grid_analysis) -> float:
    problem = UpgradeProblem.from_analysis(grid_analysis)
    return round(float(problem.cost[problem.candidate].sum()) * 0.25, -6)


def _text(pdf) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)


def _broken_words(tables: list) -> list[tuple[str, list[str]]]:
    """Cells whose laid-out lines hold a piece of a word instead of whole words."""
    bad = []
    cells = [c for t in tables for row in t._cellvalues for item in row
             for c in (item if isinstance(item, list | tuple) else [item])]  # fmt: skip
    laid_out = [c for c in cells if isinstance(c, Paragraph) and hasattr(c, "blPara")]
    assert len(laid_out) > 0.9 * len(cells) > 0  # the check looks at (nearly) every cell
    for cell in laid_out:
        words = set(html.unescape(cell.text).split(" "))
        assert cell.blPara.kind == 0  # plain text: lines are lists of words
        pieces = [w for _, line in cell.blPara.lines for w in line]
        if any(w not in words for w in pieces):
            bad.append((cell.text, pieces))
    return bad


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_table_of_the_briefing_breaks_a_word(results_path, budget, tmp_path, monkeypatch, lang):
    made: list = []

    class Recorded(style.Table):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(style, "Table", Recorded)
    a, b = round(budget / 3, -6), round(budget / 6, -6)
    pdf = tmp_path / f"b_{lang}.pdf"
    args = [
        "report",
        "--results",
        str(results_path),
        "--out",
        str(pdf),
        "--lang",
        lang,
        "--budget",
        str(budget),
        "--years",
        "2",
        "--ceilings",
        f"APBD={a},{a};DAK={b},0",
    ]
    assert main(args) == 0
    assert len(made) >= 8  # summary, ruas, picks, appraisal, programme, top, access, annex...
    assert _broken_words(made) == []
    text = _text(pdf)
    for head in ("Panjang (m)", "RT yang untung") if lang == "id" else ("Length (m)",):
        assert head in text


def test_the_check_finds_a_word_broken_by_a_too_narrow_column():
    register_fonts()

    def rows():
        return [[style.para("Panjang (m)", style.HEAD), style.para("Nama jalan", style.HEAD)],
                [style.para("123", style.CELL_R), style.para("Jl. Pendidikan")]]  # fmt: skip

    narrow = style.data_table(rows(), [20.0, 80.0], fit=False)  # fixed widths, as before
    narrow.wrap(500, 500)
    assert _broken_words([narrow])
    fitted = style.data_table(rows(), [20.0, 80.0])  # the same 100 pt, sized to content
    fitted.wrap(500, 500)
    assert _broken_words([fitted]) == []


def test_fit_widths_gives_each_column_its_longest_word_and_fills_the_width():
    register_fonts()
    head = ["No.", "Nama jalan", "Manfaat (jam-RT terbobot/tahun)", "RT yang diuntungkan"]
    rows = [[style.para(h, style.HEAD) for h in head],
            [style.para("1"), style.para("Jl. Dr. Soedjono"), style.para("9.932", style.CELL_R),
             style.para("1.942", style.CELL_R)]]  # fmt: skip
    widths = style.fit_widths(rows, 300.0)
    assert sum(widths) == pytest.approx(300.0)
    lo, _ = style.column_extents(rows)
    assert all(w >= m - 1e-9 for w, m in zip(widths, lo, strict=True))
    assert lo[2] >= style.stringWidth("terbobot/tahun)", style.FONT_BOLD, 7.5)


def test_method_page_shows_the_m2_prices_used_with_their_source(results_path, tmp_path):
    results = read_results(results_path)
    ids = TEXTS["id"]
    pdf = build_briefing(results, tmp_path / "b.pdf", lang="id", top=5)
    text = _text(pdf)
    assert RUAS_TEXTS["id"]["a_prices"] in text
    assert "Indikatif, bawaan" in text and "AHSP" in text
    assert ids["a_cost"] not in text  # the old per-km table is gone
    rehab_aspal = results.scenario.price_table()["rehabilitasi"]["aspal"]
    assert fmt_num(rehab_aspal, "id") in text
    # A city file: its name, its price, and the cells it left out marked as indicative.
    params = results.record["parameters"]
    params["unit_price_rp_m2"] = {"rehabilitasi": {"aspal": 412_345.0}}
    params["price_source"] = "harga_satuan_kota_2026.xlsx"
    pdf = build_briefing(results, tmp_path / "b2.pdf", lang="en", top=5)
    text = _text(pdf)
    assert "harga_satuan_kota_2026.xlsx" in text and "412,345" in text
    assert "cells marked * are not in that file" in text
    assert RUAS_TEXTS["en"]["a_prices_default"][:30] not in text
    params["cost_basis"] = "km"  # the older per-km costing shows its own table
    pdf = build_briefing(results, tmp_path / "b3.pdf", lang="id", top=5)
    assert ids["a_cost"] in _text(pdf)


def test_cost_curve_zooms_around_the_budget_and_states_the_full_range(results_path, tmp_path):
    results = read_results(results_path)
    shown, total, benefit = curve_range(results)
    assert 0 < shown <= max(total, 1.5e9) and benefit > 0
    budget = total / 20
    shown_b, total_b, _ = curve_range(results, budget_rp=budget)
    assert shown_b == pytest.approx(max(BUDGET_ZOOM * budget, 1.5e9)) and total_b == total
    pdf = build_briefing(results, tmp_path / "b.pdf", lang="id", top=5, budget_rp=budget)
    text = _text(pdf)
    assert "2,5 kali anggaran" in text or budget * BUDGET_ZOOM < 1.5e9
    assert "seluruh kurva" in text

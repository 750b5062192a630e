"""CLI and briefing of issue 12: the exact portfolio everywhere, programme layer, RKPD table."""

from __future__ import annotations

import json

import numpy as np
import openpyxl
import pyogrio
import pytest
from pypdf import PdfReader

from mataram_gis.analysis import run_analysis
from mataram_gis.cli import main
from mataram_gis.engine import INF
from mataram_gis.oracle import brute_force_household_times
from mataram_gis.outputs.texts import fmt_num
from mataram_gis.problem import UpgradeProblem
from mataram_gis.results import read_results, write_results
from mataram_gis.scenario import Scenario
from tests.factories import grid_inputs


@pytest.fixture(scope="module")
def results_path(grid_analysis, tmp_path_factory):
    path = tmp_path_factory.mktemp("prog") / "r.gpkg"
    write_results(grid_analysis, path)
    return path


@pytest.fixture(scope="module")
def budget(grid_analysis) -> float:
    problem = UpgradeProblem.from_analysis(grid_analysis)
    return round(float(problem.cost[problem.candidate].sum()) * 0.25, -6)


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def record_of(path) -> dict:
    frame = pyogrio.read_dataframe(path, layer="scenario")
    return {k: json.loads(v) if isinstance(v, str) and v[:1] in "{[" else v
            for k, v in frame.iloc[0].items()}  # fmt: skip


def test_portfolio_file_has_picks_programme_and_record(results_path, budget, tmp_path):
    out, xlsx = tmp_path / "p.gpkg", tmp_path / "prog.xlsx"
    args = ["portfolio", "--results", str(results_path), "--budget", str(budget), "--out",
            str(out), "--draws", "4", "--discount-rate", "0.12", "--xlsx", str(xlsx)]  # fmt: skip
    assert main(args) == 0
    picks = pyogrio.read_dataframe(out, layer="portfolio")
    for col in ("pick", "segment_id", "name", "cost", "marginal_benefit", "cumulative_cost",
                "cumulative_benefit", "year", "fund"):  # fmt: skip
        assert col in picks.columns
    assert picks["cost"].sum() <= budget + 1e-6 and set(picks["year"]) == {1}
    prog = pyogrio.read_dataframe(out, layer="programme")
    for col in (
        "year",
        "spend_APBD",
        "benefit",
        "kemantapan_before",
        "kemantapan_after",
        "pv_benefit_rp",
        "pv_cost_rp",
        "npv_rp",
        "bcr",
        "eirr",
        "npv_rp_equity",
    ):
        assert col in prog.columns
    record = record_of(out)
    assert record["parameters"]["appraisal"]["discount_rate"] == 0.12  # every parameter kept
    assert record["portfolio"]["monte_carlo"]["draws"] == 4
    # The exact joint benefit, re-checked by brute force (SciPy on the whole network).
    problem = UpgradeProblem.from_results(read_results(results_path))
    rows = problem.index_of(picks["segment_id"])
    p, kw = problem, {"n_nodes": problem.n_nodes}
    base = brute_force_household_times(p.seg_u, p.seg_v, p.oneway, p.before_ms, p.demand, **kw)
    new = brute_force_household_times(p.seg_u, p.seg_v, p.oneway, p.times_with(rows),
                                      p.demand, **kw)  # fmt: skip
    ok = base < INF
    brute = float(np.sum(p.demand.weight[ok] * (base[ok] - new[ok]))) / 3_600_000.0
    assert record["portfolio"]["total_benefit"] == pytest.approx(brute, rel=1e-12)
    sheet = openpyxl.load_workbook(xlsx).active
    head = [c.value for c in sheet[2]]
    assert head[:6] == ["Tahun", "Sumber dana", "Nomor ruas", "Nama ruas", "STA", "Penanganan"]
    assert sheet.max_row == len(picks) + 3  # title, header, picks, total


def test_report_budget_uses_the_exact_portfolio(results_path, budget, tmp_path):
    out = tmp_path / "p.gpkg"
    assert main(["portfolio", "--results", str(results_path), "--budget", str(budget),
                 "--out", str(out)]) == 0  # fmt: skip
    total = record_of(out)["portfolio"]["total_benefit"]
    for lang in ("id", "en"):
        pdf = tmp_path / f"b_{lang}.pdf"
        assert main(["report", "--results", str(results_path), "--out", str(pdf), "--lang",
                     lang, "--budget", str(budget), "--draws", "3"]) == 0  # fmt: skip
        text = " ".join(pdf_text(pdf).split())
        # The same exact benefit as the portfolio command, in the summary and on its page.
        assert text.count(fmt_num(total, lang)) >= 2
        heads = {"id": ("Paket terpilih", "Analisis ekonomi", "Kepekaan dan risiko",
                        "Program tahunan"),
                 "en": ("Chosen works", "Economic appraisal", "Sensitivity and risk",
                        "Yearly programme")}  # fmt: skip
        for head in heads[lang]:
            assert head in text


def test_multi_year_two_funds_from_the_command_line(results_path, budget, tmp_path):
    out = tmp_path / "p3.gpkg"
    a, b = round(budget / 4, -6), round(budget / 8, -6)
    ceilings = f"APBD={a},{a},{a};DAK={b},0,{b}"
    assert main(["portfolio", "--results", str(results_path), "--ceilings", ceilings,
                 "--deterioration", "2", "--out", str(out)]) == 0  # fmt: skip
    picks = pyogrio.read_dataframe(out, layer="portfolio")
    spent = picks.groupby(["year", "fund"])["cost"].sum()
    limit = {"APBD": [a, a, a], "DAK": [b, 0.0, b]}
    for (year, fund), value in spent.items():
        assert value <= limit[fund][year - 1] + 1e-6
    prog = pyogrio.read_dataframe(out, layer="programme")
    assert prog["year"].tolist() == [1, 2, 3]
    assert record_of(out)["parameters"]["appraisal"]["deterioration_years"] == 2


@pytest.mark.parametrize(
    "extra",
    [["--years", "3"], ["--ceilings", "APBD:5e9"], ["--draws", "-1"],
     ["--discount-rate", "5"], ["--years", "9", "--ceilings", "APBD=1e9"]],
)  # fmt: skip
def test_bad_programme_options_exit_2(results_path, budget, tmp_path, extra, capsys):
    args = ["portfolio", "--results", str(results_path), "--budget", str(budget), "--out",
            str(tmp_path / "x.gpkg"), *extra]  # fmt: skip
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()
    assert not (tmp_path / "x.gpkg").exists()


def test_edited_scenario_is_labelled(tmp_path):
    analysis = run_analysis(grid_inputs(), Scenario(trips_per_year=300.0))
    path = tmp_path / "r.gpkg"
    write_results(analysis, path)
    pdf = tmp_path / "b.pdf"
    assert main(["report", "--results", str(path), "--out", str(pdf)]) == 0
    assert "Skenario dasar (diubah)" in pdf_text(pdf)

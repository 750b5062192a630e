"""Unknown conditions say so, and nomor ruas stays text, in every published table (issue 11).

A road file without a condition column stands ``sedang`` in for the engine with
``condition_source = default``; the results GeoPackage, the CSV, the XLSX and the briefing
must say "tidak diketahui" / "unknown" there, not the stand-in. A nomor ruas like "001" must
stay "001" in the XLSX (read back with openpyxl), and ``portfolio --xlsx`` follows ``--lang``.
"""

from __future__ import annotations

import numpy as np
import openpyxl
import pandas as pd
import pyogrio
import pytest
from pypdf import PdfReader

from mataram_gis.analysis import run_analysis
from mataram_gis.cli import main
from mataram_gis.commands.rank import ruas_layer
from mataram_gis.condition_unknown import UNKNOWN, unknown_mask
from mataram_gis.outputs.briefing import build_briefing
from mataram_gis.outputs.tables import export_table
from mataram_gis.problem import UpgradeProblem
from mataram_gis.results import Results, read_results, write_results
from mataram_gis.scenario import Scenario
from tests.factories import grid_inputs


@pytest.fixture(scope="module")
def analysis():
    """The test grid with the condition of its western half unknown and SK numbers '00k'."""
    inputs = grid_inputs()
    roads = inputs.roads
    x = roads.geometry.centroid.x
    west = (x < x.median()).to_numpy()
    roads["condition_source"] = np.where(west, "default", "input")
    roads.loc[west, "condition"] = "sedang"  # what the reader stands in
    row = roads.geometry.centroid.y.rank(method="dense").astype(int).to_numpy()
    roads["nomor_ruas"] = [f"{k:03d}" for k in row]  # one ruas per east-west street
    result = run_analysis(inputs, Scenario())
    result.ruas = ruas_layer(result)
    return result


@pytest.fixture(scope="module")
def results_path(analysis, tmp_path_factory):
    path = tmp_path_factory.mktemp("unknown") / "r.gpkg"
    write_results(analysis, path)
    return path


def test_the_analysis_keeps_the_stand_in_and_its_source(analysis):
    segs = analysis.segments
    unknown = segs["condition_source"].eq("default").to_numpy()
    assert unknown.any() and (~unknown).any()
    assert set(segs.loc[unknown, "condition"]) == {"sedang"}  # the engine's speed class


def test_geopackage_condition_field_says_unknown_and_reads_back(analysis, results_path):
    layer = pyogrio.read_dataframe(results_path, layer="segments")
    assert "condition_source" not in layer.columns  # no field outside the data contract
    by_id = layer.set_index("segment_id")["condition"]
    segs = analysis.segments.set_index("segment_id")
    unknown = segs["condition_source"].eq("default")
    assert set(by_id[unknown.index[unknown]]) == {UNKNOWN}
    known = unknown.index[~unknown]
    assert (by_id[known] == segs.loc[known, "condition"]).all()
    back = read_results(results_path).segments.set_index("segment_id")
    assert (back["condition"] == segs["condition"]).all()  # the stand-in is restored
    assert (back["condition_source"] == segs["condition_source"]).all()
    # Reading back and writing again gives the same file field.
    again = results_path.with_name("again.gpkg")
    write_results(read_results(results_path), again)
    layer2 = pyogrio.read_dataframe(again, layer="segments")
    assert (layer2["condition"].to_numpy() == layer["condition"].to_numpy()).all()


def test_csv_and_xlsx_say_unknown_and_keep_nomor_as_text(results_path, tmp_path):
    results = read_results(results_path)
    ranked = results.segments[results.segments["rank"].notna()].sort_values("rank")
    n_unknown = int(unknown_mask(ranked).sum())
    assert 0 < n_unknown < len(ranked)
    csv = export_table(results, tmp_path / "t.csv", lang="en", sep=",")
    table = pd.read_csv(csv, dtype=str, encoding="utf-8-sig")
    assert (table["Condition"] == "unknown").sum() == n_unknown
    assert "sedang" not in set(table.loc[table["Condition"] == "unknown", "Condition"])
    assert table["Ruas no."].str.fullmatch(r"\d{3}").all()
    rank_csv = tmp_path / "ranking.csv"
    from mataram_gis.outputs.service import export

    export("ranking_csv", results, rank_csv)
    plain = pd.read_csv(rank_csv)
    assert (plain["condition"] == UNKNOWN).sum() == int(unknown_mask(results.segments).sum())

    xlsx = export_table(results, tmp_path / "t.xlsx", lang="id")
    wb = openpyxl.load_workbook(xlsx)
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    cond, nomor = head.index("Kondisi") + 1, head.index("No. ruas") + 1
    conds = [ws.cell(row=r, column=cond).value for r in range(2, ws.max_row + 1)]
    assert conds.count("tidak diketahui") == n_unknown
    cells = [ws.cell(row=r, column=nomor) for r in range(2, ws.max_row + 1)]
    assert all(c.data_type == "s" and len(c.value) == 3 and c.value.isdigit() for c in cells)
    assert all(c.number_format == "@" for c in cells)
    assert "001" in {c.value for c in cells} or "002" in {c.value for c in cells}
    ruas = wb.worksheets[1]
    head = [c.value for c in ruas[1]]
    col = head.index("No. ruas") + 1
    cells = [ruas.cell(row=r, column=col) for r in range(2, ruas.max_row + 1)]
    cells = [c for c in cells if c.value is not None]  # the price note is in column A
    assert cells and all(c.data_type == "s" and c.value.isdigit() and len(c.value) == 3
                         and c.number_format == "@" for c in cells)  # fmt: skip


def test_briefing_prints_unknown_for_the_top_rows_whose_condition_is_unknown(
    results_path, tmp_path
):
    results = read_results(results_path)
    for lang, word in (("id", "tidak diketahui"), ("en", "unknown")):
        pdf = build_briefing(results, tmp_path / f"b_{lang}.pdf", lang=lang, top=15)
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
        top = results.segments[results.segments["rank"].notna()].sort_values("rank").head(15)
        expected = int(unknown_mask(top).sum()) + int(unknown_mask(top.head(1)).sum())
        assert expected > 0
        assert text.count(word) >= expected  # top table rows (+ the summary's best segment)
        if lang == "id":  # ... and the kemantapan line says how much of it is unknown
            assert text.count(word) == expected + 1
            assert "tidak dihitung dalam kemantapan" in text


def test_portfolio_xlsx_follows_lang_and_keeps_nomor_text(results_path, analysis, tmp_path):
    problem = UpgradeProblem.from_analysis(analysis)
    budget = round(float(problem.cost[problem.candidate].sum()) * 0.25, -6)
    for lang, sheet, head in (("en", "Work programme", "Road number"),
                              ("id", "Program kerja", "Nomor ruas")):  # fmt: skip
        xlsx = tmp_path / f"p_{lang}.xlsx"
        args = ["portfolio", "--results", str(results_path), "--budget", str(budget), "--out",
                str(tmp_path / f"p_{lang}.gpkg"), "--xlsx", str(xlsx), "--lang", lang]  # fmt: skip
        assert main(args) == 0
        ws = openpyxl.load_workbook(xlsx).active
        assert ws.title == sheet
        header = [c.value for c in ws[2]]
        assert head in header
        col = header.index(head) + 1
        cells = [ws.cell(row=r, column=col) for r in range(3, ws.max_row)]  # last: total
        assert cells and all(c.data_type == "s" and c.value.isdigit() for c in cells)
        assert all(c.number_format == "@" for c in cells)
        treat = header.index("Treatment" if lang == "en" else "Penanganan") + 1
        words = {ws.cell(row=r, column=treat).value for r in range(3, ws.max_row)}
        if lang == "en":
            assert not words & {"rehabilitasi", "pemeliharaan berkala",
                                "rekonstruksi/peningkatan", "pemeliharaan rutin"}  # fmt: skip


def test_a_live_results_object_writes_the_same_field(analysis, tmp_path):
    path = write_results(Results.from_analysis(analysis), tmp_path / "live.gpkg")
    layer = pyogrio.read_dataframe(path, layer="segments")
    assert (layer["condition"] == UNKNOWN).sum() == int(unknown_mask(analysis.segments).sum())


def test_ruas_layer_keeps_unknown_out_of_sedang(analysis, results_path):
    """``sedang_m`` counts surveyed sedang only; unknown length is in ``tidak_diketahui_m``,
    and the five lengths add up to ``length_m`` (in memory and in the file)."""
    segs = analysis.segments
    unknown = unknown_mask(segs)
    nomor = segs["nomor_ruas"].astype(str)
    length = segs["length_m"]
    sedang = length.where((segs["condition"] == "sedang") & ~unknown, 0.0).groupby(nomor).sum()
    unknown_m = length.where(unknown, 0.0).groupby(nomor).sum()
    stored = pyogrio.read_dataframe(results_path, layer="ruas", read_geometry=False)
    for ruas in (analysis.ruas, stored):
        r = ruas.set_index(ruas["nomor_ruas"].astype(str))
        assert r["sedang_m"].to_dict() == pytest.approx(sedang.reindex(r.index).to_dict())
        assert r["tidak_diketahui_m"].to_dict() == pytest.approx(
            unknown_m.reindex(r.index).to_dict()
        )
        parts = ["baik_m", "sedang_m", "rusak_ringan_m", "rusak_berat_m", "tidak_diketahui_m"]
        np.testing.assert_allclose(r[parts].sum(axis=1), r["length_m"])
    assert (unknown_m > 0).any() and (sedang > 0).any()


def test_kemantapan_leaves_unknown_out_in_the_dock_and_the_briefing(analysis, results_path):
    """The Portfolio dock's figure (works.kemantapan_before_after), the briefing's line and
    the programme table agree: known length only, a treated road counts with its new class."""
    from mataram_gis.outputs.briefing_ruas import kemantapan_line, pct
    from mataram_gis.programme_run import run_programme
    from mataram_gis.works import kemantapan_before_after, unknown_share

    segs = analysis.segments.reset_index(drop=True)
    unknown = unknown_mask(segs)
    length = segs["length_m"].to_numpy(float)
    cond = segs["condition"].astype(str).to_numpy()
    city = segs["status"].eq("kota").to_numpy() if "status" in segs else np.ones(len(segs), bool)
    known = city & ~unknown
    want = length[known & np.isin(cond, ["baik", "sedang"])].sum() / length[known].sum()
    before, after = kemantapan_before_after(segs, [], authorities=["kota"])
    assert before == pytest.approx(want) and after == pytest.approx(want)
    share = unknown_share(segs, authorities=["kota"])
    assert share == pytest.approx(length[city & unknown].sum() / length[city].sum()) and share > 0
    # treating an unknown road: it joins the known length with its condition after
    row = int(np.flatnonzero(unknown & city & segs["rank"].notna().to_numpy())[0])
    _, after = kemantapan_before_after(segs, [row], authorities=["kota"])
    m = known.copy()
    m[row] = True
    after_cond = cond.copy()
    after_cond[row] = segs["condition_after"].iloc[row]
    good = np.isin(after_cond, ["baik", "sedang"])
    assert after == pytest.approx(length[m & good].sum() / length[m].sum())
    # the briefing's line (same figures) and the programme table's year-1 "before"
    results = read_results(results_path)
    line = kemantapan_line(results, [], "en")
    assert f"{pct(want, 'en')} now" in line and pct(share, "en") in line
    problem = UpgradeProblem.from_analysis(analysis)
    res = run_programme(problem, analysis.segments, analysis.origins, analysis.scenario,
                        budget_rp=float(problem.cost[problem.candidate].min()) * 2)  # fmt: skip
    assert res.years["kemantapan_before"].iloc[0] == pytest.approx(100 * want)

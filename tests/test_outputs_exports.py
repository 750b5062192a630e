"""Published outputs: map, QGIS styles, tables, briefing, privacy, CLI (headless, fast)."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from pypdf import PdfReader

from mataram_gis.cli import main
from mataram_gis.errors import UsageError
from mataram_gis.outputs.briefing import build_briefing
from mataram_gis.outputs.mapexport import export_map
from mataram_gis.outputs.service import add_qgis_styles
from mataram_gis.outputs.tables import export_table, ranking_frame
from mataram_gis.outputs.texts import TEXTS
from mataram_gis.results import read_results, write_results


@pytest.fixture(scope="module")
def results_path(grid_analysis, tmp_path_factory) -> Path:
    """One results GeoPackage of the synthetic grid for the module."""
    path = tmp_path_factory.mktemp("outputs") / "r.gpkg"
    write_results(grid_analysis, path)
    return path


@pytest.fixture(scope="module")
def results(results_path):
    return read_results(results_path)


def _top_name(results) -> str:
    top = results.segments.dropna(subset=["rank"]).sort_values("rank").iloc[0]
    return str(top["name"])


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _check_briefing(path: Path, results, lang: str) -> None:
    text = _pdf_text(path)
    for key in ("h_summary", "h_map", "h_top", "h_method", "h_assumptions", "h_sources"):
        assert TEXTS[lang][key] in text, key
    assert _top_name(results) in text
    n = len(PdfReader(path).pages)
    assert TEXTS[lang]["page_of"].format(x=n, y=n) in text
    assert "SYNTHETIC DATA" in text  # the grid is synthetic


def test_briefing_pdf_has_sections_top_name_and_page_numbers(results, tmp_path):
    path = build_briefing(results, tmp_path / "b.pdf", lang="id", top=5, budget_rp=2e8)
    _check_briefing(path, results, "id")
    assert not list(tmp_path.glob(".b.*"))  # no temporary file left behind


def test_map_png_is_a4_at_300_dpi(results, tmp_path):
    path = export_map(results, tmp_path / "m.png", top=5)
    from PIL import Image

    with Image.open(path) as im:
        w, h = im.size
    assert abs(w - 297 / 25.4 * 300) <= 1 and abs(h - 210 / 25.4 * 300) <= 1


def test_map_pdf_and_svg_are_vector_and_labelled(results, tmp_path):
    pdf = export_map(results, tmp_path / "m.pdf", lang="en", orientation="portrait", top=3)
    text = _pdf_text(pdf)
    assert "Road Segment Upgrade Priorities" in text
    svg = export_map(results, tmp_path / "m.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "Prioritas Peningkatan Segmen Jalan" in svg.read_text(encoding="utf-8")
    paths = root.findall(".//{http://www.w3.org/2000/svg}path")
    assert len(paths) > 10  # roads stay vector paths


def test_map_rejects_unknown_format(results, tmp_path):
    with pytest.raises(UsageError):
        export_map(results, tmp_path / "m.jpg")


def test_qgis_styles_parse_and_reference_fields(results_path, tmp_path):
    path = tmp_path / "styled.gpkg"
    path.write_bytes(results_path.read_bytes())
    add_qgis_styles(path)
    add_qgis_styles(path, lang="en")  # idempotent: still one default per layer
    res = read_results(path)
    fields = {
        "segments": set(res.segments.columns),
        "centres": set(res.centres.columns),
        "origins": set(res.origins.columns),
    }
    with sqlite3.connect(path) as con:
        rows = con.execute(
            "SELECT f_table_name, f_geometry_column, styleQML, useAsDefault FROM layer_styles"
        ).fetchall()
    assert sorted(r[0] for r in rows) == ["centres", "origins", "segments"]
    for table, geom, qml, default in rows:
        assert default == 1 and geom == "geom"
        root = ET.fromstring(qml.split("\n", 1)[1])
        assert root.tag == "qgis"
        expressions = [e.get("attr", "") for e in root.iter("renderer-v2")]
        expressions += [e.get("fieldName", "") for e in root.iter("text-style")]
        expressions += [e.text or "" for e in root.iter("orderByClause")]
        used = set(re.findall(r'"([A-Za-z_]+)"', " ".join(expressions)))
        assert used <= fields[table], (table, used - fields[table])
        if table == "segments":
            assert {"rank", "benefit"} <= used
    seg = next(ET.fromstring(q.split("\n", 1)[1]) for t_, _, q, _ in rows if t_ == "segments")
    ranges = seg.findall(".//range")
    assert len(ranges) == 6  # other roads + 5 classes
    widths = [float(p.get("v")) for p in seg.iter("prop") if p.get("k") == "line_width"]
    assert widths == sorted(widths)  # width grows with the class
    assert seg.find(".//labeling") is not None


def test_xlsx_reopens_with_frozen_header_and_formats(results, tmp_path):
    path = export_table(results, tmp_path / "t.xlsx", lang="id")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    assert ws.freeze_panes == "A2"
    headers = [c.value for c in ws[1]]
    assert "Manfaat (jam-RT terbobot/tahun)" in headers and "Biaya (Rp)" in headers
    assert ws.auto_filter.ref.startswith("A1:")
    n_ranked = int(results.segments["rank"].notna().sum())
    assert ws.max_row == n_ranked + 1
    cost_col = headers.index("Biaya (Rp)") + 1
    assert ws.cell(row=3, column=cost_col).number_format == "#,##0"
    assert ws.cell(row=2, column=1).value == 1
    assert len(wb.worksheets) == 2


def test_csv_has_bom_semicolons_and_decimal_comma(results, tmp_path):
    path = export_table(results, tmp_path / "t.csv", top=3)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert len(lines) == 4 and lines[0].startswith("Peringkat;")
    en = export_table(results, tmp_path / "e.csv", top=3, lang="en", sep=",")
    assert en.read_text(encoding="utf-8-sig").startswith("Rank,Segment ID,")


def test_tables_never_carry_household_rows(results):
    frame = ranking_frame(results)
    assert not {"household_id", "access_s", "weight"} & set(frame.columns)
    assert len(frame) == int(results.segments["rank"].notna().sum())


def test_cli_map_report_table_exit_codes(results_path, tmp_path, capsys):
    assert main(["map", "--results", str(results_path), "--out", str(tmp_path / "m.pdf")]) == 0
    assert (
        main(
            [
                "report",
                "--results",
                str(results_path),
                "--out",
                str(tmp_path / "b.pdf"),
                "--lang",
                "en",
                "--top",
                "5",
                "--budget",
                "300 juta",
            ]
        )
        == 0
    )
    _check_briefing(tmp_path / "b.pdf", read_results(results_path), "en")
    assert main(["table", "--results", str(results_path), "--out", str(tmp_path / "t.csv")]) == 0
    assert (
        main(
            ["map", "--results", str(tmp_path / "missing.gpkg"), "--out", str(tmp_path / "x.pdf")]
        )
        == 2
    )
    assert "file not found" in capsys.readouterr().err
    not_results = tmp_path / "t.csv"
    assert main(["report", "--results", str(not_results), "--out", str(tmp_path / "y.pdf")]) == 2
    assert "results" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["report", "--results", str(results_path), "--out", "z.pdf", "--budget", "abc"])
    assert exc.value.code == 2
    assert not (tmp_path / "x.pdf").exists()


def test_map_is_deterministic_in_classes(results):
    from mataram_gis.outputs.mapplot import prepare_map

    data = prepare_map(results, top=5)
    assert list(data.top["rank"]) == [1, 2, 3, 4, 5][: len(data.top)]
    assert np.all(data.seg_class[results.segments["benefit"].fillna(0).to_numpy() <= 0] == 0)

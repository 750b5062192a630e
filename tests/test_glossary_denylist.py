"""Indonesian outputs hold no English words (docs/GLOSSARY.md): GUI strings, XLSX, briefing, map.

The demo city is analysed once; its XLSX, briefing PDF and map PDF are written in ``id`` and
their text (pypdf for the PDFs, every cell for the XLSX) is searched for words of the deny-list.
The GUI strings are every Indonesian translation in ``ui/i18n/mataram_gis_id.ts``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from mataram_gis.analysis import run_analysis
from mataram_gis.inputs import demo_inputs
from mataram_gis.outputs.briefing import build_briefing
from mataram_gis.outputs.mapexport import export_map
from mataram_gis.outputs.tables import export_table
from mataram_gis.outputs.texts import TEXTS, fmt_date, highway_name, source_text
from mataram_gis.results import read_results, write_results
from mataram_gis.scenario import Scenario

ROOT = Path(__file__).resolve().parents[1]
TS_ID = ROOT / "ui" / "i18n" / "mataram_gis_id.ts"

#: English words that must never reach an Indonesian reader (whole words, any case).
DENY_WORDS: tuple[str, ...] = (
    "residential", "primary", "secondary", "tertiary", "unclassified", "trunk", "service",
    "living_street", "analysis", "done", "building", "choosing", "writing", "cancel",
    "weight", "category", "analysing", "ranking", "seed", "scale", "rows",
)  # fmt: skip
#: English phrases (any case).
DENY_PHRASES: tuple[str, ...] = (
    "built-in demo", "synthetic demo data", "an invented city", "fix:", "hh-hours",
)  # fmt: skip
_WORDS = re.compile(r"\b(" + "|".join(re.escape(w) for w in DENY_WORDS) + r")\b", re.IGNORECASE)


def english_leaks(text: str) -> list[str]:
    """The deny-listed words and phrases found in ``text``."""
    found = [m.group(0) for m in _WORDS.finditer(text)]
    low = text.lower()
    found += [p for p in DENY_PHRASES if p in low]
    return found


def test_deny_list_catches_english_and_spares_indonesian() -> None:
    assert english_leaks("Peringkat siap: analysis done") == ["analysis", "done"]
    assert english_leaks("SYNTHETIC DEMO DATA: an invented city") == [
        "synthetic demo data",
        "an invented city",
    ]
    assert english_leaks("Jalan lingkungan, rusak berat; Batal; bobot ekuitas") == []
    assert english_leaks("DATA SINTETIS / SYNTHETIC DATA") == []  # the bilingual stamp


def test_gui_translations_have_no_english_words() -> None:
    leaks = {}
    for message in ET.parse(TS_ID).iter("message"):
        text = message.findtext("translation") or ""
        if found := english_leaks(text):
            leaks[message.findtext("source")] = found
    assert not leaks, leaks


def test_output_texts_and_helpers_are_indonesian() -> None:
    leaks = {k: english_leaks(v) for k, v in TEXTS["id"].items() if english_leaks(v)}
    assert not leaks, leaks
    for hw in ("residential", "primary", "secondary", "tertiary", "service", "trunk"):
        assert not english_leaks(highway_name(hw, "id")), hw
    assert source_text("built-in demo (scale 1, seed 2023)", "id") == (
        "data demo bawaan (skala 1, benih 2023)"
    )
    note = "SYNTHETIC DEMO DATA: an invented city laid over Kota Mataram's extent"
    assert not english_leaks(source_text(note, "id"))
    assert source_text(note, "en") == note
    # dates and times in Mataram's zone: 20:31 UTC is 04.31 WITA the next day
    assert fmt_date("2026-11-29T20:31:49+00:00", "id", with_time=True) == (
        "30 November 2026, 04.31 WITA"
    )


@pytest.fixture(scope="module")
def demo_results(tmp_path_factory):
    """The demo city's results, analysed once for the module."""
    path = tmp_path_factory.mktemp("deny") / "demo.gpkg"
    write_results(run_analysis(demo_inputs(scale=1), Scenario()), path)
    return read_results(path)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_xlsx_in_indonesian_has_no_english_words(demo_results, tmp_path) -> None:
    path = export_table(demo_results, tmp_path / "t.xlsx", lang="id", top=200)
    book = openpyxl.load_workbook(path, read_only=True)
    cells = [
        str(v)
        for ws in book.worksheets
        for row in ws.iter_rows(values_only=True)
        for v in row
        if v is not None
    ]
    book.close()
    leaks = sorted({w for c in cells for w in english_leaks(c)})
    assert not leaks, leaks


def test_briefing_in_indonesian_has_no_english_words(demo_results, tmp_path) -> None:
    path = build_briefing(demo_results, tmp_path / "b.pdf", lang="id", top=15, budget_rp=1e10)
    text = _pdf_text(path)
    assert TEXTS["id"]["h_summary"] in text
    assert not english_leaks(text), english_leaks(text)


def test_map_in_indonesian_has_no_english_words(demo_results, tmp_path) -> None:
    path = export_map(demo_results, tmp_path / "m.pdf", lang="id", top=10)
    text = _pdf_text(path)
    assert TEXTS["id"]["map_title"] in text
    assert not english_leaks(text), english_leaks(text)

"""Every user-facing error and progress message is translated; the CLI speaks Indonesian.

The catalogue (mataram_gis/catalogue) is checked against the source itself
(tests/message_scan.py): a new ``raise InputDataError(f"...")`` or ``progress(f, "...")``
without its Indonesian text fails here, naming the file and line.
"""

from __future__ import annotations

import io
import os
import re
import string
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mataram_gis.catalogue import CLI_ID, ERRORS_ID, PROGRESS_ID
from mataram_gis.messages import error_message, translate
from tests.message_scan import ROOT, scan
from tests.message_scan import needs_words as words
from tests.test_glossary_denylist import english_leaks

SITES = scan()


def _missing(kind: str, table: dict[str, str]) -> list[str]:
    return sorted(
        f"{s.path}:{s.line}: {s.template!r}"
        for s in SITES
        if s.kind == kind and words(s.template) and s.template not in table
    )


def test_the_scan_finds_the_raise_sites_and_progress_steps():
    errors = {s.template for s in SITES if s.kind == "error"}
    progress = {s.template for s in SITES if s.kind == "progress"}
    assert len(errors) > 300 and len(progress) > 40  # the whole source, not a corner of it
    assert "{}: empty or not {}" in errors  # f-string of a reader (io/validate.py)
    assert "use one of: {}" in errors  # a fix named by a variable
    assert any(t.startswith("use the centre ids of the centres file") for t in errors)  # a dict
    assert "evaluating {} corridors exactly" in progress


def test_every_error_message_is_translated():
    assert not _missing("error", ERRORS_ID), "add these to mataram_gis/catalogue"


def test_every_progress_message_is_translated():
    assert not _missing("progress", PROGRESS_ID), "add these to catalogue/progress.py"


def test_an_untranslated_message_is_caught(tmp_path: Path):
    code = tmp_path / "pkg"
    code.mkdir()
    (code / "reader.py").write_text(
        textwrap.dedent("""
        def read(path, n):
            fix = "check the path"
            if n:
                raise InputDataError(f"{n} rows hold a new kind of damage", file=path, fix=fix)
            progress(0.5, f"weighing {n} bridges")
    """)
    )
    sites = scan(tmp_path, ("pkg",))
    found = {(s.kind, s.template) for s in sites}
    assert found == {("error", "{} rows hold a new kind of damage"),
                     ("error", "check the path"), ("progress", "weighing {} bridges")}  # fmt: skip
    missing = [s for s in sites if s.template not in {**ERRORS_ID, **PROGRESS_ID}]
    assert {s.template for s in missing} == {"{} rows hold a new kind of damage",
                                             "weighing {} bridges"}  # fmt: skip


@pytest.mark.parametrize(
    "table", [ERRORS_ID, PROGRESS_ID, CLI_ID], ids=["errors", "progress", "cli"]
)
def test_indonesian_texts_keep_the_values_and_speak_indonesian(table: dict[str, str]):
    bad = {}
    for english, indonesian in table.items():
        n = sum(1 for _, f, _, _ in string.Formatter().parse(english) if f is not None)
        values = [f"<{i}>" for i in range(n)]
        text = indonesian.format(*values)  # a wrong or missing {} raises here
        prose = re.sub(r"--[\w-]+|'category'", "", text)  # option names and codes stay
        if any(v not in text for v in values) or english_leaks(prose):
            bad[english] = indonesian
    assert not bad


def test_messages_are_filled_in_indonesian_with_indonesian_numbers():
    message = (
        "rt.csv: column desil: rows 3, 7: empty or not a number\n"
        "Fix: put a number in every row of 'desil' (decimal point or comma)"
    )
    assert error_message(message, lang="id") == (
        "rt.csv: kolom desil: baris 3, 7: kosong atau bukan angka\n"
        "Perbaikan: isi angka di setiap baris 'desil' (titik atau koma desimal)"
    )
    assert error_message(message, lang="en") == message
    nested = (  # a problem made of parts (exclusions.py): each part is translated
        "households: no household can benefit from any upgrade: of 20,000 households, "
        "12 have no road within 500 m; 3 weigh 0 (producers 0, or equity weight 0 for their desil)"
    )
    assert error_message(nested, lang="id") == (
        "rumah tangga: tidak ada rumah tangga yang dapat memperoleh manfaat dari peningkatan "
        "mana pun: dari 20.000 rumah tangga, 12 tidak memiliki jalan dalam jarak 500 m; "
        "3 berbobot 0 (produsen 0, atau bobot ekuitas 0 untuk desilnya)"
    )
    assert translate("evaluating 11,746 corridors exactly", kind="progress", lang="id") == (
        "menghitung 11.746 koridor secara tepat"
    )
    assert translate("something new", kind="progress", lang="id") == "something new"  # kept


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The CLI as a user runs it: no MATARAM_GIS_LANG (the tests set it to English)."""
    env = {k: v for k, v in os.environ.items() if k != "MATARAM_GIS_LANG"}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env)  # fmt: skip


def test_cli_errors_are_indonesian_by_default_and_english_with_lang_en(tmp_path: Path):
    bad = tmp_path / "rumah_tangga.csv"
    bad.write_text("lon,lat,desil\n116.10,-8.58,2\n116.11,,3\n", encoding="utf-8")
    args = ("rank", "--roads", str(tmp_path / "jalan.gpkg"), "--centres", str(bad),
            "--households", str(bad), "--out", str(tmp_path / "hasil.gpkg"))  # fmt: skip
    run = _cli(*args)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    text = run.stderr.strip()
    assert text.startswith("kesalahan: ") and "\nPerbaikan: " in text
    assert "kolom lat: baris 2: kosong atau bukan koordinat" in text
    assert not english_leaks(text) and "Fix:" not in text and "error:" not in text
    english = _cli(*args, "--lang", "en").stderr.strip()
    assert _cli(*args, "--lang", "id").stderr.strip() == text
    assert (
        english.startswith("error: ") and "column lat: row 2: empty or not a coordinate" in english
    )
    assert "\nFix: " in english


def test_cli_progress_is_indonesian():
    from mataram_gis.jobs import TextProgress
    from mataram_gis.messages import set_language

    for lang, want in (("id", "menyusun tabel peringkat"), ("en", "building the ranking table")):
        sink = io.StringIO()
        set_language(lang)
        try:
            TextProgress(stream=sink)(0.5, "building the ranking table")
        finally:
            set_language("id")
        assert want in sink.getvalue()

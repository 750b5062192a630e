"""The command line's ``--help`` and argparse's usage errors speak Indonesian by default.

Every sub-command's help is rendered in ``id`` and searched for the English it was built from
(every help string of the English parser) and for argparse's own words; a new option whose
help has no catalogue entry (mataram_gis/catalogue/cli_help.py) fails here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mataram_gis.catalogue.cli_help import ARGPARSE_ERRORS_ID, HELP_ID, METAVARS_ID
from mataram_gis.cli import build_parser, main
from mataram_gis.cli_parser import Parser, parsers, translate_parser, untranslated
from mataram_gis.cli_parser import usage_message as usage
from mataram_gis.messages import set_language
from tests.test_glossary_denylist import english_leaks

ROOT = Path(__file__).resolve().parents[1]
#: argparse's English words that must not reach an Indonesian reader.
ARGPARSE_EN = ("usage:", "options:", "positional arguments", "show this help message",
               "show program's version", "error:", "default")  # fmt: skip


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    set_language("en")  # the tests' language (tests/conftest.py)


def _parser(lang: str):
    set_language(lang)
    return build_parser()


def _flat(text: str) -> str:
    return " ".join(text.split())


def _english_texts() -> set[str]:
    """Every help string, description and group title of the English parser."""
    parser = _parser("en")
    texts = set()
    for each in parsers(parser):
        texts |= {each.description or ""}
        texts |= {g.title or "" for g in each._action_groups}
        texts |= {a.help or "" for a in each._actions}
    return {_flat(t) for t in texts if t}


def _prose(text: str) -> str:
    """Help text without option names, choices and metavars (they stay as typed)."""
    return re.sub(r"--?[\w-]+|\{[^}]*\}|\b[A-Z][A-Z0-9_]+\b", "", text)


def test_every_help_text_has_its_indonesian():
    assert untranslated(_parser("en")) == []
    assert [en for en, id_ in HELP_ID.items() if en == id_] == []


def test_an_untranslated_help_text_is_caught():
    set_language("id")
    parser = Parser(prog="x")
    parser.add_argument("--bridges", action="store_true", help="count the bridges")
    parser.add_argument("--out", help="results GeoPackage to write")
    parser.add_argument("--span", metavar="METRES", help="travel mode")
    assert untranslated(parser) == ["METRES", "count the bridges"]
    translate_parser(parser)
    text = parser.format_help()
    assert "count the bridges" in text and "--span METRES" in text  # kept, and reported above
    assert "GeoPackage hasil yang ditulis" in text and "tampilkan bantuan ini" in text
    assert "--out KELUARAN" in text and "--out OUT" not in text


def test_every_sub_commands_help_is_indonesian():
    english = _english_texts()
    helps = {p.prog: p.format_help() for p in parsers(_parser("id"))}
    assert len(helps) == 13  # the top level and its 12 sub-commands
    for prog, text in helps.items():
        flat = _flat(text)
        assert flat.startswith("penggunaan: " + prog), prog
        left = sorted(t for t in english if t in flat and t not in HELP_ID.values())
        assert left == [], (prog, left)
        assert [w for w in ARGPARSE_EN if w in flat.lower()] == [], prog
        assert english_leaks(_prose(text)) == [], prog
        capitals = set(re.findall(r"\b[A-Z][A-Z_]+\b", text))
        assert capitals & {en for en, id_ in METAVARS_ID.items() if en != id_} == set(), prog
    assert "tampilkan bantuan ini lalu keluar" in helps["python main.py rank"]
    assert "GeoPackage hasil yang ditulis" in helps["python main.py rank"]
    assert "--out KELUARAN" in helps["python main.py rank"]
    assert "--bbox BARAT SELATAN TIMUR UTARA" in helps["python main.py rank"]
    assert "opsi:" in helps["python main.py"] and "argumen posisi:" in helps["python main.py"]
    assert "tampilkan nomor versi program" in helps["python main.py"]
    # a sub-command's help says what it does (its one-line help as the description)
    assert "susun peringkat segmen menurut manfaat" in helps["python main.py rank"]


def test_help_stays_english_with_lang_en():
    helps = {p.prog: p.format_help() for p in parsers(_parser("en"))}
    rank = helps["python main.py rank"]
    assert rank.startswith("usage: python main.py rank")
    assert "options:" in rank and "show this help message and exit" in rank
    assert "results GeoPackage to write" in rank and "rank segments by the benefit" in rank
    assert "--out OUT" in rank and "KELUARAN" not in rank
    assert "penggunaan" not in "".join(helps.values())


def _cli(*args: str, env_lang: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MATARAM_GIS_LANG"}
    if env_lang:
        env["MATARAM_GIS_LANG"] = env_lang
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=env)  # fmt: skip


def test_rank_help_as_a_user_runs_it_and_stays_light():
    run = _cli("-X", "importtime", "main.py", "rank", "--help")
    assert run.returncode == 0
    assert run.stdout.startswith("penggunaan: python main.py rank")
    assert "GeoPackage hasil yang ditulis" in run.stdout and "options:" not in run.stdout
    heavy = [m for m in ("numpy", "pandas", "geopandas", "numba")
             if re.search(rf"\| {m}$", run.stderr, re.MULTILINE)]  # fmt: skip
    assert heavy == []  # --help imports no numerical library
    english = _cli("main.py", "rank", "--help", "--lang", "en").stdout
    assert english.startswith("usage: python main.py rank") and "options:" in english
    assert _cli("main.py", "rank", "--help", env_lang="en").stdout == english


#: (argv, the Indonesian problem, argparse's English problem it was made from).
USAGE_ERRORS = [
    (["rank"], "argumen berikut wajib diberikan: --out",
     "the following arguments are required: --out"),
    (["rank", "--demo", "--out", "x.gpkg", "--bogus"], "argumen tidak dikenal: --bogus",
     "unrecognized arguments: --bogus"),
    (["frob"], "argumen PERINTAH: pilihan tidak sah: 'frob' (pilih salah satu: 'demo', ",
     "argument COMMAND: invalid choice: 'frob' (choose from 'demo', "),
    (["rank", "--out", "x", "--mode", "plane"], "argumen --mode: pilihan tidak sah: 'plane'",
     "argument --mode: invalid choice: 'plane'"),
    (["rank", "--out"], "argumen --out: memerlukan satu nilai",
     "argument --out: expected one argument"),
    (["rank", "--out", "x", "--top", "many"],
     "argumen --top: nilai bilangan bulat tidak sah: 'many'",
     "argument --top: invalid int value: 'many'"),
    (["isolation", "--results", "r", "--threshold", "x"],
     "argumen --threshold: nilai angka tidak sah: 'x'",
     "argument --threshold: invalid float value: 'x'"),
    (["equity", "--results", "r", "--top", "3", "--ruas", "1"],
     "argumen --ruas: tidak boleh dipakai bersama argumen --top",
     "argument --ruas: not allowed with argument --top"),
    (["equity", "--results", "r", "--segment"], "argumen --segment: memerlukan sedikitnya satu",
     "argument --segment: expected at least one argument"),
    (["rank", "--out", "x", "--bbox", "1", "2"], "argumen --bbox: memerlukan 4 nilai",
     "argument --bbox: expected 4 arguments"),
    (["rank", "--out", "x", "--ro", "a"], "opsi ambigu: --ro dapat berarti --roads, ",
     "ambiguous option: --ro could match --roads, "),
    (["rank", "--demo=1", "--out", "x"], "argumen --demo: tidak menerima nilai: '1'",
     "argument --demo: ignored explicit argument '1'"),
]  # fmt: skip


def _usage_error(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    out = capsys.readouterr()
    assert out.out == ""
    return out.err


@pytest.mark.parametrize(("argv", "indonesian", "english"), USAGE_ERRORS,
                         ids=[" ".join(c[0]) for c in USAGE_ERRORS])  # fmt: skip
def test_usage_errors_are_indonesian_with_a_fix(argv, indonesian, english, capsys, monkeypatch):
    prog = "python main.py" + ("" if argv[0] == "frob" else f" {argv[0]}")
    monkeypatch.setenv("MATARAM_GIS_LANG", "id")
    err = _usage_error(argv, capsys)
    assert err.startswith(f"{prog}: kesalahan: {indonesian}"), err
    assert err.endswith(f"\nPerbaikan: {prog} --help\n") and err.count("\n") == 2
    assert [w for w in ARGPARSE_EN if w in err.lower()] == []
    monkeypatch.setenv("MATARAM_GIS_LANG", "en")
    err = _usage_error(argv, capsys)
    assert err.startswith(f"{prog}: error: {english}"), err  # Python's wording, as catalogued
    assert err.endswith(f"\nFix: {prog} --help\n")
    assert _usage_error([*argv, "--lang", "id"], capsys).startswith(f"{prog}: kesalahan: ")


def test_every_argparse_template_reads_back():
    for english, indonesian in ARGPARSE_ERRORS_ID.items():
        values = [f"<{i}>" for i in range(english.count("{}"))]
        text = usage(english.format(*values), lang="id")
        assert text != english.format(*values), english
        assert all(v in text for v in values), english
        assert usage(english.format(*values), lang="en") == english.format(*values)
        assert text.split("<")[0] == indonesian.split("{")[0], english


def test_a_required_group_and_our_own_type_errors(capsys, monkeypatch):
    set_language("id")
    parser = Parser(prog="x")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--a")
    group.add_argument("--b")
    with pytest.raises(SystemExit):
        parser.parse_args([])
    assert "salah satu argumen --a --b wajib diberikan" in capsys.readouterr().err
    monkeypatch.setenv("MATARAM_GIS_LANG", "id")
    err = _usage_error(["portfolio", "--results", "r", "--out", "o", "--budget", "abc"], capsys)
    assert "argumen --budget: anggaran 'abc' tidak dapat dibaca" in err
    assert "\nPerbaikan: berikan rupiah" in err and "--help" not in err  # its own fix only


def test_no_command_prints_the_indonesian_help(capsys, monkeypatch):
    monkeypatch.setenv("MATARAM_GIS_LANG", "id")
    assert main([]) == 2
    text = capsys.readouterr().out
    assert text.startswith("penggunaan: python main.py") and "susun peringkat segmen" in text

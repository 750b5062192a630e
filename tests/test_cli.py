"""The command line: exit codes, messages, files written (run as a real subprocess)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from mataram_gis.cli import main
from mataram_gis.results import read_results

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--out", str(out)]) == 0
    return out


def test_demo_writes_three_files(demo_dir):
    assert {p.name for p in demo_dir.iterdir()} >= {"roads.gpkg", "centres.csv", "households.csv"}


def test_rank_on_demo_files_writes_results_and_csv(demo_dir, tmp_path):
    out, csv = tmp_path / "r.gpkg", tmp_path / "r.csv"
    proc = run(
        "rank", "--roads", str(demo_dir / "roads.gpkg"), "--centres",
        str(demo_dir / "centres.csv"), "--households", str(demo_dir / "households.csv"),
        "--out", str(out), "--csv", str(csv), "--top", "3",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    r = read_results(out)
    assert len(r.segments) >= 10_000
    assert r.synthetic
    assert [s["role"] for s in r.record["inputs"]] == ["roads", "centres", "households"]
    assert all(len(s["sha256"]) == 64 for s in r.record["inputs"])
    table = pd.read_csv(csv)
    assert table["rank"].iloc[0] == 1
    assert table["name"].iloc[0] in proc.stdout


def test_rank_without_inputs_is_a_usage_error(tmp_path, capsys):
    assert main(["rank", "--out", str(tmp_path / "x.gpkg")]) == 2
    err = capsys.readouterr().err
    assert "--roads" in err
    assert "Fix:" in err


def test_missing_input_file_exits_2_without_traceback(tmp_path):
    proc = run(
        "rank", "--roads", str(tmp_path / "none.gpkg"), "--centres", str(tmp_path / "c.csv"),
        "--households", str(tmp_path / "h.csv"), "--out", str(tmp_path / "r.gpkg"),
    )  # fmt: skip
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "c.csv: file not found" in proc.stderr  # centres are checked first
    assert not (tmp_path / "r.gpkg").exists()


def test_bad_scenario_file_exits_2(tmp_path):
    bad = tmp_path / "s.json"
    bad.write_text('{"mode": "boat"}')
    assert main(["rank", "--demo", "--scenario", str(bad), "--out", str(tmp_path / "r.gpkg")]) == 2
    assert not (tmp_path / "r.gpkg").exists()


def test_unknown_subcommand_exits_2():
    assert run("frobnicate").returncode == 2

"""The results-file boundary: damaged or foreign files give exit code 2, never a crash (1).

Issue 9: a results file whose ``origins`` lacks ``excluded``, infinite values, and a fuzz of
damaged files against every command that reads one; outputs print file names, never the
folders of the inputs.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from mataram_gis.cli import main
from mataram_gis.errors import InputDataError
from mataram_gis.outputs.briefing import build_briefing
from mataram_gis.outputs.mapexport import export_map
from mataram_gis.outputs.tables import export_table
from mataram_gis.results import read_results, write_results
from mataram_gis.results_schema import NUMERIC, REQUIRED

PRIVATE = "/home/budi.santoso/Dokumen/pupr"


@pytest.fixture(scope="module")
def good(grid_analysis, tmp_path_factory) -> Path:
    return write_results(grid_analysis, tmp_path_factory.mktemp("good") / "r.gpkg")


def _damaged(good: Path, tmp_path: Path, sql: list[str], name: str = "bad.gpkg") -> Path:
    bad = tmp_path / name
    bad.write_bytes(good.read_bytes())
    with sqlite3.connect(bad) as con:
        # the GeoPackage's R-tree triggers call SpatiaLite functions plain SQLite lacks
        con.create_function("ST_IsEmpty", 1, lambda g: 0)
        for name in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
            con.create_function(name, 1, lambda g: 0.0)
        for statement in sql:
            con.execute(statement)
    con.close()
    return bad


READERS = [
    ["map", "--out", "{d}/m.svg"],
    ["report", "--out", "{d}/b.pdf"],
    ["table", "--out", "{d}/t.csv"],
    ["styles"],
    ["portfolio", "--budget", "1e9", "--out", "{d}/p.gpkg"],
    ["corridors", "--out", "{d}/c.gpkg"],
]


def _run(cmd: list[str], results: Path, out_dir: Path) -> int:
    argv = [cmd[0], "--results", str(results), *(a.format(d=out_dir) for a in cmd[1:])]
    try:
        return main(argv)
    except SystemExit as exc:  # argparse
        return int(exc.code or 0)


@pytest.mark.parametrize("cmd", READERS, ids=lambda c: c[0])
def test_origins_without_excluded_is_a_clear_error(good, tmp_path, capsys, cmd):
    bad = _damaged(good, tmp_path, ["ALTER TABLE origins DROP COLUMN excluded"])
    assert _run(cmd, bad, tmp_path) == 2
    assert "layer origins lacks column(s) excluded" in capsys.readouterr().err


@pytest.mark.parametrize("cmd", READERS, ids=lambda c: c[0])
def test_infinite_values_are_a_clear_error(good, tmp_path, capsys, cmd):
    bad = _damaged(good, tmp_path, ["UPDATE segments SET benefit = 9e999 WHERE fid = 2"])
    assert _run(cmd, bad, tmp_path) == 2
    err = capsys.readouterr().err
    assert "layer segments, column benefit: inf is not a finite number" in err
    assert "row 2" in err


def test_empty_key_values(good, tmp_path):
    bad = _damaged(good, tmp_path, ["UPDATE segments SET time_before_s = NULL WHERE fid = 3"])
    with pytest.raises(InputDataError, match="segments, column time_before_s: nan"):
        read_results(bad)


# -- fuzz: damage a results file at random; every command exits 0 or 2, never 1 -------------------
_COLUMN = st.sampled_from(
    [(layer, col) for layer, cols in REQUIRED.items() for col in cols]
    + [(layer, col) for layer, cols in NUMERIC.items() for col in cols if col != "rank"]
)
_VALUE = st.sampled_from(["9e999", "-9e999", "NULL", "'x'", "0", "-1", "1e308", "''"])
_DAMAGE = st.one_of(
    st.tuples(
        st.just("drop_layer"), st.sampled_from(["segments", "origins", "centres", "scenario"])
    ),
    st.tuples(st.just("drop_column"), _COLUMN),
    st.tuples(st.just("set"), _COLUMN, _VALUE, st.integers(1, 6)),
    st.tuples(st.just("scenario"), st.sampled_from(["'{'", "'[]'", "NULL", "'{\"x\": 1}'"])),
    st.tuples(st.just("truncate"), st.floats(0.0, 0.9)),
    st.tuples(st.just("empty"), st.sampled_from(["segments", "origins", "centres"])),
)


def _apply(damage: tuple, good: Path, folder: Path) -> Path:
    kind = damage[0]
    if kind == "truncate":
        data = good.read_bytes()
        bad = folder / "bad.gpkg"
        bad.write_bytes(data[: int(len(data) * damage[1])])
        return bad
    sql = {
        "drop_layer": lambda: [f"DROP TABLE {damage[1]}"],
        "drop_column": lambda: [f"ALTER TABLE {damage[1][0]} DROP COLUMN {damage[1][1]}"],
        "set": lambda: [
            f"UPDATE {damage[1][0]} SET {damage[1][1]} = {damage[2]} WHERE fid = {damage[3]}"
        ],
        "scenario": lambda: [f"UPDATE scenario SET parameters = {damage[1]}"],
        "empty": lambda: [f"DELETE FROM {damage[1]}"],
    }[kind]()
    try:
        return _damaged(good, folder, sql)
    except sqlite3.OperationalError:  # e.g. a column SQLite cannot drop: use a missing layer
        return _damaged(good, folder, ["DROP TABLE centres"])


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(damage=_DAMAGE, cmd=st.sampled_from(READERS))
def test_damaged_results_exit_0_or_2_never_1(good, tmp_path_factory, damage, cmd):
    folder = tmp_path_factory.mktemp("fuzz")
    bad = _apply(damage, good, folder)
    code = _run(cmd, bad, folder)
    assert code in (0, 2), f"{cmd[0]} on {damage}: exit {code}"
    if code == 0 and cmd[0] == "table":  # a table made is a table of finite numbers
        table = pd.read_csv(folder / "t.csv", sep=";", decimal=",", encoding="utf-8-sig")
        numbers = table.select_dtypes("number").to_numpy(float)
        assert not np.isinf(numbers).any()


# -- published outputs print file names, never the input folders --------------------------------
@pytest.fixture(scope="module")
def private_analysis(grid_analysis):
    inputs = grid_analysis.prepared.inputs
    sources = [
        {"role": role, "path": f"{PRIVATE}/{role}.gpkg", "sha256": f"{i}" * 64}
        for i, role in enumerate(("roads", "centres", "households"), start=1)
    ]
    notes = [f"{PRIVATE}/roads.gpkg: 2 duplicate lines removed"]
    prepared = dataclasses.replace(
        grid_analysis.prepared, inputs=dataclasses.replace(inputs, sources=sources, notes=notes)
    )
    return dataclasses.replace(grid_analysis, prepared=prepared)


def test_outputs_carry_no_input_folders(private_analysis, tmp_path):
    results = read_results(write_results(private_analysis, tmp_path / "r.gpkg"))
    record = pyogrio.read_dataframe(tmp_path / "r.gpkg", layer="scenario").iloc[0]
    assert "budi.santoso" not in " ".join(map(str, record.to_dict().values()))
    assert "roads.gpkg" in str(record["inputs"])
    build_briefing(results, tmp_path / "b.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "b.pdf").pages)
    assert "budi.santoso" not in text and "roads.gpkg" in re.sub(r"\s+", "", text)
    export_table(results, tmp_path / "t.xlsx")
    with zipfile.ZipFile(tmp_path / "t.xlsx") as z:
        xml = " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    assert "budi.santoso" not in xml and "households.gpkg" in xml
    export_map(results, tmp_path / "m.svg")
    assert "budi.santoso" not in (tmp_path / "m.svg").read_text(encoding="utf-8")


def test_old_files_with_absolute_paths_print_names_only(private_analysis, tmp_path):
    path = write_results(private_analysis, tmp_path / "r.gpkg")
    results = read_results(path)
    results.record["inputs"] = [
        {"role": "roads", "path": f"{PRIVATE}/roads.gpkg", "sha256": "1" * 64}
    ]  # as files written before this change stored it
    export_table(results, tmp_path / "t.xlsx")
    with zipfile.ZipFile(tmp_path / "t.xlsx") as z:
        xml = " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    assert "budi.santoso" not in xml
    assert np.isfinite(results.segments["benefit"]).all()

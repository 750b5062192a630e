"""Project files: exact round trip, atomic saves that survive a kill, clear errors."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import pytest

from mataram_gis.analysis import run_analysis
from mataram_gis.errors import InputDataError, ScenarioError
from mataram_gis.io import file_sha256
from mataram_gis.project import (
    FORMAT_VERSION,
    SAVE_DELAY_ENV,
    open_project,
    project_path,
    save_project,
)
from mataram_gis.scenario import Scenario
from tests.factories import grid_inputs

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def saved(tmp_path_factory, grid_analysis):
    inputs = dataclasses.replace(
        grid_analysis.prepared.inputs,
        sources=[{"role": "roads", "path": "/data/jalan.gpkg", "sha256": "ab" * 32}],
        notes=["joined 2 line ends"],
    )
    scenarios = {
        "Skenario dasar": grid_analysis.scenario,
        "Mobil": Scenario(name="Mobil", mode="car", trips_per_year=100.0),
    }
    path = tmp_path_factory.mktemp("project") / "mataram"
    written = save_project(
        path, inputs=inputs, scenarios=scenarios, active="Skenario dasar", analysis=grid_analysis
    )
    return written, scenarios, inputs


def test_round_trip_reproduces_the_ranking_exactly(saved, grid_analysis):
    path, scenarios, inputs = saved
    assert path.name == "mataram.mgis.gpkg"
    project = open_project(path)
    assert list(project.scenarios) == list(scenarios)
    assert project.scenarios["Mobil"] == scenarios["Mobil"]
    assert project.active == "Skenario dasar"
    assert project.inputs.sources == inputs.sources
    assert project.inputs.notes == ["joined 2 line ends"]
    assert project.inputs.synthetic is True
    original = grid_analysis.prepared.inputs
    for role in ("roads", "centres", "households"):
        a, b = getattr(original, role), getattr(project.inputs, role)
        assert list(a.columns) == list(b.columns)
        assert b.crs == a.crs
        for col in a.columns:
            if col != "geometry":
                assert b[col].dtype == a[col].dtype, (role, col)
        pd.testing.assert_frame_equal(
            pd.DataFrame(a.drop(columns="geometry")), pd.DataFrame(b.drop(columns="geometry"))
        )
        assert (a.geometry.to_wkb() == b.geometry.to_wkb()).all()  # exact doubles
    assert project.inputs.roads["oneway"].dtype == bool
    assert project.inputs.households["category"].dtype == np.int64
    again = run_analysis(project.inputs, project.scenario)
    cols = ["segment_id", "benefit", "households_benefiting", "rank"]
    pd.testing.assert_frame_equal(
        pd.DataFrame(grid_analysis.segments[cols]), pd.DataFrame(again.segments[cols])
    )
    assert project.results is not None
    stored = project.results.segments
    assert (stored["segment_id"].to_numpy() == again.segments["segment_id"].to_numpy()).all()
    assert (stored["benefit"].to_numpy() == again.segments["benefit"].to_numpy()).all()
    assert stored["rank"].equals(again.segments["rank"].reset_index(drop=True))
    assert project.results.scenario == grid_analysis.scenario


def test_project_without_results_and_plain_gpkg_suffix(tmp_path):
    inputs = grid_inputs(n=3, n_households=5)
    path = save_project(
        tmp_path / "p.gpkg", inputs=inputs, scenarios={"A": Scenario(name="A")}, active="A"
    )
    assert path == tmp_path / "p.gpkg" and project_path(tmp_path / "x") == tmp_path / (
        "x.mgis.gpkg"
    )
    project = open_project(path)
    assert project.results is None and project.scenario == Scenario(name="A")
    with pytest.raises(ScenarioError, match="not among"):
        save_project(path, inputs=inputs, scenarios={"A": Scenario(name="A")}, active="B")


def _write_project_table(path: Path, **changes) -> None:
    with sqlite3.connect(path) as db:
        for key, value in changes.items():
            db.execute(f"UPDATE project SET {key} = ?", (value,))


def test_bad_project_files(tmp_path, saved):
    junk = tmp_path / "junk.mgis.gpkg"
    junk.write_bytes(b"\x00\x01garbage" * 100)
    with pytest.raises(InputDataError, match="not a GeoPackage"):
        open_project(junk)
    with pytest.raises(InputDataError, match="file not found"):
        open_project(tmp_path / "nothing.mgis.gpkg")
    other = tmp_path / "other.gpkg"
    pyogrio.write_dataframe(pd.DataFrame({"a": [1]}), other, layer="t", driver="GPKG")
    with pytest.raises(InputDataError, match="no 'project' table"):
        open_project(other)
    newer = tmp_path / "newer.mgis.gpkg"
    newer.write_bytes(saved[0].read_bytes())
    _write_project_table(newer, format_version=FORMAT_VERSION + 1)
    with pytest.raises(InputDataError, match="newer Mataram GIS") as err:
        open_project(newer)
    assert "update Mataram GIS" in err.value.message
    broken = tmp_path / "broken.mgis.gpkg"
    broken.write_bytes(saved[0].read_bytes())
    _write_project_table(broken, scenarios=json.dumps({"X": {"mode": "helicopter"}}))
    with pytest.raises(InputDataError, match=r"scenario 'X' is invalid: .*unknown travel mode"):
        open_project(broken)
    no_roads = tmp_path / "noroads.mgis.gpkg"
    no_roads.write_bytes(saved[0].read_bytes())
    with sqlite3.connect(no_roads) as db:
        db.execute("DELETE FROM gpkg_contents WHERE table_name = 'input_roads'")
    with pytest.raises(InputDataError, match="lacks its input layer"):
        open_project(no_roads)


SAVE_SCRIPT = """
import sys
from mataram_gis.project import save_project
from mataram_gis.scenario import Scenario
from tests.factories import grid_inputs
save_project(sys.argv[1], inputs=grid_inputs(n=12, n_households=400),
             scenarios={"B": Scenario(name="B", mode="car")}, active="B")
"""


def test_kill_during_save_leaves_previous_file_intact(tmp_path):
    path = save_project(
        tmp_path / "kota.mgis.gpkg",
        inputs=grid_inputs(n=3, n_households=5),
        scenarios={"A": Scenario(name="A")},
        active="A",
    )
    digest = file_sha256(path)
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{SAVE_DELAY_ENV: "30"})
    proc = subprocess.Popen([sys.executable, "-c", SAVE_SCRIPT, str(path)], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 30
        while not any(p.name.startswith(".kota.") for p in tmp_path.iterdir()):
            assert proc.poll() is None and time.monotonic() < deadline, "the save never started"
            time.sleep(0.05)
        time.sleep(0.3)  # mid-save: the first layer is written, the delay runs
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    assert file_sha256(path) == digest
    project = open_project(path)
    assert project.active == "A" and len(project.inputs.households) == 5

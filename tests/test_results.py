"""The results GeoPackage: every contract field, reopened; atomic writes."""

from __future__ import annotations

import numpy as np
import pyogrio
import pytest

from mataram_gis.analysis import SEGMENT_COLUMNS
from mataram_gis.errors import InputDataError
from mataram_gis.results import read_results, write_results
from tests.checks import recheck_results

ORIGIN_COLUMNS = ("node", "weight", "access_s", "time_to_centre_s", "centre", "centre_fixed",
                  "excluded")  # fmt: skip


def test_results_reopen_with_every_contract_field(grid_analysis, tmp_path):
    path = write_results(grid_analysis, tmp_path / "r.gpkg")
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert {"segments", "origins", "centres", "scenario"} <= layers
    r = read_results(path)
    for col in SEGMENT_COLUMNS:
        assert col in r.segments.columns
    for col in ORIGIN_COLUMNS:
        assert col in r.origins.columns
    assert "node" in r.centres.columns
    assert r.segments.crs.to_epsg() == 32750
    np.testing.assert_allclose(r.segments["benefit"], grid_analysis.segments["benefit"])
    assert r.segments["rank"].isna().sum() == grid_analysis.segments["rank"].isna().sum()
    assert r.scenario == grid_analysis.scenario
    assert r.record["software"]["mataram_gis"]
    assert "engine_s" in r.record["timings"]
    assert r.synthetic is True
    info = pyogrio.read_info(path, layer="segments")
    assert "SYNTHETIC" in (info.get("layer_metadata") or {}).get("DESCRIPTION", "")


def test_benefit_recomputes_from_origins_and_segments(grid_analysis, tmp_path):
    """An independent check with networkx: top benefits from the file's own layers."""
    assert recheck_results(write_results(grid_analysis, tmp_path / "r.gpkg"), top=8) == 8


def test_bad_files_are_refused(tmp_path):
    with pytest.raises(InputDataError, match="not found"):
        read_results(tmp_path / "none.gpkg")
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"\x00garbage" * 10)
    with pytest.raises(InputDataError):
        read_results(junk)


def test_failed_write_leaves_previous_file(grid_analysis, tmp_path, monkeypatch):
    path = write_results(grid_analysis, tmp_path / "r.gpkg")
    before = path.read_bytes()

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pyogrio, "write_dataframe", boom)
    monkeypatch.setattr(pyogrio, "write_arrow", boom)  # plain layers go straight to Arrow
    with pytest.raises(RuntimeError):
        write_results(grid_analysis, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.gpkg"]

"""Inputs are assembled only in mataram_gis/inputs.py (the GUI's imports included)."""

from __future__ import annotations

import pytest

from mataram_gis.errors import UsageError
from mataram_gis.inputs import InputRequest, combine_inputs, merged_inputs, source_record
from tests.factories import grid_inputs


def test_a_role_replaces_only_that_role(tmp_path):
    base = grid_inputs()
    csv = tmp_path / "sentra.csv"
    csv.write_text("centre_id,name,lon,lat\nC9,Sentra Baru,116.1,-8.58\n", encoding="utf-8")
    merged = merged_inputs(base, [InputRequest(csv, "centres")])
    assert list(merged.centres["centre_id"]) == ["C9"]
    assert merged.roads is base.roads and merged.households is base.households
    centres = next(s for s in merged.sources if s["role"] == "centres")
    assert centres == source_record("centres", csv) and len(centres["sha256"]) == 64


def test_nothing_loaded_yet_names_the_missing_roles():
    with pytest.raises(UsageError, match="no centres, households loaded yet"):
        combine_inputs(None, {"roads": grid_inputs().roads}, {}, [])


def test_the_gui_uses_the_same_request_type():
    from ui.import_dialog import ImportRequest

    assert ImportRequest is InputRequest

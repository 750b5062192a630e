"""Shared test setup: Qt offscreen, quiet numba cache, small shared fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
#: The tests read the CLI's messages in English, the source language; the Indonesian default
#: is tested with this variable removed (tests/test_messages.py).
os.environ.setdefault("MATARAM_GIS_LANG", "en")

import pytest

from mataram_gis.analysis import run_analysis
from mataram_gis.cli import main
from mataram_gis.scenario import Scenario
from tests.factories import grid_inputs


@pytest.fixture(scope="session")
def grid_analysis():
    """A complete analysis of a small synthetic grid (shared, read-only)."""
    return run_analysis(grid_inputs(), Scenario())


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory):
    """The demo's input files (``python main.py demo``), shared and read-only."""
    out = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--out", str(out)]) == 0
    return out

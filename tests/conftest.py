"""Shared test setup: Qt offscreen, quiet numba cache, small shared fixtures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from mataram_gis.analysis import run_analysis
from mataram_gis.scenario import Scenario
from tests.factories import grid_inputs


@pytest.fixture(scope="session")
def grid_analysis():
    """A complete analysis of a small synthetic grid (shared, read-only)."""
    return run_analysis(grid_inputs(), Scenario())

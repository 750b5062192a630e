"""Behaviour unchanged by the results/export refactor (issue 10), checked on the demo city.

The golden fingerprints (``tests/golden/``) were made from the outputs of the code *before*
the refactor (main at a892429: ``rank --demo``; ``report`` in id, and in en with
``--budget 2e9``); see ``tests/golden_tools.py``. The results GeoPackage must hold the same
layers value by value, and the briefing the same text (dates and software versions masked),
whether made by the CLI from the file or by the GUI's route from the live analysis.

A change that is *meant* to alter these outputs regenerates the golden files on purpose
(``python -m tests.golden_tools R.gpkg B.pdf B_EN.pdf``) and says so in its commit.
Columns and scenario keys added later are not compared (only those the golden has).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mataram_gis.cli import main
from tests.golden_tools import GOLDEN, layer_fingerprints, pdf_text


@pytest.fixture(scope="module")
def demo_results(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("unchanged") / "r.gpkg"
    assert main(["rank", "--demo", "--out", str(out), "--top", "0"]) == 0
    return out


def _subset(new: dict, old: dict) -> dict:
    """``new`` reduced to the keys ``old`` has (recursively for mappings)."""
    return {
        k: _subset(new[k], v)
        if isinstance(v, dict) and isinstance(new.get(k), dict)
        else new.get(k)
        for k, v in old.items()
    }


def test_results_geopackage_unchanged_layer_by_layer(demo_results):
    golden = json.loads((GOLDEN / "demo_results.json").read_text())
    now = layer_fingerprints(demo_results)
    for layer in ("segments", "origins", "centres"):
        assert now[layer]["rows"] == golden[layer]["rows"], layer
        for col, digest in golden[layer]["columns"].items():
            assert now[layer]["columns"].get(col) == digest, f"{layer}.{col} changed"
    assert _subset(now["scenario"], golden["scenario"]) == golden["scenario"]


@pytest.mark.parametrize("lang,extra", [("id", []), ("en", ["--budget", "2e9"])])
def test_briefing_text_unchanged(demo_results, lang, extra):
    pdf = demo_results.with_name(f"b_{lang}.pdf")
    argv = ["report", "--results", str(demo_results), "--out", str(pdf), "--lang", lang]
    assert main([*argv, *extra]) == 0
    # the golden was made from a file named r.gpkg, as here
    assert pdf_text(pdf) == (GOLDEN / f"demo_briefing_{lang}.txt").read_text()

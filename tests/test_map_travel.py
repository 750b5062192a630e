"""The printed map with the travel-time cells (issue 14): ``map --travel-time``."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from PIL import Image

from mataram_gis.cli import main
from mataram_gis.errors import UsageError
from mataram_gis.isolation import cell_means
from mataram_gis.outputs.mapexport import compose_map, export_map
from mataram_gis.outputs.maptravel import TEXTS, draw_travel_cells, map_travel_cells
from mataram_gis.results import read_results, write_results
from tests.golden_tools import pdf_text


@pytest.fixture(scope="module")
def results_path(grid_analysis, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("travel") / "r.gpkg"
    write_results(grid_analysis, path)
    return path


@pytest.fixture(scope="module")
def results(results_path):
    return read_results(results_path)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("mode", "lang"), [("before", "id"), ("saved", "en")])
def test_pdf_carries_the_travel_legend_in_the_output_language(results, tmp_path, mode, lang):
    path = export_map(results, tmp_path / "m.pdf", lang=lang, travel_time=mode)
    text = _flat(pdf_text(path))
    _, n = map_travel_cells(results)
    for key in (mode, "unit", "note"):
        assert _flat(TEXTS[lang][key].format(n=n)) in text, key
    plain = _flat(pdf_text(export_map(results, tmp_path / "p.pdf", lang=lang)))
    assert _flat(TEXTS[lang]["note"]) not in plain


def test_png_differs_with_the_layer_and_between_modes(results, tmp_path):
    pixels = {
        mode: np.asarray(Image.open(export_map(results, tmp_path / f"{mode}.png",
                                               travel_time=mode)).convert("RGB"), int)
        for mode in (None, "before", "saved")
    }  # fmt: skip
    assert np.abs(pixels["before"] - pixels[None]).sum() > 0
    assert np.abs(pixels["before"] - pixels["saved"]).sum() > 0


def test_no_cell_with_fewer_than_five_households_is_drawn(results):
    cells, _ = map_travel_cells(results)
    every = cell_means(results.origins, {"v": np.zeros(len(results.origins))}, min_count=1)
    small = every.loc[every["households"] < 5]
    assert len(small), "the grid must have small cells for this test to mean something"
    fig = Figure()
    ax = fig.add_subplot()
    draw_travel_cells(ax, cells, mode="after")
    drawn = [p for c in ax.collections if isinstance(c, PolyCollection) for p in c.get_paths()]
    assert len(cells) and len(drawn) == len(cells) and (cells["households"] >= 5).all()
    corners = {tuple(np.round(p.vertices.min(axis=0), 3)) for p in drawn}
    small_corners = {tuple(np.round(g.bounds[:2], 3)) for g in small.geometry}
    assert not corners & small_corners


def test_unknown_mode_is_a_usage_error(results):
    with pytest.raises(UsageError, match="before, after or saved"):
        compose_map(results, width_mm=297, height_mm=210, travel_time="sideways")


def test_cli_map_travel_time(results_path, tmp_path):
    out = tmp_path / "m.pdf"
    assert main(["map", "--results", str(results_path), "--out", str(out),
                 "--travel-time", "after", "--lang", "en"]) == 0  # fmt: skip
    assert _flat(TEXTS["en"]["note"]) in _flat(pdf_text(out))
    with pytest.raises(SystemExit) as exc:
        main(["map", "--results", str(results_path), "--out", str(out), "--travel-time", "x"])
    assert exc.value.code == 2

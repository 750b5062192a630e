"""Flood-prone areas and isolated households on the printed map (issue 14):
``map --hazard FILE --isolated [MIN]``; legend rows match what is drawn, in id and en."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from matplotlib.collections import PolyCollection

from mataram_gis.cli import main
from mataram_gis.criticality import hazard_exposure
from mataram_gis.isolation import isolated_cells
from mataram_gis.outputs.mapexport import compose_map, export_map
from mataram_gis.outputs.maphazard import (
    ISOLATED_Z,
    TEXTS,
    legend_rows,
    prepare_overlays,
)
from mataram_gis.results import read_results, write_results
from tests.golden_tools import pdf_text


@pytest.fixture(scope="module")
def results_path(grid_analysis, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("overlays") / "r.gpkg"
    write_results(grid_analysis, path)
    return path


@pytest.fixture(scope="module")
def results(results_path):
    return read_results(results_path)


@pytest.fixture(scope="module")
def band(results, tmp_path_factory) -> Path:
    """A flood band across the middle of the grid, as a user's GeoJSON in lon/lat."""
    x0, y0, x1, y1 = results.segments.total_bounds
    line = shapely.LineString([(x0 - 50, (y0 + y1) / 2), (x1 + 50, (y0 + y1) / 2 + 40)])
    frame = gpd.GeoDataFrame(geometry=[line.buffer(60)], crs=results.segments.crs)
    path = tmp_path_factory.mktemp("hazard") / "banjir.geojson"
    frame.to_crs(4326).to_file(path)
    return path


def _flat(text: str) -> str:
    return " ".join(text.split())


def _hazard(results, band):
    from mataram_gis.io.admin import read_hazard

    return read_hazard(band)


def test_exposed_segments_are_the_criticality_test(results, band):
    hz = _hazard(results, band)
    ov = prepare_overlays(results, hazard=hz)
    want = hazard_exposure(results.segments, hz.to_crs(results.segments.crs))
    np.testing.assert_array_equal(ov.exposed, want)
    assert 0 < ov.exposed.sum() < len(results.segments)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_legend_rows_match_the_overlays_drawn(results, band, tmp_path, lang):
    hz = _hazard(results, band)
    plain = _flat(pdf_text(export_map(results, tmp_path / "p.pdf", lang=lang)))
    for key in ("hazard", "exposed"):
        assert _flat(TEXTS[lang][key]) not in plain
    path = export_map(results, tmp_path / "h.pdf", lang=lang, hazard=hz, isolated_min=1.0)
    text = _flat(pdf_text(path))
    ov = prepare_overlays(results, hazard=hz, isolated_min=1.0)
    rows = legend_rows(ov, lang)
    assert len(rows) == 3
    for row in rows:
        assert _flat(row) in text, row
    only = prepare_overlays(results, isolated_min=1.0)
    assert legend_rows(only, lang) == rows[2:]


def test_isolated_cells_are_drawn_over_the_roads_one_square_each(results):
    cells = isolated_cells(results.origins, threshold_min=1.0)
    assert len(cells), "the grid must have isolated cells at 1 minute for this test to mean it"
    fig = compose_map(results, width_mm=297, height_mm=210, isolated_min=1.0)
    ax = fig.axes[0]
    drawn = [c for c in ax.collections if isinstance(c, PolyCollection)
             and c.get_zorder() >= ISOLATED_Z]  # fmt: skip
    assert drawn and all(len(c.get_paths()) == len(cells) for c in drawn)
    roads = max(p.get_zorder() for p in ax.patches if p.get_zorder() < 20)
    assert min(c.get_zorder() for c in drawn) > roads
    assert (cells["households"] >= 5).all()


def test_automatic_threshold_is_the_first_that_leaves_a_cell(results):
    from mataram_gis.outputs.briefing_isolated import THRESHOLDS_MIN

    ov = prepare_overlays(results, isolated_min=0.0)
    for m in THRESHOLDS_MIN:
        if m == ov.isolated_min:
            break
        assert not len(isolated_cells(results.origins, threshold_min=m))
    if not len(ov.isolated):
        assert legend_rows(ov, "en")[0].endswith("no cell")


def test_cli_map_hazard_and_isolated(results_path, band, tmp_path, capsys):
    out = tmp_path / "m.pdf"
    assert main(["map", "--results", str(results_path), "--out", str(out), "--hazard", str(band),
                 "--isolated", "--travel-time", "after", "--lang", "en"]) == 0  # fmt: skip
    text = _flat(pdf_text(out))
    assert TEXTS["en"]["hazard"] in text and "Isolated households" in text
    bad = tmp_path / "bad.geojson"
    gpd.GeoDataFrame(geometry=[shapely.Point(0, 0)], crs=4326).to_file(bad)
    assert main(["map", "--results", str(results_path), "--out", str(out), "--hazard",
                 str(bad), "--lang", "en"]) == 2  # fmt: skip
    assert "polygons" in capsys.readouterr().err
    assert main(["map", "--results", str(results_path), "--out", str(out), "--isolated",
                 "-3", "--lang", "en"]) == 2  # fmt: skip
    assert "--isolated" in capsys.readouterr().err

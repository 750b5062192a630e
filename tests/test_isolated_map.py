"""Isolated households: off-network detection on a real analysis, and the briefing's map."""

from __future__ import annotations

import dataclasses

import geopandas as gpd
import numpy as np
import pandas as pd
from reportlab.platypus import KeepTogether, Paragraph
from shapely.geometry import Point, box

from mataram_gis.admin import assign
from mataram_gis.analysis import run_analysis
from mataram_gis.isolation import isolation_by_area, isolation_flags
from mataram_gis.outputs.briefing_isolated import (
    SUPPRESSED,
    isolated_map,
    isolated_map_figure,
    map_threshold,
)
from mataram_gis.outputs.pdffonts import register_fonts
from mataram_gis.results import Results
from mataram_gis.scenario import Scenario
from tests.factories import X0, Y0, grid_inputs

register_fonts()  # the briefing's paragraph styles use them


def _with_far_households(k: int):
    """The grid with ``k`` households 3 km away from any road (excluded by the analysis)."""
    inp = grid_inputs()
    far = gpd.GeoDataFrame(
        {"household_id": [f"far{i}" for i in range(k)], "weight": 1.0, "category": 1,
         "centre": "", "synthetic": True},
        geometry=[Point(X0 + 3000 + 10 * i, Y0 + 3000) for i in range(k)], crs=inp.roads.crs,
    )  # fmt: skip
    hh = pd.concat([inp.households, far], ignore_index=True)
    return dataclasses.replace(inp, households=gpd.GeoDataFrame(hh, crs=inp.roads.crs))


def test_households_off_the_network_count_as_isolated():
    for snap in ("node", "segment"):
        a = run_analysis(_with_far_households(3), Scenario(snap=snap))
        flags = isolation_flags(a.origins)
        far_rows = a.origins["household_id"].str.startswith("far").to_numpy()
        assert flags.loc[far_rows, "off_network"].all(), snap
        assert not flags.loc[~far_rows, "off_network"].any(), snap


def _results(k: int) -> Results:
    a = run_analysis(_with_far_households(k), Scenario())
    admin = gpd.GeoDataFrame(
        {"kelurahan": ["Karang Pule", "Pagesangan", "Jauh"], "kecamatan": ["A", "A", "B"]},
        geometry=[box(X0 - 100, Y0 - 100, X0 + 375, Y0 + 900),
                  box(X0 + 375, Y0 - 100, X0 + 900, Y0 + 900),
                  box(X0 + 2900, Y0 + 2900, X0 + 3200, Y0 + 3100)],
        crs=a.segments.crs,
    )  # fmt: skip
    a.origins = a.origins.join(assign(a.origins, admin))
    r = Results.from_analysis(a)
    r.extra["kelurahan"] = admin
    return r


def test_map_shows_counts_only_from_five_and_grey_below():
    few, many = _results(3), _results(7)
    assert map_threshold(few.origins) == 30.0  # nobody far on the small grid: the default
    assert isinstance(isolated_map(few, lang="id")[0], Paragraph)  # 3 < 5: no map
    story = isolated_map(many, lang="en")
    assert isinstance(story[0], KeepTogether)
    for r, want in ((few, SUPPRESSED), (many, None)):
        fig = isolated_map_figure(r, threshold_min=30.0, lang="id", width_mm=120)
        faces = fig.axes[0].collections[0].get_facecolors()  # the kelurahan polygons
        jauh = faces[2]
        if want is not None:  # 3 isolated households: grey, never a count colour
            np.testing.assert_allclose(jauh[:3], [0xEE / 255] * 3)
        else:
            assert not np.allclose(jauh[:3], [0xEE / 255] * 3)
            assert not np.allclose(jauh[:3], 1.0)
    table = isolation_by_area(many.origins)
    assert int(table.loc[table["kelurahan"] == "Jauh", "isolated"].iloc[0]) == 7


def test_threshold_falls_back_to_shorter_times_when_nobody_is_that_far():
    r = _results(0)
    minutes = isolation_flags(r.origins)["minutes"].dropna()
    cut = float(np.sort(minutes.to_numpy())[-6])  # six households beyond it
    assert map_threshold(r.origins, thresholds=(30.0, cut)) == cut
    story = isolated_map(r, lang="id", thresholds=(30.0, cut))
    assert isinstance(story[0], KeepTogether)


def test_isolated_layer_colours_cells_by_households():
    from layers.areas import IsolatedLayer
    from mataram_gis.isolation import isolated_cells

    cells = isolated_cells(_results(7).origins, threshold_min=30.0)
    assert cells["households"].tolist() == [7]  # the seven off-network households, one cell
    layer = IsolatedLayer(cells, minutes=30.0)
    assert layer.fills == [IsolatedLayer.COLOURS[0]] and len(layer.rings) == 1
    assert layer.legend("id")[0].label.startswith("lebih dari 30 menit")
    assert isolated_cells(_results(4).origins, threshold_min=30.0).empty  # < 5: not shown


def test_isolation_command_draws_the_map(tmp_path, capsys):
    from mataram_gis.cli import main
    from mataram_gis.results import write_results

    a = run_analysis(_with_far_households(6), Scenario())
    path = write_results(a, tmp_path / "r.gpkg")
    admin = gpd.GeoDataFrame(
        {"desa": ["Karang Pule", "Jauh"], "kecamatan": ["A", "B"]},
        geometry=[box(X0 - 100, Y0 - 100, X0 + 900, Y0 + 900),
                  box(X0 + 2900, Y0 + 2900, X0 + 3200, Y0 + 3100)],
        crs=a.segments.crs,
    )  # fmt: skip
    admin.to_file(tmp_path / "kel.geojson")
    out = tmp_path / "iso.png"
    assert main(["isolation", "--results", str(path), "--admin", str(tmp_path / "kel.geojson"),
                 "--map", str(out), "--lang", "en"]) == 0  # fmt: skip
    assert out.read_bytes()[:4] == b"\x89PNG"
    assert "Jauh" in capsys.readouterr().out
    assert main(["isolation", "--results", str(path), "--map", str(tmp_path / "x.txt")]) == 2
    assert main(["isolation", "--results", str(path), "--map", str(path)]) == 2  # its input

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
from mataram_gis.outputs.maptravel import (
    TEXTS,
    draw_travel_cells,
    map_travel_cells,
    travel_title,
)
from mataram_gis.outputs.texts import t
from mataram_gis.outputs.upgrade_choice import LABELS, parse_upgrade, resolve_upgrade
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
    _, upgrade = map_travel_cells(results)
    assert _flat(travel_title(mode, upgrade, lang)) in text
    for key in ("unit", "note"):
        assert _flat(TEXTS[lang][key]) in text, key
    plain = _flat(pdf_text(export_map(results, tmp_path / "p.pdf", lang=lang)))
    assert _flat(TEXTS[lang]["note"]) not in plain


@pytest.mark.parametrize("lang", ["id", "en"])
def test_legend_entries_match_the_layers_shown(results, tmp_path, lang):
    """The travel-time cells replace the household density, and so does their legend."""
    density = _flat(t("legend_density", lang, cell="250"))
    plain = _flat(pdf_text(export_map(results, tmp_path / "p.pdf", lang=lang)))
    assert density in plain and _flat(TEXTS[lang]["unit"]) not in plain
    travel = _flat(pdf_text(export_map(results, tmp_path / "t.pdf", lang=lang,
                                       travel_time="after")))  # fmt: skip
    assert density not in travel and _flat(TEXTS[lang]["unit"]) in travel


def _images(fig) -> int:
    return sum(len(ax.images) for ax in fig.axes)


def test_density_image_is_not_drawn_under_the_travel_cells(results):
    plain = compose_map(results, width_mm=297, height_mm=210)
    travel = compose_map(results, width_mm=297, height_mm=210, travel_time="before")
    assert _images(plain) == 1 and _images(travel) == 0


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_page_title_names_the_upgrade_shown(results, tmp_path, lang):
    seg = results.segments
    sid = int(seg.sort_values("rank").iloc[2]["segment_id"])
    nomor = str(seg.loc[seg["candidate"].astype(bool), "nomor_ruas"].iloc[0])
    for what, label in ((f"segment:{sid}", LABELS[lang]["segment"].format(ids=sid)),
                        (f"ruas:{nomor}", f"ruas {nomor}"), ("top:3", None)):  # fmt: skip
        path = export_map(results, tmp_path / "u.pdf", lang=lang, travel_time="after",
                          upgrade=what)  # fmt: skip
        text = _flat(pdf_text(path))
        upgrade = resolve_upgrade(results, parse_upgrade(what))
        assert _flat(travel_title("after", upgrade, lang)) in text
        assert label is None or label in upgrade.label(lang)


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


@pytest.mark.parametrize(
    "bad", ["sideways:1", "top:0", "top:x", "segment:", "segment:1,a", "ruas:NOPE",
            "segment:99999", "portfolio:lots"],
)  # fmt: skip
def test_cli_bad_upgrade_exits_2_with_a_message(results_path, tmp_path, capsys, bad):
    out = tmp_path / "m.pdf"
    code = main(["map", "--results", str(results_path), "--out", str(out), "--travel-time",
                 "after", "--upgrade", bad, "--lang", "en"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and "--upgrade" in err and "Traceback" not in err and not out.exists()


def test_cli_upgrade_in_indonesian_and_needs_travel_time(results_path, tmp_path, capsys):
    out = tmp_path / "m.pdf"
    assert main(["map", "--results", str(results_path), "--out", str(out), "--travel-time",
                 "after", "--upgrade", "teratas:x", "--lang", "id"]) == 2  # fmt: skip
    assert "tidak dapat dibaca" in capsys.readouterr().err
    assert main(["map", "--results", str(results_path), "--out", str(out),
                 "--upgrade", "top:3"]) == 2  # fmt: skip
    assert "--travel-time" in capsys.readouterr().err
    assert main(["map", "--results", str(results_path), "--out", str(out), "--travel-time",
                 "saved", "--upgrade", "segmen:3,4"]) == 0  # fmt: skip
    assert "segmen 3, 4" in _flat(pdf_text(out))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_briefing_travel_page_names_the_chosen_upgrade(results, tmp_path, lang):
    """``report --upgrade ruas:NOMOR``: the page heading and the "after" map name the ruas,
    and its figures are those of that ruas (not of the top ten)."""
    from mataram_gis.outputs.briefing import build_briefing
    from mataram_gis.outputs.briefing_access import tx

    seg = results.segments
    nomor = str(seg.loc[seg["candidate"].astype(bool), "nomor_ruas"].iloc[0])
    path = build_briefing(results, tmp_path / "b.pdf", lang=lang, top=5,
                          upgrade=f"ruas:{nomor}")  # fmt: skip
    text = _flat(pdf_text(path))
    upgrade = resolve_upgrade(results, parse_upgrade(f"ruas:{nomor}"))
    assert _flat(tx("h_sel", lang, what=upgrade.label(lang))) in text
    default = _flat(pdf_text(build_briefing(results, tmp_path / "d.pdf", lang=lang, top=5)))
    assert _flat(tx("h", lang)) in default and upgrade.label(lang) not in default


def test_cli_report_bad_upgrade_exits_2_before_any_work(results_path, tmp_path, capsys):
    out = tmp_path / "b.pdf"
    assert main(["report", "--results", str(results_path), "--out", str(out),
                 "--upgrade", "ruas", "--lang", "en"]) == 2  # fmt: skip
    assert "--upgrade" in capsys.readouterr().err and not out.exists()
    assert main(["report", "--results", str(results_path), "--out", str(out),
                 "--upgrade", "segment:3", "--lang", "en"]) == 0  # fmt: skip
    assert "segment 3" in _flat(pdf_text(out))

"""``access``, ``equity``, ``isolation``, ``snapping`` sub-commands on a small grid result."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
from shapely.geometry import box

from mataram_gis.cli import main
from mataram_gis.results import write_results
from tests.factories import X0, Y0


@pytest.fixture(scope="module")
def result(grid_analysis, tmp_path_factory):
    d = tmp_path_factory.mktemp("access")
    path = write_results(grid_analysis, d / "r.gpkg")
    admin = gpd.GeoDataFrame(
        {"desa": ["Karang Pule", "Pagesangan"], "kecamatan": ["Sekarbela", "Mataram"]},
        geometry=[box(X0 - 100, Y0 - 100, X0 + 375, Y0 + 900),
                  box(X0 + 375, Y0 - 100, X0 + 900, Y0 + 900)],
        crs="EPSG:32750",
    )  # fmt: skip
    admin.to_file(d / "kel.geojson")
    flood = gpd.GeoDataFrame(geometry=[box(X0 - 10, Y0 - 10, X0 + 160, Y0 + 10)], crs=admin.crs)
    flood.to_file(d / "banjir.gpkg")
    return d, path


def test_access_writes_criticality_kelurahan_and_isochrones(result, capsys):
    d, path = result
    out = d / "a.gpkg"
    code = main(["access", "--results", str(path), "--out", str(out), "--admin",
                 str(d / "kel.geojson"), "--hazard", str(d / "banjir.gpkg"),
                 "--bands", "1", "2"])  # fmt: skip
    assert code == 0
    layers = {n for n, _ in pyogrio.list_layers(out)}
    assert {"segments", "origins", "isochrones", "kelurahan", "centres", "scenario"} <= layers
    seg = gpd.read_file(out, layer="segments")
    assert {"criticality", "households_stranded", "kelurahan", "flood_exposed"} <= set(seg)
    assert set(seg["kelurahan"]) <= {"Karang Pule", "Pagesangan", ""}
    assert seg["flood_exposed"].sum() >= 1
    assert (seg["criticality"] >= 0).all() and seg["criticality"].max() > 0
    iso = gpd.read_file(out, layer="isochrones")
    assert set(iso["minutes"]) <= {1.0, 2.0} and len(iso) > 0
    assert "stranded" in capsys.readouterr().out


def test_access_refuses_to_overwrite_its_input(result):
    _, path = result
    assert main(["access", "--results", str(path), "--out", str(path)]) == 2


def test_equity_prints_desil_and_kelurahan_tables(result, capsys, tmp_path):
    d, path = result
    code = main(["equity", "--results", str(path), "--top", "3", "--admin",
                 str(d / "kel.geojson"), "--by", "category", "kelurahan", "--out",
                 str(tmp_path / "eq.csv")])  # fmt: skip
    assert code == 0
    text = capsys.readouterr().out
    assert "share to desil 1" in text and "Karang Pule" in text
    assert (tmp_path / "eq_category.csv").exists() and (tmp_path / "eq_kelurahan.csv").exists()
    assert main(["equity", "--results", str(path), "--top", "3", "--map",
                 str(tmp_path / "tt.png")]) == 0  # fmt: skip
    assert (tmp_path / "tt.png").stat().st_size > 10_000


def test_equity_by_kelurahan_without_boundaries_is_a_usage_error(result):
    _, path = result
    assert main(["equity", "--results", str(path), "--by", "kelurahan"]) == 2


def test_isolation_and_snapping(result, capsys):
    d, path = result
    assert main(["isolation", "--results", str(path), "--threshold", "0.5",
                 "--admin", str(d / "kel.geojson")]) == 0  # fmt: skip
    assert "kelurahan" in capsys.readouterr().out
    assert main(["snapping", "--results", str(path)]) == 0
    text = capsys.readouterr().out
    assert "point on segment" in text
    assert np.isfinite(float(text.split(" min (node")[0].split()[-1]))


def test_briefing_has_the_travel_time_and_equity_page(result, tmp_path):
    from pypdf import PdfReader

    d, path = result
    enriched = tmp_path / "a.gpkg"
    assert main(["access", "--results", str(path), "--out", str(enriched),
                 "--admin", str(d / "kel.geojson"), "--bands", "1"]) == 0  # fmt: skip
    for lang, words in (("id", ("Waktu tempuh dan siapa yang diuntungkan", "Manfaat per desil",
                                "Karang Pule")),
                        ("en", ("Travel times and who gains", "Benefit by desil"))):  # fmt: skip
        pdf = tmp_path / f"b_{lang}.pdf"
        assert main(["report", "--results", str(enriched), "--out", str(pdf),
                     "--lang", lang]) == 0  # fmt: skip
        text = "\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
        for w in words:
            assert w in text


def test_equity_of_a_whole_road(result, capsys):
    _, path = result

    name = gpd.read_file(path, layer="segments")["name"].iloc[0]
    assert main(["equity", "--results", str(path), "--ruas", name]) == 0
    assert f"ruas {name}" in capsys.readouterr().out
    assert main(["equity", "--results", str(path), "--ruas", "no such road"]) == 2


def test_printed_map_carries_kelurahan_when_the_results_do(result, tmp_path):
    from matplotlib.figure import Figure

    from mataram_gis.outputs.mapadmin import draw_admin
    from mataram_gis.outputs.mapplot import MapFrame, prepare_map
    from mataram_gis.results import read_results

    d, path = result
    enriched = tmp_path / "a.gpkg"
    assert main(["access", "--results", str(path), "--out", str(enriched),
                 "--admin", str(d / "kel.geojson"), "--bands", "1"]) == 0  # fmt: skip
    for source, names in ((enriched, 2), (path, 0)):
        results = read_results(source)
        frame = MapFrame.fit(prepare_map(results).bounds, 250.0, 180.0)
        ax = Figure().add_subplot()
        frame.apply(ax)
        assert draw_admin(ax, results, frame) == names
        texts = {t.get_text() for t in ax.texts}
        assert ({"Karang Pule", "Pagesangan"} <= texts) is bool(names)
    assert main(["map", "--results", str(enriched), "--out", str(tmp_path / "m.pdf")]) == 0


def test_access_table_is_indonesian_with_lang_id(result, capsys):
    from mataram_gis.messages import set_language
    from tests.test_glossary_denylist import english_leaks

    d, path = result
    try:
        assert main(["access", "--results", str(path), "--out", str(d / "i.gpkg"),
                     "--lang", "id"]) == 0  # fmt: skip
    finally:
        set_language("en")
    text = capsys.readouterr().out
    assert "RT terisolasi" in text and "jam-RT terbobot/tahun" in text
    assert "stranded" not in text and "h/yr" not in text and english_leaks(text) == []


def test_equity_and_isolation_headers_are_indonesian_with_lang_id(result, capsys):
    from mataram_gis.messages import set_language

    _d, path = result
    try:
        assert main(["equity", "--results", str(path), "--top", "3", "--lang", "id"]) == 0
        assert main(["isolation", "--results", str(path), "--threshold", "0.5",
                     "--lang", "id"]) == 0  # fmt: skip
        assert main(["snapping", "--results", str(path), "--lang", "id"]) == 0
    finally:
        set_language("en")
    text = capsys.readouterr().out
    assert "pemerataan untuk 3 segmen teratas" in text
    assert "rumah tangga terisolasi (> 0.5 menit" in text
    assert "equity of" not in text and "isolated households" not in text
    assert "peringkat dengan penempatan titik-pada-segmen" in text and "10 teratas:" in text
    assert "rumah tangga: pintu ke pusat" in text and "households:" not in text

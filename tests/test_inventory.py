"""Road inventory: reader shapes, join onto the network, survey by STA, unmatched rows."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point

from mataram_gis.analysis import AnalysisInputs, analyse, prepare
from mataram_gis.cli import main
from mataram_gis.errors import InputDataError
from mataram_gis.inventory import chainage, enrich_segments
from mataram_gis.io import read_roads
from mataram_gis.io.inventory import RoadInventory, read_inventory
from mataram_gis.network import build_network
from mataram_gis.scenario import Scenario

X0, Y0, D = 400_000.0, 9_050_000.0, 120.0


def street_grid(*, n: int = 6) -> AnalysisInputs:
    """Named east-west streets ("Jl. Baris j") and north-south gangs, 2 centres."""
    rows = []
    for j in range(n):
        for i in range(n - 1):
            rows.append(
                {
                    "name": f"Jl. Baris {j}",
                    "highway": "residential",
                    "condition": "sedang",
                    "geometry": LineString(
                        [(X0 + i * D, Y0 + j * D), (X0 + (i + 1) * D, Y0 + j * D)]
                    ),
                }
            )
    for i in range(n):
        for j in range(n - 1):
            rows.append(
                {
                    "name": "",
                    "highway": "gang",
                    "condition": "rusak ringan",
                    "geometry": LineString(
                        [(X0 + i * D, Y0 + j * D), (X0 + i * D, Y0 + (j + 1) * D)]
                    ),
                }
            )
    roads = gpd.GeoDataFrame(rows, crs="EPSG:32750")
    for col, val in (
        ("oneway", False),
        ("authority", ""),
        ("surface", "asphalt"),
        ("width_m", np.nan),
        ("maxspeed_kmh", np.nan),
        ("access", ""),
        ("synthetic", True),
    ):
        roads[col] = val
    centres = gpd.GeoDataFrame(
        {"centre_id": ["C1"], "name": ["S"], "sector": [""], "synthetic": [True]},
        geometry=[Point(X0, Y0)],
        crs=32750,
    )
    rng = np.random.default_rng(1)
    xy = rng.uniform(0, (n - 1) * D, (80, 2)) + [X0, Y0]
    households = gpd.GeoDataFrame(
        {
            "household_id": [str(k) for k in range(80)],
            "weight": 1.0,
            "category": 1,
            "centre": "",
            "synthetic": True,
        },
        geometry=[Point(p) for p in xy],
        crs=32750,
    )
    return AnalysisInputs(roads=roads, centres=centres, households=households, synthetic=True)


def ruas_list_csv(path, extra: str = "") -> None:
    path.write_text(
        "No Ruas;Nama Ruas;Status;Fungsi;Panjang (km);Lebar;Perkerasan\n"
        "017;Jl. Baris 2;Kota;Lokal Sekunder;0,6;5,5;Hotmix\n"
        "N-01;JALAN BARIS 4;Nasional;arteri primer;0,6;7;aspal\n" + extra
    )


def test_ruas_list_joins_by_name_and_reports_unmatched_rows(tmp_path):
    path = tmp_path / "daftar_ruas.csv"
    ruas_list_csv(path, "099;Jl. Tidak Ada;kota;lokal;1;4;beton\n")
    inv = read_inventory(path)
    assert inv.ruas["nomor_ruas"].tolist() == ["017", "N-01", "099"]
    assert inv.ruas["panjang_m"].tolist() == [600.0, 600.0, 1000.0]
    net = build_network(street_grid().roads)
    seg, report = enrich_segments(net.segments, net.node_xy, inv)
    row2 = (seg["name"] == "Jl. Baris 2").to_numpy()
    assert (seg.loc[row2, "nomor_ruas"] == "017").all()
    assert (seg.loc[row2, "lebar_m"] == 5.5).all() and (
        seg.loc[row2, "status_source"] == "input"
    ).all()
    row4 = (seg["name"] == "Jl. Baris 4").to_numpy()
    assert (seg.loc[row4, "status"] == "nasional").all()
    assert report.unmatched_ruas == ["099"] and report.ruas_matched == 2
    assert any("099" in n for n in report.notes)
    # the rest: generated ruas, estimated status, fungsi from class, default widths
    rest = ~(row2 | row4)
    assert seg.loc[rest, "nomor_ruas"].str.startswith("K").all()
    assert (seg.loc[rest, "status_source"] == "estimated").all()
    gang = (seg["highway"] == "gang").to_numpy()
    assert (seg.loc[gang, "fungsi"] == "lingkungan").all() and (
        seg.loc[gang, "lebar_m"] == 2.0
    ).all()
    # STA runs along each ruas from its west end
    s = seg.loc[row2].sort_values("sta_from_m")
    np.testing.assert_allclose(s["sta_from_m"], np.arange(5) * D)
    assert s.geometry.iloc[0].bounds[0] == X0


def test_survey_rows_set_condition_by_sta_and_change_the_ranking(tmp_path):
    ruas = tmp_path / "daftar_ruas.csv"
    ruas_list_csv(ruas)
    survey = tmp_path / "survei.csv"
    survey.write_text(
        "nomor_ruas,sta_awal,sta_akhir,iri\n017,0+000,0+100,3.1\n"
        "017,0+100,0+200,3.5\n017,0+200,0+360,14.2\n017,0+360,0+600,15.0\n"
        "555,0+000,0+100,9.0\n"
    )
    inputs = street_grid()
    before = analyse(prepare(inputs), Scenario())
    inputs.inventory = read_inventory(ruas).extend(read_inventory(survey))
    prep = prepare(inputs)
    after = analyse(prep, Scenario())
    s = after.segments.set_index("segment_id").sort_values("sta_from_m")
    r17 = s.loc[s["nomor_ruas"] == "017"]
    # 0-120 m: IRI 3.1 on 100 m and 3.5 on 20 m -> mean 3.17 baik; 120-240: 3.5 x80 and 14.2 x40
    np.testing.assert_allclose(r17["iri"].iloc[0], (3.1 * 100 + 3.5 * 20) / 120)
    np.testing.assert_allclose(r17["iri"].iloc[1], (3.5 * 80 + 14.2 * 40) / 120)
    assert r17["condition"].tolist() == [
        "baik",
        "sedang",
        "rusak berat",
        "rusak berat",
        "rusak berat",
    ]
    assert any("555" in n for n in inputs.notes)
    b = before.segments.set_index("segment_id")
    worse = r17.index[2:]
    assert (s.loc[worse, "time_before_s"] > b.loc[worse, "time_before_s"]).all()
    assert (s.loc[worse, "upgrade_cost"] > b.loc[worse, "upgrade_cost"]).all()
    assert not np.allclose(s.loc[worse, "benefit"], b.loc[worse, "benefit"])
    assert (s.loc[worse, "treatment"] == "rekonstruksi/peningkatan").all()
    assert s.loc[r17.index[0], "rank"] is pd.NA  # now baik: nothing to gain


def test_single_sta_column_xlsx_with_two_sheets(tmp_path):
    path = tmp_path / "inventaris.xlsx"
    with pd.ExcelWriter(path) as xl:
        pd.DataFrame(
            {"nomor ruas": ["017"], "nama ruas": ["Jl. Baris 2"], "status": ["kota"]}
        ).to_excel(xl, sheet_name="ruas", index=False)
        pd.DataFrame(
            {"nomor ruas": ["017"] * 3, "STA": ["0+000", "0+200", "0+400"], "SDI": [10, 120, 200]}
        ).to_excel(xl, sheet_name="survei", index=False)
    inv = read_inventory(path)
    assert len(inv.ruas) == 1
    assert inv.survey["sta_to_m"].tolist() == [200.0, 400.0, 600.0]
    assert inv.survey["sdi"].tolist() == [10.0, 120.0, 200.0]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("nama_ruas,status\nJl. A,kota\n", "nomor_ruas"),
        ("nomor_ruas,nama_ruas,status\n1,Jl. A,swasta\n", "swasta"),
        ("nomor_ruas,nama_ruas\n1,Jl. A\n1,Jl. B\n", "more than once"),
        ("nomor_ruas,nama_ruas\n,Jl. A\n", "row 2"),
        ("nomor_ruas,sta_awal,sta_akhir,iri\n1,0+200,0+100,3\n", "row 2"),
        ("nomor_ruas,sta_awal,sta_akhir,iri\n1,0+000,0+100,\n", "no measured condition"),
        ("nomor_ruas,sta_awal,sta_akhir,iri\n1,satu,0+100,3\n", "STA"),
    ],
)
def test_bad_inventory_files_name_the_problem(tmp_path, text, match):
    path = tmp_path / "inv.csv"
    path.write_text(text)
    with pytest.raises(InputDataError, match=match):
        read_inventory(path)


def test_road_file_carrying_nomor_ruas_status_and_sta(tmp_path):
    inputs = street_grid()
    roads = inputs.roads.rename(columns={"name": "nama_ruas", "highway": "fungsi"})
    roads["fungsi"] = np.where(roads["fungsi"] == "gang", "lingkungan", "lokal")
    roads["kondisi"] = roads.pop("condition")
    roads["no_ruas"] = np.where(roads["nama_ruas"] == "Jl. Baris 1", "005", "")
    roads["status"] = np.where(roads["nama_ruas"] == "", "desa", "kota")
    roads = roads.drop(columns=["authority", "surface", "width_m", "maxspeed_kmh", "access"])
    path = tmp_path / "jalan.gpkg"
    roads.to_file(path)
    frame, _ = read_roads(path)
    assert {"nomor_ruas", "status", "fungsi"} <= set(frame.columns)
    net = build_network(frame)
    seg, _ = enrich_segments(net.segments, net.node_xy)
    assert set(seg.loc[seg["name"] == "", "status"]) == {"desa"}
    assert (seg.loc[seg["name"] == "Jl. Baris 1", "nomor_ruas"] == "005").all()
    assert set(seg.loc[seg["name"] == "", "fungsi"]) == {"lingkungan"}
    # lingkungan roads count as the city's even with status desa (Scenario.lingkungan_is_city)
    a = analyse(prepare(AnalysisInputs(frame, inputs.centres, inputs.households)), Scenario())
    gang = a.segments["status"] == "desa"
    assert a.segments.loc[gang, "rank"].notna().any()
    a = analyse(
        prepare(AnalysisInputs(frame, inputs.centres, inputs.households)),
        Scenario(lingkungan_is_city=False),
    )
    assert a.segments.loc[gang, "rank"].isna().all()


def test_chainage_continues_over_pieces_of_one_ruas():
    # ruas "A": 0-1-2 and, separately, 5-6 east of it; "B": 2-3
    xy = np.array([[0, 0], [100, 0], [250, 0], [250, 90], [0, 0], [400, 0], [460, 0]], float)
    u, v = np.array([1, 0, 2, 5]), np.array([2, 1, 3, 6])
    f, t = chainage(u, v, np.array([150.0, 100.0, 90.0, 60.0]), np.array(["A", "A", "B", "A"]), xy)
    assert f.tolist() == [100.0, 0.0, 0.0, 250.0] and t.tolist() == [250.0, 100.0, 90.0, 310.0]


def test_cli_rank_demo_with_inventory_reports_unmatched(tmp_path, capsys, monkeypatch):
    from mataram_gis import inputs as inputs_module
    from mataram_gis.results import read_results

    monkeypatch.setattr(inputs_module, "demo_inputs", lambda **_: street_grid())
    ruas = tmp_path / "daftar_ruas.csv"
    ruas_list_csv(ruas, "099;Jl. Tidak Ada;kota;lokal;1;4;beton\n")
    out = tmp_path / "r.gpkg"
    assert (
        main(["rank", "--demo", "--inventory", str(ruas), "--out", str(out), "--ruas-top", "50"])
        == 0
    )
    printed = capsys.readouterr()
    assert "017" in printed.out and "N-01" not in printed.out  # national: not the city's
    r = read_results(out)
    assert any("099" in n for n in r.record["notes"])
    assert [s["role"] for s in r.record["inputs"]][-1] == "inventory"
    assert (
        main(
            [
                "rank",
                "--demo",
                "--inventory",
                str(ruas),
                "--all-status",
                "--ruas-top",
                "50",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert "N-01" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("nomor_ruas,status\n1,swasta\n")
    assert main(["rank", "--demo", "--inventory", str(bad), "--out", str(out)]) == 2


def test_empty_inventory_changes_nothing():
    inputs = street_grid()
    a = analyse(prepare(inputs), Scenario())
    inputs.inventory = RoadInventory()
    b = analyse(prepare(inputs), Scenario())
    np.testing.assert_array_equal(a.segments["benefit"], b.segments["benefit"])

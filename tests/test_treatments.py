"""Treatments from condition, targets, unit prices and the price-table file."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from mataram_gis import treatments as tr
from mataram_gis.analysis import analyse, prepare, upgrade_costs
from mataram_gis.cli import main
from mataram_gis.errors import InputDataError, ScenarioError
from mataram_gis.io.prices import read_prices
from mataram_gis.scenario import Scenario
from tests.factories import grid_inputs


def test_default_treatment_by_condition_and_editable_mapping():
    cond = np.array(["baik", "sedang", "rusak ringan", "rusak berat"])
    assert tr.treatment_of(cond).tolist() == list(tr.TREATMENTS)
    got = tr.treatment_of(cond, {"sedang": "rehabilitasi"})
    assert got.tolist()[1] == "rehabilitasi"
    assert tr.target_of(np.array(tr.TREATMENTS), default="baik").tolist() == ["baik"] * 4
    got = tr.target_of(
        np.array(["rehabilitasi"]), default="baik", targets={"rehabilitasi": "sedang"}
    )
    assert got.tolist() == ["sedang"]


def test_cost_is_price_times_width_times_length_unknown_pavement_as_aspal():
    prices = tr.price_table({"rehabilitasi": {"beton": 500_000.0}})
    cost = tr.treatment_cost(
        treatment=np.array(["rehabilitasi", "rehabilitasi", "rekonstruksi/peningkatan"]),
        perkerasan=np.array(["beton", "", "tanah"]),
        width_m=np.array([4.0, 5.0, 3.0]),
        length_m=np.array([100.0, 10.0, 1.0]),
        prices=prices,
    )
    assert cost.tolist() == [500_000.0 * 400, 350_000.0 * 50, 400_000.0 * 3]


def test_segment_costs_zero_where_no_condition_gain_and_target_sets_after_speed():
    p = prepare(grid_inputs())
    s = p.network.segments
    cost = upgrade_costs(s, Scenario())
    good = (s["condition"] == "baik").to_numpy()
    assert (cost[good] == 0).all() and (cost[~good] > 0).all()
    want = tr.treatment_cost(
        treatment=tr.treatment_of(s["condition"].to_numpy()),
        perkerasan=s["perkerasan"],
        width_m=s["lebar_m"],
        length_m=s["length_m"],
        prices=tr.price_table(),
    )
    np.testing.assert_allclose(cost[~good], want[~good])
    base = analyse(p, Scenario())
    half = analyse(p, Scenario(treatment_target={"rekonstruksi/peningkatan": "sedang"}))
    worst = (base.segments["condition"] == "rusak berat").to_numpy()
    assert (half.segments["condition_after"][worst] == "sedang").all()
    assert (half.segments["time_after_s"][worst] > base.segments["time_after_s"][worst]).any()


def test_scenario_refuses_bad_inventory_parameters():
    with pytest.raises(ScenarioError, match="candidate_authorities"):
        Scenario(candidate_authorities=["kabupaten"])
    with pytest.raises(ScenarioError, match="condition_treatment"):
        Scenario(condition_treatment={"baik": "cat ulang"})
    with pytest.raises(ScenarioError, match="unit_price_rp_m2"):
        Scenario(unit_price_rp_m2={"rehabilitasi": {"aspal": -1}})
    s = Scenario(unit_price_rp_m2={"rehabilitasi": {"aspal": 1.0}}, price_source="hspk.csv")
    assert Scenario.from_json(s.to_json()) == s
    assert s.price_table()["rehabilitasi"]["aspal"] == 1.0
    assert (
        s.price_table()["rehabilitasi"]["beton"]
        == tr.DEFAULT_PRICES_RP_M2["rehabilitasi"]["beton"]
    )


def test_read_prices_long_and_wide_with_indonesian_headers(tmp_path):
    long = tmp_path / "harga.csv"
    long.write_text(
        "Penanganan;Jenis Perkerasan;Harga Satuan\n"
        'Rehabilitasi;Aspal;412500\nrekonstruksi;rabat beton;"1.050.000"\n'
    )
    with pytest.raises(InputDataError, match="Harga Satuan"):
        read_prices(long)
    long.write_text(
        "Penanganan;Jenis Perkerasan;Harga Satuan\n"
        "Rehabilitasi;Aspal;412500\nrekonstruksi;rabat beton;1050000,5\n"
    )
    assert read_prices(long) == {
        "rehabilitasi": {"aspal": 412500.0},
        "rekonstruksi/peningkatan": {"beton": 1050000.5},
    }
    wide = tmp_path / "harga.xlsx"
    pd.DataFrame(
        {"penanganan": ["berkala", "rutin"], "aspal": [190000, 21000], "beton": [None, 16000]}
    ).to_excel(wide, index=False)
    got = read_prices(wide)
    assert got["pemeliharaan berkala"] == {"aspal": 190000.0}
    assert got["pemeliharaan rutin"] == {"aspal": 21000.0, "beton": 16000.0}


def test_read_prices_names_the_bad_word(tmp_path):
    bad = tmp_path / "harga.csv"
    bad.write_text("penanganan,perkerasan,harga_satuan\ncat ulang,aspal,1000\n")
    with pytest.raises(InputDataError, match="cat ulang"):
        read_prices(bad)
    bad.write_text("penanganan,perkerasan,harga_satuan\nrehabilitasi,aspal,-5\n")
    with pytest.raises(InputDataError, match="negative"):
        read_prices(bad)


def test_cli_prices_change_costs_and_say_so(tmp_path, capsys, monkeypatch):
    from mataram_gis import inputs as inputs_module
    from mataram_gis.results import read_results

    monkeypatch.setattr(inputs_module, "demo_inputs", lambda **_: grid_inputs())
    prices = tmp_path / "harga.csv"
    rows = [(t, "aspal", 2 * tr.DEFAULT_PRICES_RP_M2[t]["aspal"]) for t in tr.TREATMENTS]
    pd.DataFrame(rows, columns=["penanganan", "perkerasan", "harga_satuan"]).to_csv(prices)
    assert main(["rank", "--demo", "--out", str(tmp_path / "a.gpkg")]) == 0
    assert "indicative" in capsys.readouterr().err
    assert (
        main(["rank", "--demo", "--out", str(tmp_path / "b.gpkg"), "--prices", str(prices)]) == 0
    )
    assert "indicative" not in capsys.readouterr().err
    a, b = read_results(tmp_path / "a.gpkg"), read_results(tmp_path / "b.gpkg")
    np.testing.assert_allclose(b.segments["upgrade_cost"], 2 * a.segments["upgrade_cost"])
    assert b.scenario.price_source == "harga.csv"
    assert b.ruas is not None and b.ruas["upgrade_cost"].sum() == pytest.approx(
        2 * a.ruas["upgrade_cost"].sum()
    )

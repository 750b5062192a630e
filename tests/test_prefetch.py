"""Reading the roads in a second process (mataram_gis.io.prefetch): the same frame and
report as reading them here, the same errors, and a fall-back when the child fails."""

from __future__ import annotations

import logging
from pathlib import Path

import pyrosm
import pytest
import shapely

from mataram_gis.errors import InputDataError
from mataram_gis.io import read_roads
from mataram_gis.io.prefetch import PREFETCH_ENV, RoadsPrefetch, start_roads

HELSINKI = Path(pyrosm.__file__).parent / "data" / "Helsinki.osm.pbf"
OPTIONS = {"tolerance_m": None, "layer": None, "crs": None, "osm_reader": "fast"}


def assert_same_roads(got, want) -> None:
    (roads, report), (want_roads, want_report) = got, want
    assert list(roads.columns) == list(want_roads.columns)
    assert (roads.dtypes == want_roads.dtypes).all()
    assert roads.drop(columns="geometry").equals(want_roads.drop(columns="geometry"))
    # Bit for bit: the same WKB, so the same coordinates to the last digit.
    assert list(shapely.to_wkb(roads.geometry.to_numpy())) == list(
        shapely.to_wkb(want_roads.geometry.to_numpy())
    )
    assert roads.crs == want_roads.crs
    assert report.summary_lines() == want_report.summary_lines()
    assert report.messages == want_report.messages


def test_helsinki_read_in_a_second_process_is_the_same(caplog):
    prefetch = start_roads(HELSINKI, spare=True, **OPTIONS)
    assert prefetch is not None
    got = prefetch.result()
    assert got is not None
    with caplog.at_level(logging.ERROR):
        assert_same_roads(got, read_roads(HELSINKI, **OPTIONS))
    assert not prefetch.out.exists()  # its file is gone once read


def test_geopackage_with_a_tolerance_is_the_same(tmp_path):
    from mataram_gis.demo import make_demo

    roads = make_demo(scale=1).roads.iloc[:400]
    path = tmp_path / "roads.gpkg"
    roads.to_file(path, layer="roads", engine="pyogrio")
    options = {**OPTIONS, "tolerance_m": 2.0}
    got = start_roads(path, spare=True, **options).result()
    assert_same_roads(got, read_roads(path, **options))


def test_an_input_error_comes_back_as_itself(tmp_path):
    bad = tmp_path / "broken.osm"
    bad.write_text("<osm><way id='1'><nd ref='9'/></way>", encoding="utf-8")
    with pytest.raises(InputDataError) as here:
        read_roads(bad, **OPTIONS)
    prefetch = start_roads(bad, spare=True, **OPTIONS)
    with pytest.raises(InputDataError) as there:
        prefetch.result()
    assert type(there.value) is type(here.value)
    assert there.value.message == here.value.message
    assert vars(there.value) == vars(here.value)


def test_a_child_that_fails_means_reading_here(tmp_path):
    """An error that is not the input's (here an unknown option) is no result: the caller
    reads the roads itself (and meets the problem there, with a traceback if it is a bug)."""
    prefetch = RoadsPrefetch(HELSINKI, {**OPTIONS, "no_such_option": 1})
    assert prefetch.result() is None
    assert not prefetch.out.exists()


def test_close_stops_the_child_and_removes_its_file():
    prefetch = start_roads(HELSINKI, spare=True, **OPTIONS)
    prefetch.close()
    assert prefetch.proc.poll() is not None
    assert not prefetch.out.exists()
    assert prefetch.result() is None  # nothing to collect: read here


def test_when_no_child_is_started(tmp_path, monkeypatch):
    assert start_roads(HELSINKI, spare=False, **OPTIONS) is None
    assert start_roads(tmp_path / "missing.gpkg", spare=True, **OPTIONS) is None
    monkeypatch.setenv(PREFETCH_ENV, "0")
    assert start_roads(HELSINKI, **OPTIONS) is None


def test_same_request_guards_against_other_options():
    prefetch = start_roads(HELSINKI, spare=True, **OPTIONS)
    try:
        assert prefetch.same_request(str(HELSINKI), dict(OPTIONS))
        assert not prefetch.same_request(HELSINKI, {**OPTIONS, "tolerance_m": 1.0})
        assert not prefetch.same_request(HELSINKI.with_suffix(".osm"), OPTIONS)
    finally:
        prefetch.close()

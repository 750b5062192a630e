"""Topology repair: joins, splits, levels, parts, and the clean fast path."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import LineString

from mataram_gis.io.topology import node_lines, obeys_contract, part_labels, repair_topology


def frame(lines, crs=32750, **cols):
    return gpd.GeoDataFrame({"k": range(len(lines)), **cols}, geometry=lines, crs=crs)


def test_clean_grid_takes_fast_path():
    lines = [LineString([(x, y), (x + 10, y)]) for x in range(0, 50, 10) for y in (0, 10)]
    lines += [LineString([(x, 0), (x, 10)]) for x in range(0, 60, 10)]
    roads, report = repair_topology(frame(lines))
    assert report.repairs == 0 and report.parts == 1 and len(roads) == len(lines)
    assert obeys_contract(roads.geometry.to_numpy(), tolerance=3)


def test_crossing_split_and_attributes_copied():
    roads, report = repair_topology(
        frame([LineString([(0, 0), (10, 0)]), LineString([(5, -5), (5, 5)])])
    )
    assert len(roads) == 4 and report.repairs == 2
    assert sorted(roads["k"]) == [0, 0, 1, 1]
    assert obeys_contract(roads.geometry.to_numpy(), tolerance=3)


def test_shared_interior_vertex_is_a_junction():
    roads, _ = repair_topology(
        frame([LineString([(0, 0), (5, 0), (10, 0)]), LineString([(5, 0), (5, 5)])])
    )
    assert len(roads) == 3


def test_bridge_level_keeps_crossing_apart():
    lines = [
        LineString([(0, 0), (10, 0)]),
        LineString([(5, -5), (5, 5)]),
        LineString([(10, 0), (5, 5)]),
    ]  # a ramp joins bridge and road at their ends
    roads, report = repair_topology(frame(lines), levels=np.array([0, 1, 0]))
    assert len(roads) == 3 and report.parts == 1 and report.repairs == 0


def test_near_miss_end_and_t_junction():
    lines = [
        LineString([(0, 0), (100, 0)]),
        LineString([(100.5, 2), (100.5, 50)]),  # end 2 m from line 0's end
        LineString([(50, 1), (50, 40)]),  # end 1 m from line 0's side
    ]
    roads, report = repair_topology(frame(lines))
    assert report.parts == 1 and len(roads) == 4
    geoms = roads.geometry.to_numpy()
    assert obeys_contract(geoms, tolerance=3)
    ends = {tuple(c) for g in geoms for c in shapely.get_coordinates(g)[[0, -1]]}
    assert (50.0, 0.0) in ends


def test_far_ends_stay_apart():
    lines = [LineString([(0, 0), (100, 0)]), LineString([(50, 10), (50, 40)])]
    roads, report = repair_topology(frame(lines), tolerance_m=3)
    assert report.parts == 2 and len(roads) == 1 and report.dropped_parts[0][0] == 1


def test_geographic_tolerance_in_metres():
    lon0, lat0 = 116.1, -8.6
    d = 2 / 111_000  # about 2 m
    lines = [
        LineString([(lon0, lat0), (lon0 + 0.001, lat0)]),
        LineString([(lon0 + 0.001 + d, lat0), (lon0 + 0.002, lat0)]),
    ]
    _, report = repair_topology(frame(lines, crs=4326))
    assert report.parts == 1 and report.repairs >= 1


def test_node_lines_returns_sources_and_part_labels():
    geoms = np.array(
        [
            LineString([(0, 0), (10, 0)]),
            LineString([(5, -5), (5, 5)]),
            LineString([(50, 50), (60, 50)]),
        ]
    )
    out, source, repairs = node_lines(geoms, tolerance=1.0)
    assert sorted(source.tolist()) == [0, 0, 1, 1, 2] and repairs == 2
    n, labels = part_labels(out)
    assert n == 2 and len(labels) == len(out)


def street_grid(n=6, spacing=100.0, gap=0.0, seed=0):
    """Long east-west streets crossed by north-south side streets between them; the side
    streets' ends stop ``gap`` (0.5-1.5 x) short of the streets they meet."""
    rng = np.random.default_rng(seed)
    x0, y0 = 400_000.0, 9_050_000.0
    lines = [LineString([(x0, y0 + j * spacing), (x0 + n * spacing, y0 + j * spacing)])
             for j in range(n)]  # fmt: skip
    for j in range(n - 1):
        for i in range(1, n):
            x = x0 + i * spacing + 20 * (j % 2)
            low, high = gap * rng.uniform(0.5, 1.5, 2) if gap else (0.0, 0.0)
            lines.append(
                LineString([(x, y0 + j * spacing + low), (x, y0 + (j + 1) * spacing - high)])
            )
    return frame(lines)


def test_clean_network_keeps_the_default_tolerance_and_is_untouched():
    _, report = repair_topology(street_grid())  # T-junctions on the streets' sides
    assert report.tolerance_source == "proposed" and report.tolerance_m == 3.0
    assert report.parts == 1 and report.kept_share == 1.0
    # the 50 side-street ends touch a street's side (gap 0): split there, never moved
    assert report.gap_histogram[0] == (0.0, 0.5, 50) and not report.gaps


def test_gappy_network_gets_a_tolerance_that_joins_it():
    messy = street_grid(gap=8.0, seed=4)
    assert repair_topology(messy, tolerance_m=3.0)[1].parts > 20
    roads, report = repair_topology(messy)
    assert report.tolerance_source == "proposed" and 8 <= report.tolerance_m <= 14
    assert report.parts == 1 and len(report.gaps) == 2 * 25
    assert max(g for *_, g in report.gaps) <= report.tolerance_m
    assert obeys_contract(roads.geometry.to_numpy(), tolerance=1e-6)
    lon, lat, gap = report.gaps[0]
    assert 115 < lon < 118 and -9 < lat < -8 and 4 <= gap <= 12
    assert any("proposed from the data" in m for m in report.messages)
    assert report.summary_lines()[0].startswith("snapping tolerance")


def test_repair_does_not_depend_on_row_order():
    messy = street_grid(gap=6.0, seed=2)
    a, ra = repair_topology(messy)
    order = np.random.default_rng(1).permutation(len(messy))
    b, rb = repair_topology(messy.iloc[order])
    key = sorted(shapely.to_wkb(shapely.normalize(a.geometry.to_numpy())))
    assert key == sorted(shapely.to_wkb(shapely.normalize(b.geometry.to_numpy())))
    assert (ra.tolerance_m, ra.parts, ra.repairs) == (rb.tolerance_m, rb.parts, rb.repairs)


def test_bridge_column_keeps_a_crossing_apart(tmp_path):
    from mataram_gis.io import read_roads

    x0, y0 = 400_000.0, 9_050_000.0
    lines = [
        LineString([(x0, y0), (x0 + 200, y0)]),  # the road below
        LineString([(x0 + 100, y0 - 100), (x0 + 100, y0 + 100)]),  # the bridge
        LineString([(x0 + 200, y0), (x0 + 100, y0 + 100)]),
    ]  # joins both at their ends
    for bridge, expected in ((["", "ya", ""], 3), (["", "", ""], 5)):
        gpd.GeoDataFrame(
            {"fungsi": ["lokal"] * 3, "kondisi": ["baik"] * 3, "jembatan": bridge},
            geometry=lines, crs=32750,
        ).to_file(tmp_path / "r.gpkg")  # fmt: skip
        roads, _ = read_roads(tmp_path / "r.gpkg")
        assert len(roads) == expected


def test_tolerance_zero_joins_only_coincident_ends():
    messy = street_grid(gap=5.0, seed=3)
    _, report = repair_topology(messy, tolerance_m=0)
    assert report.tolerance_m == 0 and report.tolerance_source == "given"
    assert not report.gaps and report.parts > 1
    assert report.proposed_tolerance_m >= 5


def _largest_part_by_groupby(geoms, labels):
    """The longest part as first written: pandas groupby, rounded sums, stable sort."""
    import pandas as pd

    start = shapely.get_coordinates(shapely.get_point(geoms, 0))
    frame = pd.DataFrame(
        {"part": labels, "m": shapely.length(geoms), "x": start[:, 0], "y": start[:, 1]}
    )
    parts = frame.groupby("part").agg(m=("m", "sum"), x=("x", "min"), y=("y", "min"))
    parts["m"] = parts["m"].round(6)
    parts = parts.sort_values(["m", "x", "y"], ascending=[False, True, True], kind="stable")
    return int(parts.index[0])


@settings(max_examples=200, deadline=None)
@given(
    lengths=st.lists(st.sampled_from([0.1, 0.2, 0.3, 1e-7, 2e-6, 1.0, 0.7]), min_size=1,
                     max_size=20),
    parts=st.integers(1, 4),
    seed=st.integers(0, 2**16),
)  # fmt: skip
def test_largest_part_as_by_groupby(lengths, parts, seed):
    """Near ties (sums 1e-7 apart, 0.1 + 0.2 against 0.3) go to the groupby's choice; clear
    winners are read from the summed lengths."""
    from mataram_gis.io.topology import _largest_part

    rng = np.random.default_rng(seed)
    x0 = rng.integers(0, 3, len(lengths)).astype(float)
    geoms = shapely.linestrings(
        [[(x, 0.0), (x + w, 0.0)] for x, w in zip(x0, lengths, strict=True)]
    )
    labels = rng.integers(0, parts, len(lengths))
    labels = np.unique(labels, return_inverse=True)[1]  # parts 0..k-1, as part_labels gives
    assert _largest_part(geoms, labels) == _largest_part_by_groupby(geoms, labels)


@settings(max_examples=100, deadline=None)
@given(
    metres=st.lists(st.floats(0, 1e4, allow_nan=False), min_size=1, max_size=30),
    seed=st.integers(0, 2**16),
)
def test_part_summary_as_groupby_agg(metres, seed):
    """Counts, pandas' group sums (to the bit) and first rows, as the groupby ``agg``."""
    import pandas as pd

    from mataram_gis.io.topology import _part_summary

    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 5, len(metres))
    rows = np.sort(rng.choice(100, len(metres), replace=False))
    frame = pd.DataFrame({"part": labels, "m": metres, "i": rows})
    want = frame.groupby("part").agg(n=("m", "size"), m=("m", "sum"), i=("i", "first"))
    got = _part_summary(labels, np.asarray(metres, dtype=float), rows)
    assert got.index.tolist() == want.index.tolist()
    for column in ("n", "m", "i"):
        assert got[column].tolist() == want[column].tolist()
    assert got.sort_values("m", ascending=False).index.tolist() == (
        want.sort_values("m", ascending=False).index.tolist()
    )

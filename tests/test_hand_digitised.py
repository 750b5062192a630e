"""Hand-digitised road inventories join up (issue 11, item 7): lines that cross without shared
vertices are noded, line ends that stop short of other lines are snapped within a tolerance
proposed from the data, and a missing class or condition column defaults with a warning."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from shapely import MultiLineString
from shapely.ops import substring

from mataram_gis.cli import main
from mataram_gis.demo import make_demo
from mataram_gis.io import read_roads


def _majority(values: pd.Series, lengths: pd.Series) -> str:
    """The value covering the most length (ties: alphabetically first)."""
    total = lengths.groupby(values.to_numpy()).sum()
    return str(sorted(total.index, key=lambda v: (-round(total[v], 6), v))[0])


def merge_by_name(roads: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One line per named street (several where it branches); unnamed segments stay as they are."""
    rows = []
    named = roads[roads["name"] != ""]
    for name, group in named.groupby("name", sort=True):
        lengths = group.geometry.length
        attrs = {
            "nama_ruas": name,
            "fungsi": _majority(group["highway"], lengths),
            "kondisi": _majority(group["condition"], lengths),
        }
        merged = shapely.line_merge(MultiLineString(list(group.geometry)))
        for part in getattr(merged, "geoms", [merged]):
            rows.append({**attrs, "geometry": part})
    for row in roads[roads["name"] == ""].itertuples():
        rows.append({"nama_ruas": "", "fungsi": row.highway, "kondisi": row.condition,
                     "geometry": row.geometry})  # fmt: skip
    return gpd.GeoDataFrame(rows, crs=roads.crs)


def drop_shared_vertices(lines: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Remove interior vertices that another line also has (crossings lose their node)."""
    geoms = lines.geometry.to_numpy()
    coords, index = shapely.get_coordinates(geoms, return_index=True)
    key = pd.Series(list(map(tuple, np.round(coords, 3))))
    lines_per_vertex = pd.Series(index).groupby(key.to_numpy()).nunique()
    shared = lines_per_vertex.reindex(key.to_numpy()).to_numpy() > 1
    first = np.r_[True, index[1:] != index[:-1]]
    last = np.r_[index[1:] != index[:-1], True]
    keep = ~shared | first | last
    bounds = np.flatnonzero(np.r_[True, index[1:] != index[:-1]])[1:]
    parts = zip(geoms, np.split(coords, bounds), np.split(keep, bounds), strict=True)
    out = [shapely.linestrings(xy[k]) if k.sum() >= 2 else g for g, xy, k in parts]
    return lines.set_geometry(gpd.GeoSeries(out, index=lines.index, crs=lines.crs))


def pull_back_ends(lines: gpd.GeoDataFrame, rng: np.random.Generator) -> gpd.GeoDataFrame:
    """Shorten every line end that touches another line by 5-20 m (at most a third of it)."""
    geoms = lines.geometry.to_numpy()
    tree = shapely.STRtree(geoms)
    out = []
    for i, g in enumerate(geoms):
        length = g.length
        cut = []
        for end in (shapely.get_point(g, 0), shapely.get_point(g, -1)):
            near = tree.query(end, predicate="dwithin", distance=0.01)
            touches = (near != i).any()
            cut.append(min(rng.uniform(5, 20), length / 3) if touches else 0.0)
        out.append(substring(g, cut[0], length - cut[1]))
    return lines.set_geometry(gpd.GeoSeries(out, index=lines.index, crs=lines.crs))


def hand_digitised_demo(seed: int = 11) -> gpd.GeoDataFrame:
    """The demo city's roads as a city might draw them by hand (see module doc)."""
    roads = make_demo(scale=1).roads
    lines = merge_by_name(roads)
    lines = drop_shared_vertices(lines)
    return pull_back_ends(lines, np.random.default_rng(seed))


def coverage(
    lines: gpd.GeoDataFrame, segments: gpd.GeoDataFrame, *, margin_m: float, step_m: float = 20.0
) -> float:
    """Share of the lines' length within 1 m of a segment.

    Points every ``step_m`` along each line, leaving out ``margin_m`` at both ends (where the
    repair may move a line's end and so turn its last leg).
    """
    geoms = lines.to_crs(segments.crs).geometry.to_numpy()
    lengths = shapely.length(geoms)
    inner = np.maximum(lengths - 2 * margin_m, 0.0)
    counts = np.maximum(np.ceil(inner / step_m).astype(int), 1)
    line = np.repeat(np.arange(len(geoms)), counts)
    frac = np.concatenate([(np.arange(c) + 0.5) / c for c in counts])
    along = np.minimum(margin_m, lengths[line] / 2) + frac * inner[line]
    pts = shapely.line_interpolate_point(geoms[line], along)
    hit, _ = shapely.STRtree(segments.geometry.to_numpy()).query(
        pts, predicate="dwithin", distance=1.0
    )
    covered = np.zeros(len(pts), bool)
    covered[hit] = True
    weight = (np.maximum(inner, 1e-9) / counts)[line]
    return float((weight * covered).sum() / weight.sum())


@pytest.fixture(scope="module")
def inventory(tmp_path_factory):
    """The hand-digitised demo as a GeoPackage, with small centres and households CSVs."""
    folder = tmp_path_factory.mktemp("inventory")
    lines = hand_digitised_demo()
    lines.to_file(folder / "ruas.gpkg", engine="pyogrio")
    demo = make_demo(scale=1)
    centres = demo.centres.to_crs(4326)
    pd.DataFrame(
        {"centre_id": centres["centre_id"], "lon": centres.geometry.x, "lat": centres.geometry.y}
    ).to_csv(folder / "centres.csv", index=False)
    hh = demo.households.to_crs(4326).iloc[::50]
    pd.DataFrame(
        {"lon": hh.geometry.x, "lat": hh.geometry.y, "category": hh["category"],
         "weight": hh["weight"]}
    ).to_csv(folder / "households.csv", index=False)  # fmt: skip
    return folder, lines


def test_hand_digitised_inventory_ranks_with_default_settings(inventory, capsys):
    folder, lines = inventory
    out = folder / "r.gpkg"
    code = main(
        ["rank", "--roads", str(folder / "ruas.gpkg"), "--centres", str(folder / "centres.csv"),
         "--households", str(folder / "households.csv"), "--out", str(out), "--top", "0"]
    )  # fmt: skip
    assert code == 0
    printed = capsys.readouterr().out
    assert "snapping tolerance" in printed and "proposed from the data" in printed
    assert "gaps at dangling line ends" in printed
    segments = pyogrio.read_dataframe(out, layer="segments")
    routable = segments["length_m"].sum()
    drawn = lines.geometry.length.sum()
    assert routable >= 0.95 * drawn, (routable, drawn)
    # most of what was drawn lies on the routable network (interior points of each line)
    assert coverage(lines, segments, margin_m=30.0) >= 0.95


def test_default_tolerance_is_proposed_from_the_gaps_and_reported(inventory):
    folder, _ = inventory
    _, report = read_roads(folder / "ruas.gpkg")
    assert report.tolerance_source == "proposed"
    assert 20 <= report.tolerance_m <= 30  # the ends were pulled back by up to 20 m
    assert report.proposed_tolerance_m == report.tolerance_m
    counts = dict(((lo, hi), c) for lo, hi, c in report.gap_histogram)
    assert counts[(10.0, 15.0)] + counts[(15.0, 20.0)] > 1000
    assert report.kept_share >= 0.99 and report.parts < 100
    assert len(report.gaps) > 5000 and all(g <= report.tolerance_m + 1e-6 for *_, g in report.gaps)
    lon, lat, gap = report.dangles[0]
    assert 116.0 < lon < 116.3 and -8.8 < lat < -8.4 and gap >= 0
    # the 3 m that was the default before leaves the network in pieces
    _, strict = read_roads(folder / "ruas.gpkg", tolerance_m=3)
    assert strict.tolerance_source == "given" and strict.proposed_tolerance_m == report.tolerance_m
    assert strict.kept_share < 0.9

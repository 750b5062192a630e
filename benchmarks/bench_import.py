"""Benchmark the road readers on the demo city: GeoPackage and OSM XML of the same roads.

Run: ``python benchmarks/bench_import.py [--scale 16]``. The last line printed is
``gpkg S1 s | osm S2 s | segments N`` (target at scale 16: S1 < 5 s).

The OSM file is an ``.osm`` XML written here from the demo's roads (one way per segment,
nodes shared at junctions, highway/surface/oneway/name tags), so both readers see the same
network; it goes through osmnx's XML parser and graph simplification.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import quoteattr

import numpy as np
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.peak import rss_field
from mataram_gis.io import read_roads

logger = logging.getLogger("bench_import")


def write_osm_xml(roads_path: Path, out: Path) -> int:
    """Write the roads of a GeoPackage as OSM XML; returns the number of ways."""
    import geopandas as gpd

    roads = gpd.read_file(roads_path, layer="roads").to_crs(4326)
    geoms = roads.geometry.to_numpy()
    coords, line = shapely.get_coordinates(geoms, return_index=True)
    key = np.round(coords, 7)
    uniq, node = np.unique(key[:, 0] + 1j * key[:, 1], return_inverse=True)
    node = node.ravel() + 1
    starts = np.r_[0, np.flatnonzero(np.diff(line)) + 1, len(line)]
    with out.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6">\n')
        for i, (x, y) in enumerate(zip(uniq.real, uniq.imag, strict=True), start=1):
            fh.write(f'<node id="{i}" lat="{y:.7f}" lon="{x:.7f}" version="1"/>\n')
        for w in range(len(geoms)):
            refs = node[starts[w] : starts[w + 1]]
            row = roads.iloc[w]
            tags = {
                "highway": row.get("highway", "residential"),
                "surface": row.get("surface", ""),
            }
            if row.get("oneway"):
                tags["oneway"] = "yes"
            if row.get("name"):
                tags["name"] = row["name"]
            fh.write(f'<way id="{w + 1}" version="1">')
            fh.write("".join(f'<nd ref="{r}"/>' for r in refs))
            fh.write(
                "".join(
                    f"<tag k={quoteattr(k)} v={quoteattr(str(v))}/>" for k, v in tags.items() if v
                )
            )
            fh.write("</way>\n")
        fh.write("</osm>\n")
    return len(geoms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=16)
    parser.add_argument("--skip-osm", action="store_true", help="time only the GeoPackage")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    from mataram_gis.demo import write_demo

    with tempfile.TemporaryDirectory() as tmp:
        paths = write_demo(tmp, scale=args.scale)
        t = time.perf_counter()
        roads, report = read_roads(paths["roads"])
        s1 = time.perf_counter() - t
        print(
            f"GeoPackage demo roads (scale {args.scale}): {len(roads)} segments, "
            f"{report.parts} part(s), {report.repairs} repairs"
        )
        s2 = float("nan")
        if not args.skip_osm:
            osm = Path(tmp) / "roads.osm"
            ways = write_osm_xml(Path(paths["roads"]), osm)
            t = time.perf_counter()
            osm_roads, _ = read_roads(osm)
            s2 = time.perf_counter() - t
            print(f"OSM XML written from the same roads: {ways} ways -> {len(osm_roads)} segments")
    print(f"gpkg {s1:.2f} s | osm {s2:.2f} s | segments {len(roads)}" + rss_field())


if __name__ == "__main__":
    main()

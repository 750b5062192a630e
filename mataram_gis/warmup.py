"""Compile the engine's kernels in the background while a command reads its data.

After a fresh install (or clone) numba has compiled nothing yet: the first ranking would
stop at each kernel in turn and wait for it to compile (about ten seconds in all). ``start``
runs the whole ranking pipeline (analysis, ruas, closures and access layers) on a tiny
built-in network in a daemon thread, so that every kernel the real run needs is compiled,
with the same argument types, while the main thread reads and prepares the real data;
LLVM's optimisation, most of a compile, runs outside the GIL. With a warm cache (every
later run) the thread only loads the cached machine code. A failure here is logged and
otherwise ignored: the real run then compiles what it needs itself. The thread's name
starts like the engine's worker pool's (:mod:`mataram_gis.parallel`): it is part of the
engine, runs its groups in its own thread, and lives at most as long as the process.
"""

from __future__ import annotations

import logging
import threading

logger = logging.getLogger(__name__)

_started: threading.Thread | None = None
_lock = threading.Lock()


def tiny_inputs():
    """A 4 x 4 street grid with two centres and a few households (one tied to a centre)."""
    import geopandas as gpd
    from shapely.geometry import LineString, Point

    from mataram_gis.analysis import AnalysisInputs

    x0, y0, step, n = 400_000.0, 9_050_000.0, 120.0, 4
    conditions = ("baik", "sedang", "rusak ringan", "rusak berat")
    rows = []
    for i in range(n):
        for j in range(n):
            for di, dj in ((1, 0), (0, 1)):
                if i + di < n and j + dj < n:
                    a = (x0 + i * step, y0 + j * step)
                    b = (x0 + (i + di) * step, y0 + (j + dj) * step)
                    rows.append(
                        {
                            "name": f"Jl. {i}", "highway": "residential",
                            "condition": conditions[(i + 2 * j + di) % 4],
                            "oneway": (i + j) % 5 == 0, "authority": "kota", "surface": "",
                            "width_m": 4.0, "maxspeed_kmh": float("nan"), "access": "",
                            "synthetic": True, "geometry": LineString([a, b]),
                        }
                    )  # fmt: skip
    roads = gpd.GeoDataFrame(rows, crs="EPSG:32750")
    centres = gpd.GeoDataFrame(
        {"centre_id": ["A", "B"], "name": ["A", "B"], "sector": ["", ""], "synthetic": True},
        geometry=[Point(x0, y0), Point(x0 + 3 * step, y0 + 3 * step)],
        crs="EPSG:32750",
    )
    pts = [Point(x0 + 40.0 * k, y0 + 25.0 * (k % 7)) for k in range(9)]
    households = gpd.GeoDataFrame(
        {
            "household_id": [str(k) for k in range(len(pts))],
            "weight": 1.0,
            "category": [1 + k % 4 for k in range(len(pts))],
            "centre": ["B" if k % 3 == 0 else "" for k in range(len(pts))],
            "synthetic": True,
        },
        geometry=pts,
        crs="EPSG:32750",
    )
    return AnalysisInputs(roads=roads, centres=centres, households=households, synthetic=True)


def _run() -> None:
    try:
        from mataram_gis.access import enrich_analysis
        from mataram_gis.analysis import run_analysis
        from mataram_gis.problem import UpgradeProblem
        from mataram_gis.ruas import rank_ruas
        from mataram_gis.scenario import Scenario

        analysis = run_analysis(tiny_inputs(), Scenario())
        analysis.ruas = rank_ruas(UpgradeProblem.from_analysis(analysis), analysis.segments)
        enrich_analysis(analysis, admin=None, hazard=None, bands=None)
    except Exception:  # the real run compiles what it needs itself
        logger.debug("kernel warm-up failed", exc_info=True)


def start() -> threading.Thread:
    """Start compiling (or loading) the kernels in a daemon thread, once per process."""
    global _started
    with _lock:
        if _started is None:
            _started = threading.Thread(target=_run, name="mataram-engine-warmup", daemon=True)
            _started.start()
        return _started

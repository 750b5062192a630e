"""Compile the engine's kernels in a background process while the app or a command starts.

After a fresh install (or clone) Numba has compiled nothing yet: the first ranking would stop
at each kernel in turn and wait for it to compile (10-20 s in all). Most of a Numba
compilation is Python code (typing and lowering) that holds the GIL, so compiling in a thread
of the same process slows the window and the data loading down as much as it helps. ``start``
therefore runs ``python -m mataram_gis.warmup --report`` as a child process, on another core,
while this process opens its window or reads its data. The child works stage by stage
(:data:`STAGES`): first the analysis, all the first ranking needs, compiled directly with the
argument types of a real run (:func:`first_kernels`: no pipeline, no geopandas, so it is ready
seconds sooner), then the ruas and the access layers, by running them on a tiny built-in
network. Every kernel goes to Numba's on-disk cache. Before a stage's kernels are first
called, :func:`wait` blocks until the child has finished that stage (a no-op when no child
runs); the kernels then load from the cache in milliseconds. When the cache is already there
(every later start) no child is started at all. A failed or killed child only means the real
run compiles what it needs itself, as without this module.

``python -m mataram_gis.warmup`` (without ``--report``) is the install-time step: it compiles
every stage in this process and says how long it took (README, quick start).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import time

from mataram_gis.engine_ready import STAGES as STAGES
from mataram_gis.engine_ready import background_compiled as background_compiled
from mataram_gis.engine_ready import cache_ready as cache_ready
from mataram_gis.engine_ready import first_kernels as first_kernels
from mataram_gis.engine_ready import resume as resume
from mataram_gis.engine_ready import start as start
from mataram_gis.engine_ready import wait as wait

logger = logging.getLogger(__name__)


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


def compile_first(*, say=None) -> None:
    """Compile (or load from the cache) the kernels of :func:`first_kernels`; ``say`` gets
    ``kernel begin NAME`` and ``kernel done NAME`` for each (the parent compiles the ones
    this process has not begun, :func:`mataram_gis.engine_ready.compile_from_the_end`)."""
    for kernel, types in first_kernels():
        name = kernel.__name__  # type: ignore[attr-defined]
        if say is not None:
            say(f"kernel begin {name}")
        kernel.compile(types)  # type: ignore[attr-defined]
        if say is not None:
            say(f"kernel done {name}")


def compile_stages(
    stages: tuple[str, ...] = STAGES, *, report=None, pause=None, say=None
) -> dict[str, bool]:
    """Run the pipeline's ``stages`` on :func:`tiny_inputs`; per stage, whether it ran.

    ``report(stage, ok)`` is called after each stage, then ``pause()`` (if given) after the
    first one; ``say(line)`` gets the first stage's kernels as they begin and end. A failing
    stage is logged and the next ones still run where they can (the real run then compiles
    what it needs itself).
    """
    done: dict[str, bool] = {}
    analysis = None
    for stage in stages:
        try:
            if stage == "analysis":
                compile_first(say=say)
            elif analysis is None:  # the later stages run on a real (tiny) analysis
                from mataram_gis.analysis import run_analysis
                from mataram_gis.scenario import Scenario

                analysis = run_analysis(tiny_inputs(), Scenario())
            if stage == "ruas":
                from mataram_gis.problem import UpgradeProblem
                from mataram_gis.ruas import rank_ruas

                problem = UpgradeProblem.from_analysis(analysis)
                analysis.ruas = rank_ruas(problem, analysis.segments)
            elif stage == "access":
                from mataram_gis.access import enrich_analysis

                enrich_analysis(analysis, admin=None, hazard=None, bands=None)
            done[stage] = True
        except Exception:  # the real run compiles what it needs itself
            logger.debug("kernel warm-up stage %s failed", stage, exc_info=True)
            done[stage] = False
        if report is not None:
            report(stage, done[stage])
        if pause is not None and stage == stages[0]:
            pause()
    return done


def _report(text: str) -> None:
    """One progress line for the parent (``--report``)."""
    with contextlib.suppress(BrokenPipeError, ValueError):  # parent gone: keep filling the cache
        print(text, flush=True)


def main(argv: list[str] | None = None) -> int:
    """``python -m mataram_gis.warmup [--report]``: compile every kernel a ranking needs."""
    parser = argparse.ArgumentParser(prog="python -m mataram_gis.warmup", description=__doc__)
    parser.add_argument("--report", action="store_true", help="machine-readable progress")
    parser.add_argument(
        "--hold", action="store_true", help="after the first stage, wait for a line on stdin"
    )
    args = parser.parse_args(argv)
    from numba.core import event

    class Counter(event.Listener):
        n = 0

        def on_start(self, ev: event.Event) -> None:
            """Nothing to do before a compilation."""

        def on_end(self, ev: event.Event) -> None:
            Counter.n += 1
            if args.report:
                _report(f"compiled {getattr(ev.data['dispatcher'], '__name__', '?')}")

    event.register("numba:compile", Counter())

    def stage_done(stage: str, ok: bool) -> None:
        if args.report:
            _report(f"stage {stage} {'ok' if ok else 'failed'}")

    t0 = time.perf_counter()
    done = compile_stages(
        report=stage_done,
        pause=sys.stdin.readline if args.hold else None,
        say=_report if args.report else None,
    )
    if not args.report:
        state = "ok" if all(done.values()) else "incomplete (see the log)"
        print(f"engine: {Counter.n} kernels compiled in {time.perf_counter() - t0:.1f} s, {state}")
    return 0 if all(done.values()) else 1


if __name__ == "__main__":
    sys.exit(main())

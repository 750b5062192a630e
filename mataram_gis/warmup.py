"""Compile the engine's kernels in a background process while the app or a command starts.

After a fresh install (or clone) Numba has compiled nothing yet: the first ranking would stop
at each kernel in turn and wait for it to compile (10-20 s in all). Most of a Numba
compilation is Python code (typing and lowering) that holds the GIL, so compiling in a thread
of the same process slows the window and the data loading down as much as it helps. ``start``
therefore runs ``python -m mataram_gis.warmup --report`` as a child process: it runs the whole
ranking pipeline on a tiny built-in network, stage by stage (:data:`STAGES`: the analysis,
which is all the first ranking needs, then the ruas and the access layers), so every kernel is
compiled with the argument types of a real run and written to Numba's on-disk cache, on
another core, while this process opens its window or reads its data. Before a stage's kernels
are first called, :func:`wait` blocks until the child has finished that stage (a no-op when no
child runs); the kernels then load from the cache in milliseconds. When the cache is already
there (every later start) no child is started at all. A failed or killed child only means the
real run compiles what it needs itself, as without this module.

``python -m mataram_gis.warmup`` (without ``--report``) is the install-time step: it compiles
every stage in this process and says how long it took (README, quick start).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import logging
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

logger = logging.getLogger(__name__)

#: The warm-up's stages, in the order the child compiles them.
STAGES: tuple[str, ...] = ("analysis", "ruas", "access")
#: The modules whose kernels the stages compile (checked by :func:`cache_ready`).
KERNEL_MODULES: tuple[str, ...] = ("kernels", "kernels_forward", "set_gains", "ruas",
                                   "kernels_closure")  # fmt: skip
#: Longest wait for one stage of a live child (a stuck child must not hang a ranking).
WAIT_LIMIT_S = 300.0

_PACKAGE = Path(__file__).resolve().parent
_lock = threading.Lock()
_child: _Child | None = None


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


def compile_stages(
    stages: tuple[str, ...] = STAGES, *, report=None, pause=None
) -> dict[str, bool]:
    """Run the pipeline's ``stages`` on :func:`tiny_inputs`; per stage, whether it ran.

    ``report(stage, ok)`` is called after each stage, then ``pause()`` (if given) after the
    first one. A failing stage is logged and the next ones still run where they can (the
    real run then compiles what it needs itself).
    """
    from mataram_gis.analysis import run_analysis
    from mataram_gis.scenario import Scenario

    done: dict[str, bool] = {}
    analysis = None
    for stage in stages:
        try:
            if stage == "analysis":
                analysis = run_analysis(tiny_inputs(), Scenario())
            elif stage == "ruas" and analysis is not None:
                from mataram_gis.problem import UpgradeProblem
                from mataram_gis.ruas import rank_ruas

                problem = UpgradeProblem.from_analysis(analysis)
                analysis.ruas = rank_ruas(problem, analysis.segments)
            elif stage == "access" and analysis is not None:
                from mataram_gis.access import enrich_analysis

                enrich_analysis(analysis, admin=None, hazard=None, bands=None)
            done[stage] = analysis is not None
        except Exception:  # the real run compiles what it needs itself
            logger.debug("kernel warm-up stage %s failed", stage, exc_info=True)
            done[stage] = False
        if report is not None:
            report(stage, done[stage])
        if pause is not None and stage == stages[0]:
            pause()
    return done


def cache_ready() -> bool:
    """Whether Numba's cache holds every kernel module's functions, newer than the source.

    Looks where Numba caches: ``NUMBA_CACHE_DIR``, else ``__pycache__`` next to the modules
    or the user's cache folder (read-only installs). Each ``@njit`` function of
    :data:`KERNEL_MODULES` must have an index file; a kernel never compiled by a ranking
    (e.g. Monte Carlo's) is not required.
    """
    tag = f"py{sys.version_info.major}{sys.version_info.minor}"
    if os.environ.get("NUMBA_CACHE_DIR"):
        roots = [Path(os.environ["NUMBA_CACHE_DIR"])]
    else:
        roots = [_PACKAGE / "__pycache__", Path.home() / ".cache" / "numba"]
    found: dict[str, float] = {}
    for root in roots:
        if root.is_dir():
            for path in root.rglob(f"*.{tag}.nbi"):
                found[path.name] = max(found.get(path.name, 0.0), path.stat().st_mtime)
    for module in KERNEL_MODULES:
        source = _PACKAGE / f"{module}.py"
        stamp = source.stat().st_mtime
        names = [f"{module}.{name}-{line}.{tag}.nbi" for name, line in _kernels_of(source)]
        if not names or not any(found.get(name, -1.0) >= stamp for name in names):
            return False
    return True


def _kernels_of(source: Path) -> list[tuple[str, int]]:
    """(name, line of the decorator) of each top-level ``@njit`` function in ``source``."""
    lines = source.read_text(encoding="utf-8").splitlines()
    out = []
    for i, text in enumerate(lines):
        if text.startswith("@njit"):
            for follow in lines[i + 1 : i + 40]:
                m = re.match(r"def (\w+)\(", follow)
                if m:
                    out.append((m.group(1), i + 1))
                    break
    return out


def _command(hold: bool) -> list[str]:
    """The child's command line."""
    return [sys.executable, "-m", "mataram_gis.warmup", "--report"] + (["--hold"] if hold else [])


class _Child:
    """The compiling child process and what it reported (stages done, kernels compiled)."""

    def __init__(self, *, hold: bool = False) -> None:
        env = dict(os.environ)
        root = str(_PACKAGE.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self.started = time.monotonic()
        self.compiled = 0
        self.events = {stage: threading.Event() for stage in STAGES}
        self.held = hold
        self._hold_lock = threading.Lock()
        self.proc = subprocess.Popen(
            _command(hold),
            cwd=root, env=env, stdin=subprocess.PIPE if hold else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        self.reader = threading.Thread(target=self._read, name="mataram-engine-warmup",
                                       daemon=True)  # fmt: skip
        self.reader.start()

    def _read(self) -> None:
        try:
            for line in self.proc.stdout:  # type: ignore[union-attr]
                word, _, rest = line.strip().partition(" ")
                if word == "compiled":
                    self.compiled += 1
                elif word == "stage" and rest.split(" ")[0] in self.events:
                    stage, _, ok = rest.partition(" ")
                    logger.info("engine %s ready (%s, %.1f s)", stage, ok,
                                time.monotonic() - self.started)  # fmt: skip
                    self.events[stage].set()
        finally:
            self.proc.wait()
            for ev in self.events.values():  # a child that died: the run compiles itself
                ev.set()

    def resume(self) -> None:
        """Let a held child go on past the first stage (idempotent)."""
        with self._hold_lock:
            if not self.held:
                return
            self.held = False
            with contextlib.suppress(OSError, ValueError):  # the child is gone: nothing held
                self.proc.stdin.write("go\n")  # type: ignore[union-attr]
                self.proc.stdin.close()  # type: ignore[union-attr]

    def stop(self) -> None:
        """End the child if it still runs (this process exits)."""
        if self.proc.poll() is None:
            self.proc.terminate()


def start(*, force: bool = False, hold: bool = False) -> bool:
    """Start compiling the kernels in a child process, once per process.

    With ``hold`` the child stops after the first stage (what the first ranking needs) until
    :func:`resume` or a :func:`wait` for a later stage: the desktop app lets it go on once
    the first ranking is shown, so the rest does not compete with it for the CPU. Returns
    whether a child runs; not when the cache is already complete (unless ``force``).
    """
    global _child
    with _lock:
        if _child is not None:
            return True
        try:
            if not force and cache_ready():
                return False
            _child = _Child(hold=hold)
        except OSError:
            logger.warning("could not start the engine warm-up", exc_info=True)
            return False
        atexit.register(_child.stop)
        return True


def wait(stage: str, *, timeout: float = WAIT_LIMIT_S) -> bool:
    """Block until the child has compiled ``stage`` (no-op without a child); True if ready."""
    child = _child
    if child is None or stage not in child.events:
        return True
    if stage != STAGES[0]:
        child.resume()
    if child.events[stage].is_set():
        return True
    t0 = time.monotonic()
    ok = child.events[stage].wait(timeout)
    logger.info("waited %.2f s for the engine's %s kernels", time.monotonic() - t0, stage)
    return ok


def resume() -> None:
    """Let a held child (``start(hold=True)``) compile the remaining stages."""
    child = _child
    if child is not None:
        child.resume()


def background_compiled() -> int:
    """Kernels (signatures) the child has compiled so far (0 without a child)."""
    child = _child
    return 0 if child is None else child.compiled


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
    done = compile_stages(report=stage_done, pause=sys.stdin.readline if args.hold else None)
    if not args.report:
        state = "ok" if all(done.values()) else "incomplete (see the log)"
        print(f"engine: {Counter.n} kernels compiled in {time.perf_counter() - t0:.1f} s, {state}")
    return 0 if all(done.values()) else 1


if __name__ == "__main__":
    sys.exit(main())

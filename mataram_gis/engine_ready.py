"""Whether the engine's kernels are ready: the parent side of the warm-up (issue 15).

:mod:`mataram_gis.warmup` explains the warm-up. This module starts its child process
(``python -m mataram_gis.warmup --report``), reads what it reports and lets the pipeline wait
for a stage (:func:`wait`, called by ``analyse``, ``rank_ruas`` and ``closure_losses``). It
imports nothing of the pipeline but the kernels (lazily), so the pipeline can import it.
"""

from __future__ import annotations

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
KERNEL_MODULES: tuple[str, ...] = ("kernels", "kernels_forward", "set_gains_kernels", "ruas",
                                   "kernels_closure", "kernels_dominator")  # fmt: skip
#: Longest wait for one stage of a live child (a stuck child must not hang a ranking).
WAIT_LIMIT_S = 300.0

_PACKAGE = Path(__file__).resolve().parent
_lock = threading.Lock()
_child: _Child | None = None


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


def first_kernels() -> list[tuple[object, tuple]]:
    """(kernel, argument types) of each kernel a ranking calls from Python, typed exactly as
    :func:`mataram_gis.analysis.analyse` calls them (read-only locality arrays, the engine's
    strided share of the segments where it runs on several threads).

    The first stage compiles these directly: no pipeline, no geopandas in the child, so the
    first ranking's kernels are ready seconds sooner. The kernels they call compile with
    them. A type that no longer matches only costs the real run a compilation of its own:
    tests/test_warmup_first.py fails then (it checks a real analysis after this compiles
    nothing) and names the kernel.
    """
    from numba import types as nt

    from mataram_gis import kernels, kernels_forward

    i64, f64, b1 = nt.int64, nt.float64, nt.boolean
    ints, floats, bools = nt.Array(i64, 1, "C"), nt.Array(f64, 1, "C"), nt.Array(b1, 1, "C")
    fixed = nt.Array(i64, 1, "C", readonly=True)  # the locality view's cached arrays
    # engine._plan hands each of several threads todo[k::n]: one thread, a contiguous array
    share = nt.Array(i64, 1, "A" if (os.cpu_count() or 1) > 1 else "C")
    sums = (floats, ints, ints)
    return [
        (kernels.times_to_targets, (ints, ints, ints, ints, bools, i64, i64)),
        (kernels.backward_benefits,
         (ints, ints, ints, fixed, fixed, bools, ints, share, ints, floats, ints, i64) + sums),
        (kernels_forward.gain_potential, (ints,) * 8 + (bools, i64, i64)),
        (kernels_forward.forward_benefits,
         (ints,) * 6 + (bools, ints, ints, floats, ints, i64) + sums),
    ]  # fmt: skip


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
        self.begun: set[str] = set()  # the first stage's kernels the child is on or has done
        self.ready: set[str] = set()  # ... and those it has done
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
                elif word == "kernel":
                    state, _, name = rest.partition(" ")
                    (self.ready if state == "done" else self.begun).add(name)
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
    prepare_numba()  # while the child compiles: then the kernels load at once
    if stage == STAGES[0] and spare_cpu() and compile_from_the_end(child):
        ok = True  # every kernel compiled here or by the child; it may still be on one
    else:
        ok = child.events[stage].wait(max(timeout - (time.monotonic() - t0), 1.0))
    logger.info("waited %.2f s for the engine's %s kernels", time.monotonic() - t0, stage)
    return ok


def prepare_numba() -> None:
    """Set Numba's compiler up in this process (1-2 s of Python, once): its first kernel,
    compiled or loaded from the cache, waits for it otherwise. :func:`wait` does it while
    the child compiles, so a fresh install's first ranking does not wait for it after; the
    app does it in a thread of its own at the start."""
    with contextlib.suppress(Exception):  # only a head start: the first kernel does it anyway
        from numba.core.compiler_lock import global_compiler_lock
        from numba.core.registry import cpu_target

        with global_compiler_lock:  # as Numba's own compilations: one thread at a time
            cpu_target.target_context.refresh()
            cpu_target.typing_context.refresh()


def spare_cpu() -> bool:
    """Whether a core is free for this process to compile beside the child: the load (1 min
    average) under the cores less one. On a busy machine two processes compiling at once
    only share the same cores, and one may compile a kernel the other is just finishing:
    measured under load 5 on two cores, the first ranking came later, not sooner."""
    try:
        return os.getloadavg()[0] < (os.cpu_count() or 1) - 0.5
    except (AttributeError, OSError):  # no load average (Windows): as on an idle machine
        return True


def compile_from_the_end(child: _Child) -> int:
    """Compile the first stage's kernels here too, from the last one back, those the child
    has not begun, then wait only for the ones it is on: a process waiting for the child
    would otherwise idle while it compiles them one after the other. Numba loads from its
    cache what the other process has finished, so each kernel is compiled about once.
    Returns how many this process compiled (or loaded)."""
    stage = child.events[STAGES[0]]
    mine: set[str] = set()
    with contextlib.suppress(Exception):  # the child still compiles them
        kernels = first_kernels()
        for kernel, types in reversed(kernels):
            name = kernel.__name__  # type: ignore[attr-defined]
            if stage.is_set():
                break
            if name not in child.begun:
                kernel.compile(types)  # type: ignore[attr-defined]
                mine.add(name)
        names = {kernel.__name__ for kernel, _ in kernels}  # type: ignore[attr-defined]
        while not stage.is_set() and not names <= mine | child.ready:
            stage.wait(0.02)
    if mine:
        logger.info("compiled %d of the first ranking's kernels beside the warm-up", len(mine))
    return len(mine)


def resume() -> None:
    """Let a held child (``start(hold=True)``) compile the remaining stages."""
    child = _child
    if child is not None:
        child.resume()


def background_compiled() -> int:
    """Kernels (signatures) the child has compiled so far (0 without a child)."""
    child = _child
    return 0 if child is None else child.compiled

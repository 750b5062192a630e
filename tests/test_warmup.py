"""The engine warm-up: a child process compiles every kernel a ranking needs (issue 15).

The real run after the warm-up must compile nothing (same argument types), each stage must be
waited for only while a child runs, and a dead child must never hang a ranking.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mataram_gis import engine_ready, warmup

ROOT = Path(__file__).resolve().parents[1]

#: A real ranking on another network than the warm-up's, counting our kernels' compilations.
REAL_RUN = """
import sys
from numba.core import event

compiled = []

class Count(event.Listener):
    def on_start(self, ev):
        pass

    def on_end(self, ev):
        d = ev.data["dispatcher"]
        if d.py_func.__module__.startswith("mataram_gis"):
            compiled.append(d.py_func.__name__)

event.register("numba:compile", Count())
from mataram_gis.access import enrich_analysis
from mataram_gis.analysis import run_analysis
from mataram_gis.problem import UpgradeProblem
from mataram_gis.ruas import rank_ruas
from mataram_gis.scenario import Scenario
from tests.factories import grid_inputs

a = run_analysis(grid_inputs(n=7, seed=3, n_households=80), Scenario())
assert a.segments["rank"].notna().any()
a.ruas = rank_ruas(UpgradeProblem.from_analysis(a), a.segments)
enrich_analysis(a)
print("compiled:", ",".join(compiled))
"""


def _env(cache: Path) -> dict[str, str]:
    env = dict(os.environ, NUMBA_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    env.pop("NUMBA_DISABLE_JIT", None)
    return env


def test_after_the_child_warm_up_a_real_ranking_compiles_nothing(tmp_path, monkeypatch):
    cache = tmp_path / "numba"
    monkeypatch.setenv("NUMBA_CACHE_DIR", str(cache))
    assert not warmup.cache_ready()  # an empty cache: a fresh clone
    child = subprocess.run(
        [sys.executable, "-m", "mataram_gis.warmup", "--report", "--hold"], input="go\n",
        cwd=ROOT, env=_env(cache), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr[-2000:]
    stages = [line.split()[1:] for line in child.stdout.splitlines() if line.startswith("stage ")]
    assert stages == [[s, "ok"] for s in warmup.STAGES]  # the first ranking's kernels first
    assert sum(line.startswith("compiled ") for line in child.stdout.splitlines()) >= 10
    assert warmup.cache_ready()  # the next start needs no child
    real = subprocess.run(
        [sys.executable, "-c", REAL_RUN],
        cwd=ROOT, env=_env(cache), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert real.returncode == 0, real.stderr[-2000:]
    assert real.stdout.strip().splitlines()[-1] == "compiled:"  # all loaded from the cache


def test_cache_ready_needs_every_kernel_module_newer_than_its_source(tmp_path, monkeypatch):
    cache = tmp_path / "numba"
    monkeypatch.setenv("NUMBA_CACHE_DIR", str(cache))
    tag = f"py{sys.version_info.major}{sys.version_info.minor}"
    package = ROOT / "mataram_gis"
    cache.mkdir()
    for module in engine_ready.KERNEL_MODULES:
        name, line = engine_ready._kernels_of(package / f"{module}.py")[0]
        (cache / f"{module}.{name}-{line}.{tag}.nbi").write_bytes(b"")
    assert warmup.cache_ready()
    stale = cache / f"kernels.{engine_ready._kernels_of(package / 'kernels.py')[0][0]}-" \
        f"{engine_ready._kernels_of(package / 'kernels.py')[0][1]}.{tag}.nbi"  # fmt: skip
    old = (package / "kernels.py").stat().st_mtime - 60
    for path in cache.glob("kernels.*.nbi"):
        os.utime(path, (old, old))  # older than the source: numba would recompile
    assert stale.exists() and not warmup.cache_ready()


def test_wait_is_a_no_op_without_a_child(monkeypatch):
    monkeypatch.setattr(engine_ready, "_child", None)
    t0 = time.monotonic()
    assert warmup.wait("analysis") and warmup.wait("ruas")
    assert time.monotonic() - t0 < 0.1
    assert warmup.background_compiled() == 0


def test_a_child_that_dies_releases_every_stage(monkeypatch):
    script = "print('compiled times_to_targets'); print('stage analysis ok'); raise SystemExit(3)"
    monkeypatch.setattr(engine_ready, "_command", lambda hold: [sys.executable, "-c", script])
    child = engine_ready._Child()
    monkeypatch.setattr(engine_ready, "_child", child)
    t0 = time.monotonic()
    assert warmup.wait("access", timeout=60)  # released when the child exited, not by timeout
    assert warmup.wait("analysis", timeout=1)
    assert time.monotonic() - t0 < 30
    child.reader.join(10)
    assert child.proc.returncode == 3
    assert warmup.background_compiled() == 1


@pytest.mark.parametrize("module", engine_ready.KERNEL_MODULES)
def test_every_kernel_module_has_kernels_found_by_the_cache_check(module):
    kernels = engine_ready._kernels_of(ROOT / "mataram_gis" / f"{module}.py")
    assert kernels and all(line > 1 for _, line in kernels)


def test_a_held_child_stops_after_the_first_stage_until_a_later_stage_is_needed(monkeypatch):
    script = (
        "import sys; print('stage analysis ok', flush=True); sys.stdin.readline();"
        " print('stage ruas ok', flush=True); print('stage access ok', flush=True)"
    )
    monkeypatch.setattr(engine_ready, "_command", lambda hold: [sys.executable, "-c", script])
    child = engine_ready._Child(hold=True)
    monkeypatch.setattr(engine_ready, "_child", child)
    try:
        assert warmup.wait("analysis", timeout=60)
        assert not child.events["ruas"].wait(0.5)  # held: the first ranking has the CPU
        assert child.held
        assert warmup.wait("ruas", timeout=60)  # needed now: resumed by the wait itself
        assert not child.held
        warmup.resume()  # idempotent
        assert warmup.wait("access", timeout=60)
    finally:
        child.stop()
        child.reader.join(10)

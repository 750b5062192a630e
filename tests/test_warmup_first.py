"""The warm-up's first stage compiles exactly the kernels of the first ranking (issue 15).

The child compiles them from :func:`mataram_gis.warmup.first_kernels`' argument types,
without running the pipeline: if those types drift from what ``analyse`` really passes
(a new argument, a read-only or strided array), the first ranking after a fresh install
would compile its kernels itself and wait for them. This test fails then, naming them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: The child's first stage alone, as the app's held child runs it; what it imported.
FIRST_STAGE = """
import sys
from mataram_gis.warmup import compile_stages

done = compile_stages(("analysis",))
heavy = sorted(m for m in ("geopandas", "pandas", "shapely", "pyogrio") if m in sys.modules)
print("done:", done["analysis"], "heavy:", ",".join(heavy))
"""

#: The GUI's first ranking (the demo city: prepare, then analyse), counting compilations.
FIRST_RANKING = """
from numba.core import event

compiled = []

class Count(event.Listener):
    def on_start(self, ev):
        pass

    def on_end(self, ev):
        d = ev.data["dispatcher"]
        if d.py_func.__module__.startswith("mataram_gis"):
            compiled.append(f"{d.py_func.__name__}{tuple(ev.data['args'])}")

event.register("numba:compile", Count())
from mataram_gis.analysis import analyse, prepare
from mataram_gis.inputs import demo_inputs
from mataram_gis.scenario import Scenario

a = analyse(prepare(demo_inputs(scale=1)), Scenario())
assert a.segments["rank"].notna().sum() > 1000
print("compiled:", " | ".join(compiled))
"""


def _run(code: str, cache: Path) -> str:
    env = dict(os.environ, NUMBA_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    env.pop("NUMBA_DISABLE_JIT", None)
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout.strip().splitlines()[-1]


def test_after_the_first_stage_the_first_ranking_compiles_nothing(tmp_path):
    cache = tmp_path / "numba"  # empty: a fresh clone
    assert _run(FIRST_STAGE, cache) == "done: True heavy:"  # no geopandas, pandas, ...
    assert any(cache.rglob("*.nbi"))
    compiled = _run(FIRST_RANKING, cache)
    assert compiled == "compiled:", (
        "the first ranking compiled kernels the warm-up's first stage did not: update"
        f" mataram_gis.warmup.first_kernels to these argument types: {compiled}"
    )


def test_the_waiting_process_compiles_only_what_the_child_has_not_begun(monkeypatch):
    """Beside a child that is on the first two kernels, the waiting process takes the last
    two (from the end), then waits only for the child's two."""
    from mataram_gis import engine_ready, warmup

    names = [kernel.__name__ for kernel, _ in warmup.first_kernels()]
    lines = [f"kernel begin {names[0]}", f"kernel begin {names[1]}"]
    script = "import time\n" + "".join(f"print({line!r}, flush=True)\n" for line in lines)
    script += "time.sleep(1.5)\n" + "".join(
        f"print('kernel done {name}', flush=True)\n" for name in names[:2]
    )
    script += "time.sleep(60)\n"  # the stage itself is never reported: not waited for
    monkeypatch.setattr(engine_ready, "_command", lambda hold: [sys.executable, "-c", script])
    child = engine_ready._Child()
    try:
        deadline = time.monotonic() + 60
        while len(child.begun) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        t0 = time.monotonic()
        assert engine_ready.compile_from_the_end(child) == 2  # the last two, here
        assert child.ready == set(names[:2])  # and it waited for the child's two
        assert time.monotonic() - t0 < 30  # not for the whole stage
        assert not child.events["analysis"].is_set()
    finally:
        child.stop()
        child.reader.join(10)

"""main.py's quick exit after a headless job: what a normal exit does still happens (issue 15).

Each case runs a real interpreter: the point is what happens when it ends.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: A process that leaves work for the exit: an atexit callback, a non-daemon thread still
#: running, an idle thread pool, buffered output on a pipe; then asks main.py to end it.
SCRIPT = """
import atexit, sys, threading, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
sys.path.insert(0, {root!r})
import main
out = Path({out!r})
atexit.register(lambda: (out / "atexit").write_text("ran"))
def late():
    time.sleep(0.3)
    (out / "thread").write_text("ran")
threading.Thread(target=late).start()
ThreadPoolExecutor(max_workers=2).submit(lambda: None).result()
print("x" * 100_000, end="")  # more than a pipe's buffer: it must all arrive
{before}
main.quick_exit(3)
print("returned", end="")
"""


def run_script(tmp_path: Path, *, before: str = "", env: dict | None = None):
    code = SCRIPT.format(root=str(ROOT), out=str(tmp_path), before=before)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env=env)  # fmt: skip


def test_quick_exit_joins_threads_runs_atexit_and_flushes(tmp_path):
    proc = run_script(tmp_path)
    assert proc.returncode == 3
    assert proc.stdout == "x" * 100_000  # nothing lost, and nothing after quick_exit ran
    assert (tmp_path / "thread").read_text() == "ran"
    assert (tmp_path / "atexit").read_text() == "ran"


@pytest.mark.parametrize(
    ("before", "env_extra"),
    [("", {"MATARAM_GIS_FULL_EXIT": "1"}), ("sys.setprofile(lambda *a: None)", {})],
    ids=["asked-for-full-exit", "under-a-profiler"],
)
def test_quick_exit_steps_aside(tmp_path, before, env_extra):
    proc = run_script(tmp_path, before=before, env={**os.environ, **env_extra})
    assert proc.returncode == 0
    assert proc.stdout.endswith("returned")
    assert (tmp_path / "atexit").read_text() == "ran"


def test_a_failing_command_still_says_why(tmp_path):
    """The error path of a real command ends through the quick exit too."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "rank", "--roads", str(tmp_path / "none.gpkg"),
         "--centres", str(tmp_path / "c.csv"), "--households", str(tmp_path / "h.csv"),
         "--out", str(tmp_path / "r.gpkg"), "--lang", "id"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "c.csv" in proc.stderr and "kesalahan" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "r.gpkg").exists()

"""Regenerate the README's scaling table: import, rank, portfolio and outputs at scale 1, 4, 16.

    python benchmarks/scaling.py [--scales 1 4 16] [--readme README.md] [--timeout S]

For each scale the demo's files are written once (not timed). Each stage then runs as a
process of its own, so that its wall time is what a user waits for (interpreter start and
imports included) and its peak memory is its own (``os.wait4``):

- ``import``: read and validate the demo files (roads GeoPackage, centres and households
  CSV), as ``rank`` does before any analysis;
- ``rank``: ``python main.py rank --roads .. --centres .. --households .. --out r.gpkg``
  (everything ``rank`` writes: segments, ruas, access layers, the results GeoPackage);
- ``portfolio``: ``python main.py portfolio --results r.gpkg --budget B --out p.gpkg``
  (B = Rp 5 miliar x scale);
- ``outputs``: from ``r.gpkg`` read back (not timed), write the results GeoPackage again
  (styled) and the Indonesian briefing PDF through the export service.

Results are kept in ``benchmarks/scaling.json`` (one entry per scale, so scales can be run
in separate commands) and the table between the ``scaling:start``/``scaling:end`` markers
of the README is rewritten from all of them, with the machine's load while measuring
(``os.getloadavg``: this shared machine's other work slows every figure). The last line
printed per stage reads ``scale K | STAGE S s | peak RSS R MB``. A stage over the time limit
is sampled with ``py-spy dump`` before it is stopped: the table says where it was (and the
later stages, which need its results file, say they did not run).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORE = ROOT / "benchmarks" / "scaling.json"
STAGES = ("import", "rank", "portfolio", "outputs")
START, END = "<!-- scaling:start -->", "<!-- scaling:end -->"

_IMPORT = """
import sys
from mataram_gis.inputs import file_inputs
file_inputs(roads=sys.argv[1], centres=sys.argv[2], households=sys.argv[3])
"""
_OUTPUTS = """
import sys
from mataram_gis.outputs.service import export
from mataram_gis.results import read_results
results = read_results(sys.argv[1])
export("gpkg", results, sys.argv[2])
export("briefing", results, sys.argv[3])
"""


class StageTimeoutError(TimeoutError):
    """A stage over the time limit; ``where`` is what py-spy saw it doing."""

    def __init__(self, message: str, where: str) -> None:
        super().__init__(message)
        self.where = where


def where_now(pid: int, *, samples: int = 5) -> str:
    """The innermost ``mataram_gis`` frames of a running process, from ``samples`` py-spy
    dumps a second apart (most frequent first); "" without py-spy or permission."""
    spy = shutil.which("py-spy")
    if spy is None:
        return ""
    seen: collections.Counter[str] = collections.Counter()
    for _ in range(samples):
        try:
            dump = subprocess.run([spy, "dump", "--pid", str(pid)], capture_output=True,
                                  text=True, timeout=60).stdout  # fmt: skip
        except (OSError, subprocess.SubprocessError):
            return ""
        for thread in dump.split("\nThread ")[1:]:
            frames = re.findall(r"^\s+(\S+) \((mataram_gis/[^:]+):\d+\)", thread, re.M)
            if frames and "(idle)" not in thread.splitlines()[0]:
                seen[" < ".join(f"{f} ({p})" for f, p in frames[:3])] += 1
        time.sleep(1.0)
    return "; ".join(f"{k} [{n}/{samples}]" for k, n in seen.most_common(2))


def run(cmd: list[str], *, timeout: float) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process; raise if it fails
    (:class:`StageTimeoutError` over ``timeout`` seconds, with where it was)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = t0 + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            where = where_now(proc.pid)
            proc.kill()
            os.wait4(proc.pid, 0)
            raise StageTimeoutError(f"{' '.join(cmd[:4])} ... over {timeout:.0f} s", where)
        time.sleep(0.05)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode(errors="replace")[-2000:] if proc.stderr else ""
        raise RuntimeError(f"{' '.join(cmd[:4])} ... failed ({proc.returncode}): {err}")
    rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return seconds, rss


def measure(scale: int, *, timeout: float) -> dict:
    """Every stage at one scale: ``{"stages": {stage: {"s": seconds, "mb": peak RSS}},
    "segments": n, "households": m}`` (counts from the results file)."""
    sys.path.insert(0, str(ROOT))
    from mataram_gis.demo import write_demo

    py = sys.executable
    out: dict[str, dict[str, float]] = {}
    entry: dict = {"stages": out}
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_demo(tmp, scale=scale)
        files = [str(paths["roads"]), str(paths["centres"]), str(paths["households"])]
        r = str(Path(tmp) / "r.gpkg")
        cmds = {
            "import": [py, "-c", _IMPORT, *files],
            "rank": [py, "main.py", "rank", "--roads", files[0], "--centres", files[1],
                     "--households", files[2], "--out", r, "--top", "0", "--ruas-top", "0"],
            "portfolio": [py, "main.py", "portfolio", "--results", r,
                          "--budget", f"{5e9 * scale:.0f}", "--out", str(Path(tmp) / "p.gpkg")],
            "outputs": [py, "-c", _OUTPUTS, r, str(Path(tmp) / "again.gpkg"),
                        str(Path(tmp) / "briefing.pdf")],
        }  # fmt: skip
        entry["load_before"] = [round(x, 1) for x in os.getloadavg()]
        for stage in STAGES:
            if stage in ("portfolio", "outputs") and not Path(r).exists():
                out[stage] = {"skipped": "rank"}  # nothing to read
                continue
            try:
                s, mb = run(cmds[stage], timeout=timeout)
            except StageTimeoutError as exc:
                print(f"scale {scale} | {stage} timed out: {exc} | at {exc.where}", flush=True)
                out[stage] = {"timeout": timeout, "where": exc.where}
                continue
            out[stage] = {"s": round(s, 2), "mb": round(mb)}
            print(f"scale {scale} | {stage} {s:.2f} s | peak RSS {mb:.0f} MB", flush=True)
        entry["load_after"] = [round(x, 1) for x in os.getloadavg()]
        if Path(r).exists():
            import pyogrio

            entry["segments"] = pyogrio.read_info(r, layer="segments")["features"]
            entry["households"] = pyogrio.read_info(r, layer="origins")["features"]
        else:  # rank did not finish: the input files' counts
            import pyogrio

            entry["road_lines"] = pyogrio.read_info(files[0])["features"]
            with open(files[2], encoding="utf-8") as rows:
                entry["households"] = sum(1 for _ in rows) - 1
    return entry


def table(store: dict[str, dict]) -> str:
    """The Markdown table of every stored scale."""
    scales = sorted(store, key=int)
    notes: list[str] = []
    lines = [
        "| stage (whole process) | " + " | ".join(f"scale {k}" for k in scales) + " |",
        "|---|" + "---|" * len(scales),
    ]
    for stage in STAGES:
        cells = []
        for k in scales:
            cell = store[k].get("stages", {}).get(stage)
            if cell is None:
                cells.append("-")
            elif "timeout" in cell:
                cells.append(f"> {cell['timeout']:.0f} s (unfinished{_footnote(cell, notes)})")
            elif "skipped" in cell:
                cells.append(f"not run ({cell['skipped']} did not finish)")
            else:
                cells.append(f"{cell['s']:.1f} s, {cell['mb']:.0f} MB")
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    meta = "; ".join(
        f"scale {k}: {_size(store[k])}, {store[k]['households']} households, "
        f"measured {store[k]['date']}{_load(store[k])}"
        for k in scales
        if "households" in store[k]
    )
    text = "\n".join(lines) + f"\n\nWall time and peak memory per process ({meta}).\n"
    for i, note in enumerate(notes, 1):
        text += f"\n[{i}] where py-spy found the unfinished stage: {note}\n"
    return text


def _footnote(cell: dict, notes: list[str]) -> str:
    """`` [i]`` pointing at the note saying where a stage was when stopped ("" if unknown)."""
    if not cell.get("where"):
        return ""
    notes.append(cell["where"])
    return f" [{len(notes)}]"


def _size(entry: dict) -> str:
    """The network's size: segments after ``rank`` (else the input file's road lines)."""
    if "segments" in entry:
        return f"{entry['segments']} segments"
    return f"{entry['road_lines']} road lines in the input"


def _load(entry: dict) -> str:
    """ ", load L1-L2" (1-minute load average before and after the scale's stages)."""
    if "load_before" not in entry:
        return ""
    return f", load {entry['load_before'][0]:.1f}-{entry['load_after'][0]:.1f}"


def rewrite_readme(readme: Path, text: str) -> None:
    """Replace the table between the markers (appended to the file if they are missing)."""
    body = readme.read_text(encoding="utf-8")
    block = f"{START}\n{text}{END}"
    if START in body and END in body:
        head, rest = body.split(START, 1)
        body = head + block + rest.split(END, 1)[1]
    else:
        body = body.rstrip("\n") + "\n\n" + block + "\n"
    readme.write_text(body, encoding="utf-8")


def main() -> None:
    """Measure the asked scales, store them and rewrite the README table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--readme", type=Path, default=ROOT / "README.md")
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds per stage")
    args = ap.parse_args()
    store = json.loads(STORE.read_text(encoding="utf-8")) if STORE.exists() else {}
    for k in args.scales:
        entry = measure(k, timeout=args.timeout)
        entry["date"] = time.strftime("%Y-%m-%d")
        store[str(k)] = entry
        STORE.write_text(json.dumps(store, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    rewrite_readme(args.readme, table(store))
    print(table(store))


if __name__ == "__main__":
    main()

"""Time the published outputs on the scale-1 demo.

Run ``python benchmarks/bench_outputs.py``; the last line reads
``map pdf S1 s | briefing S2 s | xlsx S3 s | segments N`` (targets: under 5 s each).
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.peak import rss_field
from mataram_gis.analysis import run_analysis
from mataram_gis.inputs import demo_inputs
from mataram_gis.outputs.briefing import build_briefing
from mataram_gis.outputs.mapexport import export_map
from mataram_gis.outputs.tables import export_table
from mataram_gis.results import read_results, write_results
from mataram_gis.scenario import Scenario

logger = logging.getLogger("bench_outputs")


def timed(label: str, func, *args, **kwargs) -> float:
    """Run ``func`` once and return the wall time in seconds."""
    t0 = time.perf_counter()
    func(*args, **kwargs)
    seconds = time.perf_counter() - t0
    logger.info("%s: %.2f s", label, seconds)
    return seconds


def main() -> None:
    """Build the demo results once, then time map, briefing and XLSX."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        analysis = run_analysis(demo_inputs(scale=1), Scenario())
        write_results(analysis, out / "r.gpkg")
        results = read_results(out / "r.gpkg")
        s1 = timed("map pdf", export_map, results, out / "map.pdf")
        s2 = timed("briefing", build_briefing, results, out / "b.pdf", budget_rp=5e9)
        s3 = timed("xlsx", export_table, results, out / "t.xlsx")
    print(
        f"map pdf {s1:.2f} s | briefing {s2:.2f} s | xlsx {s3:.2f} s "
        f"| segments {len(results.segments)}" + rss_field()
    )


if __name__ == "__main__":
    main()

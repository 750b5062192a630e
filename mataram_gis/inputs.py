"""Assemble :class:`AnalysisInputs` from files or from the built-in demo."""

from __future__ import annotations

import logging
from pathlib import Path

from mataram_gis.analysis import AnalysisInputs

logger = logging.getLogger(__name__)


def demo_inputs(*, scale: int = 1, seed: int = 2023) -> AnalysisInputs:
    """The built-in synthetic demo city, without touching files."""
    from mataram_gis.demo import make_demo

    demo = make_demo(scale=scale, seed=seed)
    return AnalysisInputs(
        roads=demo.roads,
        centres=demo.centres,
        households=demo.households,
        sources=[
            {"role": role, "path": f"built-in demo (scale {scale}, seed {seed})", "sha256": ""}
            for role in ("roads", "centres", "households")
        ],
        synthetic=True,
        notes=["SYNTHETIC DEMO DATA: an invented city laid over Kota Mataram's extent"],
    )


def file_inputs(
    *,
    roads: str | Path,
    centres: str | Path,
    households: str | Path,
    tolerance_m: float = 3.0,
) -> AnalysisInputs:
    """Read and validate the three input files (every check runs before any analysis)."""
    from mataram_gis.io import file_sha256, read_centres, read_households, read_roads

    road_frame, report = read_roads(roads, tolerance_m=tolerance_m)
    centre_frame = read_centres(centres)
    household_frame = read_households(households)
    notes = list(getattr(report, "messages", []))
    synthetic = any(
        bool(f["synthetic"].any()) for f in (road_frame, centre_frame, household_frame)
        if "synthetic" in f
    )  # fmt: skip
    sources = [
        {"role": role, "path": str(Path(p).resolve()), "sha256": file_sha256(p)}
        for role, p in (("roads", roads), ("centres", centres), ("households", households))
    ]
    return AnalysisInputs(
        roads=road_frame,
        centres=centre_frame,
        households=household_frame,
        sources=sources,
        synthetic=synthetic,
        notes=notes,
    )

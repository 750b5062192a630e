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
    roads: str | Path | None,
    centres: str | Path,
    households: str | Path,
    tolerance_m: float | None = None,
    place: str | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    roads_layer: str | None = None,
    roads_crs: str | None = None,
    inventory: list[str | Path] | None = None,
) -> AnalysisInputs:
    """Read and validate the inputs (every check runs before any analysis).

    Roads come from ``roads`` (a file) or, with ``place`` or ``bbox``, are downloaded from
    OpenStreetMap (which needs a connection; offline it fails at once with a clear message).
    Centres and households are read first: they are small and their mistakes are common.
    ``roads_layer`` picks the layer of a multi-layer roads file; ``roads_crs`` gives the CRS of
    a roads layer that has none or declares a wrong one.
    ``inventory``: the city's ruas list and survey files (:mod:`mataram_gis.io.inventory`).
    """
    from mataram_gis.io import (
        download_osm,
        file_sha256,
        read_centres,
        read_households,
        read_roads,
    )

    centre_frame = read_centres(centres)
    household_frame = read_households(households)
    if roads is not None:
        road_frame, report = read_roads(
            roads, tolerance_m=tolerance_m, layer=roads_layer, crs=roads_crs
        )
        road_source = {"role": "roads", "path": str(Path(roads).resolve()),
                       "sha256": file_sha256(roads)}  # fmt: skip
    else:
        road_frame, report = download_osm(place=place, bbox=bbox)
        what = place if place else f"bbox {bbox}"
        road_source = {"role": "roads", "path": f"OpenStreetMap download: {what}", "sha256": ""}
    notes = list(getattr(report, "messages", []))
    notes += [f"topology: {line}" for line in report.summary_lines()]
    synthetic = any(
        bool(f["synthetic"].any()) for f in (road_frame, centre_frame, household_frame)
        if "synthetic" in f
    )  # fmt: skip
    sources = [road_source] + [
        {"role": role, "path": str(Path(p).resolve()), "sha256": file_sha256(p)}
        for role, p in (("centres", centres), ("households", households))
    ]
    return AnalysisInputs(
        roads=road_frame,
        centres=centre_frame,
        households=household_frame,
        sources=sources + inventory_sources(inventory),
        synthetic=synthetic,
        notes=notes,
        inventory=read_inventories(inventory),
    )


def read_inventories(paths: list[str | Path] | None):
    """The inventory files read and joined into one :class:`RoadInventory` (None: none)."""
    from mataram_gis.io.inventory import RoadInventory, read_inventory

    if not paths:
        return None
    out = RoadInventory()
    for p in paths:
        out = out.extend(read_inventory(p))
    return out


def inventory_sources(paths: list[str | Path] | None) -> list[dict[str, str]]:
    """Source records (role ``inventory``) of the inventory files."""
    from mataram_gis.io import file_sha256

    return [
        {"role": "inventory", "path": str(Path(p).resolve()), "sha256": file_sha256(p)}
        for p in paths or []
    ]

"""Assemble :class:`AnalysisInputs`: from files, the built-in demo, an OSM download, or
files imported one by one in the GUI (the only place inputs are assembled; no Qt here).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    osm_reader: str = "fast",
) -> AnalysisInputs:
    """Read and validate the inputs (every check runs before any analysis).

    Roads come from ``roads`` (a file) or, with ``place`` or ``bbox``, are downloaded from
    OpenStreetMap (which needs a connection; offline it fails at once with a clear message).
    Centres and households are read first: they are small and their mistakes are common.
    ``roads_layer`` picks the layer of a multi-layer roads file; ``roads_crs`` gives the CRS of
    a roads layer that has none or declares a wrong one.
    ``inventory``: the city's ruas list and survey files (:mod:`mataram_gis.io.inventory`).
    ``osm_reader``: ``fast`` or ``osmnx`` for ``.osm``/``.pbf`` roads (same segments).
    """
    from mataram_gis.io import (
        download_osm,
        read_centres,
        read_households,
        read_roads,
    )

    centre_frame = read_centres(centres)
    household_frame = read_households(households)
    if roads is not None:
        road_frame, report = read_roads(
            roads, tolerance_m=tolerance_m, layer=roads_layer, crs=roads_crs,
            osm_reader=osm_reader,
        )  # fmt: skip
        road_source = source_record("roads", roads)
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
        source_record(role, p) for role, p in (("centres", centres), ("households", households))
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


ROLES: tuple[str, ...] = ("roads", "centres", "households")


def source_record(role: str, path: str | Path) -> dict[str, str]:
    """Where an input came from: role, full path (kept in memory and in projects; published
    outputs print the file name only) and the file's SHA-256."""
    from mataram_gis.io import file_sha256

    return {"role": role, "path": str(Path(path).resolve()), "sha256": file_sha256(path)}


@dataclass
class InputRequest:
    """One file to read, with the user's corrections (the GUI's import dialog makes these).

    Attributes
    ----------
    path
        The file.
    role
        ``roads``, ``centres`` or ``households``.
    column_map
        ``{file column: field or None}`` for the readers (None ignores the column).
    crs
        EPSG code as ``EPSG:n`` for coordinates without a CRS in the file, else None.
    """

    path: Path
    role: str
    column_map: dict[str, str | None] = field(default_factory=dict)
    crs: str | None = None

    def read(self) -> tuple[Any, list[str], dict[str, str]]:
        """Read the file: (normalised frame, reader notes, source record)."""
        from mataram_gis.io import read_centres, read_households, read_roads

        column_map = self.column_map or None
        notes: list[str] = []
        if self.role == "roads":
            frame, report = read_roads(self.path, column_map=column_map, crs=self.crs)
            notes = list(getattr(report, "messages", []))
        elif self.role == "centres":
            frame = read_centres(self.path, column_map=column_map, crs=self.crs)
        else:
            frame = read_households(self.path, column_map=column_map, crs=self.crs)
        return frame, notes, source_record(self.role, self.path)


def merged_inputs(base: AnalysisInputs | None, requests: Sequence[InputRequest]) -> AnalysisInputs:
    """Read the requested files and put them in place of the same roles of ``base``."""
    frames: dict[str, Any] = {}
    sources = {s["role"]: s for s in (base.sources if base else [])}
    notes = list(base.notes) if base else []
    for request in requests:
        frame, new_notes, source = request.read()
        frames[request.role] = frame
        sources[request.role] = source
        notes += new_notes
    return combine_inputs(base, frames, sources, notes)


def osm_inputs(
    base: AnalysisInputs | None, query: Mapping[str, Any], cache: Path
) -> AnalysisInputs:
    """Download OSM roads and put them in place of the roads of ``base``."""
    from mataram_gis.io import download_osm

    roads, report = download_osm(**query, cache_folder=cache)
    what = query.get("place") or f"bbox {query.get('bbox')}"
    source = {"role": "roads", "path": f"OpenStreetMap download ({what})", "sha256": ""}
    sources = {s["role"]: s for s in (base.sources if base else [])} | {"roads": source}
    notes = (list(base.notes) if base else []) + list(getattr(report, "messages", []))
    return combine_inputs(base, {"roads": roads}, sources, notes)


def combine_inputs(
    base: AnalysisInputs | None,
    frames: Mapping[str, Any],
    sources: Mapping[str, dict[str, str]],
    notes: list[str],
) -> AnalysisInputs:
    """New frames in place of the same roles of ``base`` (every role needed without one)."""
    from mataram_gis.errors import UsageError

    missing = [r for r in ROLES if r not in frames and base is None]
    if missing:
        raise UsageError(
            f"no {', '.join(missing)} loaded yet", fix="open the missing input files too"
        )
    chosen = {r: frames[r] if r in frames else getattr(base, r) for r in ROLES}
    synthetic = any(bool(f["synthetic"].any()) for f in chosen.values() if "synthetic" in f)
    return AnalysisInputs(
        **chosen,
        sources=[sources[r] for r in ROLES if r in sources],
        synthetic=synthetic,
        notes=[n for n in notes if not (n.startswith("SYNTHETIC") and not synthetic)],
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
    return [source_record("inventory", p) for p in paths or []]

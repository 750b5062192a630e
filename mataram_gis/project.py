"""Project files: one GeoPackage holding the inputs, the scenarios and the results.

A project file (``*.mgis.gpkg``; any ``*.gpkg`` written by :func:`save_project` opens) is an
ordinary GeoPackage that QGIS can open too. Layers (docs/PROJECTS.md):

``input_roads``, ``input_centres``, ``input_households``
    The normalised input frames (docs/INTERNALS.md) as read; households hold no personal
    data (the readers dropped it).
``project``
    One row: ``format``, ``format_version``, ``active`` (the active scenario's name),
    ``scenarios`` (JSON object ``name -> Scenario.to_dict()``, in order), ``sources``
    (JSON: role, path, sha256 of each input), ``notes`` (JSON list), ``synthetic``,
    ``software``, ``created``, ``has_results``.
``segments``, ``origins``, ``centres``, ``scenario``
    The results of the active scenario, exactly as a results GeoPackage
    (:mod:`mataram_gis.results`), when an analysis was saved with the project.

Saving is atomic: the file is written under a temporary name in the same folder, flushed
to disk and renamed over the old one, so a crash during a save leaves the previous file
intact.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pyogrio

from mataram_gis import __version__, settings
from mataram_gis.analysis import Analysis, AnalysisInputs
from mataram_gis.errors import InputDataError, MataramError, ScenarioError
from mataram_gis.gpkg import write_gpkg
from mataram_gis.results import (
    DESCRIPTIONS,
    Results,
    read_results,
    record_frame,
    scenario_record,
)
from mataram_gis.results import LAYERS as RESULT_LAYERS
from mataram_gis.scenario import Scenario

logger = logging.getLogger(__name__)

FORMAT = "mataram-gis/project"
FORMAT_VERSION = 1
SUFFIX = ".mgis.gpkg"
INPUT_LAYERS: dict[str, str] = {
    "roads": "input_roads",
    "centres": "input_centres",
    "households": "input_households",
}
PROJECT_TABLE = "project"
#: Seconds to pause between layers while saving (tests use it to kill a save midway).
SAVE_DELAY_ENV = settings.SAVE_DELAY_ENV
_SQLITE_MAGIC = b"SQLite format 3\x00"
_DTYPES: dict[str, dict[str, str]] = {
    "roads": {"oneway": "bool", "synthetic": "bool", "width_m": "float64"},
    "centres": {"centre_id": "str", "name": "str", "sector": "str", "synthetic": "bool"},
    "households": {
        "household_id": "str", "weight": "float64", "category": "int64", "centre": "str",
        "synthetic": "bool",
    },
}  # fmt: skip
_INPUT_DESCRIPTIONS = {
    "input_roads": "Input roads, normalised (one row per segment between junctions)",
    "input_centres": "Input industrial centres (sentra industri), normalised",
    "input_households": "Input poor households, normalised (no personal data)",
    PROJECT_TABLE: "Mataram GIS project: scenarios (JSON), active scenario, input sources",
}


@dataclass
class Project:
    """A project file read back into memory.

    Attributes
    ----------
    inputs
        The normalised input layers, sources, notes and the synthetic flag.
    scenarios
        ``name -> Scenario`` in saved order (``ScenarioSet(list(scenarios.values()),
        active=active)`` makes a set of them).
    active
        Name of the active scenario.
    results
        The saved results of the active scenario, or None when saved without them.
    path
        The file read.
    record
        The other fields of the ``project`` table (format version, software, created).
    """

    inputs: AnalysisInputs
    scenarios: dict[str, Scenario]
    active: str
    results: Results | None = None
    path: Path | None = None
    record: dict[str, Any] = field(default_factory=dict)

    @property
    def scenario(self) -> Scenario:
        """The active scenario."""
        return self.scenarios[self.active]


def project_path(path: str | Path) -> Path:
    """``path`` with the ``.mgis.gpkg`` suffix added unless it already ends in ``.gpkg``."""
    path = Path(path)
    return path if path.name.lower().endswith(".gpkg") else path.with_name(path.name + SUFFIX)


def save_project(
    path: str | Path,
    *,
    inputs: AnalysisInputs,
    scenarios: Mapping[str, Scenario],
    active: str,
    analysis: Analysis | None = None,
) -> Path:
    """Write a project file atomically.

    Parameters
    ----------
    path
        Target file; ``.mgis.gpkg`` is appended unless the name ends in ``.gpkg``.
    inputs
        The normalised inputs to store.
    scenarios
        ``name -> Scenario`` (a plain dict or a ``ScenarioSet``).
    active
        Name of the active scenario (a key of ``scenarios``).
    analysis
        The active scenario's analysis; its results layers are stored when given.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    ScenarioError
        When ``scenarios`` is empty or ``active`` is not one of them.
    InputDataError
        When the folder does not exist.
    """
    path = project_path(path)
    if not scenarios:
        raise ScenarioError("a project needs at least one scenario")
    if active not in scenarios:
        raise ScenarioError(
            f"the active scenario {active!r} is not among the scenarios",
            fix=f"choose one of: {', '.join(scenarios)}",
        )
    if not path.parent.is_dir():
        raise InputDataError(
            "the folder does not exist", file=str(path), fix="choose an existing folder"
        )
    layers: dict[str, pd.DataFrame] = {
        INPUT_LAYERS[role]: getattr(inputs, role) for role in INPUT_LAYERS
    }
    layers[PROJECT_TABLE] = _project_frame(inputs, scenarios, active, analysis is not None)
    if analysis is not None:
        layers["segments"] = analysis.segments
        layers["origins"] = analysis.origins
        layers["centres"] = analysis.centres
        layers["scenario"] = record_frame(scenario_record(analysis))
    write_gpkg(
        path, layers, descriptions=DESCRIPTIONS | _INPUT_DESCRIPTIONS,
        synthetic=bool(inputs.synthetic),
        pause_s=float(os.environ.get(settings.SAVE_DELAY_ENV, "0") or 0),
    )  # fmt: skip
    logger.info("project saved: %s (%d scenarios, active %r)", path, len(scenarios), active)
    return path


def _project_frame(
    inputs: AnalysisInputs, scenarios: Mapping[str, Scenario], active: str, has_results: bool
) -> pd.DataFrame:
    """The one-row ``project`` table."""
    row = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "active": active,
        "scenarios": json.dumps(
            {name: s.to_dict() for name, s in scenarios.items()}, ensure_ascii=False
        ),
        "sources": json.dumps(list(inputs.sources), ensure_ascii=False),
        "notes": json.dumps(list(inputs.notes), ensure_ascii=False),
        "synthetic": bool(inputs.synthetic),
        "software": f"mataram_gis {__version__}",
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "has_results": has_results,
    }
    return pd.DataFrame([row])


def is_project_file(path: str | Path) -> bool:
    """True when ``path`` is a GeoPackage with a ``project`` table (quick check, no reading)."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            if handle.read(16) != _SQLITE_MAGIC:
                return False
        return PROJECT_TABLE in {str(name) for name, _ in pyogrio.list_layers(path)}
    except Exception:
        return False


def open_project(path: str | Path) -> Project:
    """Read a project file written by :func:`save_project`.

    Raises
    ------
    InputDataError
        When the file is missing, not a GeoPackage, not a Mataram GIS project, from a newer
        version of the program, or damaged.
    """
    path = Path(path)
    file = str(path)
    fix = "open a project saved by Mataram GIS (File > Save project)"
    if not path.is_file():
        raise InputDataError("file not found", file=file, fix=fix)
    with open(path, "rb") as handle:
        if handle.read(16) != _SQLITE_MAGIC:
            raise InputDataError(
                "this is not a GeoPackage (not a project file)", file=file, fix=fix
            )
    try:
        present = {str(name) for name, _ in pyogrio.list_layers(path)}
    except Exception as exc:
        raise InputDataError(f"not a readable GeoPackage ({exc})", file=file, fix=fix) from None
    if PROJECT_TABLE not in present:
        hint = " (it looks like a results file)" if set(RESULT_LAYERS) <= present else ""
        raise InputDataError(
            f"this GeoPackage is not a Mataram GIS project: it has no '{PROJECT_TABLE}' "
            f"table{hint}",
            file=file,
            fix=fix,
        )
    record = _read_record(path)
    version = record.get("format_version")
    if not isinstance(version, int) or record.get("format") != FORMAT:
        raise InputDataError(
            f"the project table is not in the {FORMAT} format", file=file, fix=fix
        )
    if version > FORMAT_VERSION:
        raise InputDataError(
            f"the project was saved by a newer Mataram GIS (project format {version}; this "
            f"version reads format {FORMAT_VERSION} and older)",
            file=file,
            fix="update Mataram GIS to open this project",
        )
    missing = [layer for layer in INPUT_LAYERS.values() if layer not in present]
    if missing:
        raise InputDataError(
            f"the project lacks its input layer(s) {', '.join(missing)}", file=file, fix=fix
        )
    frames = {role: _read_input(path, layer, role) for role, layer in INPUT_LAYERS.items()}
    scenarios, active = _scenarios(record, file=file)
    inputs = AnalysisInputs(
        **frames,
        sources=list(record.get("sources") or []),
        synthetic=bool(record.get("synthetic", False)),
        notes=list(record.get("notes") or []),
    )
    results = None
    if set(RESULT_LAYERS) <= present:
        results = read_results(path)
    logger.info("project opened: %s (%d scenarios, active %r)", path, len(scenarios), active)
    return Project(inputs, scenarios, active, results, path, record)


def _read_record(path: Path) -> dict[str, Any]:
    """The ``project`` row with JSON fields parsed."""
    file = str(path)
    try:
        table = pyogrio.read_dataframe(path, layer=PROJECT_TABLE)
    except Exception as exc:
        raise InputDataError(f"the project table cannot be read ({exc})", file=file) from None
    if len(table) != 1:
        raise InputDataError(f"the project table has {len(table)} rows instead of 1", file=file)
    record: dict[str, Any] = {}
    for key, value in table.iloc[0].to_dict().items():
        if key == "geometry":
            continue
        if key in ("scenarios", "sources", "notes") and isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError:
                raise InputDataError(
                    f"the project's '{key}' field is not valid JSON", file=file
                ) from None
        elif hasattr(value, "item"):
            value = value.item()  # numpy scalar -> int / bool / float
        record[key] = value
    return record


def _read_input(path: Path, layer: str, role: str) -> gpd.GeoDataFrame:
    """One stored input layer with the dtypes of the normalised schema."""
    frame = gpd.read_file(path, layer=layer, engine="pyogrio")
    for col, dtype in _DTYPES[role].items():
        if col in frame:
            frame[col] = frame[col].astype(dtype)
    return frame


def _scenarios(record: dict[str, Any], *, file: str) -> tuple[dict[str, Scenario], str]:
    """The stored scenarios and the active name, validated."""
    stored = record.get("scenarios")
    if not isinstance(stored, dict) or not stored:
        raise InputDataError("the project holds no scenarios", file=file)
    scenarios: dict[str, Scenario] = {}
    for name, data in stored.items():
        try:
            scenarios[str(name)] = Scenario.from_dict(data)
        except (MataramError, TypeError, ValueError) as exc:
            text = exc.message if isinstance(exc, MataramError) else str(exc)
            raise InputDataError(f"scenario {name!r} is invalid: {text}", file=file) from None
    active = str(record.get("active") or next(iter(scenarios)))
    if active not in scenarios:
        raise InputDataError(f"the active scenario {active!r} is not in the project", file=file)
    return scenarios, active

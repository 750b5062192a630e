"""The results GeoPackage: the audit trail from which anyone can re-check every number.

Layers (docs: ../shared/DESIGN.md, "Data contract"): ``segments``, ``origins``,
``centres`` and ``scenario`` (parameters as JSON, software version, inputs and hashes,
timings, totals). The file is written to a temporary name in the same folder and renamed
into place only once complete, so a failed run never leaves a half-written file.
"""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio

from mataram_gis import __version__
from mataram_gis.analysis import Analysis
from mataram_gis.errors import InputDataError
from mataram_gis.gpkg import write_gpkg
from mataram_gis.results_schema import check_layer, check_nodes
from mataram_gis.scenario import Scenario

LAYERS: tuple[str, ...] = ("segments", "origins", "centres", "scenario")

DESCRIPTIONS = {
    "segments": "Road segments ranked by the benefit of upgrading each alone "
    "(weighted household-hours per year)",
    "origins": "Households as origins: network node, effective weight, access leg, time to "
    "centre, exclusion reason (no personal data)",
    "centres": "Industrial centres (sentra industri) and their network node",
    "isochrones": "Area reaching each centre within the band's minutes (network time)",
    "kelurahan": "Kelurahan / kecamatan boundaries used to name places",
}


@dataclass
class Results:
    """A results GeoPackage read back into memory."""

    segments: gpd.GeoDataFrame
    origins: gpd.GeoDataFrame
    centres: gpd.GeoDataFrame
    record: dict[str, Any]
    path: Path | None = None

    @property
    def scenario(self) -> Scenario:
        """The scenario the results were made with."""
        return Scenario.from_dict(self.record["parameters"])

    @property
    def synthetic(self) -> bool:
        """True when made from the built-in synthetic demo."""
        return bool(self.record.get("synthetic", False))


def versions() -> dict[str, str]:
    """Versions of the software that made a result."""
    import geopandas
    import numba
    import scipy
    import shapely

    return {
        "mataram_gis": __version__,
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "numba": numba.__version__,
        "geopandas": geopandas.__version__,
        "shapely": shapely.__version__,
        "pyogrio": pyogrio.__version__,
    }


def published_path(source: dict[str, Any]) -> str:
    """An input's file name only (never the folder: it carries the user's name on office PCs).

    Sources without a hash (the built-in demo, an OSM download) are descriptions, kept whole.
    """
    path = str(source.get("path", ""))
    return Path(path).name if source.get("sha256") else path


def _without_folders(text: str, sources: list[dict[str, Any]]) -> str:
    for src in sources:
        full = str(src.get("path", ""))
        if src.get("sha256") and full:
            text = text.replace(full, Path(full).name)
            text = text.replace(str(Path(full).parent) + os.sep, "")
    return text


def scenario_record(analysis: Analysis) -> dict[str, Any]:
    """Everything needed to say how a result was made."""
    inputs = analysis.prepared.inputs
    timings = dict(analysis.prepared.timings)
    timings.update(analysis.timings)
    return {
        "name": analysis.scenario.name,
        "parameters": analysis.scenario.to_dict(),
        "software": versions(),
        "inputs": [src | {"path": published_path(src)} for src in inputs.sources],
        "notes": [_without_folders(str(n), list(inputs.sources)) for n in inputs.notes],
        "timings": {k: round(v, 6) for k, v in timings.items()},
        "summary": analysis.summary(),
        "crs": analysis.segments.crs.to_string(),
        "synthetic": bool(inputs.synthetic),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def record_frame(record: dict[str, Any]) -> pd.DataFrame:
    """The one-row ``scenario`` table; nested values as JSON text."""
    row = {
        k: (json.dumps(v, ensure_ascii=False, sort_keys=True) if isinstance(v, dict | list) else v)
        for k, v in record.items()
    }
    return pd.DataFrame([row])


def write_layers(
    path: str | Path,
    layers: dict[str, gpd.GeoDataFrame | pd.DataFrame],
    *,
    synthetic: bool = False,
    descriptions: dict[str, str] | None = None,
    finish: Callable[[Path], object] | None = None,
) -> Path:
    """Write result layers with their descriptions (see :func:`mataram_gis.gpkg.write_gpkg`)."""
    return write_gpkg(
        path, layers, descriptions=DESCRIPTIONS | (descriptions or {}), synthetic=synthetic,
        finish=finish,
    )  # fmt: skip


def write_results(
    analysis: Analysis,
    path: str | Path,
    *,
    lang: str = "id",
    extra: dict[str, gpd.GeoDataFrame] | None = None,
) -> Path:
    """Write the results GeoPackage of the data contract, with default QGIS styles.

    ``lang`` is the language of the style's legend labels (``id`` or ``en``); ``extra``
    adds layers (e.g. ``isochrones``, ``kelurahan``: :func:`mataram_gis.access.enrich_analysis`).
    """
    record = scenario_record(analysis)
    layers = {
        "segments": analysis.segments,
        "origins": analysis.origins,
        "centres": analysis.centres,
        "scenario": record_frame(record),
    }
    layers.update(extra or {})
    from mataram_gis.outputs.qml import write_styles

    return write_layers(
        path,
        layers,
        synthetic=analysis.prepared.inputs.synthetic,
        finish=lambda tmp: write_styles(tmp, analysis.segments, lang=lang),
    )


def read_results(path: str | Path) -> Results:
    """Read a results GeoPackage written by :func:`write_results`."""
    path = Path(path)
    if not path.exists():
        raise InputDataError("file not found", file=str(path), fix="give a results .gpkg")
    try:
        present = {name for name, _ in pyogrio.list_layers(path)}
    except Exception as exc:
        raise InputDataError(
            f"not a readable GeoPackage ({exc})", file=str(path), fix="give a results .gpkg"
        ) from None
    missing = [name for name in LAYERS if name not in present]
    if missing:
        raise InputDataError(
            f"missing layer(s) {', '.join(missing)}: this is not a Mataram GIS results file",
            file=str(path),
            fix="run 'python main.py rank ... --out FILE.gpkg' and give that file",
        )
    segments = _read_layer(path, "segments")
    segments["rank"] = segments["rank"].astype("Int64")
    origins = _read_layer(path, "origins")
    origins["excluded"] = origins["excluded"].fillna("").astype(str)
    centres = _read_layer(path, "centres")
    check_nodes({"segments": segments, "origins": origins, "centres": centres}, file=str(path))
    return Results(
        segments=segments, origins=origins, centres=centres, record=_read_record(path),
        path=path,
    )  # fmt: skip


def _read_layer(path: Path, name: str) -> gpd.GeoDataFrame:
    """One layer of a results file, checked (:mod:`mataram_gis.results_schema`)."""
    try:
        frame = gpd.read_file(path, layer=name, engine="pyogrio")
    except Exception as exc:  # a damaged file: GDAL's many error types
        raise InputDataError(
            f"layer {name} cannot be read ({exc})", file=str(path), fix="give a results .gpkg"
        ) from None
    check_layer(name, frame, file=str(path))
    return frame


def _read_record(path: Path) -> dict[str, Any]:
    """The one-row ``scenario`` table, nested values decoded from JSON."""
    try:
        table = pyogrio.read_dataframe(path, layer="scenario")
    except Exception as exc:
        raise InputDataError(f"layer scenario cannot be read ({exc})", file=str(path)) from None
    if len(table) != 1 or "parameters" not in table.columns:
        raise InputDataError(
            "layer scenario must hold one row with the parameters", file=str(path),
            fix="give a results file written by 'python main.py rank'",
        )  # fmt: skip
    record = {k: _maybe_json(v) for k, v in table.iloc[0].to_dict().items() if k != "geometry"}
    if not isinstance(record.get("parameters"), dict):
        raise InputDataError("layer scenario: the parameters are not readable", file=str(path))
    return record


def _maybe_json(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value

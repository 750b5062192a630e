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
import tempfile
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
from mataram_gis.analysis import SEGMENT_COLUMNS, Analysis
from mataram_gis.errors import InputDataError
from mataram_gis.scenario import Scenario

LAYERS: tuple[str, ...] = ("segments", "origins", "centres", "scenario")

DESCRIPTIONS = {
    "segments": "Road segments ranked by the benefit of upgrading each alone "
    "(weighted household-hours per year)",
    "origins": "Households as origins: network node, effective weight, access leg, time to "
    "centre, exclusion reason (no personal data)",
    "centres": "Industrial centres (sentra industri) and their network node",
    "ruas": "Ruas (SK road sections) ranked by the exact joint benefit of treating all their "
    "candidate segments (weighted household-hours per year), with best stretch (STA)",
}
SYNTHETIC_NOTE = " -- SYNTHETIC DEMO DATA, not the city's data"


@dataclass
class Results:
    """A results GeoPackage read back into memory."""

    segments: gpd.GeoDataFrame
    origins: gpd.GeoDataFrame
    centres: gpd.GeoDataFrame
    record: dict[str, Any]
    path: Path | None = None
    ruas: gpd.GeoDataFrame | None = None

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


def scenario_record(analysis: Analysis) -> dict[str, Any]:
    """Everything needed to say how a result was made."""
    inputs = analysis.prepared.inputs
    timings = dict(analysis.prepared.timings)
    timings.update(analysis.timings)
    return {
        "name": analysis.scenario.name,
        "parameters": analysis.scenario.to_dict(),
        "software": versions(),
        "inputs": inputs.sources,
        "notes": inputs.notes,
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


def atomic_path(path: Path) -> Path:
    """A fresh temporary path beside ``path`` (same folder, so the rename is atomic)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    os.unlink(tmp)
    return Path(tmp)


def write_layers(
    path: str | Path,
    layers: dict[str, gpd.GeoDataFrame | pd.DataFrame],
    *,
    synthetic: bool = False,
    descriptions: dict[str, str] | None = None,
    finish: Callable[[Path], object] | None = None,
) -> Path:
    """Write several layers into one GeoPackage atomically (temp file, then rename).

    ``finish(tmp_path)`` runs on the complete temporary file before the rename (e.g. to
    add QGIS styles), so the final file appears only when everything is in it.
    """
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise InputDataError(
            "the output folder does not exist", file=str(path), fix="create the folder first"
        )
    descriptions = DESCRIPTIONS | (descriptions or {})
    tmp = atomic_path(path)
    try:
        for name, frame in layers.items():
            desc = descriptions.get(name, name) + (SYNTHETIC_NOTE if synthetic else "")
            opts = {"DESCRIPTION": desc}
            pyogrio.write_dataframe(
                _gpkg_safe(frame), tmp, layer=name, driver="GPKG", layer_options=opts,
                append=tmp.exists(),
            )  # fmt: skip
        if finish is not None:
            finish(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def _gpkg_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Nullable integers and object columns in types the GPKG driver writes cleanly."""
    out = frame.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.Int64Dtype):
            out[col] = out[col].astype("float64")  # NULL rank stays NULL (NaN)
    return out


def write_results(analysis: Analysis, path: str | Path, *, lang: str = "id") -> Path:
    """Write the results GeoPackage of the data contract, with default QGIS styles.

    ``lang`` is the language of the style's legend labels (``id`` or ``en``).
    """
    record = scenario_record(analysis)
    layers = {
        "segments": analysis.segments,
        "origins": analysis.origins,
        "centres": analysis.centres,
        "scenario": record_frame(record),
    }
    if analysis.ruas is not None:
        layers["ruas"] = analysis.ruas
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
    segments = gpd.read_file(path, layer="segments", engine="pyogrio")
    absent = [c for c in SEGMENT_COLUMNS if c not in segments.columns]
    if absent:
        raise InputDataError(f"segments layer lacks column(s) {', '.join(absent)}", file=str(path))
    segments["rank"] = segments["rank"].astype("Int64")
    origins = gpd.read_file(path, layer="origins", engine="pyogrio")
    origins["excluded"] = origins["excluded"].fillna("")
    centres = gpd.read_file(path, layer="centres", engine="pyogrio")
    row = pyogrio.read_dataframe(path, layer="scenario").iloc[0].to_dict()
    record = {k: _maybe_json(v) for k, v in row.items() if k != "geometry"}
    ruas = None
    if "ruas" in present:
        ruas = gpd.read_file(path, layer="ruas", engine="pyogrio")
        ruas["rank"] = ruas["rank"].astype("Int64")
        ruas["nomor_ruas"] = ruas["nomor_ruas"].fillna("").astype(str)
    for col in ("nomor_ruas", "nama_ruas", "status", "fungsi", "treatment", "perkerasan"):
        if col in segments:
            segments[col] = segments[col].fillna("").astype(str)
    return Results(segments=segments, origins=origins, centres=centres, record=record, path=path,
                   ruas=ruas)  # fmt: skip


def _maybe_json(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value

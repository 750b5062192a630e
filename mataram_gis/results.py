"""The one results type, and the results GeoPackage: the audit trail of every number.

:class:`Results` is what every output reads, whether it came from a live analysis
(:meth:`Results.from_analysis`, the GUI) or from a file (:func:`read_results`, the CLI). It
carries the layers, the scenario record and the engine problem
(:class:`~mataram_gis.problem.UpgradeProblem`), built once on first use: from the live
analysis when there is one, else from the file's own layers (which reproduce it exactly).

Layers (docs: ../shared/DESIGN.md, "Data contract"): ``segments``, ``origins``,
``centres`` and ``scenario`` (parameters as JSON, software version, inputs and hashes,
timings, totals), plus any of :data:`EXTRA_LAYERS`. The file is written atomically
(:mod:`mataram_gis.gpkg`) with its QGIS styles inside.

To add a results layer (e.g. ``ruas``): put its frame in ``Results.extra`` (in
:meth:`Results.from_analysis`, from the analysis), name it in :data:`EXTRA_LAYERS` and
:data:`DESCRIPTIONS`, and its columns in :mod:`mataram_gis.results_schema`.
"""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio

from mataram_gis import __version__
from mataram_gis.analysis import Analysis
from mataram_gis.condition_unknown import for_file, from_file
from mataram_gis.errors import InputDataError
from mataram_gis.gpkg import write_gpkg
from mataram_gis.results_schema import check_layer, check_nodes
from mataram_gis.scenario import Scenario

if TYPE_CHECKING:
    from mataram_gis.problem import UpgradeProblem

LAYERS: tuple[str, ...] = ("segments", "origins", "centres", "scenario")
#: Optional layers, written after ``centres`` when present and read back when in the file.
EXTRA_LAYERS: tuple[str, ...] = ("ruas", "isochrones", "kelurahan")

DESCRIPTIONS = {
    "segments": "Road segments ranked by the benefit of upgrading each alone "
    "(weighted household-hours per year)",
    "origins": "Households as origins: network node, effective weight, access leg, time to "
    "centre, exclusion reason (no personal data)",
    "centres": "Industrial centres (sentra industri) and their network node",
    "ruas": "Ruas (SK road sections) ranked by the exact joint benefit of treating all their "
    "candidate segments (weighted household-hours per year), with best stretch (STA)",
    "isochrones": "Area reaching each centre within the band's minutes (network time)",
    "kelurahan": "Kelurahan / kecamatan boundaries used to name places",
}


@dataclass
class Results:
    """An analysis's results: layers, scenario record, engine problem (one type for all).

    Attributes
    ----------
    segments, origins, centres
        The data contract's layers.
    record
        The scenario record (:func:`scenario_record`).
    path
        The file it was read from (``None`` for a live analysis).
    extra
        Optional layers (:data:`EXTRA_LAYERS`), by name.
    input_paths
        The files this result came from (``role -> path``; the results file itself when
        read from one): no output may overwrite them. Kept in memory, never published.
    """

    segments: gpd.GeoDataFrame
    origins: gpd.GeoDataFrame
    centres: gpd.GeoDataFrame
    record: dict[str, Any]
    path: Path | None = None
    extra: dict[str, gpd.GeoDataFrame] = field(default_factory=dict)
    input_paths: dict[str, Path] = field(default_factory=dict)
    _problem: UpgradeProblem | Callable[[], UpgradeProblem] | None = field(
        default=None, repr=False, compare=False
    )

    @classmethod
    def from_analysis(cls, analysis: Analysis) -> Results:
        """The results of a live analysis, without writing and reading a file."""
        from mataram_gis.problem import UpgradeProblem

        return cls(
            segments=analysis.segments,
            origins=analysis.origins,
            centres=analysis.centres,
            record=scenario_record(analysis),
            input_paths={
                str(src.get("role", "input")): Path(str(src["path"]))
                for src in analysis.prepared.inputs.sources
                if src.get("sha256") and src.get("path")
            },
            _problem=lambda: UpgradeProblem.from_analysis(analysis),
            extra={} if analysis.ruas is None else {"ruas": analysis.ruas},
        )

    @property
    def ruas(self) -> gpd.GeoDataFrame | None:
        """The ``ruas`` layer (:mod:`mataram_gis.ruas`), when the results have one."""
        return self.extra.get("ruas")

    @property
    def problem(self) -> UpgradeProblem:
        """The engine problem, built once (from the analysis, else from the layers)."""
        from mataram_gis.problem import UpgradeProblem

        if self._problem is None:
            self._problem = UpgradeProblem.from_results(self)
        elif callable(self._problem):
            self._problem = self._problem()
        return self._problem

    def layers(self) -> dict[str, pd.DataFrame]:
        """Every layer to write, in order, the scenario record last."""
        out: dict[str, pd.DataFrame] = {  # an unknown condition is written 'tidak diketahui'
            "segments": for_file(self.segments), "origins": self.origins,
            "centres": self.centres,
        }  # fmt: skip
        out.update(self.extra)
        out["scenario"] = record_frame(self.record)
        return out

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
    results: Results | Analysis,
    path: str | Path,
    *,
    lang: str = "id",
    top: int = 10,
    extra: dict[str, gpd.GeoDataFrame] | None = None,
) -> Path:
    """Write the results GeoPackage of the data contract, its QGIS styles inside.

    ``lang`` is the language of the style's legend labels (``id`` or ``en``); ``top`` how
    many top segments get a rank label; ``extra`` adds layers (e.g. ``isochrones``,
    ``kelurahan``: :func:`mataram_gis.access.enrich_analysis`) to ``Results.extra``.
    """
    from mataram_gis.outputs.qml import write_styles

    if not isinstance(results, Results):
        results = Results.from_analysis(results)
    if extra:
        results.extra.update(extra)
    return write_layers(
        path, results.layers(), synthetic=results.synthetic,
        finish=lambda tmp: write_styles(tmp, results.segments, lang=lang, top=top),
    )  # fmt: skip


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
    from_file(segments)  # 'tidak diketahui' -> the engine's stand-in + condition_source
    origins = _read_layer(path, "origins")
    origins["excluded"] = origins["excluded"].fillna("").astype(str)
    centres = _read_layer(path, "centres")
    check_nodes({"segments": segments, "origins": origins, "centres": centres}, file=str(path))
    extra = {name: _read_layer(path, name) for name in EXTRA_LAYERS if name in present}
    if "ruas" in extra:
        extra["ruas"]["rank"] = extra["ruas"]["rank"].astype("Int64")
        extra["ruas"]["nomor_ruas"] = extra["ruas"]["nomor_ruas"].fillna("").astype(str)
    for col in ("nomor_ruas", "nama_ruas", "status", "fungsi", "treatment", "perkerasan"):
        if col in segments:
            segments[col] = segments[col].fillna("").astype(str)
    return Results(
        segments=segments, origins=origins, centres=centres, record=_read_record(path),
        path=path, extra=extra, input_paths={"--results": path},
    )  # fmt: skip


def _read_layer(path: Path, name: str) -> gpd.GeoDataFrame:
    """One layer of a results file, checked (:mod:`mataram_gis.results_schema`).

    Read through Arrow: the same frame as the row route (tests/test_results_read_arrow.py),
    four to five times faster (issue 15: 234,566 segments at scale 16).
    """
    try:
        frame = gpd.read_file(path, layer=name, engine="pyogrio", use_arrow=True)
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

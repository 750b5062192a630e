"""The one GeoPackage layer writer: several layers into one file, atomically.

Results, portfolios, corridors, projects and the demo data all go through
:func:`write_gpkg`. Layers are written into a temporary GeoPackage beside the target
(:mod:`mataram_gis.atomic`); ``finish(tmp)`` then runs on the complete temporary file (the
QGIS styles are stored this way), and only then is the file renamed into place.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pandas as pd
import pyogrio

from mataram_gis.atomic import atomic_target

logger = logging.getLogger(__name__)

#: Appended to every layer description of a file made from the synthetic demo.
SYNTHETIC_NOTE = " -- SYNTHETIC DEMO DATA, not the city's data"


def gpkg_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Nullable integers as floats (a NULL rank stays NULL); everything else as is.

    A new frame sharing the other columns (``frame`` itself is not changed).
    """
    out = frame.copy(deep=False)
    for name, dtype in frame.dtypes.items():
        if isinstance(dtype, pd.Int64Dtype):
            out[name] = frame[name].astype("float64")
    return out


def arrow_safe(frame: pd.DataFrame) -> bool:
    """True when writing ``frame`` through Arrow gives the very file the row route gives.

    Arrow writes about twice as fast (issue 15), and types every column the same way as
    the row route, except an object column holding numbers or booleans: the row route
    stores it as TEXT, Arrow as a number. Such a frame is written the row way.
    """
    geometry = getattr(frame, "_geometry_column_name", None)
    return not any(
        pd.api.types.is_object_dtype(dtype)
        and name != geometry
        and pd.api.types.infer_dtype(frame[name], skipna=True) not in ("string", "empty")
        for name, dtype in frame.dtypes.items()
    )


@contextlib.contextmanager
def _unsynced() -> Iterator[None]:
    """SQLite without a flush to disk at each commit, for the temporary file only; GDAL
    without SpatiaLite; pandas-to-Arrow conversion in this thread. The same file.

    :func:`mataram_gis.atomic.atomic_target` flushes the complete file (``fsync``) before
    renaming it into place, so the per-commit flushes of every layer only cost time. GDAL
    opens the file once per layer and would register SpatiaLite's SQL functions each time,
    which writing a GeoPackage never calls (a third of each opening). The columns are Arrow
    already or converted in milliseconds: the threads pyarrow would start per layer for a
    long table cost more than they save (the same table either way).
    """
    import pyarrow as pa

    options = {"OGR_SQLITE_SYNCHRONOUS": "OFF", "SPATIALITE_LOAD": "NO"}
    old, cpus = {k: pyogrio.get_gdal_config_option(k) for k in options}, pa.cpu_count()
    pyogrio.set_gdal_config_options(options)
    pa.set_cpu_count(1)
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options(old)
        pa.set_cpu_count(cpus)


def write_gpkg(
    path: str | Path,
    layers: Mapping[str, pd.DataFrame],
    *,
    descriptions: Mapping[str, str] | None = None,
    synthetic: bool = False,
    finish: Callable[[Path], object] | None = None,
    pause_s: float = 0.0,
) -> Path:
    """Write ``layers`` (name -> GeoDataFrame or table) into the GeoPackage ``path``.

    Parameters
    ----------
    path
        The GeoPackage to write (replaced atomically when complete).
    layers
        Layers in writing order; plain DataFrames become attribute tables.
    descriptions
        Layer descriptions stored in ``gpkg_contents`` (default: the layer name).
    synthetic
        Mark every layer's description as synthetic demo data.
    finish
        Called with the complete temporary file before the rename (e.g. to add styles).
    pause_s
        Seconds to wait after each layer (tests use it to kill a write midway).

    Raises
    ------
    OutputError
        When the file cannot be written.
    """
    path = Path(path)
    descriptions = descriptions or {}
    with atomic_target(path) as tmp, _unsynced():
        for name, frame in layers.items():
            desc = descriptions.get(name, name) + (SYNTHETIC_NOTE if synthetic else "")
            frame = gpkg_safe(frame)
            pyogrio.write_dataframe(
                frame, tmp, layer=name, driver="GPKG", layer_options={"DESCRIPTION": desc},
                append=tmp.exists(), use_arrow=arrow_safe(frame),
            )  # fmt: skip
            if pause_s:
                time.sleep(pause_s)
        if finish is not None:
            finish(tmp)
    logger.info("written %s (%s)", path, ", ".join(layers))
    return path

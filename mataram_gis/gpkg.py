"""The one GeoPackage layer writer: several layers into one file, atomically.

Results, portfolios, corridors, projects and the demo data all go through
:func:`write_gpkg`. Layers are written into a temporary GeoPackage beside the target
(:mod:`mataram_gis.atomic`); ``finish(tmp)`` then runs on the complete temporary file (the
QGIS styles are stored this way), and only then is the file renamed into place.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import numpy as np
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


#: Column types written straight to Arrow (booleans, integers, floats; texts as below).
_PLAIN_KINDS = frozenset("biuf")


def _plain(dtype: object) -> bool:
    """A column type Arrow takes as it is: pandas texts, numpy booleans and numbers."""
    if isinstance(dtype, pd.StringDtype):
        return True
    return isinstance(dtype, np.dtype) and dtype.kind in _PLAIN_KINDS


def arrow_table(frame: pd.DataFrame) -> tuple[object, dict[str, object]] | None:
    """The Arrow table and geometry arguments that ``pyogrio.write_dataframe(frame,
    use_arrow=True)`` hands to ``pyogrio.write_arrow``, built column by column; None when
    the frame needs pyogrio's own checks (then write it with ``write_dataframe``).

    Only plain frames take this route: columns of booleans, numbers or pandas texts (no
    object, categorical or date columns) and, for a layer, non-empty 2-D geometries of one
    type. For them ``write_dataframe`` makes the geometry WKB (geopandas' ``to_wkb``), the
    table with ``pyarrow.Table.from_pandas`` (each column ``pyarrow.array(column,
    from_pandas=True)``), the geometry type from the one type and the CRS as ``EPSG:n`` or
    GDAL's WKT: the same, here, without its per-layer frame copies and pandas metadata
    (about a third of the writing time of a small layer; the same file:
    tests/test_gpkg_direct.py).
    """
    import pyarrow as pa

    geometry_name = None
    if not frame.columns.is_unique:
        return None
    for name, dtype in frame.dtypes.items():
        if str(dtype) == "geometry" and geometry_name is None:
            geometry_name = name
        elif not _plain(dtype):
            return None
    columns = {name: frame[name] for name in frame.columns}
    geometry: dict[str, object] = {}
    if geometry_name is not None:
        import shapely
        from geopandas.array import to_wkb

        series = frame[geometry_name]
        geoms = np.asarray(series.array)
        kinds = shapely.get_type_id(geoms)
        if (
            len(geoms) == 0
            or (kinds != kinds[0]).any()
            or kinds[0] < 0
            or shapely.is_empty(geoms).any()
            or shapely.has_z(geoms).any()
        ):
            return None
        crs = series.crs
        if crs:
            epsg = crs.to_epsg()
            crs = f"EPSG:{epsg}" if epsg else crs.to_wkt("WKT1_GDAL")
        columns[geometry_name] = to_wkb(series.array)
        geometry = {"geometry_name": geometry_name, "geometry_type": geoms[0].geom_type,
                    "crs": crs or None}  # fmt: skip
    arrays = [pa.array(col, from_pandas=True) for col in columns.values()]
    return pa.Table.from_arrays(arrays, names=[str(n) for n in columns]), geometry


#: Held while :func:`_unsynced` has changed GDAL's and pyarrow's process-wide settings (the
#: GUI may write two GeoPackages from two threads; each restores what it found).
_SETTINGS_LOCK = threading.RLock()


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
    with _SETTINGS_LOCK:  # process-wide settings: two writes at once must not cross restores
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
            options = {"layer": name, "driver": "GPKG", "append": tmp.exists(),
                       "layer_options": {"DESCRIPTION": desc}}  # fmt: skip
            direct = arrow_table(frame)
            if direct is None:
                pyogrio.write_dataframe(frame, tmp, use_arrow=arrow_safe(frame), **options)
            else:
                table, geometry = direct
                pyogrio.write_arrow(table, str(tmp), **geometry, **options)
            if pause_s:
                time.sleep(pause_s)
        if finish is not None:
            finish(tmp)
    logger.info("written %s (%s)", path, ", ".join(layers))
    return path

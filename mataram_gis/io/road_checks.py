"""Checks on a road layer that run before any heavy work (issue 9, findings 8 and 9).

- the snapping tolerance is a finite number of metres between 0 and :data:`MAX_TOLERANCE_M`;
- every coordinate is a finite number;
- the coordinates fit the declared CRS: degrees within +-180/+-90 for a geographic CRS, and
  for a projected one inside the CRS's area of use and not a tiny block of degree-like numbers
  (lon/lat saved under a UTM code);
- lines of zero length are skipped, and a layer of nothing else is refused by name.

Messages name the file and a fix that exists on the command line (``--roads-crs``,
``--tolerance``).
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from pyproj import CRS, Transformer

from mataram_gis.errors import InputDataError, UsageError
from mataram_gis.io.validate import rows_text

MAX_TOLERANCE_M = 50.0
"""Largest snapping tolerance accepted (metres): beyond it distinct streets merge."""

_CRS_FIX = (
    "give the right CRS with --roads-crs (e.g. --roads-crs 32750 for UTM zone 50S, Mataram's "
    "metric CRS, or --roads-crs 4326 for longitude/latitude), or set the layer's CRS in QGIS "
    "(Layer > Set CRS) and save it again"
)


def check_tolerance(value: object) -> float:
    """Return the snapping tolerance in metres, or raise :class:`UsageError`.

    Parameters
    ----------
    value
        The tolerance as given (number or text).

    Returns
    -------
    float
    """
    try:
        tol = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        tol = math.nan
    if not (math.isfinite(tol) and 0.0 <= tol <= MAX_TOLERANCE_M):
        raise UsageError(
            f"the topology tolerance must be a distance from 0 to {MAX_TOLERANCE_M:g} m, "
            f"not {value!r}",
            where="--tolerance",
            fix="leave it out to use the tolerance proposed from the data, or give the "
            "largest gap (metres) between line ends that should meet, e.g. --tolerance 3",
        )
    return tol


def check_finite(geoms: np.ndarray, *, rows: np.ndarray, file: str) -> None:
    """Raise naming the rows whose lines have a coordinate that is NaN or infinite."""
    coords, index = shapely.get_coordinates(geoms, return_index=True)
    bad_coord = ~np.isfinite(coords).all(axis=1)
    if bad_coord.any():
        bad = np.unique(index[bad_coord])
        raise InputDataError(
            f"{rows_text(rows[bad])}: coordinates that are not numbers (NaN or infinite)",
            file=file,
            where="geometry",
            fix="repair or delete these lines in a GIS and save the layer again",
        )


def check_crs_fits(geoms: np.ndarray, crs: CRS, *, rows: np.ndarray, file: str) -> None:
    """Raise when the coordinates cannot be in the declared CRS (see module doc).

    Parameters
    ----------
    geoms
        LineStrings with finite coordinates.
    crs
        The layer's (declared or given) CRS.
    rows
        1-based feature numbers, for messages.
    file
        For messages.
    """
    if len(geoms) == 0:
        return
    xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
    name = f"{crs.name} (EPSG:{crs.to_epsg()})" if crs.to_epsg() else crs.name
    if crs.is_geographic:
        if max(abs(xmin), abs(xmax)) > 180 or max(abs(ymin), abs(ymax)) > 90:
            raise InputDataError(
                f"the layer declares {name}, in degrees, but its coordinates reach "
                f"x {_num(xmin)}..{_num(xmax)}, y {_num(ymin)}..{_num(ymax)}: these look like "
                "metres of a projected CRS (e.g. UTM), not longitude/latitude",
                file=file,
                where="CRS",
                fix=_CRS_FIX,
            )
        return
    degree_like = max(abs(xmin), abs(xmax)) <= 180 and max(abs(ymin), abs(ymax)) <= 90
    if degree_like and max(xmax - xmin, ymax - ymin) < 10:
        raise InputDataError(
            f"the layer declares {name}, a projected CRS in metres, but all its coordinates "
            f"lie within x {_num(xmin)}..{_num(xmax)}, y {_num(ymin)}..{_num(ymax)}: a road "
            "network a few metres across? These look like longitude/latitude degrees",
            file=file,
            where="CRS",
            fix=_CRS_FIX,
        )
    _check_area_of_use(geoms, crs, rows=rows, file=file, name=name)


def _check_area_of_use(
    geoms: np.ndarray, crs: CRS, *, rows: np.ndarray, file: str, name: str
) -> None:
    """Raise naming the rows with a bounding-box corner outside the CRS's area of use."""
    area = crs.area_of_use
    box = shapely.bounds(geoms)
    corners = np.vstack([box[:, :2], box[:, 2:]])
    if area is None:
        bad = np.flatnonzero(np.abs(box).max(axis=1) > 1e8)
        where_text = "beyond any place on Earth"
    else:
        with np.errstate(all="ignore"):
            lon, lat = Transformer.from_crs(crs, 4326, always_xy=True).transform(
                corners[:, 0], corners[:, 1]
            )
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        margin = 2.0
        inside = (
            np.isfinite(lon)
            & np.isfinite(lat)
            & (lon >= area.west - margin)
            & (lon <= area.east + margin)
            & (lat >= area.south - margin)
            & (lat <= area.north + margin)
        )
        bad = np.flatnonzero(~inside.reshape(2, -1).all(axis=0))
        where_text = f"outside the area of {name} ({area.name})"
    if len(bad):
        raise InputDataError(
            f"{rows_text(rows[bad])}: lines lie {where_text}; the declared CRS does not fit "
            "the coordinates",
            file=file,
            where="CRS",
            fix=_CRS_FIX,
        )


def _num(value: float) -> str:
    return f"{value:,.6g}"


def zero_length(geoms: np.ndarray, *, rows: np.ndarray, file: str) -> np.ndarray:
    """Mask of lines with zero length; raise when every line has zero length.

    Parameters
    ----------
    geoms
        LineStrings with finite coordinates.
    rows
        1-based feature numbers, for messages.
    file
        For messages.
    """
    zero = ~(shapely.length(geoms) > 0)
    if len(geoms) and zero.all():
        raise InputDataError(
            f"all {len(geoms)} lines have zero length (each starts and ends on the same "
            "point), so there is no road to route on",
            file=file,
            where="geometry",
            fix="export the road lines again with their vertices (are these points saved as "
            "lines?)",
        )
    return zero

"""Why households were left out, and refusing a run in which nobody can benefit.

A ranking in which no household can gain (every household off the network, none able to
reach a centre, or every weight zero) is a ranking of zeros that looks like a result: it is
refused with the likely cause. A run that leaves most households out still runs but carries
a warning (``Analysis.summary()["warnings"]``) that the CLI, the GUI and the briefing show.
"""

from __future__ import annotations

import logging

import geopandas as gpd
import numpy as np

from mataram_gis.errors import InputDataError

logger = logging.getLogger(__name__)

#: Share of excluded households above which a run warns loudly.
WARN_EXCLUDED_SHARE = 0.5

#: Largest household weight accepted (producers or members of one household point). A
#: larger number is a typing or export error, and 1e308 would overflow the benefits to inf.
MAX_WEIGHT = 1e6

#: Keys of :func:`exclusion_counts`, in the order messages list them.
REASONS: tuple[str, ...] = ("far_from_roads", "no_route_to_centre", "unknown_centre")


def check_weights(weight: np.ndarray, *, file: str | None, where: str) -> np.ndarray:
    """Raise unless every household weight is a finite number from 0 to :data:`MAX_WEIGHT`.

    Parameters
    ----------
    weight
        Producers (or members) per household, as floats.
    file, where
        The file and column (or layer) for the message.

    Returns
    -------
    numpy.ndarray
        ``weight`` as a float array.
    """
    from mataram_gis.io.validate import rows_text  # the io package only when it fails

    w = np.asarray(weight, dtype=float)
    bad = ~np.isfinite(w) | (w < 0) | (w > MAX_WEIGHT)
    if bad.any():
        rows = np.flatnonzero(bad)
        raise InputDataError(
            f"{rows_text(rows + 1)}: weight {w[rows[0]]:g} is not a number from 0 to "
            f"{MAX_WEIGHT:g}",
            file=file,
            where=where,
            fix="weights count the producers or members of one household: use a number from "
            f"0 to {MAX_WEIGHT:g}",
        )
    return w


def exclusion_counts(origins: gpd.GeoDataFrame) -> dict[str, int]:
    """Households excluded per reason, and used households that weigh nothing.

    Returns
    -------
    dict
        ``far_from_roads`` (no road within the snapping distance: coordinates, CRS),
        ``no_route_to_centre`` (roads nearby, none leading to a centre),
        ``unknown_centre`` (names a centre not in the centres file), and
        ``zero_weight`` (used, but producers x equity weight is 0).
    """
    reason = origins["excluded"].fillna("").astype(str)
    excluded = reason != ""
    unknown = reason.str.startswith("centre '")
    no_route = reason.str.contains("leads to a centre", regex=False)
    weight = origins["weight"].to_numpy(float)
    return {
        "far_from_roads": int((excluded & ~unknown & ~no_route).sum()),
        "no_route_to_centre": int(no_route.sum()),
        "unknown_centre": int(unknown.sum()),
        "zero_weight": int(((~excluded).to_numpy() & (weight == 0)).sum()),
    }


def _parts(counts: dict[str, int], *, snap_m: float | None) -> list[str]:
    snap = f"{snap_m:.0f} m" if snap_m is not None else "the snapping distance"
    words = {
        "far_from_roads": f"{{}} have no road within {snap}",
        "no_route_to_centre": f"{{}} have roads within {snap} but none leads to a centre",
        "unknown_centre": "{} name a centre that is not in the centres file",
        "zero_weight": "{} weigh 0 (producers 0, or equity weight 0 for their desil)",
    }
    return [words[k].format(counts[k]) for k in (*REASONS, "zero_weight") if counts[k]]


def refuse_no_benefit(origins: gpd.GeoDataFrame, *, snap_distance_m: float) -> None:
    """Raise when no household can benefit from any upgrade, naming the likely cause.

    Raises
    ------
    InputDataError
        When there are no households, or none is used with a weight above zero.
    """
    n = len(origins)
    weight = origins["weight"].to_numpy(float)
    able = (origins["excluded"].fillna("").astype(str) == "").to_numpy() & (weight > 0)
    if n and able.any():
        return
    if n == 0:
        raise InputDataError(
            "there are no households, so no road upgrade can benefit anyone",
            where="households",
            fix="load the households file with its rows",
        )
    counts = exclusion_counts(origins)
    cause = max(counts, key=lambda k: counts[k])
    fix = {
        "far_from_roads": "check the households' coordinates and CRS (lon/lat swapped? x/y "
        "with the wrong EPSG code?) and that the roads cover the same area; or raise the "
        "scenario's snap_distance_m",
        "no_route_to_centre": "check the centres (are they on the main road network?) and "
        "the roads around the households (disconnected pieces, one-way errors, a travel mode "
        "that may not use them)",
        "unknown_centre": "use the centre ids of the centres file in the households' centre "
        "column, or leave it empty to use the nearest centre",
        "zero_weight": "check the households' weight column (producers) and the scenario's "
        "equity_weights: at least one must be above 0",
    }[cause]
    raise InputDataError(
        f"no household can benefit from any upgrade: of {n} households, "
        + "; ".join(_parts(counts, snap_m=snap_distance_m)),
        where="households",
        fix=fix,
    )


def exclusion_warnings(origins: gpd.GeoDataFrame, *, snap_distance_m: float | None) -> list[str]:
    """Warnings for ``summary()["warnings"]``: most households excluded (> 50 %)."""
    n = len(origins)
    excluded = int((origins["excluded"].fillna("").astype(str) != "").sum())
    if n == 0 or excluded <= WARN_EXCLUDED_SHARE * n:
        return []
    counts = exclusion_counts(origins)
    counts["zero_weight"] = 0
    return [
        f"most households are excluded: {excluded} of {n} ({100 * excluded / n:.0f} %): "
        + "; ".join(_parts(counts, snap_m=snap_distance_m))
        + ". Check their coordinates and CRS, the centres and the roads before using "
        "this ranking"
    ]


def log_exclusions(origins: gpd.GeoDataFrame, *, snap_distance_m: float) -> list[str]:
    """Refuse a run nobody can benefit from; log and return the warnings of the rest."""
    refuse_no_benefit(origins, snap_distance_m=snap_distance_m)
    warnings = exclusion_warnings(origins, snap_distance_m=snap_distance_m)
    for text in warnings:
        logger.warning("%s", text)
    return warnings

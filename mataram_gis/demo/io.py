"""Write the SYNTHETIC demo city as ordinary files (GeoPackage and CSV), atomically."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

from mataram_gis.demo import names as dn
from mataram_gis.demo.city import ROAD_COLUMNS, make_demo
from mataram_gis.demo.inventory import price_table, ruas_table, survey_table

log = logging.getLogger(__name__)

ROADS_DESCRIPTION = f"Road segments. {dn.SYNTHETIC_NOTE}."
RIVERS_DESCRIPTION = f"River centre lines. {dn.SYNTHETIC_NOTE}."
CENTRE_COLUMNS = ["centre_id", "name", "sector", "lon", "lat", "synthetic"]
HOUSEHOLD_COLUMNS = ["household_id", "weight", "desil", "centre", "lon", "lat", "synthetic"]


def _atomic(path: Path, write: Callable[[Path], None]) -> Path:
    """Write via ``write(tmp)`` to a temporary file beside ``path``, then rename over it."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # GDAL wants to create the GeoPackage itself
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        for p in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            p.unlink(missing_ok=True)
        raise
    return path


def _lonlat(frame: gpd.GeoDataFrame) -> pd.DataFrame:
    ll = frame.geometry.to_crs("EPSG:4326")
    return pd.DataFrame({"lon": ll.x.map("{:.6f}".format), "lat": ll.y.map("{:.6f}".format)})


def _inventory_tables(roads: gpd.GeoDataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The demo's SK ruas list and per-100 m IRI survey, from its network."""
    from mataram_gis.inventory import enrich_segments
    from mataram_gis.network import build_network

    net = build_network(roads)
    segs, _ = enrich_segments(net.segments, net.node_xy)
    return ruas_table(segs), survey_table(segs)


def write_demo(out_dir: str | Path, *, scale: int = 1, seed: int = 2023) -> dict[str, Path]:
    """Generate the synthetic demo city and write it as files.

    Parameters
    ----------
    out_dir : str or pathlib.Path
        Folder to write into (created if missing).
    scale : int, default 1
        Size factor, see :func:`make_demo`.
    seed : int, default 2023
        Random seed, see :func:`make_demo`.

    Returns
    -------
    dict of str to pathlib.Path
        ``"roads"``: ``roads.gpkg`` (layer ``roads``, EPSG:32750, plus layer ``rivers``),
        ``"centres"``: ``centres.csv`` (``centre_id,name,sector,lon,lat,synthetic``),
        ``"households"``: ``households.csv``
        (``household_id,weight,desil,centre,lon,lat,synthetic``; WGS84 lon/lat with six
        decimals; ``centre`` empty for households that go to their nearest centre),
        ``"ruas"``: ``daftar_ruas.csv`` (an SK-style ruas list), ``"survey"``:
        ``survei_iri.csv`` (per-100 m IRI survey rows by nomor ruas and STA) and
        ``"prices"``: ``harga_satuan.csv`` (the indicative unit-price table, in the shape
        a city replaces it with its own); docs/INPUTS.md describes these shapes.

    Notes
    -----
    Each file is written to a temporary name in ``out_dir`` and renamed into place, so an
    existing file is never left half-written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = make_demo(scale=scale, seed=seed)

    def roads_gpkg(tmp: Path) -> None:
        pyogrio.write_dataframe(
            data.roads[[*ROAD_COLUMNS, "geometry"]],
            tmp,
            layer="roads",
            driver="GPKG",
            layer_options={"DESCRIPTION": ROADS_DESCRIPTION},
        )
        if data.rivers is not None:
            pyogrio.write_dataframe(
                data.rivers,
                tmp,
                layer="rivers",
                driver="GPKG",
                layer_options={"DESCRIPTION": RIVERS_DESCRIPTION},
            )

    c = data.centres
    centres = pd.concat(
        [c[["centre_id", "name", "sector"]].reset_index(drop=True), _lonlat(c)], axis=1
    )
    centres["synthetic"] = c["synthetic"].to_numpy()
    h = data.households
    households = pd.DataFrame(
        {
            "household_id": h["household_id"].to_numpy(),
            "weight": h["weight"].round().astype("int64").to_numpy(),
            "desil": h["category"].to_numpy(),
            "centre": h["centre"].to_numpy(),
        }
    )
    households = pd.concat([households, _lonlat(h).reset_index(drop=True)], axis=1)
    households["synthetic"] = h["synthetic"].to_numpy()

    ruas, survey = _inventory_tables(data.roads)
    paths = {
        "roads": _atomic(out / "roads.gpkg", roads_gpkg),
        "centres": _atomic(
            out / "centres.csv", lambda p: centres[CENTRE_COLUMNS].to_csv(p, index=False)
        ),
        "households": _atomic(
            out / "households.csv",
            lambda p: households[HOUSEHOLD_COLUMNS].to_csv(p, index=False),
        ),
        "ruas": _atomic(out / "daftar_ruas.csv", lambda p: ruas.to_csv(p, index=False)),
        "survey": _atomic(out / "survei_iri.csv", lambda p: survey.to_csv(p, index=False)),
        "prices": _atomic(
            out / "harga_satuan.csv", lambda p: price_table().to_csv(p, index=False)
        ),
    }
    log.info("wrote synthetic demo data to %s", out)
    return paths

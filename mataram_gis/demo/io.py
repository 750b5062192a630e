"""Write the SYNTHETIC demo city as ordinary files (GeoPackage and CSV), atomically."""

from __future__ import annotations

import logging
from pathlib import Path

import geopandas as gpd
import pandas as pd

from mataram_gis.atomic import write_atomic
from mataram_gis.demo import names as dn
from mataram_gis.demo.city import ROAD_COLUMNS, make_demo
from mataram_gis.demo.inventory import price_table, ruas_table, survey_table
from mataram_gis.gpkg import write_gpkg

log = logging.getLogger(__name__)

ROADS_DESCRIPTION = f"Road segments. {dn.SYNTHETIC_NOTE}."
RIVERS_DESCRIPTION = f"River centre lines. {dn.SYNTHETIC_NOTE}."
CENTRE_COLUMNS = ["centre_id", "name", "sector", "lon", "lat", "synthetic"]
HOUSEHOLD_COLUMNS = ["household_id", "weight", "desil", "centre", "lon", "lat", "synthetic"]


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

    road_layers = {"roads": data.roads[[*ROAD_COLUMNS, "geometry"]]}
    if data.rivers is not None:
        road_layers["rivers"] = data.rivers
    descriptions = {"roads": ROADS_DESCRIPTION, "rivers": RIVERS_DESCRIPTION}

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
        "roads": write_gpkg(out / "roads.gpkg", road_layers, descriptions=descriptions),
        "centres": write_atomic(
            out / "centres.csv", lambda p: centres[CENTRE_COLUMNS].to_csv(p, index=False)
        ),
        "households": write_atomic(
            out / "households.csv",
            lambda p: households[HOUSEHOLD_COLUMNS].to_csv(p, index=False),
        ),
        "ruas": write_atomic(out / "daftar_ruas.csv", lambda p: ruas.to_csv(p, index=False)),
        "survey": write_atomic(out / "survei_iri.csv", lambda p: survey.to_csv(p, index=False)),
        "prices": write_atomic(
            out / "harga_satuan.csv", lambda p: price_table().to_csv(p, index=False)
        ),
    }
    log.info("wrote synthetic demo data to %s", out)
    return paths

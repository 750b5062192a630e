"""The SYNTHETIC demo city's road inventory: nomor ruas, status, fungsi, pavement, IRI.

Like everything in the demo it is invented: ruas numbers follow the shape of a city's SK
ruas list (city roads ``001``, ``002``...; national ``N-01``..., provincial ``P-01``...),
arterials and collectors carry a "measured" IRI drawn inside their condition's band, the
rest only a condition category. :func:`ruas_table` and :func:`survey_table` write the
inventory in the shapes a city keeps it (docs/INPUTS.md), so the demo exercises the
inventory reader too.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from mataram_gis import statuses
from mataram_gis.condition import CONDITIONS
from mataram_gis.corridors import corridor_labels
from mataram_gis.network import unique_rows

#: IRI range (m/km) drawn for each condition (inside the Bina Marga bands).
IRI_RANGE: dict[str, tuple[float, float]] = {
    "baik": (2.0, 3.9),
    "sedang": (4.2, 7.8),
    "rusak ringan": (8.2, 11.8),
    "rusak berat": (12.3, 17.0),
}
SURVEYED_FUNGSI = ("arteri", "kolektor")
PREFIX = {"nasional": "N-", "provinsi": "P-"}


def _nodes(roads: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray, int]:
    import shapely

    g = roads.geometry.to_numpy()
    ends = np.vstack(
        [
            shapely.get_coordinates(shapely.get_point(g, 0)),
            shapely.get_coordinates(shapely.get_point(g, -1)),
        ]
    )
    keys = np.rint(ends / 0.01).astype(np.int64)
    _, inv = unique_rows(keys)
    n = len(g)
    return inv[:n], inv[n:], int(inv.max()) + 1


def add_inventory(roads: gpd.GeoDataFrame, *, seed: int) -> gpd.GeoDataFrame:
    """The demo roads with ``nomor_ruas``, ``status``, ``fungsi``, ``perkerasan``, ``iri``."""
    rng = np.random.default_rng([seed, 11])
    out = roads.copy()
    status = out["authority"].astype(str).replace("", "kota").to_numpy(object)
    fungsi = statuses.fungsi_from_highway(out["highway"].to_numpy())
    u, v, n_nodes = _nodes(out)
    names = out["name"].astype(str).to_numpy(object)
    named = np.flatnonzero(names != "")
    lab = corridor_labels(u[named], v[named], names[named], n_nodes=n_nodes)
    frame = pd.DataFrame(
        {
            "lab": lab,
            "name": names[named],
            "status": status[named],
            "fungsi": fungsi[named],
            "len": out.geometry.length.to_numpy()[named],
        }
    )
    per = frame.groupby("lab").agg(name=("name", "first"), len=("len", "sum"))
    per["status"] = frame.groupby(["lab", "status"])["len"].sum().unstack(fill_value=0).idxmax(1)
    rank_f = {f: i for i, f in enumerate(statuses.FUNGSI)}
    frame["f"] = np.array([rank_f[x] for x in frame["fungsi"]], dtype=np.int64)
    per["f"] = frame.groupby("lab")["f"].min()
    per = per.sort_values(["f", "name"], kind="stable").reset_index()
    per["nomor"] = ""
    for st in ("kota", "nasional", "provinsi"):
        sel = per["status"] == st
        width = 3 if st == "kota" else 2
        num = np.char.zfill((np.arange(sel.sum()) + 1).astype(str), width)
        per.loc[sel, "nomor"] = np.char.add(PREFIX.get(st, ""), num)
        # a ruas takes the status the SK lists it under
    nomor = np.full(len(out), "", dtype=object)
    lookup = dict(zip(per["lab"], per["nomor"], strict=True))
    nomor[named] = [lookup[x] for x in lab]
    st_of = dict(zip(per["nomor"], per["status"], strict=True))
    status[named] = [st_of[x] for x in nomor[named]]
    cond = out["condition"].astype(str).to_numpy()
    iri = np.full(len(out), np.nan)
    surveyed = np.isin(fungsi, SURVEYED_FUNGSI)
    for c in CONDITIONS:
        sel = surveyed & (cond == c)
        lo, hi = IRI_RANGE[c]
        iri[sel] = np.round(lo + rng.random(int(sel.sum())) * (hi - lo), 1)
    out["nomor_ruas"] = nomor.astype(str)
    out["status"] = status.astype(str)
    out["fungsi"] = fungsi.astype(str)
    out["perkerasan"] = statuses.perkerasan_from_surface(out["surface"].to_numpy()).astype(str)
    out["iri"] = iri
    return out[[c for c in out.columns if c != "geometry"] + ["geometry"]]


def ruas_table(segments: pd.DataFrame) -> pd.DataFrame:
    """An SK-style ruas list from enriched segments: one row per numbered ruas."""
    s = segments.loc[segments["nomor_source"] == "input"]
    g = s.groupby("nomor_ruas", sort=True)
    out = pd.DataFrame(
        {
            "nomor_ruas": list(g.groups),
            "nama_ruas": g["nama_ruas"].first().to_numpy(),
            "status": g["status"].first().to_numpy(),
            "fungsi": g["fungsi"].first().to_numpy(),
            "panjang_m": g["length_m"].sum().round(0).to_numpy(),
            "lebar_m": g["lebar_m"].median().round(1).to_numpy(),
            "perkerasan": g["perkerasan"].agg(lambda x: x.mode().iloc[0]).to_numpy(),
        }
    )
    for c in CONDITIONS:
        m = s.loc[s["condition"] == c].groupby("nomor_ruas")["length_m"].sum()
        out[f"{c.replace(' ', '_')}_m"] = out["nomor_ruas"].map(m).fillna(0.0).round(0).to_numpy()
    return out


def sta_text(metres: np.ndarray) -> np.ndarray:
    """STA notation ``k+mmm`` of whole metres."""
    m = np.rint(np.asarray(metres, float)).astype(np.int64)
    return np.char.add(
        np.char.add((m // 1000).astype(str), "+"), np.char.zfill((m % 1000).astype(str), 3)
    )


def survey_table(segments: pd.DataFrame, *, step_m: float = 100.0) -> pd.DataFrame:
    """Per-``step_m`` survey rows (nomor ruas, STA, IRI) of the ruas with a measured IRI.

    Each row's IRI is the IRI of the segment at the row's middle, so the survey joined
    back onto the network gives the segments their own condition class.
    """
    s = segments.loc[
        np.isfinite(segments["iri"].astype(float)) & (segments["nomor_source"] == "input")
    ]
    rows = []
    for nomor, part in s.groupby("nomor_ruas", sort=True):
        a = part["sta_from_m"].to_numpy(float)
        b = part["sta_to_m"].to_numpy(float)
        iri = part["iri"].to_numpy(float)
        start = np.floor(a.min() / step_m) * step_m
        edges = np.arange(start, b.max() + step_m, step_m)
        for lo, hi in zip(edges[:-1], np.minimum(edges[1:], b.max()), strict=True):
            mid = 0.5 * (lo + hi)
            hit = np.flatnonzero((a <= mid) & (mid < b))
            if hi > lo and len(hit):
                rows.append((nomor, lo, hi, iri[hit[0]]))
    frame = pd.DataFrame(rows, columns=["nomor_ruas", "a", "b", "iri"])
    return pd.DataFrame(
        {
            "nomor_ruas": frame["nomor_ruas"],
            "sta_awal": sta_text(frame["a"]),
            "sta_akhir": sta_text(frame["b"]),
            "iri": frame["iri"],
        }
    )


def price_table() -> pd.DataFrame:
    """The built-in indicative price table in the file shape a city replaces (long form)."""
    from mataram_gis.treatments import DEFAULT_PRICES_RP_M2

    rows = [(t, p, v) for t, row in DEFAULT_PRICES_RP_M2.items() for p, v in row.items()]
    return pd.DataFrame(rows, columns=["penanganan", "perkerasan", "harga_satuan"])

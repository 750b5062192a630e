"""The road inventory on the network: ruas, status, fungsi, width, pavement, STA, condition.

:func:`enrich_segments` gives every segment of the network the inventory fields of the data
contract (``nomor_ruas``, ``nama_ruas``, ``status``, ``status_source``, ``fungsi``,
``lebar_m``, ``perkerasan``, ``sta_from_m``, ``sta_to_m``, ``iri``), from, in order of
precedence:

1. the city's survey rows (per 100/200 m, keyed by nomor ruas and STA): a segment takes the
   length-weighted mean of the IRI/SDI/PCI of the survey rows it overlaps, classed by the
   bands of :mod:`mataram_gis.condition` (rows with only a category: the category covering
   most of the segment, ties to the worse);
2. the city's ruas list (SK): status, fungsi, width and pavement of each ruas, matched to
   the network by ``nomor_ruas`` where the road file carries it, else by street name;
3. the road file's own columns;
4. documented estimates (:mod:`mataram_gis.statuses`): status from the OSM class
   (``status_source = estimated``), fungsi from the class, width by fungsi.

Segments no ruas covers are grouped like corridors (named connected pieces, unnamed chains)
and numbered ``K00001``... (``nomor_source = generated``), so every segment belongs to one
ruas. STA (chainage) runs along each ruas from its west-most end unless the road file
gives ``sta_awal``/``sta_akhir``. Inventory rows that match nothing are reported by nomor
ruas, never dropped silently.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components, dijkstra

from mataram_gis import condition as cond
from mataram_gis import statuses
from mataram_gis.corridors import corridor_labels
from mataram_gis.io.inventory import RoadInventory

logger = logging.getLogger(__name__)

#: Inventory columns every enriched segment carries.
INVENTORY_FIELDS: tuple[str, ...] = (
    "nomor_ruas",
    "nama_ruas",
    "status",
    "status_source",
    "fungsi",
    "lebar_m",
    "perkerasan",
    "sta_from_m",
    "sta_to_m",
    "iri",
    "nomor_source",
)


@dataclass
class InventoryReport:
    """What the join did: matches, and inventory rows that matched nothing (by nomor ruas)."""

    ruas_matched: int = 0
    unmatched_ruas: list[str] = field(default_factory=list)
    unmatched_survey: list[str] = field(default_factory=list)
    survey_segments: int = 0
    estimated_status: int = 0
    notes: list[str] = field(default_factory=list)

    def note(self, text: str, *, level: int = logging.INFO) -> None:
        """Keep a message for the results and log it."""
        self.notes.append(text)
        logger.log(level, "%s", text)


def _col(frame: pd.DataFrame, name: str, default: object) -> pd.Series:
    if name in frame:
        return frame[name]
    return pd.Series([default] * len(frame), index=frame.index, dtype=object)


def _text(frame: pd.DataFrame, name: str) -> np.ndarray:
    return _col(frame, name, "").fillna("").astype(str).str.strip().to_numpy(object)


def name_key(names: np.ndarray) -> np.ndarray:
    """Street names normalised for matching: lower case, no "jl."/"jalan" prefix or dots."""

    def one(n: object) -> str:
        t = re.sub(r"[.\s]+", " ", str(n).lower()).strip()
        return re.sub(r"^(jl|jln|jalan)\s+", "", t)

    s = pd.Series(np.asarray(names, dtype=object))
    codes, uniq = pd.factorize(s)
    return np.array([one(u) for u in uniq] + [""], dtype=object)[codes]


def default_widths(fungsi: np.ndarray, highway: np.ndarray) -> np.ndarray:
    """:func:`~mataram_gis.statuses.default_width`, computed once per distinct pair."""
    codes, pairs = pd.factorize(pd.Series(list(zip(fungsi, highway, strict=True)), dtype=object))
    if len(pairs) == 0:
        return np.zeros(0)
    f, h = (np.array(side, dtype=object) for side in zip(*pairs, strict=True))
    return statuses.default_width(f, h)[codes]


def enrich_segments(
    segments: gpd.GeoDataFrame,
    node_xy: np.ndarray,
    inventory: RoadInventory | None = None,
) -> tuple[gpd.GeoDataFrame, InventoryReport]:
    """Add the inventory fields to the network's segments (see the module doc).

    Parameters
    ----------
    segments
        ``RoadNetwork.segments`` (metric CRS, with ``u``, ``v``, ``length_m``).
    node_xy
        Node coordinates (for the STA start).
    inventory
        The city's ruas list and survey rows, if given.

    Returns
    -------
    segments : geopandas.GeoDataFrame
        A copy with :data:`INVENTORY_FIELDS`; ``condition`` updated where measured.
    report : InventoryReport
    """
    report = InventoryReport()
    s = segments.copy()
    n = len(s)
    highway = _text(s, "highway")
    nomor = _text(s, "nomor_ruas")
    status = _text(s, "status")
    authority = _text(s, "authority")
    status = np.where(status == "", authority, status)
    fungsi = _text(s, "fungsi")
    perkerasan = _text(s, "perkerasan")
    lebar = _col(s, "lebar_m", np.nan).astype(float).to_numpy()
    width = _col(s, "width_m", np.nan).astype(float).to_numpy()
    lebar = np.where(np.isfinite(lebar), lebar, width)
    nama = np.where(nomor != "", "", s["name"].fillna("").astype(str).to_numpy(object))
    condition = s["condition"].astype(str).to_numpy(object).copy()
    inv = inventory or RoadInventory()
    # 2. the ruas list, by nomor then by name
    ruas_list = inv.ruas
    if len(ruas_list):
        nomor, nama, status, fungsi, lebar, perkerasan = _join_ruas_list(
            ruas_list, s, nomor, nama, status, fungsi, lebar, perkerasan, report
        )
    # 4. estimates
    est = status == ""
    status = np.where(est, statuses.estimate_status(highway), status)
    report.estimated_status = int(est.sum())
    fungsi = np.where(fungsi == "", statuses.fungsi_from_highway(highway), fungsi)
    if "surface" in s:
        perkerasan = np.where(
            perkerasan == "", statuses.perkerasan_from_surface(s["surface"].to_numpy()), perkerasan
        )
    lebar = np.where(np.isfinite(lebar) & (lebar > 0), lebar, default_widths(fungsi, highway))
    # generated ruas for the rest
    source = np.where(nomor != "", "input", "generated").astype(object)
    rest = np.flatnonzero(nomor == "")
    if len(rest):
        names = s["name"].fillna("").astype(str).to_numpy(object)[rest]
        lab = corridor_labels(
            s["u"].to_numpy(np.int64)[rest],
            s["v"].to_numpy(np.int64)[rest],
            names,
            n_nodes=len(node_xy),
        )
        nomor[rest] = np.char.add("K", np.char.zfill((lab + 1).astype(str), 5)).astype(object)
    nama = np.where(nama == "", s["name"].fillna("").astype(str).to_numpy(object), nama)
    # STA
    sta_from = _col(s, "sta_from_m", np.nan).astype(float).to_numpy()
    sta_to = _col(s, "sta_to_m", np.nan).astype(float).to_numpy()
    need = ~(np.isfinite(sta_from) & np.isfinite(sta_to))
    if need.any():
        f, t = chainage(
            s["u"].to_numpy(np.int64),
            s["v"].to_numpy(np.int64),
            s["length_m"].to_numpy(float),
            nomor,
            node_xy,
        )
        # a ruas whose STA the file gives only in part is recomputed whole
        redo = pd.Series(need).groupby(nomor).transform("any").to_numpy()
        sta_from = np.where(redo, f, sta_from)
        sta_to = np.where(redo, t, sta_to)
    # 3./1. measured condition: the file's own values, then the survey
    iri = _col(s, "iri", np.nan).astype(float).to_numpy()
    measured = cond.classify(
        iri=iri,
        sdi=_col(s, "sdi", np.nan).astype(float).to_numpy(),
        pci=_col(s, "pci", np.nan).astype(float).to_numpy(),
    )
    stood_in = condition.copy()
    condition = np.where(measured != "", measured, condition)
    if len(inv.survey):
        condition, iri = _join_survey(inv.survey, nomor, sta_from, sta_to, condition, iri, report)
    s["condition"] = condition.astype(str)
    if "condition_source" in s:  # a measured or surveyed condition is known now
        known = (measured != "") | (condition != stood_in) | np.isfinite(iri)
        s["condition_source"] = np.where(known, "input", s["condition_source"].astype(str))
    for name, values in (
        ("nomor_ruas", nomor),
        ("nama_ruas", nama),
        ("status", status),
        ("status_source", np.where(est, "estimated", "input")),
        ("fungsi", fungsi),
        ("lebar_m", lebar),
        ("perkerasan", perkerasan),
        ("sta_from_m", sta_from),
        ("sta_to_m", sta_to),
        ("iri", iri),
        ("nomor_source", source),
    ):
        s[name] = values
    for name in (
        "nomor_ruas",
        "nama_ruas",
        "status",
        "status_source",
        "fungsi",
        "perkerasan",
        "nomor_source",
    ):
        s[name] = s[name].astype(str)
    if report.estimated_status:
        report.note(
            f"status estimated from the road class for {report.estimated_status} of "
            f"{n} segments (status_source = estimated)"
        )
    return s, report


def _join_ruas_list(ruas, s, nomor, nama, status, fungsi, lebar, perkerasan, report):
    """Apply the SK ruas list to the segments (by nomor, else by street name)."""
    nomor, nama = nomor.copy(), nama.copy()
    status, fungsi, lebar, perkerasan = (
        status.copy(),
        fungsi.copy(),
        lebar.copy(),
        perkerasan.copy(),
    )
    keys = name_key(s["name"].fillna("").to_numpy(object))
    by_name: dict[str, list[int]] = {}
    ruas_keys = name_key(ruas["nama_ruas"].to_numpy(object))
    for i, k in enumerate(ruas_keys):
        by_name.setdefault(k, []).append(i)
    rows_of = pd.Series(np.arange(len(nomor))).groupby(nomor).indices
    unmatched, ambiguous = [], []
    for i, r in enumerate(ruas.itertuples(index=False)):
        rows = rows_of.get(r.nomor_ruas)
        if rows is None or r.nomor_ruas == "":
            k = ruas_keys[i]
            if not k or len(by_name.get(k, [])) > 1:
                (ambiguous if k else unmatched).append(r.nomor_ruas)
                continue
            rows = np.flatnonzero((keys == k) & (nomor == ""))
            if len(rows) == 0:
                unmatched.append(r.nomor_ruas)
                continue
            nomor[rows] = r.nomor_ruas
        report.ruas_matched += 1
        if r.nama_ruas:
            nama[rows] = r.nama_ruas
        for arr, value in ((status, r.status), (fungsi, r.fungsi), (perkerasan, r.perkerasan)):
            if value:
                arr[rows] = value
        if np.isfinite(float(r.lebar_m)):
            lebar[rows] = float(r.lebar_m)
    report.unmatched_ruas = unmatched + ambiguous
    if unmatched:
        report.note(
            f"{len(unmatched)} ruas of the inventory match no road on the network "
            f"(nomor ruas {', '.join(unmatched[:20])}"
            f"{', ...' if len(unmatched) > 20 else ''})",
            level=logging.WARNING,
        )
    if ambiguous:
        report.note(
            f"{len(ambiguous)} ruas of the inventory share a street name with another "
            f"ruas and the road file has no nomor_ruas to tell them apart (nomor ruas "
            f"{', '.join(ambiguous[:20])}): add nomor_ruas to the road file",
            level=logging.WARNING,
        )
    return nomor, nama, status, fungsi, lebar, perkerasan


def _join_survey(survey, nomor, sta_from, sta_to, condition, iri, report):
    """Segment condition and IRI from the survey rows its STA range overlaps."""
    seg = pd.DataFrame(
        {"seg": np.arange(len(nomor)), "nomor_ruas": nomor, "s": sta_from, "e": sta_to}
    )
    sv = survey.reset_index(drop=True).copy()
    sv["sv"] = np.arange(len(sv))
    known = set(nomor.tolist())
    missing = sorted({str(x) for x in sv["nomor_ruas"] if x not in known})
    report.unmatched_survey = missing
    if missing:
        report.note(
            f"survey rows of {len(missing)} ruas match no road on the network (nomor "
            f"ruas {', '.join(missing[:20])}{', ...' if len(missing) > 20 else ''})",
            level=logging.WARNING,
        )
    pairs = seg.merge(sv, on="nomor_ruas")
    ov = np.minimum(pairs["e"], pairs["sta_to_m"]) - np.maximum(pairs["s"], pairs["sta_from_m"])
    pairs = pairs.loc[ov.to_numpy() > 0].assign(w=ov[ov > 0])
    if pairs.empty:
        return condition, iri
    out_c, out_i = condition.copy(), iri.copy()
    means = {}
    for m in ("iri", "sdi", "pci"):
        v = pairs[m].astype(float)
        ok = np.isfinite(v)
        num = (v.where(ok, 0.0) * pairs["w"]).groupby(pairs["seg"]).sum()
        den = pairs["w"].where(ok, 0.0).groupby(pairs["seg"]).sum()
        means[m] = num / den.replace(0.0, np.nan)
    segs = means["iri"].index.to_numpy()
    cls = cond.classify(**{m: means[m].to_numpy(float) for m in means})
    has = cls != ""
    out_c[segs[has]] = cls[has]
    mi = means["iri"].to_numpy(float)
    out_i[segs[np.isfinite(mi)]] = mi[np.isfinite(mi)]
    cat = pairs.loc[pairs["condition"].astype(str) != ""]
    if len(cat):
        code = cat["condition"].map({c: i for i, c in enumerate(cond.CONDITIONS)})
        share = cat.assign(code=code).groupby(["seg", "code"])["w"].sum().reset_index()
        share = share.sort_values(["seg", "w", "code"], ascending=[True, False, False])
        best = share.drop_duplicates("seg")
        todo = ~np.isin(best["seg"].to_numpy(), segs[has])
        out_c[best["seg"].to_numpy()[todo]] = np.array(cond.CONDITIONS, object)[
            best["code"].to_numpy(int)[todo]
        ]
    report.survey_segments = int(pairs["seg"].nunique())
    report.note(
        f"condition survey: {len(survey)} rows set the condition of "
        f"{report.survey_segments} segments"
    )
    return out_c, out_i


def chainage(
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    length_m: np.ndarray,
    ruas: np.ndarray,
    node_xy: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """STA (m) at each segment's start and end along its ruas.

    Each connected piece of a ruas starts at its west-most end node (a node with one
    segment of the ruas; the west-most node when there is none) and a segment's STA is its
    nearer end's distance from there along the ruas. A ruas in several pieces continues
    the count piece after piece, west to east.

    Returns
    -------
    sta_from, sta_to : numpy.ndarray
        ``sta_to = sta_from + length``.
    """
    n = len(seg_u)
    if n == 0:
        return np.zeros(0), np.zeros(0)
    _, rk = np.unique(np.asarray(ruas, dtype=str), return_inverse=True)
    rk = rk.ravel().astype(np.int64)
    # one private node per (ruas, junction)
    pair = np.concatenate([rk * (len(node_xy) + 1) + seg_u, rk * (len(node_xy) + 1) + seg_v])
    keys, inv = np.unique(pair, return_inverse=True)
    inv = inv.ravel()
    a, b = inv[:n], inv[n:]
    m = len(keys)
    node = keys % (len(node_xy) + 1)
    w = np.maximum(np.asarray(length_m, float), 1e-9)
    g = coo_matrix(
        (np.concatenate([w, w]), (np.concatenate([a, b]), np.concatenate([b, a]))), shape=(m, m)
    ).tocsr()
    _, comp = connected_components(g, directed=False)
    deg = np.bincount(np.concatenate([a, b]), minlength=m)
    x = node_xy[node, 0]
    score = x + np.where(deg == 1, 0.0, 1e12)  # ends first, then west-most
    order = np.lexsort((np.arange(m), score, comp))
    first = np.ones(m, bool)
    first[1:] = comp[order][1:] != comp[order][:-1]
    starts = order[first]
    dist = dijkstra(g, directed=False, indices=starts, min_only=True)
    f = np.minimum(dist[a], dist[b])
    t = f + np.asarray(length_m, float)
    # pieces of one ruas: offset by the pieces west of them
    comp_seg = comp[a]
    piece = pd.DataFrame({"ruas": rk, "comp": comp_seg, "x": x[a], "end": t})
    agg = piece.groupby(["ruas", "comp"]).agg(x=("x", "min"), end=("end", "max")).reset_index()
    agg = agg.sort_values(["ruas", "x", "comp"])
    agg["offset"] = agg.groupby("ruas")["end"].cumsum() - agg["end"]
    offset = piece.merge(agg[["ruas", "comp", "offset"]], on=["ruas", "comp"], how="left")
    off = offset["offset"].to_numpy(float)
    return f + off, t + off

"""Reading a city's road inventory: the SK ruas list and condition-survey rows (CSV/XLSX).

Shapes (docs/INPUTS.md, "Road inventory"):

- **ruas list** (daftar ruas, as in the mayor's SK): one row per ruas with ``nomor_ruas``,
  ``nama_ruas`` and any of ``status``, ``fungsi``, ``panjang`` (m; ``panjang_km`` in km),
  ``lebar`` (m), ``perkerasan`` and condition lengths ``baik``, ``sedang``,
  ``rusak_ringan``, ``rusak_berat`` (m, or ``..._km``).
- **survey rows** (hasil survei kondisi per 100/200 m): ``nomor_ruas``, ``sta_awal`` and
  ``sta_akhir`` (``1+200`` or metres; a single ``sta`` column is read as the start of each
  row, the next row's start being its end), and any of ``iri`` (m/km), ``sdi``, ``pci``,
  ``kondisi``.

A table with an STA column is survey rows, otherwise a ruas list. An XLSX workbook may hold
both, one per sheet. :func:`road_inventory_fields` picks the same fields out of a road line
file that carries them per line.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from mataram_gis.errors import InputDataError
from mataram_gis.io import vocab
from mataram_gis.io.columns import resolve_columns
from mataram_gis.io.tables import TABLE_SUFFIXES, read_csv_text
from mataram_gis.io.validate import check_file, rows_text, to_number
from mataram_gis.statuses import (
    FUNGSI_WORDS,
    HIGHWAY_FUNGSI,
    PERKERASAN_WORDS,
    STATUS_WORDS,
    map_words,
    unknown_words,
)

logger = logging.getLogger(__name__)

_LENGTHS = ("baik", "sedang", "rusak_ringan", "rusak_berat")

INVENTORY_COLUMNS: dict[str, tuple[str, ...]] = {
    "nomor_ruas": ("nomor_ruas", "no_ruas", "nomor", "kode_ruas", "no_ruas_jalan", "ruas_id"),
    "nama_ruas": ("nama_ruas", "nama_jalan", "nama", "name", "ruas_jalan"),
    "status": ("status", "status_jalan", "kewenangan", "authority"),
    "fungsi": ("fungsi", "fungsi_jalan"),
    "panjang_m": ("panjang", "panjang_m", "panjang_ruas", "length_m"),
    "panjang_km": ("panjang_km", "panjang_ruas_km"),
    "lebar_m": ("lebar", "lebar_m", "lebar_jalan", "width_m"),
    "perkerasan": ("perkerasan", "jenis_perkerasan", "tipe_perkerasan", "surface"),
    **{f"{c}_m": (c, f"{c}_m", f"kondisi_{c}", f"panjang_{c}") for c in _LENGTHS},
    **{f"{c}_km": (f"{c}_km", f"kondisi_{c}_km") for c in _LENGTHS},
    "sta_from": ("sta_awal", "sta_dari", "sta_from", "sta_from_m", "sta_mulai", "sta"),
    "sta_to": ("sta_akhir", "sta_sampai", "sta_to", "sta_to_m", "sta_selesai"),
    "iri": ("iri", "nilai_iri", "iri_m_km"),
    "sdi": ("sdi", "nilai_sdi"),
    "pci": ("pci", "nilai_pci"),
    "condition": ("kondisi", "condition", "kondisi_jalan"),
}

_STA = re.compile(r"^\s*(?:sta\.?\s*)?(\d+)\s*\+\s*(\d+(?:[.,]\d+)?)\s*$", re.IGNORECASE)


@dataclass
class RoadInventory:
    """A city's inventory tables, normalised.

    Attributes
    ----------
    ruas
        One row per ruas: ``nomor_ruas``, ``nama_ruas``, ``status``, ``fungsi``,
        ``panjang_m``, ``lebar_m``, ``perkerasan``, ``baik_m`` .. ``rusak_berat_m``
        (NaN / "" where not given) and ``row`` (1-based row in its file).
    survey
        One row per surveyed stretch: ``nomor_ruas``, ``sta_from_m``, ``sta_to_m``, ``iri``,
        ``sdi``, ``pci``, ``condition`` and ``row``.
    files
        The files read (for the scenario record).
    """

    ruas: pd.DataFrame = field(default_factory=lambda: _empty_ruas())
    survey: pd.DataFrame = field(default_factory=lambda: _empty_survey())
    files: list[str] = field(default_factory=list)

    def extend(self, other: RoadInventory) -> RoadInventory:
        """Both inventories' rows together."""
        return RoadInventory(
            ruas=pd.concat([self.ruas, other.ruas], ignore_index=True),
            survey=pd.concat([self.survey, other.survey], ignore_index=True),
            files=self.files + other.files,
        )


def _empty_ruas() -> pd.DataFrame:
    cols = [
        "nomor_ruas",
        "nama_ruas",
        "status",
        "fungsi",
        "panjang_m",
        "lebar_m",
        "perkerasan",
        *[f"{c}_m" for c in _LENGTHS],
        "row",
    ]
    return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})


def _empty_survey() -> pd.DataFrame:
    cols = ["nomor_ruas", "sta_from_m", "sta_to_m", "iri", "sdi", "pci", "condition", "row"]
    return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})


def parse_sta(values: pd.Series, *, column: str, file: str, rows: np.ndarray) -> np.ndarray:
    """STA cells (``1+200``, ``STA 0+050``, or metres) to metres; NaN for empty cells."""
    text = values.astype(object).where(values.notna(), "").astype(str).str.strip()
    out = np.full(len(text), np.nan)
    plus = text.str.match(_STA.pattern, case=False).to_numpy()
    for i in np.flatnonzero(plus):
        km, m = _STA.match(text.iloc[i]).groups()
        out[i] = int(km) * 1000.0 + float(m.replace(",", "."))
    rest = ~plus
    if rest.any():
        out[rest] = to_number(
            text[rest],
            column=column,
            file=file,
            what="an STA (e.g. 1+200)",
            allow_empty=True,
            rows=rows[rest],
        )
    return out


def read_inventory(path: str | Path) -> RoadInventory:
    """Read an inventory file: a ruas list, survey rows, or an XLSX holding both."""
    path = check_file(path, suffixes=TABLE_SUFFIXES, what="road inventory")
    if path.suffix.lower() == ".xlsx":
        try:
            sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl", dtype=object)
        except Exception as exc:
            raise InputDataError(
                f"cannot be read as an Excel workbook ({type(exc).__name__})",
                file=str(path),
                fix="save it again as .xlsx, or as CSV",
            ) from None
        tables = [
            (f"{path}:{name}", s.dropna(how="all").astype(object).where(s.notna(), ""))
            for name, s in sheets.items()
            if not s.dropna(how="all").empty
        ]
    else:
        tables = [(str(path), read_csv_text(path))]
    out = RoadInventory(files=[str(path)])
    for where, frame in tables:
        frame.columns = [str(c).strip() for c in frame.columns]
        out = out.extend(normalise_inventory(frame, file=where))
    out.files = [str(path)]
    return out


def normalise_inventory(frame: pd.DataFrame, *, file: str) -> RoadInventory:
    """One table (ruas list or survey rows) into a :class:`RoadInventory`.

    Units in brackets count as part of the name: ``Panjang (km)`` is ``panjang_km``.
    """
    frame = frame.rename(columns=lambda c: re.sub(r"[()\[\]/]", " ", str(c)).strip())
    cols = resolve_columns(frame.columns, INVENTORY_COLUMNS, file=file)
    if "nomor_ruas" not in cols:
        raise InputDataError(
            "there is no 'nomor_ruas' column",
            file=file,
            fix="add the ruas number column (nomor_ruas, no_ruas or kode_ruas) as in the SK "
            "ruas list",
        )
    rows = np.arange(2, len(frame) + 2)
    nomor = nomor_texts(frame[cols["nomor_ruas"]])
    blank = nomor == ""
    if blank.any():
        raise InputDataError(
            f"{rows_text(rows[blank])}: empty nomor ruas",
            file=file,
            where=f"column {cols['nomor_ruas']}",
            fix="give every row its ruas number",
        )

    def num(name: str, scale: float = 1.0) -> np.ndarray:
        if name not in cols:
            return np.full(len(frame), np.nan)
        v = to_number(frame[cols[name]], column=cols[name], file=file, allow_empty=True, rows=rows)
        if (v[np.isfinite(v)] < 0).any():
            raise InputDataError(
                f"negative values in column {cols[name]}",
                file=file,
                fix="lengths, widths and indices are zero or more",
            )
        return v * scale

    if "sta_from" in cols:
        return RoadInventory(survey=_survey(frame, cols, nomor, rows, num, file=file))
    ruas = pd.DataFrame({"nomor_ruas": nomor, "row": rows})
    ruas["nama_ruas"] = _text(frame, cols, "nama_ruas")
    for name, table in (
        ("status", STATUS_WORDS),
        ("fungsi", FUNGSI_WORDS),
        ("perkerasan", PERKERASAN_WORDS),
    ):
        ruas[name] = _vocab(frame, cols, name, table, file=file)
    ruas["panjang_m"] = np.where(
        np.isfinite(num("panjang_m")), num("panjang_m"), num("panjang_km", 1000.0)
    )
    ruas["lebar_m"] = num("lebar_m")
    for c in _LENGTHS:
        m, km = num(f"{c}_m"), num(f"{c}_km", 1000.0)
        ruas[f"{c}_m"] = np.where(np.isfinite(m), m, km)
    dup = ruas["nomor_ruas"].duplicated(keep=False).to_numpy()
    if dup.any():
        raise InputDataError(
            f"{rows_text(rows[dup])}: nomor ruas {', '.join(sorted(set(nomor[dup]))[:5])} "
            "listed more than once",
            file=file,
            fix="list each ruas once (survey rows go in their own table with STA columns)",
        )
    return RoadInventory(ruas=ruas)


def _survey(frame, cols, nomor, rows, num, *, file: str) -> pd.DataFrame:
    sta_from = parse_sta(frame[cols["sta_from"]], column=cols["sta_from"], file=file, rows=rows)
    if "sta_to" in cols:
        sta_to = parse_sta(frame[cols["sta_to"]], column=cols["sta_to"], file=file, rows=rows)
    else:  # one STA per row: it runs to the next row's STA on the same ruas
        order = np.lexsort((sta_from, nomor.astype(str)))
        nxt = np.full(len(order), np.nan)
        same = nomor[order][1:] == nomor[order][:-1]
        nxt[:-1] = np.where(same, sta_from[order][1:], np.nan)
        step = np.nanmedian(np.diff(sta_from[order])[same]) if same.any() else 100.0
        nxt = np.where(np.isfinite(nxt), nxt, sta_from[order] + step)
        sta_to = np.empty(len(order))
        sta_to[order] = nxt
    bad = ~(np.isfinite(sta_from) & np.isfinite(sta_to) & (sta_to > sta_from))
    if bad.any():
        raise InputDataError(
            f"{rows_text(rows[bad])}: STA missing, or the end is not after the start",
            file=file,
            fix="give sta_awal and sta_akhir for every row, e.g. 1+200 and 1+300",
        )
    out = pd.DataFrame(
        {
            "nomor_ruas": nomor,
            "sta_from_m": sta_from,
            "sta_to_m": sta_to,
            "iri": num("iri"),
            "sdi": num("sdi"),
            "pci": num("pci"),
            "row": rows,
        }
    )
    out["condition"] = _vocab(frame, cols, "condition", vocab.CONDITION_WORDS, file=file)
    none = ~np.isfinite(out[["iri", "sdi", "pci"]].to_numpy(float)).any(axis=1)
    none &= out["condition"].to_numpy(object) == ""
    if none.any():
        raise InputDataError(
            f"{rows_text(rows[none])}: no measured condition",
            file=file,
            fix="give iri (m/km), sdi, pci or kondisi in every survey row",
        )
    return out


def _nomor(value: object) -> str:
    """A ruas number as text ("12", "012" and 12.0 stay distinct from each other only as typed)."""
    return str(vocab.as_words(pd.Series([value])).iloc[0]).strip()


def _plain_nomor(v: str | int | bool | float) -> str:
    """:func:`_nomor` of a str, int, bool or float cell, without building a Series."""
    kind = type(v)
    if kind is str:
        return v.strip()
    if kind is bool:
        return str(v).lower()
    if kind is float:
        if v != v:
            return ""
        return (f"{v:.0f}" if np.isfinite(v) and v == int(v) else str(v)).strip()
    return str(v).strip()


def nomor_texts(values: pd.Series) -> np.ndarray:
    """:func:`_nomor` of every cell (plain str, int, bool and float cells without pandas)."""
    cells = values.astype(object).to_numpy(object)
    out = np.empty(len(cells), dtype=object)
    for i, v in enumerate(cells):
        out[i] = _plain_nomor(v) if type(v) in _PLAIN else _nomor(v)
    return out


_PLAIN = frozenset((str, int, bool, float))


def _text(frame: pd.DataFrame, cols: dict[str, str], name: str) -> np.ndarray:
    if name not in cols:
        return np.full(len(frame), "", dtype=object)
    col = frame[cols[name]]
    return col.astype(object).where(col.notna(), "").astype(str).str.strip().to_numpy(object)


def _vocab(frame, cols, name: str, table: dict[str, str], *, file: str) -> np.ndarray:
    if name not in cols:
        return np.full(len(frame), "", dtype=object)
    bad = unknown_words(frame[cols[name]], table)
    if bad:
        raise InputDataError(
            f"unknown {name} word(s) {', '.join(repr(w) for w in bad[:5])}",
            file=file,
            where=f"column {cols[name]}",
            fix=f"use one of: {', '.join(sorted(set(table.values())))}",
        )
    return map_words(frame[cols[name]], table)


ROAD_FIELDS = (
    "nomor_ruas",
    "status",
    "fungsi",
    "perkerasan",
    "sta_from",
    "sta_to",
    "iri",
    "sdi",
    "pci",
)


def road_inventory_fields(raw: pd.DataFrame, *, file: str) -> pd.DataFrame:
    """The inventory fields a road line file carries per line (only those present).

    Returns columns among ``nomor_ruas``, ``status``, ``fungsi``, ``perkerasan``,
    ``sta_from_m``, ``sta_to_m``, ``iri``, ``sdi``, ``pci``, indexed like ``raw``.
    """
    table = {k: INVENTORY_COLUMNS[k] for k in ROAD_FIELDS}
    cols = resolve_columns(
        [c for c in raw.columns if c not in ("geometry", "_row")], table, file=file
    )
    rows = raw["_row"].to_numpy() if "_row" in raw else np.arange(1, len(raw) + 1)
    out = pd.DataFrame(index=raw.index)
    if "nomor_ruas" in cols:
        out["nomor_ruas"] = nomor_texts(raw[cols["nomor_ruas"]])
    # The road reader validates these columns' words as class/authority/surface already;
    # a word that says nothing about status, fungsi or pavement is left to the estimate.
    fungsi_words = {**{k.replace("_", " "): v for k, v in HIGHWAY_FUNGSI.items()}, **FUNGSI_WORDS}
    for name, words in (
        ("status", STATUS_WORDS),
        ("fungsi", fungsi_words),
        ("perkerasan", PERKERASAN_WORDS),
    ):
        if name in cols:
            out[name] = map_words(raw[cols[name]], words)
    for name, dest in (("sta_from", "sta_from_m"), ("sta_to", "sta_to_m")):
        if name in cols:
            out[dest] = parse_sta(raw[cols[name]], column=cols[name], file=file, rows=rows)
    for name in ("iri", "sdi", "pci"):
        if name in cols:
            out[name] = to_number(
                raw[cols[name]], column=cols[name], file=file, allow_empty=True, rows=rows
            )
    return out

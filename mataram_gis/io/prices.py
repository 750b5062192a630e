"""Reading the city's unit-price table (harga satuan, Rp per m2) from CSV or XLSX.

Two shapes are accepted (docs/INPUTS.md, "Price table"):

- *long*: one row per treatment and pavement, columns ``penanganan``, ``perkerasan``,
  ``harga_satuan`` (Rp/m2);
- *wide*: one row per treatment, column ``penanganan`` and one column per pavement
  (``aspal``, ``beton``, ``paving``, ``kerikil``, ``tanah``).

English headers (``treatment``, ``pavement``, ``unit_price_rp_m2``) work too. Cells the file
leaves out keep the built-in indicative price; the result says which cells the city gave.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pandas as pd

from mataram_gis.errors import InputDataError
from mataram_gis.io.columns import normalise_name, resolve_columns
from mataram_gis.io.tables import TABLE_SUFFIXES, read_table
from mataram_gis.io.validate import check_file, rows_text, to_number
from mataram_gis.statuses import PERKERASAN, PERKERASAN_WORDS, map_words, unknown_words
from mataram_gis.treatments import TREATMENT_WORDS, TREATMENTS

logger = logging.getLogger(__name__)

PRICE_COLUMNS: dict[str, tuple[str, ...]] = {
    "treatment": ("penanganan", "jenis_penanganan", "treatment", "pekerjaan", "kegiatan"),
    "perkerasan": ("perkerasan", "jenis_perkerasan", "pavement", "surface"),
    "price": (
        "harga_satuan",
        "harga_satuan_rp_m2",
        "harga",
        "harga_rp_m2",
        "unit_price_rp_m2",
        "unit_price",
        "price",
    ),
}


def read_prices(path: str | Path) -> dict[str, dict[str, float]]:
    """Read a price table: treatment -> pavement -> Rp per m2 (only the cells given).

    Raises
    ------
    InputDataError
        Unknown treatment or pavement words, non-numeric or negative prices, a table with
        neither shape.
    """
    path = check_file(path, suffixes=TABLE_SUFFIXES, what="price table")
    file = str(path)
    frame = read_table(path)
    if frame.empty:
        raise InputDataError(
            "the price table has no rows", file=file, fix="add one row per treatment"
        )
    cols = resolve_columns(frame.columns, PRICE_COLUMNS, file=file)
    if "treatment" not in cols:
        raise InputDataError(
            "there is no treatment column",
            file=file,
            fix="add a column 'penanganan' (pemeliharaan rutin, pemeliharaan berkala, "
            "rehabilitasi, rekonstruksi/peningkatan)",
        )
    rows = np.arange(2, len(frame) + 2)  # row 1 is the header
    treatment = _words(
        frame[cols["treatment"]],
        TREATMENT_WORDS,
        file=file,
        column=cols["treatment"],
        what="treatment",
        accepted=TREATMENTS,
    )
    out: dict[str, dict[str, float]] = {}
    if "perkerasan" in cols and "price" in cols:
        pav = _words(
            frame[cols["perkerasan"]],
            PERKERASAN_WORDS,
            file=file,
            column=cols["perkerasan"],
            what="pavement",
            accepted=PERKERASAN,
        )
        price = to_number(
            frame[cols["price"]],
            column=cols["price"],
            file=file,
            what="a price in Rp per m2",
            rows=rows,
        )
        _check_sign(price, rows=rows, column=cols["price"], file=file)
        for t, p, v in zip(treatment, pav, price, strict=True):
            out.setdefault(t, {})[p] = float(v)
        return out
    wide = {normalise_name(c): c for c in frame.columns}
    pav_cols = {p: wide[p] for p in PERKERASAN if p in wide}
    if not pav_cols:
        raise InputDataError(
            "the price table has neither a 'perkerasan' + 'harga_satuan' pair nor one column "
            "per pavement",
            file=file,
            fix="use columns penanganan, perkerasan, harga_satuan (Rp/m2), or penanganan "
            "and one column each for aspal, beton, paving, kerikil, tanah",
        )
    for p, col in pav_cols.items():
        price = to_number(
            frame[col],
            column=col,
            file=file,
            what="a price in Rp per m2",
            allow_empty=True,
            rows=rows,
        )
        _check_sign(np.nan_to_num(price), rows=rows, column=col, file=file)
        for t, v in zip(treatment, price, strict=True):
            if np.isfinite(v):
                out.setdefault(t, {})[p] = float(v)
    logger.info("%s: prices for %d treatments", file, len(out))
    return out


def _words(
    values: pd.Series,
    table: dict[str, str],
    *,
    file: str,
    column: str,
    what: str,
    accepted: tuple[str, ...],
) -> np.ndarray:
    bad = unknown_words(values, table)
    mapped = map_words(values, table)
    empty = mapped == ""
    if bad or empty.any():
        where = rows_text(np.flatnonzero(empty) + 2)
        raise InputDataError(
            f"{where}: unknown or empty {what} {', '.join(repr(w) for w in bad[:5])}".rstrip(),
            file=file,
            where=f"column {column}",
            fix=f"use one of: {', '.join(accepted)}",
        )
    return mapped


def _check_sign(values: np.ndarray, *, rows: np.ndarray, column: str, file: str) -> None:
    neg = values < 0
    if neg.any():
        raise InputDataError(
            f"{rows_text(rows[neg])}: negative price",
            file=file,
            where=f"column {column}",
            fix="give prices in Rp per m2, zero or more",
        )


def write_prices(prices: dict[str, dict[str, float]], path: str | Path) -> Path:
    """Write a full price table in the *wide* shape that :func:`read_prices` reads back.

    One row per treatment (column ``penanganan``) and one column per pavement (Rp/m2);
    ``.xlsx`` or ``.csv`` by the file's suffix; written atomically.
    """
    from mataram_gis.atomic import write_atomic

    path = Path(path)
    frame = pd.DataFrame(
        [{"penanganan": t, **{p: prices.get(t, {}).get(p, np.nan) for p in PERKERASAN}}
         for t in TREATMENTS]
    )  # fmt: skip
    if path.suffix.lower() == ".xlsx":
        write_atomic(path, lambda tmp: frame.to_excel(tmp, index=False, engine="openpyxl"))
    else:
        write_atomic(path, lambda tmp: frame.to_csv(tmp, index=False))
    logger.info("price table written: %s", path)
    return path

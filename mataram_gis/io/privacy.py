"""Personal data: recognise personal columns and drop them right after reading.

Household tables from social-aid registers (P3KE, DTKS) carry personal data protected by
Undang-Undang No. 27 Tahun 2022 tentang Pelindungan Data Pribadi. The analysis needs none
of it, so readers drop every personal column before anything else touches the table, and
log only how many columns were dropped and their names (never a value).

A column is personal when its name says so (NIK, KK, address, phone, birth date, e-mail,
and a person's name in household tables) or when its values do (16-digit NIK/KK-like
numbers, Indonesian mobile numbers, e-mail addresses), whatever the column is called.
"""

from __future__ import annotations

import logging
import re

import numpy as np
import pandas as pd

from mataram_gis.io.columns import normalise_name

logger = logging.getLogger(__name__)

PERSONAL_TOKENS: frozenset[str] = frozenset(
    {
        "nik", "nkk", "kk", "ktp", "nomor_induk", "alamat", "address", "addr", "jalan_rumah",
        "telepon", "telp", "tlp", "hp", "phone", "mobile", "whatsapp", "wa", "email", "mail",
        "lahir", "birth", "dob", "ttl", "ibu_kandung", "rekening", "npwp", "bpjs",
    }
)  # fmt: skip
"""Name tokens (split at "_") that mark a column as personal in any table."""

PERSON_NAME_TOKENS: frozenset[str] = frozenset(
    {"nama", "name", "kepala", "krt", "pemilik", "owner", "responden", "penerima"}
)
"""Name tokens that mark a person's name; personal in household tables only."""

_NOT_PERSON = frozenset({"sentra", "centre", "center", "sektor", "sector", "desa", "kelurahan"})
_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")
_PHONE = re.compile(r"(?<!\d)(?:\+?62|0)8\d{7,11}(?!\d)")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


def is_personal_name(column: str, *, person_names: bool) -> bool:
    """True when a column's name marks it as personal.

    Parameters
    ----------
    column
        The column name as in the file.
    person_names
        Treat a person's name (``nama``/``name``...) as personal (household tables).
    """
    norm = normalise_name(column)
    tokens = set(norm.split("_")) | {norm}
    if tokens & PERSONAL_TOKENS or norm.startswith(("no_kk", "nomor_kk", "no_hp", "no_telp")):
        return True
    return person_names and bool(tokens & PERSON_NAME_TOKENS) and not tokens & _NOT_PERSON


def has_personal_values(values: pd.Series) -> bool:
    """True when any cell looks like a NIK/KK number, a mobile number or an e-mail address."""
    if pd.api.types.is_bool_dtype(values):
        return False
    if pd.api.types.is_numeric_dtype(values):
        num = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        return bool(((num >= 1e15) & (num < 1e16)).any())
    text = values.dropna().astype(str)
    if text.empty:
        return False
    sample = text if len(text) <= 20000 else text.sample(20000, random_state=0)
    # A decimal number (a coordinate with many digits) is not an ID: only strip separators
    # from cells that are not plain decimals.
    decimal = sample.str.strip().str.fullmatch(r"[+-]?\d+[.,]\d+")
    digits = sample[~decimal].str.replace(r"[\s.\-']", "", regex=True)
    return bool(
        digits.str.contains(_NIK).any()
        or digits.str.contains(_PHONE).any()
        or sample.str.contains(_EMAIL).any()
    )


def personal_columns(
    frame: pd.DataFrame, *, person_names: bool, keep: tuple[str, ...] = ()
) -> list[str]:
    """The personal columns of ``frame`` (by name or by value), geometry excluded.

    Parameters
    ----------
    frame
        A freshly read table.
    person_names
        See :func:`is_personal_name`.
    keep
        Columns never dropped by name (their values are still checked).
    """
    found = []
    for col in frame.columns:
        if col == "geometry":
            continue
        by_name = str(col) not in keep and is_personal_name(str(col), person_names=person_names)
        if by_name or has_personal_values(frame[col]):
            found.append(col)
    return found


def drop_personal(
    frame: pd.DataFrame, *, person_names: bool, file: str, keep: tuple[str, ...] = ()
) -> pd.DataFrame:
    """Drop every personal column; log the count and the column names only.

    Parameters
    ----------
    frame
        A freshly read table or layer.
    person_names
        True for household tables (a person's name is personal), False for centres.
    file
        For the log message.
    keep
        Column names never dropped by name alone.

    Returns
    -------
    pandas.DataFrame
        The same kind of frame without the personal columns.
    """
    cols = personal_columns(frame, person_names=person_names, keep=keep)
    if not cols:
        return frame
    logger.warning(
        "%s: %d personal column(s) dropped and not kept anywhere: %s",
        file,
        len(cols),
        ", ".join(str(c) for c in cols),
    )
    return frame.drop(columns=cols)

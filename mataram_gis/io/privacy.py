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

from mataram_gis.errors import InputDataError
from mataram_gis.io.columns import CENTRE_COLUMNS, HOUSEHOLD_COLUMNS, ROAD_COLUMNS, normalise_name

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

# Columns the readers use are never free text (their values are checked for IDs and phones).
_FIELD_NAMES = frozenset(
    name for table in (HOUSEHOLD_COLUMNS, CENTRE_COLUMNS, ROAD_COLUMNS) for names in table.values()
    for name in names
)  # fmt: skip
_NOT_PERSON = frozenset({"sentra", "centre", "center", "sektor", "sector", "desa", "kelurahan"})
_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")
# Mobile numbers: 0817..., 62817..., +62 817..., (+62) 817-..., +62 (0)817...
_PHONE = re.compile(r"(?<!\d)(?:\+?620?|0)8\d{7,11}(?!\d)")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_SEPARATORS = r"[\s.\-'()/]"
# A person named in free text: an honorific or a Sasak/Balinese title, then a capitalised
# name ("Bapak Ahmad", "Ibu Rahmi", "Lalu Muhammad", "Baiq Nurul", "Hj. Aisyah").
_TITLED_NAME = re.compile(
    r"\b(?:(?:Bapak|Bpk|Pak|Ibu|Bu|Sdr|Sdri|Saudara|Saudari|Almarhum|Alm|Haji|Hajjah|Hj|"
    r"Lalu|Baiq|Raden|Dende|Mamiq|Ni|Mr|Mrs|Ms)(?:\.\s*|\s+)|H\.\s*)[A-Z][a-z]{2,}"
    r"|\bI (?:Made|Wayan|Nyoman|Ketut|Gusti|Putu|Komang|Kadek|Gede|Nengah)\b"
)
_DECIMAL = re.compile(r"[+-]?\d*[.,]\d+")
_INTEGER = re.compile(r"[+-]?\d+")
_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")


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
        return bool(((num >= 1e15) & (num < 1e16)).any()) or _phone_numbers(num)
    text = values.dropna().astype(str)
    if text.empty:
        return False
    sample = text if len(text) <= 20000 else text.sample(20000, random_state=0)
    # A decimal number (a coordinate with many digits) is not an ID: only strip separators
    # from cells that are not plain decimals.
    decimal = sample.str.strip().str.fullmatch(r"[+-]?\d+[.,]\d+")
    digits = sample[~decimal].str.replace(_SEPARATORS, "", regex=True)
    return bool(
        digits.str.contains(_NIK).any()
        or digits.str.contains(_PHONE).any()
        or sample.str.contains(_EMAIL).any()
    )


def _phone_numbers(num: np.ndarray) -> bool:
    """True when whole numbers look like mobile numbers stored as numbers (leading 0 lost)."""
    size = ((num >= 8e8) & (num < 9e11)) | ((num >= 6.28e10) & (num < 6.29e13))  # 8..., 628...
    whole = num[size & (num == np.round(num))]
    if whole.size == 0:
        return False
    text = pd.Series(whole.astype(np.int64).astype(str))
    return bool(text.str.fullmatch(r"(?:62)?8\d{8,11}").any())


def has_person_in_text(values: pd.Series) -> bool:
    """True when free-text cells name a person ("Bapak Ahmad", "Ibu Rahmi", "Lalu Amir")."""
    if not (pd.api.types.is_object_dtype(values) or pd.api.types.is_string_dtype(values)):
        return False
    text = values.dropna().astype(str)
    sample = text if len(text) <= 20000 else text.sample(20000, random_state=0)
    return bool(sample.str.contains(_TITLED_NAME).any())


def _personal_text(text: str) -> bool:
    """True when a text holds a NIK/KK-like number, a mobile number or an e-mail address."""
    digits = re.sub(_SEPARATORS, "", text)
    return bool(_EMAIL.search(text) or _NIK.search(digits) or _PHONE.search(digits))


def looks_like_data(name: object) -> bool:
    """True when a column name is really a value: a number, date, NIK, phone or e-mail."""
    text = str(name).strip()
    return bool(_DECIMAL.fullmatch(text) or _DATE.fullmatch(text) or _personal_text(text))


def check_header(columns: object, *, file: str) -> None:
    """Refuse a table whose first row is data (a register exported without its header line).

    Such a "header" is the first household's NIK, name, phone...: it must never be used as
    column names, logged or shown, so the message gives column positions only.

    Raises
    ------
    InputDataError
        When a column name is a decimal number, date, NIK/KK-like or phone number or e-mail
        address, or when at least half of the names (two or more) are whole numbers.
    """
    names = [str(c).strip() for c in columns]  # type: ignore[attr-defined]
    flagged = [i for i, n in enumerate(names) if looks_like_data(n)]
    if not flagged:
        whole = [i for i, n in enumerate(names) if _INTEGER.fullmatch(n)]
        if len(whole) >= 2 and 2 * len(whole) >= len(names):
            flagged = whole
    if flagged:
        shown = ", ".join(str(i + 1) for i in flagged[:6])
        raise InputDataError(
            "the first row looks like data, not column names (column(s) "
            f"{shown}{', ...' if len(flagged) > 6 else ''} of the first row hold numbers, "
            "dates, ID or phone numbers or e-mail addresses)",
            file=file,
            fix="add a header row with the column names (e.g. lon, lat, desil, "
            "jumlah_anggota) above the data",
        )


def safe_names(columns: list[object]) -> list[str]:
    """Column names fit to log or show: a name that looks like data becomes "column N"."""
    return [f"column {i + 1}" if looks_like_data(c) else str(c) for i, c in enumerate(columns)]


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
        by_name = by_name or _personal_text(str(col))  # a value used as a name
        free_text = person_names and normalise_name(col) not in _FIELD_NAMES
        if (
            by_name
            or has_personal_values(frame[col])
            or (free_text and has_person_in_text(frame[col]))
        ):
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
    positions = [list(frame.columns).index(c) for c in cols]
    names = [safe_names(list(frame.columns))[i] for i in positions]
    logger.warning(
        "%s: %d personal column(s) dropped and not kept anywhere: %s",
        file,
        len(cols),
        ", ".join(names),
    )
    return frame.drop(columns=cols)

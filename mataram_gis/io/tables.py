"""Reading plain tables (CSV, XLSX) robustly: encodings, delimiters, decimal commas.

Cells are returned as text (CSV) or as stored (XLSX); number parsing, including decimal
commas, happens in :func:`mataram_gis.io.validate.to_number`.
"""

from __future__ import annotations

import csv
import io
import itertools
import logging
import re
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

from mataram_gis.errors import InputDataError
from mataram_gis.io.privacy import check_header
from mataram_gis.io.validate import looks_binary

logger = logging.getLogger(__name__)

TABLE_SUFFIXES = (".csv", ".txt", ".xlsx")
_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


def decode_text(data: bytes, *, file: str) -> str:
    """Decode CSV bytes: UTF-8 (with or without BOM), else Windows-1252/Latin-1.

    Raises
    ------
    InputDataError
        When the bytes look binary (a spreadsheet or GeoPackage saved with a .csv name).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        kind = "an Excel file" if data[:2] == b"PK" else "binary data"
        raise InputDataError(
            f"this is not a text CSV file (it holds {kind})",
            file=file,
            fix="save the table as CSV (comma or semicolon separated text), or give the .xlsx",
        )
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding != "utf-8-sig":
            logger.info("%s: not UTF-8, read as %s", file, encoding)
        return text
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text: comma, semicolon, tab or pipe (by the header line)."""
    lines = [ln for ln in text.splitlines()[:20] if ln.strip()]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t|").delimiter
    except csv.Error:
        header = lines[0]
        counts = {d: header.count(d) for d in ",;\t|"}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_csv_text(path: Path) -> pd.DataFrame:
    """Read a CSV file as text cells (empty cells are "").

    Raises
    ------
    InputDataError
        When the file is binary, has no header or rows of uneven length.
    """
    file = str(path)
    text = decode_text(path.read_bytes(), file=file)
    if not text.strip():
        raise InputDataError(
            "the file holds no text", file=file, fix="export the table again with its rows"
        )
    delimiter = sniff_delimiter(text)
    try:
        frame = parse_csv(text, delimiter)
    except (pd.errors.ParserError, csv.Error):
        raise _uneven_rows(text, delimiter, file=file) from None
    except pd.errors.EmptyDataError:
        raise InputDataError(
            "the file has no header line", file=file, fix="add a header line with column names"
        ) from None
    if not isinstance(frame.index, pd.RangeIndex):  # rows longer than the header line
        raise _uneven_rows(text, delimiter, file=file)
    frame.columns = [str(c).strip() for c in frame.columns]
    check_header(frame.columns, file=file)
    logger.info("%s: %d rows, delimiter %r", file, len(frame), delimiter)
    return frame


#: Characters that the C parser and Python's csv module may treat differently.
_NOT_PLAIN = re.compile(r'["\r\x00\x0b\x0c\x1c-\x1e\x85\u2028\u2029]')
#: A line of blanks only (the parsers differ on whether it is a row).
_BLANK_LINE = re.compile(r"^[^\S\n]+$", re.MULTILINE)


def plain_csv(text: str, delimiter: str) -> bool:
    r"""True when every line splits at ``delimiter`` only, into as many cells as the header.

    Such a text (no quotes, no line break but ``\n`` or ``\r\n``, no line of blanks) reads
    the same with pandas' C parser as with the Python one. ``delimiter`` is one ASCII
    character (:func:`sniff_delimiter`); the lines are counted in numpy.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if _NOT_PLAIN.search(text) or _BLANK_LINE.search(text):
        return False
    data = np.frombuffer(
        text.encode("utf-8", "surrogatepass"), np.uint8
    )  # UTF-8 never hides ASCII bytes
    breaks = np.flatnonzero(data == ord("\n"))
    starts, ends = np.r_[0, breaks + 1], np.r_[breaks, len(data)]
    seen = np.r_[0, np.cumsum(data == ord(delimiter))]
    counts = (seen[ends] - seen[starts])[ends > starts]
    return bool(len(counts)) and bool((counts == counts[0]).all())


def parse_csv(text: str, delimiter: str) -> pd.DataFrame:
    """Parse CSV text as text cells ("" for empty), with the C parser when
    :func:`plain_csv` holds (the same frame, several times faster), else the Python one."""
    engine = "c" if plain_csv(text, delimiter) else "python"
    return pd.read_csv(
        io.StringIO(text),
        sep=delimiter,
        dtype=str,
        keep_default_na=False,
        skipinitialspace=True,
        engine=engine,
    )


def read_xlsx(path: Path) -> pd.DataFrame:
    """Read the first sheet of an XLSX workbook (openpyxl); empty cells become ""."""
    file = str(path)
    try:
        frame = pd.read_excel(path, sheet_name=0, engine="openpyxl", dtype=object)
    except (zipfile.BadZipFile, ValueError, KeyError, OSError) as exc:
        raise InputDataError(
            f"cannot be read as an Excel workbook ({type(exc).__name__})",
            file=file,
            fix="open it in a spreadsheet program and save it again as .xlsx, or as CSV",
        ) from None
    frame.columns = [str(c).strip() for c in frame.columns]
    check_header(frame.columns, file=file)
    frame = frame.dropna(how="all")
    return frame.astype(object).where(frame.notna(), "")


def _uneven_rows(text: str, delimiter: str, *, file: str) -> InputDataError:
    """The error for rows whose cell count differs from the header line's.

    Names the first such row and, when numbers with a decimal comma were split by a comma
    separator, says so (never quoting a cell: the file may hold personal data).
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    rows = (r for r in reader if any(cell.strip() for cell in r))
    header: list[str] = []
    where, found, split = None, 0, False
    try:
        header = next(rows, [])
        for number, row in enumerate(rows, start=1):
            if len(row) != len(header):
                where, found = number, len(row)
                split = delimiter == "," and len(row) > len(header) and _split_decimal(row)
                break
    except csv.Error:
        pass  # unbalanced quotes or stray line breaks: the general message below
    problem = "the rows do not all have as many cells as the header line"
    if where is not None:
        problem = f"row {where} has {found} cell(s) but the header line has {len(header)}"
    if split:
        return InputDataError(
            problem + ": numbers with a decimal comma (like 116,1234) in a comma-separated "
            "file split into two cells",
            file=file,
            fix='put such numbers in quotes ("116,1234"), write them with a decimal point '
            "(116.1234), or save the CSV with semicolons (;) as the separator",
        )
    return InputDataError(
        f"the CSV cannot be parsed: {problem}",
        file=file,
        fix="every row must have the same number of cells as the header; quote cells "
        "that contain the separator",
    )


def _split_decimal(row: list[str]) -> bool:
    """True when two neighbouring cells look like the halves of a decimal-comma number."""
    cells = [c.strip() for c in row]
    return any(
        re.fullmatch(r"[+-]?\d{1,3}", a) is not None and re.fullmatch(r"\d{3,}", b) is not None
        for a, b in itertools.pairwise(cells)
    )


def read_table(path: Path) -> pd.DataFrame:
    """Read a CSV/TXT or XLSX table (see :func:`read_csv_text`, :func:`read_xlsx`)."""
    if path.suffix.lower() == ".xlsx":
        return read_xlsx(path)
    return read_csv_text(path)

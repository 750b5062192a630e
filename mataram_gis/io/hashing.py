"""Content hashes of input files, recorded in the results' ``scenario`` layer."""

from __future__ import annotations

import hashlib
from pathlib import Path

from mataram_gis.errors import InputDataError

_CHUNK = 1 << 20


def file_sha256(path: str | Path) -> str:
    """SHA-256 of a file's bytes, as 64 lowercase hex digits (same as ``sha256sum``).

    Parameters
    ----------
    path
        The input file. For a shapefile, hash the .zip or each part separately.

    Returns
    -------
    str
        The hex digest.

    Raises
    ------
    InputDataError
        If the file does not exist or is a folder.
    """
    path = Path(path)
    if not path.is_file():
        raise InputDataError("file not found", file=str(path), fix="check the path")
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()

"""file_sha256."""

from __future__ import annotations

import hashlib

import pytest

from mataram_gis.errors import InputDataError
from mataram_gis.io import file_sha256


def test_sha256_matches_hashlib(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"lon,lat\n" * 100_000)
    assert file_sha256(path) == hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(InputDataError, match="not found"):
        file_sha256(tmp_path / "missing.csv")

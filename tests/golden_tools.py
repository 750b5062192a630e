"""Fingerprints of the demo's results GeoPackage and briefing text, for the unchanged test.

The golden files in ``tests/golden/`` were made by these functions from the outputs of the
code *before* the results/export refactor (main at a892429): ``rank --demo`` and
``report`` (id; en with ``--budget 2e9``). Run ``python -m tests.golden_tools R.gpkg B.pdf
B_EN.pdf`` to regenerate them, and only on purpose.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
from pypdf import PdfReader

GOLDEN = Path(__file__).parent / "golden"
#: Scenario record keys that change run to run (clock, machine) and are not compared.
VOLATILE = ("created", "timings", "software")
_DATE = re.compile(
    r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"
    r"|\b\d{1,2} (?:[A-Z][a-z]+) \d{4}\b(?:, \d\d[.:]\d\d WITA)?"
)
_SOFTWARE = re.compile(r"(Perangkat lunak|Software): .*?python\s*\n?[0-9.]+, .*?\.\n", re.S)


def _canonical(values: pd.Series) -> str:
    """One column as text, floats at 9 significant digits (value by value, machine-robust)."""
    if values.name == "geometry":
        texts = [g.wkt if g is not None else "" for g in values]
        texts = [re.sub(r"\d+\.\d+", lambda m: f"{float(m[0]):.3f}", w) for w in texts]
    elif pd.api.types.is_float_dtype(values):
        texts = [("nan" if not np.isfinite(v) else f"{v:.9g}") for v in values]
    else:
        texts = [str(v) for v in values]
    return "\n".join(texts)


def layer_fingerprints(path: str | Path) -> dict[str, dict]:
    """Per layer of a results GeoPackage: rows and, per column, a hash of every value."""
    out: dict[str, dict] = {}
    for name in ("segments", "origins", "centres"):
        frame = pyogrio.read_dataframe(path, layer=name)
        out[name] = {
            "rows": len(frame),
            "columns": {
                col: hashlib.sha256(_canonical(frame[col]).encode()).hexdigest()[:16]
                for col in frame.columns
            },
        }
    record = pyogrio.read_dataframe(path, layer="scenario").iloc[0].to_dict()
    out["scenario"] = {
        k: (json.loads(v) if isinstance(v, str) and v[:1] in "[{" else v)
        for k, v in record.items()
        if k not in VOLATILE and k != "geometry"
    }
    return out


def pdf_text(path: str | Path) -> str:
    """The PDF's text, page by page, with dates and software versions masked."""
    pages = [p.extract_text() for p in PdfReader(str(path)).pages]
    text = "\n\f\n".join(pages)
    text = _SOFTWARE.sub(r"\1: <versions>.\n", text)
    return _DATE.sub("<date>", text)


def _write(gpkg: str, pdf_id: str, pdf_en: str) -> None:
    GOLDEN.mkdir(exist_ok=True)
    fp = layer_fingerprints(gpkg)
    (GOLDEN / "demo_results.json").write_text(json.dumps(fp, indent=1, sort_keys=True) + "\n")
    (GOLDEN / "demo_briefing_id.txt").write_text(pdf_text(pdf_id))
    (GOLDEN / "demo_briefing_en.txt").write_text(pdf_text(pdf_en))


if __name__ == "__main__":
    _write(*sys.argv[1:4])

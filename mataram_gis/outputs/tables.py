"""The ranking as a table for planners: CSV (for any tool) and XLSX (for Excel users).

Headers are human words in Indonesian or English with units, e.g. ``Manfaat (jam-RT
terbobot/tahun)``, ``Biaya (Rp)``, ``Panjang (m)``. Only segments carry rows: households are
never listed (see :mod:`.privacy`).

CSV convention: UTF-8 with a byte-order mark, so Excel detects the encoding. Indonesian
Excel (and most European locales) expects ``;`` between fields and ``,`` as the decimal
mark, so the default separator is ``;`` and a ``;`` separator always comes with a decimal
comma; with ``sep=","`` decimals use a point (the form scripts and English Excel read).
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pandas as pd

from mataram_gis.atomic import atomic_target
from mataram_gis.errors import UsageError
from mataram_gis.outputs.privacy import published_frame
from mataram_gis.outputs.ruas_texts import condition_words, rt, status_name
from mataram_gis.outputs.texts import check_lang, highway_name, road_name, t
from mataram_gis.results import Results

logger = logging.getLogger(__name__)

#: Output columns in order, with their XLSX number formats and rounding.
COLUMNS: tuple[tuple[str, str, int | None], ...] = (
    ("rank", "0", None),
    ("segment_id", "0", None),
    ("nomor_ruas", "@", None),
    ("name", "@", None),
    ("kelurahan", "@", None),
    ("highway", "@", None),
    ("condition", "@", None),
    ("authority", "@", None),
    ("length_m", "#,##0.0", 1),
    ("benefit", "#,##0.00", 2),
    ("households_benefiting", "#,##0", None),
    ("mean_minutes_saved", "0.00", 2),
    ("upgrade_cost", "#,##0", 0),
    ("benefit_per_bn", "#,##0.00", 2),
    ("time_before_s", "#,##0.0", 1),
    ("time_after_s", "#,##0.0", 1),
    ("criticality", "#,##0.00", 2),
    ("households_stranded", "#,##0", None),
)
SEPARATORS: tuple[str, ...] = (";", ",", "\t")


def ranking_frame(results: Results, *, lang: str = "id", top: int | None = None) -> pd.DataFrame:
    """Ranked segments (best first) with human headers in ``lang``.

    Parameters
    ----------
    results
        The results to tabulate.
    lang
        ``id`` or ``en`` (headers, condition words, "(unnamed)").
    top
        Keep only the first ``top`` ranks (``None``: every ranked segment).
    """
    check_lang(lang)
    segs = results.segments
    ranked = segs[segs["rank"].notna()].sort_values("rank")
    if top is not None:
        ranked = ranked.head(max(int(top), 0))
    out = pd.DataFrame(index=ranked.index)
    for col, _, decimals in COLUMNS:
        if col == "benefit_per_bn":
            values = ranked["benefit_per_cost"].fillna(0.0) * 1e9
        elif col in ranked:
            values = ranked[col]
        else:  # an optional column missing from an older file: left empty
            values = pd.Series(np.nan if decimals is not None else "", index=ranked.index)
        if decimals is not None:
            values = values.astype(float).round(decimals)
        out[col] = values
    for col in ("rank", "segment_id", "households_benefiting", "upgrade_cost"):
        out[col] = out[col].fillna(0).astype("int64")
    out["name"] = [road_name(n, lang) for n in out["name"]]
    out["nomor_ruas"] = out["nomor_ruas"].fillna("").astype(str)  # a code: "001" stays text
    out["condition"] = condition_words(ranked, lang)
    out["highway"] = [highway_name(h, lang) for h in out["highway"]]
    out["authority"] = [status_name(a, lang) for a in out["authority"]]
    out = out.rename(columns={col: _header(col, lang) for col, _, _ in COLUMNS})
    return published_frame(out.reset_index(drop=True))


def _header(col: str, lang: str) -> str:
    """The human header of an output column."""
    if col == "nomor_ruas":
        return rt("r_nomor", lang)
    return t(f"col_{col}", lang)


def export_table(
    results: Results,
    path: str | Path,
    *,
    lang: str = "id",
    top: int | None = None,
    sep: str = ";",
) -> Path:
    """Write the ranking as ``.csv`` or ``.xlsx`` (chosen by the suffix), atomically.

    Parameters
    ----------
    results
        The results to tabulate.
    path
        Output file (``.csv`` or ``.xlsx``).
    lang
        ``id`` (default) or ``en``.
    top
        Only the first ``top`` ranks (``None``: all ranked segments).
    sep
        CSV field separator (``;`` default, with decimal comma; ``,`` with decimal point;
        or a tab).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UsageError(
            f"cannot write a table as '{suffix}'",
            file=str(path),
            fix="give a file name ending in .csv or .xlsx",
        )
    if sep not in SEPARATORS:
        raise UsageError(f"unsupported CSV separator {sep!r}", fix="use ';', ',' or a tab")
    frame = ranking_frame(results, lang=lang, top=top)
    with atomic_target(path) as tmp:
        if suffix == ".csv":
            decimal = "," if sep == ";" else "."
            frame.to_csv(tmp, sep=sep, decimal=decimal, index=False, encoding="utf-8-sig")
        else:
            from mataram_gis.outputs.xlsx import write_xlsx

            write_xlsx(frame, results, tmp, lang=lang, formats=[f for _, f, _ in COLUMNS])
    logger.info("table written: %s (%d rows)", path, len(frame))
    return path


def cumulative_by_efficiency(results: Results) -> pd.DataFrame:
    """Ranked segments with positive benefit ordered by benefit per cost, with running sums.

    Columns: ``segment_id``, ``name``, ``benefit``, ``upgrade_cost``, ``cum_cost``,
    ``cum_benefit`` (used by the briefing chart and the simple budget pick).
    """
    segs = results.segments
    ok = segs["rank"].notna() & (segs["benefit"] > 0) & (segs["upgrade_cost"] > 0)
    frame = segs.loc[
        ok,
        ["segment_id", "name", "rank", "benefit", "upgrade_cost", "benefit_per_cost", "length_m"],
    ].copy()
    frame = frame.sort_values(["benefit_per_cost", "rank"], ascending=[False, True])
    frame["cum_cost"] = np.cumsum(frame["upgrade_cost"].to_numpy())
    frame["cum_benefit"] = np.cumsum(frame["benefit"].to_numpy())
    return frame.reset_index(drop=True)

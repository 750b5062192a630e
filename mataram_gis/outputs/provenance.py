"""How a result was made, as (item, value) rows: the scenario, the inputs, the software.

Shared by the XLSX scenario sheet and the briefing's sources page.
"""

from __future__ import annotations

from mataram_gis.outputs.programme_texts import scenario_label
from mataram_gis.outputs.texts import (
    condition_name,
    fmt_date,
    fmt_num,
    mode_name,
    source_text,
    t,
)
from mataram_gis.results import Results, published_path


def scenario_items(results: Results, *, lang: str = "id") -> list[tuple[str, str]]:
    """The scenario and provenance as (item, value) rows for tables and reports."""
    rec = results.record
    s = results.scenario
    weights = ", ".join(
        f"{k}: {fmt_num(v, lang, decimals=1)}" for k, v in sorted(s.equity_weights.items())
    )
    rows = [
        (t("map_title", lang), t("city", lang)),
        (t("date", lang), fmt_date(rec.get("created"), lang)),
        (t("scenario", lang), scenario_label(s, lang)),
        (t("mode", lang), mode_name(s.mode, lang)),
        (t("a_equity", lang), weights),
        (t("p_trips", lang), fmt_num(s.trips_per_year, lang)),
        (t("p_target", lang), condition_name(s.target_condition, lang)),
        (t("p_walk", lang), fmt_num(s.walk_speed_kmh, lang, decimals=1)),
        (t("p_snap", lang), fmt_num(s.snap_distance_m, lang)),
        (t("p_candidates", lang), ", ".join(s.candidate_authorities) or t("p_all", lang)),
        ("CRS", str(rec.get("crs", ""))),
    ]
    if getattr(s, "snap", "node") == "segment":  # node snapping: the default, not repeated
        rows.insert(rows.index((t("p_snap", lang), fmt_num(s.snap_distance_m, lang))) + 1,
                    (t("p_snap_segment", lang), "segment"))  # fmt: skip
    if results.synthetic:
        rows.insert(0, ("!", t("synthetic_note", lang)))
    summary = rec.get("summary") or {}
    for key in ("segments", "candidates", "households", "households_used", "centres"):
        if summary.get(key) is not None:
            rows.append((t(f"n_{key}", lang), fmt_num(float(summary[key]), lang)))
    for name, version in sorted((rec.get("software") or {}).items()):
        rows.append((f"{t('software', lang)}: {name}", str(version)))
    return rows


def source_rows(results: Results, *, lang: str = "id") -> list[tuple[str, str, str]]:
    """(data, file, SHA-256) per input file of the scenario record."""
    rows = []
    for src in results.record.get("inputs") or []:
        role = str(src.get("role", ""))
        label = t(f"role_{role}", lang) if role in ("roads", "centres", "households") else role
        rows.append(
            (label, source_text(published_path(src), lang), str(src.get("sha256", "") or "-"))
        )
    return rows

"""Programme outputs: the RKPD work-programme table (XLSX) and the briefing's charts.

The work-programme table follows the columns of an RKPD proposal: tahun, sumber dana,
nomor/nama ruas, STA, penanganan, volume, biaya, manfaat. With the portfolio unit ``segmen``
picks of one ruas, year and fund are listed one segment per row (each with its STA); with
``ruas`` one row per ruas (the STA of each stretch it treats) and with ``penggal`` one row
per stretch, each with its pick order and its segments. Rows are ordered by year, fund and
ruas.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from mataram_gis.outputs.programme_texts import tp
from mataram_gis.outputs.ruas_texts import treatment_name
from mataram_gis.outputs.texts import condition_name, fmt_num, road_name
from mataram_gis.programme_run import ProgrammeResult

BAR = "#2b8cbe"
ACCENT = "#d95f0e"
MUTED = "#8c96a0"


def rkpd_table(
    result: ProgrammeResult, *, lang: str, target: str = "baik", unit: str = "segmen"
) -> pd.DataFrame:
    """The work programme in RKPD order, with human column names in ``lang``.

    Parameters
    ----------
    result
        The programme.
    lang
        ``id`` or ``en``.
    target
        The condition an upgrade reaches (the treatment shown where the pick has none).
    unit
        ``segmen``: one row per pick; ``ruas`` or ``penggal``: one row per ruas or stretch
        (:func:`unit_rows`).
    """
    p = result.picks
    keys = _RKPD_KEYS if unit == "segmen" else _UNIT_KEYS
    if len(p) == 0:
        return pd.DataFrame(columns=[tp(k, lang) for k in keys])
    if unit != "segmen":
        return unit_rows(result, _pick_rows(result, lang=lang, target=target), unit=unit,
                         lang=lang)  # fmt: skip
    return _pick_rows(result, lang=lang, target=target)


def _pick_rows(result: ProgrammeResult, *, lang: str, target: str) -> pd.DataFrame:
    """One row per pick in RKPD order (the ``segmen`` table)."""
    p = result.picks
    has_sta = "sta_from_m" in p and p["sta_from_m"].notna().any()
    sta = [_sta(a, b) for a, b in zip(p["sta_from_m"], p["sta_to_m"], strict=True)] if has_sta \
        else [""] * len(p)  # fmt: skip
    treat = p["treatment"].fillna("").astype(str) if "treatment" in p else pd.Series([""] * len(p))
    default = tp("treat_default", lang, target=condition_name(target, lang))
    area = p["area_m2"] if "area_m2" in p else pd.Series(np.nan, index=p.index)
    length = p.geometry.length.to_numpy()
    use_area = area.notna().to_numpy()
    out = pd.DataFrame({
        tp("col_year", lang): p["year"].astype(int).to_numpy(),
        tp("col_fund", lang): p["fund"].astype(str).to_numpy(),
        tp("col_no", lang): p["nomor_ruas"].fillna("").astype(str).to_numpy()
        if "nomor_ruas" in p else [""] * len(p),
        tp("col_name", lang): [road_name(n, lang) for n in p["name"]],
        tp("col_sta", lang): sta,
        tp("col_treatment", lang): [treatment_name(x, lang) or default for x in treat],
        tp("col_volume", lang): np.where(use_area, area.to_numpy(float), np.round(length, 1)),
        tp("col_unit", lang): np.where(use_area, "m2", "m"),
        tp("col_cost", lang): p["cost"].to_numpy(float),
        tp("col_benefit", lang): p["marginal_benefit"].to_numpy(float),
        tp("col_segment", lang): p["segment_id"].astype(int).to_numpy(),
    })  # fmt: skip
    keys = [tp("col_year", lang), tp("col_fund", lang), tp("col_no", lang), tp("col_name", lang)]
    return out.sort_values(keys, kind="stable").reset_index(drop=True)


_RKPD_KEYS = ("col_year", "col_fund", "col_no", "col_name", "col_sta", "col_treatment",
              "col_volume", "col_unit", "col_cost", "col_benefit", "col_segment")  # fmt: skip
_UNIT_KEYS = ("col_picks", "col_year", "col_fund", "col_no", "col_name", "col_sta",
              "col_treatment", "col_volume", "col_unit", "col_cost", "col_benefit",
              "col_segments", "col_segment_ids")  # fmt: skip


def unit_rows(
    result: ProgrammeResult, picks: pd.DataFrame, *, unit: str, lang: str
) -> pd.DataFrame:
    """The per-pick table ``picks`` (rows in ``result.picks`` order) as one row per ruas
    (``unit="ruas"``) or per stretch (``"penggal"``) of each year and fund.

    A stretch is a run of picks of one ruas in STA order whose gap is at most
    :data:`mataram_gis.works.JOIN_GAP_M` (no STA: each pick is its own stretch). A row sums
    cost, benefit and volume (m² where every pick has a width, else m of length), lists its
    stretches' STA, treatments, pick numbers (``3–5``) and segment ids.
    """
    from mataram_gis.works import JOIN_GAP_M

    if unit not in ("ruas", "penggal"):
        raise ValueError(f"unknown unit {unit!r}")
    p = result.picks.reset_index(drop=True)

    def num(col: str) -> np.ndarray:
        if col not in p:
            return np.full(len(p), np.nan)
        return pd.to_numeric(p[col], errors="coerce").to_numpy(float)

    c = {k: tp(k, lang) for k in _RKPD_KEYS}
    f = pd.DataFrame({
        "year": p["year"].astype(int).to_numpy(), "fund": p["fund"].astype(str).to_numpy(),
        "ruas": p["ruas"].astype(str).to_numpy(), "a": num("sta_from_m"), "b": num("sta_to_m"),
        "pick": p["pick"].astype(int).to_numpy(), "length": p.geometry.length.to_numpy(),
        "area": num("area_m2"), "segment": p["segment_id"].astype(int).to_numpy(),
    })  # fmt: skip
    f = f.join(picks.set_index(c["col_segment"]), on="segment")  # ``picks`` is sorted
    f = f.sort_values(["year", "fund", "ruas", "a", "segment"], kind="stable",
                      na_position="last").reset_index(drop=True)  # fmt: skip
    group = ["year", "fund", "ruas"]
    new_ruas = (f[group] != f[group].shift()).any(axis=1).to_numpy()
    gap = (f["a"] - f["b"].shift()).to_numpy()
    new_stretch = new_ruas | ~(np.abs(gap) <= JOIN_GAP_M)
    f["stretch"] = np.cumsum(new_stretch)
    keys = [*group, "stretch"] if unit == "penggal" else group
    rows = []
    for _, g in f.groupby(keys, sort=False):
        spans = g.groupby("stretch", sort=False).agg(a=("a", "min"), b=("b", "max"))
        sta = "; ".join(x for x in (_sta(a, b) for a, b in spans.itertuples(index=False)) if x)
        by_area = bool(g["area"].notna().all())
        rows.append({
            c["col_year"]: int(g["year"].iloc[0]), c["col_fund"]: g["fund"].iloc[0],
            c["col_no"]: g[c["col_no"]].iloc[0], c["col_name"]: g[c["col_name"]].iloc[0],
            c["col_sta"]: sta,
            c["col_treatment"]: "; ".join(dict.fromkeys(g[c["col_treatment"]].astype(str))),
            c["col_volume"]: float(g["area"].sum()) if by_area else round(g["length"].sum(), 1),
            c["col_unit"]: "m2" if by_area else "m",
            c["col_cost"]: float(g[c["col_cost"]].sum()),
            c["col_benefit"]: float(g[c["col_benefit"]].sum()),
            tp("col_segments", lang): len(g),
            tp("col_segment_ids", lang): " ".join(str(x) for x in sorted(g["segment"])),
            tp("col_picks", lang): pick_ranges(g["pick"]),
        })  # fmt: skip
    out = pd.DataFrame(rows)[[tp(k, lang) for k in _UNIT_KEYS]]
    order = [c["col_year"], c["col_fund"], c["col_no"], c["col_name"]]
    return out.sort_values(order, kind="stable").reset_index(drop=True)


def pick_ranges(picks: pd.Series | np.ndarray) -> str:
    """Pick numbers as compact ranges: ``[3, 4, 5, 9]`` -> ``3–5, 9``."""
    ns = sorted({int(x) for x in picks})
    parts: list[str] = []
    start = prev = ns[0]
    for n in [*ns[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}\u2013{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)


def _sta(a: object, b: object) -> str:
    """Chainage as ``0+250 - 0+480``."""
    if a is None or b is None or pd.isna(a) or pd.isna(b):
        return ""

    def one(m: float) -> str:
        km, rest = divmod(round(float(m)), 1000)
        return f"{km}+{rest:03d}"

    return f"{one(a)} - {one(b)}"


def write_rkpd_xlsx(
    table: pd.DataFrame, path: Path, *, lang: str, note: str | None = None
) -> None:
    """Write the work-programme table with a total row (then ``note``, e.g. the portfolio
    unit) to ``path`` (caller renames it)."""
    wb = Workbook()
    ws = wb.active
    ws.title = tp("rkpd_sheet", lang)
    ws.append([tp("rkpd_title", lang)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(list(table.columns))
    for cell in ws[2]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F2328")
    for row in table.itertuples(index=False):
        ws.append([v.item() if hasattr(v, "item") else v for v in row])
    text_col = list(table.columns).index(tp("col_no", lang)) + 1
    for r in range(3, ws.max_row + 1):  # nomor ruas is a code: "001" stays "001"
        cell = ws.cell(row=r, column=text_col)
        cell.number_format = "@"
        if cell.value is not None:
            cell.value = str(cell.value)
    cost_col = list(table.columns).index(tp("col_cost", lang)) + 1
    ben_col = list(table.columns).index(tp("col_benefit", lang)) + 1
    total = [""] * len(table.columns)
    total[0] = tp("total", lang)
    total[cost_col - 1] = float(table.iloc[:, cost_col - 1].sum()) if len(table) else 0.0
    total[ben_col - 1] = float(table.iloc[:, ben_col - 1].sum()) if len(table) else 0.0
    ws.append(total)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for j, col in enumerate(table.columns, start=1):
        ws.column_dimensions[get_column_letter(j)].width = min(max(len(str(col)) + 2, 12), 34)
        fmt = "#,##0" if j in (cost_col,) else "#,##0.0" if j == ben_col else None
        if fmt:
            for r in range(3, ws.max_row + 1):
                ws.cell(row=r, column=j).number_format = fmt
    if note:
        ws.append([note])
        ws.cell(row=ws.max_row, column=1).font = Font(italic=True)
    ws.freeze_panes = "A3"
    wb.properties.creator = "Mataram GIS"
    wb.save(path)


def write_programme_xlsx(
    result: ProgrammeResult, path: Path, *, lang: str, unit: str = "segmen",
    target: str = "baik",
) -> Path:  # fmt: skip
    """The work programme (:func:`rkpd_table` by ``unit``) as XLSX at ``path``, atomically;
    with ``ruas``/``penggal`` the unit is noted below the total."""
    from mataram_gis.atomic import atomic_target

    table = rkpd_table(result, lang=lang, target=target, unit=unit)
    note = tp(f"unit_{unit}", lang) if unit != "segmen" else None
    with atomic_target(path) as tmp:
        write_rkpd_xlsx(table, tmp, lang=lang, note=note)
    return path


def _png(fig: Figure, dpi: int) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    return buf.getvalue()


def monte_carlo_chart(
    result: ProgrammeResult,
    *,
    lang: str,
    width_mm: float = 174.0,
    height_mm: float = 78.0,
    dpi: int = 200,
    top: int = 12,
) -> bytes:
    """PNG: left, how often each ruas is selected; right, the distribution of NPV."""
    mc = result.monte_carlo
    fig = Figure(figsize=(width_mm / 25.4, height_mm / 25.4))
    ax1 = fig.add_axes((0.27, 0.17, 0.3, 0.78))
    ax2 = fig.add_axes((0.66, 0.17, 0.32, 0.78))
    if mc is not None and mc.draws:
        r = mc.ruas.head(top).iloc[::-1]
        ax1.barh([road_name(x, lang)[:26] for x in r["ruas"]], 100 * r["share"], color=BAR)
        ax1.set_xlim(0, 100)
        ax1.set_xlabel(tp("mc_freq_axis", lang), fontsize=7)
        bins = np.histogram_bin_edges(np.r_[mc.npv_rp, mc.npv_rp_equity] / 1e9, bins=24)
        ax2.hist(mc.npv_rp / 1e9, bins=bins, color=MUTED, alpha=0.8,
                 label=tp("app_unweighted", lang).split(" (")[0])  # fmt: skip
        ax2.hist(mc.npv_rp_equity / 1e9, bins=bins, color=ACCENT, alpha=0.6,
                 label=tp("app_weighted", lang).split(" (")[0])  # fmt: skip
        ax2.axvline(0, color="black", lw=0.8)
        ax2.set_xlabel(tp("mc_npv_axis", lang), fontsize=7)
        ax2.set_ylabel(tp("mc_count_axis", lang), fontsize=7)
        ax2.legend(fontsize=6, frameon=False)
    for ax in (ax1, ax2):
        ax.tick_params(labelsize=6)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    return _png(fig, dpi)


def programme_chart(result: ProgrammeResult, *, lang: str, width_mm: float = 174.0,
                    height_mm: float = 70.0, dpi: int = 200) -> bytes:  # fmt: skip
    """PNG: benefit in force per year (bars) and kemantapan before/after (lines)."""
    y = result.years
    fig = Figure(figsize=(width_mm / 25.4, height_mm / 25.4))
    ax = fig.add_axes((0.09, 0.16, 0.8, 0.78))
    years = y["year"].astype(int).to_numpy() if len(y) else np.zeros(0, int)
    ax.bar(years, y["benefit"] / 1e3 if len(y) else [], color=BAR, width=0.55)
    ax.set_xticks(years)
    ax.set_xlim(0.4, max(len(years), 1) + 0.6)
    ax.set_xlabel(tp("col_year", lang), fontsize=7)
    ax.set_ylabel(tp("prog_benefit_axis", lang), fontsize=7)
    ax2 = ax.twinx()
    if len(y):
        ax2.plot(years, y["kemantapan_before"], color=MUTED, marker="o", lw=1.2,
                 label=tp("prog_before", lang))  # fmt: skip
        ax2.plot(years, y["kemantapan_after"], color=ACCENT, marker="o", lw=1.6,
                 label=tp("prog_after", lang))  # fmt: skip
        lo = float(np.nanmin(y[["kemantapan_before", "kemantapan_after"]].to_numpy()))
        hi = float(np.nanmax(y[["kemantapan_before", "kemantapan_after"]].to_numpy()))
        pad = max(1.0, (hi - lo) * 0.3)
        ax2.set_ylim(max(0.0, lo - pad), min(100.0, hi + pad))
        ax2.legend(fontsize=6, frameon=False, loc="lower right")
    ax2.set_ylabel(tp("prog_kemantapan_axis", lang), fontsize=7)
    for a in (ax, ax2):
        a.tick_params(labelsize=6)
        a.spines["top"].set_visible(False)
    return _png(fig, dpi)


def pct(x: float, lang: str) -> str:
    """A share as ``12,3 %`` / ``12.3 %``."""
    return f"{fmt_num(100 * x, lang, decimals=1)} %" if np.isfinite(x) else "-"

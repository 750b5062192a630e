"""Briefing map of isolated households (issue 14), aggregated so no household can be read.

Households are *isolated* when their door-to-centre time exceeds a threshold or no road
leading to a centre lies within reach (:mod:`mataram_gis.isolation`). The map shows them
per kelurahan (a count per area, counts under 5 shown as "< 5", never the number) when the
results know kelurahan boundaries, and per 250 m cell with at least 5 of them (darker
squares) everywhere: both are the published aggregates of :mod:`mataram_gis.outputs.privacy`.

The threshold is the isolation default (30 min); a compact city may have (almost) nobody
that far, so the map takes the first of 30, 20, 15, 10 minutes beyond which at least 5
households reaching a centre lie, and says which in its caption.
"""

from __future__ import annotations

import io
import itertools

import numpy as np
import pandas as pd
from matplotlib.colors import BoundaryNorm, ListedColormap, to_hex
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph

from mataram_gis.isolation import isolated_cells, isolation_by_area, isolation_flags
from mataram_gis.outputs.mapplot import plot_lines
from mataram_gis.outputs.privacy import MIN_COUNT
from mataram_gis.outputs.texts import fmt_num, t
from mataram_gis.results import Results

#: Thresholds tried in turn (minutes door to centre), the isolation default first.
THRESHOLDS_MIN: tuple[float, ...] = (30.0, 20.0, 15.0, 10.0)
COUNT_BREAKS = (MIN_COUNT, 10, 25, 50, 100, 1e12)
COUNT_COLOURS = ("#fdd0a2", "#fdae6b", "#f16913", "#d94801", "#8c2d04")
CELL_COLOUR = "#4a1486"
SUPPRESSED = "#eeeeee"

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "h": "Rumah tangga terisolasi",
        "caption": "Rumah tangga yang menempuh lebih dari {m} menit ke sentranya atau tidak "
        "punya jalan menuju sentra dalam jangkauan: {n} rumah tangga. Warna: jumlah per "
        "kelurahan.{cells} Jumlah di bawah 5 tidak ditampilkan. Di tempat ini yang dibutuhkan "
        "adalah jalan baru, bukan peningkatan.",
        "cells_note": " Kotak ungu: sel 250 m berisi sedikitnya 5 di antaranya.",
        "none": "Tidak ada rumah tangga yang menempuh lebih dari {m} menit ke sentranya.",
        "few": "< 5",
        "cells": "Sel 250 m (>= 5)",
        "count": "Rumah tangga terisolasi per kelurahan",
        "min": "menit",
    },
    "en": {
        "h": "Isolated households",
        "caption": "Households more than {m} minutes from their centre, or with no road "
        "leading to a centre within reach: {n} households. Colour: count per kelurahan.{cells} "
        "Counts under 5 are not shown. Here a new link, not an upgrade, is needed.",
        "cells_note": " Purple squares: 250 m cells holding at least 5 of them.",
        "none": "No household is more than {m} minutes from its centre.",
        "few": "< 5",
        "cells": "250 m cells (>= 5)",
        "count": "Isolated households per kelurahan",
        "min": "min",
    },
}


def tx(key: str, lang: str, **values: object) -> str:
    """A string of this map."""
    text = TEXTS[lang][key]
    return text.format(**values) if values else text


def map_threshold(
    origins: pd.DataFrame, *, thresholds: tuple[float, ...] = THRESHOLDS_MIN
) -> float:
    """The first of :data:`THRESHOLDS_MIN` beyond which at least ``MIN_COUNT`` households
    (reaching a centre) lie."""
    for m in thresholds:
        if int(isolation_flags(origins, threshold_min=m)["far"].sum()) >= MIN_COUNT:
            return m
    return thresholds[0]


def isolated_map_figure(results: Results, *, threshold_min: float, lang: str,
                        width_mm: float) -> Figure:  # fmt: skip
    """Kelurahan counts (when known) and cells of isolated households over the roads."""
    o = results.origins
    fig = Figure(figsize=(width_mm / 25.4, width_mm * 0.62 / 25.4))
    ax = fig.add_axes((0, 0, 0.74, 1))
    handles = []
    admin = results.extra.get("kelurahan")
    if admin is not None and "kelurahan" in o.columns and len(admin):
        admin = admin.to_crs(results.segments.crs)
        table = isolation_by_area(o, threshold_min=threshold_min)
        counts = dict(zip(table["kelurahan"], table["isolated"], strict=True))
        raw = isolation_flags(o, threshold_min=threshold_min)["isolated"]
        any_iso = set(o.loc[raw.to_numpy(), "kelurahan"].fillna("").astype(str))
        names = admin["kelurahan"].astype(str).to_numpy()
        value = np.array([np.nan if pd.isna(counts.get(k)) else float(counts[k])
                          for k in names])  # fmt: skip
        cmap = ListedColormap(COUNT_COLOURS)
        norm = BoundaryNorm(COUNT_BREAKS, cmap.N)
        colours = [SUPPRESSED if k in any_iso and not np.isfinite(v) else
                   (to_hex(cmap(norm(v))) if np.isfinite(v) and v > 0 else "#ffffff")
                   for k, v in zip(names, value, strict=True)]  # fmt: skip
        admin.plot(ax=ax, color=colours, edgecolor="#7a7a7a", linewidth=0.4)
        pairs = itertools.pairwise(COUNT_BREAKS[:-1])
        labels = [f"{int(lo)}-{int(hi) - 1}" for lo, hi in pairs]
        labels.append(f">= {int(COUNT_BREAKS[-2])}")
        handles += [Patch(color=c, label=lab) for c, lab in zip(COUNT_COLOURS, labels,
                                                                  strict=True)]  # fmt: skip
        handles.append(Patch(facecolor=SUPPRESSED, edgecolor="#7a7a7a", label=tx("few", lang)))
    plot_lines(ax, results.segments.geometry, color="#8a8f96", linewidth=0.12)
    cells = isolated_cells(o, threshold_min=threshold_min)
    if len(cells):
        cells.plot(ax=ax, color=CELL_COLOUR, linewidth=0)
        handles.append(Patch(color=CELL_COLOUR, label=tx("cells", lang)))
    results.centres.plot(ax=ax, color="#1f4e9c", marker="s", markersize=8)
    ax.set_axis_off()
    ax.set_aspect("equal")
    if handles:
        fig.legend(handles=handles, loc="center left", bbox_to_anchor=(0.75, 0.5),
                   fontsize=6.5, frameon=False,
                   title=f"{tx('count', lang)}\n(> {threshold_min:g} {tx('min', lang)})",
                   title_fontsize=6.5)  # fmt: skip
    if results.synthetic:
        fig.text(0.37, 0.995, t("synthetic_note", lang), ha="center", va="top", fontsize=6,
                 color="#b3261e", fontweight="bold")  # fmt: skip
    return fig


def isolated_map(
    results: Results, *, lang: str, thresholds: tuple[float, ...] = THRESHOLDS_MIN
) -> list[Flowable]:
    """Heading, map and caption for the briefing (nothing when no household is isolated)."""
    from mataram_gis.outputs.briefing_style import H2, SMALL, WIDTH

    o = results.origins
    m = map_threshold(o, thresholds=thresholds)
    n = int(isolation_flags(o, threshold_min=m)["isolated"].sum())
    if n < MIN_COUNT:
        return [Paragraph(tx("none", lang, m=fmt_num(m, lang)), SMALL)]
    fig = isolated_map_figure(results, threshold_min=m, lang=lang, width_mm=174)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=200, bbox_inches="tight", pad_inches=0.03)
    image = Image(io.BytesIO(buffer.getvalue()))
    image.drawWidth, image.drawHeight = WIDTH, image.imageHeight * WIDTH / image.imageWidth
    cells = tx("cells_note", lang) if len(isolated_cells(o, threshold_min=m)) else ""
    caption = tx("caption", lang, m=fmt_num(m, lang), n=fmt_num(n, lang), cells=cells)
    return [KeepTogether([Paragraph(tx("h", lang), H2), image, Paragraph(caption, SMALL)])]

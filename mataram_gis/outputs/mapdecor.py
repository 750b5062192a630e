"""Map furniture: scale bar, north arrow, graticule with degree labels, synthetic watermark."""

from __future__ import annotations

import math

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch, Polygon, Rectangle
from pyproj import Transformer

from mataram_gis.outputs.mapplot import INK, MapFrame
from mataram_gis.outputs.texts import t

GRID_COLOUR = "#8a939e"
#: Candidate graticule steps in arc-minutes.
STEPS_MIN: tuple[float, ...] = (0.5, 1, 2, 5, 10, 15, 30, 60)


def nice_length(max_m: float) -> float:
    """Largest 1/2/5 x 10^k metres not above ``max_m``."""
    exp = 10 ** math.floor(math.log10(max_m))
    for step in (5, 2, 1):
        if step * exp <= max_m:
            return step * exp
    return exp


def draw_scale_bar(
    ax: Axes, frame: MapFrame, *, lang: str, width_mm: float = 40.0, corner: str = "lower left"
) -> None:
    """Alternating black/white bar (4 parts) at the lower left, with km labels and 1:scale."""
    mm = frame.m_per_mm
    length = nice_length(width_mm * mm)
    x0 = frame.xmin + 6 * mm
    if corner == "lower right":
        x0 = frame.xmax - 6 * mm - length - 9 * mm
    y0 = frame.ymin + 6 * mm
    h = 1.4 * mm
    ax.add_patch(
        FancyBboxPatch(
            (x0 - 3 * mm, y0 - 4.2 * mm),
            length + 12 * mm,
            11 * mm,
            boxstyle=f"round,pad=0,rounding_size={mm}",
            fc="white",
            ec="#b0b6bd",
            lw=0.4,
            alpha=0.92,
            zorder=30,
        )
    )
    parts = 4
    for i in range(parts):
        ax.add_patch(
            Rectangle(
                (x0 + i * length / parts, y0),
                length / parts,
                h,
                fc=INK if i % 2 == 0 else "white",
                ec=INK,
                lw=0.5,
                zorder=31,
            )
        )
    unit_km = length >= 1000
    for i in (0, parts // 2, parts):
        v = length * i / parts
        label = _fmt_len(v / 1000 if unit_km else v, lang)
        ax.text(
            x0 + v,
            y0 + h + 0.8 * mm,
            label,
            ha="center",
            va="bottom",
            fontsize=5.5,
            color=INK,
            zorder=31,
        )
    ax.text(
        x0 + length + 1.5 * mm,
        y0 + h / 2,
        "km" if unit_km else "m",
        ha="left",
        va="center",
        fontsize=5.5,
        color=INK,
        zorder=31,
    )
    scale = _fmt_scale(frame.scale, lang)
    ax.text(
        x0, y0 - 1.2 * mm, f"1 : {scale}", ha="left", va="top", fontsize=5.5, color=INK, zorder=31
    )


def _fmt_len(v: float, lang: str) -> str:
    text = f"{v:g}"
    return text.replace(".", ",") if lang == "id" else text


def _fmt_scale(scale: float, lang: str) -> str:
    rounded = float(f"{scale:.2g}")
    text = f"{rounded:,.0f}"
    return text.replace(",", ".") if lang == "id" else text


def draw_north_arrow(ax: Axes, frame: MapFrame, *, lang: str) -> None:
    """A two-tone arrow with the letter U / N at the upper right."""
    mm = frame.m_per_mm
    cx = frame.xmax - 9 * mm
    top = frame.ymax - 7 * mm
    h, w = 9 * mm, 3 * mm
    base = top - h
    ax.add_patch(
        Polygon(
            [(cx, top), (cx - w, base), (cx, base + 2.2 * mm)],
            closed=True,
            fc=INK,
            ec=INK,
            lw=0.5,
            zorder=31,
        )
    )
    ax.add_patch(
        Polygon(
            [(cx, top), (cx + w, base), (cx, base + 2.2 * mm)],
            closed=True,
            fc="white",
            ec=INK,
            lw=0.5,
            zorder=31,
        )
    )
    ax.text(
        cx,
        top + 1.0 * mm,
        t("north", lang),
        ha="center",
        va="bottom",
        fontsize=8,
        fontweight="bold",
        color=INK,
        zorder=31,
        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
    )


def _graticule_step(span_deg: float) -> float:
    """Step (degrees) giving 3-6 lines over ``span_deg``."""
    for minutes in STEPS_MIN:
        if span_deg / (minutes / 60) <= 6:
            return minutes / 60
    return 1.0


def fmt_dm(value: float, *, lat: bool, lang: str) -> str:
    """116°05' BT / 8°35' LS in Indonesian; 116°05'E / 8°35'S in English."""
    hemi = ("LU", "LS") if lat else ("BT", "BB")
    if lang == "en":
        hemi = ("N", "S") if lat else ("E", "W")
    h = hemi[0] if value >= 0 else hemi[1]
    total = round(abs(value) * 60, 1)
    deg, minutes = int(total // 60), total - 60 * int(total // 60)
    mtext = f"{minutes:04.1f}" if minutes % 1 else f"{int(minutes):02d}"
    sep = " " if lang == "id" else ""
    return f"{deg}\u00b0{mtext}\u2032{sep}{h}"


def draw_graticule(ax: Axes, frame: MapFrame, crs: object, *, lang: str) -> None:
    """Thin lines of longitude/latitude with degree-minute labels outside the frame."""
    to_geo = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    to_map = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    xs = np.array([frame.xmin, frame.xmax, frame.xmin, frame.xmax])
    ys = np.array([frame.ymin, frame.ymin, frame.ymax, frame.ymax])
    lon, lat = to_geo.transform(xs, ys)
    step = _graticule_step(max(lon.max() - lon.min(), lat.max() - lat.min()))
    lat_line = np.linspace(lat.min() - step, lat.max() + step, 60)
    lon_line = np.linspace(lon.min() - step, lon.max() + step, 60)
    xticks, xlabels, yticks, ylabels = [], [], [], []
    for lo in np.arange(math.ceil(lon.min() / step) * step, lon.max(), step):
        gx, gy = to_map.transform(np.full_like(lat_line, lo), lat_line)
        ax.plot(gx, gy, color=GRID_COLOUR, lw=0.35, ls=(0, (4, 3)), alpha=0.7, zorder=1.5)
        bx = float(np.interp(frame.ymin, gy, gx))
        if frame.xmin < bx < frame.xmax:
            xticks.append(bx)
            xlabels.append(fmt_dm(lo, lat=False, lang=lang))
    for la in np.arange(math.ceil(lat.min() / step) * step, lat.max(), step):
        gx, gy = to_map.transform(lon_line, np.full_like(lon_line, la))
        ax.plot(gx, gy, color=GRID_COLOUR, lw=0.35, ls=(0, (4, 3)), alpha=0.7, zorder=1.5)
        by = float(np.interp(frame.xmin, gx, gy))
        if frame.ymin < by < frame.ymax:
            yticks.append(by)
            ylabels.append(fmt_dm(la, lat=True, lang=lang))
    frame.apply(ax)
    ax.set_xticks(xticks, xlabels, fontsize=5.5, color="#4a525c")
    ax.set_yticks(yticks, ylabels, fontsize=5.5, color="#4a525c", rotation=90, va="center")
    ax.tick_params(length=2, width=0.4, pad=1.5, top=True, right=True, direction="out")
    for spine in ax.spines.values():
        spine.set_linewidth(0.6)
        spine.set_color(INK)


def draw_watermark(fig: Figure, *, lang: str) -> None:
    """Diagonal DATA SINTETIS / SYNTHETIC DATA across the whole page (above the map).

    The text follows the page diagonal and is sized to span about 80 % of it.
    """
    text = t("synthetic_mark", lang)
    w_pt, h_pt = fig.get_figwidth() * 72, fig.get_figheight() * 72
    angle = math.degrees(math.atan2(h_pt, w_pt))
    size = 0.8 * math.hypot(w_pt, h_pt) / (0.68 * len(text))
    fig.text(
        0.5,
        0.5,
        text,
        ha="center",
        va="center",
        rotation=angle,
        fontsize=size,
        fontweight="bold",
        color="#b3261e",
        alpha=0.12,
        zorder=100,
    )

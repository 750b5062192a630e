"""The printed priority map: page layout (title, map, legend, footer) and export.

Figures are built without pyplot (no global backend, no GUI state), so the GUI can call
these functions from a worker thread.

PDF and SVG are vector (roads are line collections, text stays text); PNG is 300 dpi.
Files are written to a temporary name beside the target and renamed when complete.
"""

from __future__ import annotations

import logging
from pathlib import Path

import matplotlib
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from mataram_gis import settings
from mataram_gis.atomic import atomic_target
from mataram_gis.errors import UsageError
from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.outputs.mapdecor import (
    draw_graticule,
    draw_north_arrow,
    draw_scale_bar,
    draw_watermark,
)
from mataram_gis.outputs.maplegend import (
    INK,
    MUTED,
    draw_density_legend,
    draw_symbol_legend,
    draw_top_list,
    mm_axes,
)
from mataram_gis.outputs.mapplot import (
    SCALE_BAR_MM,
    MapData,
    MapFrame,
    draw_map_content,
    prepare_map,
    scale_bar_corner,
)
from mataram_gis.outputs.programme_texts import scenario_label
from mataram_gis.outputs.texts import check_lang, fmt_date, fmt_num, mode_name, source_text, t
from mataram_gis.outputs.upgrade_choice import ResolvedUpgrade, parse_upgrade, resolve_upgrade
from mataram_gis.results import Results, published_path

logger = logging.getLogger(__name__)

#: Paper sizes (mm), landscape.
PAPERS: dict[str, tuple[float, float]] = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}
FORMATS: tuple[str, ...] = ("pdf", "png", "svg")
PNG_DPI = settings.PNG_DPI
MARGIN = 10.0
#: Type 3 PDF fonts: text stays extractable and the file is written several times faster
#: than with embedded TrueType subsets; SVG keeps text as text.
RC = {"pdf.fonttype": 3, "svg.fonttype": "none", "font.family": "DejaVu Sans"}


def scenario_line(results: Results, lang: str) -> str:
    """Scenario name, mode, equity weights and trips per year in one line."""
    s = results.scenario
    weights = " / ".join(
        fmt_num(s.equity_weights[k], lang, decimals=1) for k in sorted(s.equity_weights)
    )
    return t(
        "scenario_line",
        lang,
        name=scenario_label(s, lang),
        mode=mode_name(s.mode, lang),
        weights=weights,
        trips=fmt_num(s.trips_per_year, lang),
    )


def sources_line(results: Results, lang: str) -> str:
    """Input files (grouped when identical) with short hashes."""
    groups: dict[str, list[str]] = {}
    for src in results.record.get("inputs", []) or []:
        path = str(src.get("path", ""))
        sha = str(src.get("sha256", "") or "")
        label = published_path(src)
        if not sha and path.startswith("built-in demo"):
            label = source_text(path, lang)
        key = f"{label} (SHA-256 {sha[:12]}\u2026)" if sha else label
        groups.setdefault(key, []).append(
            t(f"role_{src.get('role', '')}", lang)
            if src.get("role") in ("roads", "centres", "households")
            else str(src.get("role", ""))
        )
    parts = [f"{', '.join(roles)}: {key}" for key, roles in groups.items()]
    return f"{t('sources', lang)}: " + ("; ".join(parts) if parts else "-")


def made_line(results: Results, lang: str) -> str:
    """Creation date, software version and CRS."""
    version = (results.record.get("software") or {}).get("mataram_gis", "?")
    crs = str(results.record.get("crs") or results.segments.crs or "")
    if crs == "EPSG:32750":
        crs += " (WGS 84 / UTM 50S)"
    return t(
        "made", lang, date=fmt_date(results.record.get("created"), lang), version=version, crs=crs
    )


def draw_admin(ax: object, results: Results, frame: MapFrame, placer: object = None) -> None:
    """Kelurahan on the map (:mod:`mataram_gis.outputs.mapadmin`), names placed by ``placer``."""
    from mataram_gis.outputs.mapadmin import draw_admin as draw

    draw(ax, results, frame, placer=placer)  # type: ignore[arg-type]


def compose_map(
    results: Results,
    *,
    width_mm: float,
    height_mm: float,
    lang: str = "id",
    top: int = 10,
    title: bool = True,
    data: MapData | None = None,
    travel_time: str | None = None,
    upgrade: str | ResolvedUpgrade | None = None,
    hazard: object = None,
    isolated_min: float | None = None,
) -> Figure:
    """A complete map page (or, with ``title=False``, a map block for the briefing);
    ``travel_time`` (``before``/``after``/``saved``) shows the aggregated travel-time cells
    with ``upgrade`` applied (``top:N``, ``segment:ID``, ``ruas:NOMOR``, ``portfolio[:BUDGET]``,
    :mod:`mataram_gis.outputs.upgrade_choice`; default ``top:10``) in place of the household
    density, with their legend in place of the density legend. ``hazard`` (flood-prone
    polygons) and ``isolated_min`` (minutes door to centre; 0: automatic) add those overlays
    (:mod:`mataram_gis.outputs.maphazard`) with their legend rows."""
    from mataram_gis.outputs.maphazard import (
        draw_overlay_legend,
        draw_overlays,
        legend_rows,
        prepare_overlays,
    )

    lang = check_lang(lang)
    travel = _travel(results, travel_time, upgrade) if travel_time else None
    overlays = prepare_overlays(results, hazard=hazard, isolated_min=isolated_min)  # type: ignore[arg-type]
    data = data or prepare_map(results, top=top)
    fig = Figure(figsize=(width_mm / 25.4, height_mm / 25.4))
    fig.patch.set_facecolor("white")
    landscape = width_mm > height_mm
    extra = travel_line(travel_time, travel[1], lang) if travel is not None else ""
    head = (26.0 if extra else 21.0) if title else 0.0
    foot = 15.0 if title else 0.0
    top_y = height_mm - MARGIN - head
    if landscape:
        panel_w = 72.0
        map_box = (
            MARGIN + 5,
            MARGIN + foot + 5,
            width_mm - 2 * MARGIN - panel_w - 9,
            top_y - MARGIN - foot - 5,
        )
        panel_box = (width_mm - MARGIN - panel_w, MARGIN + foot, panel_w, top_y - MARGIN - foot)
    else:
        panel_h = (
            66.0 + (12.0 if travel is not None else 0.0) + 5.0 * len(legend_rows(overlays, lang))
        )
        map_box = (
            MARGIN + 5,
            MARGIN + foot + panel_h + 5,
            width_mm - 2 * MARGIN - 5,
            top_y - MARGIN - foot - panel_h - 5,
        )
        panel_box = (MARGIN, MARGIN + foot, width_mm - 2 * MARGIN, panel_h)
    x, y, w, h = map_box
    ax = fig.add_axes((x / width_mm, y / height_mm, w / width_mm, h / height_mm))
    frame = MapFrame.fit(data.bounds, w, h, bottom_mm=SCALE_BAR_MM[1] - 4)
    corner = scale_bar_corner(data, frame)
    placer = draw_map_content(ax, data, frame, corner=corner, density=travel is None)
    if travel is not None:
        from mataram_gis.outputs.maptravel import draw_travel_cells

        draw_travel_cells(ax, travel[0], mode=travel_time)  # type: ignore[arg-type]
    if overlays:
        draw_overlays(ax, results, overlays)
    draw_admin(ax, results, frame, placer)  # kelurahan boundaries and names (issue 14)
    draw_graticule(ax, frame, results.segments.crs, lang=lang)
    draw_scale_bar(ax, frame, lang=lang, corner=corner)
    draw_north_arrow(ax, frame, lang=lang)
    px, py, pw, ph = panel_box
    pax = fig.add_axes((px / width_mm, py / height_mm, pw / width_mm, ph / height_mm))
    mm_axes(pax, pw, ph)

    def cells_legend(x0: float, y0: float, width: float) -> float:
        if travel is None:
            y0 = draw_density_legend(pax, data, x=x0, y=y0, lang=lang)
        else:
            from mataram_gis.outputs.maptravel import draw_travel_legend

            y0 = draw_travel_legend(pax, x=x0, y=y0, width=width, mode=travel_time,  # type: ignore[arg-type]
                                    upgrade=travel[1], lang=lang)  # fmt: skip
        return draw_overlay_legend(pax, overlays, x=x0, y=y0, width=width, lang=lang)

    if landscape:
        y_end = draw_symbol_legend(pax, data, x=0, y=ph - 1, lang=lang, density=False)
        y_end = cells_legend(0, y_end, pw)
        draw_top_list(pax, data, x=0, y=y_end - 3, width=pw, lang=lang)
    else:
        draw_symbol_legend(pax, data, x=0, y=ph - 1, lang=lang, density=False)
        y_end = draw_top_list(pax, data, x=pw * 0.55, y=ph - 1, width=pw * 0.45, lang=lang)
        cells_legend(pw * 0.55, y_end - 2, pw * 0.45)
    if title:
        _title_block(fig, results, width_mm=width_mm, height_mm=height_mm, lang=lang, extra=extra)
        _footer(fig, results, width_mm=width_mm, lang=lang)
    if data.synthetic and title:  # the briefing marks its own pages
        draw_watermark(fig, lang=lang)
    return fig


def _travel(
    results: Results, mode: str, upgrade: str | ResolvedUpgrade | None
) -> tuple[object, ResolvedUpgrade]:
    """The travel-time cells and the resolved upgrade (errors before anything is drawn)."""
    from mataram_gis.outputs.maptravel import check_mode, map_travel_cells

    check_mode(mode)
    if not isinstance(upgrade, ResolvedUpgrade):
        upgrade = resolve_upgrade(results, parse_upgrade(upgrade))
    return map_travel_cells(results, upgrade)


def travel_line(mode: str, upgrade: ResolvedUpgrade, lang: str) -> str:
    """The page title's addition naming the travel-time layer and its upgrade."""
    from mataram_gis.outputs.maptravel import travel_title

    return travel_title(mode, upgrade, lang)


def _title_block(
    fig: Figure, results: Results, *, width_mm: float, height_mm: float, lang: str,
    extra: str = "",
) -> None:  # fmt: skip
    fx = MARGIN / width_mm
    ytop = 1 - MARGIN / height_mm
    fig.text(fx, ytop, t("map_title", lang), fontsize=17, fontweight="bold", color=INK, va="top")
    fig.text(
        fx,
        ytop - 9.0 / height_mm,
        t("city", lang) + "  \u2022  " + fmt_date(results.record.get("created"), lang),
        fontsize=9,
        color=INK,
        va="top",
    )
    down = 0.0
    if extra:  # the travel-time layer and its upgrade, on a line of its own
        fig.text(fx, ytop - 14.0 / height_mm, extra, fontsize=8.5, color=INK, va="top",
                 fontweight="bold")  # fmt: skip
        down = 5.0
    fig.text(
        fx,
        ytop - (14.5 + down) / height_mm,
        scenario_line(results, lang),
        fontsize=7.5,
        color=MUTED,
        va="top",
    )
    line_y = ytop - (20.0 + down) / height_mm
    fig.add_artist(Line2D([fx, 1 - fx], [line_y, line_y], color=INK, lw=0.8))


def _footer(fig: Figure, results: Results, *, width_mm: float, lang: str) -> None:
    height_mm = fig.get_figheight() * 25.4
    fx = MARGIN / width_mm
    base = MARGIN / height_mm
    fig.add_artist(Line2D([fx, 1 - fx], [base + 13.5 / height_mm] * 2, color="#b0b6bd", lw=0.5))
    fig.text(
        fx,
        base + 11.5 / height_mm,
        sources_line(results, lang),
        fontsize=6,
        color=MUTED,
        va="top",
        wrap=True,
    )
    fig.text(
        fx, base + 7.5 / height_mm, made_line(results, lang), fontsize=6, color=MUTED, va="top"
    )
    if results.synthetic:
        fig.text(
            fx,
            base + 3.0 / height_mm,
            t("synthetic_note", lang),
            fontsize=7,
            fontweight="bold",
            color="#b3261e",
            va="top",
        )


def paper_size(paper: str, orientation: str) -> tuple[float, float]:
    """Width and height (mm) of a paper size in an orientation."""
    key = paper.upper()
    if key not in PAPERS:
        raise UsageError(f"unknown paper size {paper!r}", fix="use A4 or A3")
    if orientation not in ("landscape", "portrait"):
        raise UsageError(f"unknown orientation {orientation!r}", fix="use landscape or portrait")
    w, h = PAPERS[key]
    return (w, h) if orientation == "landscape" else (h, w)


def save_figure(fig: Figure, path: Path, *, dpi: int = PNG_DPI) -> Path:
    """Save atomically in the format of ``path``'s suffix (pdf, png or svg)."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UsageError(
            f"cannot write a map as '.{fmt}'",
            file=str(path),
            fix="give a file name ending in .pdf, .png or .svg",
        )
    meta = {"Creator": "Mataram GIS"} if fmt in ("pdf", "svg") else {"Software": "Mataram GIS"}
    with atomic_target(path) as tmp, matplotlib.rc_context(RC):
        kwargs = {"pil_kwargs": {"compress_level": 3}} if fmt == "png" else {}
        fig.savefig(tmp, format=fmt, dpi=dpi, metadata=meta, **kwargs)
    return path


def export_map(
    results: Results,
    path: str | Path,
    *,
    paper: str = "A4",
    orientation: str = "landscape",
    lang: str = "id",
    top: int = 10,
    travel_time: str | None = None,
    upgrade: str | None = None,
    hazard: object = None,
    isolated_min: float | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Path:
    """Write the priority map to ``path`` (.pdf/.svg vector, .png 300 dpi); returns ``path``.

    The ``map`` kind of the export service: ``results``, ``path`` (its suffix chooses the
    format) and the job callbacks ``progress`` and ``cancel`` are those of
    :func:`mataram_gis.outputs.service.export`; the other parameters are its options.

    Parameters
    ----------
    paper, orientation
        ``A4``/``A3`` and ``landscape``/``portrait``.
    lang
        ``id`` (default) or ``en``.
    top
        How many top-ranked segments get a rank label (0: none).
    travel_time
        ``before``, ``after`` or ``saved``: the aggregated travel-time cells (cells under 5
        households not shown) in place of the household density, or ``None``.
    upgrade
        What the travel-time cells show upgraded: ``top:N`` (default ``top:10``),
        ``segment:ID[,ID...]``, ``ruas:NOMOR`` or ``portfolio[:BUDGET]``
        (:mod:`mataram_gis.outputs.upgrade_choice`).
    hazard
        Flood-prone polygons (a GeoDataFrame, e.g. :func:`mataram_gis.io.admin.read_hazard`):
        drawn hatched, the segments they touch cased in blue.
    isolated_min
        Draw the 250 m cells of at least 5 households beyond this many minutes from their
        centre or off the network (0: the briefing's automatic threshold), or ``None``.
    """
    progress = progress or no_progress
    path = Path(path)
    width_mm, height_mm = paper_size(paper, orientation)
    check_lang(lang)
    progress(0.05, "preparing the map")
    data = prepare_map(results, top=top)
    check_cancel(cancel)
    progress(0.3, "drawing the map")
    with matplotlib.rc_context(RC):
        fig = compose_map(
            results,
            width_mm=width_mm,
            height_mm=height_mm,
            lang=lang,
            top=top,
            data=data,
            travel_time=travel_time,
            upgrade=upgrade,
            hazard=hazard,
            isolated_min=isolated_min,
        )
    check_cancel(cancel)
    progress(0.6, f"writing {path.name}")
    save_figure(fig, path)
    progress(1.0, "map written")
    logger.info("map written: %s", path)
    return path

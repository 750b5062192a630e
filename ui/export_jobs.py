"""Job functions of the published outputs, run in workers (no Qt here).

Each takes the current in-memory :class:`~mataram_gis.analysis.Analysis` and builds the
:class:`~mataram_gis.results.Results` the output functions expect directly from it (the
same tables and scenario record that ``write_results`` would store), so nothing has to be
written and read back first.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mataram_gis.jobs import CancelCheck, Progress, check_cancel

if TYPE_CHECKING:
    from mataram_gis.analysis import Analysis
    from mataram_gis.results import Results

logger = logging.getLogger(__name__)

#: Resolution of the print preview image (the exported PNG itself is 300 dpi).
PREVIEW_DPI = 80


def results_of(analysis: Analysis) -> Results:
    """The analysis as a :class:`Results` (segments, origins, centres, scenario record)."""
    from mataram_gis.results import Results, scenario_record

    return Results(
        segments=analysis.segments,
        origins=analysis.origins,
        centres=analysis.centres,
        record=scenario_record(analysis),
    )


def map_job(
    analysis: Analysis,
    path: Path,
    options: dict[str, Any],
    *,
    progress: Progress,
    cancel: CancelCheck,
) -> Path:
    """Write the priority map (``options``: paper, orientation, lang, top)."""
    from mataram_gis.outputs.mapexport import export_map

    progress(0.02, "collecting the results")
    results = results_of(analysis)
    check_cancel(cancel)
    return export_map(results, path, **options, progress=progress, cancel=cancel)


def preview_job(
    analysis: Analysis,
    path: Path,
    options: dict[str, Any],
    *,
    progress: Progress,
    cancel: CancelCheck,
) -> Path:
    """The same page as :func:`map_job`, as a low-resolution PNG for the preview."""
    import matplotlib

    from mataram_gis.outputs.mapexport import RC, compose_map, paper_size, save_figure

    progress(0.05, "collecting the results")
    results = results_of(analysis)
    width_mm, height_mm = paper_size(options["paper"], options["orientation"])
    check_cancel(cancel)
    progress(0.3, "drawing the preview")
    with matplotlib.rc_context(RC):
        fig = compose_map(
            results, width_mm=width_mm, height_mm=height_mm, lang=options["lang"],
            top=options["top"],
        )  # fmt: skip
    check_cancel(cancel)
    progress(0.7, "rendering the preview")
    save_figure(fig, Path(path), dpi=PREVIEW_DPI)
    progress(1.0, "preview ready")
    return Path(path)


def table_job(
    analysis: Analysis,
    path: Path,
    options: dict[str, Any],
    *,
    progress: Progress,
    cancel: CancelCheck,
) -> Path:
    """Write the ranking as CSV or XLSX (by suffix; ``options``: lang, top)."""
    from mataram_gis.outputs.tables import export_table

    progress(0.1, "collecting the results")
    results = results_of(analysis)
    check_cancel(cancel)
    progress(0.4, f"writing {path.name}")
    out = export_table(results, path, lang=options["lang"], top=options.get("top") or None)
    progress(1.0, f"{path.name} written")
    return out


def gpkg_job(
    analysis: Analysis,
    path: Path,
    options: dict[str, Any],
    *,
    progress: Progress,
    cancel: CancelCheck,
) -> Path:
    """Write the results GeoPackage with default QGIS styles (legend in ``options['lang']``)."""
    from mataram_gis.outputs.qml import add_qgis_styles
    from mataram_gis.results import write_results

    progress(0.1, f"writing {path.name}")
    write_results(analysis, path)
    check_cancel(cancel)
    progress(0.8, "adding QGIS styles")
    add_qgis_styles(path, lang=options["lang"], top=options.get("top") or 10)
    progress(1.0, f"{path.name} written")
    logger.info("results written with QGIS styles: %s", path)
    return path


def briefing_job(
    analysis: Analysis,
    path: Path,
    options: dict[str, Any],
    *,
    progress: Progress,
    cancel: CancelCheck,
) -> Path:
    """Write the council briefing PDF (``options``: lang, top, budget_rp)."""
    from mataram_gis.outputs.briefing import build_briefing

    progress(0.02, "collecting the results")
    results = results_of(analysis)
    check_cancel(cancel)
    return build_briefing(
        results, path, lang=options["lang"], top=options["top"],
        budget_rp=options.get("budget_rp"), progress=progress, cancel=cancel,
    )  # fmt: skip

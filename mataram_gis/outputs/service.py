"""The one export service: every published output, for the CLI and the GUI alike.

:func:`export` takes an output *kind*, a :class:`~mataram_gis.results.Results` (from a
file or a live analysis), a path, options, and the job callbacks ``progress``/``cancel``.
It checks the path up front (:func:`mataram_gis.outpaths.check_output`: never one of the
result's inputs), fills in the kind's default options, refuses unknown ones, and runs the
kind's writer, which writes atomically (:mod:`mataram_gis.atomic`).

Adding an output kind (e.g. the programme table, isochrones) is one :func:`register` call
with a writer ``write(results, path, options, progress, cancel) -> Path`` and its default
options; the CLI sub-command and the GUI's generic export job then just name the kind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mataram_gis import settings
from mataram_gis.errors import UsageError
from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.outpaths import check_output
from mataram_gis.results import Results

logger = logging.getLogger(__name__)

Writer = Callable[[Results, Path, dict[str, Any], Progress, CancelCheck | None], Path]


@dataclass(frozen=True)
class OutputKind:
    """One kind of published output.

    Attributes
    ----------
    name
        The kind's key (``map``, ``table``, ...).
    write
        ``write(results, path, options, progress, cancel) -> Path``.
    defaults
        Every option the kind takes, with its default.
    """

    name: str
    write: Writer
    defaults: Mapping[str, Any] = field(default_factory=dict)


KINDS: dict[str, OutputKind] = {}


def register(kind: OutputKind) -> OutputKind:
    """Make ``kind`` available to :func:`export` (replaces a kind of the same name)."""
    KINDS[kind.name] = kind
    return kind


def export(
    kind: str,
    results: Results,
    path: str | Path,
    *,
    options: Mapping[str, Any] | None = None,
    label: str = "--out",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Path:
    """Write one output of ``kind`` from ``results`` to ``path``.

    Parameters
    ----------
    kind
        A key of :data:`KINDS`.
    results
        The results (:func:`~mataram_gis.results.read_results` or
        :meth:`~mataram_gis.results.Results.from_analysis`).
    path
        The file to write; checked against ``results.input_paths`` first.
    options
        The kind's options (see its ``defaults``); ``None`` values take the default.
    label
        How the user named the path, for messages.
    progress, cancel
        Job callbacks (:mod:`mataram_gis.jobs`).

    Raises
    ------
    UsageError
        For an unknown kind or option.
    OutputError
        When the path cannot or may not be written.
    """
    if kind not in KINDS:
        raise UsageError(f"unknown output kind {kind!r}", fix=f"use one of: {', '.join(KINDS)}")
    spec = KINDS[kind]
    given = {k: v for k, v in (options or {}).items() if v is not None}
    unknown = sorted(set(given) - set(spec.defaults))
    if unknown:
        raise UsageError(f"{kind}: unknown option(s) {', '.join(unknown)}")
    path = check_output(label, path, inputs=results.input_paths)
    check_cancel(cancel)
    out = spec.write(results, path, dict(spec.defaults) | given, progress or no_progress, cancel)
    logger.info("%s written: %s", kind, out)
    return out


# -- the kinds -------------------------------------------------------------------------------
def _gpkg(results: Results, path: Path, o: dict, progress: Progress, cancel) -> Path:
    from mataram_gis.results import write_results

    progress(0.1, f"writing {path.name}")
    write_results(results, path, lang=o["lang"], top=o["top"])
    progress(1.0, f"{path.name} written")
    return path


def _map(results: Results, path: Path, o: dict, progress: Progress, cancel) -> Path:
    from mataram_gis.outputs.mapexport import export_map

    return export_map(results, path, **o, progress=progress, cancel=cancel)


def _preview(results: Results, path: Path, o: dict, progress: Progress, cancel) -> Path:
    import matplotlib

    from mataram_gis.outputs.mapexport import RC, compose_map, paper_size, save_figure

    width_mm, height_mm = paper_size(o["paper"], o["orientation"])
    progress(0.3, "drawing the preview")
    with matplotlib.rc_context(RC):
        fig = compose_map(
            results,
            width_mm=width_mm,
            height_mm=height_mm,
            lang=o["lang"],
            top=o["top"],
            travel_time=o["travel_time"],
            upgrade=o["upgrade"],
            hazard=o["hazard"],
            isolated_min=o["isolated_min"],
        )
    check_cancel(cancel)
    progress(0.7, "rendering the preview")
    save_figure(fig, path, dpi=settings.PREVIEW_DPI)
    progress(1.0, "preview ready")
    return path


def _table(results: Results, path: Path, o: dict, progress: Progress, cancel) -> Path:
    from mataram_gis.outputs.tables import export_table

    progress(0.4, f"writing {path.name}")
    out = export_table(results, path, lang=o["lang"], top=o["top"], sep=o["sep"])
    progress(1.0, f"{path.name} written")
    return out


def _ranking_csv(results: Results, path: Path, o: dict, progress: Progress, cancel) -> Path:
    """The segments layer's columns as a plain comma CSV (``rank --csv``: for scripts)."""
    from mataram_gis.analysis import SEGMENT_COLUMNS
    from mataram_gis.atomic import write_atomic
    from mataram_gis.condition_unknown import for_file

    table = for_file(results.segments).sort_values("rank", na_position="last")
    optional = ("mean_minutes_saved", "authority", "candidate", "criticality",
                "households_stranded", "kelurahan")  # fmt: skip
    extra = [c for c in optional if c in table]
    cols = [*SEGMENT_COLUMNS, *extra]
    return write_atomic(path, lambda tmp: table[cols].to_csv(tmp, index=False))


def _briefing(results: Results, path: Path, o: dict, progress: Progress, cancel) -> Path:
    from mataram_gis.outputs.briefing import build_briefing

    return build_briefing(results, path, **o, progress=progress, cancel=cancel)


_MAP_OPTIONS = {"paper": "A4", "orientation": "landscape", "lang": "id", "top": 10,
                "travel_time": None, "upgrade": None, "hazard": None,
                "isolated_min": None}  # fmt: skip
register(OutputKind("gpkg", _gpkg, {"lang": "id", "top": 10}))
register(OutputKind("map", _map, _MAP_OPTIONS))
register(OutputKind("preview", _preview, _MAP_OPTIONS))
register(OutputKind("table", _table, {"lang": "id", "top": None, "sep": ";"}))
register(OutputKind("ranking_csv", _ranking_csv, {}))
register(OutputKind("briefing", _briefing, {"lang": "id", "top": 15, "budget_rp": None,
                                           "scenario": None, "draws": 0, "unit": "segmen",
                                           "xlsx": None, "upgrade": None}))  # fmt: skip


def store_styles(results: Results, *, lang: str = "id", top: int = 10) -> Path:
    """Store (replace) the QGIS styles inside the results file ``results.path``, atomically.

    The only output written into an input, on purpose: a copy gets the styles and replaces
    the file only when complete.
    """
    import shutil

    from mataram_gis.atomic import write_atomic
    from mataram_gis.outputs.qml import write_styles
    from mataram_gis.outputs.texts import check_lang

    check_lang(lang)
    if results.path is None:
        raise UsageError("these results have no file to store styles in")
    path = check_output("--results", results.path)

    def restyle(tmp: Path) -> None:
        shutil.copyfile(path, tmp)
        write_styles(tmp, results.segments, lang=lang, top=top)

    return write_atomic(path, restyle)


def add_qgis_styles(path: str | Path, *, lang: str = "id", top: int = 10) -> Path:
    """Read the results file ``path`` and store its QGIS styles in it (``styles`` command)."""
    from mataram_gis.results import read_results

    return store_styles(read_results(path), lang=lang, top=top)

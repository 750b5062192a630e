"""The GUI's one export job (no Qt here): any output kind of the export service, in a worker.

The window's current :class:`~mataram_gis.results.Results` (built once per analysis by the
controller, engine problem included) goes to :func:`mataram_gis.outputs.service.export`,
the same service the CLI uses; adding an output kind needs no new job here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mataram_gis.jobs import CancelCheck, Progress

if TYPE_CHECKING:
    from mataram_gis.results import Results


def export_job(
    kind: str,
    results: Results,
    path: Path,
    options: dict[str, Any],
    *,
    progress: Progress,
    cancel: CancelCheck,
) -> Path:
    """Write one output of ``kind`` (see :data:`mataram_gis.outputs.service.KINDS`)."""
    from mataram_gis.outputs.service import export

    progress(0.02, f"writing {Path(path).name}")
    return export(
        kind, results, path, options=options, label=Path(path).name, progress=progress,
        cancel=cancel,
    )  # fmt: skip

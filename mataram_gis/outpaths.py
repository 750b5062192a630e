"""One up-front check of a run's output paths, before any work starts.

Every command (CLI and GUI export) calls :func:`check_outputs` with its outputs and its
inputs. An output is refused (:class:`~mataram_gis.errors.OutputError`, exit code 2) when

- it names a folder, or its folder does not exist or is not a folder;
- its folder cannot be written (a probe file is created and removed, so read-only mounts,
  permissions and immutable folders are all caught);
- the file exists and cannot be opened for writing (read-only, locked by another program);
- it is, or is the same file as (same resolved path, or ``os.path.samefile`` for links), any
  input of the run: writing over an input would destroy it;
- two outputs of the run are the same file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path

from mataram_gis.atomic import clean_stale, temp_path
from mataram_gis.errors import OutputError

PathMap = Mapping[str, "str | Path | None"]


def same_file(a: str | Path, b: str | Path) -> bool:
    """True when ``a`` and ``b`` are the same file (resolved path, or hard/soft link)."""
    a, b = Path(a), Path(b)
    try:
        if a.resolve() == b.resolve():
            return True
    except OSError:
        pass
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _probe_folder(label: str, path: Path) -> None:
    probe = temp_path(path).with_suffix(".probe")
    try:
        with open(probe, "xb") as handle:
            handle.write(b"")
    except OSError as exc:
        raise OutputError(
            f"{label}: cannot write into the folder ({exc.strerror or exc})",
            file=str(path),
            fix="choose a folder you may write to (not read-only, not full)",
        ) from None
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()


def check_output(label: str, path: str | Path, *, inputs: PathMap | None = None) -> Path:
    """Check one output path (see the module docstring); return it as a ``Path``.

    Parameters
    ----------
    label
        How the user named it (``--out``, ``--csv``, "the export file"): used in messages.
    path
        The output file.
    inputs
        ``label -> path`` of the run's inputs (``None`` values are skipped).

    Raises
    ------
    OutputError
        With a message naming the option, the file and the fix.
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(
            f"{label} names a folder, not a file",
            file=str(path),
            fix="give a file name inside that folder",
        )
    folder = path.parent
    if not folder.exists():
        raise OutputError(
            f"{label}: the output folder does not exist",
            file=str(path),
            fix=f"create the folder first ({folder}) or choose another",
        )
    if not folder.is_dir():
        raise OutputError(f"{label}: {folder} is a file, not a folder", file=str(path))
    for in_label, source in (inputs or {}).items():
        if source is not None and same_file(path, source):
            raise OutputError(
                f"{label} is the same file as the input {in_label}: writing it would destroy "
                "that input",
                file=str(path),
                fix="give the output another name",
            )
    clean_stale(path)
    _probe_folder(label, path)
    if path.exists():
        try:
            with open(path, "ab"):
                pass
        except OSError as exc:
            raise OutputError(
                f"{label}: the existing file cannot be replaced ({exc.strerror or exc})",
                file=str(path),
                fix="close it in the program that has it open (Excel, QGIS, a PDF viewer), "
                "make it writable, or choose another name",
            ) from None
    return path


def check_outputs(outputs: PathMap, *, inputs: PathMap | None = None) -> None:
    """Check every output of a run (``label -> path``; ``None`` skipped) against its inputs.

    Two outputs may not be the same file either.
    """
    given = {k: Path(v) for k, v in outputs.items() if v is not None}
    seen: dict[str, Path] = {}
    for label, path in given.items():
        for other, earlier in seen.items():
            if same_file(path, earlier):
                raise OutputError(
                    f"{label} and {other} are the same file", file=str(path),
                    fix="give each output its own name",
                )  # fmt: skip
        check_output(label, path, inputs=inputs)
        seen[label] = path

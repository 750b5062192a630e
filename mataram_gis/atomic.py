"""The one way every output file is written: a temporary file beside it, then a rename.

:func:`atomic_target` yields a temporary path in the target's folder (same file system, so
the final ``os.replace`` is atomic); the writer fills it; the file is flushed to disk
(``fsync``) and renamed over the target only when complete. On any failure, on Ctrl+C
(``KeyboardInterrupt``) and on SIGTERM (see :func:`install_sigterm`) the temporary file and
any SQLite sidecar (``-journal``, ``-wal``, ``-shm``) are removed; the previous file stays as
it was. A process killed outright (``kill -9``, power cut) cannot clean up: its temporary
files carry its process id in their name, and the next write to the same target removes
them (:func:`clean_stale`) once that process is gone.

Every ``OSError`` while writing (full disk, permission denied, a file locked by another
program) becomes an :class:`~mataram_gis.errors.OutputError` naming the file and the fix.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import signal
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from mataram_gis import settings
from mataram_gis.errors import OutputError

logger = logging.getLogger(__name__)

#: SQLite writes these beside a database while it is open (GeoPackage is SQLite).
SIDECARS: tuple[str, ...] = ("-journal", "-wal", "-shm")
_TOKEN = re.compile(r"^(?P<pid>\d+)-[0-9a-f]{8}$")


def temp_path(path: Path) -> Path:
    """A fresh hidden temporary path beside ``path``: ``.NAME.PID-RANDOM.SUFFIX``.

    The suffix is kept so writers that choose a format by it (GDAL) behave the same.
    """
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{path.suffix}")


def _pid_alive(pid: int) -> bool:
    """True while process ``pid`` runs (POSIX; elsewhere assume it does)."""
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists but belongs to someone else
        return True
    return True


def _remove(path: Path) -> None:
    for p in (path, *(Path(f"{path}{s}") for s in SIDECARS)):
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)


def clean_stale(path: str | Path) -> list[Path]:
    """Remove temporary files left beside ``path`` by killed writers; return them.

    A temporary file is stale when the process named in it is gone (POSIX), or when it is
    older than :data:`mataram_gis.settings.STALE_TEMP_AGE_S` (other systems, and names
    without a process id from older versions).
    """
    path = Path(path)
    prefix = f".{path.name}."
    removed: list[Path] = []
    try:
        candidates = [p for p in path.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return removed
    now = time.time()
    for tmp in candidates:
        if any(tmp.name.endswith(s) for s in SIDECARS):
            continue  # removed with their database below
        middle = tmp.name[len(prefix) :].removesuffix(path.suffix)
        match = _TOKEN.match(middle)
        try:
            age = now - tmp.stat().st_mtime
        except OSError:
            continue
        if match and int(match["pid"]) == os.getpid():
            continue  # this process's own write in progress
        dead = bool(match) and not _pid_alive(int(match["pid"]))
        if dead or age > settings.STALE_TEMP_AGE_S:
            _remove(tmp)
            removed.append(tmp)
    for side in candidates:  # orphaned journals whose database is already gone
        base = next((side.name[: -len(s)] for s in SIDECARS if side.name.endswith(s)), None)
        if base is not None and not (path.parent / base).exists():
            with contextlib.suppress(OSError):
                side.unlink()
                removed.append(side)
    if removed:
        logger.info("removed %d stale temporary file(s) beside %s", len(removed), path)
    return removed


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def output_error(exc: BaseException, path: Path) -> OutputError:
    """An :class:`OutputError` for an ``OSError`` (or SQLite error) while writing ``path``."""
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return OutputError(
        f"cannot write the file ({reason})",
        file=str(path),
        fix="check that the folder exists and is writable, that the disk is not full and "
        "that no other program (Excel, QGIS, a PDF viewer) has the file open",
    )


@contextlib.contextmanager
def atomic_target(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path`` atomically.

    Raises
    ------
    OutputError
        When writing, syncing or renaming fails with an ``OSError``.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise OutputError(
            "the output folder does not exist", file=str(path), fix="create the folder first"
        )
    clean_stale(path)
    tmp = temp_path(path)
    try:
        yield tmp
        _fsync(tmp)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except (OSError, sqlite3.OperationalError) as exc:
        raise output_error(exc, path) from None
    finally:
        _remove(tmp)


def write_atomic(path: str | Path, write: Callable[[Path], object]) -> Path:
    """Run ``write(tmp)`` then rename ``tmp`` over ``path`` (see :func:`atomic_target`)."""
    path = Path(path)
    with atomic_target(path) as tmp:
        write(tmp)
    return path


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def install_sigterm() -> None:
    """Turn SIGTERM into ``KeyboardInterrupt`` so writers clean up their temporary files.

    Only from the main thread (Python's rule for signal handlers); a no-op elsewhere.
    """
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _raise_interrupt)

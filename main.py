"""Mataram GIS entry point: the desktop app by default, sub-commands for headless work.

python main.py                        # the desktop app on the built-in demo
python main.py --screenshot shot.png  # open, finish the analysis, save a screenshot
python main.py rank --demo --out results.gpkg
python main.py --help                 # every sub-command
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
import time

#: When this process started running our code (the GUI logs its first ranking against it).
STARTED = time.perf_counter()

NO_DISPLAY = """error: no display found, so the desktop window cannot open.
Fix: run it under a virtual screen: xvfb-run -a python main.py
     or use the headless job: python main.py rank --demo --out results.gpkg"""


def has_display() -> bool:
    """True where a window can open (Windows, macOS, or a Linux X11/Wayland session)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def preload() -> None:
    """Import the pipeline (pandas, geopandas, Numba, SciPy) before Qt: once PySide6 is
    imported, it reads the source of every module imported after it (to look for its
    ``__feature__`` switches), which made the app's first start about a second slower
    (issue 15). The window needs these modules before it shows anyway."""
    import mataram_gis.analysis
    import mataram_gis.inputs  # noqa: F401


#: Set (to anything) to end headless jobs through Python's full interpreter teardown.
FULL_EXIT_ENV = "MATARAM_GIS_FULL_EXIT"


def quick_exit_allowed() -> bool:
    """True unless something needs the interpreter's own teardown: a profiler or tracer (which
    writes its report as the interpreter ends), coverage, or ``MATARAM_GIS_FULL_EXIT``."""
    watched = sys.gettrace() is not None or sys.getprofile() is not None
    return not (watched or "coverage" in sys.modules or os.environ.get(FULL_EXIT_ENV))


def quick_exit(code: int) -> None:
    """End a finished headless job now, skipping the interpreter's teardown.

    Tearing down the interpreter after numpy, pandas, geopandas, SciPy and Numba (freeing every
    module, object and compiled library one by one) took about 0.4 s of a 2.5 s ``rank`` on a
    small city (issue 15), for nothing: the results are already written and closed. What a
    normal exit does that matters is done first, in the interpreter's own order: other
    (non-daemon) threads are joined, which also ends idle thread pools
    (``threading._shutdown``, the first step of ``Py_FinalizeEx``); the ``atexit`` callbacks
    run (the warm-up child is stopped, logging is flushed and closed, temporary folders left
    for exit are removed); the standard streams are flushed. Then ``os._exit``. Skipped
    (a normal return) when :func:`quick_exit_allowed` says so.
    """
    if not quick_exit_allowed():
        return
    shutdown_threads = getattr(threading, "_shutdown", None)
    if shutdown_threads is None:  # another Python: keep its own exit
        return
    shutdown_threads()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing to deliver
            stream.flush()
    os._exit(code)


def run(argv: list[str]) -> int:
    """Dispatch to the GUI (no sub-command) or the CLI."""
    gui_flags = {"--screenshot", "--lang", "--demo-scale"}
    if not argv or argv[0] in gui_flags or argv[0].split("=")[0] in gui_flags:
        if not has_display():
            if "--screenshot" not in " ".join(argv):
                print(NO_DISPLAY, file=sys.stderr)
                return 2
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
        from mataram_gis import warmup

        warmup.start(hold=True)  # compile the first ranking's kernels while the window opens
        preload()
        from ui.app import run_app

        return run_app(argv, started=STARTED)
    from mataram_gis.cli import main

    code = main(argv)
    quick_exit(code)
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))

"""Mataram GIS entry point: the desktop app by default, sub-commands for headless work.

python main.py                        # the desktop app on the built-in demo
python main.py --screenshot shot.png  # open, finish the analysis, save a screenshot
python main.py rank --demo --out results.gpkg
python main.py --help                 # every sub-command
"""

from __future__ import annotations

import os
import sys
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

    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))

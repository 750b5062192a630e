"""Mataram GIS entry point: the desktop app by default, sub-commands for headless work.

python main.py                        # the desktop app on the built-in demo
python main.py --screenshot shot.png  # open, finish the analysis, save a screenshot
python main.py rank --demo --out results.gpkg
python main.py --help                 # every sub-command
"""

from __future__ import annotations

import sys


def run(argv: list[str]) -> int:
    """Dispatch to the GUI (no sub-command) or the CLI."""
    gui_flags = {"--screenshot", "--lang", "--demo-scale"}
    if not argv or argv[0] in gui_flags or argv[0].split("=")[0] in gui_flags:
        from ui.app import run_app

        return run_app(argv)
    from mataram_gis.cli import main

    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))

"""Command line: headless sub-commands sharing the job functions of the GUI.

Exit codes: 0 success, 2 bad input or usage (a message, no traceback), 1 a bug.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from mataram_gis import __version__
from mataram_gis.atomic import install_sigterm
from mataram_gis.commands import access, outputs, portfolio, rank
from mataram_gis.errors import Cancelled, MataramError

logger = logging.getLogger("mataram_gis")

#: Modules adding sub-commands, in help order.
COMMAND_MODULES = [rank, portfolio, outputs, access]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="python main.py",
        description="Mataram GIS: rank road upgrades by travel time saved for poor households.",
    )
    parser.add_argument("--version", action="version", version=f"Mataram GIS {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    install_sigterm()  # a terminated run removes its temporary files like Ctrl+C does
    try:
        return int(args.func(args) or 0)
    except MataramError as exc:
        print(f"\nerror: {exc.message}", file=sys.stderr)
        return 2
    except OSError as exc:  # the file system refused (permissions, full disk, a lock)
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"\nerror: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except Cancelled:
        print("\ncancelled", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130

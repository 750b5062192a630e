"""Command line: headless sub-commands sharing the job functions of the GUI.

Exit codes: 0 success, 2 bad input or usage (a message, no traceback), 1 a bug.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence

from mataram_gis import __version__
from mataram_gis.atomic import install_sigterm
from mataram_gis.cli_parser import Parser, translate_parser
from mataram_gis.commands import access, outputs, portfolio, rank
from mataram_gis.errors import Cancelled, MataramError
from mataram_gis.messages import LANGS, cli_text, error_message, set_language

logger = logging.getLogger("mataram_gis")

#: Environment variable with the messages' default language (``id`` or ``en``).
LANG_ENV = "MATARAM_GIS_LANG"
#: Modules adding sub-commands, in help order.
COMMAND_MODULES = [rank, portfolio, outputs, access]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command, its help in the messages' language."""
    parser = Parser(
        prog="python main.py",
        description="Mataram GIS: rank road upgrades by travel time saved for poor households.",
    )
    parser.add_argument("--version", action="version", version=f"Mataram GIS {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    for command in sub.choices.values():  # every command speaks Indonesian unless told
        with contextlib.suppress(argparse.ArgumentError):  # its own --lang serves both
            command.add_argument(
                "--lang", choices=LANGS, help=f"messages language (default: ${LANG_ENV} or id)"
            )
    translate_parser(parser)  # every help text in the command line's language, in one place
    return parser


def message_language(args: argparse.Namespace, argv: Sequence[str]) -> str:
    """The messages' language: ``--lang`` when given, else ``MATARAM_GIS_LANG``, else ``id``."""
    given = any(a == "--lang" or a.startswith("--lang=") for a in argv)
    if given or not os.environ.get(LANG_ENV):
        return getattr(args, "lang", None) or "id"
    return os.environ[LANG_ENV]


def early_language(argv: Sequence[str]) -> str:
    """The language before parsing (for ``--help``): ``--lang X``, else the environment."""
    for i, a in enumerate(argv):
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return os.environ.get(LANG_ENV) or "id"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command; return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(early_language(argv))  # help texts go through the catalogue too
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    set_language(message_language(args, argv))  # progress, errors, result lines
    install_sigterm()  # a terminated run removes its temporary files like Ctrl+C does
    try:
        return int(args.func(args) or 0)
    except MataramError as exc:
        print("\n" + cli_text("error: {}", error_message(exc.message)), file=sys.stderr)
        return 2
    except OSError as exc:  # the file system refused (permissions, full disk, a lock)
        where = f"{exc.filename}: " if exc.filename else ""
        print("\n" + cli_text("error: {}", f"{where}{exc.strerror or exc}"), file=sys.stderr)
        return 2
    except Cancelled:
        print("\n" + cli_text("cancelled"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\n" + cli_text("interrupted"), file=sys.stderr)
        return 130

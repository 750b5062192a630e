"""``map``, ``report``, ``table`` and ``styles`` sub-commands: published outputs from results."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from mataram_gis.catalogue.upgrade import HAZARD_HELP, ISOLATED_HELP, TRAVEL_HELP, UPGRADE_HELP
from mataram_gis.errors import UsageError
from mataram_gis.jobs import TextProgress
from mataram_gis.messages import cli_text
from mataram_gis.rupiah import parse_rupiah  # here too: commands and the GUI import it so

logger = logging.getLogger(__name__)


def budget_arg(text: str) -> float:
    """argparse type for ``--budget`` (argparse turns the error into exit code 2)."""
    try:
        return parse_rupiah(text)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def add_upgrade_arg(p: argparse.ArgumentParser) -> None:
    """``--upgrade`` of ``map`` and ``report`` (:mod:`mataram_gis.outputs.upgrade_choice`)."""
    p.add_argument("--upgrade", metavar="WHAT", help=UPGRADE_HELP)


def check_upgrade(args: argparse.Namespace) -> None:
    """A bad ``--upgrade`` fails before any file is read (exit 2, message in the catalogue)."""
    from mataram_gis.outputs.upgrade_choice import parse_upgrade

    if getattr(args, "upgrade", None):
        parse_upgrade(args.upgrade)


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``map``, ``report``, ``table`` and ``styles`` to the CLI."""
    p = sub.add_parser("map", help="export the priority map (PDF/SVG vector, PNG 300 dpi)")
    p.add_argument("--results", required=True, type=Path, help="results GeoPackage")
    p.add_argument("--out", required=True, type=Path, help="map.pdf, map.png or map.svg")
    p.add_argument("--paper", default="A4", type=str.upper, choices=("A4", "A3"),
                   help="paper size (default A4)")  # fmt: skip
    p.add_argument("--orientation", default="landscape", choices=("landscape", "portrait"),
                   help="page orientation (default landscape)")  # fmt: skip
    p.add_argument("--lang", default="id", choices=("id", "en"), help="language of the map")
    p.add_argument("--top", type=int, default=10, help="label the top N segments (default 10)")
    p.add_argument(
        "--travel-time", choices=("before", "after", "saved"),
        help=TRAVEL_HELP,
    )  # fmt: skip
    add_upgrade_arg(p)
    p.add_argument("--hazard", type=Path, metavar="FILE", help=HAZARD_HELP)
    p.add_argument("--isolated", type=float, nargs="?", const=0.0, metavar="MIN",
                   help=ISOLATED_HELP)  # fmt: skip
    p.set_defaults(func=cmd_map)

    p = sub.add_parser("report", help="write the council briefing (A4 PDF)")
    p.add_argument("--results", required=True, type=Path, help="results GeoPackage")
    p.add_argument(
        "--out", required=True, type=Path, help="briefing PDF to write, e.g. briefing.pdf"
    )
    p.add_argument("--lang", default="id", choices=("id", "en"), help="language (default id)")
    p.add_argument("--top", type=int, default=15, help="rows of the top-segments table")
    p.add_argument(
        "--budget", type=budget_arg,
        help="budget in rupiah (e.g. 5e9, '5 miliar'); with --ceilings the ceilings are spent",
    )  # fmt: skip
    p.add_argument(
        "--unit", choices=("segmen", "ruas", "penggal"), default="segmen",
        help="what the budget's portfolio picks, as in 'portfolio --unit': single segments "
        "(default), whole ruas or penggal (stretches); the budget pages and --xlsx then list "
        "one row per ruas or stretch",
    )  # fmt: skip
    add_upgrade_arg(p)
    from mataram_gis.commands.programme_args import add_programme_args

    add_programme_args(p)  # with --xlsx: the budget's work programme (RKPD form)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("table", help="write the ranking as CSV or XLSX")
    p.add_argument("--results", required=True, type=Path, help="results GeoPackage")
    p.add_argument("--out", required=True, type=Path, help="ranking.xlsx or ranking.csv")
    p.add_argument("--lang", default="id", choices=("id", "en"), help="language of the table")
    p.add_argument("--top", type=int, help="only the top N segments (default: all ranked)")
    p.add_argument(
        "--sep",
        default=";",
        choices=(";", ",", "tab"),
        help="CSV separator: ';' (default, decimal comma, Indonesian Excel), "
        "',' (decimal point) or tab",
    )
    p.set_defaults(func=cmd_table)

    p = sub.add_parser("styles", help="store QGIS styles in a results GeoPackage")
    p.add_argument("--results", required=True, type=Path, help="results GeoPackage")
    p.add_argument(
        "--lang", default="id", choices=("id", "en"), help="language of the style labels"
    )
    p.add_argument("--top", type=int, default=10, help="label the top N segments")
    p.set_defaults(func=cmd_styles)


def _read(args: argparse.Namespace, *outputs: str):
    """Check the outputs named by ``outputs`` (attributes of ``args``), then read --results."""
    from mataram_gis.outpaths import check_outputs
    from mataram_gis.results import read_results

    check_outputs(
        {f"--{name}": getattr(args, name) for name in outputs},
        inputs={"--results": args.results},
    )
    return read_results(args.results)


def _check_top(top: int | None) -> None:
    if top is not None and top < 0:
        raise UsageError(f"--top must be 0 or more, got {top}")


def _export(kind: str, args: argparse.Namespace, **options: object) -> None:
    """Read ``--results`` (after checking ``--out``) and write one output of ``kind``."""
    from mataram_gis.outputs.service import export

    results = _read(args, "out")
    export(kind, results, args.out, options=options, progress=TextProgress())


def cmd_map(args: argparse.Namespace) -> int:
    """Export the priority map."""
    _check_top(args.top)
    check_upgrade(args)
    if args.upgrade and not args.travel_time:
        raise UsageError("--upgrade needs --travel-time", fix="add --travel-time after")
    if args.isolated is not None and args.isolated < 0:
        raise UsageError(f"--isolated must be 0 or more minutes, got {args.isolated:g}")
    hazard = None
    if args.hazard is not None:
        from mataram_gis.io.admin import read_hazard
        from mataram_gis.outpaths import check_outputs

        check_outputs({"--out": args.out}, inputs={"--hazard": args.hazard})
        hazard = read_hazard(args.hazard)
    _export("map", args, paper=args.paper, orientation=args.orientation, lang=args.lang,
            top=args.top, travel_time=args.travel_time, upgrade=args.upgrade, hazard=hazard,
            isolated_min=args.isolated)  # fmt: skip
    print(cli_text("map: {}", args.out), file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write the council briefing."""
    from mataram_gis.commands.programme_args import draws_of, scenario_with
    from mataram_gis.outputs.service import export

    check_upgrade(args)
    results = _read(args, "out", "xlsx")
    scenario = scenario_with(args, results.scenario)
    ceilings = scenario.appraisal.ceilings_rp
    if args.budget is not None and ceilings:  # the plan spends its ceilings, not --budget
        from mataram_gis.formatting import format_number
        from mataram_gis.messages import language

        total = sum(sum(v) for v in ceilings.values())
        amounts = [format_number(x, language(), 0) for x in (total, args.budget)]
        note = "note: the yearly ceilings (Rp {} in all) set the spending; --budget Rp {} is not"
        print(cli_text(note + " used", *amounts), file=sys.stderr)
    options = {
        "lang": args.lang,
        "top": args.top,
        "budget_rp": args.budget,
        "scenario": scenario,
        "draws": draws_of(args),
        "unit": args.unit,
        "xlsx": args.xlsx,
        "upgrade": args.upgrade,
    }
    export("briefing", results, args.out, options=options, progress=TextProgress())
    print(cli_text("briefing: {}", args.out), file=sys.stderr)
    if args.xlsx:
        print(cli_text("work programme: {}", args.xlsx), file=sys.stderr)
    return 0


def cmd_table(args: argparse.Namespace) -> int:
    """Write the ranking table."""
    _check_top(args.top)
    _export(
        "table", args, lang=args.lang, top=args.top, sep="\t" if args.sep == "tab" else args.sep
    )
    print(cli_text("table: {}", args.out), file=sys.stderr)
    return 0


def cmd_styles(args: argparse.Namespace) -> int:
    """Add QGIS default styles to a results GeoPackage."""
    from mataram_gis.outputs.service import add_qgis_styles

    _check_top(args.top)
    add_qgis_styles(args.results, lang=args.lang, top=args.top)
    print(cli_text("QGIS styles stored in {}", args.results), file=sys.stderr)
    return 0

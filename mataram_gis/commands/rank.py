"""``demo`` and ``rank`` sub-commands."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mataram_gis.atomic import write_atomic
from mataram_gis.errors import OutputError, UsageError
from mataram_gis.formatting import format_number
from mataram_gis.jobs import TextProgress
from mataram_gis.messages import cli_text, language, translate
from mataram_gis.outpaths import check_outputs

if TYPE_CHECKING:  # heavy imports (geopandas, numba) happen when a command runs, not at --help
    from mataram_gis.scenario import Scenario

logger = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``demo`` and ``rank`` to the CLI."""
    p = sub.add_parser("demo", help="write the synthetic demo data set as ordinary files")
    p.add_argument("--out", required=True, type=Path, help="output folder")
    p.add_argument("--scale", type=int, default=1, help="K-times-larger city (default 1)")
    p.add_argument(
        "--seed", type=int, default=2023, help="random seed of the demo city (default 2023)"
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("rank", help="rank segments by the benefit of upgrading each")
    src = p.add_argument_group("inputs (files, or --demo)")
    src.add_argument("--roads", type=Path, help="road lines (.gpkg/.shp/.geojson/.osm/.pbf)")
    src.add_argument("--centres", type=Path, help="centre points (.csv/.xlsx/.gpkg/...)")
    src.add_argument("--households", type=Path, help="household points (.csv/.xlsx/...)")
    src.add_argument("--place", help='download OSM roads for a place, e.g. "Kota Mataram"')
    src.add_argument(
        "--bbox", type=float, nargs=4, metavar=("WEST", "SOUTH", "EAST", "NORTH"),
        help="download OSM roads in a lon/lat box",
    )  # fmt: skip
    src.add_argument(
        "--osm-reader", choices=("fast", "osmnx"), default="fast",
        help="reader of .osm/.pbf roads: fast (pyosmium, default) or osmnx (same segments)",
    )  # fmt: skip
    src.add_argument("--demo", action="store_true", help="use the built-in demo city")
    src.add_argument("--scale", type=int, default=1, help="demo scale (with --demo)")
    p.add_argument("--out", required=True, type=Path, help="results GeoPackage to write")
    p.add_argument("--csv", type=Path, help="also write the ranking as CSV")
    p.add_argument("--top", type=int, default=10, help="print the top N segments (0: none)")
    p.add_argument("--scenario", type=Path, help="scenario parameters as JSON")
    p.add_argument("--mode", choices=("motorcycle", "car", "walk"), help="travel mode")
    p.add_argument(
        "--snap", choices=("node", "segment"),
        help="households join the network at the nearest junction (node, default) or the "
        "nearest point of a segment (docs/ACCESS.md)",
    )  # fmt: skip
    p.add_argument(
        "--tolerance",
        help="topology snap tolerance (m, 0-50; default: proposed from the data's gaps)",
    )
    src.add_argument("--roads-layer", metavar="NAME", help="layer of --roads to read (GeoPackage)")
    src.add_argument(
        "--roads-crs", metavar="EPSG",
        help="CRS of --roads when it has none (shapefile without .prj) or declares a wrong one",
    )  # fmt: skip
    inv = p.add_argument_group("road inventory, prices and authority (docs/INPUTS.md)")
    inv.add_argument(
        "--inventory", type=Path, action="append", metavar="FILE",
        help="the city's SK ruas list and/or condition survey rows (.csv/.xlsx; repeatable)",
    )  # fmt: skip
    inv.add_argument("--prices", type=Path, help="unit-price table, Rp/m2 (.csv/.xlsx)")
    inv.add_argument(
        "--all-status", action="store_true",
        help="rank national, provincial and desa roads too (default: the city's roads only)",
    )  # fmt: skip
    inv.add_argument("--ruas-csv", type=Path, help="also write the ruas ranking as CSV")
    inv.add_argument("--ruas-top", type=int, default=10, help="print the top N ruas (0: none)")
    from mataram_gis.commands.access import add_rank_options

    add_rank_options(p)  # --admin, --hazard, --bands, --no-access (issue 14)
    p.set_defaults(func=cmd_rank)


def cmd_demo(args: argparse.Namespace) -> int:
    """Write the demo files."""
    from mataram_gis.demo import write_demo

    if args.scale < 1:
        raise UsageError("--scale must be 1 or more")
    if args.out.exists() and not args.out.is_dir():
        raise OutputError("--out must be a folder, and this is a file", file=str(args.out))
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create the folder ({exc.strerror})", file=str(args.out)
        ) from None
    paths = write_demo(args.out, scale=args.scale, seed=args.seed)
    for key, path in paths.items():
        print(cli_text(f"{key}: {{}}", path))  # "roads: {}" ... in mataram_gis/catalogue
    return 0


def load_scenario(args: argparse.Namespace) -> Scenario:
    """The scenario from ``--scenario`` JSON, with command-line overrides."""
    from mataram_gis.scenario import Scenario

    scenario = Scenario()
    if args.scenario:
        scenario = Scenario.from_file(args.scenario)
    if args.mode:
        scenario = scenario.replace(mode=args.mode)
    if getattr(args, "snap", None):
        scenario = scenario.replace(snap=args.snap)
    if getattr(args, "all_status", False):
        scenario = scenario.replace(candidate_authorities=[])
    if getattr(args, "prices", None):
        from mataram_gis.io.prices import read_prices

        scenario = scenario.replace(
            unit_price_rp_m2=read_prices(args.prices), price_source=args.prices.name
        )
    return scenario


def cmd_rank(args: argparse.Namespace) -> int:
    """Run the ranking and write the results GeoPackage (and CSV)."""
    from mataram_gis import warmup

    warmup.start()  # compile the kernels while the inputs are read (a fresh install)
    # Heavy imports here, not at module level, so `rank --help` stays fast.
    from mataram_gis import treatments
    from mataram_gis.analysis import run_analysis
    from mataram_gis.inputs import demo_inputs, file_inputs
    from mataram_gis.io.road_checks import check_tolerance
    from mataram_gis.outputs.service import export
    from mataram_gis.results import Results

    check_outputs(
        {"--out": args.out, "--csv": args.csv, "--ruas-csv": args.ruas_csv},
        inputs={"--roads": args.roads, "--centres": args.centres,
                "--households": args.households, "--scenario": args.scenario,
                "--prices": args.prices,
                **{f"--inventory {i + 1}": p for i, p in enumerate(args.inventory or [])}},
    )  # fmt: skip
    tolerance = None if args.tolerance is None else check_tolerance(args.tolerance)
    scenario = load_scenario(args)
    files = (args.roads, args.centres, args.households)
    road_sources = sum(x is not None for x in (args.roads, args.place, args.bbox))
    if args.demo:
        if args.scale < 1:
            raise UsageError("--scale must be 1 or more", fix="--scale 1 is the demo city")
        if any(files) or road_sources:
            raise UsageError("give either --demo or the input files, not both")
        inputs = demo_inputs(scale=args.scale)
        if args.inventory:
            from mataram_gis.inputs import inventory_sources, read_inventories

            inputs.inventory = read_inventories(args.inventory)
            inputs.sources += inventory_sources(args.inventory)
    elif road_sources > 1:
        raise UsageError("give the roads once: --roads FILE, --place NAME or --bbox W S E N")
    elif road_sources == 1 and args.centres and args.households:
        inputs = file_inputs(
            roads=args.roads, centres=args.centres, households=args.households,
            tolerance_m=tolerance, place=args.place,
            bbox=tuple(args.bbox) if args.bbox else None,
            roads_layer=args.roads_layer, roads_crs=args.roads_crs, inventory=args.inventory,
            osm_reader=args.osm_reader,
        )  # fmt: skip
    else:
        raise UsageError(
            "rank needs --roads (or --place/--bbox), --centres and --households (or --demo)",
            fix="python main.py rank --demo --out results.gpkg",
        )
    for note in inputs.notes:
        if note.startswith("topology: "):
            print(note)
    progress = TextProgress()
    analysis = run_analysis(inputs, scenario, progress=progress)
    analysis.ruas = ruas_layer(analysis)
    from mataram_gis.commands.access import rank_access

    extra = rank_access(analysis, args)  # criticality, kelurahan, isochrones (issue 14)
    results = Results.from_analysis(analysis)  # after rank_access: it adds columns
    results.extra.update(extra)
    export("gpkg", results, args.out)
    if args.csv:
        export("ranking_csv", results, args.csv, label="--csv")
    if args.ruas_csv:
        ruas_table = analysis.ruas.drop(columns="geometry")
        write_atomic(args.ruas_csv, lambda tmp: ruas_table.to_csv(tmp, index=False))
    s = analysis.summary()
    lang = language()
    print(
        cli_text(
            "{} segments, {} of {} households used ({} excluded), {} centres; engine {} ms",
            *(format_number(s[k], lang) for k in ("segments", "households_used", "households")),
            format_number(s["households_excluded"], lang),
            format_number(s["centres"], lang),
            format_number(analysis.timings["engine_s"] * 1000, lang),
        )
    )
    for text in s.get("warnings", []):  # most households excluded (issue 9)
        print("\n" + cli_text("WARNING: {}", translate(text)), file=sys.stderr)
    if args.top:
        from mataram_gis.admin import place_label
        from mataram_gis.outputs.ruas_texts import condition_word
        from mataram_gis.outputs.texts import highway_name

        top = analysis.segments.dropna(subset=["rank"]).sort_values("rank").head(args.top)
        for r in top.itertuples():
            name = place_label(r.name, getattr(r, "kelurahan", ""))
            benefit = format_number(r.benefit, lang, 1)
            print(
                f"{int(r.rank):>4}  {name:<40.40} {highway_name(r.highway, lang):<16.16} "
                f"{condition_word(r.condition, getattr(r, 'condition_source', ''), lang):<12} "
                f"{benefit:>12} "
                + cli_text("h/yr  {} hh", f"{format_number(r.households_benefiting, lang):>6}")
            )
    if args.ruas_top:
        print_ruas(analysis.ruas, top=args.ruas_top)
    if not scenario.price_source:
        print(treatments.INDICATIVE_NOTE[lang], file=sys.stderr)
    print(cli_text("results: {}", args.out), file=sys.stderr)
    return 0


def ruas_layer(analysis):
    """The ``ruas`` layer of an analysis (exact joint benefits, see mataram_gis.ruas)."""
    from mataram_gis.problem import UpgradeProblem
    from mataram_gis.ruas import rank_ruas

    return rank_ruas(UpgradeProblem.from_analysis(analysis), analysis.segments)


def sta(metres: float) -> str:
    """STA notation ``k+mmm``."""
    m = round(metres)
    return f"{m // 1000}+{m % 1000:03d}"


def print_ruas(ruas, *, top: int) -> None:
    """Print the top ruas: nomor, name, status, benefit, cost, best stretch, treatment."""
    from mataram_gis.outputs.ruas_texts import status_name, treatment_name

    lang = language()
    ranked = ruas.dropna(subset=["rank"]).head(top)
    print(cli_text("top {} ruas (city roads unless --all-status):", len(ranked)))
    for r in ranked.itertuples():
        stretch = (f"STA {sta(r.best_sta_from_m)}-{sta(r.best_sta_to_m)}"
                   if r.best_sta_to_m == r.best_sta_to_m else "")  # fmt: skip
        print(
            f"{int(r.rank):>4}  {r.nomor_ruas:<7} {r.nama_ruas or cli_text('(unnamed)'):<24.24} "
            f"{status_name(r.status, lang):<10.10} {format_number(r.benefit, lang, 1):>11} "
            + cli_text("h/yr  Rp {} million  ", f"{format_number(r.upgrade_cost / 1e6, lang):>9}")
            + f"{stretch}  {treatment_name(r.treatment, lang)}"
        )

"""``portfolio`` and ``corridors`` sub-commands: sets of upgrades from a results file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import geopandas as gpd

from mataram_gis.atomic import write_atomic
from mataram_gis.commands.outputs import budget_arg
from mataram_gis.errors import UsageError
from mataram_gis.jobs import TextProgress
from mataram_gis.outpaths import check_outputs


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``portfolio`` and ``corridors`` to the CLI."""
    p = sub.add_parser("portfolio", help="choose the best set of upgrades within a budget")
    p.add_argument("--results", required=True, type=Path, help="results GeoPackage (rank)")
    p.add_argument(
        "--budget", required=True, type=budget_arg, help="budget in rupiah (5e9, '5 miliar')"
    )
    p.add_argument("--out", required=True, type=Path, help="portfolio GeoPackage to write")
    p.add_argument("--csv", type=Path, help="also write the pick table as CSV")
    p.add_argument(
        "--no-pairs",
        action="store_true",
        help="do not try complementary pairs of consecutive segments",
    )
    p.add_argument("--trials", type=int, default=None, help="local-search tries (default 4)")
    p.set_defaults(func=cmd_portfolio)

    p = sub.add_parser("corridors", help="rank whole roads (ruas) by upgrade benefit")
    p.add_argument("--results", required=True, type=Path, help="results GeoPackage (rank)")
    p.add_argument("--out", required=True, type=Path, help="corridors GeoPackage to write")
    p.add_argument("--csv", type=Path, help="also write the table as CSV")
    p.add_argument("--top", type=int, default=10, help="print the top N corridors (0: none)")
    p.set_defaults(func=cmd_corridors)


def _load(args: argparse.Namespace):
    """Check ``--out``/``--csv`` against ``--results`` up front, then read the results."""
    from mataram_gis.results import read_results

    check_outputs({"--out": args.out, "--csv": args.csv}, inputs={"--results": args.results})
    results = read_results(args.results)
    return results, results.problem


def cmd_portfolio(args: argparse.Namespace) -> int:
    """Choose a portfolio and write the ``portfolio`` and ``scenario`` layers."""
    from mataram_gis.portfolio import DEFAULT_MAX_TRIALS, choose_portfolio, portfolio_layer
    from mataram_gis.results import record_frame, write_layers

    if args.trials is not None and args.trials < 0:
        raise UsageError("--trials must be 0 or more")
    results, problem = _load(args)
    pf = choose_portfolio(
        problem, budget_rp=args.budget, pairs=not args.no_pairs,
        max_trials=DEFAULT_MAX_TRIALS if args.trials is None else args.trials,
        progress=TextProgress(),
    )  # fmt: skip
    layer = portfolio_layer(pf, problem, results.segments)
    record = dict(results.record)
    record["portfolio"] = pf.summary()
    write_layers(
        args.out,
        {"portfolio": layer, "scenario": record_frame(record)},
        synthetic=results.synthetic,
        descriptions={"portfolio": "Segments chosen within the budget, in pick order, with "
                      "exact marginal and cumulative benefit (weighted household-hours/yr)"},
    )  # fmt: skip
    if args.csv:
        _write_csv(layer, args.csv)
    print(
        f"portfolio: {len(pf.rows)} segments, Rp {pf.total_cost:,.0f} of Rp {pf.budget_rp:,.0f}; "
        f"benefit {pf.total_benefit:,.1f} h/yr (exact) vs naive {pf.naive_benefit:,.1f} h/yr "
        f"({len(pf.naive_rows)} segments): {pf.gain_over_naive:+,.1f} h/yr "
        f"({pf.gain_over_naive_pct:+.1f}%)"
    )
    print(f"portfolio: {args.out}", file=sys.stderr)
    return 0


def cmd_corridors(args: argparse.Namespace) -> int:
    """Rank corridors and write the ``corridors`` layer."""
    from mataram_gis.corridors import rank_corridors
    from mataram_gis.results import write_layers

    results, problem = _load(args)
    layer = rank_corridors(problem, results.segments, progress=TextProgress())
    write_layers(
        args.out,
        {"corridors": layer},
        synthetic=results.synthetic,
        descriptions={"corridors": "Roads (ruas) ranked by the exact benefit of upgrading the "
                      "whole corridor at once (weighted household-hours/yr)"},
    )  # fmt: skip
    if args.csv:
        _write_csv(layer, args.csv)
    for r in layer.dropna(subset=["rank"]).head(args.top).itertuples():
        print(
            f"{int(r.rank):>4}  {r.name or '(tanpa nama)':<28.28} {r.segments:>3} seg "
            f"{r.length_m:>7,.0f} m  Rp {r.cost:>15,.0f}  {r.benefit:>12,.1f} h/yr"
        )
    print(f"corridors: {args.out}", file=sys.stderr)
    return 0


def _write_csv(frame: gpd.GeoDataFrame, path: Path) -> None:
    table = frame.drop(columns="geometry")
    write_atomic(path, lambda tmp: table.to_csv(tmp, index=False))

"""``portfolio`` and ``corridors`` sub-commands: sets of upgrades from a results file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mataram_gis.atomic import write_atomic
from mataram_gis.commands.outputs import budget_arg
from mataram_gis.commands.programme_args import add_programme_args, draws_of, scenario_with
from mataram_gis.errors import UsageError
from mataram_gis.formatting import format_number
from mataram_gis.jobs import TextProgress
from mataram_gis.messages import cli_text, language
from mataram_gis.outpaths import check_outputs

if TYPE_CHECKING:  # geopandas is imported when a command runs, not at --help
    import geopandas as gpd


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``portfolio`` and ``corridors`` to the CLI."""
    p = sub.add_parser("portfolio", help="choose the best set of upgrades within a budget")
    p.add_argument("--results", required=True, type=Path, help="results GeoPackage (rank)")
    p.add_argument(
        "--budget", type=budget_arg, help="budget in rupiah (5e9, '5 miliar'); or --ceilings"
    )
    p.add_argument("--out", required=True, type=Path, help="portfolio GeoPackage to write")
    p.add_argument("--csv", type=Path, help="also write the pick table as CSV")
    p.add_argument(
        "--no-pairs",
        action="store_true",
        help="do not try complementary pairs of consecutive segments",
    )
    p.add_argument("--trials", type=int, default=None, help="local-search tries (default 4)")
    p.add_argument(
        "--lang", default="id", choices=("id", "en"), help="language of the --xlsx table"
    )
    p.add_argument(
        "--unit", choices=("segmen", "ruas", "penggal"), default="segmen",
        help="what is picked: single segments (default), whole ruas (all their candidate "
        "segments together) or penggal (stretches: runs of consecutive candidate segments "
        "of a ruas in STA order)",
    )  # fmt: skip
    add_programme_args(p)
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

    outs = {"--out": args.out, "--csv": args.csv, "--xlsx": getattr(args, "xlsx", None)}
    check_outputs(outs, inputs={"--results": args.results})
    results = read_results(args.results)
    return results, results.problem


def cmd_portfolio(args: argparse.Namespace) -> int:
    """Plan the works (one budget, or yearly ceilings per fund), appraise them, write them.

    Layers: ``portfolio`` (one row per pick, with ``year`` and ``fund``), ``programme`` (one
    row per year with the appraisal) and ``scenario`` (the record, with every parameter).
    One budget without ceilings is the single-year exact portfolio.
    """
    from mataram_gis.portfolio import DEFAULT_MAX_TRIALS
    from mataram_gis.programme_run import run_programme, simple_pick_benefit
    from mataram_gis.results import record_frame, write_layers

    if args.trials is not None and args.trials < 0:
        raise UsageError("--trials must be 0 or more")
    if args.budget is None and not args.ceilings:
        raise UsageError("give --budget or --ceilings", fix="e.g. --budget '5 miliar'")
    results, problem = _load(args)
    scenario = scenario_with(args, results.scenario)
    from mataram_gis.portfolio import check_budget

    if not scenario.appraisal.ceilings_rp:
        check_budget(problem, args.budget)  # below the cheapest upgrade: a clear error
    else:
        largest = max(max(v) for v in scenario.appraisal.ceilings_rp.values())
        check_budget(problem, largest)  # no fund's yearly ceiling buys anything
    trials = DEFAULT_MAX_TRIALS if args.trials is None else args.trials
    search = {"pairs": not args.no_pairs, "max_trials": trials}
    if args.unit != "segmen":
        from mataram_gis.portfolio_ruas import ruas_labels, sta_of

        search.update(unit=args.unit, ruas=ruas_labels(results.segments),
                      sta=sta_of(results.segments))  # fmt: skip
    res = run_programme(
        problem, results.segments, results.origins, scenario, budget_rp=args.budget,
        draws=draws_of(args), search=search, progress=TextProgress(),
    )  # fmt: skip
    record = dict(results.record)
    record["parameters"] = scenario.to_dict()
    record["portfolio"] = dict(res.summary(), unit=args.unit)
    programme = res.years.copy()
    layers = {"portfolio": res.picks.drop(columns="ruas"), "programme": programme,
              "scenario": record_frame(record)}  # fmt: skip
    write_layers(
        args.out, layers, synthetic=results.synthetic,
        descriptions={
            "portfolio": "Segments chosen within the budget (or the yearly ceilings per fund), in "
            "pick order, with exact marginal and cumulative benefit (weighted household-hours/yr)"
            ", year and fund",
            "programme": "One row per year: spend per fund, benefit in force, kemantapan before "
            "and after, and the appraisal of the year's works (unweighted and _equity)",
        },
    )  # fmt: skip
    if args.csv:
        _write_csv(res.picks.drop(columns="ruas"), args.csv)
    if args.xlsx:
        _write_rkpd(res, args.xlsx, scenario, lang=args.lang, unit=args.unit)
    budget = sum(sum(v) for v in res.programme.ceilings.values())
    simple = simple_pick_benefit(problem, results.segments, budget) if args.budget else None
    tot = res.totals
    lang = language()
    line = cli_text(
        "portfolio: {} segments, Rp {} of Rp {}; benefit {} h/yr (exact)",
        len(res.picks),
        format_number(res.picks["cost"].sum(), lang),
        format_number(budget, lang),
        format_number(res.total_benefit, lang, 1),
    )
    if simple is not None:
        line += cli_text(" vs simple pick {} h/yr", format_number(simple, lang, 1))
    print(line)
    if args.unit != "segmen":
        _print_works(res, results.segments, problem)
    print(cli_text("appraisal: NPV Rp {}, BCR {}, EIRR {}% (unweighted); NPV Rp {}, BCR {} "
                   "(equity-weighted)", format_number(tot["npv_rp"], lang),
                   format_number(tot["bcr"], lang, 2), format_number(100 * tot["eirr"], lang, 1),
                   format_number(tot["npv_rp_equity"], lang),
                   format_number(tot["bcr_equity"], lang, 2)))  # fmt: skip
    if res.monte_carlo is not None:
        mc = res.monte_carlo.summary()
        npv = mc["npv_rp_equity"]
        print(cli_text("monte carlo: {} draws, equity-weighted NPV P5/P50/P95 Rp {} / {} / {}",
                       format_number(mc["draws"], lang),
                       *(format_number(npv[k], lang) for k in ("p5", "p50", "p95"))))  # fmt: skip
    print(cli_text("portfolio: {}", args.out), file=sys.stderr)
    return 0


def _print_works(res: object, segments: gpd.GeoDataFrame, problem: object) -> None:
    """The picks grouped by ruas into STA stretches (the work programme), one line each."""
    from mataram_gis.outputs.ruas_texts import sta_range, treatment_name
    from mataram_gis.works import works_table

    picks = res.picks  # type: ignore[attr-defined]
    rows = problem.index_of(picks["segment_id"])  # type: ignore[attr-defined]
    works = works_table(segments, rows, benefit=picks["marginal_benefit"].to_numpy())
    lang = language()
    print(cli_text("works: {} ruas, {} stretches", works["ruas"].nunique(), len(works)))
    for w in works.itertuples():
        area = (f"{format_number(w.area_m2, lang):>9} m2" if w.area_m2 == w.area_m2
                else f"{format_number(w.length_m, lang):>9} m ")  # fmt: skip
        what = treatment_name(w.treatment, lang)
        print(f"  {w.ruas:<10.10} {w.nama_ruas:<24.24} {sta_range(w.sta_from_m, w.sta_to_m):<22}"
              f" {what:<24.24} {area}  Rp {format_number(w.cost, lang):>15}")  # fmt: skip


def _write_rkpd(
    res: object, path: str, scenario: object, *, lang: str = "id", unit: str = "segmen"
) -> None:
    """The work programme XLSX, one row per pick (``segmen``) or per ruas / stretch."""
    from mataram_gis.outputs.programme_out import write_programme_xlsx

    target = scenario.target_condition  # type: ignore[attr-defined]
    write_programme_xlsx(res, Path(path), lang=lang, unit=unit, target=target)  # type: ignore[arg-type]
    print(cli_text("work programme: {}", path), file=sys.stderr)


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
    lang = language()
    for r in layer.dropna(subset=["rank"]).head(args.top).itertuples():
        print(
            f"{int(r.rank):>4}  {r.name or cli_text('(unnamed)'):<28.28} "
            + cli_text("{} seg", f"{r.segments:>3}").ljust(10)
            + f"{format_number(r.length_m, lang):>7} m  Rp {format_number(r.cost, lang):>15}  "
            f"{format_number(r.benefit, lang, 1):>12} " + cli_text("h/yr")
        )
    print(cli_text("corridors: {}", args.out), file=sys.stderr)
    return 0


def _write_csv(frame: gpd.GeoDataFrame, path: Path) -> None:
    table = frame.drop(columns="geometry")
    write_atomic(path, lambda tmp: table.to_csv(tmp, index=False))

"""Appraisal and programme options shared by ``portfolio`` and ``report``.

``--years``, ``--ceilings`` (``APBD=5e9,5e9,5e9;DAK=2e9,0,2e9`` or a plan file, JSON or CSV),
``--draws``, ``--discount-rate``, ``--value-of-time``, ``--period``, ``--deterioration``,
``--voc`` and ``--seed`` override the scenario's :class:`~mataram_gis.appraisal.Appraisal`
parameters; the scenario record then keeps the values used.
"""

from __future__ import annotations

import argparse
from typing import Any

from mataram_gis.errors import UsageError


def add_programme_args(p: argparse.ArgumentParser, *, xlsx: bool = True) -> None:
    """Add the appraisal and programme options to a sub-command (``xlsx``: the RKPD table)."""
    g = p.add_argument_group("appraisal and multi-year programme")
    g.add_argument("--years", type=int, help="years of the programme (1-5)")
    g.add_argument(
        "--ceilings",
        help="yearly ceilings per fund, e.g. 'APBD=5e9,5e9,5e9;DAK=2e9,0,2e9', or a plan file "
        "(.json {fund: [amounts]} or .csv with a fund column and one column per year)",
    )
    g.add_argument("--draws", type=int, help="Monte Carlo draws (default 0: none)")
    g.add_argument("--seed", type=int, help="Monte Carlo seed")
    g.add_argument("--discount-rate", type=float, help="real discount rate (0.10 = 10 %%)")
    g.add_argument("--value-of-time", type=float, help="Rp per producer-trip hour")
    g.add_argument("--period", type=int, help="appraisal period in years (default 10)")
    g.add_argument(
        "--deterioration", type=int, help="untreated roads worsen a class every N years"
    )
    g.add_argument("--voc", action="store_true", help="include vehicle operating cost savings")
    if xlsx:
        g.add_argument("--xlsx", help="also write the work programme (RKPD form) as XLSX")


def scenario_with(args: argparse.Namespace, scenario: Any) -> Any:
    """The scenario with the command line's appraisal and programme options applied."""
    from mataram_gis.programme_run import parse_ceilings

    app = scenario.appraisal.to_dict()
    years = args.years if args.years is not None else app["years"]
    if args.ceilings:
        app["ceilings_rp"] = parse_ceilings(args.ceilings, years=years)
        if args.years is None:
            years = max(len(v) for v in app["ceilings_rp"].values())
            app["ceilings_rp"] = {k: v + [0.0] * (years - len(v))
                                  for k, v in app["ceilings_rp"].items()}  # fmt: skip
    elif args.years is not None and args.years != app["years"] and app["ceilings_rp"]:
        raise UsageError("--years differs from the scenario's ceilings", fix="give --ceilings")
    app["years"] = years
    if app["years"] > 1 and not app["ceilings_rp"]:
        raise UsageError(
            f"a {years}-year programme needs yearly ceilings",
            fix="give --ceilings, e.g. 'APBD=5e9,5e9,5e9;DAK=2e9,0,2e9'",
        )
    options = {
        "discount_rate": "discount_rate",
        "value_of_time": "value_of_time_rp_per_hour",
        "period": "period_years",
        "deterioration": "deterioration_years",
        "seed": "seed",
    }
    for opt, key in options.items():
        value = getattr(args, opt)
        if value is not None:
            app[key] = value
    if args.value_of_time is not None:
        app["value_of_time_note"] = "given on the command line"
    if args.voc:
        app["include_voc"] = True
    if args.draws is not None:
        if args.draws < 0:
            raise UsageError(f"--draws must be 0 or more, got {args.draws}")
        app["draws"] = args.draws
    return scenario.replace(appraisal=app)


def draws_of(args: argparse.Namespace) -> int:
    """Monte Carlo draws asked for on the command line (0 when not asked)."""
    return int(args.draws or 0)

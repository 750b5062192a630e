"""``access``, ``equity``, ``isolation`` and ``snapping`` sub-commands (docs/ACCESS.md).

All read a results GeoPackage written by ``rank``; ``--admin`` adds kelurahan boundaries,
``--hazard`` flood-prone areas. ``rank`` itself takes the same ``--admin``, ``--hazard``
and ``--bands`` options (:func:`add_rank_options`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mataram_gis.errors import UsageError
from mataram_gis.formatting import format_number
from mataram_gis.messages import cli_text, language


def add_rank_options(p: argparse.ArgumentParser) -> None:
    """``--admin``, ``--hazard``, ``--bands``, ``--no-access`` (shared with ``rank``)."""
    g = p.add_argument_group("accessibility and vulnerability (docs/ACCESS.md)")
    g.add_argument("--admin", type=Path, help="kelurahan/kecamatan polygons (.gpkg/.shp/...)")
    g.add_argument("--hazard", type=Path, help="flood-prone polygons: mark exposed segments")
    g.add_argument(
        "--bands", type=float, nargs="+", default=[5, 10, 15, 20], metavar="MIN",
        help="isochrone bands in minutes (default 5 10 15 20)",
    )  # fmt: skip
    if p.prog.endswith(" rank"):
        g.add_argument("--no-access", action="store_true",
                       help="skip criticality, kelurahan and isochrones (faster)")  # fmt: skip


def register(sub: argparse._SubParsersAction) -> None:
    """Add the sub-commands."""
    p = sub.add_parser("access", help="vulnerability, kelurahan and isochrones of a result")
    p.add_argument("--results", required=True, type=Path, help="results GeoPackage (rank)")
    p.add_argument("--out", required=True, type=Path, help="GeoPackage to write")
    add_rank_options(p)
    p.add_argument("--top", type=int, default=10, help="print the N most critical segments")
    p.set_defaults(func=cmd_access)

    p = sub.add_parser("equity", help="benefit by desil and kelurahan for segments/programme")
    p.add_argument("--results", required=True, type=Path, help="results GeoPackage (rank)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--segment", type=int, nargs="+", help="segment_id(s) upgraded together")
    what.add_argument("--top", type=int, help="the top N ranked segments together")
    what.add_argument("--portfolio", type=Path, help="a portfolio GeoPackage (its picks)")
    what.add_argument("--ruas", help="all segments of one ruas (nomor_ruas, or the road name)")
    p.add_argument("--admin", type=Path, help="kelurahan/kecamatan polygons")
    p.add_argument("--by", nargs="+", default=["category"],
                   choices=("category", "kelurahan", "kecamatan", "centre"),
                   help="group the benefit by these (default: desil)")  # fmt: skip
    p.add_argument("--aggregation", default="equity",
                   choices=("equity", "utilitarian", "prioritarian"),
                   help="how benefits add up: equity-weighted (default), unweighted or "
                   "poorest first")  # fmt: skip
    p.add_argument("--out", type=Path, help="write the tables as CSV (one file per --by)")
    p.add_argument("--map", type=Path, help="before/after travel-time map (.pdf/.png/.svg)")
    p.add_argument("--lang", choices=("id", "en"), default="id", help="language of the map")
    p.set_defaults(func=cmd_equity)

    p = sub.add_parser("isolation", help="households far from their centre or off the network")
    p.add_argument("--results", required=True, type=Path, help="results GeoPackage (rank)")
    p.add_argument("--admin", type=Path, help="kelurahan/kecamatan polygons")
    p.add_argument("--threshold", type=float, default=30.0, help="minutes door to centre")
    p.add_argument("--out", type=Path, help="write the table by kelurahan as CSV")
    p.add_argument("--map", type=Path, help="map of them per kelurahan and cell (.pdf/.png/.svg)")
    p.add_argument("--lang", choices=("id", "en"), default="id", help="language of the map")
    p.set_defaults(func=cmd_isolation)

    p = sub.add_parser("snapping", help="node vs point-on-segment snapping, measured")
    p.add_argument("--results", required=True, type=Path, help="results GeoPackage (rank)")
    p.set_defaults(func=cmd_snapping)


def _load(path: Path):
    from mataram_gis.results import read_results

    results = read_results(path)
    return results, results.problem


def _read_admin(path: Path | None):
    if path is None:
        return None
    from mataram_gis.io.admin import read_admin

    return read_admin(path)


def _read_hazard(path: Path | None):
    if path is None:
        return None
    from mataram_gis.io.admin import read_hazard

    return read_hazard(path)


def _write_csv(frame, path: Path) -> None:
    from mataram_gis.atomic import write_atomic

    write_atomic(path, lambda tmp: frame.to_csv(tmp, index=False))


def _check_out(args: argparse.Namespace) -> None:
    """``--out`` checked up front against every input (mataram_gis/outpaths.py)."""
    from mataram_gis.outpaths import check_outputs

    names = ("results", "admin", "hazard", "portfolio")
    inputs = {f"--{n}": getattr(args, n, None) for n in names}
    outs = {"--out": getattr(args, "out", None), "--map": getattr(args, "map", None)}
    check_outputs(outs, inputs=inputs)


def cmd_access(args: argparse.Namespace) -> int:
    """Write segments with criticality/kelurahan, isochrones and kelurahan layers."""
    from mataram_gis.access import access_layers
    from mataram_gis.results import record_frame, write_layers

    _check_out(args)
    results, problem = _load(args.results)
    layers = access_layers(
        results.segments, results.origins, results.centres, problem,
        admin=_read_admin(args.admin), hazard=_read_hazard(args.hazard), bands=args.bands,
    )  # fmt: skip
    layers["centres"] = results.centres
    layers["scenario"] = record_frame(results.record)
    write_layers(args.out, layers, synthetic=results.synthetic, descriptions={
        "isochrones": "Area reaching each centre within the band's minutes (network time)",
        "kelurahan": "Kelurahan / kecamatan boundaries used",
    })  # fmt: skip
    seg = layers["segments"]
    lang = language()
    print(
        cli_text(
            "{} segments: {} would strand households if closed; {} isochrone polygons",
            format_number(len(seg), lang),
            format_number(int((seg["households_stranded"] > 0).sum()), lang),
            format_number(len(layers.get("isochrones", [])), lang),
        )
    )
    top = seg.sort_values(["households_stranded", "criticality"], ascending=False)
    for r in top.head(args.top).itertuples():
        place = f", Kel. {r.kelurahan}" if r.kelurahan else ""
        print(f"{r.segment_id:>7}  {(r.name or cli_text('(unnamed)')) + place:<44.44} "
              f"{format_number(r.criticality, lang, 1):>12} "
              + cli_text("h/yr  {} stranded", f"{r.households_stranded:>5}"))  # fmt: skip
    print(cli_text("access: {}", args.out), file=sys.stderr)
    return 0


def _rows(args: argparse.Namespace, results, problem):
    import numpy as np
    import pyogrio

    if args.segment:
        return problem.index_of(args.segment), cli_text("segment(s) {}", args.segment)
    if args.portfolio:
        picks = pyogrio.read_dataframe(args.portfolio, layer="portfolio", read_geometry=False)
        ids = picks["segment_id"].to_numpy(np.int64)
        return problem.index_of(ids), cli_text(
            "portfolio {} ({} segments)", args.portfolio.name, len(ids)
        )
    if args.ruas:
        seg = results.segments
        key = "nomor_ruas" if "nomor_ruas" in seg.columns else "name"
        hit = seg[key].fillna("").astype(str) == str(args.ruas)
        if "nomor_ruas" in seg.columns and not hit.any():
            hit = seg["name"].fillna("").astype(str) == str(args.ruas)
        if not hit.any():
            raise UsageError(
                f"no segment of ruas {args.ruas!r}",
                fix="give a nomor_ruas or a road name of the segments layer",
            )
        return np.flatnonzero(hit.to_numpy()), cli_text(
            "ruas {} ({} segments)", args.ruas, int(hit.sum())
        )
    n = args.top or 1
    from mataram_gis.segment_table import top_ranked_rows

    return top_ranked_rows(results.segments, n), cli_text("top {} segment(s)", n)


def cmd_equity(args: argparse.Namespace) -> int:
    """Print (and write) the equity tables of a segment set."""
    from mataram_gis.admin import assign
    from mataram_gis.commands.equity_tables import aggregation_word, equity_notes, equity_text
    from mataram_gis.equity import (
        concentration_index,
        equity_table,
        household_times_with,
        share_to_desil1,
    )

    _check_out(args)
    results, problem = _load(args.results)
    admin = _read_admin(args.admin)
    origins = results.origins
    if admin is not None:
        origins = origins.drop(columns=[c for c in ("kelurahan", "kecamatan") if c in origins])
        origins = origins.join(assign(origins, admin))
    for by in args.by:
        if by not in origins.columns:
            raise UsageError(f"--by {by} needs kelurahan boundaries", fix="add --admin FILE")
    rows, label = _rows(args, results, problem)
    times = household_times_with(problem, rows)
    trips = float(results.scenario.trips_per_year)
    lang = language()
    what = aggregation_word(args.aggregation, lang)
    print(cli_text("equity of {}, aggregation {}", label, what))
    if args.map:
        _save_time_map(results, origins, times, args.map, n=len(rows), lang=args.lang)
    names = dict(zip(results.centres["centre_id"].astype(str), results.centres["name"].fillna(""),
                     strict=True)) if "name" in results.centres else None  # fmt: skip
    for by in args.by:
        table = equity_table(origins, times, by=by, aggregation=args.aggregation,
                             trips_per_year=trips)  # fmt: skip
        print(equity_text(table, by=by, lang=lang, names=names))
        if by == "category":
            ci = concentration_index(table)
            print(cli_text("share to desil 1: {}%; concentration index {} (negative: pro-poor)",
                           format_number(100 * share_to_desil1(table), lang, 1),
                           ("+" if ci >= 0 else "") + format_number(ci, lang, 3)))  # fmt: skip
        if args.out:
            path = args.out if len(args.by) == 1 else args.out.with_stem(f"{args.out.stem}_{by}")
            _write_csv(table, path)
    print(equity_notes(args.aggregation, lang))
    return 0


def _save_time_map(results, origins, times, path: Path, *, n: int, lang: str) -> None:
    """The before/after travel-time maps (aggregated cells) as PDF, PNG or SVG, atomically."""
    from mataram_gis.atomic import write_atomic
    from mataram_gis.isolation import travel_time_cells
    from mataram_gis.outputs.briefing_access import time_maps_figure

    suffix = Path(path).suffix.lower()
    if suffix not in (".pdf", ".png", ".svg"):
        raise UsageError("the map is a .pdf, .png or .svg file", file=str(path))
    cells = travel_time_cells(origins, times.before_s, times.after_s)
    fig = time_maps_figure(results, cells, n=n, lang=lang, width_mm=260, note=True)
    write_atomic(path, lambda tmp: fig.savefig(tmp, format=suffix[1:], dpi=200,
                                               bbox_inches="tight"))  # fmt: skip
    print(cli_text("map: {}", path), file=sys.stderr)


def cmd_isolation(args: argparse.Namespace) -> int:
    """Isolated households by kelurahan (aggregated)."""
    from mataram_gis.admin import assign
    from mataram_gis.commands.equity_tables import isolation_text
    from mataram_gis.isolation import isolation_by_area

    _check_out(args)
    results, _ = _load(args.results)
    admin = _read_admin(args.admin)
    origins = results.origins
    if admin is not None or "kelurahan" not in origins:
        origins = origins.drop(columns=[c for c in ("kelurahan", "kecamatan") if c in origins])
        origins = origins.join(assign(origins, admin))
    table = isolation_by_area(origins, threshold_min=args.threshold)
    print(cli_text("isolated households (> {} min door to centre, or off the network); counts "
                   "under 5 not shown", f"{args.threshold:g}"))  # fmt: skip
    print(isolation_text(table, lang=language(), threshold_min=args.threshold))
    if args.out:
        _write_csv(table, args.out)
    if args.map:
        _save_isolated_map(results, origins, args.map, threshold=args.threshold, lang=args.lang,
                           admin=admin)  # fmt: skip
    return 0


def _save_isolated_map(results, origins, path: Path, *, threshold: float, lang: str,
                       admin) -> None:  # fmt: skip
    """Isolated households per kelurahan (counts under 5 greyed) and 250 m cell, atomically."""
    import dataclasses

    from mataram_gis.atomic import write_atomic
    from mataram_gis.outputs.briefing_isolated import isolated_map_figure

    suffix = Path(path).suffix.lower()
    if suffix not in (".pdf", ".png", ".svg"):
        raise UsageError("the map is a .pdf, .png or .svg file", file=str(path))
    extra = dict(results.extra)
    if admin is not None:
        extra["kelurahan"] = admin
    view = dataclasses.replace(results, origins=origins, extra=extra)
    fig = isolated_map_figure(view, threshold_min=threshold, lang=lang, width_mm=220)
    write_atomic(path, lambda tmp: fig.savefig(tmp, format=suffix[1:], dpi=200,
                                               bbox_inches="tight"))  # fmt: skip
    print(cli_text("map: {}", path), file=sys.stderr)


def _ranking_change(results, problem, snap_m: float) -> str:
    """How the ranking moves with point-on-segment snapping (exact benefits both ways)."""
    import numpy as np

    from mataram_gis.snapping import snap_to_segments, snapped_benefits

    o = results.origins
    snap = snap_to_segments(o.geometry.to_numpy(), results.segments.geometry.to_numpy(),
                            problem.before_ms >= 0, max_distance_m=snap_m)  # fmt: skip
    used = (o["excluded"].fillna("") == "").to_numpy()
    snap = type(snap)(np.where(used, snap.segment, -1), snap.fraction, snap.distance_m)
    graph = problem.graph
    if problem.split is not None:  # results of segment snapping: the unsplit network
        from mataram_gis.engine import build_graph

        graph = build_graph(problem.seg_u, problem.seg_v, problem.oneway, problem.before_ms,
                            n_nodes=problem.split.n_base)  # fmt: skip
    got = snapped_benefits(graph, problem.seg_u, problem.seg_v, problem.oneway,
                           problem.after_ms, snap, problem.demand)  # fmt: skip
    node = results.segments["benefit"].to_numpy(float)
    seg = got.weighted_seconds / 3600.0
    cand = problem.candidate
    order_n = np.flatnonzero(cand)[np.argsort(-node[cand], kind="stable")]
    order_s = np.flatnonzero(cand)[np.argsort(-seg[cand], kind="stable")]
    parts = []
    for k in (10, 100):
        both = len(set(order_n[:k]) & set(order_s[:k]))
        parts.append(cli_text("top {}: {} in common", k, both))
    rank_n = np.empty(len(node))
    rank_n[order_n] = np.arange(len(order_n))
    rank_s = np.empty(len(node))
    rank_s[order_s] = np.arange(len(order_s))
    rho = float(np.corrcoef(rank_n[cand], rank_s[cand])[0, 1]) if cand.sum() > 1 else 1.0
    total_n, total_s = node[cand].sum(), seg[cand].sum()
    lang = language()
    return cli_text("ranking with point-on-segment snapping (exact): {}; Spearman {}; summed "
                    "single-segment benefit {} vs {} h/yr (node snapping)", "; ".join(parts),
                    format_number(rho, lang, 3), format_number(total_s, lang),
                    format_number(total_n, lang))  # fmt: skip


def cmd_snapping(args: argparse.Namespace) -> int:
    """Compare node snapping with point-on-segment snapping on a result."""
    from mataram_gis.snapping import compare_on

    results, problem = _load(args.results)
    sc = results.scenario
    cmp = compare_on(
        results.segments.geometry.to_numpy(), problem.seg_u, problem.seg_v, problem.oneway,
        problem.before_ms, results.origins, results.centres.geometry.to_numpy(),
        results.centres["node"].to_numpy(), problem.demand, n_nodes=problem.n_nodes,
        walk_speed_kmh=sc.walk_speed_kmh, snap_distance_m=sc.snap_distance_m,
    )  # fmt: skip
    s = cmp.summary()
    print(_ranking_change(results, problem, sc.snap_distance_m))
    lang = language()
    signed = {k: ("+" if s[k] >= 0 else "") + format_number(s[k], lang, 1)
              for k in ("mean_diff_s", "median_diff_s")}  # fmt: skip
    print(cli_text(
        "{} households: door to centre {} min (node snapping) vs {} min (point on segment); mean "
        "difference {} s (median {} s, mean absolute {} s); {}% change by more than 30 s; "
        "walked access leg {} s vs {} s",
        format_number(s["households"], lang), format_number(s["mean_node_min"], lang, 2),
        format_number(s["mean_segment_min"], lang, 2), signed["mean_diff_s"],
        signed["median_diff_s"], format_number(s["mean_abs_diff_s"], lang, 1),
        format_number(100 * s["share_changed_over_30s"], lang, 1),
        format_number(s["mean_access_node_s"], lang, 1),
        format_number(s["mean_access_segment_s"], lang, 1),
    ))  # fmt: skip
    return 0


def rank_access(analysis: object, args: argparse.Namespace) -> dict:
    """What ``rank`` adds (docs/ACCESS.md): access columns in place, extra layers returned.

    Skipped (empty) with ``--no-access``.
    """
    from mataram_gis.access import enrich_analysis

    if getattr(args, "no_access", False):
        return {}
    return enrich_analysis(
        analysis,  # type: ignore[arg-type]
        admin=_read_admin(getattr(args, "admin", None)),
        hazard=_read_hazard(getattr(args, "hazard", None)),
        bands=getattr(args, "bands", None),
    )

"""Which upgrade the travel-time views show (issue 14): ``--upgrade top:N | segment:ID[,ID..] |
ruas:NOMOR | portfolio[:BUDGET]``.

The exported map (``map --travel-time``) and the briefing's page "travel times and who gains"
draw the households' times before and after *one set* of segments upgraded together:

``top:N``
    the N top-ranked segments (default ``top:10``, the briefing's summary);
``segment:ID[,ID...]``
    the named segments (``segment_id`` of the ``segments`` layer), any usable segment;
``ruas:NOMOR``
    the candidate segments of one ruas (``nomor_ruas``) together: the ruas layer's benefit;
``portfolio`` or ``portfolio:BUDGET``
    the exact portfolio (:func:`mataram_gis.portfolio.choose_portfolio`) within BUDGET rupiah
    (``5e9``, ``'5 miliar'``); without BUDGET the run's budget (``--budget`` or the
    scenario's), and in the briefing the picks of its programme.

Indonesian keywords work too (``teratas``, ``segmen``, ``portofolio``). The after-times are
:func:`mataram_gis.equity.household_times_with` of the chosen rows: exact, equal to a
brute-force recomputation with that set upgraded (tests/test_upgrade_choice.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mataram_gis.errors import UsageError
from mataram_gis.formatting import format_rupiah
from mataram_gis.results import Results

KINDS: dict[str, str] = {
    "top": "top", "teratas": "top",
    "segment": "segment", "segmen": "segment",
    "ruas": "ruas",
    "portfolio": "portfolio", "portofolio": "portfolio",
}  # fmt: skip
SYNTAX = "top:N, segment:ID[,ID...], ruas:NOMOR or portfolio[:BUDGET]"
DEFAULT = "top:10"
#: More segments than this are named by their count ("12 selected segments"), not listed.
MAX_LISTED = 4

LABELS: dict[str, dict[str, str]] = {
    "id": {
        "top": "{n} segmen teratas",
        "segment": "segmen {ids}",
        "segments": "{n} segmen terpilih",
        "ruas": "ruas {nomor}{name} ({n} segmen)",
        "portfolio": "portofolio {budget} ({n} segmen)",
    },
    "en": {
        "top": "the top {n} segments",
        "segment": "segment {ids}",
        "segments": "{n} selected segments",
        "ruas": "ruas {nomor}{name} ({n} segments)",
        "portfolio": "the {budget} portfolio ({n} segments)",
    },
}


@dataclass(frozen=True)
class UpgradeChoice:
    """A parsed ``--upgrade`` value: ``kind`` (top/segment/ruas/portfolio) and its argument
    (N, the segment ids, the nomor ruas, the budget in rupiah or ``None``)."""

    kind: str
    count: int = 10
    ids: tuple[int, ...] = ()
    nomor: str = ""
    budget_rp: float | None = None


@dataclass(frozen=True)
class ResolvedUpgrade:
    """The rows (of ``segments`` / the problem) upgraded together and how to name them."""

    choice: UpgradeChoice
    rows: np.ndarray
    names: dict[str, str]

    def label(self, lang: str) -> str:
        """What is upgraded, in ``lang`` (``id``/``en``), e.g. ``ruas 031 Jl. Udayana``."""
        return self.names[lang]


def _bad(text: str, why: str) -> UsageError:
    return UsageError(f"cannot read --upgrade {text!r}: {why}", fix=f"give {SYNTAX}")


def parse_upgrade(text: str | None) -> UpgradeChoice:
    """``top:N`` / ``segment:ID[,ID...]`` / ``ruas:NOMOR`` / ``portfolio[:BUDGET]`` -> choice.

    Raises
    ------
    UsageError
        When ``text`` is none of these (the CLI exits with code 2).
    """
    raw = (text or DEFAULT).strip()
    key, _sep, arg = raw.partition(":")
    kind = KINDS.get(key.strip().lower())
    arg = arg.strip()
    if kind is None:
        raise _bad(raw, f"unknown kind {key.strip()!r}")
    if kind == "portfolio":
        if not arg:
            return UpgradeChoice("portfolio")
        from mataram_gis.rupiah import parse_rupiah

        try:
            return UpgradeChoice("portfolio", budget_rp=parse_rupiah(arg))
        except UsageError:
            raise _bad(raw, f"cannot read the budget {arg!r}") from None
    if not arg:
        raise _bad(raw, f"{key.strip()} needs a value after ':'")
    if kind == "ruas":
        return UpgradeChoice("ruas", nomor=arg)
    parts = [p.strip() for p in arg.split(",")]
    if not all(p.isdigit() for p in parts):
        raise _bad(raw, "expected whole numbers")
    numbers = tuple(dict.fromkeys(int(p) for p in parts))
    if kind == "top":
        if len(numbers) != 1 or numbers[0] < 1:
            raise _bad(raw, "top needs one number of 1 or more")
        return UpgradeChoice("top", count=numbers[0])
    return UpgradeChoice("segment", ids=numbers)


def _names(kind: str, **values: object) -> dict[str, str]:
    return {lang: LABELS[lang][kind].format(**values) for lang in LABELS}


def resolve_upgrade(
    results: Results,
    choice: UpgradeChoice,
    *,
    budget_rp: float | None = None,
    picks: Sequence[int] | None = None,
) -> ResolvedUpgrade:
    """The rows ``choice`` upgrades in ``results`` and their name in both languages.

    Parameters
    ----------
    budget_rp
        The run's budget, used by ``portfolio`` without a budget of its own.
    picks
        ``segment_id`` of an existing programme's picks: ``portfolio`` without a budget shows
        them (the briefing's own programme) instead of choosing again.

    Raises
    ------
    UsageError
        An unknown segment or ruas, a ruas without candidate segments, or ``portfolio``
        with no budget anywhere.
    """
    problem = results.problem
    seg = results.segments
    if choice.kind == "top":
        ranked = seg.loc[seg["rank"].notna()].sort_values("rank").head(choice.count)
        rows = problem.index_of(ranked["segment_id"].to_numpy())
        return ResolvedUpgrade(choice, rows, _names("top", n=len(rows)))
    if choice.kind == "segment":
        known = set(seg["segment_id"].astype(int))
        unknown = [i for i in choice.ids if i not in known]
        if unknown:
            raise UsageError(f"--upgrade: unknown segment_id(s): {unknown[:10]}",
                             fix="give segment_id values of the segments layer")  # fmt: skip
        rows = problem.index_of(choice.ids)
        if len(choice.ids) > MAX_LISTED:  # a ruas or a portfolio picked on the map
            return ResolvedUpgrade(choice, rows, _names("segments", n=len(rows)))
        ids = ", ".join(str(i) for i in choice.ids)
        return ResolvedUpgrade(choice, rows, _names("segment", ids=ids))
    if choice.kind == "ruas":
        return _ruas(results, choice)
    return _portfolio(results, choice, budget_rp=budget_rp, picks=picks)


def _ruas(results: Results, choice: UpgradeChoice) -> ResolvedUpgrade:
    seg = results.segments
    nomor = seg["nomor_ruas"].fillna("").astype(str) if "nomor_ruas" in seg else None
    if nomor is None or not (nomor == choice.nomor).any():
        raise UsageError(f"--upgrade: no segment of ruas {choice.nomor!r}",
                         fix="give a nomor_ruas of the segments layer")  # fmt: skip
    mask = (nomor == choice.nomor).to_numpy() & results.problem.candidate
    if not mask.any():
        raise UsageError(f"--upgrade: ruas {choice.nomor!r} has no candidate segment",
                         fix="choose a city ruas that can be upgraded")  # fmt: skip
    rows = np.flatnonzero(mask)
    name = ""
    if "nama_ruas" in seg:
        first = seg["nama_ruas"].iloc[int(rows[0])]
        name = f" {first}" if isinstance(first, str) and first.strip() else ""
    return ResolvedUpgrade(choice, rows, _names("ruas", nomor=choice.nomor, name=name,
                                                 n=len(rows)))  # fmt: skip


def _portfolio(
    results: Results,
    choice: UpgradeChoice,
    *,
    budget_rp: float | None,
    picks: Sequence[int] | None,
) -> ResolvedUpgrade:
    budget = choice.budget_rp
    if budget is None and picks is not None and len(picks):
        rows = results.problem.index_of(list(picks))
        cost = budget_rp if budget_rp is not None else float(results.problem.cost[rows].sum())
    else:
        budget = budget if budget is not None else budget_rp
        budget = budget if budget is not None else results.scenario.budget_rp
        if budget is None:
            raise UsageError(
                "--upgrade portfolio needs a budget",
                fix="give portfolio:BUDGET, e.g. portfolio:5e9",
            )
        from mataram_gis.portfolio import choose_portfolio

        chosen = choose_portfolio(results.problem, budget_rp=float(budget))
        rows, cost = np.asarray(chosen.rows, np.int64), float(budget)
    names = {lang: LABELS[lang]["portfolio"].format(
        budget=format_rupiah(cost, lang), n=len(rows)) for lang in LABELS}  # fmt: skip
    return ResolvedUpgrade(choice, rows, names)

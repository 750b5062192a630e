"""Economic appraisal: hours saved in rupiah, set beside the cost (PV, NPV, BCR, EIRR).

The engine measures benefit in weighted household-hours per year. Here those hours get a
price and a time profile, in the way the World Bank's RED/HDM-4 appraise road works:

* **Value of time** of a producer's trip (Rp per hour). Default: the minimum wage of Kota
  Mataram (UMK 2025, Rp 2,859,620 per month, SK Gubernur NTB No. 500/15.1-799 Tahun 2024 of
  17 December 2024) divided by the 173 working hours of a month that Indonesian wage law uses
  to turn a monthly wage into an hourly one (PP 35/2021 Pasal 32: upah sejam = 1/173 x upah
  sebulan): Rp 16,530 per hour. A small producer's trip to a sentra is a working trip, so its
  time is valued at the wage rate, as in RED/HDM-4 for working time. Editable.
* **Vehicle operating cost (VOC) savings**, optional (off by default): a motorcycle's cost per
  km rises with roughness. Simplified RED/HDM-4 style linear relation
  ``VOC(IRI) = voc_base x (1 + slope x max(IRI - 2, 0))``, slope 2 % per m/km (the order of the
  HDM-4 motorcycle and car VOC-IRI slopes in the roughness range of city roads; Archondo-Callao,
  RED user's guide, World Bank 2004), IRI per condition class at the middle of Bina Marga's
  bands (baik < 4, sedang 4-8, rusak ringan 8-12, rusak berat > 12 m/km). ``voc_base`` Rp 420 per
  km: fuel about Rp 250/km (Pertalite Rp 10,000/l, about 40 km/l) taken as 60 % of a
  motorcycle's running cost. Savings = producer trips over each treated segment x its
  length x the VOC difference (:mod:`mataram_gis.programme` counts the trips).
* **Appraisal period** 10 years: the design life of a rehabilitation / overlay in Bina
  Marga's Manual Desain Perkerasan Jalan 2017 (umur rencana lapis tambahan 10 tahun).
* **Discount rate** 10 % real: inside the 9-12 % band used for Indonesian road appraisal
  (ADB Guidelines for the Economic Analysis of Projects 2017: 9 %; World Bank / IIRMS road
  studies in Indonesia: 12 %). Editable; the sensitivity tools show how results move with it.
* **Residual value** at the end of the period: straight-line share of the works' life not
  yet used (RED convention). **Maintenance savings are not modelled** (treated roads are
  assumed kept at their target condition by routine maintenance, equal with or without).

Every figure exists twice, named plainly: ``unweighted`` (each producer-trip hour at the value
of time: the classic cost-benefit figure) and ``equity-weighted`` (hours multiplied by the
scenario's equity weight of the household's desil before pricing: a distributionally weighted
figure, larger than the unweighted one whenever poor households gain).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

import numpy as np

from mataram_gis.errors import ScenarioError

#: UMK Kota Mataram 2025 (Rp/month) and the statutory hours per month.
UMK_MATARAM_2025_RP = 2_859_620.0
HOURS_PER_MONTH = 173.0
DEFAULT_VALUE_OF_TIME = float(round(UMK_MATARAM_2025_RP / HOURS_PER_MONTH))
VALUE_OF_TIME_SOURCE = (
    "UMK Kota Mataram 2025 Rp 2.859.620/bulan (SK Gubernur NTB No. 500/15.1-799 Tahun 2024) "
    "/ 173 jam per bulan (PP 35/2021 Pasal 32)"
)
#: Middle of Bina Marga's IRI band of each condition class (m/km).
DEFAULT_IRI: dict[str, float] = {"baik": 3.0, "sedang": 6.0, "rusak ringan": 10.0,
                                 "rusak berat": 14.0}  # fmt: skip
#: Where each default comes from (shown in the briefing's assumptions).
SOURCES: dict[str, str] = {
    "value_of_time_rp_per_hour": VALUE_OF_TIME_SOURCE,
    "discount_rate": "10 %: band 9-12 % (ADB Guidelines for the Economic Analysis of Projects "
    "2017: 9 %; World Bank/IIRMS road studies in Indonesia: 12 %)",
    "period_years": "10 years: umur rencana overlay/rehabilitasi, Manual Desain Perkerasan "
    "Jalan 2017 (Bina Marga)",
    "voc": "VOC = Rp 420/km x (1 + 2 % x (IRI - 2)), simplified RED/HDM-4 roughness relation; "
    "IRI per class: middle of Bina Marga bands",
    "residual": "straight-line share of unused life at the end of the period (RED)",
    "maintenance": "not modelled (treated roads kept at target by routine maintenance)",
}


@dataclass
class Appraisal:
    """Parameters of the appraisal, the multi-year programme and the risk analysis.

    Attributes
    ----------
    value_of_time_rp_per_hour, value_of_time_note
        Price of one producer-trip hour and where it comes from.
    discount_rate, period_years
        Real discount rate (0.10 = 10 %) and appraisal period in years.
    include_voc, voc_rp_per_km, voc_iri_slope, iri_by_condition
        Vehicle operating cost savings (see the module notes).
    years
        Years of the programme (1-5).
    ceilings_rp
        Yearly ceiling per fund source, e.g. ``{"APBD": [5e9, 5e9, 5e9], "DAK": [2e9, 0, 2e9]}``.
        Empty: one fund ``APBD`` with the scenario's budget in year 1.
    deterioration_years
        Untreated roads worsen one condition class every this many years (0: never).
    draws, seed
        Monte Carlo draws and random seed.
    cost_spread, vot_spread, trips_spread, equity_spread, speed_spread
        Relative half-width of each uncertain parameter (0.2: +-20 %, triangular).
    """

    value_of_time_rp_per_hour: float = DEFAULT_VALUE_OF_TIME
    value_of_time_note: str = VALUE_OF_TIME_SOURCE
    discount_rate: float = 0.10
    period_years: int = 10
    include_voc: bool = False
    voc_rp_per_km: float = 420.0
    voc_iri_slope: float = 0.02
    iri_by_condition: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_IRI))
    years: int = 1
    ceilings_rp: dict[str, list[float]] = field(default_factory=dict)
    deterioration_years: int = 0
    draws: int = 500
    seed: int = 1
    cost_spread: float = 0.2
    vot_spread: float = 0.3
    trips_spread: float = 0.2
    equity_spread: float = 0.3
    speed_spread: float = 0.2

    def __post_init__(self) -> None:
        from mataram_gis.scenario_check import check_fields

        check_fields(self)  # types: numbers are numbers, whole numbers whole, texts texts
        self.validate()

    def validate(self) -> None:
        """Raise :class:`ScenarioError` for a value out of range."""
        if not self.value_of_time_rp_per_hour >= 0:
            raise ScenarioError(
                f"scenario key appraisal.value_of_time_rp_per_hour must be >= 0 Rp/hour, got "
                f"{self.value_of_time_rp_per_hour}"
            )
        if not -0.5 < self.discount_rate < 1.0:
            raise ScenarioError(
                f"scenario key appraisal.discount_rate {self.discount_rate} is out of range",
                fix="give a fraction, e.g. 0.10 for 10 %",
            )
        if not 1 <= int(self.period_years) <= 50:
            raise ScenarioError(
                f"scenario key appraisal.period_years must be 1-50, got {self.period_years}"
            )
        if not 1 <= int(self.years) <= 5:
            raise ScenarioError(
                f"scenario key appraisal.years: a programme runs 1-5 years, got {self.years}"
            )
        for fund, row in self.ceilings_rp.items():
            if len(row) != self.years or any(not x >= 0 for x in row):
                raise ScenarioError(
                    f"scenario key appraisal.ceilings_rp: fund {fund!r} has {len(row)} yearly "
                    f"ceilings {row} for a {self.years}-year programme",
                    fix=f"give {self.years} amounts >= 0 in rupiah, one per year",
                )
        if self.deterioration_years < 0 or self.draws < 0:
            raise ScenarioError(
                "scenario keys appraisal.deterioration_years and draws must be >= 0"
            )
        for name in ("cost_spread", "vot_spread", "trips_spread", "equity_spread",
                     "speed_spread"):  # fmt: skip
            if not 0 <= getattr(self, name) < 1:
                raise ScenarioError(
                    f"scenario key appraisal.{name} must be in [0, 1), got {getattr(self, name)}"
                )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | Appraisal | None) -> Appraisal:
        """Build from a dict, refusing unknown keys."""
        if isinstance(data, Appraisal):
            return data
        if data is not None and not isinstance(data, dict):
            raise ScenarioError(
                f"scenario key appraisal is {data!r}: not an object",
                fix='give an object {...} of appraisal parameters, e.g. {"discount_rate": 0.1}',
            )
        known = {f.name for f in fields(cls)}
        unknown = set(data or {}) - known
        if unknown:
            raise ScenarioError(
                f"unknown scenario key(s) appraisal.{', '.join(sorted(unknown))}",
                fix=f"known: {', '.join(sorted(known))}",
            )
        return cls(**(data or {}))

    def edited(self) -> list[str]:
        """Names of parameters that differ from the defaults."""
        base = Appraisal().to_dict()
        return [k for k, v in self.to_dict().items() if base[k] != v]


# -- money over time ---------------------------------------------------------------------
def discount_factors(rate: float, horizon: int) -> np.ndarray:
    """``(1 + rate) ** -t`` for ``t = 0 .. horizon``."""
    return (1.0 + rate) ** -np.arange(horizon + 1, dtype=float)


def present_value(flows: np.ndarray, rate: float) -> np.ndarray:
    """Present value of yearly flows (last axis is year ``t = 0, 1, ...``)."""
    flows = np.asarray(flows, float)
    return flows @ discount_factors(rate, flows.shape[-1] - 1)


def eirr(flows: np.ndarray, *, low: float = -0.99, high: float = 100.0) -> np.ndarray:
    """Internal rate of return of each cash flow (last axis is the year), by bisection.

    The rate where the net present value is zero, for flows with one change of sign (costs
    first, then benefits). NaN where NPV does not change sign on ``[low, high]`` (no costs,
    or benefits that never repay them).
    """
    flows = np.atleast_2d(np.asarray(flows, float))
    lo = np.full(len(flows), low)
    hi = np.full(len(flows), high)
    f_lo, f_hi = _npv_at(flows, lo), _npv_at(flows, hi)
    ok = np.sign(f_lo) * np.sign(f_hi) < 0
    for _ in range(200):  # interval shrinks 2^-200: well below float resolution
        mid = 0.5 * (lo + hi)
        f_mid = _npv_at(flows, mid)
        same = np.sign(f_mid) == np.sign(f_lo)
        lo, f_lo = np.where(same, mid, lo), np.where(same, f_mid, f_lo)
        hi = np.where(same, hi, mid)
    return np.where(ok, 0.5 * (lo + hi), np.nan)


def _npv_at(flows: np.ndarray, rate: np.ndarray) -> np.ndarray:
    t = np.arange(flows.shape[-1], dtype=float)
    return np.sum(flows * (1.0 + rate[:, None]) ** -t, axis=-1)


def simple_flows(
    cost_rp: np.ndarray, annual_benefit_rp: np.ndarray, *, period_years: int
) -> np.ndarray:
    """Cash flows of works paid in year 0 that pay back the same every year 1..period."""
    cost = np.atleast_1d(np.asarray(cost_rp, float))
    ben = np.atleast_1d(np.asarray(annual_benefit_rp, float))
    out = np.repeat(ben[:, None], period_years + 1, axis=1)
    out[:, 0] = -cost
    return out


def appraise_flows(
    cost_by_year: np.ndarray, benefit_by_year: np.ndarray, *, rate: float
) -> dict[str, np.ndarray]:
    """PV of benefits and costs, NPV, BCR and EIRR of yearly cost and benefit streams.

    Parameters
    ----------
    cost_by_year, benefit_by_year
        ``(n, horizon + 1)`` rupiah per year ``t = 0 .. horizon`` (costs positive; a residual
        value enters as a negative cost).
    rate
        Discount rate.

    Returns
    -------
    dict
        ``pv_benefit_rp``, ``pv_cost_rp``, ``npv_rp``, ``bcr`` (NaN without cost) and ``eirr``.
    """
    cost = np.atleast_2d(np.asarray(cost_by_year, float))
    ben = np.atleast_2d(np.asarray(benefit_by_year, float))
    pv_b, pv_c = present_value(ben, rate), present_value(cost, rate)
    with np.errstate(divide="ignore", invalid="ignore"):
        bcr = np.where(pv_c > 0, pv_b / pv_c, np.nan)
    return {
        "pv_benefit_rp": pv_b,
        "pv_cost_rp": pv_c,
        "npv_rp": pv_b - pv_c,
        "bcr": bcr,
        "eirr": eirr(ben - cost),
    }


def switching_values(pv_benefit_rp: np.ndarray, pv_cost_rp: np.ndarray) -> dict[str, np.ndarray]:
    """How far costs may rise, or benefits fall, before the BCR drops below 1.

    ``cost_rise`` = PV benefits / PV costs - 1 (0.35: costs may rise 35 %) and
    ``benefit_fall`` = 1 - PV costs / PV benefits; negative when already below 1.
    """
    b = np.asarray(pv_benefit_rp, float)
    c = np.asarray(pv_cost_rp, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        rise = np.where(c > 0, b / c - 1.0, np.inf)
        fall = np.where(b > 0, 1.0 - c / b, -np.inf)
    return {"cost_rise": rise, "benefit_fall": fall}


def voc_rp_per_km(condition: np.ndarray, params: Appraisal) -> np.ndarray:
    """Motorcycle operating cost per km by condition class (simplified RED/HDM-4 relation)."""
    iri = np.array([params.iri_by_condition.get(str(c), np.nan) for c in condition], float)
    return params.voc_rp_per_km * (1.0 + params.voc_iri_slope * np.maximum(iri - 2.0, 0.0))


def appraise_segments(
    cost_rp: np.ndarray,
    hours_unweighted: np.ndarray,
    hours_weighted: np.ndarray,
    params: Appraisal,
    *,
    voc_saving_rp: np.ndarray | None = None,
) -> dict[str, np.ndarray]:
    """Appraisal of works done now that save the same hours every year of the period.

    Returns the unweighted figures under their contract names (``pv_benefit_rp`` ...) and
    the equity-weighted ones with the suffix ``_equity``; plus switching values.
    """
    voc = np.zeros(len(np.atleast_1d(cost_rp))) if voc_saving_rp is None else voc_saving_rp
    out: dict[str, np.ndarray] = {}
    for suffix, hours in (("", hours_unweighted), ("_equity", hours_weighted)):
        money = np.asarray(hours, float) * params.value_of_time_rp_per_hour + voc
        flows = simple_flows(cost_rp, money, period_years=params.period_years)
        cost = np.where(flows < 0, -flows, 0.0)
        res = appraise_flows(cost, np.maximum(flows, 0.0), rate=params.discount_rate)
        sv = switching_values(res["pv_benefit_rp"], res["pv_cost_rp"])
        for key, val in {**res, **sv}.items():
            out[key + suffix] = val
    return out

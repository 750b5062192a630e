"""The scenario: one typed object holding every assumption of an analysis.

It serialises to JSON and is stored with every result, so each output says how it was made.
"""

from __future__ import annotations

import copy
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from mataram_gis import speeds
from mataram_gis.appraisal import Appraisal
from mataram_gis.errors import ScenarioError
from mataram_gis.scenario_check import check_fields

#: Default equity weight per P3KE desil (1 = extreme poverty). A policy choice, not a
#: measurement: extreme poverty counts three times a desil-4 household, following the
#: city's stated priority for kemiskinan ekstrem. Change it per scenario.
DEFAULT_EQUITY_WEIGHTS: dict[int, float] = {1: 3.0, 2: 2.0, 3: 1.5, 4: 1.0}

CATEGORY_LABELS: dict[str, dict[int, str]] = {
    "id": {
        1: "Desil 1 (miskin ekstrem)",
        2: "Desil 2 (miskin)",
        3: "Desil 3 (rentan)",
        4: "Desil 4 (hampir miskin)",
    },
    "en": {
        1: "Decile 1 (extreme poor)",
        2: "Decile 2 (poor)",
        3: "Decile 3 (vulnerable)",
        4: "Decile 4 (near-poor)",
    },
}


@dataclass
class Scenario:
    """Every assumption of one analysis run.

    Attributes
    ----------
    name
        A label shown in outputs.
    mode
        Travel mode: ``motorcycle`` (default, the usual vehicle of small producers),
        ``car`` or ``walk``.
    equity_weights
        Weight per P3KE desil (1-4) multiplying each household's producer count.
    trips_per_year
        Trips to the centre per household per year (default 250: one per working day).
    target_condition
        Condition an upgraded segment reaches.
    walk_speed_kmh
        Speed of the walked access leg from a household to the network.
    snap_distance_m
        Households and centres farther than this from a usable node are excluded.
    base_speed_kmh, condition_cap_kmh, condition_factor, unit_cost_rp_per_km
        Overrides of the tables in :mod:`mataram_gis.speeds` (merged over the defaults).
    candidate_authorities
        Only segments of these statuses (``nasional``, ``provinsi``, ``kota``, ``desa``)
        are ranked; empty means all (CLI ``--all-status``). Default: the city's own roads
        (``kota``), since the city can fund only those.
    lingkungan_is_city
        Lingkungan roads (fungsi) that are not national or provincial count as the city's
        (the city maintains its neighbourhood roads) and are ranked with ``kota`` roads.
    min_length_m
        Shorter segments are not ranked.
    exclude_good
        Segments already at the target condition are not ranked (they cannot gain).
    budget_rp
        Budget for portfolio selection, if any.
    appraisal
        Economic appraisal, multi-year programme and risk parameters
        (:class:`mataram_gis.appraisal.Appraisal`).
    condition_treatment
        Overrides of the treatment chosen per condition (:mod:`mataram_gis.treatments`).
    treatment_target
        Condition each treatment brings a road to (default: ``target_condition``).
    unit_price_rp_m2
        Unit prices (Rp/m2, treatment -> pavement -> price) merged over the indicative
        defaults; the city's price table (``--prices``) lands here.
    price_source
        Where the prices come from (the price file's name; "" = built-in indicative).
    cost_basis
        ``m2`` (treatment price x width x length, default) or ``km`` (the older per-km
        table by road class, ``unit_cost_rp_per_km``).
    kemantapan_target
        Target share (0-1) of city-road length in baik + sedang. Default 0.65: the RPJMN
        2020-2024 target for regional (daerah) roads, 65 % (Bappenas, January 2023).
    snap
        How households join the network: ``node`` (default: walk to the nearest junction
        from which their centre is reachable) or ``segment`` (walk to the nearest point of
        the nearest segment, then ride along it; :mod:`mataram_gis.snap_demand`). Node is
        the default because every set evaluation (ruas, portfolio, programme, criticality)
        is exact for it, and on the demo the two agree on the top 10 (docs/ACCESS.md).
    """

    name: str = "Skenario dasar"
    mode: str = "motorcycle"
    equity_weights: dict[int, float] = field(default_factory=lambda: dict(DEFAULT_EQUITY_WEIGHTS))
    trips_per_year: float = 250.0
    target_condition: str = "baik"
    walk_speed_kmh: float = 4.5
    snap_distance_m: float = 500.0
    base_speed_kmh: dict[str, dict[str, float | None]] = field(default_factory=dict)
    condition_cap_kmh: dict[str, dict[str, float | None]] = field(default_factory=dict)
    condition_factor: dict[str, dict[str, float]] = field(default_factory=dict)
    unit_cost_rp_per_km: dict[str, dict[str, float]] = field(default_factory=dict)
    candidate_authorities: list[str] = field(
        default_factory=lambda: ["kota"],
        metadata={"choices": ("nasional", "provinsi", "kota", "desa", "")},
    )
    min_length_m: float = 0.0
    exclude_good: bool = True
    budget_rp: float | None = None
    appraisal: Appraisal = field(default_factory=Appraisal)
    lingkungan_is_city: bool = True
    condition_treatment: dict[str, str] = field(default_factory=dict)
    treatment_target: dict[str, str] = field(default_factory=dict)
    unit_price_rp_m2: dict[str, dict[str, float]] = field(default_factory=dict)
    price_source: str = ""
    cost_basis: str = field(default="m2", metadata={"choices": ("m2", "km")})
    kemantapan_target: float = field(default=0.65, metadata={"range": (0.0, 1.0)})
    snap: str = field(default="node", metadata={"choices": ("node", "segment")})

    def __post_init__(self) -> None:
        self.appraisal = Appraisal.from_dict(self.appraisal)
        self.validate()

    # -- validation -------------------------------------------------------------------
    def validate(self) -> None:
        """Raise :class:`ScenarioError` when a parameter has the wrong type or range.

        Every field is checked from its declared type and the ranges documented in
        :mod:`mataram_gis.scenario_check` (numbers are normalised to ``float``).
        """
        check_fields(self)
        self._validate_inventory()

    def _validate_inventory(self) -> None:
        """Words and keys of the treatment and price tables (:mod:`mataram_gis.treatments`)."""
        from mataram_gis import treatments
        from mataram_gis.statuses import PERKERASAN

        conds, treats = speeds.CONDITIONS, treatments.TREATMENTS
        for key, table, keys, values in (
            ("condition_treatment", self.condition_treatment, conds, treats),
            ("treatment_target", self.treatment_target, treats, conds),
        ):
            for k, v in table.items():
                if k not in keys or v not in values:
                    raise ScenarioError(
                        f"scenario key {key}[{k!r}] is {v!r}: unknown word",
                        fix=f"keys: {', '.join(keys)}; values: {', '.join(values)}",
                    )
        for t, row in self.unit_price_rp_m2.items():
            for p, v in row.items():
                if t not in treats or p not in PERKERASAN or not float(v) >= 0:
                    raise ScenarioError(
                        f"scenario key unit_price_rp_m2[{t!r}][{p!r}] is {v!r}: unknown "
                        "treatment or pavement, or a negative price",
                        fix=f"treatments: {', '.join(treats)}; pavements: "
                        f"{', '.join(PERKERASAN)}; prices in Rp/m2 >= 0",
                    )

    # -- the merged tables ------------------------------------------------------------
    def speed_table(self) -> dict[str, float | None]:
        """Base speed by road class for this scenario's mode, overrides applied."""
        table = dict(speeds.BASE_SPEED_KMH[self.mode])
        table.update(self.base_speed_kmh.get(self.mode, {}))
        return table

    def cap_table(self) -> dict[str, float | None]:
        """Speed cap by condition for this scenario's mode, overrides applied."""
        table = dict(speeds.CONDITION_CAP_KMH[self.mode])
        table.update(self.condition_cap_kmh.get(self.mode, {}))
        return table

    def factor_table(self) -> dict[str, float]:
        """Speed factor by condition for this scenario's mode, overrides applied."""
        table = dict(speeds.CONDITION_FACTOR[self.mode])
        table.update(self.condition_factor.get(self.mode, {}))
        return table

    def cost_table(self) -> dict[str, dict[str, float]]:
        """Upgrade unit cost (Rp/km) by cost group and from-condition, overrides applied."""
        table = copy.deepcopy(speeds.UNIT_COST_RP_PER_KM)
        for group, row in self.unit_cost_rp_per_km.items():
            table.setdefault(group, {}).update(row)
        return table

    def price_table(self) -> dict[str, dict[str, float]]:
        """Unit prices (Rp/m2) by treatment and pavement, the city's over the defaults."""
        from mataram_gis import treatments

        return treatments.price_table(self.unit_price_rp_m2)

    # -- serialisation ----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict."""
        d = asdict(self)
        d["equity_weights"] = {str(k): v for k, v in self.equity_weights.items()}
        return d

    def to_json(self) -> str:
        """JSON text (stable key order)."""
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Scenario:
        """Build from a dict, refusing unknown keys with a clear message."""
        if not isinstance(data, dict):
            kind = "a list" if isinstance(data, list) else type(data).__name__
            raise ScenarioError(
                f"a scenario must be a JSON object {{...}}, not {kind}",
                fix='write the parameters as {"name": value, ...}, e.g. {"trips_per_year": 250}',
            )
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ScenarioError(
                f"unknown scenario parameter(s): {', '.join(sorted(map(str, unknown)))}",
                fix=f"known parameters: {', '.join(sorted(known))}",
            )
        return cls(**data)

    @classmethod
    def from_json(cls, text: str) -> Scenario:
        """Parse JSON text written by :meth:`to_json`."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ScenarioError(f"scenario is not valid JSON ({exc})") from None
        except RecursionError:
            raise ScenarioError("scenario JSON is nested too deeply") from None
        return cls.from_dict(data)

    @classmethod
    def from_file(cls, path: str | Path) -> Scenario:
        """Read a scenario JSON file (UTF-8), naming the file in every error.

        Raises
        ------
        ScenarioError
            When the file cannot be read, is not UTF-8 text or holds an invalid scenario.
        """
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ScenarioError(
                f"cannot read the scenario file ({exc.strerror})", file=str(path)
            ) from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ScenarioError(
                f"the scenario file is not UTF-8 text (byte {exc.start + 1} is "
                f"0x{data[exc.start]:02x})",
                file=str(path),
                fix="save the file as UTF-8 (in Notepad: Save As, Encoding UTF-8)",
            ) from None
        try:
            return cls.from_json(text)
        except ScenarioError as exc:
            raise ScenarioError(exc.problem, file=str(path), fix=exc.fix) from None

    def replace(self, **changes: Any) -> Scenario:
        """A copy with some parameters changed (validated)."""
        d = copy.deepcopy(self.to_dict())
        d.update(changes)
        return Scenario.from_dict(d)

# ruff: noqa: N802, N815 - Qt API names (camelCase overrides and signals)
"""Scenario parameters; every change emits a new Scenario (the controller re-ranks live)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mataram_gis.errors import ScenarioError
from ui.i18n import current_lang
from ui.number_input import DecimalSpinBox, parse_number_text

if TYPE_CHECKING:
    from mataram_gis.scenario import Scenario

# As :data:`mataram_gis.speeds.MODES` / ``CONDITIONS`` (not imported: pandas is slow to load).
MODES: tuple[str, ...] = ("motorcycle", "car", "walk")
TARGETS: tuple[str, ...] = ("baik", "sedang", "rusak ringan")

logger = logging.getLogger(__name__)

AUTHORITIES: tuple[str, ...] = ("nasional", "provinsi", "kota")
COST_GROUPS: tuple[str, ...] = ("arterial", "collector", "local", "gang")
FROM_CONDITIONS: tuple[str, ...] = ("sedang", "rusak ringan", "rusak berat")
MILLION = 1e6


class ParametersPanel(QWidget):
    """Editors of the scenario. ``scenarioChanged(Scenario)``, ``runRequested()``,
    ``liveToggled(bool)``."""

    scenarioChanged = Signal(object)
    runRequested = Signal()
    liveToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: Scenario | None = None
        self._loading = False
        self._prices: dict[str, dict[str, float]] = {}  # the city's Rp/m2 over the defaults
        self._price_source = ""
        inner = QWidget(self)
        self.mode = QComboBox(inner)
        for mode in MODES:
            self.mode.addItem(mode, mode)
        self.snap = QComboBox(inner)  # households join at a junction or a point on a road
        for how in ("node", "segment"):
            self.snap.addItem(how, how)
        self.weights: dict[int, QDoubleSpinBox] = {}
        for k in (1, 2, 3, 4):
            spin = DecimalSpinBox(inner, minimum=0.0, maximum=20.0, singleStep=0.5, decimals=2)
            self.weights[k] = spin
        self.trips = DecimalSpinBox(inner, minimum=1, maximum=2000, singleStep=10, decimals=0)
        self.target = QComboBox(inner)
        for c in TARGETS:
            self.target.addItem(c, c)
        self.costs = QTableWidget(len(COST_GROUPS), len(FROM_CONDITIONS), inner)
        self.costs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.costs.horizontalHeader().setMinimumSectionSize(52)
        self.costs.verticalHeader().setDefaultSectionSize(22)
        self.costs.setFixedHeight(4 * 22 + 44)  # two-line headers: "Rusak / ringan"
        self.costs.setMinimumWidth(0)
        self.costs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.authority: dict[str, QCheckBox] = {a: QCheckBox(a, inner) for a in AUTHORITIES}
        self.min_length = DecimalSpinBox(inner, minimum=0, maximum=5000, singleStep=10, decimals=0)
        self.exclude_good = QCheckBox(inner)
        self.exclude_note = QLabel(inner)  # the long text wraps here, not in the check box
        self.exclude_note.setWordWrap(True)
        self.live = QCheckBox(self)
        self.live.setChecked(True)
        self.run = QPushButton(self)
        self.run.setDefault(True)

        self.g_travel, self.g_equity, self.g_cost, self.g_filter = (
            QGroupBox(inner) for _ in range(4)
        )
        f1 = QFormLayout(self.g_travel)
        self.l_mode, self.l_trips, self.l_target = QLabel(), QLabel(), QLabel()
        f1.addRow(self.l_mode, self.mode)
        f1.addRow(self.l_trips, self.trips)
        f1.addRow(self.l_target, self.target)
        self.l_snap = QLabel()
        f1.addRow(self.l_snap, self.snap)
        f2 = QFormLayout(self.g_equity)
        self.l_weights = {k: QLabel() for k in self.weights}
        for k, spin in self.weights.items():
            f2.addRow(self.l_weights[k], spin)
        v3 = QVBoxLayout(self.g_cost)
        self.prices_button = QPushButton(inner)
        self.prices_button.clicked.connect(self.edit_prices)
        self.prices_note = QLabel(inner)
        self.prices_note.setWordWrap(True)
        self.l_costs = QLabel()
        self.l_costs.setWordWrap(True)
        v3.addWidget(self.prices_button)
        v3.addWidget(self.prices_note)
        v3.addWidget(self.l_costs)  # the per-km table: only with cost_basis "km"
        v3.addWidget(self.costs)
        self.l_costs.setVisible(False)  # shown by set_scenario when cost_basis is "km"
        self.costs.setVisible(False)
        f4 = QFormLayout(self.g_filter)
        row = QGridLayout()  # two per line: "provinsi" and "kota" never clip
        for i, box in enumerate(self.authority.values()):
            row.addWidget(box, i // 2, i % 2)
        self.l_auth, self.l_minlen = QLabel(), QLabel()
        f4.addRow(self.l_auth, row)
        f4.addRow(self.l_minlen, self.min_length)
        f4.addRow(self.exclude_good)
        f4.addRow(self.exclude_note)
        for form in (f1, f2, f4):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        buttons = QHBoxLayout()
        buttons.addWidget(self.live)
        buttons.addStretch(1)
        buttons.addWidget(self.run)
        col = QVBoxLayout(inner)
        col.setContentsMargins(4, 4, 4, 4)
        for g in (self.g_travel, self.g_equity, self.g_cost, self.g_filter):
            col.addWidget(g)
        col.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)  # below the scroll area: Run is always visible
        buttons.setContentsMargins(6, 2, 6, 4)

        inner.setEnabled(False)  # until the first scenario arrives with the data
        self.run.setEnabled(False)
        self.inner = inner
        for w in (self.mode, self.target, self.snap):
            w.currentIndexChanged.connect(self._changed)
        for spin in (*self.weights.values(), self.trips, self.min_length):
            spin.valueChanged.connect(self._changed)
        for box in (*self.authority.values(), self.exclude_good):
            box.toggled.connect(self._changed)
        self.costs.itemChanged.connect(self._changed)
        self.run.clicked.connect(self.runRequested)
        self.live.toggled.connect(self.liveToggled)
        self.retranslate()

    # -- scenario <-> widgets -------------------------------------------------------------
    def set_scenario(self, scenario: Scenario) -> None:
        """Show a scenario's values (no signal)."""
        self._loading = True
        self.inner.setEnabled(True)
        self.run.setEnabled(True)
        try:
            self._base = scenario
            self.mode.setCurrentIndex(max(self.mode.findData(scenario.mode), 0))
            for k, spin in self.weights.items():
                spin.setValue(scenario.equity_weights.get(k, 1.0))
            self.trips.setValue(scenario.trips_per_year)
            self.target.setCurrentIndex(max(self.target.findData(scenario.target_condition), 0))
            self.snap.setCurrentIndex(max(self.snap.findData(scenario.snap), 0))
            table = scenario.cost_table()
            for i, g in enumerate(COST_GROUPS):
                for j, c in enumerate(FROM_CONDITIONS):
                    item = QTableWidgetItem(f"{table[g][c] / MILLION:.0f}")
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    self.costs.setItem(i, j, item)
            chosen = set(scenario.candidate_authorities)
            for a, box in self.authority.items():
                box.setChecked(not chosen or a in chosen)
            self.min_length.setValue(scenario.min_length_m)
            self.exclude_good.setChecked(scenario.exclude_good)
            self._prices = {t: dict(r) for t, r in scenario.unit_price_rp_m2.items()}
            self._price_source = scenario.price_source
            per_km = scenario.cost_basis == "km"
            self.l_costs.setVisible(per_km)
            self.costs.setVisible(per_km)
            self._show_prices()
        finally:
            self._loading = False

    def scenario(self) -> Scenario:
        """The scenario the widgets describe (raises ScenarioError when invalid)."""
        costs: dict[str, dict[str, float]] = {}
        for i, g in enumerate(COST_GROUPS):
            for j, c in enumerate(FROM_CONDITIONS):
                item = self.costs.item(i, j)
                text = parse_number_text(item.text() if item else "", current_lang())
                try:
                    value = float(text) * MILLION
                except ValueError:
                    raise ScenarioError(
                        f"unit cost {g} / {c} is not a number: {text!r}",
                        fix="type the cost in Rp million per km, e.g. 1200",
                    ) from None
                costs.setdefault(g, {})[c] = value
        chosen = [a for a, box in self.authority.items() if box.isChecked()]
        return self._base.replace(
            mode=self.mode.currentData(),
            equity_weights={str(k): s.value() for k, s in self.weights.items()},
            trips_per_year=self.trips.value(),
            target_condition=self.target.currentData(),
            unit_cost_rp_per_km=costs,
            candidate_authorities=[] if len(chosen) == len(AUTHORITIES) else chosen,
            min_length_m=self.min_length.value(),
            exclude_good=self.exclude_good.isChecked(),
            unit_price_rp_m2=self._prices,
            price_source=self._price_source,
            snap=self.snap.currentData(),
        )

    def edit_prices(self) -> bool:
        """The unit-price dialog; on OK the new prices go into the scenario (re-rank)."""
        from ui.prices_dialog import PricesDialog

        dialog = PricesDialog(self._prices, self._price_source, self)
        if dialog.exec() != PricesDialog.DialogCode.Accepted:
            return False
        try:
            self.set_prices(*dialog.result_prices())
        except ScenarioError as exc:
            logger.warning("%s", exc.message)
            return False
        return True

    def set_prices(self, prices: dict[str, dict[str, float]], source: str) -> None:
        """Adopt unit prices (Rp/m2 over the defaults) and their source; emit the scenario."""
        self._prices, self._price_source = prices, source
        self._show_prices()
        self._changed()

    def _show_prices(self) -> None:
        if self._price_source:
            text = self.tr("Rp per m², from: %1").replace("%1", self._price_source)
        else:
            text = self.tr("Rp per m²: built-in indicative prices (not the city's HSPK)")
        self.prices_note.setText(text)

    def _changed(self, *args: object) -> None:
        if self._loading or self._base is None:
            return
        try:
            scenario = self.scenario()
        except ScenarioError as exc:
            logger.warning("%s", exc.message)
            return
        self.scenarioChanged.emit(scenario)

    def set_live(self, live: bool) -> None:
        """Reflect the controller's live state (no signal loop)."""
        if self.live.isChecked() != live:
            self.live.blockSignals(True)
            self.live.setChecked(live)
            self.live.blockSignals(False)

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-set every visible text."""

        self.g_travel.setTitle(self.tr("Travel"))
        self.g_equity.setTitle(self.tr("Equity weights (P3KE desil)"))
        self.g_cost.setTitle(self.tr("Upgrade unit costs"))
        self.g_filter.setTitle(self.tr("Candidate segments"))
        self.l_mode.setText(self.tr("Travel mode"))
        self.l_trips.setText(self.tr("Trips per year"))
        self.l_target.setText(self.tr("Upgrade to condition"))
        modes = {
            "motorcycle": self.tr("Motorcycle"),
            "car": self.tr("Car"),
            "walk": self.tr("Walking"),
        }
        for i in range(self.mode.count()):
            self.mode.setItemText(i, modes.get(self.mode.itemData(i), self.mode.itemData(i)))
        conds = {
            "baik": self.tr("Good (baik)"),
            "sedang": self.tr("Fair (sedang)"),
            "rusak ringan": self.tr("Poor (rusak ringan)"),
        }
        for i in range(self.target.count()):
            self.target.setItemText(i, conds.get(self.target.itemData(i), ""))
        self.l_snap.setText(self.tr("Join road at"))
        snaps = {"node": self.tr("the nearest junction"),
                 "segment": self.tr("the nearest point of a road")}  # fmt: skip
        for i in range(self.snap.count()):
            self.snap.setItemText(i, snaps[self.snap.itemData(i)])
        self.snap.setToolTip(
            self.tr("Nearest point: walk straight to the road, then ride along it")
        )
        groups = {1: self.tr("Desil 1 (extreme poor)"), 2: self.tr("Desil 2 (poor)"),
                  3: self.tr("Desil 3 (vulnerable)"),
                  4: self.tr("Desil 4 (near-poor)")}  # fmt: skip
        for k, lab in self.l_weights.items():
            lab.setText(groups[k])
        self.l_costs.setText(
            self.tr("Rp million per km, by road class and condition before the upgrade")
        )
        self.prices_button.setText(self.tr("Unit prices…"))
        self.prices_button.setToolTip(
            self.tr("Rp per m² by treatment and pavement: view, edit, load or save")
        )
        self._show_prices()
        heads = [self.tr("Fair"), self.tr("Poor"), self.tr("Bad")]
        self.costs.setHorizontalHeaderLabels([h.replace(" ", "\n", 1) for h in heads])
        self.costs.setVerticalHeaderLabels(
            [self.tr("Arterial"), self.tr("Collector"), self.tr("Local"), self.tr("Alley (gang)")]
        )
        self.l_auth.setText(self.tr("Road authority"))
        names = {
            "nasional": self.tr("national"),
            "provinsi": self.tr("provincial"),
            "kota": self.tr("city"),
        }
        for a, box in self.authority.items():
            box.setText(names[a])
        self.l_minlen.setText(self.tr("Minimum length (m)"))
        self.exclude_good.setText(self.tr("Skip roads already good"))
        self.exclude_note.setText(self.tr("Exclude roads already at the target condition"))
        for spin in (*self.weights.values(), self.trips, self.min_length):
            spin.setLocale(QLocale())  # decimals as the language writes them
        self.live.setText(self.tr("Re-rank live"))
        self.live.setToolTip(
            self.tr("Switched off automatically when one analysis takes over 1 s")
        )
        self.run.setText(self.tr("Run"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

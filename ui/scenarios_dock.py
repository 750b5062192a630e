# ruff: noqa: N802 - Qt API names (camelCase overrides and signals)
"""The Scenarios panel (issue 6): save the current parameters under a name, switch, compare.

Scenarios live in a :class:`~mataram_gis.scenarios.ScenarioSet` (``scenario_set``; the
project file stores ``ScenarioSet.to_json()``). Switching re-ranks with that scenario;
*Compare* analyses both scenarios (the missing one(s) in a worker) and opens
:class:`~ui.compare_dialog.CompareDialog`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mataram_gis.errors import MataramError
from mataram_gis.jobs import CancelCheck, Progress, check_cancel
from mataram_gis.scenarios import ScenarioSet
from ui.compare_dialog import CompareDialog
from ui.compare_top import DEFAULT_BUDGET_RP, Picks, exact_picks, picks_job
from ui.messages import error_text
from ui.workers import JobRunner, Worker

if TYPE_CHECKING:
    from layers.highlight import SegmentHighlightLayer
    from mataram_gis.analysis import Analysis, Prepared
    from mataram_gis.scenario import Scenario
    from mataram_gis.scenarios import Comparison
    from ui.controller import AnalysisController
    from ui.parameters_panel import ParametersPanel

logger = logging.getLogger(__name__)


def compare_job(
    data: Prepared,
    a: Scenario,
    b: Scenario,
    current: Analysis | None,
    *,
    progress: Progress,
    cancel: CancelCheck,
) -> tuple[Comparison, tuple[Analysis, Analysis], tuple[Picks, Picks]]:
    """Analyse ``a`` and ``b`` (reusing ``current`` when it is one of them) and compare.

    Also returns both analyses and their exact portfolios under the default budget.
    """
    from mataram_gis.analysis import analyse
    from mataram_gis.scenarios import compare

    out = []
    for i, s in enumerate((a, b)):
        check_cancel(cancel)
        progress(0.05 + 0.45 * i, f"analysing {s.name}")
        reuse = current is not None and current.prepared is data and current.scenario == s
        out.append(current if reuse else analyse(data, s, cancel=cancel))
    progress(0.8, "choosing")
    picks = tuple(exact_picks(x, DEFAULT_BUDGET_RP, cancel=cancel) for x in out)
    progress(0.95, "comparing")
    return compare(out[0], out[1], top=15), (out[0], out[1]), (picks[0], picks[1])


class ScenariosPanel(QWidget):
    """Named scenarios: save the current one, switch, compare two.

    Signals
    -------
    saved(object)
        A scenario was saved (the ``Scenario``).
    failed(str, bool)
        A job failed.
    """

    saved = Signal(object)
    failed = Signal(str, bool)

    def __init__(
        self,
        controller: AnalysisController,
        parameters: ParametersPanel,
        runner: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.parameters = parameters
        self.runner = runner
        self.scenario_set = ScenarioSet()
        self.highlight: SegmentHighlightLayer | None = None
        self.dialog: CompareDialog | None = None
        self.worker: Worker | None = None
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda item: self.switch(item.text()))
        self.name = QLineEdit(self)
        self.name.returnPressed.connect(self.save_current)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(lambda: self.save_current())
        self.switch_button = QPushButton(self)
        self.switch_button.clicked.connect(self._switch_selected)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self._delete_selected)
        self.a, self.b = QComboBox(self), QComboBox(self)
        self.compare_button = QPushButton(self)
        self.compare_button.clicked.connect(lambda: self.compare())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.title = QLabel(self)
        self.compare_title = QLabel(self)
        save_row = QHBoxLayout()
        save_row.addWidget(self.name, 1)
        save_row.addWidget(self.save_button)
        list_row = QHBoxLayout()
        list_row.addWidget(self.switch_button)
        list_row.addWidget(self.delete_button)
        list_row.addStretch(1)
        self.form = QFormLayout()
        self.form.addRow("A", self.a)
        self.form.addRow("B", self.b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(save_row)
        layout.addWidget(self.list, 1)
        layout.addLayout(list_row)
        layout.addWidget(self.compare_title)
        layout.addLayout(self.form)
        layout.addWidget(self.compare_button)
        layout.addWidget(self.message)
        controller.scenarioChanged.connect(self._followed)
        self.retranslate()

    # -- scenarios ------------------------------------------------------------------------
    def _followed(self, scenario: Scenario, source: str) -> None:
        """The controller's scenario changed: mark the stored one of that name active."""
        if source != "scenarios" and scenario.name in self.scenario_set:
            self.scenario_set.active = scenario.name
            self.refresh()

    def adopt(self, scenario: Scenario | None) -> None:
        """Make sure the current scenario is in the set (called when data is loaded)."""
        if scenario is not None and scenario.name not in self.scenario_set:
            self.scenario_set[scenario.name] = scenario
        if scenario is not None:
            self.scenario_set.active = scenario.name
        self.refresh()

    def set_scenario_set(self, scenario_set: ScenarioSet) -> None:
        """Replace the scenarios (e.g. read from a project file)."""
        self.scenario_set = scenario_set
        self.refresh()

    def save_current(self, name: str | None = None) -> Scenario | None:
        """Store the current parameters as scenario ``name`` (replacing one of that name)."""
        current = self.controller.scenario
        name = (name if name is not None else self.name.text()).strip()
        if current is None:
            return None
        if not name:
            self.message.setText(self.tr("Type a name for the scenario."))
            return None
        scenario = current.replace(name=name)
        self.scenario_set[name] = scenario
        self.scenario_set.active = name
        if scenario != current:  # the name shows in every output: re-rank under it
            self.controller.set_scenario(scenario, source="scenarios")
            if not self.controller.live:
                self.controller.run()
        self.name.clear()
        self.message.setText(self.tr("Saved “%1”.").replace("%1", name))
        self.refresh()
        self.saved.emit(scenario)
        return scenario

    def switch(self, name: str) -> Worker | None:
        """Show scenario ``name``'s parameters and re-rank with them."""
        try:
            scenario = self.scenario_set[name]
        except MataramError as exc:
            self.message.setText(error_text(exc.message))
            return None
        self.scenario_set.active = name
        self.controller.set_scenario(scenario, source="scenarios")
        self.message.setText(self.tr("Ranking “%1”…").replace("%1", name))
        self.refresh()
        return self.controller.run()

    def _selected_name(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item is not None else None

    def _switch_selected(self) -> None:
        name = self._selected_name()
        if name:
            self.switch(name)

    def _delete_selected(self) -> None:
        name = self._selected_name()
        if name and name != self.scenario_set.active:
            del self.scenario_set[name]
            self.refresh()

    def refresh(self) -> None:
        """Re-list the scenarios (the active one in bold) and the compare choices."""
        names = list(self.scenario_set)
        self.list.clear()
        for name in names:
            item = QListWidgetItem(name, self.list)
            if name == self.scenario_set.active:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                self.list.setCurrentItem(item)
        keep = self.a.currentText(), self.b.currentText()
        for box in (self.a, self.b):
            box.blockSignals(True)
            box.clear()
            box.addItems(names)
        a = keep[0] if keep[0] in names else (names[0] if names else "")
        active = self.scenario_set.active or ""
        others = [n for n in names if n != a]
        b = (
            keep[1]
            if keep[1] in others
            else (active if active in others else next(iter(others), a))
        )
        self.a.setCurrentText(a)
        self.b.setCurrentText(b)
        for box in (self.a, self.b):
            box.blockSignals(False)
        self.compare_button.setEnabled(len(names) >= 2 and self.worker is None)
        self.delete_button.setEnabled(len(names) >= 2)

    # -- comparison -------------------------------------------------------------------------
    def compare(self, a: str | None = None, b: str | None = None) -> Worker | None:
        """Analyse scenarios ``a`` and ``b`` in a worker, then open the comparison."""
        data = self.controller.data
        a, b = a or self.a.currentText(), b or self.b.currentText()
        if data is None or not a or not b:
            return None
        if a == b:
            self.message.setText(self.tr("Choose two different scenarios."))
            return None
        sa, sb = self.scenario_set[a], self.scenario_set[b]
        worker = Worker("compare", compare_job, data, sa, sb, self.controller.analysis)
        worker.signals.finished.connect(self._compared)
        worker.signals.failed.connect(self.failed)
        worker.signals.done.connect(lambda: self._ended())
        self.worker = worker
        self.compare_button.setEnabled(False)
        self.message.setText(self.tr("Comparing “%1” and “%2”…").replace("%1", a).replace("%2", b))
        return self.runner.start(worker)

    def _ended(self) -> None:
        self.worker = None
        self.refresh()

    def _compared(
        self, result: tuple[Comparison, tuple[Analysis, Analysis], tuple[Picks, Picks]]
    ) -> None:
        comparison, analyses, picks = result
        self.message.setText("")
        if self.dialog is not None:
            self.dialog.close()
        dialog = CompareDialog(comparison, self.highlight, self.window(), picks=picks)
        dialog.repick = lambda budget: self._repick(dialog, analyses, budget)
        self.dialog = dialog
        dialog.show()

    def _repick(
        self, dialog: CompareDialog, analyses: tuple[Analysis, Analysis], budget_rp: float
    ) -> Worker:
        """Choose both exact portfolios for a new budget in a worker, then show them."""
        worker = Worker("compare_picks", picks_job, analyses, budget_rp)
        worker.signals.finished.connect(dialog.set_picks)
        worker.signals.failed.connect(self.failed)
        return self.runner.start(worker)

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-set every visible text."""
        self.title.setText(self.tr("Save the current parameters as a named scenario:"))
        self.name.setPlaceholderText(self.tr("Scenario name, e.g. Anggaran 2026"))
        self.save_button.setText(self.tr("Save"))
        self.switch_button.setText(self.tr("Switch to"))
        self.delete_button.setText(self.tr("Delete"))
        self.compare_title.setText(self.tr("Compare two scenarios:"))
        self.compare_button.setText(self.tr("Compare…"))
        self.list.setToolTip(self.tr("Double-click a scenario to switch to it (re-ranks)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

# ruff: noqa: N802 - Qt API names (camelCase overrides)
"""The planning docks (Ruas, Portfolio, Corridors, Scenarios) and their wiring.

:class:`PlanningDocks` builds the panels and their docks from the narrow pieces they need
(controller, runner, selection, map layers, the parameters panel, callbacks); the main
window places the docks, tabbed with the *Ranking* dock so the default layout stays
uncluttered, their toggle actions in *View ▸ Panels*. One
:class:`~layers.highlight.SegmentHighlightLayer` (``plan_highlight``) shows the portfolio
and the comparison's risers/fallers on the map.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QDockWidget, QScrollArea, QWidget

from layers.highlight import SegmentHighlightLayer
from ui.corridors_dock import CorridorsPanel
from ui.portfolio_dock import PortfolioPanel
from ui.ruas_dock import RuasPanel
from ui.scenarios_dock import ScenariosPanel

if TYPE_CHECKING:
    from collections.abc import Callable

    from layers.layer_list import LayerList
    from layers.selection import SelectionModel
    from mataram_gis.analysis import Analysis
    from mataram_gis.scenario import Scenario
    from mataram_gis.scenarios import ScenarioSet
    from ui.controller import AnalysisController
    from ui.parameters_panel import ParametersPanel
    from ui.workers import JobRunner

logger = logging.getLogger(__name__)


class PlanningDock(QDockWidget):
    """A dock whose title is retranslated on a language change."""

    def __init__(self, name: str, widget: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"dock_{name}")
        self.name = name
        if name == "portfolio":  # its chart and tabs would hold the column's Identify at
            scroll = QScrollArea(self)  # ~170 px on a 1366x768 screen: scroll instead
            scroll.setWidget(widget)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            widget = scroll
        self.setWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        """The translated title."""
        titles = {
            "portfolio": self.tr("Portfolio"),
            "corridors": self.tr("Corridors"),
            "ruas": self.tr("Ruas"),
            "scenarios": self.tr("Scenarios"),
        }
        self.setWindowTitle(titles[self.name])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PlanningDocks:
    """The planning docks (issues 6 and 13) and their wiring to the controller and the map.

    Parameters
    ----------
    parent
        Parent widget of the panels and docks.
    controller, runner
        The analysis controller (its ``prepared`` and ``analysisReady`` signals, the
        scenario) and the job runner.
    selection, layers, parameters
        The map's selection, its layer list (for ``plan_highlight``) and the parameters
        panel (the scenarios dock edits it).
    show_error, zoom_to_selection
        Callbacks: show an error dialog; zoom the map to the selection.
    project_scenarios
        The opened project's other scenarios (a dict the Scenarios dock adds to on save).
    """

    def __init__(
        self,
        parent: QWidget,
        controller: AnalysisController,
        runner: JobRunner,
        selection: SelectionModel,
        layers: LayerList,
        parameters: ParametersPanel,
        *,
        show_error: Callable[[str, bool], None],
        zoom_to_selection: Callable[[], None],
        project_scenarios: Callable[[], dict[str, Scenario]],
    ) -> None:
        self.controller, self.layers = controller, layers
        self.project_scenarios = project_scenarios
        self.portfolio = PortfolioPanel(runner, selection, parent)
        self.corridors = CorridorsPanel(runner, selection, parent)
        self.ruas = RuasPanel(runner, selection, parent)
        self.scenarios = ScenariosPanel(controller, parameters, runner, parent)
        self.docks: dict[str, PlanningDock] = {}
        panels = (("ruas", self.ruas), ("portfolio", self.portfolio),
                  ("corridors", self.corridors), ("scenarios", self.scenarios))  # fmt: skip
        for name, panel in panels:
            self.docks[name] = PlanningDock(name, panel, parent)
        for panel in (self.portfolio, self.corridors, self.scenarios, self.ruas):
            panel.failed.connect(show_error)
        self.corridors.zoomRequested.connect(zoom_to_selection)
        self.ruas.zoomRequested.connect(zoom_to_selection)
        self.docks["ruas"].visibilityChanged.connect(
            lambda on: on and QTimer.singleShot(0, self.ruas, self.ruas.compute_if_showing)
        )
        self.docks["corridors"].visibilityChanged.connect(
            lambda on: (
                on and QTimer.singleShot(0, self.corridors, self.corridors.compute_if_showing)
            )
        )
        controller.prepared.connect(self._prepared)
        controller.analysisReady.connect(self._analysed)
        self.portfolio.targetChanged.connect(self._target_changed)
        controller.scenarioChanged.connect(
            lambda s, src: (
                src != "portfolio" and self.portfolio.kemantapan.set_target(s.kemantapan_target)
            )
        )
        self.scenarios.saved.connect(self._saved)

    @property
    def scenario_set(self) -> ScenarioSet:
        """The named scenarios (for the project file: ``scenario_set.to_json()``)."""
        return self.scenarios.scenario_set

    def highlight(self) -> SegmentHighlightLayer:
        """The map layer of highlighted segment groups (added above the roads when missing)."""
        layers = self.layers
        layer = layers.get("plan_highlight")
        if layer is None:
            layer = SegmentHighlightLayer()
            above = layers.index("roads") + 1 if "roads" in layers else len(layers)
            layers.insert(above, layer)
        return layer

    def _prepared(self, _data: object) -> None:
        layer = self.highlight()
        layer.clear()
        for panel in (self.portfolio, self.scenarios):
            panel.highlight = layer
        for scenario in dict(self.project_scenarios()).values():
            if scenario.name not in self.scenario_set:
                self.scenario_set[scenario.name] = scenario
        self.scenarios.adopt(self.controller.scenario)
        self.portfolio.set_analysis(None)
        self.corridors.set_analysis(None)
        self.ruas.set_analysis(None)

    def _analysed(self, analysis: Analysis) -> None:
        self.portfolio.set_analysis(analysis)
        self.corridors.set_analysis(analysis)
        self.ruas.set_analysis(analysis)
        self.scenarios.adopt(analysis.scenario)

    def _target_changed(self, target: float) -> None:
        """The kemantapan target edited in the Portfolio dock: into the scenario (no re-rank)."""
        c = self.controller
        if c.scenario is not None:
            c.set_scenario(c.scenario.replace(kemantapan_target=target), "portfolio")

    def _saved(self, scenario: object) -> None:
        """Keep the project's scenario list (File ▸ Save project) in step."""
        self.project_scenarios()[scenario.name] = scenario

# ruff: noqa: N802 - Qt API names (camelCase overrides)
"""Installs the planning docks (Portfolio, Corridors, Scenarios) into the main window.

The docks are tabbed with the *Ranking* dock so the default layout stays uncluttered; their
toggle actions go to *View ▸ Panels*. One :class:`~layers.highlight.SegmentHighlightLayer`
(``plan_highlight``) shows the portfolio and the comparison's risers/fallers on the map.
The window gets ``portfolio``, ``corridors``, ``scenarios`` and ``scenario_set`` attributes.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

from layers.highlight import SegmentHighlightLayer
from ui.corridors_dock import CorridorsPanel
from ui.portfolio_dock import PortfolioPanel
from ui.ruas_dock import RuasPanel
from ui.scenarios_dock import ScenariosPanel

if TYPE_CHECKING:
    from mataram_gis.analysis import Analysis
    from mataram_gis.scenarios import ScenarioSet
    from ui.main_window import MainWindow

logger = logging.getLogger(__name__)


class PlanningDock(QDockWidget):
    """A dock whose title is retranslated on a language change."""

    def __init__(self, name: str, widget: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"dock_{name}")
        self.name = name
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
    """The three docks of issue 6 and their wiring to the controller and the map."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w, c = window, window.controller
        self.portfolio = PortfolioPanel(w.runner, w.selection, w)
        self.corridors = CorridorsPanel(w.runner, w.selection, w)
        self.ruas = RuasPanel(w.runner, w.selection, w)
        self.scenarios = ScenariosPanel(c, w.parameters, w.runner, w)
        self.docks: dict[str, PlanningDock] = {}
        panels = (("ruas", self.ruas), ("portfolio", self.portfolio),
                  ("corridors", self.corridors), ("scenarios", self.scenarios))  # fmt: skip
        for name, panel in panels:
            dock = PlanningDock(name, panel, w)
            w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            w.tabifyDockWidget(w.docks["ranking"], dock)
            w.m_panels.addAction(dock.toggleViewAction())
            self.docks[name] = dock
        w.docks["ranking"].raise_()
        for panel in (self.portfolio, self.corridors, self.scenarios, self.ruas):
            panel.failed.connect(w.show_error)
        self.corridors.zoomRequested.connect(w.canvas.zoom_to_selection)
        self.ruas.zoomRequested.connect(w.canvas.zoom_to_selection)
        self.docks["ruas"].visibilityChanged.connect(
            lambda on: on and QTimer.singleShot(0, self.ruas, self.ruas.compute_if_showing)
        )
        self.docks["corridors"].visibilityChanged.connect(
            lambda on: (
                on and QTimer.singleShot(0, self.corridors, self.corridors.compute_if_showing)
            )
        )
        c.prepared.connect(self._prepared)
        c.analysisReady.connect(self._analysed)
        self.portfolio.targetChanged.connect(self._target_changed)
        c.scenarioChanged.connect(
            lambda s, src: (
                src != "portfolio" and self.portfolio.kemantapan.set_target(s.kemantapan_target)
            )
        )
        self.scenarios.saved.connect(self._saved)
        w.portfolio, w.corridors, w.scenarios = self.portfolio, self.corridors, self.scenarios
        w.ruas = self.ruas

    @property
    def scenario_set(self) -> ScenarioSet:
        """The named scenarios (for the project file: ``scenario_set.to_json()``)."""
        return self.scenarios.scenario_set

    def highlight(self) -> SegmentHighlightLayer:
        """The map layer of highlighted segment groups (added above the roads when missing)."""
        layers = self.window.layers
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
        files = getattr(self.window, "files", None)
        for scenario in dict(getattr(files, "scenarios", {}) or {}).values():
            if scenario.name not in self.scenario_set:
                self.scenario_set[scenario.name] = scenario
        self.scenarios.adopt(self.window.controller.scenario)
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
        c = self.window.controller
        if c.scenario is not None:
            c.set_scenario(c.scenario.replace(kemantapan_target=target), "portfolio")

    def _saved(self, scenario: object) -> None:
        """Keep the project's scenario list (File ▸ Save project) in step."""
        files = getattr(self.window, "files", None)
        if isinstance(getattr(files, "scenarios", None), dict):
            files.scenarios[scenario.name] = scenario

# ruff: noqa: N815 - Qt API names (camelCase overrides and signals)
"""The analysis state and its jobs: load/prepare once, re-rank live on parameter changes.

Parameter changes are debounced (150 ms) then ``analyse(prepared, scenario)`` runs in a
worker; results of superseded scenarios are dropped. Live re-ranking switches itself off
when the last analysis took longer than ``LIVE_LIMIT_S`` (the Run button stays).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from mataram_gis import settings
from mataram_gis.jobs import CancelCheck, Progress, check_cancel
from ui.workers import JobRunner, Worker

if TYPE_CHECKING:  # the domain and layer modules load in the first worker (fast start)
    from layers.layer_list import LayerList
    from mataram_gis.analysis import Analysis, AnalysisInputs, Prepared
    from mataram_gis.explain import Explanation
    from mataram_gis.results import Results
    from mataram_gis.scenario import Scenario

logger = logging.getLogger(__name__)

DEBOUNCE_MS = settings.LIVE_DEBOUNCE_MS
LIVE_LIMIT_S = settings.LIVE_LIMIT_S
InputsFactory = Callable[[], "AnalysisInputs"]
#: Scenario fields that change no ranking: setting them keeps the current analysis.
RANK_NEUTRAL = frozenset({"kemantapan_target"})


def load_job(
    factory: InputsFactory, *, progress: Progress, cancel: CancelCheck
) -> tuple[Prepared, dict[str, Any]]:
    """Read the inputs, build the network and the layer models (off the GUI thread)."""
    from layers.points import CentreLayer, HouseholdLayer
    from layers.roads import RoadLayer
    from mataram_gis.analysis import prepare

    progress(0.02, "loading data")
    inputs = factory()
    check_cancel(cancel)
    prepared = prepare(inputs, progress=progress, cancel=cancel)
    progress(0.8, "building map layers")
    households = HouseholdLayer(prepared.households)
    households.density()
    layers = {
        "households": households,
        "roads": RoadLayer(prepared.network.segments, style_mode="priority"),
        "centres": CentreLayer(prepared.centres),
    }
    check_cancel(cancel)
    progress(1.0, "data ready")
    return prepared, layers


class AnalysisController(QObject):
    """Holds inputs, scenario and analysis; runs the jobs; tells the window what changed.

    Signals
    -------
    prepared(object)
        New data is loaded (``Prepared``); layers are in place.
    analysisReady(object)
        A fresh ``Analysis`` for the current scenario.
    liveChanged(bool)
        Live re-ranking switched on/off.
    scenarioChanged(object, str)
        The scenario changed (the new ``Scenario``, and who changed it: ``panel``,
        ``scenarios``, ``load``...). The controller is the scenario's single owner; the
        parameter panel and the Scenarios dock follow this signal.
    failed(str, bool)
        A job failed: message, and whether it was a user error (``MataramError``).
    """

    prepared = Signal(object)
    analysisReady = Signal(object)
    liveChanged = Signal(bool)
    scenarioChanged = Signal(object, str)
    failed = Signal(str, bool)
    busyChanged = Signal(bool)

    def __init__(
        self,
        runner: JobRunner,
        layers: LayerList,
        factory: InputsFactory,
        scenario: Scenario | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.layers = layers
        self.factory = factory
        self.scenario = scenario
        self.data: Prepared | None = None
        self.analysis: Analysis | None = None
        self._results: tuple[Analysis, Results] | None = None
        self.live = True
        self._rankings = 0  # the first includes compiling/loading the Numba engine
        self.last_analysis_s = 0.0
        self.generation = 0
        self._rank_worker: Worker | None = None
        self._load_worker: Worker | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)

    # -- loading -------------------------------------------------------------------------
    def load(
        self, factory: InputsFactory | None = None, *, scenario: Scenario | None = None
    ) -> Worker:
        """Load and prepare the inputs in a worker, then rank automatically.

        ``scenario`` (e.g. from an opened project) replaces the current one once loaded.
        """
        if factory is not None:
            self.factory = factory
        worker = Worker("load", load_job, self.factory)
        worker.signals.finished.connect(lambda result: self._loaded(result, scenario))
        worker.signals.failed.connect(self.failed)
        self._load_worker = worker
        return self.runner.start(worker)

    def _loaded(
        self, result: tuple[Prepared, dict[str, Any]], scenario: Scenario | None = None
    ) -> None:
        from layers.highlight import HighlightLayer
        from mataram_gis.scenario import Scenario

        prepared, new_layers = result
        if scenario is not None:
            self.scenario = scenario
            self.generation += 1
        if self.scenario is None:
            self.scenario = Scenario()
        self.scenarioChanged.emit(self.scenario, "load")
        self.data = prepared
        self.analysis = None
        for name, layer in new_layers.items():
            if name in self.layers:
                old = self.layers[name]
                layer.visible, layer.opacity = old.visible, old.opacity
                if old.kind == "roads":
                    layer.style_mode = old.style_mode
                if old.kind == "households":
                    layer.mode = old.mode
                index = self.layers.index(name)
                self.layers.remove(name)
                self.layers.insert(index, layer)
            else:
                self.layers.append(layer)
        if "highlight" not in self.layers:
            self.layers.insert(self.layers.index("centres"), HighlightLayer())
        logger.info(
            "data ready: %d segments, %d centres, %d households",
            len(prepared.network.segments),
            len(prepared.centres),
            len(prepared.households),
        )
        self.prepared.emit(prepared)
        self.run()

    # -- ranking -------------------------------------------------------------------------
    def set_scenario(self, scenario: Scenario, source: str = "panel") -> None:
        """Adopt new parameters; re-rank after the debounce when live.

        ``source`` says who changed it (``scenarioChanged`` carries it, so the one who did
        is not told again). A change of :data:`RANK_NEUTRAL` fields only (the kemantapan
        target) keeps the current ranking: the analysis just carries the new scenario.
        """
        if self._neutral_change(scenario):
            self.scenario = scenario
            self.analysis.scenario = scenario  # type: ignore[union-attr]
            self._results = None  # outputs read the new scenario
            self.scenarioChanged.emit(scenario, source)
            return
        self.scenario = scenario
        self.generation += 1
        self.scenarioChanged.emit(scenario, source)
        if self.live and self.data is not None:
            self._timer.start()

    def _neutral_change(self, scenario: Scenario) -> bool:
        """Whether ``scenario`` differs from the ranked one in :data:`RANK_NEUTRAL` only."""
        a = self.analysis
        if a is None or a.scenario is not self.scenario or self._timer.isActive():
            return False
        if self._rank_worker is not None and self._rank_worker in self.runner.active:
            return False
        old, new = a.scenario.to_dict(), scenario.to_dict()
        return all(old[k] == new[k] for k in old if k not in RANK_NEUTRAL)

    @property
    def loading(self) -> bool:
        """True while a load (read and prepare) is still running."""
        return self._load_worker is not None and self._load_worker in self.runner.active

    def stop(self) -> None:
        """Drop a pending live re-rank (the window is closing)."""
        self._timer.stop()

    def set_live(self, live: bool) -> None:
        """Switch live re-ranking on or off."""
        if live != self.live:
            self.live = live
            self.liveChanged.emit(live)

    def run(self) -> Worker | None:
        """Rank the current scenario now (cancels a running ranking)."""
        if self.data is None or self.scenario is None:
            return None
        self._timer.stop()
        if self._rank_worker is not None:
            self._rank_worker.cancel()
        generation = self.generation
        worker = Worker("rank", self._rank_job, self.data, self.scenario)
        worker.signals.finished.connect(lambda result, g=generation: self._ranked(result, g))
        worker.signals.failed.connect(self.failed)
        self._rank_worker = worker
        return self.runner.start(worker)

    @staticmethod
    def _rank_job(
        data: Prepared, scenario: Scenario, *, progress: Progress, cancel: CancelCheck
    ) -> tuple[Analysis, float]:
        from mataram_gis.analysis import analyse

        t0 = time.perf_counter()
        result = analyse(data, scenario, progress=progress, cancel=cancel)
        return result, time.perf_counter() - t0

    def _ranked(self, result: tuple[Analysis, float], generation: int) -> None:
        analysis, seconds = result
        if generation != self.generation or analysis.prepared is not self.data:
            logger.info("dropped a stale ranking (parameters changed meanwhile)")
            return
        self.analysis = analysis
        self.last_analysis_s = seconds
        logger.info("ranking done in %.2f s", seconds)
        warm = self._rankings > 0
        self._rankings += 1
        if warm and seconds > LIVE_LIMIT_S and self.live:
            logger.info("live re-ranking switched off: the analysis took %.1f s", seconds)
            self.set_live(False)
        self.layers["roads"].set_ranking(analysis.segments)
        self.analysisReady.emit(analysis)

    @property
    def results(self) -> Results | None:
        """The current analysis as the one results type, built once per analysis.

        Every output (export service, portfolio, briefing) reads this, so the engine problem
        is built once and shared.
        """
        if self.analysis is None:
            return None
        if self._results is None or self._results[0] is not self.analysis:
            from mataram_gis.results import Results

            self._results = (self.analysis, Results.from_analysis(self.analysis))
        return self._results[1]

    # -- explanation ---------------------------------------------------------------------
    def explain(self, segment_id: int) -> Explanation | None:
        """Why ``segment_id`` ranks where it does (None before the analysis)."""
        from mataram_gis.explain import explain_segment

        if self.analysis is None:
            return None
        if not (self.analysis.segments["segment_id"] == segment_id).any():
            return None
        return explain_segment(self.analysis, int(segment_id))

# ruff: noqa: N802 - Qt API names (camelCase overrides)
"""The Accessibility dock (issue 14): travel times before/after, isochrones, equity by desil
and kelurahan, isolated households and vulnerability (criticality) of every segment.

Computed on demand in a worker (:func:`mataram_gis.access.access_views`) for the selected
segments (or the top ten ranked). Once computed, the travel-time layer and the equity tables
follow the selection (a segment, a ruas picked in the Ruas tab, portfolio picks):
:func:`mataram_gis.access.selection_views` in a worker at each change. Adds the map layers
``travel_time`` (before / after / minutes saved), ``isochrones`` (one centre at a time) and
``kelurahan`` (when boundaries are loaded; the demo has synthetic ones).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from layers.areas import IsochroneLayer, IsolatedLayer, KelurahanLayer, TravelTimeLayer
from ui.frame_model import Column, FrameModel, fmt_dec, fmt_int, make_table
from ui.job_slot import JobSlot
from ui.workers import JobRunner, Worker

if TYPE_CHECKING:
    import geopandas as gpd

    from layers.layer_list import LayerList
    from layers.selection import SelectionModel
    from mataram_gis.access import AccessViews
    from mataram_gis.analysis import Analysis
    from ui.controller import AnalysisController
    from ui.vulnerability import VulnerabilityControl

logger = logging.getLogger(__name__)


class AccessPanel(QWidget):
    """Controls, a summary and four tables; owns the three area layers."""

    failed = Signal(str, bool)

    def __init__(
        self,
        runner: JobRunner,
        selection: SelectionModel,
        layers: LayerList,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.selection, self.layers = runner, selection, layers
        self.analysis: Analysis | None = None
        self.views: AccessViews | None = None
        self.admin: gpd.GeoDataFrame | None = None
        self.hazard: gpd.GeoDataFrame | None = None  # set by ui/vulnerability.py
        self.travel_worker: Worker | None = None
        self._problem: object | None = None  # the network, kept for the selection updates
        selection.events.connect("changed", self._selection_changed)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.compute_button = QPushButton(self)
        self.compute_button.clicked.connect(self.compute)
        self.admin_button = QPushButton(self)
        self.admin_button.clicked.connect(self.load_admin)
        self.hazard_button = QPushButton(self)  # wired by ui/vulnerability.py
        self.mode = QComboBox(self)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.centre = QComboBox(self)
        self.centre.currentIndexChanged.connect(self._centre_changed)
        self.jobs = JobSlot.of_panel(self, runner, busy=self._busy, failed=self.failed)
        self.progress = self.jobs.bar
        self.tabs = QTabWidget(self)
        self.models = {k: FrameModel([], self) for k in ("desil", "area", "vuln", "isol")}
        self.tables = {key: make_table(model, self) for key, model in self.models.items()}
        for key, table in self.tables.items():
            self.tabs.addTab(table, key)
        self.tables["vuln"].selectionModel().selectionChanged.connect(self._vuln_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compute_button)
        files = QHBoxLayout()  # a row of its own: the dock stays narrow
        files.addWidget(self.admin_button)
        files.addWidget(self.hazard_button)
        self.l_mode, self.l_centre = QLabel(self), QLabel(self)
        self.form = QFormLayout()
        self.form.addRow(self.l_mode, self.mode)
        self.form.addRow(self.l_centre, self.centre)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addLayout(files)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    # -- data ------------------------------------------------------------------------------
    def set_analysis(self, analysis: Analysis | None) -> None:
        """A new ranking: the views are stale until computed again."""
        self.jobs.cancel()
        if self.travel_worker is not None:
            self.travel_worker.cancel()
            self.travel_worker = None
        self.analysis = analysis
        self.views = None
        self._problem = None
        for name in ("travel_time", "isochrones", "isolated"):  # stale with a new ranking
            if name in self.layers:
                self.layers.remove(name)
        for model in self.models.values():
            model.set_frame(None)
        if analysis is not None and self.admin is None and analysis.prepared.inputs.synthetic:
            from mataram_gis.demo.admin import demo_admin

            self.set_admin(demo_admin().to_crs(analysis.segments.crs))
        self._show_summary()

    def set_admin(self, admin: gpd.GeoDataFrame | None) -> None:
        """Kelurahan boundaries (map layer and the tables by kelurahan)."""
        self.admin = admin
        if admin is None:
            return
        layer = KelurahanLayer(admin)
        layer.title = self.tr("Kelurahan")
        self._put(layer, above="roads")

    def load_admin(self) -> None:
        """Ask for a kelurahan/kecamatan boundary file."""
        from mataram_gis.errors import MataramError
        from mataram_gis.io.admin import read_admin

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Kelurahan boundaries"), "",
            self.tr("Vector files (*.gpkg *.shp *.zip *.geojson *.json)"),
        )  # fmt: skip
        if not path:
            return
        try:
            admin = read_admin(path)
        except MataramError as exc:
            self.failed.emit(exc.message, True)
            return
        crs = self.analysis.segments.crs if self.analysis is not None else None
        self.set_admin(admin.to_crs(crs) if crs is not None else admin)
        self.compute()

    def compute(self) -> Worker | None:
        """Compute the views for the selection (or the top ten) in a worker."""
        from mataram_gis.access import access_views

        if self.analysis is None:
            return None
        worker = Worker("access", access_views, self.analysis,
                        segment_ids=list(self.selection.selected), admin=self.admin,
                        hazard=self.hazard)  # fmt: skip
        return self.jobs.start(worker, self._done)

    @property
    def worker(self) -> Worker | None:
        """The running job (None when idle)."""
        return self.jobs.worker

    def _busy(self, busy: bool) -> None:
        self.compute_button.setEnabled(not busy)
        self._show_summary()

    def _done(self, views: AccessViews) -> None:
        self.views = views
        self.models["desil"].set_frame(views.by_desil)
        self.models["area"].set_frame(views.by_area)
        self.models["vuln"].set_frame(views.vulnerability.head(200))
        self.models["isol"].set_frame(views.isolation)
        tt = TravelTimeLayer(views.cells)
        tt.title = self.tr("Travel time to the centre")
        tt.mode = TravelTimeLayer.MODES[max(0, self.mode.currentIndex())]
        tt.opacity = 0.75
        self._put(tt, above="households")
        iso = IsochroneLayer(views.isochrones)
        iso.title = self.tr("Isochrones")
        iso.opacity = 0.45
        iso.visible = False
        self._put(iso, above="households")
        if views.isolated_cells is not None:  # where a new link is needed (aggregated)
            isolated = IsolatedLayer(views.isolated_cells, minutes=views.isolated_min)
            isolated.title = self.tr("Isolated households")
            self._put(isolated, above="households")
        self.centre.blockSignals(True)
        self.centre.clear()
        names = {}
        if self.analysis is not None:
            c = self.analysis.centres
            names = dict(zip(c["centre_id"].astype(str), c["name"].astype(str), strict=True))
        for cid in dict.fromkeys(views.isochrones["centre"].astype(str)):
            self.centre.addItem(names.get(cid, cid), cid)
        self.centre.blockSignals(False)
        self._show_summary()

    def _selection_changed(self, selected: tuple[int, ...], source: str | None) -> None:
        """The travel-time layer follows the selection once the views exist (not the
        selections the panel makes itself from its vulnerability table)."""
        if self.views is None or self.analysis is None or self.worker is not None:
            return
        if source == "access":
            return
        self.update_travel(selected)

    def update_travel(self, selected: tuple[int, ...] | None = None) -> Worker | None:
        """Recompute the travel times and equity tables for ``selected`` (default: the
        current selection; none: the top ten) in a worker; the other views stay."""
        from mataram_gis.access import selection_views

        if self.analysis is None or self.views is None:
            return None
        if self.travel_worker is not None:
            self.travel_worker.cancel()
        ids = list(self.selection.selected if selected is None else selected)
        worker = Worker("travel_time", selection_views, self.analysis, segment_ids=ids,
                        admin=self.admin, problem=self._problem)  # fmt: skip
        worker.signals.finished.connect(
            lambda parts, w=worker: self._travel_done(parts) if w is self.travel_worker else None
        )
        worker.signals.failed.connect(
            lambda m, e, w=worker: self.failed.emit(m, e) if w is self.travel_worker else None
        )
        worker.signals.done.connect(lambda w=worker: self._travel_ended(w))
        self.travel_worker = worker
        return self.runner.start(worker)

    def _travel_ended(self, worker: Worker) -> None:
        if worker is self.travel_worker:
            self.travel_worker = None

    def _travel_done(self, parts: dict) -> None:
        import dataclasses

        if self.views is None:
            return
        self._problem = parts.pop("problem")
        self.views = dataclasses.replace(self.views, **parts)
        self.models["desil"].set_frame(self.views.by_desil)
        self.models["area"].set_frame(self.views.by_area)
        layer = self.layers.get("travel_time")
        if layer is not None:
            layer.set_cells(self.views.cells)
            layer._changed("style")  # its fills changed: redraw
        self._show_summary()

    def _put(self, layer: object, *, above: str) -> None:
        """Insert (or replace) a layer just above ``above``."""
        name = layer.name  # type: ignore[attr-defined]
        if name in self.layers:
            self.layers.remove(name)
        at = self.layers.index(above) + 1 if above in self.layers else 0
        self.layers.insert(at, layer)

    def _vuln_selected(self, *_args: object) -> None:
        """A vulnerability row selects its segment on the map."""
        rows = self.tables["vuln"].selectionModel().selectedRows()
        ids = [int(self.models["vuln"].value(i.row(), "segment_id")) for i in rows]
        if ids:
            self.selection.select(ids, source="access")

    def _mode_changed(self, index: int) -> None:
        layer = self.layers.get("travel_time")
        if layer is not None and index >= 0:
            layer.mode = TravelTimeLayer.MODES[index]

    def _centre_changed(self, index: int) -> None:
        layer = self.layers.get("isochrones")
        if layer is not None and self.views is not None and index >= 0:
            layer.set_isochrones(self.views.isochrones, self.centre.itemData(index))
            layer.visible = True

    def _show_summary(self) -> None:
        v = self.views
        if self.worker is not None:
            text = self.tr("Computing travel times, isochrones and vulnerability…")
        elif v is not None:
            total = v.by_desil.iloc[-1]
            text = (
                self.tr(
                    "%1 segments upgraded: %2 households reached, %3 min saved on "
                    "average; %4 of the benefit reaches desil 1 (concentration index "
                    "%5). %6 segments would strand households if closed."
                )
                .replace("%1", str(len(v.rows)))
                .replace("%2", fmt_int(total["households_reached"]))
                .replace("%3", fmt_dec(2)(total["mean_minutes_saved"]))
                .replace("%4", f"{fmt_dec(1)(100 * v.share_desil1)} %")
                .replace("%5", fmt_dec(3)(v.concentration))
                .replace("%6", fmt_int(int((v.vulnerability["households_stranded"] > 0).sum())))
            )
        elif self.analysis is None:
            text = self.tr("Waiting for the ranking…")
        else:
            text = self.tr("Select segments (or none for the top ten) and press Compute.")
        self.summary.setText(text)

    def retranslate(self) -> None:
        """Re-set every visible text."""
        self.compute_button.setText(self.tr("Compute"))
        self.admin_button.setText(self.tr("Kelurahan boundaries…"))
        self.hazard_button.setText(self.tr("Flood-prone areas…"))
        self.l_mode.setText(self.tr("Travel time"))
        self.l_centre.setText(self.tr("Isochrones of"))
        current = max(0, self.mode.currentIndex())
        self.mode.blockSignals(True)
        self.mode.clear()
        self.mode.addItems([self.tr("Before"), self.tr("After"), self.tr("Minutes saved")])
        self.mode.setCurrentIndex(current)
        self.mode.blockSignals(False)
        for i, title in enumerate([self.tr("By desil"), self.tr("By kelurahan"),
                                   self.tr("Vulnerability"), self.tr("Isolated")]):  # fmt: skip
            self.tabs.setTabText(i, title)
        eq = [
            Column(self.tr("Households"), "households", fmt_int),
            Column(self.tr("Reached"), "households_reached", fmt_int),
            Column(self.tr("Benefit"), "benefit", fmt_dec(1)),
            Column(self.tr("Share"), "benefit_share", fmt_dec(3)),
            Column(self.tr("Min saved"), "mean_minutes_saved", fmt_dec(2)),
            Column(self.tr("Before (min)"), "mean_minutes_before", fmt_dec(1)),
            Column(self.tr("After (min)"), "mean_minutes_after", fmt_dec(1)),
        ]
        self.models["desil"].set_columns([Column(self.tr("Desil"), "category", numeric=False),
                                          *eq])  # fmt: skip
        self.models["area"].set_columns([Column("Kelurahan", "kelurahan", numeric=False), *eq])
        self.models["vuln"].set_columns([
            Column(self.tr("Segment"), "segment_id", lambda x: str(int(x))),
            Column(self.tr("Name"), "name", numeric=False),
            Column("Kelurahan", "kelurahan", numeric=False),
            Column(self.tr("Criticality"), "criticality", fmt_dec(1)),
            Column(self.tr("Stranded"), "households_stranded", fmt_int),
            Column(self.tr("Benefit"), "benefit", fmt_dec(1)),
            Column(self.tr("Flood-prone"), "flood_exposed", _yes),
        ])  # fmt: skip
        self.models["isol"].set_columns([
            Column("Kelurahan", "kelurahan", numeric=False),
            Column(self.tr("Households"), "households", fmt_int),
            Column(self.tr("Far"), "far", fmt_int),
            Column(self.tr("Off the network"), "off_network", fmt_int),
            Column(self.tr("Isolated"), "isolated", fmt_int),
        ])  # fmt: skip
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _yes(value: object) -> str:
    """A check mark for True (flood-exposed), nothing otherwise."""
    return "✓" if value is True or value == 1 else ""


class AccessDock(QDockWidget):
    """The dock holding :class:`AccessPanel` (the window places it, tabbed with Ranking).

    Parameters
    ----------
    parent
        Parent widget of the dock.
    controller
        The analysis controller: the panel follows its ``analysisReady``.
    runner, selection, layers
        What the panel computes with, selects and draws on.
    show_error
        Called with a message and whether it is an error when a job fails.
    """

    def __init__(
        self,
        parent: QWidget,
        controller: AnalysisController,
        runner: JobRunner,
        selection: SelectionModel,
        layers: LayerList,
        *,
        show_error: Callable[[str, bool], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dock_access")
        self.panel = AccessPanel(runner, selection, layers, self)
        self.setWidget(self.panel)
        self.panel.failed.connect(show_error)
        controller.analysisReady.connect(self.panel.set_analysis)
        self.vulnerability: VulnerabilityControl | None = None  # set by the window
        self.retranslate()

    def retranslate(self) -> None:
        """The translated title."""
        self.setWindowTitle(self.tr("Accessibility"))
        if getattr(self, "vulnerability", None) is not None:
            self.vulnerability.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The Identify panel follows the map selection.

The last selected segment shows its explanation (who gains, by how much) and its gaining
households on the ``highlight`` layer; a corridor picked in the Corridors dock shows as one
whole road, a ruas picked in the Ruas dock as one whole ruas. Built by the main window from
the narrow pieces it needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.identify_panel import household_points

if TYPE_CHECKING:
    from collections.abc import Callable

    from layers.layer_list import LayerList
    from ui.controller import AnalysisController
    from ui.identify_panel import IdentifyPanel


class IdentifyLink:
    """Shows the selection in Identify.

    Parameters
    ----------
    panel
        The Identify panel.
    controller
        The analysis controller (the explanation of a segment, the current analysis).
    layers
        The map layers (the ``highlight`` layer, when present).
    corridor
        The corridor picked in the Corridors dock, if any.
    ruas
        The ruas picked in the Ruas dock, if any.
    reveal
        Brings the Identify dock to the front.
    """

    def __init__(
        self,
        panel: IdentifyPanel,
        controller: AnalysisController,
        layers: LayerList,
        *,
        corridor: Callable[[], dict | None],
        reveal: Callable[[], None],
        ruas: Callable[[], dict | None] = lambda: None,
    ) -> None:
        self.panel, self.controller, self.layers = panel, controller, layers
        self.corridor, self.ruas, self.reveal = corridor, ruas, reveal

    def selected(self, selected: tuple[int, ...], source: str | None) -> None:
        """The selection changed: a corridor or ruas (from its dock) or the last segment."""
        if source == "corridors" and self.show_corridor(selected):
            return
        if source == "ruas" and self.show_ruas(selected):
            return
        self.show(selected)

    def show_ruas(self, selected: tuple[int, ...]) -> bool:
        """Show the ruas picked in its dock whole, with its own figures (True if shown)."""
        ruas = self.ruas()
        if ruas is None or not selected:
            return False
        self.panel.show_ruas(ruas)
        highlight = self.layers.get("highlight")
        if highlight is not None:
            highlight.clear()
        self.reveal()
        return True

    def show_corridor(self, selected: tuple[int, ...]) -> bool:
        """Show the corridor picked in its dock as a whole road (True if shown)."""
        corridor = self.corridor()
        if corridor is None or len(selected) < 2:
            return False
        self.panel.show_corridor(corridor)  # the whole road, with its own figures
        highlight = self.layers.get("highlight")
        if highlight is not None:
            highlight.clear()
        self.reveal()
        return True

    def show(self, selected: tuple[int, ...]) -> None:
        """Explain the last of ``selected`` (or clear the panel when there is nothing)."""
        highlight = self.layers.get("highlight")
        explanation = self.controller.explain(selected[-1]) if selected else None
        analysis = self.controller.analysis
        if explanation is None or analysis is None:
            self.panel.clear()
            if highlight is not None:
                highlight.clear()
            return
        names = dict(
            zip(
                analysis.centres["centre_id"].astype(str),
                analysis.centres["name"].astype(str),
                strict=True,
            )
        )
        self.panel.show_explanation(explanation, names)
        if highlight is not None:
            x, y = household_points(explanation, analysis.origins)
            highlight.set_points(x, y, segment_id=int(selected[-1]))
        self.reveal()

"""Build the map's layer list from the prepared data and (optionally) an analysis."""

from __future__ import annotations

from layers.highlight import HighlightLayer
from layers.layer_list import LayerList
from layers.points import CentreLayer, HouseholdLayer
from layers.roads import RoadLayer
from mataram_gis.analysis import Analysis, Prepared


def build_layers(prepared: Prepared, analysis: Analysis | None = None) -> LayerList:
    """Households (density) at the bottom, roads, highlight, centres on top."""
    layers = LayerList()
    layers.append(HouseholdLayer(prepared.households))
    roads = RoadLayer(prepared.network.segments, style_mode="priority")
    layers.append(roads)
    layers.append(HighlightLayer())
    layers.append(CentreLayer(prepared.centres))
    if analysis is not None:
        roads.set_ranking(analysis.segments)
    return layers


def update_layers(layers: LayerList, prepared: Prepared) -> None:
    """Replace the data of an existing layer list with freshly prepared inputs."""
    layers["households"].set_frame(prepared.households)
    layers["roads"].set_segments(prepared.network.segments)
    layers["centres"].set_frame(prepared.centres)
    layers["highlight"].clear()

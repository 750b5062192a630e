"""Map-layer models: plain Python objects (data, style, visibility, events). No Qt here.

The canvas and the panels in ``ui/`` subscribe to their events (napari's ``layers`` vs
``_qt`` split); the map export reuses :mod:`layers.styles` without Qt.
"""

from layers.base import Layer
from layers.events import EventEmitter
from layers.highlight import HighlightLayer
from layers.layer_list import LayerList
from layers.points import CentreLayer, HouseholdLayer, PointLayer
from layers.roads import RoadLayer
from layers.selection import SelectionModel

__all__ = [
    "CentreLayer",
    "EventEmitter",
    "HighlightLayer",
    "HouseholdLayer",
    "Layer",
    "LayerList",
    "PointLayer",
    "RoadLayer",
    "SelectionModel",
]

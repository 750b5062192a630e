"""Map-layer models: plain Python objects (data, style, visibility, events). No Qt here.

The canvas and the panels in ``ui/`` subscribe to their events (napari's ``layers`` vs
``_qt`` split); the map export reuses :mod:`layers.styles` without Qt. Submodules are
imported on first use so that the GUI can open before pandas/geopandas are loaded.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "CentreLayer": "layers.points",
    "EventEmitter": "layers.events",
    "HighlightLayer": "layers.highlight",
    "HouseholdLayer": "layers.points",
    "Layer": "layers.base",
    "LayerList": "layers.layer_list",
    "PointLayer": "layers.points",
    "RoadLayer": "layers.roads",
    "SelectionModel": "layers.selection",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'layers' has no attribute {name!r}")

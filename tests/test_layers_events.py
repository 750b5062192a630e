"""Layer models without Qt: events, layer list, selection model."""

from __future__ import annotations

import numpy as np

from layers.events import EventEmitter
from layers.highlight import HighlightLayer
from layers.layer_list import LayerList
from layers.points import CentreLayer, HouseholdLayer
from layers.roads import RoadLayer
from layers.selection import SelectionModel


def test_emitter_connect_emit_disconnect():
    ev = EventEmitter()
    seen = []
    cb = ev.connect("changed", lambda **kw: seen.append(kw))
    ev.emit("changed", value=1)
    with ev.blocked():
        ev.emit("changed", value=2)
    ev.disconnect("changed", cb)
    ev.emit("changed", value=3)
    assert seen == [{"value": 1}]
    assert ev.receivers("changed") == 0


def test_layer_events_and_list(grid_analysis):
    prepared = grid_analysis.prepared
    layers = LayerList()
    events = []
    layers.events.connect("changed", lambda layer, what: events.append((layer.name, what)))
    roads = layers.append(RoadLayer(prepared.network.segments))
    layers.append(HouseholdLayer(prepared.households))
    layers.append(CentreLayer(prepared.centres))
    layers.append(HighlightLayer())
    assert layers.names == ["roads", "households", "centres", "highlight"]
    roads.visible = False
    roads.opacity = 0.5
    roads.style_mode = "class"
    roads.set_ranking(grid_analysis.segments)
    assert ("roads", "visibility") in events and ("roads", "opacity") in events
    assert events.count(("roads", "style")) == 2
    layers.move("roads", 3)
    assert layers.names[-1] == "roads" and ("roads", "order") in events
    layers.lower_layer("roads")
    assert layers.index("roads") == 2
    removed = layers.remove("households")
    removed.visible = False  # no longer relayed
    assert ("households", "visibility") not in events
    assert layers.bounds() is not None


def test_layers_never_import_qt():
    import subprocess
    import sys

    code = (
        "import sys, layers.roads, layers.points, layers.styles, layers.layer_list, "
        "layers.selection, layers.highlight; "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'ui'))]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_road_layer_queries(grid_analysis):
    roads = RoadLayer(grid_analysis.prepared.network.segments)
    sid = int(grid_analysis.segments["segment_id"].iloc[3])
    x, y = roads.midpoint(sid)
    assert roads.nearest(x + 1, y + 1, 10) == sid
    assert roads.nearest(x + 10_000, y, 10) is None
    assert sid in roads.ids_in_box(x - 1, y - 1, x + 1, y + 1)
    assert roads.positions(np.array([sid, 10**9])).tolist()[1] == -1
    roads.set_ranking(grid_analysis.segments)
    attrs = roads.attributes(sid)
    assert attrs["segment_id"] == sid and "benefit" in attrs


def test_selection_model():
    sel = SelectionModel()
    seen = []
    sel.events.connect("changed", lambda selected, source: seen.append((selected, source)))
    sel.select([3, 1, 3], source="map")
    sel.select([3, 1], source="map")  # unchanged: no event
    sel.toggle(1, source="table")
    sel.add([7])
    sel.clear()
    assert seen == [((3, 1), "map"), ((3,), "table"), ((3, 7), None), ((), None)]
    assert len(sel) == 0 and 3 not in sel


def test_highlight_layer():
    layer = HighlightLayer()
    seen = []
    layer.events.connect("data", lambda layer: seen.append(len(layer)))
    layer.set_points(np.array([1.0, 2.0]), np.array([3.0, 4.0]), segment_id=5)
    layer.clear()
    layer.clear()  # already empty: no event
    assert seen == [2, 0]

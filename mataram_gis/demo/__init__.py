"""Built-in SYNTHETIC demo city laid over Kota Mataram (Lombok, NTB).

Everything this package produces is invented: roads, rivers, bridges, industrial centres
(sentra industri) and poor households are generated, not surveyed. Street, river, district
and craft names are real Mataram names, used only so that the demo feels familiar; every
frame carries ``synthetic = True`` and written files say so.

The city is built in UTM zone 50S (EPSG:32750) metres over Mataram's extent (about
116.07-116.17 E, 8.63-8.55 S). ``scale=K`` grows it about K times in area, roads,
households and centres, eastward, northward and southward from the coast.

Examples
--------
>>> from mataram_gis.demo import make_demo
>>> demo = make_demo(scale=1, seed=2023)
>>> len(demo.roads) > 10_000
True
"""

from __future__ import annotations

from mataram_gis.demo.city import DemoData, make_demo
from mataram_gis.demo.io import write_demo

__all__ = ["DemoData", "make_demo", "write_demo"]

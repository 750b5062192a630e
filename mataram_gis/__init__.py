"""Mataram GIS: rank road upgrades by the travel time they save poor households.

The domain package: data I/O, network model, speed model, ranking engine, portfolio,
reports and demo data. It never imports Qt.
"""

__version__ = "0.1.0"

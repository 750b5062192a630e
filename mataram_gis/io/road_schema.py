"""The normalised roads frame's columns, shared by every roads reader (no import loops)."""

from __future__ import annotations

#: Columns of the normalised roads layer (docs/INTERNALS.md) every reader returns, in order.
ROAD_SCHEMA: tuple[str, ...] = (
    "name",
    "highway",
    "condition",
    "oneway",
    "authority",
    "surface",
    "width_m",
    "maxspeed_kmh",
    "access",
    "synthetic",
    "geometry",
)

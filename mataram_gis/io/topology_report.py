"""What the topology repair found and did, for the CLI, the import dialog and the map.

Every location is ``(lon, lat)`` in WGS 84 so that any view can place it; lengths and gaps
are metres.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)


@dataclass
class TopologyReport:
    """What the topology repair did.

    Attributes
    ----------
    repairs
        Joins and splits made (line ends moved + lines split at a point).
    duplicates
        Exact duplicate lines removed before repair (same line, same or reversed direction).
    parts
        Connected parts of the network as read (after the repair, before dropping).
    dropped_parts
        One ``(n_segments, total_length_m, (lon, lat))`` per part other than the largest,
        largest first; the point is on one of the part's segments.
    tolerance_m
        The snapping tolerance used (metres; ``None`` for OSM data, which needs none).
    tolerance_source
        ``"given"`` (by the user) or ``"proposed"`` (from the data), or ``""``.
    proposed_tolerance_m
        The tolerance proposed from the dangle gaps (metres), also when another was given.
    gap_histogram
        Distribution of the dangle gaps before the repair: ``(from_m, to_m, count)``.
    share_by_tolerance
        ``(tolerance_m, share)``: share of the length in the largest part at each
        tolerance the proposal tried.
    gaps
        Line ends moved to close a gap: ``(lon, lat, gap_m)`` at the end's old position.
    dangles
        Dangling ends left in the kept network (dead ends, or gaps wider than the
        tolerance): ``(lon, lat, gap_m)``, the gap to the nearest other line (``inf`` when
        none is within 50 m).
    kept_length_m, total_length_m
        Length of the kept (largest) part and of all lines after the repair.
    messages
        Human-readable notes (also logged).
    """

    repairs: int = 0
    duplicates: int = 0
    parts: int = 0
    dropped_parts: list[tuple[int, float, tuple[float, float]]] = field(default_factory=list)
    tolerance_m: float | None = None
    tolerance_source: str = ""
    proposed_tolerance_m: float | None = None
    gap_histogram: list[tuple[float, float, int]] = field(default_factory=list)
    share_by_tolerance: list[tuple[float, float]] = field(default_factory=list)
    gaps: list[tuple[float, float, float]] = field(default_factory=list)
    dangles: list[tuple[float, float, float]] = field(default_factory=list)
    kept_length_m: float = 0.0
    total_length_m: float = 0.0
    messages: list[str] = field(default_factory=list)

    def note(self, text: str, *, level: int = logging.INFO) -> None:
        """Add a message and log it."""
        self.messages.append(text)
        logger.log(level, text)

    @property
    def kept_share(self) -> float:
        """Share of the network's length in the kept part (1.0 when nothing was measured)."""
        return self.kept_length_m / self.total_length_m if self.total_length_m > 0 else 1.0

    def summary_lines(self) -> list[str]:
        """A short plain-text report (English; the CLI prints it, the log keeps it)."""
        lines = []
        if self.tolerance_m is not None:
            how = "proposed from the data" if self.tolerance_source == "proposed" else "given"
            text = f"snapping tolerance {self.tolerance_m:g} m ({how}"
            if self.tolerance_source == "given" and self.proposed_tolerance_m is not None:
                text += f"; the data suggest {self.proposed_tolerance_m:g} m"
            lines.append(text + ")")
        if self.gap_histogram and sum(c for _, _, c in self.gap_histogram):
            bins = ", ".join(f"{lo:g}-{hi:g} m: {c}" for lo, hi, c in self.gap_histogram if c)
            lines.append(f"gaps at dangling line ends before repair: {bins}")
        if self.duplicates:
            lines.append(f"{self.duplicates} exact duplicate lines removed")
        if self.gaps:
            widest = max(g for _, _, g in self.gaps)
            lines.append(
                f"{len(self.gaps)} line ends joined to another line (gaps up to {widest:.1f} m)"
            )
        if self.repairs:
            lines.append(f"{self.repairs} joins and splits made in all")
        near = [d for d in self.dangles if d[2] <= 50]
        if self.dangles:
            lines.append(
                f"{len(self.dangles)} dangling ends remain (dead ends), {len(near)} of them "
                "within 50 m of another line"
            )
        if self.parts > 1:
            dropped = sum(m for _, m, _ in self.dropped_parts)
            lines.append(
                f"{self.parts} separate parts; the largest is used ({self.kept_share:.1%} of "
                f"the length), {len(self.dropped_parts)} left out ({dropped:,.0f} m)"
            )
        return lines

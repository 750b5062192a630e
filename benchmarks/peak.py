"""Peak resident memory of this process, for the last line of every benchmark."""

from __future__ import annotations

import resource
import sys


def peak_rss_mb() -> float:
    """Largest resident set size of this process so far, in MB (Linux: KB, macOS: bytes)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def rss_field() -> str:
    """`` | peak RSS N MB``: the memory field appended to a benchmark's summary line."""
    return f" | peak RSS {peak_rss_mb():.0f} MB"

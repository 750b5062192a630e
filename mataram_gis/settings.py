"""Tunables in one place (as osmnx keeps its ``settings`` module).

These are engineering knobs, not analysis assumptions: the analysis parameters a planner
changes live in :class:`mataram_gis.scenario.Scenario` and its documented default tables.
Change a value before the modules that use it are first imported (some copy it into a
default argument), e.g. ``from mataram_gis import settings; settings.PNG_DPI = 600``.
"""

from __future__ import annotations

# -- files ----------------------------------------------------------------------------------
#: A temporary output file older than this (s) is stale even if its writer's process id
#: cannot be checked (Windows) or is not in its name (files from older versions).
STALE_TEMP_AGE_S: float = 3600.0
#: Environment variable: seconds to pause between layers while saving a project (tests use
#: it to kill a save midway and check that the previous file survives).
SAVE_DELAY_ENV: str = "MATARAM_GIS_SAVE_DELAY_S"

# -- published outputs ------------------------------------------------------------------------
#: Resolution of exported PNG maps (dpi).
PNG_DPI: int = 300
#: Resolution of the export dialog's print preview image (dpi).
PREVIEW_DPI: int = 80
#: Resolution of the map embedded in the briefing PDF (dpi).
BRIEFING_MAP_DPI: int = 200
#: Household privacy grid: cell size (m) and the smallest count a published cell may show
#: (UU 27/2022 on personal data; see :mod:`mataram_gis.outputs.privacy`).
PRIVACY_CELL_M: float = 250.0
PRIVACY_MIN_COUNT: int = 5
#: Time zone of dates printed in outputs: WITA (Waktu Indonesia Tengah, UTC+8, no DST).
TIMEZONE_NAME: str = "WITA"
TIMEZONE_UTC_OFFSET_H: int = 8

# -- the desktop app --------------------------------------------------------------------------
#: Pause after the last parameter change before re-ranking (ms).
LIVE_DEBOUNCE_MS: int = 150
#: Live re-ranking switches itself off when one ranking takes longer than this (s).
LIVE_LIMIT_S: float = 1.0

"""Numbers, rupiah and dates for people, in Indonesian (``id``) or English (``en``).

The one place every output and the GUI format values (``layers.formatting`` and
``mataram_gis.outputs.texts`` re-export these functions):

- numbers: ``1.234,5`` (id) or ``1,234.5`` (en); a dash for missing or non-finite values;
- rupiah in words, never a bare letter (in Indonesian "M" is *miliar*, 10^9, and in English
  "M" is *million*, 10^6): ``Rp 1,25 miliar`` / ``Rp 1.25 billion``, ``Rp 450 juta`` /
  ``Rp 450 million``; ``short=False`` gives every digit (``Rp 1.250.000.000``);
- dates in Mataram's time zone, WITA (UTC+8): ``30 November 2026``, optionally with the
  time ``30 November 2026, 02.26 WITA``.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta, timezone

from mataram_gis import settings

#: Languages of every published text.
LANGS: tuple[str, ...] = ("id", "en")
MISSING = "–"
#: Rupiah magnitude words: (factor, Indonesian word, English word).
RP_UNITS: tuple[tuple[float, str, str], ...] = (
    (1e12, "triliun", "trillion"),
    (1e9, "miliar", "billion"),
    (1e6, "juta", "million"),
)
MONTHS: dict[str, tuple[str, ...]] = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip


def _finite(x: object) -> bool:
    try:
        return x is not None and math.isfinite(float(x))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def format_number(x: float | None, lang: str = "en", decimals: int = 0) -> str:
    """Thousands separators and decimals in the language's convention; "–" for missing."""
    if not _finite(x):
        return MISSING
    text = f"{float(x):,.{decimals}f}"  # type: ignore[arg-type]
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_benefit(value: float, lang: str) -> str:
    """A benefit (hours) with sensible precision for legends and lists."""
    return format_number(value, lang, 0 if _finite(value) and abs(value) >= 10 else 1)


def format_rupiah(
    x: float | None, lang: str = "en", *, short: bool = True, decimals: int | None = None
) -> str:
    """Rupiah: ``Rp 1,25 miliar`` / ``Rp 1.25 billion`` when ``short``, else every digit.

    Short amounts keep ``decimals`` decimals, or by default three significant digits
    (2 decimals below 10, 1 below 100: the briefing's style).
    """
    if not _finite(x):
        return MISSING
    value = float(x)  # type: ignore[arg-type]
    if short:
        for factor, word_id, word_en in RP_UNITS:
            if abs(value) >= factor:
                scaled = value / factor
                places = decimals
                if places is None:
                    places = 2 if abs(scaled) < 10 else 1 if abs(scaled) < 100 else 0
                word = word_id if lang == "id" else word_en
                return f"Rp {format_number(scaled, lang, places)} {word}"
    return f"Rp {format_number(value, lang, 0)}"


def local_time(when: datetime) -> datetime:
    """``when`` in WITA (naive times are taken as UTC, as the results files store them)."""
    zone = timezone(timedelta(hours=settings.TIMEZONE_UTC_OFFSET_H), settings.TIMEZONE_NAME)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(zone)


def format_date(iso: str | None, lang: str, *, with_time: bool = False) -> str:
    """An ISO time stamp as ``30 November 2026`` (WITA); now when missing; else as given."""
    try:
        when = datetime.fromisoformat(str(iso)) if iso else datetime.now(UTC)
    except ValueError:
        return str(iso)
    when = local_time(when)
    text = f"{when.day} {MONTHS.get(lang, MONTHS['en'])[when.month - 1]} {when.year}"
    if with_time:
        sep = "." if lang == "id" else ":"
        text += f", {when.hour:02d}{sep}{when.minute:02d} {settings.TIMEZONE_NAME}"
    return text

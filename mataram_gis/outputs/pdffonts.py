"""Fonts and page constants of the briefing PDF, shared by its section modules.

DejaVu Sans (shipped with matplotlib) covers every Indonesian character; it is registered
with reportlab once.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
MARGIN = 18 * mm
RED = "#b3261e"


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold) from matplotlib's bundled fonts, once."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )

"""Page styles and small building blocks shared by every briefing page module."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, Table, TableStyle

from mataram_gis.outputs.pdffonts import FONT, FONT_BOLD, RED

WIDTH = 174 * mm  # A4 minus 18 mm margins
INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#4a525c")
LINE = colors.HexColor("#c3c9d0")
ZEBRA = colors.HexColor("#f1f3f5")
HEAD_BG = colors.HexColor("#1f2328")
ACCENT = colors.HexColor("#d95f0e")

BODY = ParagraphStyle(
    "body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=5
)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=10, textColor=MUTED)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=7.5, leading=9.5, spaceAfter=0)
CELL_R = ParagraphStyle("cellr", parent=CELL, alignment=TA_RIGHT)
HEAD = ParagraphStyle("head", parent=CELL, fontName=FONT_BOLD, textColor=colors.white)
HEAD_R = ParagraphStyle("headr", parent=HEAD, alignment=TA_RIGHT)
H1 = ParagraphStyle(
    "h1", parent=BODY, fontName=FONT_BOLD, fontSize=16, leading=20, spaceBefore=2, spaceAfter=8
)
H2 = ParagraphStyle(
    "h2", parent=BODY, fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4
)
BIG = ParagraphStyle(
    "big",
    parent=BODY,
    fontName=FONT_BOLD,
    fontSize=18,
    leading=22,
    textColor=ACCENT,
    alignment=TA_RIGHT,
)
TITLE = ParagraphStyle(
    "title",
    parent=BODY,
    fontName=FONT_BOLD,
    fontSize=26,
    leading=32,
    alignment=TA_CENTER,
    spaceAfter=10,
)
SUBTITLE = ParagraphStyle(
    "subtitle", parent=BODY, fontSize=14, leading=19, alignment=TA_CENTER, textColor=MUTED
)
CENTRE = ParagraphStyle("centre", parent=BODY, alignment=TA_CENTER)
WARN = ParagraphStyle(
    "warn",
    parent=BODY,
    fontName=FONT_BOLD,
    textColor=colors.HexColor(RED),
    alignment=TA_CENTER,
    fontSize=11,
    leading=15,
)


def data_table(
    rows: list[list[object]], widths: list[float], *, header: bool = True, zebra: bool = True
) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, LINE),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)]
    if zebra:
        first = 1 if header else 0
        style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(first + 1, len(rows), 2)]
    table.setStyle(TableStyle(style))
    return table


def para(text: object, style: ParagraphStyle = CELL) -> Paragraph:
    return Paragraph(str(text).replace("&", "&amp;").replace("<", "&lt;"), style)


def _png(data: bytes, width: float) -> Image:
    image = Image(io.BytesIO(data))
    scale = width / image.imageWidth
    image.drawWidth, image.drawHeight = width, image.imageHeight * scale
    return image

"""Page styles and small building blocks shared by every briefing page module."""

from __future__ import annotations

import html
import io

import numpy as np
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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


#: Cell padding of the briefing tables, each side, points.
SIDE_PADDING = 4.0
CELL_PADDING = 2 * SIDE_PADDING + 1.0  # 1 pt of slack: reportlab wraps a text of exact width
#: A right-aligned body cell (a number, an amount) shorter than this stays on one line.
NUMBER_CHARS = 18


def data_table(
    rows: list[list[object]],
    widths: list[float],
    *,
    header: bool = True,
    zebra: bool = True,
    fit: bool = True,
) -> Table:
    """A briefing table; ``fit`` sizes its columns to their content within ``sum(widths)``.

    With ``fit`` (default) the columns follow :func:`fit_widths`: text wraps only at
    spaces, never inside a word, and short numbers never wrap.
    """
    if fit:
        rows = shrink_to_fit(rows, sum(widths))
        widths = fit_widths(rows, sum(widths), fallback=widths)
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), SIDE_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), SIDE_PADDING),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, LINE),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)]
    if zebra:
        first = 1 if header else 0
        style += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(first + 1, len(rows), 2)]
    table.setStyle(TableStyle(style))
    return table


def text_extent(cell: object, *, body: bool = True) -> tuple[float, float] | None:
    """Widths (points) a cell needs: its longest word and its whole text on one line.

    ``None`` for a cell that is not text (a nested table or image). A short right-aligned body
    cell (a number) needs its whole text even at the minimum: numbers never wrap. A header
    cell (``body`` false) asks only for its longest word.
    """
    if isinstance(cell, Paragraph):
        style = cell.style
        text = html.unescape(getattr(cell, "text", ""))
        font, size = style.fontName, style.fontSize
        number = body and style.alignment == TA_RIGHT and len(text) <= NUMBER_CHARS
    elif isinstance(cell, str | int | float):
        text, font, size, number = str(cell), FONT, 10.0, False
    else:
        return None
    lines = text.split("<br/>")
    whole = max(stringWidth(line, font, size) for line in lines)
    words = [w for line in lines for w in line.split(" ") if w]  # a no-break space holds
    longest = max((stringWidth(w, font, size) for w in words), default=0.0)
    if not body:  # a header wraps at its spaces freely: the body's text sets the width
        return longest + CELL_PADDING, longest + CELL_PADDING
    return (whole if number else longest) + CELL_PADDING, whole + CELL_PADDING


def column_extents(rows: list[list[object]]) -> tuple[np.ndarray, np.ndarray] | None:
    """Per column: the width its longest word needs and the width of its longest text."""
    n = max((len(r) for r in rows), default=0)
    lo, hi = np.zeros(n), np.zeros(n)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            ext = text_extent(cell, body=i > 0)
            if ext is None:
                return None
            lo[j], hi[j] = max(lo[j], ext[0]), max(hi[j], ext[1])
    return lo, np.maximum(hi, lo)


def fit_widths(
    rows: list[list[object]], total: float, *, fallback: list[float] | None = None
) -> list[float]:
    """Column widths that fill ``total`` and fit the content (the HTML auto table layout).

    Each column needs at least its longest word (the header's included) and would like its
    longest text on one line. When every column can have its whole text, the spare room is
    shared in proportion; otherwise each column gets its minimum plus a share of the rest in
    proportion to how much more it would like. When even the minima do not fit, they are
    scaled down (:func:`data_table` first makes the type smaller so that this stays rare).
    ``fallback`` is returned unchanged when a cell is not text.
    """
    ext = column_extents(rows)
    if ext is None:
        n = max((len(r) for r in rows), default=1)
        return list(fallback) if fallback is not None else [total / n] * n
    lo, hi = ext
    if hi.sum() <= total:
        out = hi + (total - hi.sum()) * hi / hi.sum()
    elif lo.sum() <= total:
        want = hi - lo
        out = lo + (total - lo.sum()) * want / want.sum()
    else:
        out = lo * total / lo.sum()
    return [float(w) for w in out]


#: The smallest type a crowded table may shrink to, as a share of its normal size.
MIN_SHRINK = 0.8


def shrink_to_fit(rows: list[list[object]], total: float) -> list[list[object]]:
    """``rows`` in smaller type when their longest words do not fit side by side in ``total``.

    Text never breaks inside a word; a table whose words are too wide for the page gets its
    type reduced (down to :data:`MIN_SHRINK`) instead. Rows are returned unchanged otherwise.
    """
    ext = column_extents(rows)
    if ext is None or ext[0].sum() <= total:
        return rows
    pad = CELL_PADDING * len(ext[0])
    factor = max((total - pad) / (ext[0].sum() - pad), MIN_SHRINK)
    styles: dict[str, ParagraphStyle] = {}

    def smaller(cell: object) -> object:
        if not isinstance(cell, Paragraph):
            return cell
        st = cell.style
        if st.name not in styles:
            styles[st.name] = ParagraphStyle(
                f"{st.name}-{factor:.3f}", parent=st, fontSize=st.fontSize * factor,
                leading=st.leading * factor,
            )  # fmt: skip
        return Paragraph(cell.text, styles[st.name])

    return [[smaller(c) for c in row] for row in rows]


def unbroken(text: object) -> str:
    """``text`` with no-break spaces: a chainage range (``STA 1+200 – 1+650``) stays whole."""
    return str(text).replace(" ", "\u00a0")


def para(text: object, style: ParagraphStyle = CELL) -> Paragraph:
    return Paragraph(str(text).replace("&", "&amp;").replace("<", "&lt;"), style)


def _png(data: bytes, width: float) -> Image:
    image = Image(io.BytesIO(data))
    scale = width / image.imageWidth
    image.drawWidth, image.drawHeight = width, image.imageHeight * scale
    return image

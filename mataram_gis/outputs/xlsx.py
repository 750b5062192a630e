"""The XLSX workbook of the ranking: formatted sheet plus a scenario-and-sources sheet."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from mataram_gis.outputs.texts import source_text, t
from mataram_gis.results import Results

HEADER_FILL = PatternFill("solid", fgColor="1F2328")
HEADER_FONT = Font(bold=True, color="FFFFFF")
WARN_FONT = Font(bold=True, color="B3261E")
BOLD = Font(bold=True)
THIN = Border(bottom=Side(style="thin", color="9AA3AD"))


def write_xlsx(
    frame: pd.DataFrame,
    results: Results,
    path: Path,
    *,
    lang: str,
    formats: Sequence[str],
) -> None:
    """Write ``frame`` (headers = human column names) and the scenario sheet to ``path``.

    Parameters
    ----------
    frame
        The ranking table (:func:`mataram_gis.outputs.tables.ranking_frame`).
    results
        Source of the scenario record.
    path
        File to write (the caller renames it into place).
    lang
        Language of the sheet names and the second sheet.
    formats
        Excel number format per column of ``frame``.
    """
    from mataram_gis.outputs.provenance import scenario_items, source_rows

    wb = Workbook()
    ws = wb.active
    ws.title = t("sheet_ranking", lang)
    ws.append([_header(ws, col) for col in frame.columns])
    first = [_cell(v) for v in frame.iloc[0]] if len(frame) else []
    ws.append(first)
    for j, col in enumerate(frame.columns, start=1):
        if first:
            ws.cell(row=2, column=j).number_format = formats[j - 1]
        longest = max([len(str(v)) for v in frame[col].head(200)] + [8])
        width = min(max(longest + 2, min(len(col), 18) + 2), 40)
        ws.column_dimensions[get_column_letter(j)].width = width
    ws.row_dimensions[1].height = 45
    ws.freeze_panes = "A2"
    last = f"{get_column_letter(max(frame.shape[1], 1))}{len(frame) + 1}"
    if len(frame):
        ws.auto_filter.ref = f"A1:{last}"
    _ruas_sheet(wb, results, lang)  # issue 11: the ruas ranking, words in the language
    _scenario_sheet(
        wb, results, lang, scenario_items(results, lang=lang), source_rows(results, lang=lang)
    )
    wb.properties.title = t("map_title", lang)
    wb.properties.creator = "Mataram GIS"
    buffer = io.BytesIO()
    wb.save(buffer)
    _stream_rows(buffer, path, frame, last=last)


def _ruas_sheet(wb: Workbook, results: Results, lang: str) -> None:
    """A sheet of the ranked ruas (status, fungsi, best STA, treatment), when there is one."""
    from mataram_gis.outputs.ruas_texts import prices_note, rt, ruas_frame

    ruas = getattr(results, "ruas", None)
    if ruas is None or not ruas["rank"].notna().any():
        return
    frame = ruas_frame(ruas, lang)
    ws = wb.create_sheet(rt("sheet_ruas", lang))
    ws.append([_header(ws, col) for col in frame.columns])
    nomor = list(frame.columns).index(rt("r_nomor", lang))
    for row in frame.itertuples(index=False):
        ws.append([_cell(v) for v in row])
        ws.cell(row=ws.max_row, column=nomor + 1).number_format = "@"  # "001" is a code
    ws.append([])
    ws.append([prices_note(results.scenario.price_source, lang)])
    for j, col in enumerate(frame.columns, start=1):
        ws.column_dimensions[get_column_letter(j)].width = min(max(len(col), 10) + 2, 30)
    ws.row_dimensions[1].height = 45
    ws.freeze_panes = "A2"


def _stream_rows(buffer: io.BytesIO, path: Path, frame: pd.DataFrame, *, last: str) -> None:
    """Copy the workbook to ``path``, appending rows 3.. of ``frame`` to the first sheet.

    openpyxl wrote the header and the first data row (so the cell styles exist in the
    workbook); the remaining rows reuse row 2's style ids and are written as plain XML,
    which is ~20x faster than openpyxl's per-cell serialisation for city-sized rankings.
    """
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == sheet and len(frame) > 1:
                xml = data.decode("utf-8")
                styles = dict(re.findall(r'<c r="([A-Z]+)2"(?: s="(\d+)")?', xml))
                rows = _rows_xml(frame, styles, start=3)
                xml = xml.replace("</sheetData>", rows + "</sheetData>", 1)
                xml = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{last}"/>', xml)
                data = xml.encode("utf-8")
            dst.writestr(item, data)


def _rows_xml(frame: pd.DataFrame, styles: dict[str, str], *, start: int) -> str:
    """``<row>`` elements for ``frame.iloc[1:]`` (numbers as values, text inline)."""
    letters = [get_column_letter(j) for j in range(1, frame.shape[1] + 1)]
    attrs = [f' s="{styles[c]}"' if styles.get(c) else "" for c in letters]
    columns = [frame[c].to_numpy(object)[1:] for c in frame.columns]
    out = []
    for i, values in enumerate(zip(*columns, strict=True)):
        r = start + i
        cells = []
        for letter, attr, value in zip(letters, attrs, values, strict=True):
            value = _cell(value)
            if value is None:
                continue
            if isinstance(value, int | float):
                cells.append(f'<c r="{letter}{r}"{attr}><v>{value}</v></c>')
            else:
                text = escape(str(value))
                cells.append(f'<c r="{letter}{r}"{attr} t="inlineStr"><is><t>{text}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    return "".join(out)


def _header(ws: object, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.fill, cell.font = HEADER_FILL, HEADER_FONT
    cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    return cell


def _cell(value: object) -> object:
    """Plain Python values for openpyxl (NumPy scalars and NA converted)."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _scenario_sheet(
    wb: Workbook,
    results: Results,
    lang: str,
    items: list[tuple[str, str]],
    sources: list[tuple[str, str, str]],
) -> None:
    ws = wb.create_sheet(t("sheet_scenario", lang))
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 68
    ws.freeze_panes = "A2"
    ws.append([_header(ws, t("key", lang)), _header(ws, t("value", lang))])
    for key, value in items:
        ws.append([key, _styled(ws, value, WARN_FONT) if key == "!" else value])
    ws.append([])
    ws.append([_styled(ws, t("h_sources", lang), BOLD)])
    ws.append([_styled(ws, t(k, lang), BOLD, border=THIN) for k in ("role", "file", "hash")])
    for row in sources:
        ws.append(list(row))
    for note in results.record.get("notes") or []:
        ws.append([t("src_notes", lang), source_text(note, lang)])


def _styled(
    ws: object, value: object, font: Font, *, border: Border | None = None
) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    cell.font = font
    if border is not None:
        cell.border = border
    return cell

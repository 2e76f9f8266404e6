"""Spreadsheet and CSV writing for every download and ``jixiao report``.

Invariant: a cell that starts with ``= + - @`` (or tab/CR) is never a formula. In CSV it gets a
leading ``'``; in .xlsx it is stored as a string cell with Excel's quote prefix (the cell's
own "text, not formula" flag), so Excel, WPS and LibreOffice show it and never evaluate it.
Numbers stay numbers; form text stays text.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from index.inert import FORMULA_START, inert_cell

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_HEADER_FILL = PatternFill("solid", fgColor="E9ECEF")
_WIDE = {"项目": 36, "答案": 60, "偏差原因": 48, "说明": 60, "原文": 60, "指标": 28, "三级指标": 28}


def safe_cell(value: object) -> object:
    """Return a CSV cell that a spreadsheet cannot run: text starting with = + - @ gets a '."""
    return inert_cell(value)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """Return a table as CSV, UTF-8 with BOM (so Excel reads the Chinese), formulas defused."""
    safe = frame.map(safe_cell) if len(frame) else frame
    safe.columns = [str(safe_cell(c)) for c in frame.columns]
    return safe.to_csv(index=False).encode("utf-8-sig")


@dataclass(frozen=True)
class Sheet:
    """One worksheet: lines of (label, value) on top, then a table."""

    title: str
    table: pd.DataFrame
    meta: tuple[tuple[str, object], ...] = ()
    widths: dict[str, int] = field(default_factory=dict)


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def put(ws: Worksheet, row: int, column: int, value: object) -> None:
    """Write one cell: numbers as numbers, dates as dates, any text as inert text."""
    cell = ws.cell(row=row, column=column)
    if _is_blank(value):
        return
    if isinstance(value, bool):
        cell.value = "是" if value else "否"
    elif isinstance(value, int | float):
        cell.value = value
    elif isinstance(value, datetime):
        cell.value = value
        cell.number_format = "yyyy-mm-dd hh:mm"
    else:
        text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
        cell.value = text
        cell.data_type = "s"  # openpyxl would store text starting with "=" as a formula
        if text.startswith(FORMULA_START):
            cell.quotePrefix = True


def _write_sheet(ws: Worksheet, sheet: Sheet) -> None:
    ws.title = sheet.title[:31]
    row = 1
    for label, value in sheet.meta:
        put(ws, row, 1, label)
        ws.cell(row=row, column=1).font = Font(bold=True)
        put(ws, row, 2, value)
        ws.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    if sheet.meta:
        row += 1
    for col, name in enumerate(sheet.table.columns, start=1):
        put(ws, row, col, str(name))
        cell = ws.cell(row=row, column=col)
        cell.font, cell.fill = Font(bold=True), _HEADER_FILL
    ws.freeze_panes = ws.cell(row=row + 1, column=1)
    for values in sheet.table.itertuples(index=False):
        row += 1
        for col, value in enumerate(values, start=1):
            put(ws, row, col, value.item() if hasattr(value, "item") else value)
            ws.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    for col, name in enumerate(sheet.table.columns, start=1):
        width = sheet.widths.get(str(name)) or _WIDE.get(str(name)) or max(10, len(str(name)) * 2 + 4)
        ws.column_dimensions[get_column_letter(col)].width = width
    if sheet.meta:
        ws.column_dimensions["B"].width = max(ws.column_dimensions["B"].width or 0, 60)


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    """Return a workbook of the given sheets as .xlsx bytes."""
    book = Workbook()
    for n, sheet in enumerate(sheets):
        ws = book.active if n == 0 else book.create_sheet()
        assert ws is not None
        _write_sheet(ws, sheet)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()

"""Workbooks: .xlsx/.xlsm through openpyxl (saved values, ``data_only``) and .xls through xlrd.

Every sheet is read in order, one row per sheet row (``line`` is the sheet's row number, the
``sheet`` its name), so a workbook may hold one form per sheet or several stacked on a sheet.

Invariants:
- numbers are shown as their number format says, without losing a digit: a percent format
  shows the value times 100 with a ``%`` (0.9975 → ``99.75%``), other formats show the full
  value with at least the format's decimals;
- a formula cell without a saved value is an empty cell carrying a ``formula_without_value``
  note, never a zero;
- a merged range gives its value to every cell it covers.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from index.errors import UnreadableFileError
from index.types import Cell, Merge, Note, Row

_CFB = b"\xd0\xcf\x11\xe0"  # an OLE compound file: .xls, or an encrypted .xlsx
_SECTION = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')


def format_number(value: float, number_format: str) -> str:
    """Return a number as its format shows it, keeping every digit of the value."""
    section = _SECTION.sub("", (number_format or "General").split(";")[0])
    percent = "%" in section
    shown = value * 100 if percent else value
    decimals = section.split(".")[1].count("0") if "." in section else 0
    decimals = max(decimals, _decimals(shown))
    grouping = "," if "," in section and not percent else ""
    return f"{shown:{grouping}.{decimals}f}" + ("%" if percent else "")


def _decimals(value: float) -> int:
    """Decimals of the shortest text of the value at Excel's 15 significant digits."""
    exponent = Decimal(f"{value:.15g}").normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _show(value: Any, number_format: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return format_number(float(value), number_format)
    if isinstance(value, dt.datetime | dt.date):
        if "年" in (number_format or ""):
            return f"{value.year}年{value.month}月{value.day}日"
        return value.strftime("%Y-%m-%d")
    return str(value)


def _covered(ranges: list[tuple[int, int, int, int]]) -> dict[tuple[int, int], tuple[int, int, Merge]]:
    """Map each covered cell (row, col) to its range's origin and how it is covered."""
    out: dict[tuple[int, int], tuple[int, int, Merge]] = {}
    for r0, c0, r1, c1 in ranges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    out[(r, c)] = (r0, c0, "left" if r == r0 else "above")
    return out


def read_xlsx(path: Path, data: bytes) -> list[Row]:
    """Read every sheet of an .xlsx workbook (saved values, merges, number formats)."""
    import openpyxl

    if data.startswith(_CFB):
        raise UnreadableFileError(
            str(path),
            "the workbook is password-protected (or an .xls named .xlsx); save it without a password",
        )
    try:
        values = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        formulas = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as err:
        raise UnreadableFileError(str(path), f"not a readable Excel workbook (corrupt?): {err}") from err
    rows: list[Row] = []
    for ws in values.worksheets:
        fs = formulas[ws.title]
        ranges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
        covered = _covered(ranges)
        for r in range(1, ws.max_row + 1):
            cells = []
            for c in range(1, ws.max_column + 1):
                origin_r, origin_c, merged = covered.get((r, c), (r, c, ""))
                cell = ws.cell(origin_r, origin_c)
                note = None
                formula = fs.cell(origin_r, origin_c).value
                if cell.value is None and isinstance(formula, str) and formula.startswith("="):
                    note = Note(
                        "formula_without_value",
                        f"cell {cell.coordinate} holds the formula {formula} but no saved value; "
                        "open and save the workbook in Excel or LibreOffice so its values are stored",
                        "error",
                    )
                cells.append(
                    Cell(_show(cell.value, cell.number_format), merged, note if not merged else None)
                )
            rows.append(Row(tuple(cells), r, sheet=ws.title))
    return rows


def read_xls(path: Path, data: bytes) -> list[Row]:
    """Read every sheet of a legacy .xls workbook through xlrd (merges and number formats)."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True)
    except (xlrd.XLRDError, AssertionError, ValueError, IndexError, KeyError) as err:
        reason = (
            "password-protected; save it without a password" if "encrypt" in str(err).lower() else str(err)
        )
        raise UnreadableFileError(str(path), f"not a readable .xls workbook: {reason}") from err
    rows: list[Row] = []
    for sheet in book.sheets():
        ranges = [(r0 + 1, c0 + 1, r1, c1) for r0, r1, c0, c1 in sheet.merged_cells]
        covered = _covered(ranges)
        for r in range(1, sheet.nrows + 1):
            cells = []
            for c in range(1, sheet.ncols + 1):
                origin_r, origin_c, merged = covered.get((r, c), (r, c, ""))
                cells.append(Cell(_xls_text(book, sheet.cell(origin_r - 1, origin_c - 1)), merged))
            rows.append(Row(tuple(cells), r, sheet=sheet.name))
    return rows


def _xls_text(book: Any, cell: Any) -> str:
    import xlrd

    fmt = book.format_map[book.xf_list[cell.xf_index].format_key].format_str
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return format_number(cell.value, fmt)
    if cell.ctype == xlrd.XL_CELL_DATE:
        return _show(xlrd.xldate_as_datetime(cell.value, book.datemode), fmt)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "是" if cell.value else "否"
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERR")
    return str(cell.value)

"""Cells written to CSV or spreadsheet files, made inert.

Form text is data: a cell such as ``=HYPERLINK("http://…")`` must not become a formula when an
exported file is opened in Excel, WPS or LibreOffice. Invariant: every text cell that starts
with ``= + - @`` or a tab or carriage return gets a leading apostrophe, which spreadsheet
programs read as "text"; every other value is returned unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value: Any) -> Any:
    """Return value, a text cell that a spreadsheet would run as a formula prefixed with '."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def inert_rows(rows: Iterable[Iterable[Any]]) -> list[list[Any]]:
    """Return rows of cells with every cell made inert."""
    return [[inert_cell(v) for v in row] for row in rows]

"""The form being read: a mutable accumulator the parser fills row by row, and the rule for
rows a page break cuts in two.

Invariant: a row is joined to the one above it only when it is the first row of the form on
a new page and cannot be read alone; every such join is reported as a ``row_split_by_page``
finding, so nothing is merged silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from index.cells import join_lines
from index.types import Finding, FundsRow, Goals, Indicator, Kind, Row, Total

FUNDS_ORDER = ("initial_budget", "full_year_budget", "executed", "weight", "execution_rate", "score")


@dataclass
class FormBuilder:
    """Mutable accumulator for the form being read (see ``index.parse``)."""

    start: Row
    year: int | None = None
    kind: Kind = "project"
    name: str = ""
    name_row: Row | None = None
    department: str = ""
    unit: str = ""
    header_text: str = ""
    money_unit: str = "元"
    section: str = "header"
    funds_fields: tuple[str, ...] = FUNDS_ORDER
    indicator_fields: tuple[str, ...] | None = None
    funds: list[FundsRow] = field(default_factory=list)
    goals: Goals | None = None
    indicators: list[Indicator] = field(default_factory=list)
    total: Total | None = None
    findings: list[Finding] = field(default_factory=list)
    level1: str = ""
    level2: str = ""
    level1_before: str = ""  # the hierarchy before the last row, to read that row again
    level2_before: str = ""
    page: int | None = None  # the page being read, and how many rows of the form it has shown
    rows_on_page: int = 0
    last_cells: list[str] = field(default_factory=list)  # the last funds, goals or indicator row read
    pending: tuple[list[str], Row] | None = None  # an unreadable row that ended a page


def split_by_page(b: FormBuilder, row: Row) -> bool:
    """Whether the row is the first of a new page, so it may go on with the row above it."""
    return row.page is not None and b.rows_on_page == 0


def merge_cells(above: list[str], below: list[str]) -> list[str]:
    """The cells of a row the page cut in two, each column's text joined."""
    width = max(len(above), len(below))
    above, below = above + [""] * (width - len(above)), below + [""] * (width - len(below))
    return [join_lines([a, c], guess_spaces=False) for a, c in zip(above, below, strict=True)]


def unreadable(row: Row, what: str) -> Finding:
    """The finding for a row that could not be read and was left out."""
    return Finding(
        "error", "unreadable_row", f"could not read {what}; row left out", row.line, row.sheet, row.page
    )


def split_note(at: Row, page: int | None) -> Finding:
    """The finding that reports a row read from two pages."""
    note = f"the row goes on at the top of page {page}; both parts were read as one row"
    return Finding("info", "row_split_by_page", note, at.line, at.sheet, at.page)

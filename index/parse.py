"""Parsing rows of cells (from any reader) into Project records.

Rows come from ``index.readers``: a text export, a workbook sheet, a Word table, a PDF page or
a scan. Cells may be shifted left or right, blank cells mean "same as above", indicator headers
repeat after page breaks and a file may hold several forms. The parser keys on the template
vocabulary (``vocabulary.yaml``) rather than on column positions, and never learns the format:
a cell covered by a merged range to its left is dropped (the range counts once), and one
covered from above counts as blank where it would be a label or a level of the hierarchy.

Invariants:
- every record carries the file name and the locator (sheet or page, line) it was read from;
- a row the parser cannot read becomes an ``unreadable_row`` finding, never a guessed record,
  and a reader's note on a cell becomes a finding on that row;
- money is stored in 元: a form stating 万元 is converted and keeps its stated unit;
- rows that hold no form, or a form without its funds or indicator blocks, raise FormatError.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.builder import FormBuilder, merge_cells, split_by_page, unreadable
from index.cells import clean_cell, is_number, parse_number, row_text, squash
from index.errors import FormatError
from index.funds import is_funds_header, money_unit, read_funds, read_funds_header
from index.indicators import header_fields, read_indicator
from index.readers.text import rows_from_text
from index.template import TITLE, TOTAL_LABELS, VOCABULARY
from index.types import Finding, Goals, Project, Row, Total

_YEAR = re.compile(r"[(（]\s*(\d{4})\s*年度?\s*[)）]")
_GOAL_ECHO = re.compile(r"^(预算目标|预期目标)\s*实际完成情况\s*")


def parse_text(text: str, form: str) -> list[Project]:
    """Parse every form in a text export; raise FormatError when none is complete."""
    return parse_rows(rows_from_text(text), form)


def logical_cells(row: Row) -> list[str]:
    """Return a row's cleaned cells as the parser reads them (merged copies resolved)."""
    out: list[str] = []
    leading = True
    for cell in row.cells:
        if cell.merged == "left":
            continue
        text = clean_cell(cell.text)
        if leading and cell.merged == "above":
            text = ""  # a label or hierarchy level continued from above reads as blank
        elif text:
            leading = False
        out.append(text)
    return out


def parse_rows(rows: Iterable[Row], form: str) -> list[Project]:
    """Parse every form in a file's rows; raise FormatError when none is complete."""
    builders: list[FormBuilder] = []
    current: FormBuilder | None = None
    for row in rows:
        cells = logical_cells(row)
        keys = [squash(c) for c in cells]
        if not any(keys):
            continue
        name_label = next((k for k in keys if k in VOCABULARY.name_labels), None)
        if any(TITLE in k for k in keys) or (name_label and current is not None and current.name):
            current = FormBuilder(start=row)
            builders.append(current)
            if TITLE in "".join(keys):
                _read_title(current, cells, keys)
                continue
        if current is None:
            if name_label is None:
                continue
            current = FormBuilder(start=row)
            builders.append(current)
        _read_notes(current, row)
        _read_line(current, cells, keys, row)
    if not builders:
        raise FormatError(form, f"no {TITLE} found: the file holds no 项目名称 row")
    return [_finish(b, form) for b in builders]


def _read_title(b: FormBuilder, cells: list[str], keys: list[str]) -> None:
    joined = "".join(keys)
    known = [t for t in VOCABULARY.titles if t in joined]
    if known:
        b.kind = VOCABULARY.titles[max(known, key=len)]  # type: ignore[assignment]
    _read_year(b, cells)


def _read_year(b: FormBuilder, cells: list[str]) -> None:
    match = _YEAR.search(" ".join(cells))
    if match:
        b.year = int(match.group(1))


def _read_notes(b: FormBuilder, row: Row) -> None:
    for cell in row.cells:
        if cell.note is not None and cell.merged == "":
            n = cell.note
            b.findings.append(Finding(n.severity, n.code, n.message, row.line, row.sheet, row.page))


def _read_line(b: FormBuilder, cells: list[str], keys: list[str], row: Row) -> None:
    if row.page != b.page:
        b.page, b.rows_on_page = row.page, 0
    _read_cells(b, cells, keys, row)
    b.rows_on_page += 1


def _read_cells(b: FormBuilder, cells: list[str], keys: list[str], row: Row) -> None:
    if b.year is None and _YEAR.search(" ".join(cells)):
        _read_year(b, cells)
        if len([k for k in keys if k]) == 1:
            return
    name_label = next((k for k in keys if k in VOCABULARY.name_labels), None)
    if b.section == "header" and "单位" in "".join(keys):
        b.money_unit = money_unit(keys) or b.money_unit
    if name_label:
        b.name, b.name_row = _after(cells, keys, name_label), row
        b.kind = "department" if VOCABULARY.name_labels[name_label] == "department" else b.kind
        b.header_text = row_text(cells)
    elif any(k in VOCABULARY.department_labels or k in VOCABULARY.unit_labels for k in keys):
        b.department = next((_after(cells, keys, k) for k in VOCABULARY.department_labels if k in keys), "")
        b.unit = next((_after(cells, keys, k) for k in VOCABULARY.unit_labels if k in keys), "")
    elif _is_indicator_header(keys):
        b.section = "indicators"
        b.indicator_fields = header_fields(keys)
        b.rows_on_page -= 1  # a header repeated on a new page does not end a row split by the page
    elif is_funds_header(keys):
        read_funds_header(b, cells, keys)
    elif _is_goals_header(keys):
        b.section = "goals"
    elif any(k in TOTAL_LABELS for k in keys) and b.section == "indicators":
        _read_total(b, cells, row)
    elif b.section == "funds":
        read_funds(b, cells, keys, row)
    elif b.section == "goals":
        _read_goals(b, cells, row)
    elif b.section == "indicators":
        read_indicator(b, cells, keys, row)


def _is_indicator_header(keys: list[str]) -> bool:
    return "一级指标" in keys and "三级指标" in keys


_GOAL_HEADERS = frozenset({"预算目标", "预期目标", "实际完成情况", "年度目标"})


def _is_goals_header(keys: list[str]) -> bool:
    """The 年度总体目标 row that heads the goals; the label beside prose is a goals row."""
    labelled = any(k.startswith(VOCABULARY.goals_labels) for k in keys)
    headers = "预算目标" in keys or "预期目标" in keys
    prose = [k for k in keys if k and not k.startswith(VOCABULARY.goals_labels) and k not in _GOAL_HEADERS]
    return (labelled or headers) and not prose


def _after(cells: list[str], keys: list[str], label: str) -> str:
    """Return the first non-empty cell after the cell holding label."""
    if label not in keys:
        return ""
    for cell in cells[keys.index(label) + 1 :]:
        if cell:
            return cell
    return ""


def _read_goals(b: FormBuilder, cells: list[str], row: Row) -> None:
    filled = [c for c in cells if c and not squash(c).startswith(VOCABULARY.goals_labels)]
    if not filled:
        return
    planned = _GOAL_ECHO.sub("", filled[0])
    achieved = " ".join(filled[1:])
    if b.goals is None:
        b.goals = Goals(planned, achieved, row.line, row_text(cells), row.sheet, row.page)
        b.last_cells = cells
    elif split_by_page(b, row) and len(cells) == len(b.last_cells):
        # a goals row the page cut in two: each column goes on where it stopped
        g = b.goals
        merged = merge_cells(b.last_cells, cells)
        parts = [c for c in merged if c and not squash(c).startswith(VOCABULARY.goals_labels)]
        b.goals = Goals(
            _GOAL_ECHO.sub("", parts[0]), " ".join(parts[1:]), g.line, row_text(merged), g.sheet, g.page
        )
    else:  # prose continued on a further line
        g = b.goals
        b.goals = Goals(
            f"{g.planned} {planned}".strip(),
            f"{g.achieved} {achieved}".strip(),
            g.line,
            f"{g.text} {row_text(cells)}",
            g.sheet,
            g.page,
        )
    b.last_cells = merge_cells(b.last_cells, cells) if b.last_cells and split_by_page(b, row) else cells


def _read_total(b: FormBuilder, cells: list[str], row: Row) -> None:
    numbers = [parse_number(c) for c in cells if is_number(c)]
    if len(numbers) < 2:
        b.findings.append(unreadable(row, "the 总分 row lacks its weight and score"))
        return
    weight, score = numbers[-2], numbers[-1]
    assert weight is not None and score is not None
    b.total = Total(weight, score, row.line, row_text(cells), row.sheet, row.page)
    b.section = "done"


def _finish(b: FormBuilder, form: str) -> Project:
    at = b.name_row or b.start
    if not b.name:
        raise FormatError(form, "form without a 项目名称 row (truncated?)", at.line, at.sheet, at.page)
    if not b.funds:
        raise FormatError(
            form, f"form '{b.name}' has no funds block (truncated?)", at.line, at.sheet, at.page
        )
    if not b.indicators:
        raise FormatError(
            form, f"form '{b.name}' has no indicator rows (truncated?)", at.line, at.sheet, at.page
        )
    findings = list(b.findings)
    if b.total is None:
        last = b.indicators[-1]
        findings.append(
            Finding(
                "error",
                "missing_total",
                "the form has no 总分 row; total left empty",
                last.line,
                last.sheet,
                last.page,
            )
        )
    return Project(
        form=form,
        line=at.line,
        name=b.name,
        year=b.year,
        department=b.department,
        unit=b.unit,
        header_text=b.header_text,
        funds=tuple(b.funds),
        goals=b.goals,
        indicators=tuple(b.indicators),
        total=b.total,
        findings=tuple(findings),
        kind=b.kind,
        money_unit=b.money_unit,
        sheet=at.sheet,
        page=at.page,
    )

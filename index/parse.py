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
from dataclasses import dataclass, field

from index.cells import clean_cell, is_number, join_lines, parse_number, row_text, squash
from index.errors import FormatError
from index.indicators import Split, header_fields, split_indicator
from index.readers.text import rows_from_text
from index.template import LEVEL1_OF, TITLE, TOTAL_LABELS, VOCABULARY
from index.types import Finding, FundsRow, Goals, Indicator, Kind, Project, Row, Total

_YEAR = re.compile(r"[(（]\s*(\d{4})\s*年度?\s*[)）]")
_GOAL_ECHO = re.compile(r"^(预算目标|预期目标)\s*实际完成情况\s*")
_FUNDS_ORDER = ("initial_budget", "full_year_budget", "executed", "weight", "execution_rate", "score")
_MONEY = frozenset(_FUNDS_ORDER[:3])


@dataclass
class _Builder:
    """Mutable accumulator for the form being read."""

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
    funds_fields: tuple[str, ...] = _FUNDS_ORDER
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
    last_cells: list[str] = field(default_factory=list)  # the last indicator row, as read
    pending: tuple[list[str], Row] | None = None  # an unreadable row that ended a page


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
    builders: list[_Builder] = []
    current: _Builder | None = None
    for row in rows:
        cells = logical_cells(row)
        keys = [squash(c) for c in cells]
        if not any(keys):
            continue
        name_label = next((k for k in keys if k in VOCABULARY.name_labels), None)
        if any(TITLE in k for k in keys) or (name_label and current is not None and current.name):
            current = _Builder(start=row)
            builders.append(current)
            if TITLE in "".join(keys):
                _read_title(current, cells, keys)
                continue
        if current is None:
            if name_label is None:
                continue
            current = _Builder(start=row)
            builders.append(current)
        _read_notes(current, row)
        _read_line(current, cells, keys, row)
    if not builders:
        raise FormatError(form, f"no {TITLE} found: the file holds no 项目名称 row")
    return [_finish(b, form) for b in builders]


def _read_title(b: _Builder, cells: list[str], keys: list[str]) -> None:
    joined = "".join(keys)
    known = [t for t in VOCABULARY.titles if t in joined]
    if known:
        b.kind = VOCABULARY.titles[max(known, key=len)]  # type: ignore[assignment]
    _read_year(b, cells)


def _read_year(b: _Builder, cells: list[str]) -> None:
    match = _YEAR.search(" ".join(cells))
    if match:
        b.year = int(match.group(1))


def _read_notes(b: _Builder, row: Row) -> None:
    for cell in row.cells:
        if cell.note is not None and cell.merged == "":
            n = cell.note
            b.findings.append(Finding(n.severity, n.code, n.message, row.line, row.sheet, row.page))


def _read_line(b: _Builder, cells: list[str], keys: list[str], row: Row) -> None:
    if row.page != b.page:
        b.page, b.rows_on_page = row.page, 0
    _read_cells(b, cells, keys, row)
    b.rows_on_page += 1


def _read_cells(b: _Builder, cells: list[str], keys: list[str], row: Row) -> None:
    if b.year is None and _YEAR.search(" ".join(cells)):
        _read_year(b, cells)
        if len([k for k in keys if k]) == 1:
            return
    name_label = next((k for k in keys if k in VOCABULARY.name_labels), None)
    if b.section == "header" and "单位" in "".join(keys):
        b.money_unit = _money_unit(keys) or b.money_unit
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
    elif _is_funds_header(keys):
        _read_funds_header(b, cells, keys)
    elif _is_goals_header(keys):
        b.section = "goals"
    elif any(k in TOTAL_LABELS for k in keys) and b.section == "indicators":
        _read_total(b, cells, row)
    elif b.section == "funds":
        _read_funds(b, cells, keys, row)
    elif b.section == "goals":
        _read_goals(b, cells, row)
    elif b.section == "indicators":
        _read_indicator(b, cells, keys, row)


def _is_indicator_header(keys: list[str]) -> bool:
    return "一级指标" in keys and "三级指标" in keys


def _is_funds_header(keys: list[str]) -> bool:
    """A row naming the funds columns; a row that also holds a funds row label is data (the
    label of a merged cell can land on any row it covers, e.g. after a page break)."""
    if any(key.endswith(label) for key in keys for label in VOCABULARY.funds_rows):
        return False
    first = next(k for k in keys if k)
    money = {VOCABULARY.column(VOCABULARY.funds_columns, k) for k in keys if k} & _MONEY
    return len(money) >= 2 or first.startswith(VOCABULARY.funds_labels)


_GOAL_HEADERS = frozenset({"预算目标", "预期目标", "实际完成情况", "年度目标"})


def _is_goals_header(keys: list[str]) -> bool:
    """The 年度总体目标 row that heads the goals; the label beside prose is a goals row."""
    labelled = any(k.startswith(VOCABULARY.goals_labels) for k in keys)
    headers = "预算目标" in keys or "预期目标" in keys
    prose = [k for k in keys if k and not k.startswith(VOCABULARY.goals_labels) and k not in _GOAL_HEADERS]
    return (labelled or headers) and not prose


def _money_unit(keys: list[str]) -> str | None:
    """Return the money unit a header states ("项目资金（万元）", "单位：万元"), if any."""
    joined = "".join(keys)
    stated = [u for u in VOCABULARY.money_units if re.search(rf"[(（:：]{u}[)）]?", joined)]
    return max(stated, key=len) if stated else None


def _after(cells: list[str], keys: list[str], label: str) -> str:
    """Return the first non-empty cell after the cell holding label."""
    if label not in keys:
        return ""
    for cell in cells[keys.index(label) + 1 :]:
        if cell:
            return cell
    return ""


def _read_funds_header(b: _Builder, cells: list[str], keys: list[str]) -> None:
    """The funds columns, in the header's order (a column the vocabulary lacks is skipped)."""
    b.section = "funds"
    b.money_unit = _money_unit(keys) or b.money_unit
    fields = [VOCABULARY.column(VOCABULARY.funds_columns, k) or "" for k in keys if k]
    first = next((n for n, f in enumerate(fields) if f), len(fields))
    found = tuple(fields[first:])
    b.funds_fields = found if len([f for f in found if f]) >= 3 else _FUNDS_ORDER
    b.last_cells = cells


def _read_funds(b: _Builder, cells: list[str], keys: list[str], row: Row) -> None:
    kinds = VOCABULARY.funds_rows
    found = [(at, kinds[k]) for at, key in enumerate(keys) for k in kinds if key.endswith(k)]
    if not found and _split_by_page(b, row) and b.last_cells:
        _continue_funds(b, cells, row)
        return
    if not found:
        b.findings.append(_unreadable(row, "a funds row without a known label"))
        return
    b.last_cells = cells
    at, kind = found[0]
    scale = VOCABULARY.money_units.get(b.money_unit, 1.0)
    values: dict[str, float | None] = dict.fromkeys(_FUNDS_ORDER)
    for name, cell in zip(b.funds_fields, cells[at + 1 :], strict=False):
        number = parse_number(cell)
        values[name] = round(number * scale, 2) if number is not None and name in _MONEY else number
    b.funds.append(
        FundsRow(
            kind=kind,  # type: ignore[arg-type]
            label=cells[at],
            **values,  # type: ignore[arg-type]
            line=row.line,
            text=row_text(cells),
            sheet=row.sheet,
            page=row.page,
        )
    )


def _continue_funds(b: _Builder, cells: list[str], row: Row) -> None:
    """Read a funds row (or the funds header) the page cut in two as one row."""
    merged = _merge_cells(b.last_cells, cells)
    keys = [squash(c) for c in merged]
    if b.funds and b.funds[-1].text == row_text(b.last_cells):
        start = b.funds.pop()
        at = Row((), start.line, start.sheet, start.page)
        _read_funds(b, merged, keys, at)
    else:
        at = row
        _read_funds_header(b, merged, keys)
    note = f"the row goes on at the top of page {row.page}; both parts were read as one row"
    b.findings.append(Finding("info", "row_split_by_page", note, at.line, at.sheet, at.page))


def _read_goals(b: _Builder, cells: list[str], row: Row) -> None:
    filled = [c for c in cells if c and not squash(c).startswith(VOCABULARY.goals_labels)]
    if not filled:
        return
    planned = _GOAL_ECHO.sub("", filled[0])
    achieved = " ".join(filled[1:])
    if b.goals is None:
        b.goals = Goals(planned, achieved, row.line, row_text(cells), row.sheet, row.page)
        b.last_cells = cells
    elif _split_by_page(b, row) and len(cells) == len(b.last_cells):
        # a goals row the page cut in two: each column goes on where it stopped
        g = b.goals
        merged = _merge_cells(b.last_cells, cells)
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
    b.last_cells = _merge_cells(b.last_cells, cells) if b.last_cells and _split_by_page(b, row) else cells


def _read_total(b: _Builder, cells: list[str], row: Row) -> None:
    numbers = [parse_number(c) for c in cells if is_number(c)]
    if len(numbers) < 2:
        b.findings.append(_unreadable(row, "the 总分 row lacks its weight and score"))
        return
    weight, score = numbers[-2], numbers[-1]
    assert weight is not None and score is not None
    b.total = Total(weight, score, row.line, row_text(cells), row.sheet, row.page)
    b.section = "done"


def _split_by_page(b: _Builder, row: Row) -> bool:
    """Whether the row is the first of a new page, so it may go on with the row above it."""
    return row.page is not None and b.rows_on_page == 0


def _merge_cells(above: list[str], below: list[str]) -> list[str]:
    """The cells of a row the page cut in two, each column's text joined."""
    width = max(len(above), len(below))
    above, below = above + [""] * (width - len(above)), below + [""] * (width - len(below))
    return [join_lines([a, c], guess_spaces=False) for a, c in zip(above, below, strict=True)]


def _read_indicator(b: _Builder, cells: list[str], keys: list[str], row: Row) -> None:
    parsed = split_indicator(cells, keys, b.indicator_fields)
    if parsed is None and _split_by_page(b, row) and (b.pending or b.indicators):
        _continue_indicator(b, cells, row)
        return
    if parsed is None:
        b.findings.append(_unreadable(row, "an indicator row without weight and score"))
        b.pending = (cells, row)
        return
    b.pending = None
    b.last_cells = cells
    _add_indicator(b, parsed, cells, row)


def _continue_indicator(b: _Builder, cells: list[str], row: Row) -> None:
    """Read a row the page cut in two: the part above the break and this one, joined."""
    if b.pending is not None:
        above, start = b.pending
    else:
        above, start = b.last_cells, b.indicators[-1]  # type: ignore[assignment]
    merged = _merge_cells(above, cells)
    parsed = split_indicator(merged, [squash(c) for c in merged], b.indicator_fields)
    if parsed is None:
        b.findings.append(_unreadable(row, "an indicator row without weight and score"))
        return
    at = Row((), start.line, start.sheet, start.page)
    if b.pending is not None:
        b.findings = [
            f for f in b.findings if (f.code, f.line, f.page) != ("unreadable_row", start.line, start.page)
        ]
    else:
        b.indicators.pop()
        b.level1, b.level2 = b.level1_before, b.level2_before
    b.pending = None
    b.last_cells = merged
    _add_indicator(b, parsed, merged, at)
    note = f"the row goes on at the top of page {row.page}; both parts were read as one row"
    b.findings.append(Finding("info", "row_split_by_page", note, at.line, at.sheet, at.page))


def _add_indicator(b: _Builder, parsed: Split, cells: list[str], row: Row) -> None:
    b.level1_before, b.level2_before = b.level1, b.level2
    l1, l2, name, target, actual, weight, score, deviation = parsed
    b.level1 = l1 or b.level1
    b.level2 = l2 or b.level2
    level1 = LEVEL1_OF.get(b.level2, b.level1)
    if l2 and not l1:
        b.level1 = level1  # a new level-2 without level-1 starts under its template level-1
    b.indicators.append(
        Indicator(
            level1=level1,
            level2=b.level2,
            name=name,
            target=target,
            actual=actual,
            weight=weight,
            score=score,
            deviation=deviation,
            line=row.line,
            text=row_text(cells),
            stated_level1=l1,
            sheet=row.sheet,
            page=row.page,
        )
    )


def _unreadable(row: Row, what: str) -> Finding:
    return Finding(
        "error", "unreadable_row", f"could not read {what}; row left out", row.line, row.sheet, row.page
    )


def _finish(b: _Builder, form: str) -> Project:
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

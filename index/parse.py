"""Parsing the text export of 财政项目支出绩效自评表 into Project records.

The export is tab-separated with cells shifted left or right, blank cells meaning "same as
above", repeated indicator headers after page breaks and several forms per file. The parser
keys on the vocabulary of the national template rather than on column positions.

Invariants:
- every record carries the file name and the 1-based line it was read from;
- a row the parser cannot read becomes an ``unreadable_row`` finding, never a guessed record;
- text that holds no form, or a form without its funds or indicator blocks, raises FormatError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.cells import clean_cell, is_blank, is_number, parse_number, row_text, squash
from index.errors import FormatError
from index.template import (
    FUNDS_KINDS,
    LEVEL1,
    LEVEL1_OF,
    SECTION_LABELS,
    TITLE,
    TOTAL_LABELS,
)
from index.types import Finding, FundsRow, Goals, Indicator, Project, Total

_YEAR = re.compile(r"[(（]\s*(\d{4})\s*年度?\s*[)）]")
_FUNDS_COLUMNS = ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
_GOAL_ECHO = re.compile(r"^预算目标\s*实际完成情况\s*")


@dataclass
class _Builder:
    """Mutable accumulator for the form being read."""

    start: int
    year: int | None = None
    name: str = ""
    name_line: int = 0
    department: str = ""
    unit: str = ""
    header_text: str = ""
    section: str = "header"
    funds: list[FundsRow] = field(default_factory=list)
    goals: Goals | None = None
    indicators: list[Indicator] = field(default_factory=list)
    total: Total | None = None
    findings: list[Finding] = field(default_factory=list)
    level1: str = ""
    level2: str = ""
    seen_indicator_header: bool = False


def parse_text(text: str, form: str) -> list[Project]:
    """Parse every form in a file's text; raise FormatError when none is complete."""
    builders: list[_Builder] = []
    current: _Builder | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        cells = [clean_cell(c) for c in raw.split("\t")]
        keys = [squash(c) for c in cells]
        if not any(keys):
            continue
        if any(TITLE in k for k in keys) or ("项目名称" in keys and current is not None and current.name):
            current = _Builder(start=number)
            builders.append(current)
            if TITLE in "".join(keys):
                _read_year(current, cells)
                continue
        if current is None:
            if "项目名称" not in keys:
                continue
            current = _Builder(start=number)
            builders.append(current)
        _read_line(current, cells, keys, number)
    if not builders:
        raise FormatError(form, f"no {TITLE} found: the text holds no 项目名称 row")
    return [_finish(b, form) for b in builders]


def _read_year(b: _Builder, cells: list[str]) -> None:
    match = _YEAR.search(" ".join(cells))
    if match:
        b.year = int(match.group(1))


def _read_line(b: _Builder, cells: list[str], keys: list[str], number: int) -> None:
    if b.year is None and _YEAR.search(" ".join(cells)):
        _read_year(b, cells)
        if len([k for k in keys if k]) == 1:
            return
    if "项目名称" in keys:
        b.name, b.name_line = _after(cells, keys, "项目名称"), number
        b.header_text = row_text(cells)
    elif "主管部门" in keys or "实施单位" in keys:
        b.department = _after(cells, keys, "主管部门")
        b.unit = _after(cells, keys, "实施单位")
    elif keys[0].startswith("项目资金") or "年初预算数" in keys:
        b.section = "funds"
    elif any(k.startswith("年度总体目标") for k in keys) or "预算目标" in keys:
        b.section = "goals"
    elif "一级指标" in keys and "三级指标" in keys:
        b.section = "indicators"
        b.seen_indicator_header = True
    elif any(k in TOTAL_LABELS for k in keys) and b.section == "indicators":
        _read_total(b, cells, keys, number)
    elif b.section == "funds":
        _read_funds(b, cells, keys, number)
    elif b.section == "goals":
        _read_goals(b, cells, number)
    elif b.section == "indicators":
        _read_indicator(b, cells, keys, number)


def _after(cells: list[str], keys: list[str], label: str) -> str:
    """Return the first non-empty cell after the cell holding label."""
    if label not in keys:
        return ""
    for cell in cells[keys.index(label) + 1 :]:
        if cell:
            return cell
    return ""


def _read_funds(b: _Builder, cells: list[str], keys: list[str], number: int) -> None:
    found = [(at, v) for at, key in enumerate(keys) for k, v in FUNDS_KINDS.items() if key.endswith(k)]
    if not found:
        b.findings.append(_unreadable(number, "a funds row without a known label"))
        return
    at, kind = found[0]
    values = [parse_number(c) for c in cells[at + 1 : at + 7]]
    values += [None] * (6 - len(values))
    b.findings += _not_numbers(cells[at + 1 : at + 7], values, number)
    b.funds.append(
        FundsRow(
            kind=kind,  # type: ignore[arg-type]
            label=cells[at],
            initial_budget=values[0],
            full_year_budget=values[1],
            executed=values[2],
            weight=values[3],
            execution_rate=values[4],
            score=values[5],
            line=number,
            text=row_text(cells),
        )
    )


def _not_numbers(cells: list[str], values: list[float | None], number: int) -> list[Finding]:
    """Findings for numeric cells holding text that is not a number (stored as empty)."""
    return [
        Finding("error", "not_a_number", f"{column} '{cell[:40]}' is not a number; left empty", number)
        for column, cell, value in zip(_FUNDS_COLUMNS, cells, values, strict=False)
        if value is None and not is_blank(cell)
    ]


def _read_goals(b: _Builder, cells: list[str], number: int) -> None:
    filled = [c for c in cells if c]
    if not filled:
        return
    planned = _GOAL_ECHO.sub("", filled[0])
    achieved = " ".join(filled[1:])
    if b.goals is None:
        b.goals = Goals(planned, achieved, number, row_text(cells))
    else:  # prose continued on a further line
        g = b.goals
        b.goals = Goals(
            f"{g.planned} {planned}".strip(),
            f"{g.achieved} {achieved}".strip(),
            g.line,
            f"{g.text} {row_text(cells)}",
        )


def _read_total(b: _Builder, cells: list[str], keys: list[str], number: int) -> None:
    numbers = [parse_number(c) for c in cells if is_number(c)]
    if len(numbers) < 2:
        b.findings.append(_unreadable(number, "the 总分 row lacks its weight and score"))
        return
    weight, score = numbers[-2], numbers[-1]
    assert weight is not None and score is not None
    b.total = Total(weight, score, number, row_text(cells))
    b.section = "done"


def _read_indicator(b: _Builder, cells: list[str], keys: list[str], number: int) -> None:
    parsed = _split_indicator(cells, keys)
    if parsed is None:
        b.findings.append(_unreadable(number, "an indicator row without weight and score"))
        return
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
            line=number,
            text=row_text(cells),
            stated_level1=l1,
        )
    )


_Parsed = tuple[str, str, str, str, str, float, float, str]


def _split_indicator(cells: list[str], keys: list[str]) -> _Parsed | None:
    """Split an indicator row by vocabulary: hierarchy words, name, values, reason."""
    l1 = l2 = ""
    at = 0
    while at < len(cells):
        key = keys[at]
        if not key or key in {squash(s) for s in SECTION_LABELS}:
            at += 1
        elif not l1 and not l2 and key in LEVEL1:
            l1, at = key, at + 1
        elif not l2 and key in LEVEL1_OF:
            l2, at = key, at + 1
        else:
            break
    tail = _split_values(cells[at + 1 :])
    if tail is None and l2 and at < len(cells):
        # the level-2 word was the indicator's own name (e.g. 三级指标 "时效指标")
        at -= 1
        while at > 0 and keys[at] != l2:
            at -= 1
        l2 = ""
        tail = _split_values(cells[at + 1 :])
    if tail is None and not l2 and at + 1 < len(cells) and cells[at + 1]:
        # a level-2 outside the national template: one more text cell before the name
        tail = _split_values(cells[at + 2 :])
        if tail is not None:
            return (l1, cells[at], cells[at + 1], *tail)
    if tail is None or at >= len(cells):
        return None
    return (l1, l2, cells[at], *tail)


def _split_values(rest: list[str]) -> tuple[str, str, float, float, str] | None:
    """Return target, actual, weight, score and deviation from the cells after the name."""
    rest = list(rest)
    while rest and not rest[-1]:
        rest.pop()
    deviation = ""
    if rest and not is_number(rest[-1]):
        deviation = rest.pop()
    if len(rest) < 2 or not (is_number(rest[-2]) and is_number(rest[-1])):
        return None
    weight, score = parse_number(rest[-2]), parse_number(rest[-1])
    values = rest[:-2]
    while len(values) > 2 and not values[0]:
        values.pop(0)
    while len(values) > 2 and not values[-1]:
        values.pop()
    if len(values) > 2:
        return None
    values = [""] * (2 - len(values)) + values
    assert weight is not None and score is not None
    return values[0], values[1], weight, score, deviation


def _unreadable(line: int, what: str) -> Finding:
    return Finding("error", "unreadable_row", f"could not read {what}; row left out", line)


def _finish(b: _Builder, form: str) -> Project:
    line = b.name_line or b.start
    if not b.name:
        raise FormatError(form, "form without a 项目名称 row (truncated?)", b.start)
    if not b.funds:
        raise FormatError(form, f"form '{b.name}' has no funds block (truncated?)", line)
    if not b.indicators:
        raise FormatError(form, f"form '{b.name}' has no indicator rows (truncated?)", line)
    findings = list(b.findings)
    if b.total is None:
        last = b.indicators[-1].line
        findings.append(Finding("error", "missing_total", "the form has no 总分 row; total left empty", last))
    return Project(
        form=form,
        line=line,
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
    )

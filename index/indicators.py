"""Splitting one indicator row into hierarchy, name, target, actual, weight, score and reason.

Two ways, both keyed on vocabulary rather than fixed positions:
- the national column set (年度指标值, 实际完成值, 分值, 得分, 偏差原因): cells are read from
  the right (weight and score are the last two numbers, the reason the text after them), which
  survives cells shifted left or right by an extraction;
- any other header (extra columns such as 指标性质 or 度量单位, another order): the cells after
  the name are read in the order of the header's columns, and the operator (指标性质) and unit
  (度量单位) are folded into the target and actual texts ("≥" + "95" + "%" → "≥95%").

Invariant: a row without a numeric weight and score is not split but recorded as an
unreadable row (unless it goes on from the row above a page break); nothing is guessed.
"""

from __future__ import annotations

from index.builder import FormBuilder, merge_cells, split_by_page, split_note, unreadable
from index.cells import is_number, parse_number, row_text, squash
from index.template import LEVEL1, LEVEL1_OF, SECTION_LABELS, VOCABULARY
from index.types import Indicator, Row

Split = tuple[str, str, str, str, str, float, float, str]
"""level1, level2, name, target, actual, weight, score, deviation."""

STANDARD = ("target", "actual", "weight", "score", "deviation")
_OPERATORS = ("≥", "≤", ">", "<", "=", "＞", "＜", "＝")


def header_fields(keys: list[str]) -> tuple[str, ...] | None:
    """Return the fields of the columns after 三级指标, or None for the national column set."""
    columns = VOCABULARY.indicator_columns
    names = [n for n, k in enumerate(keys) if VOCABULARY.column(columns, k) == "name"]
    if not names:
        return None
    fields = tuple(VOCABULARY.column(columns, k) or "" for k in keys[names[0] + 1 :] if k)
    if fields in (STANDARD, STANDARD[:-1]):
        return None
    return fields


def split_indicator(cells: list[str], keys: list[str], fields: tuple[str, ...] | None) -> Split | None:
    """Split an indicator row by vocabulary: hierarchy words, name, values, reason."""
    l1 = l2 = ""
    at = 0
    while at < len(cells):
        key = keys[at]
        if not key or key in SECTION_LABELS:
            at += 1
        elif not l1 and not l2 and key in LEVEL1:
            l1, at = key, at + 1
        elif not l2 and key in LEVEL1_OF:
            l2, at = key, at + 1
        else:
            break
    values = _values_by_header if fields else _values_from_right
    tail = values(cells[at + 1 :], fields)
    if tail is None and l2 and at < len(cells):
        # the level-2 word was the indicator's own name (e.g. 三级指标 "时效指标")
        at -= 1
        while at > 0 and keys[at] != l2:
            at -= 1
        l2 = ""
        tail = values(cells[at + 1 :], fields)
    if tail is None and not l2 and at + 1 < len(cells) and cells[at + 1]:
        # a level-2 outside the national template: one more text cell before the name
        tail = values(cells[at + 2 :], fields)
        if tail is not None:
            return (l1, cells[at], cells[at + 1], *tail)
    if tail is None or at >= len(cells):
        return None
    return (l1, l2, cells[at], *tail)


_Tail = tuple[str, str, float, float, str]


def _values_from_right(rest: list[str], fields: tuple[str, ...] | None = None) -> _Tail | None:
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


def _values_by_header(rest: list[str], fields: tuple[str, ...] | None) -> _Tail | None:
    """Return the values of the cells after the name, read in the header's column order."""
    assert fields is not None
    got = {f: c for f, c in zip(fields, rest, strict=False) if f}
    weight, score = got.get("weight", ""), got.get("score", "")
    if not (is_number(weight) and is_number(score)):
        return None
    w, s = parse_number(weight), parse_number(score)
    assert w is not None and s is not None
    unit, nature = got.get("measure", ""), got.get("nature", "")
    operator = nature if squash(nature) in _OPERATORS else ""
    target = _with_unit(got.get("target", ""), unit)
    if operator and target and not target.startswith(_OPERATORS):
        target = operator + target
    return target, _with_unit(got.get("actual", ""), unit), w, s, got.get("deviation", "")


def _with_unit(value: str, unit: str) -> str:
    """Append the unit of measure to a bare number ("95", "%" → "95%")."""
    if unit and value and is_number(value.lstrip("".join(_OPERATORS))):
        return value + unit
    return value


def read_indicator(b: FormBuilder, cells: list[str], keys: list[str], row: Row) -> None:
    parsed = split_indicator(cells, keys, b.indicator_fields)
    if parsed is None and split_by_page(b, row) and (b.pending or b.indicators):
        _continue_indicator(b, cells, row)
        return
    if parsed is None:
        b.findings.append(unreadable(row, "an indicator row without weight and score"))
        b.pending = (cells, row)
        return
    b.pending = None
    b.last_cells = cells
    _add_indicator(b, parsed, cells, row)


def _continue_indicator(b: FormBuilder, cells: list[str], row: Row) -> None:
    """Read a row the page cut in two: the part above the break and this one, joined."""
    if b.pending is not None:
        above, start = b.pending
    else:
        above, start = b.last_cells, b.indicators[-1]  # type: ignore[assignment]
    merged = merge_cells(above, cells)
    parsed = split_indicator(merged, [squash(c) for c in merged], b.indicator_fields)
    if parsed is None:
        b.findings.append(unreadable(row, "an indicator row without weight and score"))
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
    b.findings.append(split_note(at, row.page))


def _add_indicator(b: FormBuilder, parsed: Split, cells: list[str], row: Row) -> None:
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

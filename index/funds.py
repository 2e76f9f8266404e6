"""The funds block (项目资金): its header, whose columns may come in any order and in 万元, and
its rows (年度资金总额 and the sub-rows), matched by label.

Invariant: amounts are stored in 元, rounded to the fen; a column the vocabulary does not
know is skipped, never read as its neighbour.
"""

from __future__ import annotations

import re

from index.builder import FUNDS_ORDER, FormBuilder, merge_cells, split_by_page, split_note, unreadable
from index.cells import is_blank, parse_number, row_text, squash
from index.template import VOCABULARY
from index.types import Finding, FundsRow, Row

MONEY = frozenset(FUNDS_ORDER[:3])


def is_funds_header(keys: list[str]) -> bool:
    """A row naming the funds columns; a row that also holds a funds row label is data (the
    label of a merged cell can land on any row it covers, e.g. after a page break)."""
    if any(key.endswith(label) for key in keys for label in VOCABULARY.funds_rows):
        return False
    first = next(k for k in keys if k)
    money = {VOCABULARY.column(VOCABULARY.funds_columns, k) for k in keys if k} & MONEY
    return len(money) >= 2 or first.startswith(VOCABULARY.funds_labels)


def money_unit(keys: list[str]) -> str | None:
    """Return the money unit a header states ("项目资金（万元）", "单位：万元"), if any."""
    joined = "".join(keys)
    stated = [u for u in VOCABULARY.money_units if re.search(rf"[(（:：]{u}[)）]?", joined)]
    return max(stated, key=len) if stated else None


def read_funds_header(b: FormBuilder, cells: list[str], keys: list[str]) -> None:
    """The funds columns, in the header's order (a column the vocabulary lacks is skipped)."""
    b.section = "funds"
    b.money_unit = money_unit(keys) or b.money_unit
    fields = [VOCABULARY.column(VOCABULARY.funds_columns, k) or "" for k in keys if k]
    first = next((n for n, f in enumerate(fields) if f), len(fields))
    found = tuple(fields[first:])
    b.funds_fields = found if len([f for f in found if f]) >= 3 else FUNDS_ORDER
    b.last_cells = cells


def read_funds(b: FormBuilder, cells: list[str], keys: list[str], row: Row) -> None:
    kinds = VOCABULARY.funds_rows
    found = [(at, kinds[k]) for at, key in enumerate(keys) for k in kinds if key.endswith(k)]
    if not found and split_by_page(b, row) and b.last_cells:
        _continue_funds(b, cells, row)
        return
    if not found:
        b.findings.append(unreadable(row, "a funds row without a known label"))
        return
    b.last_cells = cells
    at, kind = found[0]
    scale = VOCABULARY.money_units.get(b.money_unit, 1.0)
    values: dict[str, float | None] = dict.fromkeys(FUNDS_ORDER)
    for name, cell in zip(b.funds_fields, cells[at + 1 :], strict=False):
        number = parse_number(cell)
        values[name] = round(number * scale, 2) if number is not None and name in MONEY else number
        if number is None and name and not is_blank(cell):
            b.findings.append(_not_a_number(name, cell, row))
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


_LABELS = {
    "initial_budget": "年初预算数",
    "full_year_budget": "全年预算数",
    "executed": "全年执行数",
    "weight": "分值",
    "execution_rate": "执行率",
    "score": "得分",
}


def _not_a_number(name: str, cell: str, row: Row) -> Finding:
    """A numeric funds cell holding text (执行率 'abc'): stored as empty, said so."""
    label = _LABELS.get(name, name)
    message = f"{label} '{cell[:40]}' is not a number; left empty"
    return Finding("error", "not_a_number", message, row.line, row.sheet, row.page)


def _continue_funds(b: FormBuilder, cells: list[str], row: Row) -> None:
    """Read a funds row (or the funds header) the page cut in two as one row."""
    merged = merge_cells(b.last_cells, cells)
    keys = [squash(c) for c in merged]
    if b.funds and b.funds[-1].text == row_text(b.last_cells):
        start = b.funds.pop()
        at = Row((), start.line, start.sheet, start.page)
        read_funds(b, merged, keys, at)
    else:
        at = row
        read_funds_header(b, merged, keys)
    b.findings.append(split_note(at, row.page))

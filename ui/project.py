"""One project's form laid out as the form: header, funds, goals planned vs achieved, the
indicator table (lost points marked, with their deviation reasons) and the 总分 row; each
finding placed under the row it concerns, each row with its source locator. Pure functions
returning HTML made by ``ui.markup``, so every cell is escaped.

Invariant: a finding is shown exactly once: under the row whose line it names, or, when no
row has that line, in the list above the tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.template import grade
from index.types import Finding, Project
from ui.markup import Cell, Row, escape_html, number, table_html
from ui.report import SEVERITY, finding_label
from ui.views import place

INDICATOR_COLUMNS = (
    "一级指标",
    "二级指标",
    "三级指标",
    "目标值",
    "实际值",
    "分值",
    "得分",
    "扣分",
    "偏差原因",
    "来源",
)
FUNDS_COLUMNS = ("项目资金（元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "来源")


def finding_text(f: Finding) -> str:
    """Return a finding in one line: severity, check and message."""
    return f"⚠ {SEVERITY.get(f.severity, f.severity)}·{finding_label(f.code)}：{f.message}"


def findings_by_line(p: Project) -> dict[int, list[Finding]]:
    """Return the project's findings grouped by the line they name."""
    out: dict[int, list[Finding]] = {}
    for f in p.findings:
        out.setdefault(f.line, []).append(f)
    return out


def row_lines(p: Project) -> set[int]:
    """Return the lines of every row the page draws (header, funds, goals, indicators, total)."""
    lines = {p.line, *(r.line for r in p.funds), *(r.line for r in p.indicators)}
    if p.goals:
        lines.add(p.goals.line)
    if p.total:
        lines.add(p.total.line)
    return lines


def loose_findings(p: Project) -> list[Finding]:
    """Return findings whose line is not a drawn row (they go above the tables)."""
    drawn = row_lines(p) - {p.line}
    return [f for f in p.findings if f.line not in drawn]


def _finding_rows(found: Sequence[Finding], width: int) -> list[Row]:
    return [Row((Cell(finding_text(f), colspan=width),), "finding") for f in found]


def header_html(p: Project) -> str:
    """Return the form's header (project, department, unit, year, total, source) as a table."""
    total = f"{number(p.total.score)}/{number(p.total.weight)}（{grade(p.total.score)}）" if p.total else "—"
    fields = (
        ("项目名称", p.name),
        ("主管部门", p.department or "—"),
        ("实施单位", p.unit or "—"),
        ("年度", f"{p.year}年度" if p.year else "—"),
        ("总分", total),
        ("来源", place(p.form, p.line)),
    )
    rows = [Row((Cell(k), Cell(v, "loc" if k == "来源" else ""))) for k, v in fields]
    return table_html(("项目", "内容"), rows, label="项目信息")


def loose_findings_html(p: Project) -> str:
    """Return the findings that name no drawn row (or the header), as a list; empty when none."""
    found = loose_findings(p)
    if not found:
        return ""
    items = "".join(
        f"<li>{escape_html(finding_text(f))} <span class='jx-muted'>"
        f"{escape_html(place(p.form, f.line))}</span></li>"
        for f in found
    )
    return f'<div class="jx-text" role="list" aria-label="其他检查发现"><ul>{items}</ul></div>'


def funds_html(p: Project) -> str:
    """Return the funds block with its findings under the rows they concern."""
    found = findings_by_line(p)
    rows: list[Row] = []
    for r in p.funds:
        rate = f"{number(r.execution_rate)}%" if r.execution_rate is not None else ""
        lost = r.weight is not None and r.score is not None and r.score < r.weight
        rows.append(
            Row(
                (
                    Cell(r.label),
                    Cell(number(r.initial_budget), "num"),
                    Cell(number(r.full_year_budget), "num"),
                    Cell(number(r.executed), "num"),
                    Cell(number(r.weight), "num"),
                    Cell(rate, "num"),
                    Cell(number(r.score), "num lost" if lost else "num"),
                    Cell(place(p.form, r.line), "loc", title=r.text),
                ),
                "lost" if lost else "",
            )
        )
        rows += _finding_rows(found.get(r.line, []), len(FUNDS_COLUMNS))
    return table_html(FUNDS_COLUMNS, rows, label="项目资金")


def goals_html(p: Project) -> str:
    """Return the year's goals, planned beside achieved."""
    if p.goals is None:
        return '<div class="jx-muted">表中没有年度总体目标。</div>'
    found = findings_by_line(p).get(p.goals.line, [])
    notes = "".join(f'<div class="jx-muted">{escape_html(finding_text(f))}</div>' for f in found)
    return (
        '<div class="jx-goals" role="group" aria-label="年度总体目标">'
        f'<div><h4>预期目标</h4><div class="jx-text">{escape_html(p.goals.planned or "—")}</div></div>'
        f'<div><h4>实际完成情况</h4><div class="jx-text">{escape_html(p.goals.achieved or "—")}</div></div>'
        f'</div><div class="jx-muted">来源：{escape_html(place(p.form, p.goals.line))}</div>{notes}'
    )


def _spans(values: Sequence[str], heights: Sequence[int]) -> list[int]:
    """Rowspan of each row's cell: the group's height on its first row, 0 on the rest."""
    spans = [0] * len(values)
    start = 0
    for n in range(1, len(values) + 1):
        if n == len(values) or values[n] != values[start]:
            spans[start] = sum(heights[start:n])
            start = n
    return spans


def indicators_html(p: Project) -> str:
    """Return the indicator table as the form draws it, lost points marked, findings beneath."""
    found = findings_by_line(p)
    rows_in = list(p.indicators)
    heights = [1 + len(found.get(r.line, [])) for r in rows_in]
    span1 = _spans([r.level1 for r in rows_in], heights)
    span2 = _spans([f"{r.level1}/{r.level2}" for r in rows_in], heights)
    rows: list[Row] = []
    for n, r in enumerate(rows_in):
        lost = r.deduction > 0
        cells = []
        if span1[n]:
            cells.append(Cell(r.level1, rowspan=span1[n]))
        if span2[n]:
            cells.append(Cell(r.level2, rowspan=span2[n]))
        cells += [
            Cell(r.name, "name"),
            Cell(r.target, "val"),
            Cell(r.actual, "val"),
            Cell(number(r.weight), "num"),
            Cell(number(r.score), "num lost" if lost else "num"),
            Cell(f"−{number(r.deduction)}" if lost else "", "num lost" if lost else "num"),
            Cell(r.deviation or ("（未填写）" if lost else ""), "wide" if r.deviation else ""),
            Cell(place(p.form, r.line), "loc", title=r.text),
        ]
        rows.append(Row(tuple(cells), "lost" if lost else ""))
        rows += _finding_rows(found.get(r.line, []), len(INDICATOR_COLUMNS) - 2)
    if p.total:
        total_lost = p.total.weight - p.total.score
        rows.append(
            Row(
                (
                    Cell("总分", colspan=5),
                    Cell(number(p.total.weight), "num"),
                    Cell(number(p.total.score), "num"),
                    Cell(f"−{number(total_lost)}" if total_lost > 0 else "", "num"),
                    Cell(f"评级：{grade(p.total.score)}"),
                    Cell(place(p.form, p.total.line), "loc", title=p.total.text),
                ),
                "sum",
            )
        )
        rows += _finding_rows(found.get(p.total.line, []), len(INDICATOR_COLUMNS))
    return table_html(INDICATOR_COLUMNS, rows, label="绩效指标")

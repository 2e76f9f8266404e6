"""Cutting a project into retrieval chunks: one per indicator row, per funds row, per goal
sentence group and one project summary.

Invariant: every chunk's text names its project and year, so a chunk read alone is
unambiguous, and its metadata locate the exact source line.
"""

from __future__ import annotations

import re

from index.types import Chunk, FundsRow, Goals, Indicator, Project, where

_SENTENCE = re.compile(r"(?<=[。；;！？!?])")
_GROUP_CHARS = 160


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.2f}" if abs(value) >= 1000 else f"{value:g}"


def _same_money(a: FundsRow, b: FundsRow) -> bool:
    return (a.initial_budget, a.full_year_budget, a.executed) == (
        b.initial_budget,
        b.full_year_budget,
        b.executed,
    )


def _head(p: Project) -> str:
    year = f"（{p.year}年度）" if p.year else ""
    return f"项目：{p.name}{year}"


def sentence_groups(text: str, limit: int = _GROUP_CHARS) -> list[str]:
    """Split prose into groups of whole sentences of about limit characters."""
    groups: list[str] = []
    current = ""
    for sentence in (s.strip() for s in _SENTENCE.split(text)):
        if not sentence:
            continue
        if current and len(current) + len(sentence) > limit:
            groups.append(current)
            current = ""
        current += sentence
    if current:
        groups.append(current)
    return groups


def chunk_project(p: Project) -> list[Chunk]:
    """Return the chunks of one project."""

    def make(
        n: int, at: Project | FundsRow | Goals | Indicator, section: str, text: str, indicator: str = ""
    ) -> Chunk:
        return Chunk(
            id=f"{p.form}:{where(at.sheet, at.page)}{at.line}:{section}:{n}",
            text=text,
            form=p.form,
            line=at.line,
            project=p.name,
            project_id=p.id,
            year=p.year,
            section=section,  # type: ignore[arg-type]
            indicator=indicator,
            sheet=at.sheet,
            page=at.page,
        )

    head = _head(p)
    total = f"总分{_fmt(p.total.score)}（满分{_fmt(p.total.weight)}）" if p.total else "总分未填"
    out = [make(0, p, "project", f"{head}\n主管部门：{p.department}；实施单位：{p.unit}；{total}")]
    total_row = p.funds_total
    for row in p.funds:
        if row.full_year_budget is None and row.executed is None:
            continue
        if row is not total_row and total_row and _same_money(row, total_row):
            continue  # a sub-row repeating the total adds nothing to search
        out.append(
            make(
                0,
                row,
                "funds",
                f"{head}\n项目资金 {row.label}：年初预算数{_fmt(row.initial_budget)}元，"
                f"全年预算数{_fmt(row.full_year_budget)}元，全年执行数{_fmt(row.executed)}元，"
                f"执行率{_fmt(row.execution_rate)}%，得分{_fmt(row.score)}",
            )
        )
    if p.goals:
        n = 0
        for label, prose in (("预算目标", p.goals.planned), ("实际完成情况", p.goals.achieved)):
            for group in sentence_groups(prose):
                out.append(make(n, p.goals, "goal", f"{head}\n年度总体目标·{label}：{group}"))
                n += 1
    for ind in p.indicators:
        deviation = f"\n偏差原因分析及改进措施：{ind.deviation}" if ind.deviation else ""
        out.append(
            make(
                0,
                ind,
                "indicator",
                f"{head}\n{ind.level1} / {ind.level2} / {ind.name}\n"
                f"年度指标值：{ind.target or '—'}；实际完成值：{ind.actual or '—'}；"
                f"分值：{_fmt(ind.weight)}；得分：{_fmt(ind.score)}{deviation}",
                indicator=ind.name,
            )
        )
    return out

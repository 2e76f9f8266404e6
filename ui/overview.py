"""The overview of a scope of projects, as plain values: one row per project sorted by total
score, the score by level-1 block against its weight, execution against budget, and the score
rate per level-2 kind. No Streamlit here; the overview page, its Excel export and
``jixiao report`` all draw from these functions.

Invariant: every figure is read or summed from parsed rows; nothing is estimated. A project
whose form lacks a block shows an empty cell, never a zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from index.template import LEVEL1, SATISFACTION, grade
from index.types import Project

BUDGET_BLOCK = "预算执行"
BLOCKS = (*LEVEL1, BUDGET_BLOCK)
BLOCK_SHORT = {"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度", BUDGET_BLOCK: "预算执行"}
TABLE_COLUMNS = ("排名", "项目", "评级", "总分", "执行率", "满意度", "扣分", "检查发现", "年度", "主管部门")


@dataclass(frozen=True)
class ProjectRow:
    """One project in the overview table."""

    id: str
    name: str
    year: int | None
    department: str
    unit: str
    form: str
    line: int
    total: float | None
    total_weight: float | None
    grade: str
    execution_rate: float | None
    budget: float | None
    executed: float | None
    satisfaction: float | None
    satisfaction_weight: float | None
    lost: float | None
    findings: int


@dataclass(frozen=True)
class Scope:
    """The years and departments a page or report covers (empty means all)."""

    years: tuple[int, ...] = ()
    departments: tuple[str, ...] = ()

    def label(self, projects: int) -> str:
        """Return the scope in words, e.g. "2021年度 · 上海市大数据中心 · 7个项目"."""
        years = "、".join(f"{y}年度" for y in self.years) or "全部年度"
        departments = "、".join(self.departments) or "全部部门"
        return f"{years} · {departments} · {projects}个项目"


def _satisfaction(p: Project) -> tuple[float | None, float | None]:
    rows = [r for r in p.indicators if r.level1 == SATISFACTION]
    if not rows:
        return None, None
    return round(sum(r.score for r in rows), 4), round(sum(r.weight for r in rows), 4)


def _lost(p: Project) -> float | None:
    if p.total is not None:
        return round(p.total.weight - p.total.score, 4)
    funds = p.funds_total
    lost = sum(r.deduction for r in p.indicators)
    if funds and funds.weight is not None and funds.score is not None:
        lost += funds.weight - funds.score
    return round(lost, 4) if p.indicators else None


def project_row(p: Project) -> ProjectRow:
    """Return the overview row of one project."""
    funds = p.funds_total
    satisfaction, satisfaction_weight = _satisfaction(p)
    return ProjectRow(
        id=p.id,
        name=p.name,
        year=p.year,
        department=p.department,
        unit=p.unit,
        form=p.form,
        line=p.line,
        total=p.total.score if p.total else None,
        total_weight=p.total.weight if p.total else None,
        grade=grade(p.total.score) if p.total else "—",
        execution_rate=funds.execution_rate if funds else None,
        budget=funds.full_year_budget if funds else None,
        executed=funds.executed if funds else None,
        satisfaction=satisfaction,
        satisfaction_weight=satisfaction_weight,
        lost=_lost(p),
        findings=len(p.findings),
    )


def project_rows(projects: Sequence[Project]) -> list[ProjectRow]:
    """Return one row per project, highest total first (projects without a total last)."""
    rows = [project_row(p) for p in projects]
    return sorted(rows, key=lambda r: (r.total is None, -(r.total or 0.0), r.name, r.id))


def labels(projects: Sequence[Project]) -> dict[str, str]:
    """Return a chart label per project id: the name, made unique by year and then a number."""
    counts: dict[str, int] = {}
    for p in projects:
        counts[p.name] = counts.get(p.name, 0) + 1
    out: dict[str, str] = {}
    seen: set[str] = set()
    for p in projects:
        label = p.name if counts[p.name] == 1 else f"{p.name}（{p.year or '—'}）"
        base, n = label, 2
        while label in seen:
            label, n = f"{base}#{n}", n + 1
        seen.add(label)
        out[p.id] = label
    return out


def block_scores(projects: Sequence[Project]) -> pd.DataFrame:
    """Return the score and the lost points of each project's level-1 blocks (incl. 预算执行).

    Columns: 项目, 项目ID, 板块, 部分 (得分/扣分), 分数, 分值, 得分, 顺序. A block's 得分 and
    扣分 parts add up to its weight, so a project's bar is as long as its total weight.
    """
    records = []
    names = labels(projects)
    for p in projects:
        parts: dict[str, tuple[float, float]] = {}
        for r in p.indicators:
            weight, score = parts.get(r.level1, (0.0, 0.0))
            parts[r.level1] = (weight + r.weight, score + r.score)
        funds = p.funds_total
        if funds and funds.weight is not None and funds.score is not None:
            parts[BUDGET_BLOCK] = (funds.weight, funds.score)
        for order, block in enumerate(BLOCKS):
            if block not in parts:
                continue
            weight, score = parts[block]
            short = BLOCK_SHORT[block]
            for part, points in (("得分", score), ("扣分", max(weight - score, 0.0))):
                records.append(
                    {
                        "项目": names[p.id],
                        "项目ID": p.id,
                        "板块": short,
                        "部分": f"{short}{part}",
                        "分数": round(points, 4),
                        "分值": round(weight, 4),
                        "得分": round(score, 4),
                        "顺序": order * 2 + (part == "扣分"),
                    }
                )
    return pd.DataFrame(records, columns=["项目", "项目ID", "板块", "部分", "分数", "分值", "得分", "顺序"])


def funds_points(projects: Sequence[Project]) -> pd.DataFrame:
    """Return execution rate against full-year budget, one point per project with both figures.

    Columns: 项目, 项目ID, 全年预算数（万元）, 全年执行数（万元）, 执行率, 评级.
    """
    records = []
    names = labels(projects)
    for p in projects:
        funds = p.funds_total
        if funds is None or funds.full_year_budget is None or funds.execution_rate is None:
            continue
        records.append(
            {
                "项目": names[p.id],
                "项目ID": p.id,
                "全年预算数（万元）": round(funds.full_year_budget / 10_000, 2),
                "全年执行数（万元）": round((funds.executed or 0.0) / 10_000, 2),
                "执行率": funds.execution_rate,
                "评级": grade(p.total.score) if p.total else "—",
            }
        )
    return pd.DataFrame(
        records, columns=["项目", "项目ID", "全年预算数（万元）", "全年执行数（万元）", "执行率", "评级"]
    )


def level2_rates(projects: Sequence[Project]) -> pd.DataFrame:
    """Return the score rate (得分 ÷ 分值, percent) of each project per level-2 kind.

    Columns: 项目, 项目ID, 二级指标, 得分, 分值, 得分率. Kinds with no weight are left out.
    """
    records = []
    names = labels(projects)
    for p in projects:
        sums: dict[str, tuple[float, float]] = {}
        for r in p.indicators:
            weight, score = sums.get(r.level2, (0.0, 0.0))
            sums[r.level2] = (weight + r.weight, score + r.score)
        for level2, (weight, score) in sums.items():
            if weight <= 0:
                continue
            records.append(
                {
                    "项目": names[p.id],
                    "项目ID": p.id,
                    "二级指标": level2,
                    "得分": round(score, 4),
                    "分值": round(weight, 4),
                    "得分率": round(score / weight * 100, 2),
                }
            )
    return pd.DataFrame(records, columns=["项目", "项目ID", "二级指标", "得分", "分值", "得分率"])


def summary(rows: Sequence[ProjectRow]) -> dict[str, float | None]:
    """Return the headline figures of a scope: count, mean total, mean execution rate, points lost."""
    totals = [r.total for r in rows if r.total is not None]
    rates = [r.execution_rate for r in rows if r.execution_rate is not None]
    lost = [r.lost for r in rows if r.lost is not None]
    return {
        "projects": float(len(rows)),
        "mean_total": round(sum(totals) / len(totals), 2) if totals else None,
        "mean_rate": round(sum(rates) / len(rates), 2) if rates else None,
        "lost": round(sum(lost), 2) if lost else None,
        "findings": float(sum(r.findings for r in rows)),
    }

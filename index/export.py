"""The JSON shape of ``jixiao export --json`` (DESIGN.md), as pydantic models.

Invariant: fields are only ever added; every block that comes from one form row carries that
row's 1-based ``line`` so a consumer (e.g. the evaluation oracle) can cite it as ``form:line``.
Money is in 元 and ``funds.unit`` is the unit the form stated; ``sheet`` and ``page`` locate
a record in a workbook or PDF (null elsewhere); ``kind`` is ``project`` or ``department``.
"""

from __future__ import annotations

from pydantic import BaseModel

from index.types import Project


class FundsOut(BaseModel):
    initial_budget: float | None
    full_year_budget: float | None
    executed: float | None
    weight: float | None
    execution_rate: float | None
    score: float | None
    line: int
    unit: str = "元"


class GoalsOut(BaseModel):
    planned: str
    achieved: str
    line: int


class IndicatorOut(BaseModel):
    level1: str
    level2: str
    name: str
    target: str
    actual: str
    weight: float
    score: float
    deviation: str
    line: int
    sheet: str | None = None
    page: int | None = None


class TotalOut(BaseModel):
    weight: float
    score: float
    line: int


class FindingOut(BaseModel):
    severity: str
    code: str
    message: str
    line: int
    sheet: str | None = None
    page: int | None = None


class ProjectOut(BaseModel):
    kind: str
    name: str
    year: int | None
    department: str
    unit: str
    form: str
    line: int
    sheet: str | None
    page: int | None
    funds: FundsOut | None
    goals: GoalsOut | None
    indicators: list[IndicatorOut]
    total: TotalOut | None
    findings: list[FindingOut]


def export_project(p: Project) -> ProjectOut:
    """Return the export record of one project."""
    f = p.funds_total
    return ProjectOut(
        kind=p.kind,
        name=p.name,
        year=p.year,
        department=p.department,
        unit=p.unit,
        form=p.form,
        line=p.line,
        sheet=p.sheet,
        page=p.page,
        funds=FundsOut(
            initial_budget=f.initial_budget,
            full_year_budget=f.full_year_budget,
            executed=f.executed,
            weight=f.weight,
            execution_rate=f.execution_rate,
            score=f.score,
            line=f.line,
            unit=p.money_unit,
        )
        if f
        else None,
        goals=GoalsOut(planned=p.goals.planned, achieved=p.goals.achieved, line=p.goals.line)
        if p.goals
        else None,
        indicators=[
            IndicatorOut(
                level1=i.level1,
                level2=i.level2,
                name=i.name,
                target=i.target,
                actual=i.actual,
                weight=i.weight,
                score=i.score,
                deviation=i.deviation,
                line=i.line,
                sheet=i.sheet,
                page=i.page,
            )
            for i in p.indicators
        ],
        total=TotalOut(weight=p.total.weight, score=p.total.score, line=p.total.line) if p.total else None,
        findings=[FindingOut(**vars(f)) for f in p.findings],
    )


def export_projects(projects: list[Project]) -> list[dict[str, object]]:
    """Return the export records of projects as JSON-ready dicts."""
    return [export_project(p).model_dump() for p in projects]

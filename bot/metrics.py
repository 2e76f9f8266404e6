"""Metrics a question can rank, filter, aggregate or look up, computed from stored rows.

Invariant: every Measure carries the citations of exactly the rows its value was computed
from; a metric a project does not state measures to None, never to a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from bot.corpus import cite_funds, cite_indicator, cite_total
from bot.types import Citation
from index.template import BENEFIT, OUTPUT, SATISFACTION
from index.types import Project

Unit = Literal["score", "yuan", "pct"]


@dataclass(frozen=True)
class Measure:
    """A metric's value for one project, with its weight and cited rows."""

    value: float
    weight: float | None
    rows: tuple[Citation, ...]
    derived: bool = False


@dataclass(frozen=True)
class Metric:
    """A named quantity of a project."""

    key: str
    zh: str
    en: str
    unit: Unit
    measure: Callable[[Project], Measure | None]


def _total(p: Project) -> Measure | None:
    cite = cite_total(p)
    if p.total is None or cite is None:
        return None
    return Measure(p.total.score, p.total.weight, (cite,))


def _level1(level1: str) -> Callable[[Project], Measure | None]:
    def measure(p: Project) -> Measure | None:
        rows = [r for r in p.indicators if r.level1 == level1]
        if not rows:
            return None
        return Measure(
            round(sum(r.score for r in rows), 4),
            round(sum(r.weight for r in rows), 4),
            tuple(cite_indicator(p, r) for r in rows),
            derived=len(rows) > 1,
        )

    return measure


def _funds(attr: str, weighted: bool = False) -> Callable[[Project], Measure | None]:
    def measure(p: Project) -> Measure | None:
        row = p.funds_total
        value = getattr(row, attr) if row else None
        if row is None or value is None:
            return None
        return Measure(value, row.weight if weighted else None, (cite_funds(p, row),))

    return measure


def _deduction(p: Project) -> Measure | None:
    cite = cite_total(p)
    if p.total is None or cite is None:
        return None
    lost = [cite_indicator(p, r) for r in p.indicators if r.deduction > 0]
    row = p.funds_total
    if row and row.weight is not None and row.score is not None and row.score < row.weight:
        lost.insert(0, cite_funds(p, row))
    return Measure(round(p.total.weight - p.total.score, 4), None, (cite, *lost), derived=True)


METRICS: dict[str, Metric] = {
    m.key: m
    for m in (
        Metric("total_score", "总分", "overall score", "score", _total),
        Metric("satisfaction", "满意度", "satisfaction", "score", _level1(SATISFACTION)),
        Metric("output_score", "产出指标得分", "output score", "score", _level1(OUTPUT)),
        Metric("benefit_score", "效益指标得分", "benefit score", "score", _level1(BENEFIT)),
        Metric("funds_score", "预算执行得分", "budget execution score", "score", _funds("score", True)),
        Metric("execution_rate", "执行率", "execution rate", "pct", _funds("execution_rate")),
        Metric("full_year_budget", "全年预算数", "full-year budget", "yuan", _funds("full_year_budget")),
        Metric("initial_budget", "年初预算数", "initial budget", "yuan", _funds("initial_budget")),
        Metric("executed", "全年执行数", "amount spent", "yuan", _funds("executed")),
        Metric("deduction", "扣分", "points lost", "score", _deduction),
    )
}

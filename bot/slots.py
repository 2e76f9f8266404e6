"""The decisions a query makes that must be read from the question: its slots.

A slot is a kind (project, year, department, field, part, number, comparator, order,
aggregate, group, condition, reasons, row) and a value. ``required_slots`` lists those of a
query that decide which rows are read or how they are combined; ``bot.evidence`` checks each
against the words a model says it read it from.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.query import (
    AllProjects,
    Compare,
    CompareQuery,
    Condition,
    Deducted,
    Excluded,
    Filtered,
    FullMarks,
    HasPart,
    Measure,
    Named,
    ProjectSet,
    Query,
    Ranked,
    RowsQuery,
    TargetMet,
)


@dataclass(frozen=True)
class Slot:
    """One decision of a query: its kind and value (numbers as their canonical text)."""

    kind: str
    value: str


def required_slots(query: Query) -> list[Slot]:
    """The decisions of a query that need words of the question."""
    out: list[Slot] = []
    out += _set_slots(query.projects)
    if query.op == "lookup":
        for m in query.measures:
            out += _measure(m)
    elif query.op == "rank":
        out += _measure(query.measure)
        if query.single or query.k or query.nth:
            out.append(Slot("order", query.order))
        out += [Slot("number", _num(v)) for v in (query.k, query.nth) if v]
    elif query.op == "list" and query.count_only:
        out.append(Slot("aggregate", "count"))
    elif query.op == "aggregate":
        out.append(Slot("aggregate", query.agg))
        out += _measure(query.measure) if query.measure else []
    elif query.op == "group":
        out.append(Slot("group", query.by))
        out += _measure(query.measure) if query.measure else [Slot("aggregate", "count")]
        out += [Slot("order", query.order)] if query.order else []
    elif isinstance(query, CompareQuery):
        out += [*_measure(query.measure), Slot("order", query.order)]
    elif isinstance(query, RowsQuery):
        out += _rows(query)
    return out


def _rows(q: RowsQuery) -> list[Slot]:
    out = [Slot("part", q.part)] if q.part else []
    out += [Slot("row", r) for r in q.row_ids]
    only = {"deducted": "deducted", "full": "full", "met": "met", "unmet": "unmet"}.get(q.only)
    if only and not (q.reasons and only == "deducted"):  # reasons are given for lost points
        out.append(Slot("condition", only))
    out += [Slot("order", q.order)] if q.order else []
    out += [Slot("number", _num(q.k))] if q.k else []
    out += [Slot("aggregate", "count")] if q.count_only else []
    out += [Slot("reasons", "")] if q.reasons else []
    return out


def _measure(m: Measure) -> list[Slot]:
    if m.part is None:
        return [Slot("field", m.field)]
    if m.field == "score":  # 满意度 alone means the satisfaction score
        return [Slot("part", m.part)]
    return [Slot("field", m.field), Slot("part", m.part)]


def _set_slots(projects: ProjectSet) -> list[Slot]:
    out: list[Slot] = []
    while True:
        if isinstance(projects, AllProjects):
            out += [Slot("year", str(y)) for y in projects.years]
            return out + [Slot("department", d) for d in projects.departments]
        if isinstance(projects, Named):
            return out + ([] if projects.previous else [Slot("project", i) for i in projects.ids])
        if isinstance(projects, Filtered):
            out += _condition(projects.condition)
        else:
            assert isinstance(projects, Ranked)
            out += [*_measure(projects.measure), Slot("order", projects.order)]
            out += [Slot("number", _num(projects.k))] if projects.k > 1 else []
            out += [Slot("number", _num(projects.nth))] if projects.nth else []
        projects = projects.source


def _condition(c: Condition) -> list[Slot]:
    if isinstance(c, Compare):
        out = [*_measure(c.measure), Slot("comparator", c.op)]
        if c.against:
            return out + [Slot("aggregate", c.against)]
        return out + ([Slot("number", _num(c.value))] if c.value is not None else [])
    if isinstance(c, Excluded):
        return [Slot("project", i) for i in c.ids] + [Slot("condition", "excluded")]
    part = [Slot("part", c.part)] if c.part else []
    if isinstance(c, HasPart):
        return [Slot("part", c.part), Slot("condition", "has_not" if c.negate else "has")]
    if isinstance(c, Deducted):
        return [*part, Slot("condition", "not_deducted" if c.negate else "deducted")]
    if isinstance(c, FullMarks):
        return [*part, Slot("condition", "not_full" if c.negate else "full")]
    assert isinstance(c, TargetMet)
    return [*part, Slot("condition", "met" if c.met else "unmet")]


def _num(value: float | None) -> str:
    return f"{float(value or 0):g}"


def measures_of(query: Query) -> list[Measure]:
    """Every measure a query reads, its project set's included."""
    out: list[Measure] = []
    for name in ("measure", "measures"):
        value = getattr(query, name, None)
        out += list(value) if isinstance(value, tuple) else [value] if isinstance(value, Measure) else []
    projects: ProjectSet | None = query.projects
    while isinstance(projects, Filtered | Ranked):
        if isinstance(projects, Ranked):
            out.append(projects.measure)
        elif isinstance(projects.condition, Compare):
            out.append(projects.condition.measure)
        projects = projects.source
    return out

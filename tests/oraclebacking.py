"""Whether a suite's gold is what the oracle holds, read apart from the Book that wrote it: every
number is a figure of the project it is about (a field, a subtotal per kind, a number of its
targets, actuals or goals) or an aggregate over the projects; lists, grades, reasons and texts are
the oracle's own (test_hidden3_suite, test_hidden4_suite). Only item ids are returned, never a
question."""

from __future__ import annotations

import re
from functools import cache
from itertools import combinations
from typing import Any

from eval.oracle import KINDS, LEVEL1, Oracle
from eval.schema import Item


def unbacked(items: list[Item], o: Oracle, *, every_subset: bool = False) -> list[str]:
    """The ids of the answerable items whose gold the oracle does not back."""
    return [i.id for i in items if i.answerable and not _backed(i, o, every_subset)]


def _r(x: Any) -> float:
    return round(abs(float(x)), 2)


FIELDS = (
    "total",
    "rate",
    "initial",
    "budget",
    "executed",
    "funds_score",
    "satisfaction",
    "unspent",
    "change",
    "lost",
)


def _project_figures(o: Oracle, name: str) -> set[float]:
    """Every figure the oracle holds for one project: its fields, its subtotals per level-1 and
    level-2 kind, the numbers of its targets, actuals and goals prose."""
    out = {_r(o.value(name, f)) for f in FIELDS if o.value(name, f) == o.value(name, f)}
    for level, kinds in (("level1", LEVEL1), ("level2", tuple(KINDS))):
        for kind in kinds:
            sub = o.subtotals(level, kind)
            if name in sub.index:
                out |= {_r(sub.at[name, c]) for c in ("score", "weight", "deduction", "rate")}
    rows = o.indicator_rows(name)
    for text in [*rows.target, *rows.actual, str(o.value(name, "goals"))]:
        out |= {_r(x) for x in re.findall(r"\d+(?:\.\d+)?", str(text).replace(",", ""))}
    return out


@cache
def _pool_figures(o: Oracle, every_subset: bool) -> set[float]:
    """Aggregates of every field over all projects and every count up to the number of
    projects; with every_subset, sums and averages over every set of projects too (a follow-up
    adds up the projects the last answer listed)."""
    names = o.names()
    out = {float(n) for n in range(len(names) + 1)}
    for f in FIELDS:
        out |= {_r(o.aggregate(f, how, names)) for how in ("sum", "avg", "median", "min", "max")}
        values = [float(v) for v in o.column(f, names)] if every_subset else []
        for k in range(2, len(values)):
            for some in combinations(values, k):
                out |= {_r(sum(some)), _r(sum(some) / k)}
    return out


def _backed(i: Item, o: Oracle, every_subset: bool) -> bool:
    """Whether an item's gold is what the oracle holds, read apart from the Book."""
    g, names = i.gold, set(o.names())
    kinds = set(LEVEL1) | set(KINDS)
    if not set(g.projects) <= names:
        return False
    if i.answer_type == "list":
        universe = names if g.universe == "project" else set(o.indicators.name)
        return bool(g.items) and set(g.items) <= universe
    if i.answer_type == "number":
        about = _project_figures(o, g.projects[0]) if len(g.projects) == 1 else _pool_figures(o, every_subset)
        return _r(g.value) in about | _pool_figures(o, every_subset)
    if i.answer_type == "grade":
        return g.answer == o.value(g.projects[0], "grade")
    if i.answer_type == "text_all":
        reasons = [str(d).strip() for d in o.reasons(g.projects[0]).deviation]
        return all(any(r.startswith(x) for r in reasons) for x in g.items)
    if i.answer_type == "text":
        rows = o.indicator_rows(g.projects[0])
        return g.answer in {*map(str.strip, rows.target), *map(str.strip, rows.actual)}
    if i.answer_type in ("per_item", "compare"):
        levels = {
            _r(v)
            for lv in ("level1", "level2")
            for w in ("deduction", "rate", "score")
            for v in o.group(lv, w, o.names()).values()
        } | {v for n in names for v in _project_figures(o, n)}
        for p in g.pairs:
            if p.item in names:
                if not (
                    p.text == o.value(p.item, "grade")
                    if p.text
                    else _r(p.value) in _project_figures(o, p.item)
                ):
                    return False
            elif p.item not in kinds or _r(p.value) not in levels:
                return False
        if i.answer_type == "compare":
            values = {p.item: p.value for p in g.pairs}
            return values[g.answer or ""] in (max(values.values()), min(values.values()))
        return True
    return False

"""Builders of rankings (highest, lowest, nth, top-k), aggregates (count, sum, avg, median,
min, max), groups (per level-1/level-2 kind, department or year) and comparisons of named
projects, with gold from the oracle.

Invariant: ties are gold in full; a question whose wording would be ambiguous on this corpus
(a tie before the asked place, a compare between equal values, a count every answer's scope
line would state) is not generated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eval.oracle import KINDS
from eval.suites.context import FIELDS, Ctx, Scope, item, number_gold, render
from eval.suites.intents import RANKED, TESTS, Item, _col, _fill, _kind_table, tags, threshold

# words an answer may use for a level (scoring aliases, not question wording)
LEVEL_ALIASES = {
    "产出指标": ["产出", "output"],
    "效益指标": ["效益", "benefit"],
    "满意度指标": ["满意度", "satisfaction"],
    "数量指标": ["数量", "quantity"],
    "质量指标": ["质量", "quality"],
    "时效指标": ["时效", "timeliness"],
    "成本指标": ["成本", "cost"],
    "经济效益指标": ["经济效益", "economic"],
    "社会效益指标": ["社会效益", "social"],
    "生态效益指标": ["生态效益", "ecological"],
    "可持续影响指标": ["可持续影响", "sustainability"],
    "服务对象满意度指标": ["服务对象满意度", "满意度", "satisfaction"],
}


def _ranks_clear(ctx: Ctx, f: str, n: int, high: bool, names: list[str]) -> bool:
    return all(len(ctx.o.nth(f, i, high, names)) == 1 for i in range(1, n))


def rank(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Highest/lowest, nth and top-k by a field."""
    what = key.split(".")[1]
    n = 1 if what in ("max", "min") else ctx.pick((2, 3))
    scope = ctx.scope(pattern, n + 1)
    f = ctx.pick(RANKED)
    high = what in ("max", "nth", "top")
    if what in ("top", "bottom"):
        hit = ctx.o.top(f, n, high, scope.names)
    else:
        if not _ranks_clear(ctx, f, n, high, scope.names):
            return None
        hit = ctx.o.nth(f, n, high, scope.names)
    if not hit or len(hit) >= len(scope.names):
        return None
    words = {}
    if n > 1:
        words["n"] = ctx.word("ORDINALS" if what in ("nth", "nth_low") else "COUNTS", str(n), lang)
    turns = _fill(ctx, pattern, lang, scope, f=ctx.word("FIELDS", f, lang), **words)
    gold = {"items": hit, "universe": "project"}
    return item("rank", "rank", "list", turns, gold, ctx.rows(f, scope.names), tags(lang, False, *scope.tags))


def aggregate(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """count, sum, avg, median, min or max over the projects in scope."""
    what = key.split(".")[1]
    scope = ctx.scope(pattern, 2)
    slots: dict[str, str] = {}
    counted: list[str] = []
    unit: str | None = None
    if what == "count_all":
        counted = list(scope.names)
        value, rows = float(len(counted)), [ctx.o.row(n, "project") for n in counted]
    elif what in ("count_has", "count_deducted"):
        kind = ctx.pick(sorted(KINDS))
        sub = _kind_table(ctx, kind, scope.names)
        counted = list(sub.index if what == "count_has" else sub.index[sub.deduction > 1e-9])
        value, unit = float(len(counted)), None
        rows, slots["k"] = ctx.o.ids(ctx.o.indicator_rows(None, level2=kind)), ctx.level_word(kind, lang)
    elif what == "count_cmp":
        f, op = ctx.pick(RANKED), ctx.pick(sorted(TESTS))
        found = threshold(ctx, f, op, scope.names)
        if found is None:
            return None
        counted = found[1]
        value, rows, unit = float(len(counted)), ctx.rows(f, scope.names), None
        slots |= {
            "f": ctx.word("FIELDS", f, lang),
            "op": ctx.word("OPS", op, lang),
            "v": ctx.amount(f, found[0], lang),
        }
    else:
        choices = {
            "sum": ("initial", "budget", "executed", "unspent", "lost"),
            "avg": ("total", "rate", "satisfaction", "budget", "executed"),
            "median": ("total", "rate", "budget", "satisfaction"),
            "max": ("total", "rate", "satisfaction", "budget", "unspent"),
            "min": ("total", "rate", "satisfaction", "budget", "executed"),
        }
        f = ctx.pick(choices[what])
        how = what
        value, rows, unit = ctx.o.aggregate(f, how, scope.names), ctx.rows(f, scope.names), FIELDS[f].unit
        slots["f"] = ctx.word("FIELDS", f, lang)
    if what != "count_all" and what.startswith("count") and not 0 < len(counted) < len(scope.names):
        return None  # a count equal to the scope size is stated by every answer's scope line
    turns = _fill(ctx, pattern, lang, scope, **slots)
    tol = (
        0.0
        if unit is None
        else FIELDS["budget" if unit == "元" else "rate" if unit == "%" else "total"].tolerance
    )
    gold = {"value": round(value, 4), "unit": unit, "tolerance": tol, "projects": counted}
    return item("aggregate", "aggregate", "number", turns, gold, rows, tags(lang, False, *scope.tags))


def group(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Per level-1/level-2 kind (points lost, score rate), or per department or year."""
    what = key.split(".")[1]
    scope = ctx.scope(pattern, 2)
    pairs: list[dict[str, Any]]
    slots: dict[str, str] = {}
    unit: str | None
    if what in ("l1_lost", "l2_lost", "l1_rate"):
        level = "level1" if what.startswith("l1") else "level2"
        measure = "rate" if what.endswith("rate") else "deduction"
        values = ctx.o.group(level, measure, scope.names)
        unit = "%" if measure == "rate" else "分"
        pairs = [
            {
                "item": k,
                "aliases": LEVEL_ALIASES.get(k, []),
                "value": round(v, 4),
                "unit": unit,
                "tolerance": 0.01,
            }
            for k, v in values.items()
            if measure == "rate" or v > 1e-9
        ]
        ind = ctx.o.indicators
        rows = ctx.o.ids(ind[ind.project.isin(scope.names)])
    else:
        column = "department" if what.startswith("dept") else "year"
        if scope.tags and column in scope.tags[0]:
            scope = Scope(ctx.o.names())
        f = ctx.pick(("total", "rate")) if what.endswith("avg") else "total"
        how = "avg" if what.endswith("avg") else "count"
        values = ctx.o.by_project(column, how, scope.names, f)
        if len(values) < 2:
            return None
        unit = None if how == "count" else FIELDS[f].unit
        tol = 0.0 if how == "count" else 0.01
        pairs = [
            {
                "item": str(k),
                "aliases": _group_aliases(str(k)),
                "value": round(v, 4),
                "unit": unit,
                "tolerance": tol,
            }
            for k, v in values.items()
        ]
        rows, slots["f"] = ctx.rows(f, scope.names), ctx.word("FIELDS", f, lang)
    turns = _fill(ctx, pattern, lang, scope, **slots)
    return item("group", "group", "per_item", turns, {"pairs": pairs}, rows, tags(lang, False, *scope.tags))


def _group_aliases(key: str) -> list[str]:
    return [key.removeprefix("上海市")] if key.startswith("上海市") else [f"{key}年"] if key.isdigit() else []


def compare(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Two or three named projects compared on a field; the winner and every value."""
    k = 3 if "{r}" in pattern else 2
    f = ctx.pick(("total", "rate", "satisfaction", "budget", "executed", "unspent", "lost"))
    col = _col(ctx, f, ctx.o.names())
    names = ctx.sample(sorted(col), k)
    values = [col[n] for n in names]
    if len(set(values)) < k:
        return None
    high = key.endswith("high")
    winner = names[values.index(max(values) if high else min(values))]
    refs = [ctx.ref(n) for n in names]
    turns = render(pattern, p=refs[0][0], q=refs[1][0], r=refs[-1][0], f=ctx.word("FIELDS", f, lang))
    gold = {"answer": winner, "pairs": [{"item": n, **number_gold(col[n], f)} for n in names]}
    t = tags(lang, any(a for _, a in refs))
    return item("compare", "compare", "compare", turns, gold, ctx.rows(f, names), t)


BUILDERS: dict[str, Callable[[Ctx, str, str, str], Item]] = {
    **{f"rank.{w}": rank for w in ("max", "min", "nth", "nth_low", "top", "bottom")},
    **{
        f"agg.{w}": aggregate
        for w in (
            "count_all",
            "count_has",
            "count_deducted",
            "count_cmp",
            "sum",
            "avg",
            "median",
            "max",
            "min",
        )
    },
    **{
        f"group.{w}": group
        for w in ("l1_lost", "l2_lost", "l1_rate", "dept_count", "dept_avg", "year_count", "year_avg")
    },
    "compare.high": compare,
    "compare.low": compare,
}

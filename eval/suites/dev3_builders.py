"""Builders the fourth development suites add to the earlier ones: ranges and two conditions,
below the median, points lost per level or kind (a project's subtotal, a filter, a ranking, a
comparison, a breakdown), nested questions that end in an indicator, and conversations that
narrow a list, swap a field by ellipsis, keep only one level, or go three hops deep.

Invariants:
- every gold value comes from the oracle, in the answer types the scorer reads (eval/score.py);
- a threshold these builders write is never a value the corpus states for its field, so no
  reading of a boundary (以上, between … and …) changes the gold;
- a question is generated only when its extra condition matters: a range differs from either
  of its ends alone, two conditions from each alone, a narrowed list from the first list and
  from the second condition over every project, a subset's winner from the overall winner;
- ties are gold in full.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable

from eval.oracle import KINDS, LEVEL1
from eval.suites.context import FIELDS, Ctx, item, number_gold, render
from eval.suites.dialogue import _winner
from eval.suites.intents import (
    RANKED,
    ROUND,
    TESTS,
    Item,
    _col,
    _fill,
    _kind_table,
    _project,
    tags,
    threshold,
)
from eval.suites.ranking import LEVEL_ALIASES

STRICT = ("lt", "gt")
VALUES = ("total", "rate", "budget", "executed", "satisfaction", "unspent")
LOST_STEPS = (0.5, 1.0, 1.5, 2.0, 3.0, 4.5)


def _free(ctx: Ctx, f: str, names: list[str]) -> list[float]:
    """Round thresholds for a field that no project in names states."""
    stated = set(_col(ctx, f, names).values())
    return [t for t in ROUND[f] if all(abs(t - v) > 1e-9 for v in stated)]


def _passing(ctx: Ctx, f: str, op: str, t: float, names: list[str]) -> list[str]:
    return [n for n, v in _col(ctx, f, names).items() if TESTS[op](v, t)]


def _known(ctx: Ctx, key: str, name: str) -> float | None:
    value = ctx.value(key, name)
    return None if value != value or value < 0 else value


# -- filters ----------------------------------------------------------------------------------
def filter_between(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Projects whose field lies between two round values (neither end a stated value)."""
    scope = ctx.scope(pattern, 3)
    f = ctx.pick(("total", "rate", "satisfaction", "budget", "executed", "initial", "unspent"))
    col = _col(ctx, f, scope.names)
    free = _free(ctx, f, scope.names)
    good = []
    for a in free:
        for b in free:
            if a >= b:
                continue
            hit = [n for n, v in col.items() if a < v < b]
            above = [n for n, v in col.items() if v > a]
            below = [n for n, v in col.items() if v < b]
            if 0 < len(hit) < len(col) and hit != above and hit != below:
                good.append((a, b, hit))
    if not good:
        return None
    a, b, hit = ctx.pick(good)
    v, w = ctx.amount(f, a, lang), ctx.amount(f, b, lang)
    turns = _fill(ctx, pattern, lang, scope, f=ctx.word("FIELDS", f, lang), v=v, w=w)
    gold = {"items": hit, "universe": "project"}
    t = tags(lang, False, "range", *scope.tags)
    return item("filter_value", "filter", "list", turns, gold, ctx.rows(f, scope.names), t)


def _two_conditions(
    ctx: Ctx, names: list[str]
) -> tuple[str, str, float, str, str, float, list[str], list[str]] | None:
    """Two fields, strict operators and free thresholds whose conditions each matter: (f, op,
    t, g, op2, u, those passing f, those passing both)."""
    f, g = ctx.sample(RANKED, 2)
    op, op2 = ctx.pick(STRICT), ctx.pick(STRICT)
    good = []
    for t in _free(ctx, f, names):
        first = _passing(ctx, f, op, t, names)
        if not 2 <= len(first) < len(names):
            continue
        for u in _free(ctx, g, names):
            second = _passing(ctx, g, op2, u, names)
            both = [n for n in first if n in second]
            if both and both != first and sorted(both) != sorted(second):
                good.append((t, u, first, both))
    if not good:
        return None
    t, u, first, both = ctx.pick(good)
    return f, op, t, g, op2, u, first, both


def filter_two(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Projects meeting two conditions on two fields at once."""
    names = ctx.o.names()
    found = _two_conditions(ctx, names)
    if found is None:
        return None
    f, op, t, g, op2, u, _, both = found
    slots = {"f": ctx.word("FIELDS", f, lang), "op": ctx.word("OPS", op, lang)}
    slots["v"] = ctx.amount(f, t, lang)
    slots |= {"g": ctx.word("FIELDS", g, lang), "op2": ctx.word("OPS", op2, lang)}
    slots["w"] = ctx.amount(g, u, lang)
    turns = render(pattern, **slots)
    rows = ctx.rows(f, names) + ctx.rows(g, names)
    gold = {"items": both, "universe": "project"}
    return item("filter_value", "filter", "list", turns, gold, rows, tags(lang, False, "two-conditions"))


def filter_below_median(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Projects below the median of a field."""
    scope = ctx.scope(pattern, 3)
    f = ctx.pick(("total", "rate", "budget", "executed", "satisfaction", "initial", "unspent"))
    col = _col(ctx, f, scope.names)
    mid = statistics.median(col.values())
    hit = [n for n, v in col.items() if v < mid]
    if not 0 < len(hit) < len(col):
        return None
    turns = _fill(ctx, pattern, lang, scope, f=ctx.word("FIELDS", f, lang))
    gold = {"items": hit, "universe": "project"}
    t = tags(lang, False, *scope.tags)
    return item("filter_aggregate", "filter", "list", turns, gold, ctx.rows(f, scope.names), t)


def filter_kind_lost(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Projects that lost more than some points on one kind of indicator (a threshold that
    matters: not every project that lost points on it lost that many)."""
    scope = ctx.scope(pattern, 3)
    kind = ctx.pick(sorted(KINDS))
    sub = _kind_table(ctx, kind, scope.names)
    lost = {n: round(float(sub.at[n, "deduction"]), 4) for n in sub.index}
    any_lost = [n for n, v in lost.items() if v > 1e-9]
    good = []
    for t in LOST_STEPS:
        hit = [n for n, v in lost.items() if v > t]
        if hit and len(hit) < len(any_lost) and all(abs(v - t) > 1e-9 for v in lost.values()):
            good.append((t, hit))
    if not good:
        return None
    t, hit = ctx.pick(good)
    v = ctx.amount("lost", t, lang)
    turns = _fill(ctx, pattern, lang, scope, k=ctx.level_word(kind, lang), v=v)
    rows = ctx.o.ids(ctx.o.indicators[ctx.o.indicators.project.isin(scope.names)])
    gold = {"items": [n for n in scope.names if n in hit], "universe": "project"}
    return item("filter_indicator", "filter", "list", turns, gold, rows, tags(lang, False, *scope.tags))


# -- rankings, comparisons, groups ------------------------------------------------------------
def rank_kind_lost(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """The project(s) that lost the most points on one kind of indicator (ties in full)."""
    scope = ctx.scope(pattern, 3)
    kind = ctx.pick(sorted(KINDS))
    sub = _kind_table(ctx, kind, scope.names)
    if len(sub) < 2:
        return None
    lost = {n: round(float(sub.at[n, "deduction"]), 4) for n in sub.index}
    top = max(lost.values())
    hit = [n for n, v in lost.items() if abs(v - top) < 1e-9]
    if top <= 1e-9 or len(hit) == len(lost):
        return None
    turns = _fill(ctx, pattern, lang, scope, k=ctx.level_word(kind, lang))
    rows = ctx.o.ids(ctx.o.indicators[ctx.o.indicators.project.isin(scope.names)])
    gold = {"items": [n for n in scope.names if n in hit], "universe": "project"}
    return item("rank", "rank", "list", turns, gold, rows, tags(lang, False, *scope.tags))


def _level_lost(ctx: Ctx, level: str, name: str) -> float | None:
    sub = ctx.o.subtotals("level1", level)
    return round(float(sub.at[name, "deduction"]), 4) if name in sub.index else None


def compare_level_lost(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Which of two named projects lost more points on one level-1 block, with both values."""
    level = ctx.pick(LEVEL1)
    names = [
        n for n in ctx.o.names() if ctx.o.value(n, "consistent") and _level_lost(ctx, level, n) is not None
    ]
    if len(names) < 2:
        return None
    a, b = ctx.sample(names, 2)
    va, vb = _level_lost(ctx, level, a) or 0.0, _level_lost(ctx, level, b) or 0.0
    if abs(va - vb) < 1e-9:
        return None
    (p, pa), (q, qa) = ctx.ref(a), ctx.ref(b)
    turns = render(pattern, p=p, q=q, l=ctx.level_word(level, lang))
    pair = {"unit": "分", "tolerance": 0.01}
    gold = {
        "answer": a if va > vb else b,
        "pairs": [{"item": a, "value": va, **pair}, {"item": b, "value": vb, **pair}],
    }
    rows = ctx.o.ids(ctx.o.indicator_rows(a, level1=level)) + ctx.o.ids(ctx.o.indicator_rows(b, level1=level))
    return item("compare", "compare", "compare", turns, gold, rows, tags(lang, pa or qa))


def group_project_level(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """One project's points lost per level-1 block (the blocks where it lost any)."""
    names = [n for n in ctx.o.names() if ctx.o.value(n, "consistent")]
    name, p, alias = _project(ctx, names)
    pairs = []
    for level in LEVEL1:
        lost = _level_lost(ctx, level, name)
        if lost is not None and lost > 1e-9:
            pairs.append(
                {
                    "item": level,
                    "aliases": LEVEL_ALIASES[level],
                    "value": lost,
                    "unit": "分",
                    "tolerance": 0.01,
                }
            )
    if len(pairs) < 2:
        return None
    turns = render(pattern, p=p)
    rows = ctx.o.ids(ctx.o.indicator_rows(name))
    gold = {"pairs": pairs, "projects": [name]}
    return item("group", "group", "per_item", turns, gold, rows, tags(lang, alias))


# -- derived lookups --------------------------------------------------------------------------
def derived_level_lost(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Points a project lost on one level-1 block (not all it lost)."""
    names = [n for n in ctx.o.names() if ctx.o.value(n, "consistent")]
    name, p, alias = _project(ctx, names)
    levels = [
        lv
        for lv in LEVEL1
        if (v := _level_lost(ctx, lv, name)) is not None and abs(v - ctx.value("lost", name)) > 0.01
    ]
    if not levels:
        return None
    level = ctx.pick(levels)
    value = _level_lost(ctx, level, name) or 0.0
    turns = render(pattern, p=p, l=ctx.level_word(level, lang))
    gold = {"value": value, "unit": "分", "tolerance": 0.01, "projects": [name]}
    rows = ctx.o.ids(ctx.o.indicator_rows(name, level1=level))
    return item("lookup_derived", "derived", "number", turns, gold, rows, tags(lang, alias))


def derived_funds_lost(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Points a project lost on budget execution (its weight less its score), when it lost any."""
    names = [n for n in ctx.o.names() if (_known(ctx, "funds_lost", n) or 0.0) > 1e-9]
    if not names:
        return None
    name, p, alias = _project(ctx, names)
    value = round(ctx.value("funds_lost", name), 4)
    gold = {"value": value, "unit": "分", "tolerance": 0.01, "projects": [name]}
    return item(
        "lookup_derived",
        "derived",
        "number",
        render(pattern, p=p),
        gold,
        ctx.rows("funds", [name]),
        tags(lang, alias),
    )


# -- nested -------------------------------------------------------------------------------------
def nested_kind(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """The first (or last) project on a field, then its score on one kind of indicator."""
    high = key.startswith("nested.max")
    f = ctx.pick(("total", "rate", "satisfaction", "budget", "executed", "lost"))
    win = _winner(ctx, f, high)
    if win is None:
        return None
    ind = ctx.o.indicators
    kind = ctx.pick(sorted(set(ind[ind.project == win].level2)))
    rows = ctx.o.indicator_rows(win, level2=kind)
    value = round(float(rows.score.sum()), 4)
    turns = render(pattern, f=ctx.word("FIELDS", f, lang), k=ctx.level_word(kind, lang))
    gold = {"value": value, "unit": "分", "tolerance": 0.01, "projects": [win]}
    evidence = ctx.rows(f, ctx.o.names()) + ctx.o.ids(rows)
    return item("nested", "nested", "number", turns, gold, evidence, tags(lang))


def nested_lost_count(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """The first (or last) project on a field, then how many of its indicators lost points."""
    high = key.startswith("nested.max")
    f = ctx.pick(("total", "rate", "satisfaction", "budget", "executed", "unspent"))
    win = _winner(ctx, f, high)
    if win is None:
        return None
    rows = ctx.o.indicator_rows(win)
    count = int((rows.deduction > 1e-9).sum())
    if not count:
        return None
    turns = render(pattern, f=ctx.word("FIELDS", f, lang))
    gold = {"value": float(count), "tolerance": 0.0, "projects": [win]}
    evidence = ctx.rows(f, ctx.o.names()) + ctx.o.ids(rows)
    return item("nested", "nested", "number", turns, gold, evidence, tags(lang))


# -- follow-ups -------------------------------------------------------------------------------
def _fu_tags(lang: str, alias: bool = False, *more: str) -> list[str]:
    return tags(lang, alias, "follow-up", *more)


def follow_narrow(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A filtered list, then "其中g op2 w的": those of the list that meet a second condition."""
    found = _two_conditions(ctx, ctx.o.names())
    if found is None:
        return None
    f, op, t, g, op2, u, first, both = found
    slots = {"f": ctx.word("FIELDS", f, lang), "op": ctx.word("OPS", op, lang)}
    slots["v"] = ctx.amount(f, t, lang)
    slots |= {"g": ctx.word("FIELDS", g, lang), "op2": ctx.word("OPS", op2, lang)}
    slots["w"] = ctx.amount(g, u, lang)
    turns = render(pattern, **slots)
    gold = {"items": both, "universe": "project"}
    return item(
        "follow_up", "follow-up", "list", turns, gold, ctx.rows(g, first), _fu_tags(lang, False, "narrowing")
    )


def follow_field_swap(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A field of a project, then "g呢": the other field of the same project."""
    f, g = ctx.sample(VALUES, 2)
    name, p, alias = _project(ctx)
    vf, vg = _known(ctx, f, name), _known(ctx, g, name)
    if vf is None or vg is None or (FIELDS[f].unit == FIELDS[g].unit and abs(vf - vg) < 1e-9):
        return None
    turns = render(pattern, p=p, f=ctx.word("FIELDS", f, lang), g=ctx.word("FIELDS", g, lang))
    gold = {**number_gold(vg, g), "projects": [name]}
    return item(
        "follow_up",
        "follow-up",
        "number",
        turns,
        gold,
        ctx.rows(g, [name]),
        _fu_tags(lang, alias, "ellipsis"),
    )


def follow_just_level(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A project's indicators that lost points, then "只看l的": those within one level-1 block."""
    name, p, alias = _project(ctx)
    rows = ctx.o.indicator_rows(name)
    lost = rows[rows.deduction > 1e-9]
    every = sorted(set(lost.name))
    levels = [
        lv
        for lv in LEVEL1
        if set(lost[lost.level1 == lv].name) - {""} and set(lost[lost.level1 == lv].name) != set(every)
    ]
    if not levels:
        return None
    level = ctx.pick(levels)
    # an indicator name shared across blocks could not tell the blocks apart
    if set(lost[lost.level1 == level].name) & set(lost[lost.level1 != level].name):
        return None
    hit = sorted(set(lost[lost.level1 == level].name))
    turns = render(pattern, p=p, l=ctx.level_word(level, lang))
    gold = {"items": hit, "universe": "indicator", "projects": [name]}
    return item(
        "follow_up", "follow-up", "list", turns, gold, ctx.o.ids(lost), _fu_tags(lang, alias, "ellipsis")
    )


def follow_top_then_low(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """The top n on a field, then "最低的呢": the lowest."""
    f = ctx.pick(RANKED)
    n = ctx.pick((2, 3))
    names = ctx.o.names()
    top = ctx.o.top(f, n, True, names)
    low = ctx.o.nth(f, 1, False, names)
    if len(top) != n or len(low) != 1 or low[0] in top:
        return None
    turns = render(pattern, f=ctx.word("FIELDS", f, lang), n=ctx.word("COUNTS", str(n), lang))
    gold = {"items": low, "universe": "project"}
    return item(
        "follow_up", "follow-up", "list", turns, gold, ctx.rows(f, names), _fu_tags(lang, False, "ellipsis")
    )


def follow_of_those_count(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A filtered list, then how many of it lost points on one kind of indicator."""
    names = ctx.o.names()
    f, op = ctx.pick(RANKED), ctx.pick(sorted(TESTS))
    found = threshold(ctx, f, op, names)
    if found is None or len(found[1]) < 2:
        return None
    t, first = found
    kind = ctx.pick(sorted(KINDS))
    sub = ctx.o.subtotals("level2", kind)
    lost = [n for n in sub.index if sub.at[n, "deduction"] > 1e-9]
    hit = [n for n in first if n in lost]
    if not 0 < len(hit) < len(first) or len(hit) == len(lost):
        return None
    slots = {"f": ctx.word("FIELDS", f, lang), "op": ctx.word("OPS", op, lang)}
    slots["v"] = ctx.amount(f, t, lang)
    turns = render(pattern, k=ctx.level_word(kind, lang), **slots)
    gold = {"value": float(len(hit)), "tolerance": 0.0, "projects": hit}
    rows = ctx.o.ids(ctx.o.indicator_rows(None, level2=kind))
    return item("follow_up", "follow-up", "number", turns, gold, rows, _fu_tags(lang, False, "narrowing"))


def follow_three_hop(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A filtered list, the first of it on another field, then a third field of that project."""
    names = ctx.o.names()
    f, op = ctx.pick(RANKED), ctx.pick(sorted(TESTS))
    found = threshold(ctx, f, op, names)
    if found is None or len(found[1]) < 2:
        return None
    t, first = found
    g = ctx.pick([x for x in VALUES if x != f])
    win = _winner(ctx, g, True, first)
    if win is None or win == _winner(ctx, g, True):
        return None
    h = ctx.pick([x for x in VALUES if x not in (f, g)])
    value = _known(ctx, h, win)
    if value is None:
        return None
    slots = {"f": ctx.word("FIELDS", f, lang), "op": ctx.word("OPS", op, lang)}
    slots["v"] = ctx.amount(f, t, lang)
    turns = render(pattern, g=ctx.word("FIELDS", g, lang), h=ctx.word("FIELDS", h, lang), **slots)
    gold = {**number_gold(value, h), "projects": [win]}
    return item(
        "follow_up",
        "follow-up",
        "number",
        turns,
        gold,
        ctx.rows(h, [win]),
        _fu_tags(lang, False, "narrowing"),
    )


BUILDERS: dict[str, Callable[[Ctx, str, str, str], Item]] = {
    "filter.between": filter_between,
    "filter.two": filter_two,
    "filter.below_median": filter_below_median,
    "filter.kind_lost_gt": filter_kind_lost,
    "rank.kind_lost": rank_kind_lost,
    "compare.l1_lost": compare_level_lost,
    "group.project_l1": group_project_level,
    "derived.level1_lost": derived_level_lost,
    "derived.funds_lost": derived_funds_lost,
    "nested.max_kind": nested_kind,
    "nested.min_kind": nested_kind,
    "nested.max_lost_count": nested_lost_count,
    "nested.min_lost_count": nested_lost_count,
    "fu.narrow": follow_narrow,
    "fu.field_swap": follow_field_swap,
    "fu.just_level": follow_just_level,
    "fu.top_then_low": follow_top_then_low,
    "fu.of_those_count": follow_of_those_count,
    "fu.three_hop": follow_three_hop,
}
__all__ = ["BUILDERS"]

"""Builders of table questions (lookups, indicator lookups, listings, filters, rankings,
aggregates, groups, comparisons): each takes a phrasebook pattern, fills its slots with
projects, fields and thresholds chosen by the seeded source, and computes the gold with the
oracle. A builder returns None when the corpus offers no fitting case; the caller moves on.

Invariant: ties are gold in full; a question whose wording would be ambiguous on this corpus
(a tie before the asked place, a compare between equal values) is not generated.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from typing import Any

from eval.oracle import KINDS, LEVEL1
from eval.suites.context import FIELDS, MONEY, Ctx, Scope, is_en, item, number_gold, render, slots_of

Item = dict[str, Any] | None

STATED = ("total", "rate", "initial", "budget", "executed", "funds_score", "satisfaction")
RANKED = ("total", "rate", "initial", "budget", "executed", "satisfaction", "unspent", "lost")
ROUND: dict[str, list[float]] = {
    "total": [85, 88, 90, 92, 93, 95, 96, 97],
    "rate": [75, 80, 85, 90, 95, 99, 99.5, 100],
    "satisfaction": [5, 6, 7, 8, 9, 10],
    "lost": [2, 3, 5, 8, 10],
    "unspent": [1e4, 5e4, 1e5, 5e5, 1e6, 5e6, 1e7, 2e7],
    **{k: [5e6, 1e7, 2e7, 3e7, 5e7, 8e7, 1e8, 1.5e8] for k in ("initial", "budget", "executed")},
}
TESTS: dict[str, Callable[[float, float], bool]] = {
    "lt": lambda v, t: v < t,
    "gt": lambda v, t: v > t,
    "ge": lambda v, t: v >= t,
    "le": lambda v, t: v <= t,
}


REGISTERS = {"zhc": "colloquial", "zhf": "formal", "enn": "non-native", "mix": "mixed"}


def tags(lang: str, alias: bool = False, *more: str) -> list[str]:
    """Language, register and reference tags of an item (template language codes: zh, en, and
    the registers zhc colloquial, zhf formal, enn non-native English, mix Chinese with English)."""
    out = ["en" if is_en(lang) else "zh"] + ([REGISTERS[lang]] if lang in REGISTERS else [])
    return out + (["alias"] if alias else []) + list(more)


def _project(ctx: Ctx, names: list[str] | None = None) -> tuple[str, str, bool]:
    name = ctx.pick(names or ctx.o.names())
    text, alias = ctx.ref(name)
    return name, text, alias


def _fill(ctx: Ctx, pattern: str, lang: str, scope: Scope, **slots: str) -> list[str]:
    if "s" in slots_of(pattern):
        slots["s"] = scope.en if is_en(lang) else scope.zh
    return render(pattern, **slots)


def _col(ctx: Ctx, key: str, names: list[str]) -> dict[str, float]:
    return {n: round(float(v), 4) for n, v in ctx.o.column(key, names).items()}


# -- lookups ------------------------------------------------------------------------------------
def lookup(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A stated field of one project."""
    name, p, alias = _project(ctx)
    f = ctx.pick(STATED)
    value = ctx.o.value(name, f)
    if value != value:  # NaN: the project has no such row
        return None
    turns = render(pattern, p=p, f=ctx.word("FIELDS", f, lang))
    gold = {**number_gold(value, f), "projects": [name]}
    return item("lookup_field", "lookup", "number", turns, gold, ctx.rows(f, [name]), tags(lang, alias))


def derived(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A derived field of one project: budget change, unspent, points lost, level subtotals, grade."""
    what = key.split(".")[1]
    names = ctx.o.names()
    if what == "change" and ctx.chance(0.5):
        names = [n for n in names if ctx.value("change", n) != 0] or names
    if what == "lost":
        names = [n for n in names if ctx.o.value(n, "consistent")]
    name, p, alias = _project(ctx, names)
    t = tags(lang, alias)
    if what in ("change", "unspent", "lost"):
        value = abs(ctx.value(what, name))
        gold = {**number_gold(value, what), "projects": [name]}
        return item(
            "lookup_derived", "derived", "number", render(pattern, p=p), gold, ctx.rows(what, [name]), t
        )
    if what == "grade":
        gold = {"answer": ctx.o.value(name, "grade"), "projects": [name]}
        return item(
            "lookup_derived", "derived", "grade", render(pattern, p=p), gold, ctx.rows("total", [name]), t
        )
    level = ctx.pick(LEVEL1)
    sub = ctx.o.subtotals("level1", level)
    if name not in sub.index:
        return None
    rows = ctx.o.ids(ctx.o.indicator_rows(name, level1=level))
    turns = render(pattern, p=p, l=ctx.level_word(level, lang))
    if what == "level1":
        gold = {"value": round(float(sub.at[name, "score"]), 4), "unit": "分", "tolerance": 0.01}
    else:
        gold = {"value": round(float(sub.at[name, "rate"]), 4), "unit": "%", "tolerance": 0.01}
    gold["projects"] = [name]
    return item("lookup_derived", "derived", "number", turns, gold, rows, t)


def indicator(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """One kind of indicator of one project: its score, points lost, weight, target or actual."""
    what = key.split(".")[1]
    ind = ctx.o.indicators
    name, p, alias = _project(ctx)
    kinds = sorted(set(ind[ind.project == name].level2))
    kind = ctx.pick(kinds)
    rows = ctx.o.indicator_rows(name, level2=kind)
    turns = render(pattern, p=p, k=ctx.level_word(kind, lang))
    t = tags(lang, alias)
    if what in ("target", "actual"):
        text = str(rows.iloc[0][what]).strip() if len(rows) == 1 else ""
        if not text:
            return None
        number = re.fullmatch(r"[≥≤<>=]?\s*(\d+(?:\.\d+)?)\s*(%?)", text)
        if number:  # a bare figure is judged as a number, not as a substring
            gold: dict[str, Any] = {"value": float(number.group(1)), "unit": number.group(2) or None}
            return item(
                "indicator", "indicator", "number", turns, {**gold, "projects": [name]}, ctx.o.ids(rows), t
            )
        gold = {"answer": text, "projects": [name]}
        return item("indicator", "indicator", "text", turns, gold, ctx.o.ids(rows), t)
    column = {"score": "score", "lost": "deduction", "weight": "weight"}[what]
    gold = {"value": round(float(rows[column].sum()), 4), "unit": "分", "tolerance": 0.01, "projects": [name]}
    return item("indicator", "indicator", "number", turns, gold, ctx.o.ids(rows), t)


def listing(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A field for every project (in scope): each project's line must carry its value."""
    scope = ctx.scope(pattern, 2, p=0.95 if ctx.corpus == "synth" else None)
    if len(scope.names) > 12:
        return None
    if key == "list.grade":
        pairs = [{"item": n, "text": ctx.o.value(n, "grade")} for n in scope.names]
        turns, rows = _fill(ctx, pattern, lang, scope), ctx.rows("total", scope.names)
    else:
        f = ctx.pick(RANKED)
        col = _col(ctx, f, scope.names)
        pairs = [{"item": n, **number_gold(v, f)} for n, v in col.items()]
        turns, rows = (
            _fill(ctx, pattern, lang, scope, f=ctx.word("FIELDS", f, lang)),
            ctx.rows(f, scope.names),
        )
    gold = {"pairs": pairs}
    return item("list_field", "listing", "per_item", turns, gold, rows, tags(lang, False, *scope.tags))


# -- filters --------------------------------------------------------------------------------------
def threshold(ctx: Ctx, f: str, op: str, names: list[str]) -> tuple[float, list[str]] | None:
    """A threshold that splits the projects (round, or a stated value for ≥/≤), and who passes."""
    col = _col(ctx, f, names)
    cands = list(ROUND[f]) + ([] if f in MONEY or op in ("lt", "gt") else sorted(set(col.values())))
    good = []
    for t in cands:
        hit = [n for n, v in col.items() if TESTS[op](v, t)]
        if 0 < len(hit) < len(col):
            good.append((t, hit))
    return ctx.pick(good) if good else None


def filter_value(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Projects whose field compares with a constant (with its unit), or equals one."""
    scope = ctx.scope(pattern, 3)
    if key == "filter.eq":
        f = ctx.pick(("rate", "satisfaction", "total", "lost"))
        col = _col(ctx, f, scope.names)
        shared = sorted(v for v in set(col.values()) if list(col.values()).count(v) > 1)
        if not shared or len(shared) == 1 and list(col.values()).count(shared[0]) == len(col):
            return None
        t = ctx.pick(shared)
        hit, words = [n for n, v in col.items() if v == t], {}
    else:
        f = ctx.pick(RANKED)
        op = ctx.pick(sorted(TESTS))
        found = threshold(ctx, f, op, scope.names)
        if found is None:
            return None
        t, hit = found
        words = {"op": ctx.word("OPS", op, lang)}
    v = ctx.amount(f, t, lang)
    turns = _fill(ctx, pattern, lang, scope, f=ctx.word("FIELDS", f, lang), v=v, **words)
    unit = "unit:" + ("money" if f in MONEY else str(FIELDS[f].unit))
    gold = {"items": hit, "universe": "project"}
    return item(
        "filter_value",
        "filter",
        "list",
        turns,
        gold,
        ctx.rows(f, scope.names),
        tags(lang, False, unit, *scope.tags),
    )


def filter_aggregate(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Projects above/below the average, or above the median, of a field."""
    scope = ctx.scope(pattern, 3)
    f = ctx.pick(("total", "rate", "budget", "executed", "satisfaction", "initial"))
    col = _col(ctx, f, scope.names)
    if key == "filter.above_median":
        mid = statistics.median(col.values())
        hit = [n for n, v in col.items() if v > mid]
    else:
        mean = statistics.fmean(col.values())
        above = key == "filter.above_avg"
        hit = [n for n, v in col.items() if (v > mean + 1e-9 if above else v < mean - 1e-9)]
    if not 0 < len(hit) < len(col):
        return None
    turns = _fill(ctx, pattern, lang, scope, f=ctx.word("FIELDS", f, lang))
    gold = {"items": hit, "universe": "project"}
    return item(
        "filter_aggregate",
        "filter",
        "list",
        turns,
        gold,
        ctx.rows(f, scope.names),
        tags(lang, False, *scope.tags),
    )


def _kind_table(ctx: Ctx, kind: str, names: list[str]) -> Any:
    level = "level1" if kind in LEVEL1 else "level2"
    return ctx.o.subtotals(level, kind).reindex(names).dropna()


def filter_indicator(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Projects by their indicators: has a kind, lost points on it, full marks, targets unmet."""
    what = key.split(".")[1]
    if what == "unmet":
        return _unmet(ctx, lang, pattern)
    scope = ctx.scope(pattern, 3)
    kind = ctx.pick(LEVEL1 if what in ("full", "deducted_l1") else sorted(KINDS))
    sub = _kind_table(ctx, kind, scope.names)
    if what == "has":
        hit = list(sub.index)
    elif what in ("deducted", "deducted_l1"):
        hit = [n for n in sub.index if sub.at[n, "deduction"] > 1e-9]
    elif what in ("full", "full_kind"):
        hit = [n for n in sub.index if abs(sub.at[n, "deduction"]) < 1e-9]
    else:  # clean: no indicator lost a point
        hit = [n for n in scope.names if abs(ctx.value("indicator_lost", n)) < 1e-9]
    if not hit or (what == "has" and len(hit) == len(scope.names)):
        return None
    rows = ctx.o.ids(ctx.o.indicators[ctx.o.indicators.project.isin(scope.names)])
    turns = _fill(ctx, pattern, lang, scope, k=ctx.level_word(kind, lang), l=ctx.level_word(kind, lang))
    gold = {"items": [n for n in scope.names if n in hit], "universe": "project"}
    return item("filter_indicator", "filter", "list", turns, gold, rows, tags(lang, False, *scope.tags))


def _unmet(ctx: Ctx, lang: str, pattern: str) -> Item:
    ind = ctx.o.indicators
    clear = [n for n in ctx.o.names() if ind[ind.project == n].met.notna().all()]
    if not clear:
        return None
    name, p, alias = _project(ctx, clear)
    rows = ctx.o.indicator_rows(name)
    missed = rows[rows.met == False]  # noqa: E712 (a pandas mask)
    if missed.empty:  # an empty gold list would be met by any answer naming no indicator
        return None
    gold = {"items": sorted(set(missed.name)), "universe": "indicator", "projects": [name]}
    turns = render(pattern, p=p)
    return item("filter_indicator", "filter", "list", turns, gold, ctx.o.ids(rows), tags(lang, alias))


BUILDERS: dict[str, Callable[[Ctx, str, str, str], Item]] = {
    "lookup": lookup,
    **{f"derived.{w}": derived for w in ("change", "unspent", "lost", "level1", "rate", "grade")},
    **{f"indicator.{w}": indicator for w in ("score", "lost", "weight", "target", "actual")},
    "list": listing,
    "list.grade": listing,
    "filter.cmp": filter_value,
    "filter.eq": filter_value,
    **{f"filter.{w}": filter_aggregate for w in ("above_avg", "below_avg", "above_median")},
    **{
        f"filter.{w}": filter_indicator
        for w in ("has", "deducted", "deducted_l1", "full", "full_kind", "clean", "unmet")
    },
}

"""Builders the third development suites add to the visible and first development ones: yes/no
questions, two-part questions, ties, exclusions, majorities, ellipsis follow-ups (倒数第二呢,
换成满意度呢, 只看效益指标呢, 那2022年呢), years as people write them and relative years.

Invariants:
- every gold value comes from the oracle, in the answer types the scorer reads (eval/score.py);
- a yes/no question's gold is the value it asks about: an answer must state it, not only yes or no;
- a two-part question about one project is a per-item answer whose items are the two fields
  (each field's line must carry its value); the project's own name is an alias of the first, so
  naming it is not naming another project;
- an exclusion ("除了X以外…") is gold as the value of the project(s) that answer it, and the
  excluded project may be named (an answer echoing the exclusion is not penalised); the
  excluded project's own value differs, so an answer that ignores the exclusion is wrong;
- a follow-up is generated only when ignoring its ellipsis would give a different answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eval.oracle import LEVEL1
from eval.suites.context import FIELDS, Ctx, item, number_gold, render
from eval.suites.dialogue import _winner
from eval.suites.intents import RANKED, ROUND, TESTS, Item, _project, tags, threshold

# the words an answer may use for a field (scoring aliases of per-item answers, not question wording)
LABELS: dict[str, tuple[str, list[str]]] = {
    "total": ("总分", ["总得分", "自评得分", "total score", "overall score"]),
    "rate": ("执行率", ["execution rate"]),
    "budget": ("全年预算数", ["全年预算", "调整后预算", "full-year budget"]),
    "initial": ("年初预算数", ["年初预算", "initial budget"]),
    "executed": ("全年执行数", ["执行数", "实际支出", "支出", "amount spent", "executed", "spent"]),
    "satisfaction": (
        "满意度",
        ["服务对象满意度指标", "满意度指标得分", "满意度指标", "满意度得分", "satisfaction"],
    ),
    "unspent": ("结余", ["未执行", "剩余", "unspent"]),
    "lost": ("扣分", ["失分", "被扣", "扣", "points lost", "deduction", "lost"]),
}
TWO_FIELDS = (
    ("budget", "rate"),
    ("budget", "executed"),
    ("executed", "rate"),
    ("total", "rate"),
    ("total", "satisfaction"),
    ("total", "lost"),
    ("rate", "unspent"),
    ("satisfaction", "rate"),
    ("initial", "executed"),
)
YESNO = ("total", "rate", "satisfaction", "budget", "executed", "unspent", "lost")


def _pair(item_: str, value: float, key: str, aliases: list[str] | None = None) -> dict[str, Any]:
    """One per-item gold pair (number_gold's zero wordings are not names, so they stay out)."""
    f = FIELDS[key]
    return {
        "item": item_,
        "aliases": aliases or [],
        "value": round(float(value), 4),
        "unit": f.unit,
        "tolerance": f.tolerance,
    }


def _known(ctx: Ctx, key: str, name: str) -> float | None:
    """A field of a project, or None when it has no such row (NaN) or it is negative (a planted
    arithmetic error gives a total over 100; the scorer reads no minus sign)."""
    value = ctx.value(key, name)
    return None if value != value or value < 0 else value


# -- lookups ----------------------------------------------------------------------------------
def lookup_yesno(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A yes/no question on a field of a project ("is it below v?"): the answer must state the value."""
    name, p, alias = _project(ctx)
    f = ctx.pick(YESNO)
    value = _known(ctx, f, name)
    if value is None:
        return None
    op = ctx.pick(sorted(TESTS))
    t = ctx.pick([t for t in ROUND[f] if abs(t - value) > 1e-9])
    words = {"f": ctx.word("FIELDS", f, lang), "op": ctx.word("OPS", op, lang)}
    turns = render(pattern, p=p, v=ctx.amount(f, t, lang), **words)
    gold = {**number_gold(value, f), "projects": [name]}
    return item("lookup_field", "lookup", "number", turns, gold, ctx.rows(f, [name]), tags(lang, alias))


def lookup_two(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Two fields of one project in one question: both values, each on its field's line."""
    name, p, alias = _project(ctx)
    f, g = ctx.pick(TWO_FIELDS)
    if ctx.chance(0.5):
        f, g = g, f
    values = [_known(ctx, f, name), _known(ctx, g, name)]
    if any(v is None or abs(v) < 1e-9 for v in values):
        return None
    (lf, af), (lg, ag) = LABELS[f], LABELS[g]
    pairs = [_pair(lf, values[0] or 0.0, f, [*af, name]), _pair(lg, values[1] or 0.0, g, ag)]
    turns = render(pattern, p=p, f=ctx.word("FIELDS", f, lang), g=ctx.word("FIELDS", g, lang))
    rows = ctx.rows(f, [name]) + ctx.rows(g, [name])
    gold = {"pairs": pairs, "projects": [name]}
    return item("lookup_field", "lookup", "per_item", turns, gold, rows, tags(lang, alias))


def lookup_pair(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """One field of two named projects ("A和B的执行率各是多少"): each project's line its value."""
    f = ctx.pick(("total", "rate", "budget", "executed", "satisfaction", "unspent"))
    names = ctx.sample(ctx.o.names(), 2)
    values = [_known(ctx, f, n) for n in names]
    if any(v is None for v in values):
        return None
    (p, pa), (q, qa) = ctx.ref(names[0]), ctx.ref(names[1])
    turns = render(pattern, p=p, q=q, f=ctx.word("FIELDS", f, lang))
    pairs = [_pair(n, v or 0.0, f) for n, v in zip(names, values, strict=True)]
    gold = {"pairs": pairs, "projects": names}
    return item("lookup_field", "lookup", "per_item", turns, gold, ctx.rows(f, names), tags(lang, pa or qa))


def grade_yesno(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A yes/no question on a grade ("was it 优?"): the answer must state the grade, whichever was asked."""
    name, p, alias = _project(ctx)
    asked = ctx.pick(sorted(ctx.pb.GRADE_WORDS))
    turns = render(pattern, p=p, d=ctx.word("GRADE_WORDS", asked, lang))
    gold = {"answer": ctx.o.value(name, "grade"), "projects": [name]}
    return item(
        "lookup_derived", "derived", "grade", turns, gold, ctx.rows("total", [name]), tags(lang, alias)
    )


# -- rankings and aggregates ------------------------------------------------------------------
def rank_tie(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Highest or lowest where the first place is shared: every tied project is gold."""
    high = key.endswith("max")
    scope = ctx.scope(pattern, 3)
    fields = list(RANKED)
    ctx.rng.shuffle(fields)
    for f in fields:
        hit = ctx.o.nth(f, 1, high, scope.names)
        if 2 <= len(hit) < len(scope.names):
            break
    else:
        return None
    s = scope.en if lang.startswith("en") else scope.zh
    turns = render(pattern, s=s, f=ctx.word("FIELDS", f, lang))
    gold = {"items": hit, "universe": "project"}
    return item("rank", "rank", "list", turns, gold, ctx.rows(f, scope.names), tags(lang, False, *scope.tags))


def rank_except(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Which is first apart from X, X being the overall first: gold is the runner-up's value."""
    high = key.endswith("max")
    f = ctx.pick(RANKED)
    names = ctx.o.names()
    first = _winner(ctx, f, high)
    if first is None:
        return None
    rest = [n for n in names if n != first]
    win = ctx.o.nth(f, 1, high, rest)
    if not win or len(win) == len(rest):
        return None
    p, alias = ctx.ref(first)
    turns = render(pattern, p=p, f=ctx.word("FIELDS", f, lang))
    gold = {**number_gold(ctx.value(f, win[0]), f), "projects": [*win, first]}
    return item("rank", "rank", "number", turns, gold, ctx.rows(f, names), tags(lang, alias))


def except_avg(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """The average of a field over every project but one."""
    f = ctx.pick(("total", "rate", "satisfaction", "budget", "executed"))
    names = [str(n) for n in ctx.o.column(f, ctx.o.names()).index]
    name = ctx.pick(names)
    rest = [n for n in names if n != name]
    value, every = ctx.o.aggregate(f, "avg", rest), ctx.o.aggregate(f, "avg", names)
    if abs(value - every) <= 2 * FIELDS[f].tolerance:
        return None
    p, alias = ctx.ref(name)
    turns = render(pattern, p=p, f=ctx.word("FIELDS", f, lang))
    return item(
        "aggregate", "aggregate", "number", turns, number_gold(value, f), ctx.rows(f, rest), tags(lang, alias)
    )


def majority(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Whether more than half of the projects pass a threshold: the answer must state how many do."""
    scope = ctx.scope(pattern, 3)
    f, op = ctx.pick(RANKED), ctx.pick(sorted(TESTS))
    found = threshold(ctx, f, op, scope.names)
    if found is None:
        return None
    t, hit = found
    words = {"f": ctx.word("FIELDS", f, lang), "op": ctx.word("OPS", op, lang)}
    s = scope.en if lang.startswith("en") else scope.zh
    turns = render(pattern, s=s, v=ctx.amount(f, t, lang), **words)
    gold = {"value": float(len(hit)), "tolerance": 0.0, "projects": hit}
    return item(
        "aggregate",
        "aggregate",
        "number",
        turns,
        gold,
        ctx.rows(f, scope.names),
        tags(lang, False, *scope.tags),
    )


# -- follow-ups -------------------------------------------------------------------------------
def follow_nth_low(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """The lowest on a field, then "倒数第二呢": the second lowest."""
    f = ctx.pick(RANKED)
    names = ctx.o.names()
    if _winner(ctx, f, False) is None:
        return None
    hit = ctx.o.nth(f, 2, False, names)
    if not hit or len(hit) >= len(names) - 1:
        return None
    turns = render(pattern, f=ctx.word("FIELDS", f, lang))
    gold = {"items": hit, "universe": "project"}
    t = tags(lang, False, "follow-up")
    return item("follow_up", "follow-up", "list", turns, gold, ctx.rows(f, names), t)


def follow_switch(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """The first on one field, then "换成g呢": the first on another (a different project)."""
    f, g = ctx.sample(RANKED, 2)
    names = ctx.o.names()
    first = _winner(ctx, f, True)
    hit = ctx.o.nth(g, 1, True, names)
    if first is None or not hit or first in hit or len(hit) >= len(names):
        return None
    turns = render(pattern, f=ctx.word("FIELDS", f, lang), g=ctx.word("FIELDS", g, lang))
    gold = {"items": hit, "universe": "project"}
    t = tags(lang, False, "follow-up")
    return item("follow_up", "follow-up", "list", turns, gold, ctx.rows(g, names), t)


def follow_only_level(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A project's points lost, then "只看效益指标呢": those lost on one level-1 kind."""
    names = [n for n in ctx.o.names() if ctx.o.value(n, "consistent")]
    name, p, alias = _project(ctx, names)
    lost = {lv: ctx.o.subtotals("level1", lv).deduction.get(name, 0.0) for lv in LEVEL1}
    levels = [lv for lv, v in lost.items() if v > 1e-9 and abs(v - ctx.value("lost", name)) > 0.01]
    if not levels:
        return None
    level = ctx.pick(levels)
    turns = render(pattern, p=p, l=ctx.level_word(level, lang))
    gold = {"value": round(float(lost[level]), 4), "unit": "分", "tolerance": 0.01, "projects": [name]}
    rows = ctx.o.ids(ctx.o.indicator_rows(name, level1=level))
    return item("follow_up", "follow-up", "number", turns, gold, rows, tags(lang, alias, "follow-up"))


def follow_year(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """The first on a field in one year, then "那2022年呢": the first in another year."""
    years = sorted({int(y) for y in ctx.o.projects.year})
    if len(years) < 2:
        return None
    y1, y2 = ctx.sample(years, 2)
    f = ctx.pick(RANKED)
    names = ctx.o.names(year=y2)
    hit = ctx.o.nth(f, 1, True, names)
    if not ctx.o.nth(f, 1, True, ctx.o.names(year=y1)) or not hit or len(hit) >= len(names):
        return None
    y, z = ctx.pick(ctx.pb.year_words(y1, lang)), ctx.pick(ctx.pb.year_words(y2, lang))
    turns = render(pattern, f=ctx.word("FIELDS", f, lang), y=y, z=z)
    gold = {"items": hit, "universe": "project"}
    t = tags(lang, False, "follow-up", "scope:year")
    return item("follow_up", "follow-up", "list", turns, gold, ctx.rows(f, names), t)


# -- refusals ---------------------------------------------------------------------------------
def refuse_year(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A year the corpus does not hold, written as people write years: only a refusal is right."""
    held = {int(y) for y in ctx.o.projects.year}
    year = ctx.pick([y for y in ctx.pb.OTHER_YEARS if y not in held])
    name, p, alias = _project(ctx)
    f = ctx.pick(("total", "rate", "budget", "satisfaction"))
    turns = render(pattern, y=ctx.pick(ctx.pb.year_words(year, lang)), p=p, f=ctx.word("FIELDS", f, lang))
    t = tags(lang, alias, "refuse:year", "refuse-only")
    return item("refuse", "unanswerable", "abstain", turns, {}, (), t, answerable=False)


def relative_year(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A relative year (去年, last year): which year is meant depends on today, not on the forms,
    so refusing and asking back are both right; answering about a year the forms hold is not."""
    name, p, alias = _project(ctx)
    f = ctx.pick(("total", "rate", "budget", "satisfaction", "executed"))
    turns = render(pattern, p=p, f=ctx.word("FIELDS", f, lang))
    t = tags(lang, alias, "refuse:relative_year", "refuse-or-clarify")
    return item("refuse_or_clarify", "unanswerable", "abstain_or_clarify", turns, {}, (), t, answerable=False)


BUILDERS: dict[str, Callable[[Ctx, str, str, str], Item]] = {
    "lookup.yesno": lookup_yesno,
    "lookup.two": lookup_two,
    "lookup.pair": lookup_pair,
    "derived.grade_yesno": grade_yesno,
    "rank.tie_max": rank_tie,
    "rank.tie_min": rank_tie,
    "rank.except_max": rank_except,
    "rank.except_min": rank_except,
    "agg.except_avg": except_avg,
    "agg.majority": majority,
    "fu.nth_low": follow_nth_low,
    "fu.switch": follow_switch,
    "fu.only_level": follow_only_level,
    "fu.year": follow_year,
    "refuse.year": refuse_year,
    "roc.relative": relative_year,
}

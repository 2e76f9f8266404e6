"""Builders of reasons, nested questions, follow-up conversations, prose facts and questions
that must be refused or asked back.

Invariants: a follow-up's gold answers its last turn, read in the light of the earlier turns;
a refusal item never names a year, agency or project the corpus holds (the oracle checks), and
an ambiguous fragment matches at least two projects.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from eval.oracle import KINDS, fold
from eval.suites.context import FIELDS, Ctx, is_en, item, number_gold, render
from eval.suites.intents import RANKED, TESTS, Item, _project, tags, threshold

PREFIX = 20  # characters of a reason an answer must quote


def reason_items(ctx: Ctx, name: str, **where: str) -> tuple[list[str], list[str]]:
    """The reasons (their first PREFIX characters) for a project's lost points, and their rows."""
    rows = ctx.o.reasons(name) if not where else ctx.o.reasons(name, where.get("level2"))
    if "level1" in where:
        rows = rows[rows.level1 == where["level1"]]
    texts = list(dict.fromkeys(d.strip()[:PREFIX] for d in rows.deviation))
    return texts, ctx.o.ids(rows)


def reason(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Why a project (or one kind of its indicators) lost points: the answer quotes the reasons."""
    name, p, alias = _project(ctx)
    where: dict[str, str] = {}
    slots = {"p": p}
    if key == "reason.kind":
        ind = ctx.o.reasons(name)
        if ind.empty:
            return None
        kind = ctx.pick(sorted(set(ind.level2)))
        where, slots["k"] = {"level2": kind}, ctx.level_word(kind, lang)
    elif key == "reason.level1":
        ind = ctx.o.reasons(name)
        if ind.empty:
            return None
        level = ctx.pick(sorted(set(ind.level1)))
        where, slots["l"] = {"level1": level}, ctx.level_word(level, lang)
    texts, rows = reason_items(ctx, name, **where)
    if not texts:
        return None
    gold = {"items": texts, "projects": [name]}
    return item("reason", "reason", "text_all", render(pattern, **slots), gold, rows, tags(lang, alias))


def _winner(ctx: Ctx, f: str, high: bool, names: list[str] | None = None) -> str | None:
    hit = ctx.o.nth(f, 1, high, names or ctx.o.names())
    return hit[0] if len(hit) == 1 else None


def nested(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """The project found by one query feeds the next: its value, its reasons or its grade."""
    what = key.split(".")[1]
    high = what.startswith("max")
    f = ctx.pick(
        ("lost",)
        if what == "max_reason"
        else RANKED
        if "value" in what
        else ("total", "satisfaction", "rate")
    )
    if what == "min_reason" and f == "rate":
        f = "total"
    win = _winner(ctx, f, high)
    if win is None:
        return None
    slots = {"f": ctx.word("FIELDS", f, lang)}
    rows = ctx.rows(f, ctx.o.names())
    t = tags(lang)
    if "value" in what:
        g = ctx.pick(
            [x for x in ("total", "rate", "budget", "executed", "satisfaction", "unspent") if x != f]
        )
        if FIELDS[f].unit == FIELDS[g].unit and ctx.value(f, win) == ctx.value(g, win):
            return None  # the first hop's answer would state the second's value by chance
        slots["g"] = ctx.word("FIELDS", g, lang)
        gold = {**number_gold(ctx.value(g, win), g), "projects": [win]}
        return item(
            "nested", "nested", "number", render(pattern, **slots), gold, rows + ctx.rows(g, [win]), t
        )
    if what.endswith("grade"):
        gold = {"answer": ctx.o.value(win, "grade"), "projects": [win]}
        return item("nested", "nested", "grade", render(pattern, **slots), gold, rows, t)
    texts, reason_rows = _why(ctx, win, f)
    if not texts:
        return None
    gold = {"items": texts, "projects": [win]}
    return item("nested", "nested", "text_all", render(pattern, **slots), gold, rows + reason_rows, t)


def _why(ctx: Ctx, name: str, field: str) -> tuple[list[str], list[str]]:
    """Why a project stands where it does on a field: its satisfaction reasons for the
    satisfaction score, every reason for the total or the points lost."""
    return (
        reason_items(ctx, name, level1="满意度指标") if field == "satisfaction" else reason_items(ctx, name)
    )


def follow_up(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A conversation: why, the next place, the other end, within the last result, pronouns."""
    what = key.split(".")[1]
    t = tags(lang, False, "follow-up")
    names = ctx.o.names()
    if what in ("why_min", "why_max"):
        f = "lost" if what == "why_max" else ctx.pick(("total", "satisfaction"))
        win = _winner(ctx, f, what == "why_max")
        texts, rows = _why(ctx, win, f) if win else ([], [])
        if not texts:
            return None
        turns = render(pattern, f=ctx.word("FIELDS", f, lang))
        return item("follow_up", "follow-up", "text_all", turns, {"items": texts, "projects": [win]}, rows, t)
    if what in ("second", "lowest"):
        f = ctx.pick(RANKED)
        if _winner(ctx, f, True) is None:
            return None
        hit = ctx.o.nth(f, 2, True, names) if what == "second" else ctx.o.nth(f, 1, False, names)
        turns = render(pattern, f=ctx.word("FIELDS", f, lang))
        return item(
            "follow_up",
            "follow-up",
            "list",
            turns,
            {"items": hit, "universe": "project"},
            ctx.rows(f, names),
            t,
        )
    if what in ("subset_min", "subset_max"):
        return _subset(ctx, what, lang, pattern, t)
    if what in ("pronoun", "other"):
        f, g = ctx.sample(("total", "rate", "budget", "executed", "satisfaction", "unspent"), 2)
        first, p, alias = _project(ctx)
        second = first if what == "pronoun" else ctx.pick([n for n in names if n != first])
        q, alias2 = ctx.ref(second)
        asked = g if what == "pronoun" else f
        turns = render(pattern, p=p, q=q, f=ctx.word("FIELDS", f, lang), g=ctx.word("FIELDS", g, lang))
        tt = tags(lang, alias or alias2, "follow-up")
        gold = {**number_gold(ctx.value(asked, second), asked), "projects": [second]}
        return item("follow_up", "follow-up", "number", turns, gold, ctx.rows(asked, [second]), tt)
    if what == "count":
        kind = ctx.pick(sorted(KINDS))
        sub = ctx.o.subtotals("level2", kind)
        hit = [n for n in sub.index if sub.at[n, "deduction"] > 1e-9]
        if not 0 < len(hit) < len(names):
            return None
        turns = render(pattern, k=ctx.level_word(kind, lang))
        gold = {"value": float(len(hit)), "tolerance": 0.0, "projects": hit}
        return item(
            "follow_up",
            "follow-up",
            "number",
            turns,
            gold,
            ctx.o.ids(ctx.o.indicator_rows(None, level2=kind)),
            t,
        )
    f = ctx.pick(("total", "rate", "satisfaction"))  # avg over the listed projects
    turns = render(pattern, f=ctx.word("FIELDS", f, lang))
    gold = number_gold(ctx.o.aggregate(f, "avg", names), f)
    return item("follow_up", "follow-up", "number", turns, gold, ctx.rows(f, names), t)


def _subset(ctx: Ctx, what: str, lang: str, pattern: str, t: list[str]) -> Item:
    f, op = ctx.pick(RANKED), ctx.pick(sorted(TESTS))
    found = threshold(ctx, f, op, ctx.o.names())
    if found is None or len(found[1]) < 2:
        return None
    g = ctx.pick([x for x in ("total", "rate", "budget", "satisfaction", "executed") if x != f])
    win = _winner(ctx, g, what == "subset_max", found[1])
    if win is None or win == _winner(ctx, g, what == "subset_max"):
        return None  # the winner over all projects would pass without reading the subset
    slots = {
        "f": ctx.word("FIELDS", f, lang),
        "op": ctx.word("OPS", op, lang),
        "v": ctx.amount(f, found[0], lang),
    }
    turns = render(pattern, g=ctx.word("FIELDS", g, lang), **slots)
    rows = ctx.rows(g, found[1])
    return item("follow_up", "follow-up", "list", turns, {"items": [win], "universe": "project"}, rows, t)


# prose facts of synthetic forms (eval/synth.py writes them into 实际完成情况)
SYNTH_PROSE = {"prose.orders": (r"处理工单(\d+)个", None), "prose.visits": (r"累计服务(\d+)万人次", "万")}


def prose(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """A number stated only in a project's 年度总体目标 prose."""
    if key == "prose.fact":  # the phrasebook's PROSE entry number, with its regex and unit
        regex, unit, template = ctx.pb.PROSE[int(pattern)]
        lang, pattern = template.split("|", 1)
        hits = [n for n in ctx.o.names() if re.search(regex, ctx.o.value(n, "goals"))]
        if len(hits) != 1:
            raise ValueError(f"prose fact /{regex}/ is stated by {len(hits)} projects, not one")
        name = hits[0]
    else:
        regex, unit = SYNTH_PROSE[key]
        name = ctx.pick(ctx.o.names())
    p, alias = ctx.ref(name)
    gold = {"value": ctx.o.goal_number(name, regex), "unit": unit, "tolerance": 0.0, "projects": [name]}
    return item(
        "prose", "text", "number", render(pattern, p=p), gold, [ctx.o.row(name, "goals")], tags(lang, alias)
    )


# -- refusals ---------------------------------------------------------------------------------------
def refuse(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Off-topic, another year or another agency: only a refusal is right."""
    what = key.split(".")[1]
    slots: dict[str, str] = {}
    if what == "year":
        years = {int(y) for y in ctx.o.projects.year}
        slots["y"] = str(ctx.pick([y for y in ctx.pb.OTHER_YEARS if y not in years]))
    if what == "agency":
        held = [fold(d) for d in set(ctx.o.projects.department)]
        free = [a for a in ctx.pb.OTHER_AGENCIES if not any(fold(a) in h or h in fold(a) for h in held)]
        slots["a"] = ctx.pick(free)
    name, p, alias = _project(ctx)
    slots |= {"p": p, "f": ctx.word("FIELDS", ctx.pick(("total", "rate", "budget", "satisfaction")), lang)}
    t = tags(lang, alias, f"refuse:{what}", "refuse-only")
    return item("refuse", "unanswerable", "abstain", render(pattern, **slots), {}, (), t, answerable=False)


def refuse_or_clarify(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Words no field holds, a project not in the corpus, or a fragment naming several projects:
    refusing and asking back are both right (asking back about a fragment names the candidates)."""
    what = key.split(".")[1]
    f = ctx.pick(("total", "rate", "budget", "satisfaction", "executed"))
    slots = {"f": ctx.word("FIELDS", f, lang), "u": ctx.pick(ctx.pb.UNKNOWN["en" if is_en(lang) else "zh"])}
    gold: dict[str, Any] = {}
    name, slots["p"], alias = _project(ctx)
    if what == "missing":
        slots["m"] = ctx.pick([m for m in ctx.pb.MISSING_PROJECTS if not ctx.o.resolve(m)])
    if what == "ambiguous":
        frags = [x for x in _fragments(ctx) if len(ctx.o.resolve(x)) >= 2]
        slots["x"] = ctx.pick(frags)
        cands = ctx.o.resolve(slots["x"])
        gold = {"items": cands} if len(cands) <= 4 else {}
    t = tags(lang, alias, f"refuse:{what}", "refuse-or-clarify")
    turns = render(pattern, **slots)
    return item(
        "refuse_or_clarify", "unanswerable", "abstain_or_clarify", turns, gold, (), t, answerable=False
    )


def _fragments(ctx: Ctx) -> list[str]:
    if ctx.corpus == "synth" and hasattr(ctx.pb, "synth_fragments"):
        return list(ctx.pb.synth_fragments(ctx.o))
    if ctx.corpus == "sample":
        return list(ctx.pb.AMBIGUOUS)
    from eval.synth import KINDS as SYNTH_KINDS
    from eval.synth import TOPICS

    return [*TOPICS, *SYNTH_KINDS]


BUILDERS: dict[str, Callable[[Ctx, str, str, str], Item]] = {
    "reason.project": reason,
    "reason.kind": reason,
    "reason.level1": reason,
    **{
        f"nested.{w}": nested
        for w in ("max_value", "min_value", "max_reason", "min_reason", "min_grade", "max_grade")
    },
    **{
        f"fu.{w}": follow_up
        for w in (
            "why_min",
            "why_max",
            "second",
            "lowest",
            "subset_min",
            "subset_max",
            "pronoun",
            "other",
            "count",
            "avg",
        )
    },
    "prose.fact": prose,
    **{k: prose for k in SYNTH_PROSE},
    **{f"refuse.{w}": refuse for w in ("offtopic", "year", "agency")},
    **{f"roc.{w}": refuse_or_clarify for w in ("unknown", "unknown_all", "missing", "ambiguous")},
}
__all__ = ["BUILDERS", "FIELDS"]

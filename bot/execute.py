"""Executing the parts every query shares: resolving a project set (scope, names, conditions,
rankings) and formatting a measure's values.

Invariants: values come from ``bot.fields`` over stored rows, never from retrieval; every row
a resolution looked at to decide membership is cited; ties are kept together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.corpus import Corpus, cite_project
from bot.fields import FIELDS, PARTS, Value, measure, median, part_spec
from bot.numbers import Numbers
from bot.query import (
    AllProjects,
    Compare,
    Condition,
    Deducted,
    Excluded,
    Filtered,
    FullMarks,
    HasPart,
    Measure,
    Named,
    ProjectSet,
    Ranked,
)
from bot.result import say, unique
from bot.types import Citation, Language
from index.cells import parse_number, squash
from index.template import grade
from index.types import Indicator, Project


@dataclass
class Resolved:
    """The projects of a set, with the rows that decided membership and the ranking order."""

    projects: list[Project]
    cites: list[Citation] = field(default_factory=list)
    compared: int = 0
    values: dict[str, Value] = field(default_factory=dict)
    positions: dict[str, int] = field(default_factory=dict)


def resolve(projects: ProjectSet, corpus: Corpus, n: Numbers) -> Resolved:
    """Return the projects of a set (in corpus order, or ranking order for a ranked set)."""
    if isinstance(projects, AllProjects):
        found = corpus.select(projects.years, projects.departments)
        return Resolved(found, compared=len(found))
    if isinstance(projects, Named):
        found = [corpus.by_id[i] for i in projects.ids if i in corpus.by_id]
        return Resolved(found, compared=len(found))
    if isinstance(projects, Filtered):
        return _filter(resolve(projects.source, corpus, n), projects.condition, n)
    return _rank(resolve(projects.source, corpus, n), projects, n)


def _filter(source: Resolved, condition: Condition, n: Numbers) -> Resolved:
    kept: list[Project] = []
    cites = list(source.cites)
    values = dict(source.values)
    reference = _reference(source.projects, condition, n)
    for p in source.projects:
        ok, rows, value = passes(p, condition, reference)
        cites += rows
        if value is not None:
            values[p.id] = value
        if ok:
            kept.append(p)
    return Resolved(kept, unique(cites), len(source.projects), values)


def _reference(projects: list[Project], condition: Condition, n: Numbers) -> float | None:
    """The aggregate a comparison is made against (the average execution rate, …)."""
    if not isinstance(condition, Compare) or condition.against is None:
        return None
    values = [v.number for p in projects if (v := measure(p, condition.measure)) and v.number is not None]
    if not values:
        return None
    result = sum(values) / len(values) if condition.against == "avg" else median(values)
    n.add(round(result, 2))
    n.add(round(result, 4))
    return result


def holds(op: str, value: float, stated: float) -> bool:
    """Whether value stands to a stated constant as op says (to the stated precision)."""
    return _TESTS[op](value, stated)


_TESTS = {
    "lt": lambda v, t: v < t - 1e-9,
    "le": lambda v, t: v <= t + 1e-9,
    "gt": lambda v, t: v > t + 1e-9,
    "ge": lambda v, t: v >= t - 1e-9,
    "eq": lambda v, t: _same(v, t),
    "ne": lambda v, t: not _same(v, t),
}


def _same(value: float, stated: float) -> bool:
    """Whether a value equals a stated one, to the stated precision: 76.89% is "76.9%", while a
    whole number is taken exactly (89.6 is not 90 points)."""
    digits = repr(stated).partition(".")[2]
    if "e" in repr(stated) or digits in ("", "0"):
        return abs(value - stated) <= 1e-6
    return abs(round(value, len(digits)) - stated) <= 1e-6


def passes(
    p: Project, c: Condition, reference: float | None = None
) -> tuple[bool, list[Citation], Value | None]:
    """Whether a project passes a condition, the rows that decided it, and the value compared."""
    if isinstance(c, Compare):
        v = measure(p, c.measure)
        if v is None or v.number is None:
            return False, [cite_project(p)], None
        target = reference if c.against else c.value
        if target is None:
            return False, list(v.rows), v
        if c.op == "eq" and c.precision:  # 约1.8亿元: equal to the step it was said to
            return abs(v.number - target) <= c.precision / 2 + 1e-6, list(v.rows), v
        return _TESTS[c.op](v.number, target), list(v.rows), v
    if isinstance(c, Excluded):
        return p.id not in c.ids, [cite_project(p)], None  # its name is the evidence (a year in a name)
    if isinstance(c, HasPart):
        rows = PARTS[c.part].rows(p)
        cites = [_cite(p, r) for r in rows] or [cite_project(p)]
        return bool(rows) != c.negate, cites, None
    if isinstance(c, Deducted):
        v = measure(p, Measure(field="deduction", part=c.part))
        if v is None or v.number is None:
            return False, [cite_project(p)], None
        return (v.number > 1e-9) != c.negate, list(v.rows), v
    if isinstance(c, FullMarks):
        v = measure(p, Measure(field="score", part=c.part))
        if v is None or v.number is None or v.weight is None:
            return False, [cite_project(p)], None
        return (abs(v.number - v.weight) < 1e-9) != c.negate, list(v.rows), v
    rows = PARTS[c.part].rows(p) if c.part else list(p.indicators)
    verdicts = [(r, target_met(r)) for r in rows]
    if c.met:
        ok = bool(verdicts) and all(v is True for _, v in verdicts)
    else:
        ok = any(v is False for _, v in verdicts)
    return ok, [_cite(p, r) for r, _ in verdicts], None


def _cite(p: Project, r: Indicator) -> Citation:
    from bot.corpus import cite_indicator

    return cite_indicator(p, r)


def target_met(row: Indicator) -> bool | None:
    """Whether a row's actual meets its target: True, False, or None when they cannot be
    compared (qualitative words that differ, a missing value)."""
    target, actual = squash(row.target), squash(row.actual)
    if not target or not actual:
        return None
    bare = target.lstrip("=≥≤><")
    if bare == actual or target == actual:
        return True
    t, a = _number(bare), _number(actual)
    if t is None or a is None or bare.endswith("%") != actual.endswith("%"):
        return None
    if target.startswith(("<", "≤")):
        return a < t if target.startswith("<") else a <= t
    if target.startswith(">"):
        return a > t
    return a >= t


def _number(text: str) -> float | None:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(%|[\u4e00-\u9fff]{0,3})", text)
    return parse_number(m.group(1)) if m else None


def _rank(source: Resolved, ranked: Ranked, n: Numbers) -> Resolved:
    rows = ranked_values(source.projects, ranked.measure, ranked.order)
    cites = list(source.cites) + [c for _, v in rows for c in v.rows]
    positions = competition([v.number or 0.0 for _, v in rows])
    if ranked.nth is not None:
        keep = [i for i, pos in enumerate(positions) if pos == _position_at(positions, ranked.nth)]
    else:
        last = _position_at(positions, ranked.k)
        keep = [i for i, pos in enumerate(positions) if last is not None and pos <= last]
    projects = [rows[i][0] for i in keep]
    values = {**source.values, **{p.id: v for p, v in rows}}
    return Resolved(projects, unique(cites), len(rows), values, {rows[i][0].id: positions[i] for i in keep})


def _position_at(positions: list[int], nth: int) -> int | None:
    """The rank shown at the nth place of a ranking (ties share a rank)."""
    return positions[nth - 1] if 0 < nth <= len(positions) else None


def ranked_values(projects: list[Project], m: Measure, order: str) -> list[tuple[Project, Value]]:
    """Projects with a value for the measure, best first in the order given."""
    rows = [(p, v) for p in projects if (v := measure(p, m)) is not None and v.number is not None]
    rows.sort(key=lambda pv: pv[1].number or 0.0, reverse=order == "desc")
    return rows


def competition(values: list[float]) -> list[int]:
    """Competition ranks (1, 2, 2, 4): tied values share a position."""
    out: list[int] = []
    for index, value in enumerate(values):
        out.append(out[-1] if index and abs(value - values[index - 1]) < 1e-9 else index + 1)
    return out


def coverage(projects: list[Project], corpus: Corpus, lang: Language, n: Numbers) -> str:
    """Say which years and departments a cross-project answer covers, when the corpus has several."""
    if len(corpus.years) <= 1 and len(corpus.departments) <= 1:
        return ""
    years_seen = sorted({p.year for p in projects if p.year})
    for year in years_seen:
        n.add(year)
    years = "、".join(str(y) for y in years_seen)
    depts = sorted({p.department for p in projects})
    count = n.count(len(depts))
    who = "、".join(depts) if len(depts) <= 3 else f"{count}个部门"
    who_en = ", ".join(depts) if len(depts) <= 3 else f"{count} departments"
    return say(lang, f"\n（范围：{years}年度；{who}）", f"\n(Covers {years}; {who_en}.)")


# labels and values ---------------------------------------------------------------------------


def label(m: Measure, lang: Language) -> str:
    """The measure's name in the answer's language (满意度指标得分, output indicators score)."""
    spec = FIELDS[m.field]
    part = part_spec(m.part)
    if part is None:
        if m.field == "score":
            return say(lang, "总分", "overall score")
        return spec.zh if lang == "zh" else spec.en
    if lang == "en":
        return f"{part.en} {spec.en}"
    return f"{part.name}{spec.zh}"


def short_label(m: Measure, lang: Language) -> str:
    """A label without the parenthesised formula of derived funds fields."""
    return re.sub(r"\s*[（(].*?[)）]", "", label(m, lang))


def value_text(m: Measure, v: Value, n: Numbers, lang: Language) -> str:
    """A value as the answer states it (6/10, 99.75%, 180,505,000.00元（约1.81亿元）, 优)."""
    unit = FIELDS[m.field].unit
    if v.number is None:
        return v.text or "—"
    if unit == "yuan":
        return n.money(v.number, lang, v.derived)
    if unit == "pct":
        return n.pct(v.number, v.derived)
    if unit == "count":
        return n.count(int(v.number)) + say(lang, "个", "")
    if unit == "grade":
        return f"{v.text}" + say(
            lang, f"（总分{n.score(v.number)}）", f" (overall score {n.score(v.number)})"
        )
    text = n.score(v.number, v.derived)
    if v.weight is not None and m.field == "score":
        return f"{text}/{n.score(v.weight, v.derived)}"
    return text + say(lang, "分", " points")


def grade_of(score: float) -> str:
    """The grade of a total score."""
    return grade(score)


def threshold_text(c: Compare, n: Numbers, lang: Language) -> str:
    """A comparison's constant as a reader wrote it (90%, 95分, 5000万元)."""
    assert c.value is not None
    unit = FIELDS[c.measure.field].unit
    n.add(c.value)
    if unit == "yuan":
        n.add(c.value / 1e4)
        n.add(c.value / 1e8)
        if abs(c.value) >= 1e8:
            return say(lang, f"{n.score(c.value / 1e8)}亿元", f"{n.score(c.value / 1e6, True)} million yuan")
        if abs(c.value) >= 1e4:
            return say(lang, f"{n.score(c.value / 1e4)}万元", f"{n.score(c.value / 1e6, True)} million yuan")
        return say(lang, f"{n.score(c.value)}元", f"{n.score(c.value)} yuan")
    if unit == "pct":
        return f"{n.score(c.value)}%"
    return n.score(c.value) + say(lang, "分", " points")


__all__ = ["Resolved", "resolve"]

"""Filter: list the projects of a set that pass conditions — a field against a constant or an
aggregate, full marks, lost points, targets met, kinds of indicators present."""

from __future__ import annotations

from collections.abc import Sequence

from bot import lexicon as lx
from bot.corpus import Corpus, cite_project
from bot.describe import condition, project_set
from bot.execute import coverage, resolve, value_text
from bot.fields import FIELDS
from bot.intents.base import Intent, Template
from bot.numbers import Numbers
from bot.query import (
    Compare,
    Condition,
    Deducted,
    Filtered,
    FullMarks,
    ListQuery,
    Measure,
    Named,
    ProjectSet,
    TargetMet,
    leaf,
)
from bot.reading import Reading
from bot.result import Composed, say, unique
from bot.types import Chart, ChartBar, Context, Language


def _filter(r: Reading) -> ListQuery | None:
    if any(t.kind == "rows" and t.text.startswith("哪") for t in r.tokens):
        return None  # 没拿满分的有哪些条 / 扣分超过5分的项目，哪些指标没达标: which indicators
    base = r.base()
    if base is None or (isinstance(base, Named) and len(base.ids) == 1 and not base.previous):
        return None  # one project "filtered" asks for its rows or a yes/no, not a list of projects
    each = r.present("each")
    projects = r.filtered(base)
    if projects is None:
        return None
    if not each or not _each_said(r):
        projects = _deducted(r, projects, relative=each)
    r.take_all("each")
    if any(isinstance(c, TargetMet | FullMarks | Deducted) for c in conditions_of(projects)):
        r.take_all("rows")  # 有指标没达标的项目: the rows word belongs to the condition
    if not isinstance(projects, Filtered):
        return None
    return ListQuery(projects=projects)


_EVENTS = {"budget_change": "ne", "unspent": "gt"}
"""Funds fields a which-question reads as an event: 哪些项目调整了预算 = budget change ≠ 0."""


def _each_said(r: Reading) -> bool:
    """各/每个/each said, not only a list verb (列出…, List …), which asks for the projects."""
    return any(t.kind == "each" and t.text.lower() not in lx.LIST_VERBS for t in r.tokens)


def _relative(r: Reading, indices: Sequence[int]) -> bool:
    """列出质量指标扣了分的项目 / List the projects that lost points on …: the measure says
    which projects (before 项目 in Chinese, after projects in English), not what to list of them."""
    words = [i for i, t in enumerate(r.tokens) if t.kind == "projword"]
    if r.language == "en":  # projects that lost points / losing points, not the projects' points lost
        first = r.tokens[min(indices)].text.lower()
        return any(
            w < min(indices)
            and (
                any(r.tokens[j].text.lower() in _RELATIVE for j in range(w + 1, min(indices)))
                or first.startswith(("lost", "losing", "forfeit"))
            )
            for w in words
        )
    return any(w > max(indices) for w in words)


_RELATIVE = frozenset({"that", "which", "who", "whose", "with", "where"})


def _deducted(r: Reading, projects: ProjectSet, relative: bool = False) -> ProjectSet:
    """哪些项目的数量指标扣了分 / 哪些项目调整了预算: a measure read as something that
    happened, with nothing to rank, count or state it by. After a list verb only a measure
    that qualifies the projects word is (``_relative``)."""
    if r.asks("ask") or r.present("order") or r.present("agg"):
        return projects
    for group in r.groups():
        asks = any(w in r.tokens[i].text for i in group.indices for w in ("多少", "几", "how many"))
        if asks or (relative and not _relative(r, group.indices)):
            continue
        if group.measure.field == "deduction":
            r.used.update(group.indices)
            part = group.measure.part or r.indicators_word()
            projects = Filtered(source=projects, condition=Deducted(part=part))
        elif group.measure.field in _EVENTS and group.measure.part is None and (r.asks("which") or relative):
            r.used.update(group.indices)
            condition = Compare(measure=group.measure, op=_EVENTS[group.measure.field], value=0.0)  # type: ignore[arg-type]
            projects = Filtered(source=projects, condition=condition)
    return projects


def conditions_of(projects: ProjectSet) -> list[Condition]:
    """The conditions of a filtered set, outermost last."""
    out: list[Condition] = []
    while isinstance(projects, Filtered):
        out.insert(0, projects.condition)
        projects = projects.source
    return out


def shown_measure(projects: ProjectSet) -> Measure | None:
    """The measure a filtered set's last condition looked at, to show beside each project."""
    for c in reversed(conditions_of(projects)):
        if isinstance(c, Compare):
            return c.measure
        if isinstance(c, FullMarks):
            return Measure(field="score", part=c.part)
        if isinstance(c, Deducted):
            return Measure(field="deduction", part=c.part)
    return None


def run(q: ListQuery, corpus: Corpus, lang: Language) -> Composed:
    """The projects that pass, each with the value its condition compared (every project of
    the scope when no condition is set)."""
    if not conditions_of(q.projects):
        return _every(q.projects, corpus, lang)
    n = Numbers()
    found = resolve(q.projects, corpus, n)
    m = shown_measure(q.projects)
    lines = []
    for p in found.projects:
        v = found.values.get(p.id)
        value = f"{say(lang, '：', ': ')}{value_text(m, v, n, lang)}" if m and v else ""
        lines.append(f"- {p.name}{value}")
    cond = say(lang, "，且", " and ").join(condition(c, lang, n, corpus) for c in conditions_of(q.projects))
    among = n.count(
        found.compared if len(conditions_of(q.projects)) == 1 else _base_count(q.projects, corpus)
    )
    if found.projects:
        text = say(
            lang,
            f"{cond}的项目有{n.count(len(found.projects))}个（共比较{among}个项目）：\n" + "\n".join(lines),
            f"{n.count(len(found.projects))} of {among} projects "
            f"{'has' if len(found.projects) == 1 else 'have'} {cond}:\n" + "\n".join(lines),
        )
    else:
        text = say(
            lang,
            f"没有{cond}的项目（共比较{among}个项目）。",
            f"No project has {cond} (compared {among} projects).",
        )
    text += coverage(resolve(leaf(q.projects), corpus, Numbers()).projects, corpus, lang, n)
    ids = tuple(p.id for p in found.projects)
    chart = None
    if m is not None:
        hits = set(ids)
        bars = tuple(
            ChartBar(p.name, v.number, p.id in hits)
            for p in corpus.projects
            if (v := found.values.get(p.id)) and v.number is not None
        )
        chart = Chart(FIELDS[m.field].zh, FIELDS[m.field].unit, bars) if len(bars) > 1 else None
    return Composed(text, found.cites, n, Context(ids, ids), chart)


def _base_count(projects: ProjectSet, corpus: Corpus) -> int:
    return len(resolve(leaf(projects), corpus, Numbers()).projects)


def _every(projects: ProjectSet, corpus: Corpus, lang: Language) -> Composed:
    """共有7个项目（2021年度）: every project of a scope, named, each its header row cited."""
    n = Numbers()
    found = resolve(projects, corpus, n)
    names = "\n".join(f"- {p.name}" for p in found.projects)
    years = sorted({p.year for p in found.projects if p.year})
    for y in years:
        n.add(y)
    span = "、".join(str(y) for y in years)
    text = say(
        lang,
        f"共有{n.count(len(found.projects))}个项目（{span}年度）：\n{names}",
        f"There {'is' if len(found.projects) == 1 else 'are'} {n.count(len(found.projects))} "
        f"project{'' if len(found.projects) == 1 else 's'} ({span}):\n{names}",
    )
    ids = tuple(p.id for p in found.projects)
    return Composed(
        text, unique(found.cites + [cite_project(p) for p in found.projects]), n, Context((), ids)
    )


def describe(q: ListQuery, corpus: Corpus, lang: Language) -> str:
    """筛选：执行率低于90%，比较范围：全部7个项目 (列出全部7个项目 with no condition)."""
    if not conditions_of(q.projects):
        scope = project_set(q.projects, corpus, lang)
        return say(lang, f"列出{scope}", f"list {scope}")
    cond = say(lang, "，且", " and ").join(
        condition(c, lang, None, corpus) for c in conditions_of(q.projects)
    )
    scope = project_set(leaf(q.projects), corpus, lang)
    return say(lang, f"筛选{cond}的项目，比较范围：{scope}", f"projects with {cond}; compared: {scope}")


def _scope(r: Reading) -> ListQuery | None:
    """2023年的项目有哪些？ / List the 2022 projects. / 某局有哪些项目: the projects of a
    year or a department (or all of them), with nothing else asked of them."""
    if not r.asks("projword") or not (r.asks("which") or r.present("each")):
        return None
    if any(t.kind not in lx.FUNCTION and t.kind not in ("each", "year", "department") for t in r.tokens):
        return None
    base = r.base()
    if base is None or isinstance(base, Named):
        return None
    r.take_all("each")
    return ListQuery(projects=base)


INTENT = Intent("list", run, describe, (Template("filter", 45, _filter), Template("list_scope", 8, _scope)))

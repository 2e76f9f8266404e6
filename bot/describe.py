"""The "understood as" line: a query put back into words, in the question's language.

Invariant: the description is derived from the query alone (and the corpus's names and
counts), so what the user reads is exactly what was executed.
"""

from __future__ import annotations

from bot.corpus import Corpus
from bot.execute import label, short_label, threshold_text
from bot.fields import PARTS
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
    Named,
    ProjectSet,
    Ranked,
    TargetMet,
)
from bot.result import say
from bot.types import Language

OP_WORDS = {
    "lt": ("低于", "below"),
    "le": ("不高于", "at most"),
    "gt": ("高于", "above"),
    "ge": ("不低于", "at least"),
    "eq": ("等于", "equal to"),
    "ne": ("不等于", "not equal to"),
}


def part_name(part: str | None, lang: Language) -> str:
    """A part's name (the whole form when None)."""
    if part is None:
        return say(lang, "全部指标", "all indicators")
    return part if lang == "zh" else PARTS[part].en


def condition(c: Condition, lang: Language, n: Numbers | None = None, corpus: Corpus | None = None) -> str:
    """A condition in words (执行率低于90%, full marks on satisfaction)."""
    if isinstance(c, Compare):
        zh, en = OP_WORDS[c.op] if not (c.op == "eq" and c.precision) else ("约为", "about")
        if c.against:
            what = say(
                lang,
                "平均值" if c.against == "avg" else "中位数",
                "the average" if c.against == "avg" else "the median",
            )
            return say(
                lang,
                f"{short_label(c.measure, lang)}{zh}{what}",
                f"{short_label(c.measure, lang)} {en} {what}",
            )
        value = threshold_text(c, n or Numbers(), lang)
        return say(
            lang, f"{short_label(c.measure, lang)}{zh}{value}", f"{short_label(c.measure, lang)} {en} {value}"
        )
    if isinstance(c, Excluded):
        if n is not None and len(c.ids) > 2:  # an answer's heading: the list is the projects kept
            k = n.count(len(c.ids))
            return say(lang, f"不含前述{k}个项目", f"other than the {k} projects named before")
        names = [corpus.by_id[i].name if corpus and i in corpus.by_id else i for i in c.ids]
        return say(lang, f"不含{'、'.join(f'「{x}」' for x in names)}", f"other than {', '.join(names)}")
    if isinstance(c, HasPart):
        word = part_name(c.part, lang)
        return say(lang, f"{'没有' if c.negate else '设有'}{word}", f"{'no ' if c.negate else ''}{word}")
    if isinstance(c, Deducted):
        word = part_name(c.part, lang) if c.part else say(lang, "", "any indicator")
        return say(
            lang,
            f"{word}{'没有扣分' if c.negate else '扣了分'}",
            f"{'no points lost' if c.negate else 'points lost'} on {word}",
        )
    if isinstance(c, FullMarks):
        word = part_name(c.part, lang) if c.part else say(lang, "总分", "the overall score")
        return say(
            lang,
            f"{word}{'未得满分' if c.negate else '满分'}",
            f"{'less than full' if c.negate else 'full'} marks on {word}",
        )
    assert isinstance(c, TargetMet)
    word = part_name(c.part, lang) if c.part else say(lang, "", "any indicator")
    if c.met:
        return say(lang, f"{word}指标全部达标", f"every indicator of {word} met its target")
    return say(lang, f"有未达标的{word}指标", f"an indicator of {word} that missed its target")


def project_set(projects: ProjectSet, corpus: Corpus, lang: Language, n: Numbers | None = None) -> str:
    """A project set in words (全部7个项目, 「A」、「B」, 执行率低于90%的项目)."""
    if isinstance(projects, AllProjects):
        count = len(corpus.select(projects.years, projects.departments))
        if n is not None:
            n.count(count)
            for y in projects.years:
                n.add(y)
        scope = "、".join([*(f"{y}年度" for y in projects.years), *projects.departments])
        scope_en = ", ".join([*(str(y) for y in projects.years), *projects.departments])
        return say(
            lang,
            f"{scope + '的' if scope else '全部'}{count}个项目",
            f"{'all ' if not scope else ''}{count} projects{' of ' + scope_en if scope else ''}",
        )
    if isinstance(projects, Named):
        names = [corpus.by_id[i].name for i in projects.ids if i in corpus.by_id]
        shown = say(lang, "、".join(f"「{x}」" for x in names), ", ".join(f"'{x}'" for x in names))
        if projects.previous:
            return say(lang, f"上一个回答中的{shown}", f"{shown} from the previous answer")
        return shown
    if isinstance(projects, Filtered):
        inner = project_set(projects.source, corpus, lang, n)
        cond = condition(projects.condition, lang, n, corpus)
        return say(lang, f"{inner}中{cond}的项目", f"projects with {cond} among {inner}")
    return _ranked(projects, corpus, lang, n)


def _ranked(r: Ranked, corpus: Corpus, lang: Language, n: Numbers | None) -> str:
    inner = project_set(r.source, corpus, lang, n)
    if n is not None:
        n.count(r.k)
        if r.nth:
            n.count(r.nth)
    what = label(r.measure, lang)
    high = r.order == "desc"
    if r.nth is not None:
        return say(
            lang,
            f"{inner}中{what}{'从高到低' if high else '从低到高'}第{r.nth}的项目",
            f"the project at position {r.nth} by {what} ({'highest' if high else 'lowest'} first) among {inner}",
        )
    if r.k > 1:
        return say(
            lang,
            f"{inner}中{what}{'最高' if high else '最低'}的前{r.k}个项目",
            f"the {r.k} projects with the {'highest' if high else 'lowest'} {what} among {inner}",
        )
    return say(
        lang,
        f"{inner}中{what}{'最高' if high else '最低'}的项目",
        f"the project with the {'highest' if high else 'lowest'} {what} among {inner}",
    )

"""Check: a yes/no question about named projects (上海…总分是否高于97分？, 算不算优, Is X's
execution rate below 90%?) — each project's value, and whether it passes, computed in code."""

from __future__ import annotations

import re

from bot.corpus import Corpus, cite_project
from bot.describe import condition, project_set
from bot.execute import label, passes, resolve, value_text
from bot.intents.base import Intent, Template
from bot.intents.listing import shown_measure
from bot.numbers import Numbers
from bot.query import CheckQuery, Condition, Filtered, Named, TargetMet
from bot.reading import Reading
from bot.result import Composed, say, unique
from bot.types import Citation, Context, Language
from index.template import grade

_ANY = frozenset(("有没有", "有无", "是否有"))

_ENGLISH_YES_NO = re.compile(r"^\s*(is|are|does|do|did|has|have|was|were)\b", re.IGNORECASE)


def _check(r: Reading) -> CheckQuery | None:
    yes_no = r.take_all("yesno")
    if not yes_no and not _ENGLISH_YES_NO.search(r.tagged.text):
        return None
    projects = r.base()
    if not isinstance(projects, Named):
        return None
    if projects.previous and len(projects.ids) > 1 and any(t.text in _ANY for t in yes_no):
        return None  # 这些项目里执行率有没有低于90%的: which of them, not yes or no for each
    found = r.filtered(projects)
    if not isinstance(found, Filtered):
        return None
    conditions: list[Condition] = []
    while isinstance(found, Filtered):
        conditions.insert(0, found.condition)
        found = found.source
    if (
        len(projects.ids) == 1
        and len(conditions) == 1
        and isinstance(conditions[0], TargetMet)
        and not conditions[0].met
    ):
        return None  # Did X miss any of its targets?: which ones (its rows), not a bare yes
    return CheckQuery(projects=projects, conditions=tuple(conditions))


def run(q: CheckQuery, corpus: Corpus, lang: Language) -> Composed:
    """One line per project: the value each condition looks at, and yes or no."""
    n = Numbers()
    found = resolve(q.projects, corpus, n)
    lines: list[str] = []
    cites: list[Citation] = []
    wanted = say(lang, "，且", " and ").join(condition(c, lang, n, corpus) for c in q.conditions)
    for p in found.projects:
        shown, ok = [], True
        for c in q.conditions:
            passed, rows, value = passes(p, c)
            ok = ok and passed
            cites += rows
            m = shown_measure(Filtered(source=q.projects, condition=c))
            if m is not None and value is not None:
                shown.append(f"{label(m, lang)}{say(lang, '：', ': ')}{value_text(m, value, n, lang)}")
                if m.field == "score" and m.part is None and value.number is not None:
                    shown.append(say(lang, f"评级：{grade(value.number)}", f"grade: {grade(value.number)}"))
        verdict = say(lang, "是" if ok else "否", "yes" if ok else "no")
        facts = say(lang, "，", "; ").join(dict.fromkeys(shown))
        lines.append(
            say(
                lang,
                f"「{p.name}」{wanted}？{verdict}。{facts}",
                f"'{p.name}' — {wanted}? {verdict.capitalize()}. {facts}",
            )
        )
        cites.append(cite_project(p))
    ids = tuple(p.id for p in found.projects)
    return Composed("\n".join(lines), unique(cites), n, Context(ids, ids))


def describe(q: CheckQuery, corpus: Corpus, lang: Language) -> str:
    """核对「A」是否总分不低于90分."""
    wanted = say(lang, "，且", " and ").join(condition(c, lang, None, corpus) for c in q.conditions)
    return say(
        lang,
        f"核对{project_set(q.projects, corpus, lang)}是否{wanted}",
        f"check whether {project_set(q.projects, corpus, lang)} has {wanted}",
    )


INTENT = Intent("check", run, describe, (Template("check", 67, _check),))

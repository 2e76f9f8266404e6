"""Summary: a project named with nothing else asked — its total, grade, budget and rate."""

from __future__ import annotations

from bot.corpus import Corpus, cite_funds, cite_project, cite_total
from bot.describe import project_set
from bot.execute import resolve
from bot.intents.base import Intent, Template
from bot.lexicon import AMOUNT_ASKED
from bot.numbers import Numbers
from bot.query import Named, SummaryQuery
from bot.reading import Reading
from bot.result import Composed, say
from bot.types import Citation, Context, Language
from index.template import grade


def _summary(r: Reading) -> SummaryQuery | None:
    if r.present("number") or any(t.kind == "prose" and len(t.text) >= 2 for t in r.tokens):
        return None  # X全年完成保障40余次，是否属实: a fact of the prose, not an overview
    if any(t.kind == "ask" and any(w in t.text.lower() for w in AMOUNT_ASKED) for t in r.tokens):
        return None  # X表里写的是多少次: a count asked, not an overview
    projects = r.base()
    return SummaryQuery(projects=projects) if isinstance(projects, Named) and not projects.previous else None


def run(q: SummaryQuery, corpus: Corpus, lang: Language) -> Composed:
    """One line per project: year, unit, total and grade, full-year budget, execution rate."""
    n = Numbers()
    found = resolve(q.projects, corpus, n)
    parts: list[str] = []
    cites: list[Citation] = []
    for p in found.projects:
        cites.append(cite_project(p))
        total, funds = cite_total(p), p.funds_total
        score = (
            f"{n.score(p.total.score)}/{n.score(p.total.weight)}（{grade(p.total.score)}）"
            if p.total
            else "—"
        )
        budget = n.money(funds.full_year_budget, lang) if funds and funds.full_year_budget else "—"
        rate = n.pct(funds.execution_rate) if funds and funds.execution_rate is not None else "—"
        parts.append(
            say(
                lang,
                f"「{p.name}」（{p.year}年度，{p.unit}）：总分{score}，全年预算数{budget}，执行率{rate}。",
                f"'{p.name}' ({p.year}, {p.unit}): overall score {score}, full-year budget {budget}, "
                f"execution rate {rate}.",
            )
        )
        if p.year:
            n.add(p.year)
        cites += [c for c in (total, cite_funds(p, funds) if funds else None) if c]
    ids = tuple(p.id for p in found.projects)
    return Composed("\n".join(parts), cites, n, Context(ids, ids))


def describe(q: SummaryQuery, corpus: Corpus, lang: Language) -> str:
    """概览「A」."""
    return say(
        lang,
        f"概览{project_set(q.projects, corpus, lang)}",
        f"summary of {project_set(q.projects, corpus, lang)}",
    )


INTENT = Intent("summary", run, describe, (Template("summary", 10, _summary),))

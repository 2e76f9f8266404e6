"""The rule planner: a question and the conversation so far become a typed Plan.

It needs no language model. Order of decisions: out-of-scope checks, ambiguity, follow-ups,
then intents from the most specific (reasons, indicator rows) to the most general (text).
Invariant: a question that names a year, agency or project the corpus lacks gets an
``abstain`` plan; the planner never widens a question to make it answerable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot import lexicon as lx
from bot.corpus import Corpus
from bot.link import ProjectLink, link_indicators, link_projects, normalise
from bot.types import Context, Language, Plan


def detect_language(question: str) -> Language:
    """Return 'en' when the question opens in Latin letters (names may be Chinese), else 'zh'."""
    first = re.search(r"[A-Za-z\u4e00-\u9fff]", question)
    return "en" if first and first.group().isascii() else "zh"


def find_metric(question: str) -> str | None:
    """Return the metric key the question names, most specific first."""
    for key, pattern in lx.METRIC_PATTERNS:
        if pattern.search(question):
            return key
    return None


def plan_question(question: str, corpus: Corpus, context: Context | None = None) -> Plan:
    """Return the plan for a question, resolving follow-ups against context."""
    lang = detect_language(question)
    q = question.strip()
    if not corpus.projects:
        return Plan(route="abstain", language=lang, reason="empty")
    scope = _read_scope(q, corpus)
    if scope.problem:
        return Plan(route="abstain", language=lang, reason=scope.problem)
    link = link_projects(q, corpus, scope.allowed)
    unknown = _unknown_project(q, corpus, link)
    if unknown:
        return Plan(route="abstain", language=lang, reason=f"project:{unknown}")
    if link.ambiguous:
        return Plan(route="clarify", language=lang, candidates=link.ambiguous, metric=find_metric(q))
    ctx = context or Context()
    if _ordinal(q) and not link.ids and not ctx.ranking_ids and lx.FOLLOW_UP.search(q):
        return Plan(route="abstain", language=lang, reason="no_ranking")
    plan = _follow_up(q, lang, link, ctx) or _plan_fresh(q, lang, link, corpus)
    if scope.years or scope.departments:
        plan = plan.model_copy(update={"years": scope.years, "departments": scope.departments})
    return plan


@dataclass(frozen=True)
class _Scope:
    """Years and departments a question names, or why it is out of scope."""

    years: tuple[int, ...] = ()
    departments: tuple[str, ...] = ()
    problem: str = ""
    allowed: set[str] | None = None


def _read_scope(q: str, corpus: Corpus) -> _Scope:
    if lx.OUT_OF_DOMAIN.search(q):
        return _Scope(problem="out_of_domain")
    years: list[int] = []
    for match in lx.YEAR.finditer(q):
        year = int(match.group(1))
        if _inside_name(match.group(1), q, corpus):
            continue
        if year not in corpus.years:
            return _Scope(problem=f"year:{year}")
        years.append(year)
    departments = [name for alias, name in corpus.department_aliases.items() if alias in q]
    known = [*corpus.department_aliases, *(p.name for p in corpus.projects)]
    for match in lx.AGENCY.finditer(q):
        agency = match.group(1)
        if not any(agency in k or k in agency for k in known) and not _generic_agency(agency):
            return _Scope(problem=f"agency:{agency}")
    departments = sorted(set(departments))
    if len(corpus.departments) <= 1 and not years:
        return _Scope()  # naming the only department narrows nothing
    allowed = {p.id for p in corpus.select(years, departments)}
    return _Scope(tuple(sorted(set(years))), tuple(departments), "", allowed)


def _inside_name(token: str, q: str, corpus: Corpus) -> bool:
    return any(token in p.name and token in q for p in corpus.projects)


def _generic_agency(agency: str) -> bool:
    return bool(re.fullmatch(r"(哪个|哪些|各|每个|所有|这个|该|主管)?(部门|单位)", agency))


def _unknown_project(q: str, corpus: Corpus, link: ProjectLink) -> str:
    """Return a project name the question states that links to nothing in the corpus."""
    if link.ids or link.ambiguous or link_indicators(q, corpus):
        return ""
    for match in lx.UNKNOWN_PROJECT.finditer(q):
        name = normalise(match.group(1))
        if _names_a_project(name):
            return match.group(1)
    english = re.search(r"\bthe ([a-z][a-z -]{2,30}?) project\b", q, re.IGNORECASE)
    if english:
        return english.group(1)
    return ""


def _names_a_project(name: str) -> bool:
    """Whether text before 项目 reads as a project's name rather than a question's words."""
    if len(name) < 2 or re.search(r"\d", name) or find_metric(name):
        return False
    patterns = (lx.RANK, lx.AGGREGATE, lx.FULL_MARKS, lx.REASON, lx.PRONOUN, lx.LISTING)
    if any(p.search(name) for p in patterns) or any(p.search(name) for _, p in lx.COMPARATORS):
        return False
    for word in sorted(lx.GENERIC_PROJECT_WORDS, key=len, reverse=True):
        name = name.replace(word, "")
    return len(name) >= 2 and not re.fullmatch(r"[哪些个所有全部各每这那该几多少的有其他]+", name)


def _ordinal(q: str) -> int | None:
    match = lx.ORDINAL.search(q)
    if not match:
        return None
    word = next(g for g in match.groups() if g)
    return lx.to_int(word)


def _follow_up(q: str, lang: Language, link: ProjectLink, ctx: Context) -> Plan | None:
    if ctx.intent == "none":
        return None
    metric = find_metric(q)
    position = _ordinal(q)
    if position and ctx.ranking_ids and not link.ids:
        if position > len(ctx.ranking_ids):
            return Plan(route="abstain", language=lang, reason=f"position:{position}")
        ids = ctx.ranking_ids
        positions = ctx.ranking_positions or tuple(range(1, len(ids) + 1))
        at = positions[position - 1]
        tied = tuple(i for i, pos in zip(ids, positions, strict=True) if pos == at)
        return Plan(
            route="table", intent="lookup", language=lang, metric=metric or ctx.metric, project_ids=tied
        )
    short = len(normalise(q)) <= 14 or lx.FOLLOW_UP.search(q) or lx.PRONOUN.search(q)
    if lx.REASON.search(q) and not link.ids and short and ctx.subject_ids:
        return Plan(
            route="table",
            intent="reasons",
            language=lang,
            metric=metric or ctx.metric,
            project_ids=ctx.subject_ids,
        )
    if not short:
        return None
    if lx.RANK.search(q) and not link.ids and (metric or ctx.metric):
        return Plan(
            route="table",
            intent="rank",
            language=lang,
            metric=metric or ctx.metric,
            order="asc" if lx.ASCENDING.search(q) else "desc",
            single=not lx.LISTING.search(q),
        )
    if link.ids and not metric and ctx.metric and not lx.INDICATOR_FIELDS.search(q):
        return Plan(route="table", intent="lookup", language=lang, metric=ctx.metric, project_ids=link.ids)
    if not link.ids and metric and ctx.subject_ids and (lx.PRONOUN.search(q) or lx.FOLLOW_UP.search(q)):
        return Plan(route="table", intent="lookup", language=lang, metric=metric, project_ids=ctx.subject_ids)
    return None


def _plan_fresh(q: str, lang: Language, link: ProjectLink, corpus: Corpus) -> Plan:
    metric = find_metric(q)
    base: dict[str, Any] = {"language": lang, "project_ids": link.ids}
    indicators = link_indicators(q, corpus, link.ids)
    if indicators:  # a metric word inside an indicator's own name (预算金额结算率) is no metric
        rest = q
        for _, row in indicators:
            rest = rest.replace(row.name, "")
        metric = find_metric(rest)
    lost = metric == "deduction"
    if lx.REASON.search(q):
        rows = tuple(f"{p.form}:{r.line}" for p, r in indicators)
        return Plan(route="table", intent="reasons", metric=metric, indicator_ids=rows, **base)
    if lost and (lx.INDICATOR_LEVEL.search(q) or not link.ids and not lx.RANK.search(q)):
        if lx.RANK.search(q):
            return Plan(
                route="table",
                intent="rank",
                metric="deduction",
                level="indicator",
                order="asc" if lx.ASCENDING.search(q) else "desc",
                limit=_top_n(q),
                single=_top_n(q) is None,
                **base,
            )
        return Plan(route="table", intent="deductions", metric="deduction", **base)
    if indicators and (lx.INDICATOR_FIELDS.search(q) or not metric or metric == "total_score"):
        return Plan(
            route="table",
            intent="indicator",
            indicator_ids=tuple(f"{p.form}:{r.line}" for p, r in indicators),
            **base,
        )
    if lx.AGGREGATE.search(q):
        return _aggregate(q, metric, base)
    if _top_n(q):
        return Plan(
            route="table",
            intent="rank",
            metric=metric or "total_score",
            order="asc" if lx.ASCENDING.search(q) else "desc",
            limit=_top_n(q),
            **base,
        )
    if metric and (lx.FULL_MARKS.search(q) or _comparison(q)):
        return _filter(q, metric, base)
    if lx.RANK.search(q) and (metric or lx.LISTING.search(q)):
        top = _top_n(q)
        return Plan(
            route="table",
            intent="rank",
            metric=metric or "total_score",
            order="asc" if lx.ASCENDING.search(q) else "desc",
            limit=top,
            single=top is None and not lx.LISTING.search(q),
            **base,
        )
    if link.ids and metric:
        return Plan(route="table", intent="lookup", metric=metric, **base)
    if link.ids and not lx.TEXT_HINT.search(q):
        return Plan(route="table", intent="lookup", metric=None, **base)
    if lx.LISTING.search(q) or re.search(r"哪些项目|有哪些|which projects|list the projects", q, re.I):
        return Plan(route="table", intent="rank", metric=metric or "total_score", **base)
    return Plan(route="text", intent="text", query=q, **base)


def _top_n(q: str) -> int | None:
    match = lx.TOP_N.search(q)
    if not match:
        return None
    word = next(g for g in match.groups() if g)
    return lx.to_int(word)


def _comparison(q: str) -> tuple[str, float] | None:
    number = None
    for match in lx.NUMBER.finditer(q):
        if not re.fullmatch(r"(19|20)\d{2}", match.group(1)):
            number = float(match.group(1))
            unit = (match.group(2) or "").lower()
            number *= 1e4 if unit.startswith("万") else 1e8 if unit.startswith("亿") else 1
            break
    if number is None:
        return None
    for op, pattern in lx.COMPARATORS:
        if pattern.search(q):
            return op, number
    return None


def _filter(q: str, metric: str, base: dict[str, Any]) -> Plan:
    if lx.NOT_FULL.search(q):
        return Plan(route="table", intent="filter", metric=metric, op="not_full", **base)
    if lx.FULL_MARKS.search(q):
        return Plan(route="table", intent="filter", metric=metric, op="full", **base)
    op, number = _comparison(q) or ("ge", 0.0)
    return Plan(route="table", intent="filter", metric=metric, op=op, threshold=number, **base)  # type: ignore[arg-type]


def _aggregate(q: str, metric: str | None, base: dict[str, Any]) -> Plan:
    if lx.COUNT.search(q) and (not metric or not lx.AVERAGE.search(q)):
        if metric and (lx.FULL_MARKS.search(q) or _comparison(q)):
            return _filter(q, metric, base)
        if not metric and not re.search(r"项目|表|projects?|forms?", q, re.IGNORECASE):
            return Plan(route="text", intent="text", query=q, **base)
        return Plan(route="table", intent="aggregate", agg="count", metric=metric, **base)
    agg = "avg" if lx.AVERAGE.search(q) else "sum"
    default = "total_score" if agg == "avg" else "full_year_budget"
    return Plan(route="table", intent="aggregate", agg=agg, metric=metric or default, **base)  # type: ignore[arg-type]

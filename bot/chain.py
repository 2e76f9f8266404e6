"""The answering chain as LangChain Runnables: parse → route → execute or retrieve → compose →
grounding check.

Invariants: every answer passes ``check_grounding`` before it leaves; one that fails becomes an
abstention that says so, never an unverified number. Every table or text answer carries the
"understood as" line of the query that produced it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from langchain_core.documents import Document
from langchain_core.runnables import Runnable, RunnableBranch, RunnableLambda

from bot.compose import abstain, clarify
from bot.corpus import Corpus
from bot.execute import resolve
from bot.ground import GroundingError, check_grounding
from bot.intents import INTENTS
from bot.numbers import Numbers
from bot.parser import Parsed, parse
from bot.query import AllProjects, RankQuery, TextQuery
from bot.reading import Previous
from bot.result import Composed
from bot.text import answer_text
from bot.types import Answer, Context, Language

Retrieve = Callable[[str, tuple[str, ...]], list[Document]]
"""Hybrid retrieval for a query within projects (all when empty)."""

Planner = Callable[[str, Corpus, Previous], Parsed]
"""Reads a question into a Parsed outcome (the rule parser by default, or ``bot.planner``'s
model planner, whose outcomes carry ``planner="model"`` when the model's plan was used)."""

Prose = Callable[[TextQuery, Language, list[Document], Corpus], Composed | None]
"""Writes a prose answer from retrieved passages (``bot.prose``), or None to keep the quote."""


@dataclass
class _State:
    question: str
    context: Context
    parsed: Parsed | None = None
    composed: Composed | None = None
    prose_by_model: bool = False


def build_chain(
    corpus: Corpus,
    retrieve: Retrieve | None,
    planner: Planner | None = None,
    prose: Prose | None = None,
    prose_always: bool = False,
) -> Runnable:
    """Return the Runnable that turns a (question, context) state into an Answer; without a
    retrieve function text questions abstain (the table route needs no embeddings). With a
    prose writer, text answers are written by it when no sentence was quoted (or always)."""
    plan_fn = planner or parse

    def plan(state: _State) -> _State:
        ctx = state.context
        state.parsed = plan_fn(
            state.question,
            corpus,
            Previous(ctx.query, ctx.subjects, ctx.results, ctx.ranking, ctx.focus, ctx.lost),
        )
        return state

    def table(state: _State) -> _State:
        parsed = state.parsed
        assert parsed is not None and parsed.query is not None
        state.composed = INTENTS[parsed.query.op].run(parsed.query, corpus, parsed.language)
        return state

    def text(state: _State) -> _State:
        parsed = state.parsed
        assert parsed is not None and isinstance(parsed.query, TextQuery)
        if retrieve is not None:
            docs = _documents(parsed.query, retrieve)
            state.composed = answer_text(parsed.query, parsed.language, docs, corpus)
            if prose is not None and (prose_always or state.composed.abstained):
                written = prose(parsed.query, parsed.language, docs, corpus)
                if written is not None:
                    state.composed, state.prose_by_model = written, True
        if retrieve is None or state.composed is None or state.composed.abstained:
            state.parsed = _refused(parsed, "no_passage")
            state.composed = abstain("no_passage", parsed.language, corpus)
        return state

    def other(state: _State) -> _State:
        parsed = state.parsed
        assert parsed is not None
        if parsed.route == "clarify":
            state.composed = clarify(parsed, corpus)
        else:
            state.composed = abstain(parsed.reason, parsed.language, corpus)
        return state

    def _documents(q: TextQuery, fetch: Retrieve) -> list[Document]:
        scope: tuple[str, ...] = ()
        if not isinstance(q.projects, AllProjects) or q.projects.years or q.projects.departments:
            scope = tuple(p.id for p in resolve(q.projects, corpus, Numbers()).projects)
        renderings = " ".join(
            w for c in q.choices for w in c.split("|")
        )  # an English question's Chinese words
        return fetch(f"{q.text} {renderings}".strip(), scope)

    branch = RunnableBranch(
        (lambda s: s.parsed.route == "table", RunnableLambda(table)),
        (lambda s: s.parsed.route == "text", RunnableLambda(text)),
        RunnableLambda(other),
    )
    return RunnableLambda(plan) | branch | RunnableLambda(lambda s: _finish(s, corpus))


def _planner(state: _State, parsed: Parsed) -> Literal["rules", "model"]:
    if parsed.route not in ("table", "text"):
        return "rules"
    return "model" if state.prose_by_model or getattr(parsed, "planner", "rules") == "model" else "rules"


def _refused(parsed: Parsed, reason: str) -> Parsed:
    return Parsed("abstain", parsed.language, reason=reason)


def _finish(state: _State, corpus: Corpus) -> Answer:
    parsed, composed = state.parsed, state.composed
    assert parsed is not None and composed is not None
    try:
        check_grounding(composed.text, composed.citations, composed.numbers.derived)
    except GroundingError:
        parsed = _refused(parsed, "grounding")
        composed = abstain("grounding", parsed.language, corpus)
    route = parsed.route
    if composed.abstained and route in ("table", "text"):
        route = "abstain"
    interpretation = ""
    if route in ("table", "text") and parsed.query is not None:
        interpretation = INTENTS[parsed.query.op].describe(parsed.query, corpus, parsed.language)
    if route in ("table", "text"):
        c = composed.context
        ranking = parsed.query if isinstance(parsed.query, RankQuery) else state.context.ranking
        context = Context(
            c.subjects or state.context.subjects, c.results or state.context.results, parsed.query, ranking
        )
    elif route == "clarify" and composed.context.query is not None:
        context = composed.context  # which of these projects: the pending question completes
    else:
        # 为啥扣分？ next leans on what was not answered — unless an earlier answer is still there
        # to lean on (its project stays the subject, as before the question asked back)
        before = state.context
        context = replace(before, lost=before.query is None and not before.subjects and not before.results)
    return Answer(
        question=state.question,
        answer=composed.text,
        abstained=composed.abstained,
        route=route,
        citations=tuple(composed.citations),
        language=parsed.language,
        context=context,
        chart=composed.chart,
        query=parsed.query,
        derived=tuple(sorted(composed.numbers.derived)),
        interpretation=interpretation,
        planner=_planner(state, parsed),
    )


def run_chain(chain: Runnable, question: str, context: Context) -> Answer:
    """Invoke the chain and stamp the latency."""
    started = time.perf_counter()
    answer: Answer = chain.invoke(_State(question, context))
    elapsed = (time.perf_counter() - started) * 1000
    return Answer(**{**answer.__dict__, "latency_ms": elapsed})

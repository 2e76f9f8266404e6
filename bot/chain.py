"""The answering chain as LangChain Runnables: plan → route → execute or retrieve → compose →
grounding check.

Invariant: every answer passes ``check_grounding`` before it leaves; one that fails becomes an
abstention that says so, never an unverified number.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from langchain_core.documents import Document
from langchain_core.runnables import Runnable, RunnableBranch, RunnableLambda

from bot.compose import abstain, clarify
from bot.corpus import Corpus
from bot.ground import GroundingError, check_grounding
from bot.plan import plan_question
from bot.result import Composed
from bot.table import RUNNERS
from bot.text import answer_text
from bot.types import Answer, Context, Plan


@dataclass
class _State:
    question: str
    context: Context
    plan: Plan | None = None
    composed: Composed | None = None


Retrieve = Callable[[str, tuple[str, ...]], list[Document]]
"""Hybrid retrieval for a query within projects (all when empty)."""


def build_chain(corpus: Corpus, retrieve: Retrieve | None, planner: Any = None) -> Runnable:
    """Return the Runnable that turns a (question, context) state into an Answer; without a
    retrieve function text questions abstain (the table route needs no embeddings)."""
    plan_fn = planner or plan_question

    def plan(state: _State) -> _State:
        state.plan = plan_fn(state.question, corpus, state.context)
        return state

    def table(state: _State) -> _State:
        assert state.plan is not None
        state.composed = RUNNERS[state.plan.intent](state.plan, corpus)
        return state

    def text(state: _State) -> _State:
        assert state.plan is not None
        if retrieve is None:
            state.plan = state.plan.model_copy(update={"route": "abstain", "reason": "no_passage"})
            state.composed = abstain(state.plan, corpus)
            return state
        plan = state.plan
        scope = plan.project_ids
        if not scope and (plan.years or plan.departments):
            scope = tuple(p.id for p in corpus.select(plan.years, plan.departments))
        docs = retrieve(plan.query, scope)
        state.composed = answer_text(state.plan, docs, corpus)
        if state.composed.abstained:
            state.plan = state.plan.model_copy(update={"route": "abstain", "reason": "no_passage"})
            state.composed = abstain(state.plan, corpus)
        return state

    def other(state: _State) -> _State:
        assert state.plan is not None
        runner = clarify if state.plan.route == "clarify" else abstain
        state.composed = runner(state.plan, corpus)
        return state

    branch = RunnableBranch(
        (lambda s: s.plan.route == "table", RunnableLambda(table)),
        (lambda s: s.plan.route == "text", RunnableLambda(text)),
        RunnableLambda(other),
    )
    return RunnableLambda(plan) | branch | RunnableLambda(lambda s: _finish(s, corpus))


def _finish(state: _State, corpus: Corpus) -> Answer:
    plan, composed = state.plan, state.composed
    assert plan is not None and composed is not None
    try:
        check_grounding(composed.text, composed.citations, composed.numbers.derived)
    except GroundingError:
        plan = plan.model_copy(update={"route": "abstain", "reason": "grounding"})
        composed = abstain(plan, corpus)
    route = "abstain" if composed.abstained and plan.route not in ("clarify",) else plan.route
    context = (
        _carry(state.context, composed.context)
        if not composed.abstained or route == "clarify"
        else state.context
    )
    return Answer(
        question=state.question,
        answer=composed.text,
        abstained=composed.abstained,
        route=route,  # type: ignore[arg-type]
        citations=tuple(composed.citations),
        language=plan.language,
        context=context,
        chart=composed.chart,
        plan=plan,
        derived=tuple(sorted(composed.numbers.derived)),
    )


def _carry(previous: Context, current: Context) -> Context:
    """Keep the previous ranking and metric when this turn did not produce new ones."""
    return Context(
        intent=current.intent,
        metric=current.metric or previous.metric,
        subject_ids=current.subject_ids or previous.subject_ids,
        ranking_ids=current.ranking_ids or previous.ranking_ids,
        order=current.order,
        ranking_positions=current.ranking_positions if current.ranking_ids else previous.ranking_positions,
    )


def run_chain(chain: Runnable, question: str, context: Context) -> Answer:
    """Invoke the chain and stamp the latency."""
    started = time.perf_counter()
    answer: Answer = chain.invoke(_State(question, context))
    elapsed = (time.perf_counter() - started) * 1000
    return Answer(**{**answer.__dict__, "latency_ms": elapsed})

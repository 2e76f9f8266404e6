"""Running a question suite through the bot with the fake model server playing a planner:
perfect (the suite generator's own plans, see ``suiteplans``), random (valid queries with the
words that name what they chose) or liar (valid random queries claiming random words of the
question). Scores with the evaluation's own judge."""

from __future__ import annotations

import random
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bot import Bot
from bot.corpus import Corpus
from bot.fields import FIELDS, PARTS, valid
from bot.query import Measure
from eval.schema import Item
from eval.score import answered, judge
from index import Settings
from tests.fakellm import FakeLLM, Request
from tests.suiteplans import CANNOT, Made, Planner, query_plan
from tests.suiteplans import ev as evidence_entry


@dataclass
class Outcome:
    """A suite run: per item correct / answered-and-wrong, by planner, with model calls."""

    n: int = 0
    correct: int = 0
    confident_wrong: int = 0
    by_planner: Counter[str] = field(default_factory=Counter)
    correct_by_planner: Counter[str] = field(default_factory=Counter)
    calls: int = 0
    asked_items: int = 0
    seconds: float = 0.0
    wrong: list[str] = field(default_factory=list)
    model_wrong: int = 0
    routes: dict[tuple[str, str], str] = field(default_factory=dict)  # (item, question) → route
    asked: set[tuple[str, str]] = field(default_factory=set)  # (item, question) the model was asked
    latency_ms: dict[tuple[str, str], float] = field(default_factory=dict)  # (item, question) → ms

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def confident_wrong_rate(self) -> float:
        return self.confident_wrong / self.n if self.n else 0.0


class Table:
    """The fake server's responder: plans keyed by (item id, question), plus prose summaries."""

    def __init__(self, planner: str, plans: dict[tuple[str, str], dict[str, Any]], corpus: Corpus):
        self.planner = planner
        self.plans = plans
        self.corpus = corpus
        self.item = ""
        self.gold: dict[str, Any] = {}
        self.asked: set[tuple[str, str]] = set()

    def __call__(self, request: Request) -> Any:
        self.asked.add((self.item, request.question))
        if request.schema_name == "summary":
            return self._summary(request)
        if self.planner == "perfect":
            return self.plans.get((self.item, request.question), CANNOT)
        rng = random.Random(f"{self.planner}:{self.item}:{request.question}")
        return random_plan(rng, request.question, self.corpus, liar=self.planner == "liar")

    def _summary(self, request: Request) -> dict[str, Any]:
        value = self.gold.get("value")
        lines = re.findall(r"^\[(\d+)\] \([^)]*\) (.*)$", request.system, re.MULTILINE)
        if self.planner != "perfect":
            rng = random.Random(request.question)
            n, text = rng.choice(lines) if lines else ("0", "")
            return {"action": "answer", "sentences": [int(n)], "summary": f"{text} 共{rng.randint(2, 999)}个"}
        if value is None:
            return {"action": "cannot", "sentences": [], "summary": ""}
        figure = f"{value:g}"
        for n, text in lines:
            if re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", text):
                return {"action": "answer", "sentences": [int(n)], "summary": f"{text}"}
        return {"action": "cannot", "sentences": [], "summary": ""}


def perfect_plans(made: list[Made], corpus: Corpus) -> dict[tuple[str, str], dict[str, Any]]:
    """(item id, question) → the generator's plan for that turn."""
    planner = Planner(corpus)
    out = {}
    for m in made:
        for question, plan in zip(m.item["turns"], planner.plans(m), strict=True):
            out[(m.item["id"], question)] = plan
    return out


def random_plan(rng: random.Random, question: str, corpus: Corpus, liar: bool) -> dict[str, Any]:
    """A valid query chosen at random, with evidence naming what it chose (or, for a liar,
    random stretches of the question)."""
    projects = list(corpus.projects)
    p = rng.choice(projects)
    fields = list(FIELDS)
    key = rng.choice(fields)
    parts = [None, *PARTS]
    part = rng.choice(parts)
    while not valid(Measure(field=key, part=part)):  # type: ignore[arg-type]
        part = rng.choice(parts)
    measure: dict[str, Any] = {"field": key, "part": part}
    spec = FIELDS[key]
    named = {"kind": "named", "ids": [p.id]}
    op = rng.choice(["lookup", "rank", "list", "aggregate", "rows", "compare", "summary"])
    queries: dict[str, dict[str, Any]] = {
        "lookup": {"op": "lookup", "projects": named, "measures": [measure]},
        "rank": {
            "op": "rank",
            "projects": {"kind": "all"},
            "measure": measure,
            "order": rng.choice(["asc", "desc"]),
            "single": True,
        },
        "list": {
            "op": "list",
            "projects": {
                "kind": "filtered",
                "source": {"kind": "all"},
                "condition": {
                    "kind": "compare",
                    "measure": measure,
                    "op": rng.choice(["lt", "gt"]),
                    "value": rng.choice([10, 60, 90, 1e6]),
                },
            },
        },
        "aggregate": {
            "op": "aggregate",
            "projects": {"kind": "all"},
            "agg": rng.choice(["sum", "avg", "max"]),
            "measure": measure,
        },
        "rows": {"op": "rows", "projects": named, "only": "deducted", "reasons": rng.random() < 0.5},
        "compare": {
            "op": "compare",
            "projects": {"kind": "named", "ids": [p.id, rng.choice(projects).id]},
            "measure": measure,
        },
        "summary": {"op": "summary", "projects": named},
    }
    query = queries[op]
    honest = [
        evidence_entry("project", p.id, p.name),
        evidence_entry("field", key, rng.choice((*spec.words_zh, spec.zh))),
        evidence_entry("order", "desc", "最高"),
        evidence_entry("number", "90", "90%"),
        evidence_entry("comparator", "lt", "低于"),
        evidence_entry("aggregate", "sum", "合计"),
        evidence_entry("reasons", "", "为什么"),
        evidence_entry("condition", "deducted", "扣分"),
    ]
    if part:
        honest.append(evidence_entry("part", part, (*PARTS[part].words_zh, part)[0]))
    if liar:
        honest = [{**e, "words": _stretch(rng, question)} for e in honest]
    return query_plan(query, honest)


def _stretch(rng: random.Random, question: str) -> str:
    if len(question) < 2:
        return question
    start = rng.randrange(len(question) - 1)
    return question[start : start + rng.randint(2, 6)]


def run_suite(
    items: list[Item],
    plans: dict[tuple[str, str], dict[str, Any]],
    corpus: Corpus,
    settings: Settings,
    embedder: Any,
    planner: str,
    mode: str,
) -> Outcome:
    """Answer every item with the fake server playing planner in mode; score each."""
    table = Table(planner, plans, corpus)
    fake = FakeLLM(table).start()
    try:
        update: dict[str, Any] = {"llm_mode": mode}
        if mode != "off":
            update |= {"llm_base_url": fake.base_url, "llm_model": "fake", "llm_timeout": 5.0}
        bot = Bot(settings.model_copy(update=update), embedder=embedder)
        universe = [
            sorted({p.name for p in corpus.projects}),
            sorted({i.name for p in corpus.projects for i in p.indicators}),
        ]
        out = Outcome()
        started = time.perf_counter()
        for item in items:
            table.item, table.gold = item.id, item.gold.model_dump()
            before = fake.total
            history: list[Any] = []
            for q in item.turns:
                history.append(bot.answer(q, history))
                out.routes[(item.id, q)] = history[-1].route
                out.latency_ms[(item.id, q)] = history[-1].latency_ms
            a = history[-1]
            verdict = judge(item, a.answer, a.abstained, a.route, universe)
            out.n += 1
            out.correct += verdict.correct
            wrong = answered(a.abstained, a.route) and not verdict.correct
            out.confident_wrong += wrong
            out.model_wrong += a.planner == "model" and not verdict.correct
            out.by_planner[a.planner] += 1
            out.correct_by_planner[a.planner] += verdict.correct
            out.asked_items += fake.total > before
            if not verdict.correct:
                out.wrong.append(f"{item.id} {a.planner} {' → '.join(item.turns)} ⇒ {a.answer[:100]!r}")
        out.seconds = time.perf_counter() - started
        assert not fake.errors, fake.errors[:3]
        out.calls = fake.total
        out.asked = set(table.asked)
        return out
    finally:
        fake.stop()

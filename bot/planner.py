"""The optional model planner: a language model reads the question into the same typed query
the rule parser builds, and the query runs exactly as a parsed one does.

Modes (``Settings.llm_mode``): ``fallback`` asks the model only when the rules ask back or refuse
— never when they refuse because the corpus holds no such year, agency or project, which no plan
can change; ``always`` asks the model first and keeps the rules' outcome when the model's plan is
unusable. The rules always run first: they are cheap and they decide the hard refusals.

Invariants: a model's plan is used only after ``validate_query`` (ids, parts and fields exist and
fit) and ``check_evidence`` (every slot read from words of the question); anything else — an
error, a timeout, invalid JSON, an unsupported query, "cannot" — keeps the rules' outcome and is
logged. An answer planned by the model says so (``Parsed.planner == "model"``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError

from bot.corpus import Corpus
from bot.evidence import EvidenceError, check_evidence
from bot.llm import ChatModel, ModelError
from bot.parser import Parsed, parse
from bot.prompt import Evidence, plan_schema, system_prompt
from bot.query import Query
from bot.reading import Previous
from bot.validate import InvalidQuery, validate_query

LOG = logging.getLogger("jixiao.planner")
HARD_REFUSALS = frozenset({"year", "agency", "project", "empty"})
"""Refusals no plan can change: the corpus holds no such year, agency or project, or nothing."""

Mode = Literal["fallback", "always"]


@dataclass(frozen=True)
class Planned(Parsed):
    """A Parsed outcome that records which planner produced it."""

    planner: Literal["rules", "model"] = "model"


class ModelPlanner:
    """A ``bot.chain.Planner`` that asks a model when the mode says so."""

    def __init__(self, model: ChatModel, mode: Mode, rules: Any = parse) -> None:
        self.model = model
        self.mode = mode
        self.rules = rules
        self._schema: tuple[Corpus, str] | None = None

    def __call__(self, question: str, corpus: Corpus, previous: Previous) -> Parsed:
        parsed: Parsed = self.rules(question, corpus, previous)
        if not self.asks_model(parsed):
            return parsed
        try:
            query = self.plan(question, corpus, previous)
        except (ModelError, InvalidQuery, EvidenceError, ValidationError) as err:
            LOG.warning("model plan not used (%s) for %r: %s", type(err).__name__, question, err)
            return parsed
        if query is None:
            return parsed
        route = "text" if query.op == "text" else "table"
        return Planned(route, parsed.language, query, "model", understood=parsed.understood)  # type: ignore[arg-type]

    def asks_model(self, parsed: Parsed) -> bool:
        """Whether this mode asks the model about a question the rules read as parsed."""
        if parsed.route == "abstain" and parsed.reason.partition(":")[0] in HARD_REFUSALS:
            return False
        if self.mode == "always":
            return True
        return parsed.route in ("clarify", "abstain")

    def plan(self, question: str, corpus: Corpus, previous: Previous) -> Query | None:
        """The model's checked query, or None when it says it cannot plan the question."""
        system = (
            f"{system_prompt(corpus, previous)}\n\nJSON schema of the reply:\n{self._schema_text(corpus)}"
        )
        raw = self.model.structured(system, question, "plan", json.loads(self._schema_text(corpus)))
        if raw.get("action") == "cannot":
            LOG.info("model cannot plan %r: %s", question, str(raw.get("reason", ""))[:200])
            return None
        if raw.get("action") != "query":
            raise InvalidQuery(f"unknown action {raw.get('action')!r}")
        query = validate_query(raw.get("query") or {}, corpus)
        evidence = [Evidence.model_validate(e) for e in raw.get("evidence") or []]
        check_evidence(question, query, evidence, corpus, previous)
        return query

    def _schema_text(self, corpus: Corpus) -> str:
        if self._schema is None or self._schema[0] is not corpus:
            self._schema = (
                corpus,
                json.dumps(plan_schema(corpus), ensure_ascii=False, separators=(",", ":")),
            )
        return self._schema[1]

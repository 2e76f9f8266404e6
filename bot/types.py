"""Domain types of the bot package.

``Plan`` is the typed query plan: the rule planner builds it today, and an optional language-
model planner may build the same type later (it crosses that boundary, hence pydantic).
``Answer`` is what every front end renders; it carries the conversation ``Context`` that the
next turn resolves follow-ups against.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict

Language = Literal["zh", "en"]
Route = Literal["table", "text", "abstain", "clarify"]
Intent = Literal[
    "rank",
    "lookup",
    "filter",
    "aggregate",
    "deductions",
    "reasons",
    "indicator",
    "text",
    "none",
]


class Plan(BaseModel):
    """What to compute for one question."""

    model_config = ConfigDict(frozen=True)

    route: Route
    intent: Intent = "none"
    language: Language = "zh"
    metric: str | None = None
    order: Literal["asc", "desc"] = "desc"
    limit: int | None = None
    single: bool = False
    op: Literal["lt", "le", "gt", "ge", "full", "not_full"] | None = None
    threshold: float | None = None
    agg: Literal["count", "sum", "avg", "max", "min"] | None = None
    project_ids: tuple[str, ...] = ()
    indicator_ids: tuple[str, ...] = ()
    level: Literal["project", "indicator"] = "project"
    candidates: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    departments: tuple[str, ...] = ()
    reason: str = ""
    query: str = ""


@dataclass(frozen=True)
class Citation:
    """A source row an answer rests on."""

    id: str
    form: str
    line: int
    project: str
    section: str
    indicator: str
    text: str
    project_id: str = ""
    level1: str = ""
    level2: str = ""
    target: str = ""
    actual: str = ""
    weight: float | None = None
    score: float | None = None
    deviation: str = ""
    sheet: str | None = None
    page: int | None = None


@dataclass(frozen=True)
class ChartBar:
    """One bar of a per-project chart."""

    label: str
    value: float
    highlight: bool


@dataclass(frozen=True)
class Chart:
    """A bar chart of one metric over several projects."""

    metric: str
    unit: str
    bars: tuple[ChartBar, ...]


@dataclass(frozen=True)
class Context:
    """What a follow-up question can refer back to."""

    intent: Intent = "none"
    metric: str | None = None
    subject_ids: tuple[str, ...] = ()
    ranking_ids: tuple[str, ...] = ()
    order: Literal["asc", "desc"] = "desc"
    ranking_positions: tuple[int, ...] = ()


@dataclass(frozen=True)
class Answer:
    """The answer to one question, with its evidence."""

    question: str
    answer: str
    abstained: bool
    route: Route
    citations: tuple[Citation, ...] = ()
    latency_ms: float = 0.0
    language: Language = "zh"
    context: Context = field(default_factory=Context)
    chart: Chart | None = None
    plan: Plan | None = None
    derived: tuple[str, ...] = ()
    interpretation: str = ""
    planner: Literal["rules", "model"] = "rules"

    def to_json(self) -> dict[str, object]:
        """Return the DESIGN.md JSON object of this answer."""
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "route": self.route,
            "citations": [
                {
                    "id": c.id,
                    "form": c.form,
                    "line": c.line,
                    "project": c.project,
                    "section": c.section,
                    "indicator": c.indicator,
                    "text": c.text,
                    "sheet": c.sheet,
                    "page": c.page,
                }
                for c in self.citations
            ],
            "interpretation": self.interpretation,
            "planner": self.planner,
            "latency_ms": round(self.latency_ms, 2),
        }

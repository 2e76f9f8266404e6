"""Domain types of the bot package.

The typed query itself lives in ``bot.query``. ``Answer`` is what every front end renders; it carries the conversation ``Context`` that the
next turn resolves follow-ups against.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Language = Literal["zh", "en"]
Route = Literal["table", "text", "abstain", "clarify"]


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
    """What a follow-up question can refer back to: the previous query, the projects the
    answer was about (subjects: 它, it) and the projects it listed in order (results: 这几个,
    these)."""

    subjects: tuple[str, ...] = ()
    results: tuple[str, ...] = ()
    query: Any = None
    ranking: Any = None
    focus: tuple[str, ...] = ()
    lost: bool = False  # the last question was asked back or refused: a bare follow-up has no anchor


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
    query: Any = None
    derived: tuple[str, ...] = ()
    interpretation: str = ""
    planner: Literal["rules", "model"] = "rules"

    def understood(self) -> str:
        """The "understood as" line, saying when a language model read the question ('' when
        there is nothing to show)."""
        if not self.interpretation:
            return ""
        zh = self.language == "zh"
        if self.planner == "model":
            head = "模型理解为" if zh else "Model read it as"
        else:
            head = "理解为" if zh else "Understood as"
        return f"{head}{'：' if zh else ': '}{self.interpretation}"

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

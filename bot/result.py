"""The shape every answer runner returns, and helpers all runners share."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.corpus import Corpus, cite_project
from bot.metrics import Metric
from bot.numbers import Numbers
from bot.types import Chart, Citation, Context, Language, Plan
from index.types import Project


@dataclass
class Composed:
    """An answer's text with its evidence, before the grounding check."""

    text: str
    citations: list[Citation]
    numbers: Numbers
    context: Context = field(default_factory=Context)
    chart: Chart | None = None
    abstained: bool = False


def say(lang: Language, zh: str, en: str) -> str:
    """Pick the phrasing in the answer's language."""
    return zh if lang == "zh" else en


def in_scope(plan: Plan, corpus: Corpus) -> list[Project]:
    """The projects a plan is about: named ones, else those of its years and departments."""
    if plan.project_ids:
        return [corpus.by_id[i] for i in plan.project_ids if i in corpus.by_id]
    return corpus.select(plan.years, plan.departments)


def unique(cites: list[Citation]) -> list[Citation]:
    """Citations without repeats, first occurrence kept."""
    return list({c.id: c for c in cites}.values())


def missing(metric: Metric, lang: Language, projects: list[Project]) -> Composed:
    """Abstain because the projects' forms do not state the metric."""
    names = "、".join(p.name for p in projects)
    text = say(
        lang,
        f"无法回答：{names} 的表中没有填写{metric.zh}，语料里没有可计算的行。",
        f"Cannot answer: the forms of {names} do not state the {metric.en}.",
    )
    return Composed(text, [cite_project(p) for p in projects], Numbers(), abstained=True)

"""The shape every answer runner returns, and helpers all runners share."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.corpus import cite_project
from bot.numbers import Numbers
from bot.types import Chart, Citation, Context, Language
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


def say(lang: Language | str, zh: str, en: str) -> str:
    """Pick the phrasing in the answer's language."""
    return zh if lang == "zh" else en


def unique(cites: list[Citation]) -> list[Citation]:
    """Citations without repeats, first occurrence kept."""
    return list({c.id: c for c in cites}.values())


def missing_values(what: list[str], projects: list[Project], lang: Language) -> Composed:
    """Abstain because the forms do not state what the question needs."""
    if not projects:
        text = say(lang, "无法回答：没有符合条件的项目。", "Cannot answer: no project fits the question.")
        return Composed(text, [], Numbers(), abstained=True)
    shown = "、".join(what) if what else "、".join(p.name for p in projects)
    text = say(
        lang,
        f"无法回答：表中没有填写{shown}，语料里没有可计算的行。",
        f"Cannot answer: the forms do not state {shown}.",
    )
    n = Numbers()
    from bot.numbers import numbers_in

    n.derived |= numbers_in(shown)
    return Composed(text, [cite_project(p) for p in projects], n, abstained=True)

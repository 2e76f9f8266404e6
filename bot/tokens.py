"""The token a question is tagged into (``bot.tagger``) and rewritten in (``bot.rewrites``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Token:
    """One slot (or unknown word) of a question."""

    kind: str
    value: str
    text: str
    start: int
    number: float | None = None
    unit: str = ""
    ids: tuple[str, ...] = ()


def field_key(t: Token) -> str:
    """The field a field token names (score@预算执行 → score: a part may ride on the value)."""
    return t.value.partition("@")[0]


def points_word(t: Token) -> bool:
    """Whether a token is a word for points (points, marks, 分), a unit more than a measure."""
    return t.text.lower().endswith(("points", "point", "marks", "pts")) or t.text.endswith("分")

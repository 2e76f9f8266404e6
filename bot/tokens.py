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

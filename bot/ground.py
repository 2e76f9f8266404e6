"""The grounding check: every number in an answer stands in a cited row or was computed by
code from cited rows. It runs on every answer before it leaves ``bot``."""

from __future__ import annotations

from collections.abc import Iterable

from bot.numbers import numbers_in
from bot.types import Citation


class GroundingError(Exception):
    """An answer states a number that its citations do not support."""


def ungrounded(answer: str, citations: Iterable[Citation], derived: set[str]) -> set[str]:
    """Return the numbers of answer found neither in the citations nor among derived ones
    (citations are read only until every number is accounted for)."""
    missing = numbers_in(answer) - derived
    for c in citations:
        if not missing:
            break
        missing -= numbers_in(c.text) | numbers_in(c.project)
    return missing


def check_grounding(answer: str, citations: Iterable[Citation], derived: set[str]) -> None:
    """Raise GroundingError when a number in answer is not supported."""
    missing = ungrounded(answer, citations, derived)
    if missing:
        raise GroundingError(f"unsupported numbers in answer: {sorted(missing)}")

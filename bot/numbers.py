"""Formatting numbers for answers and recording which ones code computed.

Invariant: a number written with ``derived=True`` was computed by code from cited rows; the
grounding check accepts only such numbers and numbers that stand in a cited row.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

NUMBER = re.compile(r"(?<!level-)(?<!level )(?<!level)\d[\d,]*(?:\.\d+)?")
"""A number of an answer; the 2 of level-2 (the glossary's name of a 二级指标) names a level, it is
no quantity to ground."""


def canonical(text: str) -> str:
    """Return a number's canonical string: no sign, no commas, no trailing zeros (answers
    state signs in words or a leading minus the grounding check reads apart)."""
    value = abs(float(text.replace(",", "")))
    out = f"{value:.6f}".rstrip("0").rstrip(".")
    return out or "0"


def round2(value: float) -> str:
    """Round half up to two decimals with thousands separators (what a reader expects)."""
    return f"{Decimal(repr(value)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,}"


def numbers_in(text: str) -> set[str]:
    """Return the canonical numbers that appear in text."""
    return {canonical(m) for m in NUMBER.findall(text)}


class Numbers:
    """Collects the numbers code computed while composing one answer."""

    def __init__(self) -> None:
        self.derived: set[str] = set()

    def add(self, value: float) -> None:
        """Record a computed value."""
        self.derived.add(canonical(f"{value:.6f}"))

    def score(self, value: float, derived: bool = False) -> str:
        """Format a score as stated (9.31, 97.93, 6)."""
        text = f"{round(value, 4):.4f}".rstrip("0").rstrip(".")
        if derived:
            self.derived.add(canonical(text))
        return text

    def pct(self, value: float, derived: bool = False) -> str:
        """Format a percentage with two decimals."""
        text = f"{value:.2f}%"
        if derived:
            self.derived.add(canonical(text[:-1]))
        return text

    def money(self, value: float, lang: str, derived: bool = False) -> str:
        """Format 元 as stated plus a readable 万元/亿元 form."""
        exact = f"{value:,.2f}"
        if derived:
            self.derived.add(canonical(exact))
        if abs(value) >= 1e8:
            short, unit = value / 1e8, "亿元"
        else:
            short, unit = value / 1e4, "万元"
        readable = round2(short).rstrip("0").rstrip(".")
        self.derived.add(canonical(readable))
        if lang == "en":
            millions = round2(value / 1e6)
            self.derived.add(canonical(millions))
            return f"{exact} yuan ({millions} million yuan)"
        return f"{exact}元（约{readable}{unit}）"

    def count(self, value: int) -> str:
        """Format a count computed by code."""
        self.derived.add(canonical(str(value)))
        return str(value)

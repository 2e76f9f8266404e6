"""Question types, one module each: its templates (slots → query), its runner (query →
composed answer) and its "understood as" wording. Adding a question type is one module here,
registered in ``INTENTS``, plus its tests.

Templates are tried by weight, highest first; the parser keeps the first whose query
consumed every content word of the question.
"""

from __future__ import annotations

from bot.intents import aggregate, check, compare, follow, group, listing, lookup, rank, rows, summary, text
from bot.intents.base import Intent, Template

INTENTS: dict[str, Intent] = {
    i.op: i
    for i in (
        lookup.INTENT,
        summary.INTENT,
        rank.INTENT,
        listing.INTENT,
        aggregate.INTENT,
        group.INTENT,
        compare.INTENT,
        rows.INTENT,
        check.INTENT,
        text.INTENT,
    )
}
TEMPLATES: tuple[Template, ...] = tuple(
    sorted(
        [t for i in INTENTS.values() for t in i.templates] + list(follow.TEMPLATES),
        key=lambda t: -t.weight,
    )
)

__all__ = ["INTENTS", "TEMPLATES", "Intent", "Template"]

"""Checks every question suite's file must pass (test_suites, test_dev_suites,
test_dev2_suites): gold answers well formed, evidence rows that exist in the forms."""

from __future__ import annotations

from pathlib import Path

from eval.schema import Item


def assert_gold_well_formed(items: list[Item], *, per_item: bool = True, unsigned: bool = False) -> None:
    """Each answer type carries what the scorer reads; per_item: per-item and compare answers
    list at least two pairs; unsigned: no negative value (the scorer reads no signs)."""
    for i in items:
        g = i.gold
        if i.answer_type == "number":
            assert g.value is not None
        if i.answer_type == "list":
            assert g.items and g.universe in ("project", "indicator")
        if per_item and i.answer_type in ("per_item", "compare"):
            assert len(g.pairs) >= 2 or i.intent == "list_field"
        if i.answer_type == "compare":
            values = [p.value for p in g.pairs]
            assert len(set(values)) == len(values) and g.answer in {p.item for p in g.pairs}
        if i.answer_type in ("text_all", "grade", "text"):
            assert g.items or g.answer
        if i.answerable:
            assert i.evidence.rows, i.id
        if unsigned:
            values = [g.value, *(p.value for p in g.pairs)]
            assert all(v is None or v >= 0 for v in values), i.id  # the scorer reads no signs


def assert_evidence_rows_exist(folder: Path, items: list[Item]) -> None:
    """Every cited form:line of the items is a line of a form in folder."""
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in folder.glob("*.txt")}
    for i in items:
        for row in i.evidence.rows:
            form, line = row.rsplit(":", 1)
            assert 1 <= int(line) <= sizes[form], row

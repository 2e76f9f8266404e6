"""Checks every question suite's file must pass (test_suites, test_dev_suites,
test_dev2_suites, test_dev3_suites, test_hidden2_suite, test_hidden3_suite): gold answers well
formed, evidence rows that exist in the forms, and the answers that test the scorer reads each
gold (an ideal one and a wrong one)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


def fmt_value(value: float | None, unit: str | None) -> str:
    assert value is not None
    return f"{value:,.2f}{unit}" if unit in ("元", "万元", "亿元") else f"{value:g}{unit or ''}"


def ideal_answer(item: Item) -> str:
    """An answer that states the gold the way a careful person would."""
    g, kind = item.gold, item.answer_type
    if kind == "number":
        return f"答：{fmt_value(g.value, g.unit)}"
    if kind in ("list", "text_all"):
        return "\n".join(g.items)
    if kind == "per_item":
        return "\n".join(
            f"{p.item}：{p.text if p.text is not None else fmt_value(p.value, p.unit)}" for p in g.pairs
        )
    if kind == "compare":
        values = {p.item: p.value or 0.0 for p in g.pairs}
        word = "更高" if values[g.answer or ""] == max(values.values()) else "更低"
        lines = [
            f"{word}的是「{p.item}」：{fmt_value(p.value, p.unit)}" for p in g.pairs if p.item == g.answer
        ]
        return "\n".join(
            lines + [f"「{p.item}」：{fmt_value(p.value, p.unit)}" for p in g.pairs if p.item != g.answer]
        )
    if kind == "grade":
        return f"评级：{g.answer}"
    return g.answer or ""


def wrong_answer(item: Item) -> str | None:
    """An answer that misses: a number off by a margin, a list or per-item answer short of one."""
    g, kind = item.gold, item.answer_type
    if kind == "number":
        return f"答：{fmt_value((g.value or 0.0) * 1.5 + 7 + 100 * g.tolerance, g.unit)}"
    if kind == "list" and len(g.items) > 1:
        return "\n".join(g.items[:-1])
    if kind == "per_item" and len(g.pairs) > 1:
        return "\n".join(
            f"{p.item}：{p.text if p.text is not None else fmt_value(p.value, p.unit)}" for p in g.pairs[:-1]
        )
    return None


def shared_questions(items: list[Item], root: Path, paths: tuple[str, ...] | list[str]) -> int:
    """How many single-turn questions of items (normalised) also stand in the suites at paths; a
    count, so that an assert on it prints no question."""
    from eval.score import normalise

    other: set[str] = set()
    for path in paths:
        for line in (root / path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                turns = row.get("turns") or [row["question"]]
                other.update(normalise(t) for t in ([turns] if isinstance(turns, str) else turns))
    return len({normalise(t) for i in items if len(i.turns) == 1 for t in i.turns} & other)


def assert_short_names_single_out(book: Any, at_least: int) -> None:
    """Every Chinese short name a hand-written suite uses singles out the project it stands for."""
    from eval.suites.free_book import singles_out

    checked = 0
    for key, ref in book.refs:
        if not ref.english:
            assert singles_out(book.o, ref.words) == [ref.name], (key, ref.words)
            checked += 1
    assert checked >= at_least


def assert_ambiguous_fragments(book: Any, items: list[Item], at_least: int = 4) -> None:
    """Each fragment asked back for fits two or more projects of the corpus."""
    ambiguous = [i for i in items if "refuse:ambiguous" in i.tags]
    assert len(ambiguous) >= at_least
    for i in ambiguous:
        assert len(i.gold.items) >= 2 and all(n in book.o.names() for n in i.gold.items), i.id


def scorer_misreads(items: list[Item], o: Any) -> list[str]:
    """The ids of the items whose gold the scorer misreads: an abstention on an unanswerable item
    is not right, or the ideal answer is not right, or a wrong answer is (ids only: a held-out
    suite's questions are never printed)."""
    from eval.score import judge

    universes = [o.names(), sorted(set(o.indicators.name))]
    bad = []
    for i in items:
        if not i.answerable:
            ok = judge(i, "语料中没有可回答的内容。", True, "abstain", universes).correct
        else:
            wrong = wrong_answer(i)
            ok = judge(i, ideal_answer(i), False, "table", universes).correct and (
                wrong is None or not judge(i, wrong, False, "table", universes).correct
            )
        if not ok:
            bad.append(i.id)
    return bad


REFUSALS = ("refuse", "refuse_or_clarify")


def assert_refusals(items: list[Item], at_least: int, kinds: tuple[str, ...]) -> None:
    """At least so many questions to refuse or ask back, none answerable or citing rows, each
    with the answer type of its intent, and exactly these kinds of refusal among their tags."""
    refusals = [i for i in items if i.intent in REFUSALS]
    assert len(refusals) >= at_least
    for i in refusals:
        assert not i.answerable and not i.evidence.rows
        assert i.answer_type == ("abstain" if i.intent == "refuse" else "abstain_or_clarify")
    found = {t for i in refusals for t in i.tags if t.startswith("refuse:")}
    assert found == {f"refuse:{k}" for k in kinds}


def assert_english_names(book: Any) -> None:
    """Each English rendering of a name stands for one project, and every project has one."""
    meant: dict[str, set[str]] = {}
    for _, ref in book.refs:
        if ref.english:
            meant.setdefault(ref.words, set()).add(ref.name)
    names = set(book.o.names())
    assert len(meant) == len(names) and all(len(v) == 1 for v in meant.values())
    assert {n for v in meant.values() for n in v} == names

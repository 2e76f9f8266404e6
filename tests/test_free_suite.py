"""The hand-written suite (eval/suites/free.py): it validates, covers every intent, regenerates byte
for byte, repeats no question of another suite, names projects only in ways that single them out,
and holds gold the scorer reads (an answer stating the gold is right, one that misses is wrong).

The held-out suites are not read here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eval.oracle import Oracle
from eval.schema import Item, load_items
from eval.score import judge
from eval.suites import PLAN, dumps, sample_records
from eval.suites.free import FREE_SAMPLE, build_book
from eval.suites.free_book import Book, singles_out
from tests.seed_names import P1, P3, P4, P5, P6, P7
from tests.suitechecks import (
    assert_ambiguous_fragments,
    assert_evidence_rows_exist,
    assert_gold_well_formed,
    assert_refusals,
    assert_short_names_single_out,
    shared_questions,
)

ROOT = Path(__file__).parents[1]
VISIBLE_SUITES = (
    "eval/suites/sample.jsonl",
    "eval/suites/synth.jsonl",
    "eval/suites/dev_sample.jsonl",
    "eval/suites/dev_synth.jsonl",
    "eval/suites/dev2_sample.jsonl",
    "eval/suites/dev2_synth.jsonl",
    "eval/suites/free2_sample.jsonl",
    "eval/suites/free3_sample.jsonl",
    "eval/suites/free4_sample.jsonl",
    "eval/suites/free5_sample.jsonl",
    "eval/suites/free6_sample.jsonl",
    "eval/questions.jsonl",
)


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(FREE_SAMPLE)


@pytest.fixture(scope="module")
def book() -> Book:
    return build_book()


def test_regeneration_gives_the_identical_file(book: Book) -> None:
    assert dumps(book.items) == FREE_SAMPLE.read_text(encoding="utf-8")


def test_size_and_every_intent(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert len(items) == 150 and set(counts) == set(PLAN)
    assert min(counts.values()) >= 4
    assert len({i.id for i in items}) == len(items)
    assert len({tuple(i.turns) for i in items}) == len(items)


def test_languages_registers_and_shapes(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert tags["en"] >= 45 and tags["zh"] >= 90
    assert tags["colloquial"] >= 30 and tags["formal"] >= 10 and tags["mixed"] >= 3
    assert tags["alias"] >= 40 and tags["abbrev"] >= 3 and tags["tie"] >= 2
    assert sum(len(i.turns) == 3 for i in items) >= 2 and sum(len(i.turns) > 1 for i in items) >= 12


def test_refusals(items: list[Item]) -> None:
    assert_refusals(
        items, 18, ("offtopic", "year", "agency", "unknown", "unknown_all", "missing", "ambiguous")
    )


def test_no_question_repeats_one_of_another_suite(items: list[Item]) -> None:
    assert shared_questions(items, ROOT, VISIBLE_SUITES) == 0  # a count: no question is printed


# -- names ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("政务云预付费", [P5]),
        ("管理经费", [P6]),
        ("平台二期", [P4]),
        ("运维", [P3]),
        ("数据运营", [P7]),
        ("运营服务", [P1, P7]),
        ("基础设施", [P3, P5]),
        ("智慧城管", []),
    ],
)
def test_singles_out(book: Book, alias: str, expected: list[str]) -> None:
    assert singles_out(book.o, alias) == expected


def test_every_short_name_singles_out_its_project(book: Book) -> None:
    assert_short_names_single_out(book, 40)


def test_ambiguous_fragments_name_several_projects(book: Book, items: list[Item]) -> None:
    assert_ambiguous_fragments(book, items)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda b: b.lookup("运维总分", P3, "total", "zh", a="政务云"), "does not say"),
        (lambda b: b.filter("哪些项目总分高于0分", "total", "gt", 0, "zh"), "every project"),
        (lambda b: b.compare("谁的执行率高", [P1, P5], "rate", True, "zh"), "equal values"),
        (lambda b: b.rank("执行率第二高的", "rate", True, "zh", n=2), "a tie before place 2"),
        (lambda b: b.refuse_or_clarify("运维的总分", "ambiguous", "zh", fragment="运维"), "several"),
    ],
)
def test_a_question_the_corpus_cannot_answer_cleanly_is_rejected(build: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build(Book(Oracle(sample_records())))


# -- gold -------------------------------------------------------------------------------------------
def test_gold_is_well_formed_and_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_gold_well_formed(items, unsigned=True)
    assert_evidence_rows_exist(SAMPLE_DIR, items)


def _fmt(value: float | None, unit: str | None) -> str:
    assert value is not None
    return f"{value:,.2f}{unit}" if unit == "元" else f"{value:g}{unit or ''}"


def _ideal(item: Item) -> str:
    g = item.gold
    if item.answer_type == "number":
        return f"答：{_fmt(g.value, g.unit)}"
    if item.answer_type in ("list", "text_all"):
        return "\n".join(g.items)
    if item.answer_type == "per_item":
        return "\n".join(
            f"{p.item}：{p.text if p.text is not None else _fmt(p.value, p.unit)}" for p in g.pairs
        )
    if item.answer_type == "compare":
        values = {p.item: p.value or 0.0 for p in g.pairs}
        word = "更高" if values[g.answer or ""] == max(values.values()) else "更低"
        head = [f"{word}的是「{g.answer}」"]
        return "\n".join(head + [f"「{p.item}」：{_fmt(p.value, p.unit)}" for p in g.pairs])
    if item.answer_type == "grade":
        return f"评级：{g.answer}"
    return g.answer or ""


def _wrong(item: Item) -> str | None:
    g = item.gold
    if item.answer_type == "number":
        return f"答：{_fmt((g.value or 0.0) * 1.5 + 7 + 100 * g.tolerance, g.unit)}"
    if item.answer_type == "list" and len(g.items) > 1:
        return "\n".join(g.items[:-1])
    if item.answer_type == "per_item":
        return "\n".join(f"{p.item}：{p.text if p.text is not None else '—'}" for p in g.pairs[:-1])
    return None


def test_the_scorer_reads_every_gold(book: Book, items: list[Item]) -> None:
    universes = [book.o.names(), sorted(set(book.o.indicators.name))]
    for i in items:
        if not i.answerable:
            assert judge(i, "语料中没有可回答的内容。", True, "abstain", universes).correct, i.id
            continue
        assert judge(i, _ideal(i), False, "table", universes).correct, i.id
        wrong = _wrong(i)
        if wrong is not None:
            assert not judge(i, wrong, False, "table", universes).correct, i.id

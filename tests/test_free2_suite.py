"""The second hand-written suite (eval/suites/free2.py): it validates, covers every intent and each
of its four askers, regenerates byte for byte, repeats no question of another suite, names
projects only in ways that single them out, holds gold the oracle backs and the scorer reads, and
cites rows that exist.

The held-out suites are not read here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eval.oracle import Oracle
from eval.schema import Item, load_items
from eval.score import judge
from eval.suites import PLAN, dumps, sample_records
from eval.suites.free2 import FREE2_SAMPLE, Book2, build_book
from eval.suites.free_book import singles_out
from tests.seed_names import P1, P2, P3, P4, P5, P6, P7
from tests.suitechecks import (
    assert_ambiguous_fragments,
    assert_evidence_rows_exist,
    assert_gold_well_formed,
    assert_refusals,
    assert_short_names_single_out,
    ideal_answer,
    shared_questions,
    wrong_answer,
)

ROOT = Path(__file__).parents[1]
PERSONAS = ("persona:auditor", "persona:deputy", "persona:consultant", "persona:clerk")
VISIBLE_SUITES = (
    "eval/suites/sample.jsonl",
    "eval/suites/synth.jsonl",
    "eval/suites/dev_sample.jsonl",
    "eval/suites/dev_synth.jsonl",
    "eval/suites/dev2_sample.jsonl",
    "eval/suites/dev2_synth.jsonl",
    "eval/suites/free_sample.jsonl",
    "eval/suites/free3_sample.jsonl",
    "eval/suites/free4_sample.jsonl",
    "eval/suites/free5_sample.jsonl",
    "eval/suites/free6_sample.jsonl",
    "eval/questions.jsonl",
)


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(FREE2_SAMPLE)


@pytest.fixture(scope="module")
def book() -> Book2:
    return build_book()


def test_regeneration_gives_the_identical_file(book: Book2) -> None:
    assert dumps(book.items) == FREE2_SAMPLE.read_text(encoding="utf-8")


def test_size_and_every_intent(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert 150 <= len(items) <= 170 and set(counts) == set(PLAN)
    assert min(counts.values()) >= 5  # one prose question dropped: it repeated a held-out question
    assert len({i.id for i in items}) == len(items) and all(i.id.startswith("g-") for i in items)
    assert len({tuple(i.turns) for i in items}) == len(items)


def test_askers_languages_and_shapes(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert all(tags[p] >= 30 for p in PERSONAS)
    assert sum(len([t for t in i.tags if t.startswith("persona:")]) == 1 for i in items) == len(items)
    assert tags["en"] >= 45 and tags["zh"] >= 90
    assert tags["colloquial"] >= 30 and tags["formal"] >= 30 and tags["mixed"] >= 3
    assert tags["alias"] >= 40 and tags["abbrev"] >= 3 and tags["tie"] >= 2
    assert sum(len(i.turns) == 3 for i in items) >= 3 and sum(len(i.turns) > 1 for i in items) >= 12


def test_refusals(items: list[Item]) -> None:
    assert_refusals(
        items,
        25,
        (
            "offtopic",
            "year",
            "agency",
            "forecast",
            "unknown",
            "unknown_all",
            "missing",
            "ambiguous",
            "vague",
        ),
    )


def test_no_question_repeats_one_of_another_suite(items: list[Item]) -> None:
    assert shared_questions(items, ROOT, VISIBLE_SUITES) == 0  # a count: no question is printed


# -- names ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("一网通办运营", [P1]),
        ("一网通办平台", [P2]),
        ("基础设施运维", [P3]),
        ("二期", [P4]),
        ("政务云", [P5]),
        ("管理经费", [P6]),
        ("数据运营", [P7]),
        ("基础设施", [P3, P5]),
        ("垃圾分类", []),
    ],
)
def test_singles_out(book: Book2, alias: str, expected: list[str]) -> None:
    assert singles_out(book.o, alias) == expected


def test_every_short_name_singles_out_its_project(book: Book2) -> None:
    assert_short_names_single_out(book, 40)


def test_ambiguous_fragments_name_several_projects(book: Book2, items: list[Item]) -> None:
    assert_ambiguous_fragments(book, items)


# -- gold -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [P1, P3, P6, P7])
def test_the_unspent_share_is_what_the_execution_rate_leaves(name: str) -> None:
    b = Book2(Oracle(sample_records()), prefix="t")
    b.unspent_share(f"{name}的结余率", name, "zh")
    rate = float(b.o.value(name, "rate"))  # stated to two decimals on these forms
    assert b.items[0]["gold"]["value"] == pytest.approx(100 - rate, abs=0.01)
    assert b.items[0]["gold"]["unit"] == "%"


def test_gold_is_well_formed_and_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_gold_well_formed(items, unsigned=True)
    assert_evidence_rows_exist(SAMPLE_DIR, items)


def test_the_scorer_reads_every_gold(book: Book2, items: list[Item]) -> None:
    universes = [book.o.names(), sorted(set(book.o.indicators.name))]
    for i in items:
        if not i.answerable:
            assert judge(i, "语料中没有可回答的内容。", True, "abstain", universes).correct, i.id
            continue
        assert judge(i, ideal_answer(i), False, "table", universes).correct, i.id
        wrong = wrong_answer(i)
        if wrong is not None:
            assert not judge(i, wrong, False, "table", universes).correct, i.id

"""The third hand-written suite (eval/suites/free3.py): it validates, covers every intent and each
of its four askers, regenerates byte for byte, repeats no question of another suite, names
projects only in ways that single them out, holds gold the oracle backs and the scorer reads, and
cites rows that exist.

The held-out suites are not read here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eval.schema import Item, load_items
from eval.suites import PLAN, dumps
from eval.suites.free2 import Book2
from eval.suites.free3 import FREE3_SAMPLE, build_book
from eval.suites.free_book import singles_out
from tests.seed_names import P1, P2, P3, P4, P5, P6, P7
from tests.suitechecks import (
    assert_ambiguous_fragments,
    assert_evidence_rows_exist,
    assert_gold_well_formed,
    assert_refusals,
    assert_short_names_single_out,
    scorer_misreads,
    shared_questions,
)

ROOT = Path(__file__).parents[1]
PERSONAS = ("persona:journalist", "persona:county", "persona:analyst", "persona:nonnative")
VISIBLE_SUITES = (
    "eval/suites/sample.jsonl",
    "eval/suites/synth.jsonl",
    "eval/suites/dev_sample.jsonl",
    "eval/suites/dev_synth.jsonl",
    "eval/suites/dev2_sample.jsonl",
    "eval/suites/dev2_synth.jsonl",
    "eval/suites/dev3_sample.jsonl",
    "eval/suites/dev3_synth.jsonl",
    "eval/suites/free_sample.jsonl",
    "eval/suites/free2_sample.jsonl",
    "eval/suites/free4_sample.jsonl",
    "eval/suites/free5_sample.jsonl",
    "eval/suites/free6_sample.jsonl",
    "eval/questions.jsonl",
)


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(FREE3_SAMPLE)


@pytest.fixture(scope="module")
def book() -> Book2:
    return build_book()


def test_regeneration_gives_the_identical_file(book: Book2) -> None:
    assert dumps(book.items) == FREE3_SAMPLE.read_text(encoding="utf-8")


def test_size_and_every_intent(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert 140 <= len(items) <= 175 and set(counts) == set(PLAN)
    assert min(counts.values()) >= 6  # one prose question dropped: it repeated a held-out question
    assert len({i.id for i in items}) == len(items) and all(i.id.startswith("h-") for i in items)
    assert len({tuple(i.turns) for i in items}) == len(items)


def test_askers_languages_and_shapes(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert all(tags[p] >= 30 for p in PERSONAS)
    assert sum(len([t for t in i.tags if t.startswith("persona:")]) == 1 for i in items) == len(items)
    assert tags["en"] >= 50 and tags["zh"] >= 80
    assert tags["colloquial"] >= 30 and tags["formal"] >= 30 and tags["non-native"] >= 30
    assert tags["mixed"] >= 5 and tags["alias"] >= 35 and tags["tie"] >= 1
    assert 8 <= tags["typo"] <= 12
    assert sum(len(i.turns) == 3 for i in items) >= 1 and sum(len(i.turns) > 1 for i in items) >= 10


def test_refusals(items: list[Item]) -> None:
    assert_refusals(
        items,
        25,
        (
            "offtopic",
            "year",
            "agency",
            "region",
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
        ("通办运营", [P1]),
        ("升级改造", [P2]),
        ("运维", [P3]),
        ("资源平台", [P4]),
        ("政务云服务费", [P5]),
        ("管理工作经费", [P6]),
        ("数据运营", [P7]),
        ("设施", [P3, P5]),
        ("运营服务", [P1, P7]),
        ("农村公路养护", []),
    ],
)
def test_singles_out(book: Book2, alias: str, expected: list[str]) -> None:
    assert singles_out(book.o, alias) == expected


def test_every_short_name_singles_out_its_project(book: Book2) -> None:
    assert_short_names_single_out(book, 35)


def test_ambiguous_fragments_name_several_projects(book: Book2, items: list[Item]) -> None:
    assert_ambiguous_fragments(book, items)


# -- gold -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "value"),
    [
        # read by hand from the forms: 全年预算数 − 年初预算数 of 大数据中心管理工作经费
        ("budget_change (全年 minus 年初) for 管理工作经费", 29613497 - 25004698),
        # its 偏离度: what its 执行率 (75.77%) leaves of the budget
        ("大数据中心管理工作经费项目预算执行偏离度为多少？", 100 - 75.77),
        ("数据运营服务的质量指标实际只做到了多少？", 70),
        ("sum(score) where level1 = '效益指标' and project = '数据运营'", 8 + 4 + 8 + 6),
        ("运维那个项目一年搬了多少个网络节点？", 51),
        ("count where execution < 95%", 1),
    ],
)
def test_gold_agrees_with_a_reading_by_hand(items: list[Item], question: str, value: float) -> None:
    (hit,) = [i for i in items if i.turns == [question]]
    assert hit.gold.value == pytest.approx(value, abs=0.01)


def test_gold_is_well_formed_and_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_gold_well_formed(items, unsigned=True)
    assert_evidence_rows_exist(SAMPLE_DIR, items)


def test_the_scorer_reads_every_gold(book: Book2, items: list[Item]) -> None:
    assert scorer_misreads(items, book.o) == []

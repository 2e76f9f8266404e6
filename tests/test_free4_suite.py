"""The fourth hand-written suite (eval/suites/free4.py): it validates, covers every intent and each
of its four askers, regenerates byte for byte, repeats no question of another suite, names
projects only in ways that single them out, holds gold the oracle backs and the scorer reads, and
cites rows that exist.

The held-out suites are only counted against, never printed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from eval.schema import Item, load_items
from eval.suites import PLAN, dumps
from eval.suites.free4 import FREE4_SAMPLE, Book4, build_book
from eval.suites.free_book import singles_out
from tests.seed_names import P1, P2, P3, P4, P5, P6, P7
from tests.suitechecks import (
    assert_ambiguous_fragments,
    assert_english_names,
    assert_evidence_rows_exist,
    assert_gold_well_formed,
    assert_refusals,
    assert_short_names_single_out,
    scorer_misreads,
    shared_questions,
)

ROOT = Path(__file__).parents[1]
PERSONAS = ("persona:inspector", "persona:secretary", "persona:board", "persona:mobile")
OTHER_SUITES = (
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
    "eval/suites/free3_sample.jsonl",
    "eval/suites/free5_sample.jsonl",
    "eval/suites/free6_sample.jsonl",
    "eval/suites/sample_hidden.jsonl",
    "eval/suites/sample_hidden2.jsonl",
    "eval/suites/sample_hidden3.jsonl",
    "eval/suites/sample_hidden4.jsonl",
    "eval/questions.jsonl",
)
AGENCY = re.compile(r"本中心|我中心|我单位|大数据中心|SBDC|Big Data Center")


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(FREE4_SAMPLE)


@pytest.fixture(scope="module")
def book() -> Book4:
    return build_book()


def test_regeneration_gives_the_identical_file(book: Book4) -> None:
    assert dumps(book.items) == FREE4_SAMPLE.read_text(encoding="utf-8")


def test_size_and_every_intent(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert 160 <= len(items) <= 185 and set(counts) == set(PLAN)
    assert min(counts.values()) >= 5
    assert len({i.id for i in items}) == len(items) and all(i.id.startswith("k-") for i in items)
    assert len({tuple(i.turns) for i in items}) == len(items)


def test_askers_languages_and_shapes(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert all(tags[p] >= 40 for p in PERSONAS)
    assert sum(len([t for t in i.tags if t.startswith("persona:")]) == 1 for i in items) == len(items)
    assert tags["en"] >= 45 and tags["zh"] >= 120
    assert tags["colloquial"] >= 35 and tags["formal"] >= 40 and tags["mixed"] >= 5
    assert tags["alias"] >= 40 and tags["alias:en"] >= 12 and tags["tie"] >= 2 and tags["between"] >= 3
    assert sum(len(i.turns) == 3 for i in items) >= 2 and 10 <= sum(len(i.turns) > 1 for i in items) <= 15


def test_the_secretary_names_the_agency_and_the_year(items: list[Item]) -> None:
    asked = [i.turns[0] for i in items if "persona:secretary" in i.tags]
    assert all(AGENCY.search(q) for q in asked)
    assert sum(bool(re.search(r"20\d\d", q)) for q in asked) == len(asked)


def test_the_phone_user_types_no_punctuation(items: list[Item]) -> None:
    asked = [t for i in items if "persona:mobile" in i.tags for t in i.turns]
    assert not [q for q in asked if re.search(r"[，。？！、；：“”?,.!]", q)]


def test_refusals(items: list[Item]) -> None:
    assert_refusals(
        items,
        30,
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
    assert shared_questions(items, ROOT, OTHER_SUITES) == 0  # a count: no question is printed


# -- names ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("一网运营", [P1]),
        ("一网升级", [P2]),
        ("运维", [P3]),
        ("二期", [P4]),
        ("政务云", [P5]),
        ("管理费", [P6]),
        ("数据运营", [P7]),
        ("一网", [P1, P2]),
        ("平台", [P2, P4]),
        ("一网统管", []),
        ("随申码", []),
    ],
)
def test_singles_out(book: Book4, alias: str, expected: list[str]) -> None:
    assert singles_out(book.o, alias) == expected


def test_every_short_name_singles_out_its_project(book: Book4) -> None:
    assert_short_names_single_out(book, 40)


def test_each_english_name_stands_for_one_project(book: Book4) -> None:
    assert_english_names(book)


def test_ambiguous_fragments_name_several_projects(book: Book4, items: list[Item]) -> None:
    assert_ambiguous_fragments(book, items)


# -- gold -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "value"),
    [
        # read by hand from the forms: 年初预算数 − 全年预算数 of 大数据中心管理工作经费
        ("经核查，大数据中心管理工作经费全年预算数较年初调减多少元？", 29613497 - 25004698),
        # its unspent share: what its 执行率 (75.77%) leaves of the budget
        ("管理费没花掉的占比", 100 - 75.77),
        ("二期社会效益扣分", 15 - 12),
        ("经核查，基础设施-运维项目效益指标得分为多少？", 30),
        ("经核查，基础设施-运维项目全年完成工单任务多少个？", 369),
        ("经核查，数据运营服务项目对接全市多少个区？", 16),
        ("满意 avg几分", (9.6 + 8 + 8 + 6 + 9.31 + 8 + 10) / 7),
        ("经核查，自评总分达到95分的项目共有几个？", 3),
    ],
)
def test_gold_agrees_with_a_reading_by_hand(items: list[Item], question: str, value: float) -> None:
    (hit,) = [i for i in items if i.turns == [question]]
    assert hit.gold.value == pytest.approx(value, abs=0.01)


def test_a_range_includes_both_bounds(items: list[Item]) -> None:
    # 政务云 budgets exactly 40,000,000 yuan; 资源平台 19,957,683 falls below 2000万
    (forty,) = [i for i in items if "between forty and ninety million" in i.turns[0]]
    (band,) = [i for i in items if i.turns == ["预算2000万到5000万之间的"]]
    assert forty.gold.items == [P3, P5, P7]
    assert band.gold.items == [P5, P6]


def test_gold_is_well_formed_and_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_gold_well_formed(items, unsigned=True)
    assert_evidence_rows_exist(SAMPLE_DIR, items)


def test_the_scorer_reads_every_gold(book: Book4, items: list[Item]) -> None:
    assert scorer_misreads(items, book.o) == []

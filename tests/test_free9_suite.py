"""The ninth hand-written suite (eval/suites/free9.py): it validates, covers every intent and each
of its five askers, is about half English, regenerates byte for byte, repeats no question of
another suite, names projects only in ways that single them out, asks the place of a named
project only where no tie makes it ambiguous, holds gold the oracle backs and the scorer reads,
and cites rows that exist.

The held-out suites are only counted against, never printed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from eval.schema import Item, load_items
from eval.suites import PLAN, dumps
from eval.suites.free9 import FREE9_SAMPLE, Book9, build_book
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
PERSONAS = (
    "persona:zh-reviewer",
    "persona:journalist",
    "persona:zh-phone",
    "persona:rank-analyst",
    "persona:chat",
)
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
    "eval/suites/free4_sample.jsonl",
    "eval/suites/free5_sample.jsonl",
    "eval/suites/free6_sample.jsonl",
    "eval/suites/free7_sample.jsonl",
    "eval/suites/free8_sample.jsonl",
    "eval/suites/sample_hidden.jsonl",
    "eval/suites/sample_hidden2.jsonl",
    "eval/suites/sample_hidden3.jsonl",
    "eval/suites/sample_hidden4.jsonl",
    "eval/questions.jsonl",
)
CJK = re.compile(r"[\u4e00-\u9fff]")
OFFICIAL = re.compile(r"请列示|经核|较.*而言|位列|居于|分值|列示|为何|孰|何者|请予|请核实|请说明|请按|请代拟")
FORM_COLUMNS = re.compile(r"年初预算数|全年预算数|全年执行数")
RANK_WORDS = re.compile(
    r"bottom|runner-up|second|third|fourth|last|the most|two|倒数|前[二三]|第几|排第|排名第|位居|最少的三个|place|position|rank|"
    r"Rank|stand",
)
ELLIPSIS = re.compile(
    r"^(And|What about|Why\?|Which of|How many of|Where does that|那|它|其中|按|换成|调整后|为什么|差多少|排第几|总分呢|全年预算数呢)"
)


def _mine(items: list[Item], persona: str) -> list[Item]:
    return [i for i in items if persona in i.tags]


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(FREE9_SAMPLE)


@pytest.fixture(scope="module")
def book() -> Book9:
    return build_book()


def test_regeneration_gives_the_identical_file(book: Book9) -> None:
    assert dumps(book.items) == FREE9_SAMPLE.read_text(encoding="utf-8")


def test_size_and_every_intent(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert 190 <= len(items) <= 250 and set(counts) == set(PLAN)
    assert min(counts.values()) >= 4
    assert counts["rank"] >= 30 and counts["lookup_field"] >= 20 and counts["lookup_derived"] >= 18
    assert counts["filter_value"] >= 18 and counts["follow_up"] >= 18
    assert counts["refuse"] + counts["refuse_or_clarify"] >= 30
    assert len({i.id for i in items}) == len(items)
    assert [i.id for i in items] == [f"x-{n:03d}" for n in range(1, len(items) + 1)]
    assert len({tuple(i.turns) for i in items}) == len(items)


def test_askers_and_languages(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert all(tags[p] >= 20 for p in PERSONAS)
    assert all(len([t for t in i.tags if t.startswith("persona:")]) == 1 for i in items)
    assert 0.42 <= tags["en"] / len(items) <= 0.58
    for i in items:  # the language tag says what the question is written in
        text = " ".join(i.turns)  # an English question may copy an indicator's Chinese name
        chinese = len(CJK.findall(text)) > len(re.findall(r"[A-Za-z]", text))
        assert ("zh" in i.tags) == chinese and ("en" in i.tags) != chinese, i.id
    for persona, lang in (
        ("persona:zh-reviewer", "zh"),
        ("persona:zh-phone", "zh"),
        ("persona:journalist", "en"),
    ):
        assert all(lang in i.tags for i in _mine(items, persona)), persona
    assert tags["alias"] >= 50 and tags["alias:en"] >= 30


def test_the_reviewer_writes_official_chinese(items: list[Item]) -> None:
    mine = _mine(items, "persona:zh-reviewer")
    assert sum(bool(OFFICIAL.search(i.turns[0])) for i in mine) >= 0.7 * len(mine)
    assert sum(bool(FORM_COLUMNS.search(i.turns[0])) for i in mine) >= 10


def test_the_phone_is_terse_and_the_journalist_is_not(items: list[Item]) -> None:
    phone = _mine(items, "persona:zh-phone")
    assert all(len(i.turns[0]) <= 22 for i in phone)
    assert sum(len(i.turns[0]) <= 12 for i in phone) >= 0.6 * len(phone)
    journalist = _mine(items, "persona:journalist")
    assert sum(len(i.turns[0]) >= 60 for i in journalist) >= 0.5 * len(journalist)


def test_the_analyst_asks_rankings_in_unusual_forms(items: list[Item]) -> None:
    mine = [i for i in _mine(items, "persona:rank-analyst") if i.answerable]
    ranked = [i for i in mine if i.intent == "rank"]
    assert len(ranked) >= 20
    assert sum(bool(RANK_WORDS.search(i.turns[0])) for i in ranked) >= 0.9 * len(ranked)
    places = [i for i in items if "place" in i.tags]
    assert len(places) >= 12 and all(i.answer_type == "number" and i.gold.value >= 1 for i in places)


def test_the_chat_user_leans_on_what_was_said(items: list[Item]) -> None:
    chat = [i for i in _mine(items, "persona:chat") if i.answerable]
    assert all(len(i.turns) >= 2 for i in chat)
    assert sum(bool(ELLIPSIS.search(i.turns[-1])) for i in chat) >= 0.8 * len(chat)
    assert sum(len(i.turns) == 3 for i in items) >= 2


def test_refusals(items: list[Item]) -> None:
    assert_refusals(
        items,
        30,
        ("offtopic", "year", "agency", "missing", "ambiguous", "unclear", "unknown_project", "vague"),
    )


def test_no_question_repeats_one_of_another_suite(items: list[Item]) -> None:
    assert shared_questions(items, ROOT, OTHER_SUITES) == 0  # a count: no question is printed


# -- names ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("一网通办运营", [P1]),
        ("升级改造", [P2]),
        ("运维", [P3]),
        ("二期", [P4]),
        ("政务云基础设施服务费", [P5]),
        ("管理工作经费", [P6]),
        ("数据运营", [P7]),
        ("运营服务", [P1, P7]),
        ("平台", [P2, P4]),
        ("一网统管", []),
        ("电子证照库", []),
    ],
)
def test_singles_out(book: Book9, alias: str, expected: list[str]) -> None:
    assert singles_out(book.o, alias) == expected


def test_every_short_name_singles_out_its_project(book: Book9) -> None:
    assert_short_names_single_out(book, 50)


def test_each_english_name_stands_for_one_project(book: Book9) -> None:
    assert_english_names(book)


def test_ambiguous_fragments_name_several_projects(book: Book9, items: list[Item]) -> None:
    assert_ambiguous_fragments(book, items)


# -- places ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "field", "high", "place"),
    [
        (P2, "total", True, 1),  # 97.93, the highest total
        (P5, "total", True, 4),  # 97.93, 96.90, 95.97 above 93.31
        (P6, "total", False, 1),  # 88.58, the lowest
        (P4, "total", False, 3),  # 88.58, 91.00 below 92.96
        (P2, "budget", True, 7),  # 17,683,901.00, the smallest of seven
        (P4, "executed", True, 5),  # 19,886,000 above 18,945,679.19 and 17,563,400
        (P4, "lost", True, 3),  # 11.42, 9.00 above 7.04
        (P7, "satisfaction", True, 1),  # 10 of 10
    ],
)
def test_the_place_of_a_project(book: Book9, name: str, field: str, high: bool, place: int) -> None:
    assert book.place_of(name, field, high) == place


@pytest.mark.parametrize(
    ("name", "field", "high", "why"),
    [
        (P2, "satisfaction", True, "ties"),  # 8, as 运维 and 管理经费
        (P1, "rate", True, "ties"),  # 100%, as 政务云 and 数据运营
        (P4, "rate", True, "a tie above"),  # three at 100% above 99.65%: place 2 or 4
        (P3, "satisfaction", False, "ties"),  # 8, as 升级改造 and 管理经费
    ],
)
def test_a_place_under_a_tie_is_not_asked(book: Book9, name: str, field: str, high: bool, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        book.place_of(name, field, high)


# -- gold -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("turns", "value"),
    [
        # 年初预算数 29,613,497.00, 全年预算数 25,004,698.00
        (["大数据中心管理工作经费全年预算数较年初预算数而言调减多少元？"], 29613497 - 25004698),
        # 总分 93.31: behind 97.93, 96.90 and 95.97
        (["按总分排名，政务云基础设施服务费位列第几？"], 4),
        # 全年预算数 88,000,000.00: behind 180,505,000.00 only
        (["Where does the data operations service rank by full-year budget?"], 2),
        # 扣分 from least: 2.07 (升级改造), 3.10 (一网通办运营)
        (["按扣分从少到多排序，一网通办运营位居第几？"], 2),
        # 产出指标 of 数据运营: 15 + 10 + 10 + 10 of 50
        (
            [
                "What percentage of the points available for output indicators did the data operations service earn?"
            ],
            90,
        ),
        # 满意度指标 of 政务云: 9.31 of 10
        (["政务云基础设施服务费项目满意度指标得分率为多少？"], 93.1),
        # 一网通办运营 (96.90) beats 数据运营 (91.00); the other one lost 9
        (["一网通办运营和数据运营哪个总分高？", "那另一个扣了多少分？"], 9),
        # 执行率 100% of 一网通办运营, 政务云, 数据运营; of them 96.90 and 93.31 are above 92
        (["Which projects had an execution rate of 100%?", "How many of them scored above 92?"], 2),
        # 99.75% against 100%
        (["运维和政务云，哪个执行率高？", "差多少？"], 0.25),
        # 升级改造 has the highest total
        (["升级改造总分多少？", "排第几？"], 1),
        # 运维 共完成5次应急演练
        (
            [
                "During the year, how many emergency drills were held by the infrastructure operations and "
                "maintenance project?"
            ],
            5,
        ),
    ],
)
def test_gold_agrees_with_a_reading_by_hand(items: list[Item], turns: list[str], value: float) -> None:
    (hit,) = [i for i in items if i.turns == turns]
    assert hit.gold.value == pytest.approx(value, abs=0.01)


def test_sets_and_texts_read_by_hand(items: list[Item]) -> None:
    def gold(*turns: str) -> Item:
        (hit,) = [i for i in items if i.turns == list(turns)]
        return hit

    # totals ascending: 88.58 (管理经费), 91.00 (数据运营), 92.96 (二期)
    assert gold("按总分排名倒数第二的是哪个项目？").gold.items == [P7]
    assert gold("Name the bottom two projects by self-evaluation score.").gold.items == [P6, P7]
    # 执行率 ascending: 75.77%, 99.32%
    assert gold("执行率排名倒数第二的项目是哪个？").gold.items == [P2]
    # 年初预算数 of 管理经费 is 29,613,497.00: under 30 million though its 全年预算数 is 25.0 million
    assert gold("Which projects started the year with a budget of 30 million yuan or more?").gold.items == [
        P1,
        P3,
        P5,
        P7,
    ]
    # 全年预算数 strictly between 20 and 80 million: 71.7M, 40M, 25.0M
    assert gold("全年预算数在2000万到8000万之间的项目有哪些？").gold.items == [P3, P5, P6]
    # the lowest 执行率 is 管理经费's; the smallest 全年预算数 is 升级改造's
    assert gold("执行率最低的是哪个项目？", "换成预算排一下呢？").gold.items == [P2]
    assert gold("Which projects lost no points at all on satisfaction?").gold.items == [P7]
    assert gold("大数据中心管理工作经费项目的主管部门为何单位？").gold.answer == "上海市大数据中心"
    assert gold("What did the One Network project score?").gold.items == [P1, P2]


def test_gold_is_well_formed_and_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_gold_well_formed(items, unsigned=True)
    assert_evidence_rows_exist(SAMPLE_DIR, items)


def test_the_scorer_reads_every_gold(book: Book9, items: list[Item]) -> None:
    assert scorer_misreads(items, book.o) == []

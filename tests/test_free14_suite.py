"""The fourteenth hand-written suite (eval/suites/free14.py): it validates, covers every intent
(weighted to comparisons, indicator filters, thresholds, indicators, derived values and nested
questions), is about seven in ten Chinese, regenerates byte for byte, repeats no question of any
other suite under eval/suites (the held-out ones included), names projects only in ways that
single them out, asks the place of a named project only where no tie makes it ambiguous, holds
gold the oracle backs and the scorer reads, and cites rows that exist.

The held-out suites are only counted against, never printed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from eval.schema import Item, load_items
from eval.suites import PLAN, dumps
from eval.suites.free14 import FREE14_SAMPLE, LABELS, Book14, build_book
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
# every other suite file under eval/suites (the held-out ones too), and the gate questions
OTHER_SUITES = tuple(
    sorted(str(p.relative_to(ROOT)) for p in (ROOT / "eval/suites").glob("*.jsonl") if p != FREE14_SAMPLE)
) + ("eval/questions.jsonl",)
PERSONAS = {
    "persona:finance-bureau",
    "persona:deputy",
    "persona:journalist",
    "persona:dept-head",
    "persona:intern",
}
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(FREE14_SAMPLE)


@pytest.fixture(scope="module")
def book() -> Book14:
    return build_book()


def test_regeneration_gives_the_identical_file(book: Book14) -> None:
    assert dumps(book.items) == FREE14_SAMPLE.read_text(encoding="utf-8")


def test_size_and_every_intent(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert 240 <= len(items) <= 300 and set(counts) == set(PLAN)
    assert min(counts.values()) >= 4
    assert counts["compare"] >= 25 and counts["filter_indicator"] >= 25 and counts["filter_value"] >= 30
    assert counts["indicator"] >= 20 and counts["lookup_derived"] >= 20 and counts["nested"] >= 18
    assert counts["rank"] >= 10 and counts["lookup_field"] >= 10 and counts["follow_up"] >= 12
    assert counts["refuse"] + counts["refuse_or_clarify"] >= 40
    assert [i.id for i in items] == [f"f14-{n:03d}" for n in range(1, len(items) + 1)]
    assert len({tuple(i.turns) for i in items}) == len(items)


def test_languages_and_askers(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert 0.65 <= tags["zh"] / len(items) <= 0.78
    for i in items:  # the language tag says what the question is written in
        text = " ".join(i.turns)
        chinese = len(CJK.findall(text)) > len(LATIN.findall(text))
        assert ("zh" in i.tags) == chinese and ("en" in i.tags) != chinese, i.id
        assert len([t for t in i.tags if t in PERSONAS]) == 1, i.id
    assert all(tags[p] >= 30 for p in PERSONAS)
    assert tags["alias"] >= 80


def test_conversations(items: list[Item]) -> None:
    talks = [i for i in items if i.intent == "follow_up"]
    assert all(2 <= len(i.turns) <= 3 for i in talks)
    assert sum(len(i.turns) == 3 for i in talks) >= 2


def test_refusals(items: list[Item]) -> None:
    assert_refusals(
        items,
        40,
        ("offtopic", "year", "agency", "missing", "ambiguous", "unclear", "unknown_project", "vague"),
    )


def test_no_question_repeats_one_of_another_suite(items: list[Item]) -> None:
    assert len(OTHER_SUITES) >= 25
    assert shared_questions(items, ROOT, OTHER_SUITES) == 0  # a count: no question is printed


def test_indicator_lists_hold_no_kind_label(items: list[Item]) -> None:
    lists = [i for i in items if i.gold.universe == "indicator"]
    assert len(lists) >= 25
    assert all(not set(i.gold.items) & LABELS for i in lists)


# -- names ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("一网通办运营", [P1]),
        ("升级改造", [P2]),
        ("运维", [P3]),
        ("资源平台二期", [P4]),
        ("政务云预付费", [P5]),
        ("管理工作经费", [P6]),
        ("数据运营", [P7]),
        ("一网通办", [P1, P2]),
        ("基础设施", [P3, P5]),
        ("随申码推广", []),
        ("城市大脑", []),
        ("智慧养老", []),
    ],
)
def test_singles_out(book: Book14, alias: str, expected: list[str]) -> None:
    assert singles_out(book.o, alias) == expected


def test_every_short_name_singles_out_its_project(book: Book14) -> None:
    assert_short_names_single_out(book, 90)


def test_ambiguous_fragments_name_several_projects(book: Book14, items: list[Item]) -> None:
    assert_ambiguous_fragments(book, items, 7)


# -- places ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "field", "high", "place"),
    [
        (P5, "total", True, 4),  # 93.31 behind 97.93, 96.90, 95.97
        (P4, "budget", False, 2),  # 19,957,683 above 17,683,901 only
        (P4, "total", True, 5),  # 92.96
        (P7, "total", True, 6),  # 91.00, above 88.58 only
    ],
)
def test_the_place_of_a_project(book: Book14, name: str, field: str, high: bool, place: int) -> None:
    assert book.place_of(name, field, high) == place


# -- gold -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (["运维比升级改造多花了多少钱？"], 71_503_177 - 17_563_400),
        (["政务云和二期的绩效得分相差几分？"], 0.35),
        (["管理经费的执行率比运维低了多少个百分点？"], 23.98),
        (["升级改造、二期两个项目的未执行金额差了多少元？"], 120_501 - 71_683),
        (["数据治理程度这条指标得了几分？"], 4),
        (["系统功能模块使用率实际完成值是多少？"], 90),
        (["政务云的使用者满意度得了几分？"], 9.31),
        (["管理经费全年预算数减去执行数，剩多少？"], 25_004_698 - 18_945_679.19),
        (["二期光是绩效指标部分一共扣了几分？"], 7),  # 3 + 4; the total lost 7.04 counts the funds row
        (["管理经费执行率那一项丢了几分？"], 2.42),
        (["管理经费实际支出占年初预算的比例是多少？"], 18_945_679.19 / 29_613_497 * 100),
        (["管理经费年初预算数比执行数多多少？"], 29_613_497 - 18_945_679.19),
        (["二期效益指标得分率多少？"], 90),  # (12 + 15) / 30
        (["得分最低的项目执行率多少？"], 75.77),
        (["综合得分第一的项目还剩多少钱没花？"], 120_501),
        (["得分最高和最低的两个项目，执行率差多少？"], 99.32 - 75.77),
        (["预算最多和最少的项目，总分相差几分？"], 97.93 - 96.90),
        (["政务云的绩效得分在几个项目里排老几？"], 4),
        (["结余加起来一共多少钱？"], 6_438_656.81),
        (["满意度指标被扣分的项目一共几个？"], 6),
        (["运维全年总计完成了多少个工单任务？"], 369),
        (["升级改造得了几分？", "比数据运营服务高多少？"], 6.93),
        (["一网通办运营的全年预算数？", "执行数呢？", "结余呢？"], 3000),
        (["Which project scored highest?", "And the second?", "How much did it leave unspent?"], 3000),
    ],
)
def test_gold_agrees_with_a_reading_by_hand(items: list[Item], turns: list[str], value: float) -> None:
    (hit,) = [i for i in items if i.turns == turns]
    assert hit.gold.value == pytest.approx(value, abs=0.01)


def test_sets_and_texts_read_by_hand(items: list[Item]) -> None:
    def gold(*turns: str) -> Item:
        (hit,) = [i for i in items if i.turns == list(turns)]
        return hit

    # 39,999,900 is short of 40 million
    assert gold("Which projects spent at least 40 million yuan?").gold.items == [P1, P3, P7]
    # 至少 includes 88,000,000
    assert gold("执行数至少8800万元的项目？").gold.items == [P1, P7]
    assert gold("预算执行率不低于99.75%的项目有哪些？").gold.items == [P1, P3, P5, P7]
    assert gold("丢分不超过4.03分的项目？").gold.items == [P1, P2, P3]
    assert gold("满意度得分不高于8分的项目有哪些？").gold.items == [P2, P3, P4, P6]
    assert gold("结余资金在5万到20万之间的？").gold.items == [P2, P3, P4]
    assert gold("二期的三级指标中，哪些实际完成值没达到年度指标值？").gold.items == [
        "系统功能模块使用率",
        "部门业务人员和企业用户使用满意度",
    ]
    assert gold("数量指标里被扣分的是哪一条？").gold.items == ["应用系统上云"]
    assert gold("分值不少于30分的指标是哪几条？").gold.items == [
        "市政府各部门基础设施共建共用",
        "系统重要储存信息丢失率",
    ]
    assert gold("哪些项目的产出指标全部拿满了？").gold.items == [P2, P4]
    assert gold("哪些项目没有设置可持续影响指标？").gold.items == [P3, P4, P5, P6]
    assert gold("结余为零的那个项目，哪几条指标扣了分？").gold.items == ["数据治理程度", "质量问题整改率"]
    assert gold("政务云和管理经费，哪个的支出进度慢？").gold.answer == P6
    assert gold("时效指标得分，运维与管理经费哪个低？").gold.answer == P6
    assert gold("故障时间这个指标的年度指标值是什么？").gold.answer == "<1天"
    assert gold("管理工作经费能评上优吗？是什么等级？").gold.answer == "良"
    assert gold("全年预算超过五千万的是哪些？", "这里面得分最低的是哪个？").gold.items == [P7]
    assert gold("平台项目年底结余了多少钱？").gold.items == [P2, P4]


def test_gold_is_well_formed_and_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_gold_well_formed(items, unsigned=True)
    assert_evidence_rows_exist(SAMPLE_DIR, items)


def test_the_scorer_reads_every_gold(book: Book14, items: list[Item]) -> None:
    assert scorer_misreads(items, book.o) == []

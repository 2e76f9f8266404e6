"""The fifth hand-written suite (eval/suites/free5.py): it validates, covers every intent and each
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
from eval.suites.free5 import FREE5_SAMPLE, Book5, build_book
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
PERSONAS = ("persona:head", "persona:intern", "persona:journalist", "persona:analyst")
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
    "eval/suites/free6_sample.jsonl",
    "eval/suites/sample_hidden.jsonl",
    "eval/suites/sample_hidden2.jsonl",
    "eval/suites/sample_hidden3.jsonl",
    "eval/questions.jsonl",
)
# the head's own unit and his fillers; the intern's labels, copied from the form
HEAD_WORDS = re.compile(r"咱|俺们|那啥|就是说|瞅瞅|整体上")
LABELS = re.compile(
    r"年初预算数|全年预算数|全年执行数|执行率|分值|得分|年度指标值|实际完成值|偏差原因分析及改进措施"
    r"|一级指标|二级指标|三级指标|总分|自评等级|年度总体目标|实际完成情况"
)
BRITISH = re.compile(r"centre|programme|organis|analys[ei]|realis|favour|labour|colour|behaviour", re.I)


def _asked(items: list[Item], persona: str) -> list[str]:
    return [t for i in items if persona in i.tags for t in i.turns]


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(FREE5_SAMPLE)


@pytest.fixture(scope="module")
def book() -> Book5:
    return build_book()


def test_regeneration_gives_the_identical_file(book: Book5) -> None:
    assert dumps(book.items) == FREE5_SAMPLE.read_text(encoding="utf-8")


def test_size_and_every_intent(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert 160 <= len(items) <= 185 and set(counts) == set(PLAN)
    assert min(counts.values()) >= 5
    assert len({i.id for i in items}) == len(items) and all(i.id.startswith("m-") for i in items)
    assert len({tuple(i.turns) for i in items}) == len(items)


def test_askers_languages_and_shapes(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert all(tags[p] >= 35 for p in PERSONAS)
    assert sum(len([t for t in i.tags if t.startswith("persona:")]) == 1 for i in items) == len(items)
    assert tags["en"] >= 45 and tags["zh"] >= 100
    assert tags["colloquial"] >= 35 and tags["formal"] >= 35 and tags["mixed"] >= 5
    assert tags["alias"] >= 40 and tags["alias:en"] >= 12 and tags["tie"] >= 2 and tags["between"] >= 3
    assert tags["range"] >= 2 and tags["gap"] >= 2 and tags["share"] >= 2 and tags["ranked"] >= 2
    assert sum(len(i.turns) == 3 for i in items) >= 2 and 10 <= sum(len(i.turns) > 1 for i in items) <= 15


def test_the_head_talks_about_his_own_unit(items: list[Item]) -> None:
    firsts = [i.turns[0] for i in items if "persona:head" in i.tags]
    assert all(HEAD_WORDS.search(q) for q in firsts)
    assert all("colloquial" in i.tags for i in items if "persona:head" in i.tags)


def test_the_intern_copies_the_forms_labels(items: list[Item]) -> None:
    asked = _asked(items, "persona:intern")
    assert all(LABELS.search(q) for q in asked)
    assert all(re.search(r"[。？]$", q) for q in asked)


def test_the_journalist_writes_american_english(items: list[Item]) -> None:
    asked = _asked(items, "persona:journalist")
    assert not [q for q in asked if re.search(r"[\u4e00-\u9fff]", q) or BRITISH.search(q)]
    assert any(re.search(r"\d{1,3}(,\d{3})+", q) for q in asked)  # digits with commas
    assert any(re.search(r"\b(five|fifty|one hundred|seven)\b", q) for q in asked)  # numbers as words
    assert sum(bool(re.search(r"\bif (any|so|one|there)", q)) for q in asked) >= 5  # hedges


def test_the_analyst_asks_in_both_languages(items: list[Item]) -> None:
    mine = [i for i in items if "persona:analyst" in i.tags]
    assert sum("en" in i.tags for i in mine) >= 15 and sum("zh" in i.tags for i in mine) >= 15
    assert sum("refuse:operation" in i.tags for i in mine) >= 3


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
            "operation",
        ),
    )


def test_no_question_repeats_one_of_another_suite(items: list[Item]) -> None:
    assert shared_questions(items, ROOT, OTHER_SUITES) == 0  # a count: no question is printed


# -- names ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("通办运营", [P1]),
        ("平台升级", [P2]),
        ("基础设施运维", [P3]),
        ("资源平台", [P4]),
        ("预付费", [P5]),
        ("中心经费", [P6]),
        ("数据运营", [P7]),
        ("大数据", [P4, P6]),
        ("运营服务", [P1, P7]),
        ("城市大脑", []),
        ("健康云", []),
    ],
)
def test_singles_out(book: Book5, alias: str, expected: list[str]) -> None:
    assert singles_out(book.o, alias) == expected


def test_every_short_name_singles_out_its_project(book: Book5) -> None:
    assert_short_names_single_out(book, 40)


def test_each_english_name_stands_for_one_project(book: Book5) -> None:
    assert_english_names(book)


def test_ambiguous_fragments_name_several_projects(book: Book5, items: list[Item]) -> None:
    assert_ambiguous_fragments(book, items)


# -- gold -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "value"),
    [
        # read by hand from the forms: the highest and the lowest 执行率 (100.00% and 75.77%)
        ("What is the range of execution rates, max minus min?", 100 - 75.77),
        ("总分的极差是多少分？", 97.93 - 88.58),
        ("How many points separate the total scores of 平台升级 and 资源平台?", 97.93 - 92.96),
        ("通办运营和管理经费的执行率相差几个百分点？", 100 - 75.77),
        # the two smallest 全年预算数: 17,683,901 and 19,957,683
        ("Sum of the bottom two full-year budgets?", 17683901 + 19957683),
        # 总分 − 满分 of the three that lost most: 11.42, 9.00, 7.04
        ("扣分最多的三个项目平均扣了几分？", (11.42 + 9 + 7.04) / 3),
        # six of the seven 执行率 lie above 99% (75.77% does not)
        ("执行率在99%以上的项目占比多少？", 6 / 7 * 100),
        # 时效指标 lost points in 基础设施-运维, 政务云 and 管理工作经费
        ("What share of the projects lost points on timeliness?", 3 / 7 * 100),
        ("请问基础设施-运维项目实际完成情况中网络新建了多少个？", 138),
        ("数据运营服务共发布地方标准化指导性技术文件几项？", 13),
        ("请问大数据中心管理工作经费项目全年预算数与年初预算数相比相差多少元？", 29613497 - 25004698),
    ],
)
def test_gold_agrees_with_a_reading_by_hand(items: list[Item], question: str, value: float) -> None:
    (hit,) = [i for i in items if i.turns == [question]]
    assert hit.gold.value == pytest.approx(value, abs=0.01)


def test_ranges_and_follow_ups_read_by_hand(items: list[Item]) -> None:
    # 全年预算数 2000万–1亿: 运维 71.7M, 政务云 exactly 40M, 管理经费 25.0M, 数据运营 88M
    (band,) = [i for i in items if i.turns == ["请问全年预算数在2000万元至1亿元之间的项目有哪些？"]]
    assert band.gold.items == [P3, P5, P6, P7]
    # the budgets in order: 180.5M, 88M, 71.7M — the place after the second is 基础设施-运维
    (nxt,) = [i for i in items if i.turns == ["全年预算第二高的是哪个", "下一名呢"]]
    assert nxt.gold.items == [P3]
    # 满意度 8 is shared by three projects: the second-lowest place is a tie
    (tie,) = [i for i in items if i.turns == ["那啥，满意度倒数第二的是哪几个"]]
    assert tie.gold.items == [P2, P3, P6]


def test_gold_is_well_formed_and_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_gold_well_formed(items, unsigned=True)
    assert_evidence_rows_exist(SAMPLE_DIR, items)


def test_the_scorer_reads_every_gold(book: Book5, items: list[Item]) -> None:
    assert scorer_misreads(items, book.o) == []

"""The sixteenth hand-written suite (eval/suites/free16.py): it validates, covers every intent
(weighted to yes-no checks, conversations of two to four turns, indicators, rankings,
thresholds, derived values, nested questions and comparisons), is about three in five Chinese,
regenerates byte for byte, repeats no question of any other suite under eval/suites (the
held-out ones included) nor of the gate questions, names projects only in ways that single them
out, asks the place of a named project only where no tie makes it ambiguous, holds gold the
oracle backs and the scorer reads, and cites rows that exist.

The held-out suites are only counted against, never printed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from eval.schema import Item, load_items
from eval.suites import PLAN, dumps
from eval.suites.free14 import LABELS
from eval.suites.free16 import FREE16_SAMPLE, Book16, build_book
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
# every other suite file under eval/suites (the held-out ones too), and the gate questions
OTHER_SUITES = tuple(
    sorted(str(p.relative_to(ROOT)) for p in (ROOT / "eval/suites").glob("*.jsonl") if p != FREE16_SAMPLE)
) + ("eval/questions.jsonl",)
PERSONAS = {
    "persona:province-reviewer",
    "persona:new-staff",
    "persona:news-editor",
    "persona:budget-committee",
    "persona:consultant",
}
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
YES_NO = re.compile(
    r"是否|是不是|有没有|属实|对吗|吗？|还是|核实|Is it true|^Is |is it |^Did |Did |Was |Is there"
)


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(FREE16_SAMPLE)


@pytest.fixture(scope="module")
def book() -> Book16:
    return build_book()


def test_regeneration_gives_the_identical_file(book: Book16) -> None:
    assert dumps(book.items) == FREE16_SAMPLE.read_text(encoding="utf-8")


def test_size_and_every_intent(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert 220 <= len(items) <= 320 and set(counts) == set(PLAN)
    assert min(counts.values()) >= 4
    assert counts["follow_up"] >= 50 and counts["indicator"] >= 20 and counts["filter_indicator"] >= 15
    assert counts["lookup_derived"] >= 18 and counts["filter_value"] >= 15 and counts["rank"] >= 12
    assert counts["compare"] >= 14 and counts["nested"] >= 10 and counts["lookup_field"] >= 12
    assert counts["refuse"] + counts["refuse_or_clarify"] >= 40
    assert [i.id for i in items] == [f"f16-{n:03d}" for n in range(1, len(items) + 1)]
    assert len({tuple(i.turns) for i in items}) == len(items)


def test_yes_no_checks_ask_for_the_value(items: list[Item]) -> None:
    checks = [i for i in items if "check:yes-no" in i.tags]
    assert len(checks) >= 40
    for i in checks:
        assert any(YES_NO.search(t) for t in i.turns), i.id
        if i.answerable:  # the gold is the value or the list behind the check, never a bare yes
            assert i.answer_type != "text" or i.gold.answer not in ("是", "否", "yes", "no"), i.id


def test_languages_and_askers(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert 0.55 <= tags["zh"] / len(items) <= 0.70
    for i in items:  # the language tag says what the question is written in
        text = " ".join(i.turns)
        chinese = len(CJK.findall(text)) > len(LATIN.findall(text))
        assert ("zh" in i.tags) == chinese and ("en" in i.tags) != chinese, i.id
        assert len([t for t in i.tags if t in PERSONAS]) == 1, i.id
    assert all(tags[p] >= 40 for p in PERSONAS)
    assert tags["alias"] >= 80


def test_conversations(items: list[Item]) -> None:
    talks = [i for i in items if i.intent == "follow_up"]
    assert all(2 <= len(i.turns) <= 4 for i in talks)
    lengths = Counter(len(i.turns) for i in talks)
    assert lengths[3] >= 10 and lengths[4] >= 3


def test_refusals(items: list[Item]) -> None:
    assert_refusals(
        items,
        40,
        (
            "offtopic",
            "year",
            "agency",
            "missing",
            "ambiguous",
            "unclear",
            "unknown_project",
            "vague",
            "two-questions",
        ),
    )


def test_no_question_repeats_one_of_another_suite(items: list[Item]) -> None:
    assert len(OTHER_SUITES) >= 25
    assert shared_questions(items, ROOT, OTHER_SUITES) == 0  # a count: no question is printed


def test_indicator_lists_hold_no_kind_label(items: list[Item]) -> None:
    lists = [i for i in items if i.gold.universe == "indicator"]
    assert len(lists) >= 15
    assert all(not set(i.gold.items) & LABELS for i in lists)


# -- names ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("网办运营", [P1]),
        ("通办平台", [P2]),
        ("2021升级改造", [P2]),
        ("设施运维", [P3]),
        ("基础运维", [P3]),
        ("资源平台", [P4]),
        ("云预付", [P5]),
        ("管经费", [P6]),
        ("中心经费", [P6]),
        ("数运", [P7]),
        ("运营", [P1, P7]),
        ("上海市", [P2, P4, P5]),
        ("一网统管", []),
        ("数字孪生城市", []),
    ],
)
def test_singles_out(book: Book16, alias: str, expected: list[str]) -> None:
    assert singles_out(book.o, alias) == expected


def test_every_short_name_singles_out_its_project(book: Book16) -> None:
    assert_short_names_single_out(book, 80)


def test_every_english_name_stands_for_one_project(book: Book16) -> None:
    assert_english_names(book)


def test_ambiguous_fragments_name_several_projects(book: Book16, items: list[Item]) -> None:
    assert_ambiguous_fragments(book, items, 6)


# -- places ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "field", "high", "place"),
    [
        (P2, "executed", True, 7),  # 17,563,400 is the least spent
        (P7, "lost", True, 2),  # 9.00 behind 11.42
        (P3, "unspent", True, 2),  # 184,354 behind 6,059,018.81
        (P5, "budget", True, 4),  # 40,000,000 behind 180.5m, 88m, 71.7m
        (P7, "total", False, 2),  # 91.00, above 88.58 only
    ],
)
def test_the_place_of_a_project(book: Book16, name: str, field: str, high: bool, place: int) -> None:
    assert book.place_of(name, field, high) == place


# -- gold -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (["据报道，管理工作经费年中被调减预算约460万元，是否属实？调减了多少？"], 29_613_497 - 25_004_698),
        (["请测算基础设施-运维项目全年预算数与全年执行数之差。"], 71_687_531 - 71_503_177),
        (["稿件称二期项目丢了7分多，请核实具体扣了多少分。"], 7.04),
        (["报道说管理工作经费因执行率丢了两分多，是否属实？执行率得分实际少了几分？"], 2.42),
        (["设施运维执行数占全年预算数的比重是多少？"], 71_503_177 / 71_687_531 * 100),
        (["数据运营服务效益指标合计得分多少？"], 8 + 4 + 8 + 6),
        (["报道称质量问题整改率实际只完成了70%，是否属实？实际完成值是多少？"], 70),
        (["What is the weight of 市政府各部门基础设施共建共用 indicator?"], 30),
        (["稿件写基础设施运维维护了1529个系统，“维护系统数量”实际完成值是不是这个数？"], 1529),
        (["七个项目全年预算数合计多少？"], 442_838_813),
        (["全年预算数的中位数是多少？"], 40_000_000),
        (["所有项目合计被扣了多少分？"], 43.35),
        (["据报道，执行率达到100%的项目有三个，是否属实？实际有几个？"], 3),
        (["一网通办运营服务和政务云两个项目全年预算数相差多少？"], 180_505_000 - 40_000_000),
        (["报道称数据运营服务比升级改造多花了七千多万，是否属实？实际相差多少？"], 88_000_000 - 17_563_400),
        (["扣分最多和最少的两个项目，全年预算数相差多少？"], 25_004_698 - 17_683_901),
        (["总分最高与最低的两个项目，实际执行数相差多少？"], 18_945_679.19 - 17_563_400),
        (["请核实基础设施-运维项目全年处理网络报修的数量。"], 515),
        (["据报道运维全年完成重大网络保障40余次，是否属实？表里写的是多少次？"], 40),
        (["哪个项目结余最多？", "它的年初预算是多少？", "全年预算呢？", "调了多少？"], 4_608_799),
        (["总分在93分以上的项目有哪些？", "它们的平均分是多少？"], (96.90 + 97.93 + 95.97 + 93.31) / 4),
        (["把扣分超过6分的项目列一下。", "这些项目的结余加起来多少？"], 71_683 + 100 + 6_059_018.81),
        (
            ["上海市大数据资源平台（二期）执行率多少？", "执行率得分呢？", "这一项离满分还差几分？"],
            0.04,
        ),
        (
            [
                "七个项目里执行数超过8000万的有哪些？",
                "放宽到7000万呢？",
                "这几个的全年预算合计？",
                "执行数合计呢？",
            ],
            180_502_000 + 71_503_177 + 88_000_000,
        ),
        (
            [
                "核实：升级改造总分97.93，是不是最高？",
                "第二名是谁？",
                "第二名的执行数是多少？",
                "它的结余呢？",
            ],
            3000,
        ),
        (["满意度满分的项目是哪个？", "它的效益指标得分率多少？"], 26 / 30 * 100),
        (["What's the weight of 质量问题整改率?", "And score got?", "So how many points lost?"], 5),
        (
            [
                "Which project has lowest execution rate?",
                "which second lowest?",
                "what is the gap of their rates?",
            ],
            99.32 - 75.77,
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

    assert gold("结余超过十万的是哪几个？").gold.items == [P2, P3, P6]
    assert gold("满意度指标得分不低于9.31分的项目有哪些？").gold.items == [P1, P5, P7]
    assert gold("Which projects has total score between 92 and 96?").gold.items == [P3, P4, P5]
    assert gold("丢分在4分以内的项目有哪些？").gold.items == [P1, P2]
    assert gold("扣分高于中位数的项目请列示。").gold.items == [P4, P6, P7]
    assert sorted(gold("扣分最多的三个项目分别是？").gold.items) == sorted([P4, P6, P7])
    assert gold("执行率倒数第二的是哪个项目？").gold.items == [P2]
    assert gold("质量指标一分没丢的项目有哪些？").gold.items == [P2, P3, P4, P5]
    assert gold("请列示数据运营服务项目未达年度指标值的三级指标。").gold.items == [
        "数据治理程度",
        "质量问题整改率",
    ]
    assert gold("Among all satisfaction indicators, which ones kept full marks?").gold.items == ["使用方满意"]
    assert gold("请列示执行率低于100%的项目。", "其余项目呢？").gold.items == [P1, P5, P7]
    assert gold("Tell me the projects that have ecology benefit indicator.", "The others?").gold.items == [
        P3,
        P4,
        P5,
        P6,
    ]
    assert gold("效益指标一分没扣的项目有哪些？", "其中结余更多的是哪个？").gold.answer == P3
    assert gold("有报道称二期项目得分高于政务云，是否属实？两者总分各多少？").gold.answer == P5
    assert gold("质量指标得分方面，数据运营服务与大数据中心管理工作经费孰低？").gold.answer == P7
    assert gold("What is the target value of 长效管理制度?").gold.answer == "2套"
    assert gold("中心经费是优还是良？").gold.answer == "良"
    assert gold("据称2021升级改造项目评级为“良”，是否属实？实际等级是什么？").gold.answer == "优"
    assert gold("数据那个项目花了多少？").gold.items == [P4, P6, P7]


def test_gold_is_well_formed_and_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_gold_well_formed(items, unsigned=True)
    assert_evidence_rows_exist(SAMPLE_DIR, items)


def test_the_scorer_reads_every_gold(book: Book16, items: list[Item]) -> None:
    assert scorer_misreads(items, book.o) == []

"""The eighth hand-written suite (eval/suites/free8.py): it validates, covers every intent and each
of its seven askers, is mostly English, regenerates byte for byte, repeats no question of another
suite, names projects only in ways that single them out, holds gold the oracle backs and the
scorer reads, and cites rows that exist.

The held-out suites are only counted against, never printed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from eval.schema import Item, load_items
from eval.suites import PLAN, dumps
from eval.suites.free8 import FREE8_SAMPLE, Book8, build_book
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
    "persona:uk-auditor",
    "persona:non-native",
    "persona:abbrev-analyst",
    "persona:pasted-name",
    "persona:en-chat",
    "persona:zh-formal",
    "persona:zh-colloquial",
)
ENGLISH = PERSONAS[:5]
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
    "eval/suites/sample_hidden.jsonl",
    "eval/suites/sample_hidden2.jsonl",
    "eval/suites/sample_hidden3.jsonl",
    "eval/suites/sample_hidden4.jsonl",
    "eval/questions.jsonl",
)
CJK = re.compile(r"[\u4e00-\u9fff]")
BRITISH = re.compile(r"programme|out-turn|underspend|forfeit|Centre|rating band|weighting")
SHORTHAND = re.compile(r"\bFY\b|exec rate|\bpts\b|\bKPI\b|\bYoY\b|\bw/o?\b|\bvs\b|\bavg\b|\bamt\b|\becon\b")
ELLIPSIS = re.compile(r"^(And|What about|Why did it|Which ones|What's the gap|What's its|Of those)")
# money thresholds written as people write them: 5000万元, 2千万, 0.3亿元, RMB 50m, twenty million yuan
MONEY_FORMS = re.compile(r"\d+万元|\d千万|\d+(\.\d+)?亿|RMB \d+m|million yuan|\d{3},\d{3} yuan")


def _mine(items: list[Item], persona: str) -> list[Item]:
    return [i for i in items if persona in i.tags]


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(FREE8_SAMPLE)


@pytest.fixture(scope="module")
def book() -> Book8:
    return build_book()


def test_regeneration_gives_the_identical_file(book: Book8) -> None:
    assert dumps(book.items) == FREE8_SAMPLE.read_text(encoding="utf-8")


def test_size_and_every_intent(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert 190 <= len(items) <= 240 and set(counts) == set(PLAN)
    assert min(counts.values()) >= 6
    for intent in ("lookup_derived", "compare", "filter_indicator", "nested", "follow_up", "indicator"):
        assert counts[intent] >= 14, intent
    assert counts["prose"] >= 10 and counts["filter_value"] >= 14
    assert counts["refuse"] + counts["refuse_or_clarify"] >= 30
    assert len({i.id for i in items}) == len(items) and all(i.id.startswith("w-") for i in items)
    assert [i.id for i in items] == [f"w-{n:03d}" for n in range(1, len(items) + 1)]
    assert len({tuple(i.turns) for i in items}) == len(items)


def test_askers_and_languages(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert all(tags[p] >= 10 for p in PERSONAS)
    assert all(len([t for t in i.tags if t.startswith("persona:")]) == 1 for i in items)
    assert 0.55 <= tags["en"] / len(items) <= 0.7
    for i in items:  # English askers are tagged English, Chinese ones Chinese
        english = any(p in i.tags for p in ENGLISH)
        assert ("en" in i.tags) == english and ("zh" in i.tags) != english, i.id
    assert tags["alias"] >= 50 and tags["alias:en"] >= 25 and tags["mixed"] >= 30


def test_the_auditor_writes_british_english(items: list[Item]) -> None:
    mine = _mine(items, "persona:uk-auditor")
    # Chinese only where an indicator's name is copied from the form
    assert not [i.id for i in mine if any(CJK.search(t) for t in i.turns) and "named" not in i.tags]
    assert sum(bool(BRITISH.search(" ".join(i.turns))) for i in mine) >= 0.6 * len(mine)
    assert not [i.id for i in mine if re.search(r"program\b|programs\b|Center\b", i.turns[0])]


def test_the_analyst_abbreviates(items: list[Item]) -> None:
    mine = _mine(items, "persona:abbrev-analyst")
    assert sum(bool(SHORTHAND.search(i.turns[0])) for i in mine) >= 0.7 * len(mine)
    assert all(len(i.turns[0]) <= 70 for i in mine)


def test_pasted_names_and_chat_follow_ups(items: list[Item]) -> None:
    pasted = [i for i in items if "mixed" in i.tags]
    assert all("en" in i.tags and CJK.search(" ".join(i.turns)) for i in pasted)
    chat = [i for i in _mine(items, "persona:en-chat") if i.answerable]
    assert all(len(i.turns) >= 2 for i in chat)
    assert sum(bool(ELLIPSIS.search(i.turns[-1])) for i in chat) >= 0.8 * len(chat)
    assert sum(len(i.turns) == 3 for i in items) >= 2


def test_money_thresholds_in_many_forms(items: list[Item]) -> None:
    money = [i for i in items if "unit:money" in i.tags or any(t.startswith("money:") for t in i.tags)]
    forms = {t for i in money for t in i.tags if t.startswith("money:")}
    assert len(money) >= 10 and len(forms) >= 7
    assert all(MONEY_FORMS.search(i.turns[0]) for i in money if any(t.startswith("money:") for t in i.tags))


def test_refusals(items: list[Item]) -> None:
    assert_refusals(
        items,
        30,
        (
            "offtopic",
            "year",
            "agency",
            "missing",
            "partial",
            "ambiguous",
            "unclear",
            "unknown_project",
            "vague",
        ),
    )


def test_no_question_repeats_one_of_another_suite(items: list[Item]) -> None:
    assert shared_questions(items, ROOT, OTHER_SUITES) == 0  # a count: no question is printed


# -- names ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("一网通办运营", [P1]),
        ("一网通办平台", [P2]),
        ("运维", [P3]),
        ("二期", [P4]),
        ("资源平台二期", [P4]),
        ("政务云", [P5]),
        ("管理经费", [P6]),
        ("数据运营", [P7]),
        ("运营服务", [P1, P7]),
        ("基础设施", [P3, P5]),
        ("随申码", []),
    ],
)
def test_singles_out(book: Book8, alias: str, expected: list[str]) -> None:
    assert singles_out(book.o, alias) == expected


def test_every_short_name_singles_out_its_project(book: Book8) -> None:
    assert_short_names_single_out(book, 50)


def test_each_english_name_stands_for_one_project(book: Book8) -> None:
    assert_english_names(book)


def test_ambiguous_fragments_name_several_projects(book: Book8, items: list[Item]) -> None:
    assert_ambiguous_fragments(book, items)


def test_the_oracle_refuses_questions_with_no_single_answer() -> None:
    b = build_book()
    with pytest.raises(ValueError, match="not one project"):  # 营造良好营商环境 is in two forms
        b.named("营造良好营商环境 score?", "营造良好营商环境", "score", "en")
    with pytest.raises(ValueError, match="has 2 rows"):  # stated under 数量指标 and 质量指标
        b.named(
            "新建（购）应用系统与平台数量 target?", "新建（购）应用系统与平台数量", "target", "en", name=P4
        )
    with pytest.raises(ValueError, match="every project"):  # no form lacks 满意度指标
        b.lacking("projects w/o satisfaction KPI", "满意度指标", "en")
    with pytest.raises(ValueError, match="not by"):  # 一网通办 is in several goal texts
        b.prose_text("?", P1, "一网通办", "en")


# -- gold -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("turns", "value"),
    [
        # 年初预算数 29,613,497.00, 全年预算数 25,004,698.00
        (["initial vs FY budget delta for 管理经费?"], 29613497 - 25004698),
        # 全年预算数 71,687,531.00 less 全年执行数 71,503,177 (184,354 left)
        (["What was the underspend on the infrastructure O&M project?"], 184354),
        # 全年预算数 17,683,901.00, 全年执行数 17,563,400.00
        (["how many money not used in one-stop services platform upgrade?"], 17683901 - 17563400),
        # 总分 91 of 100
        (["How many points did the data operations service forfeit in total?"], 9),
        # 产出指标: 15 + 10 + 10 + 10
        (["output KPI subtotal for data operations service, pts"], 45),
        # 效益指标 of 一网通办运营: 9.2 + 14.1 + 2 + 3 of 30
        (
            [
                "What score rate did the one-stop services operations project achieve on its benefit indicators?"
            ],
            28.3 / 30 * 100,
        ),
        # 满意度指标 6 of 10
        (["上海市大数据资源平台（二期）满意度指标的得分率是多少？"], 60),
        # 社会效益指标 of 二期: 12 + 15
        (["social benefit indicators of 二期, the score is what?"], 27),
        # 88,000,000 less 71,687,531
        (
            [
                "By how much did the data operations service's full-year budget exceed that of the "
                "infrastructure O&M project?"
            ],
            88000000 - 71687531,
        ),
        # 执行率 99.65% and 75.77%
        (["exec rate gap, 管理经费 vs 二期, in pts"], 99.65 - 75.77),
        # the lowest total (88.58) is 管理经费's, whose 全年预算数 is 25,004,698.00
        (["What was the full-year budget of the programme with the lowest overall score?"], 25004698),
        # the smallest 全年预算数 is the platform upgrade's; it lost 100 − 97.93
        (["预算最少的那个项目一共扣了几分啊"], 2.07),
        # 生态效益指标 in three forms; of them 96.9 and 97.93 are above 95
        (["Which projects have an ecological benefit indicator?", "How many of them scored above 95?"], 2),
        # 总分 below 93: 二期 (99.65%), 管理经费 (75.77%), 数据运营 (100%)
        (["请列出总分低于93分的项目。", "这些项目的平均执行率是多少？"], (99.65 + 75.77 + 100) / 3),
        # 运维's goal text: 总计完成369个工单任务; 政务外网 repairs average 83 minutes
        (["In 基础设施-运维, how many work orders were completed in total?"], 369),
        (["infrastructure O&M project: one network repair take how many minutes on average?"], 83),
        # 全年预算数 over 40,000,000 (not equal to it): 180.5M, 71.7M, 88M
        (["How many programmes had a full-year budget in excess of 40 million yuan?"], 3),
    ],
)
def test_gold_agrees_with_a_reading_by_hand(items: list[Item], turns: list[str], value: float) -> None:
    (hit,) = [i for i in items if i.turns == turns]
    assert hit.gold.value == pytest.approx(value, abs=0.01)


def test_sets_and_texts_read_by_hand(items: list[Item]) -> None:
    def gold(*turns: str) -> Item:
        (hit,) = [i for i in items if i.turns == list(turns)]
        return hit

    # 全年预算数 25,004,698 is above RMB 25m; only 17.68M and 19.96M are not
    assert gold("Projects w/ FY budget above RMB 25m?").gold.items == [P1, P3, P5, P6, P7]
    # 年初预算数 under 30M: 17.68M, 19.96M and 29.61M (管理经费's initial, not its 25.0M)
    assert gold("年初预算数不足0.3亿元的项目有哪些？").gold.items == [P2, P4, P6]
    # between 20M and 50M: 40M and 25.0M
    assert gold("全年预算在2000万元至5000万元之间的项目是哪些？").gold.items == [P5, P6]
    # only 二期 and 政务云 state no 经济效益指标
    assert gold("projects w/o an economic benefit KPI").gold.items == [P4, P5]
    # 时效指标 deducted: 运维, 政务云, 管理经费; the lowest 执行率 of these is 管理经费's
    assert gold("请问哪些项目的时效指标存在扣分？", "上述项目中执行率最低的是哪个？").gold.items == [P6]
    # 二期: 系统功能模块使用率 90% < >95%, satisfaction 96% < 100%
    assert set(
        gold("Which of the Big Data Resource Platform Phase 2's indicators missed their targets?").gold.items
    ) == {
        "系统功能模块使用率",
        "部门业务人员和企业用户使用满意度",
    }
    # 长效管理制度: 2套; 故障时间 <1天; the 实施单位 line
    assert gold("长效管理制度实际建了几套").gold.answer == "2套"
    assert gold("KPI 故障时间 target, 政务云?").gold.answer == "<1天"
    assert gold("基础设施-运维项目的实施单位是哪个？").gold.answer == "上海市大数据中心"
    assert gold("大数据中心管理工作经费主要用于保障哪项开支？").gold.answer == "机房用电"
    # 产出指标 50 (二期) against 45 (数据运营)
    compared = gold(
        "On output indicators, which scored higher: the Big Data Resource Platform Phase 2 or the data "
        "operations service?"
    ).gold
    assert compared.answer == P4 and [p.value for p in compared.pairs] == [50, 45]


def test_gold_is_well_formed_and_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_gold_well_formed(items, unsigned=True)
    assert_evidence_rows_exist(SAMPLE_DIR, items)


def test_the_scorer_reads_every_gold(book: Book8, items: list[Item]) -> None:
    assert scorer_misreads(items, book.o) == []

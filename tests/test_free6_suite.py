"""The sixth hand-written suite (eval/suites/free6.py): it validates, covers every intent and each
of its five askers, regenerates byte for byte, repeats no question of another suite, names
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
from eval.suites.free6 import FREE6_SAMPLE, Book6, build_book
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
PERSONAS = ("persona:evaluator", "persona:voice", "persona:esl", "persona:manager", "persona:editor")
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
    "eval/suites/sample_hidden.jsonl",
    "eval/suites/sample_hidden2.jsonl",
    "eval/suites/sample_hidden3.jsonl",
    "eval/questions.jsonl",
)
# the evaluator's trade words; the voice user's fillers and spoken numbers
JARGON = re.compile(
    r"预算执行率|执行率|自评得分|得分率|扣分|结转结余|结余率|预算调整|产出指标|效益指标|满意度指标|时效指标|"
    r"成本指标|质量指标|数量指标|偏差|目标值|完成值|分值|资金到位率|绩效目标申报表|第三方评价|评分细则"
)
FILLERS = re.compile(r"嗯|就是|然后|那个|来着|不对")
SPOKEN = re.compile(r"[一二两三四五六七八九十百千万]+(万|分|名)|百分之")
CJK = re.compile(r"[\u4e00-\u9fff]")
PUNCTUATION = re.compile(r"[，。？！、；：,.?!;:]")


def _asked(items: list[Item], persona: str) -> list[str]:
    return [t for i in items if persona in i.tags for t in i.turns]


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(FREE6_SAMPLE)


@pytest.fixture(scope="module")
def book() -> Book6:
    return build_book()


def test_regeneration_gives_the_identical_file(book: Book6) -> None:
    assert dumps(book.items) == FREE6_SAMPLE.read_text(encoding="utf-8")


def test_size_and_every_intent(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert 180 <= len(items) <= 200 and set(counts) == set(PLAN)
    assert min(counts.values()) >= 5
    for intent in ("prose", "nested", "compare"):
        assert counts[intent] >= 14, intent
    for intent in (
        "filter_indicator",
        "filter_value",
        "lookup_derived",
        "rank",
        "lookup_field",
        "indicator",
    ):
        assert counts[intent] >= 12, intent
    assert counts["follow_up"] >= 15 and counts["refuse"] + counts["refuse_or_clarify"] >= 32
    assert len({i.id for i in items}) == len(items) and all(i.id.startswith("n-") for i in items)
    assert len({tuple(i.turns) for i in items}) == len(items)


def test_askers_and_languages(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert all(tags[p] >= 30 for p in PERSONAS)
    assert sum(len([t for t in i.tags if t.startswith("persona:")]) == 1 for i in items) == len(items)
    assert tags["en"] >= 60 and tags["zh"] >= 60
    assert tags["alias"] >= 40 and tags["alias:en"] >= 20 and tags["tie"] >= 2 and tags["between"] >= 2


def test_the_evaluator_is_terse_and_uses_the_trades_words(items: list[Item]) -> None:
    mine = [i for i in items if "persona:evaluator" in i.tags]
    assert all("zh" in i.tags and "formal" in i.tags for i in mine)
    assert all(len(q) <= 30 for i in mine for q in i.turns)
    assert sum(bool(JARGON.search(q)) for i in mine for q in i.turns) >= 0.8 * len(mine)
    # jargon for what the forms lack is refused or asked back
    lacking = [i for i in mine if re.search(r"资金到位率|绩效目标申报表|第三方评价|评分细则", i.turns[0])]
    assert len(lacking) == 4 and all(i.intent == "refuse_or_clarify" for i in lacking)


def test_the_voice_user_dictates(items: list[Item]) -> None:
    asked = _asked(items, "persona:voice")
    assert not [q for q in asked if PUNCTUATION.search(q)]
    assert sum(bool(FILLERS.search(q)) for q in asked) >= 15
    assert sum(bool(SPOKEN.search(q)) for q in asked) >= 5
    assert any("不对" in q for q in asked)  # a self-correction
    assert all("colloquial" in i.tags for i in items if "persona:voice" in i.tags)


def test_the_consultant_writes_non_native_english(items: list[Item]) -> None:
    mine = [i for i in items if "persona:esl" in i.tags]
    assert all("en" in i.tags and "non-native" in i.tags for i in mine)
    assert sum(not CJK.search(q) for i in mine for q in i.turns) >= len(mine) - 2


def test_the_manager_chats_across_languages(items: list[Item]) -> None:
    mine = [i for i in items if "persona:manager" in i.tags]
    talks = [i for i in mine if len(i.turns) > 1]
    assert len(talks) >= 15 and sum(len(i.turns) >= 3 for i in talks) >= 6
    assert any(len(i.turns) == 4 for i in talks)
    switching = [i for i in talks if len({bool(CJK.search(t)) for t in i.turns}) == 2]
    assert len(switching) >= 2


def test_the_editor_composes(items: list[Item]) -> None:
    mine = [i for i in items if "persona:editor" in i.tags]
    intents = Counter(i.intent for i in mine)
    assert intents["nested"] >= 5 and intents["prose"] >= 5 and intents["compare"] >= 3
    assert any(i.intent == "compare" and len(i.gold.pairs) == 3 for i in mine)
    assert sum("en" in i.tags for i in mine) >= 10 and sum("zh" in i.tags for i in mine) >= 10


def test_refusals(items: list[Item]) -> None:
    assert_refusals(
        items,
        32,
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
        ("平台升级改造", [P2]),
        ("运维", [P3]),
        ("资源平台二期", [P4]),
        ("政务云预付费", [P5]),
        ("管理工作经费", [P6]),
        ("数据运营", [P7]),
        ("平台", [P2, P4]),
        ("一网通办", [P1, P2]),
        ("城市大脑", []),
    ],
)
def test_singles_out(book: Book6, alias: str, expected: list[str]) -> None:
    assert singles_out(book.o, alias) == expected


def test_every_short_name_singles_out_its_project(book: Book6) -> None:
    assert_short_names_single_out(book, 40)


def test_each_english_name_stands_for_one_project(book: Book6) -> None:
    assert_english_names(book)


def test_ambiguous_fragments_name_several_projects(book: Book6, items: list[Item]) -> None:
    assert_ambiguous_fragments(book, items)


# -- gold -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("turns", "value"),
    [
        # read by hand from the forms: 年初预算数 29,613,497 and 全年预算数 25,004,698
        (["管理工作经费预算调整金额"], 29613497 - 25004698),
        # 全年执行数 18,945,679.19 of 25,004,698
        (["管理工作经费结余率是多少"], (25004698 - 18945679.19) / 25004698 * 100),
        # the three that lost most (11.42, 9.00, 7.04 points) and their 全年预算数
        (["扣分最多的三个项目", "它们的预算加起来是多少"], 25004698 + 88000000 + 19957683),
        # 总分 97.93 first, 96.90 second: the second's 全年执行数
        (["总分第二名的项目执行了多少钱？"], 180502000),
        # 满意度 of the smallest budget's project: its target is 100%
        (["Project with smallest budget, its satisfaction indicator target is what?"], 100),
        (["基础设施-运维项目全年一共完成了多少个工单任务？"], 369),
        (["数据运营服务的法人综合库覆盖了多少万家企业？"], 300),
        (["How many network repair request the infrastructure maintenance project handled?"], 515),
        # 总分 97.93 and 88.58
        (["Difference between highest and lowest score, how much?"], 97.93 - 88.58),
        # three of the seven 执行率 are 100.00%
        (["执行率达到100%的项目占比"], 3 / 7 * 100),
    ],
)
def test_gold_agrees_with_a_reading_by_hand(items: list[Item], turns: list[str], value: float) -> None:
    (hit,) = [i for i in items if i.turns == turns]
    assert hit.gold.value == pytest.approx(value, abs=0.01)


def test_sets_read_by_hand(items: list[Item]) -> None:
    def gold(*turns: str) -> list[str]:
        (hit,) = [i for i in items if i.turns == list(turns)]
        return hit.gold.items

    # 全年预算数 above the average (63.3M): 180.5M, 71.7M and 88M; their 满意度 9.6, 8, 10
    assert gold("比平均预算高的项目里谁满意度最低？") == [P3]
    # 结余 6,059,018.81 > 184,354 > 120,501 > the rest
    assert gold("结转结余最多的前三个项目") == [P6, P3, P2]
    # three projects reach 100.00%: a tie for first place
    assert gold("执行率并列第一的项目") == [P1, P5, P7]
    # 时效指标 lost points in 运维 (71.7M), 政务云 (40M) and 管理经费 (25.0M)
    assert gold("哪些项目时效指标扣了分", "只看预算超过5000万的") == [P3]
    # 政务云 lost 6.69 points, 资源平台 7.04
    assert gold("政务云总分多少", "和资源平台比呢", "哪个扣分更多") == [P4]


def test_gold_is_well_formed_and_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_gold_well_formed(items, unsigned=True)
    assert_evidence_rows_exist(SAMPLE_DIR, items)


def test_the_scorer_reads_every_gold(book: Book6, items: list[Item]) -> None:
    assert scorer_misreads(items, book.o) == []

"""The seventh hand-written suite (eval/suites/free7.py): it validates, covers every intent and each
of its five askers, regenerates byte for byte, repeats no question of another suite, names
projects only in ways that single them out, copies indicator names as the forms state them,
holds gold the oracle backs and the scorer reads, and cites rows that exist.

The held-out suites are only counted against, never printed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from eval.schema import Item, load_items
from eval.suites import PLAN, dumps
from eval.suites.free7 import FREE7_SAMPLE, Book7, build_book
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
    "persona:audit-bureau",
    "persona:new-clerk",
    "persona:executive",
    "persona:verbatim",
    "persona:comparer",
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
    "eval/suites/sample_hidden.jsonl",
    "eval/suites/sample_hidden2.jsonl",
    "eval/suites/sample_hidden3.jsonl",
    "eval/suites/sample_hidden4.jsonl",
    "eval/questions.jsonl",
)
# the auditor checks; the clerk's everyday words and chat shorthand; the executive's openings;
# the comparer's comparatives
CHECKING = re.compile(r"是否|有没有|有无|是不是|^Did |^Were there")
EVERYDAY = re.compile(r"花了|用了|剩下|剩的|剩钱|打了几分|拿了几分|钱|经费|啥|咋|多钱")
SHORTHAND = re.compile(r"\d+w|\d+kw|top\d|\d+%的")
FORMAL = re.compile(
    r"^(Provide|List|Give me|Identify|State|Explain|What|Which|How does|For the|Draft|How many)"
)
COMPARATIVE = re.compile(
    r"相差|高出|差距|比.*(多|少|高|低)|少了|谁.*(更|最)|哪个.*(更|最)|\bvs\b|差几分|差了|compare"
)
YES_NO = {"是", "否", "有", "没有", "yes", "no"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def _mine(items: list[Item], persona: str) -> list[Item]:
    return [i for i in items if persona in i.tags]


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(FREE7_SAMPLE)


@pytest.fixture(scope="module")
def book() -> Book7:
    return build_book()


def test_regeneration_gives_the_identical_file(book: Book7) -> None:
    assert dumps(book.items) == FREE7_SAMPLE.read_text(encoding="utf-8")


def test_size_and_every_intent(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert 175 <= len(items) <= 200 and set(counts) == set(PLAN)
    assert min(counts.values()) >= 7
    for intent in ("indicator", "compare", "filter_indicator", "follow_up"):
        assert counts[intent] >= 14, intent
    assert counts["refuse"] + counts["refuse_or_clarify"] >= 30
    assert len({i.id for i in items}) == len(items) and all(i.id.startswith("v-") for i in items)
    assert len({tuple(i.turns) for i in items}) == len(items)


def test_askers_and_languages(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert all(tags[p] >= 30 for p in PERSONAS)
    assert sum(len([t for t in i.tags if t.startswith("persona:")]) == 1 for i in items) == len(items)
    assert tags["en"] >= 40 and tags["zh"] >= 120
    assert tags["alias"] >= 40 and tags["alias:en"] >= 10 and tags["named"] >= 15


def test_the_auditor_checks_but_gold_is_never_a_bare_yes_or_no(items: list[Item]) -> None:
    mine = _mine(items, "persona:audit-bureau")
    assert sum(bool(CHECKING.search(i.turns[0])) for i in mine) >= 0.7 * len(mine)
    for i in mine:
        assert i.answer_type != "yes_no" and str(i.gold.answer or "").lower() not in YES_NO, i.id
    # a check whose answer is a set: the set is the gold
    checks = [i for i in mine if i.answerable and CHECKING.search(i.turns[-1]) and i.answer_type == "list"]
    assert len(checks) >= 8


def test_the_clerk_uses_everyday_words_and_shorthand(items: list[Item]) -> None:
    mine = _mine(items, "persona:new-clerk")
    asked = [q for i in mine for q in i.turns]
    assert all("zh" in i.tags and "colloquial" in i.tags for i in mine)
    assert sum(bool(EVERYDAY.search(q)) for q in asked) >= 0.6 * len(asked)
    assert sum(bool(SHORTHAND.search(q)) for q in asked) >= 5


def test_the_executive_writes_formal_english(items: list[Item]) -> None:
    mine = _mine(items, "persona:executive")
    assert all("en" in i.tags and "formal" in i.tags for i in mine)
    firsts = [i.turns[0] for i in mine]
    assert not [q for q in firsts if CJK.search(q)]
    assert sum(bool(FORMAL.search(q)) for q in firsts) >= 0.85 * len(firsts)
    for phrase in (
        "Provide",
        "List all projects whose",
        "Give me a breakdown",
        "What proportion",
        "How does",
    ):
        assert any(phrase in q for q in firsts), phrase


def test_the_analyst_copies_indicator_names(book: Book7, items: list[Item]) -> None:
    mine = _mine(items, "persona:verbatim")
    names = {n for n in book.o.indicators.name if len(n) >= 4}
    copied = [i for i in mine if any(n in t for t in i.turns for n in names)]
    assert len(copied) >= 18
    bare = [i for i in items if "no-project" in i.tags]
    assert len(bare) >= 6 and all(len(i.gold.projects) == 1 for i in bare)
    assert Counter(i.intent for i in mine)["prose"] >= 6


def test_the_comparer_compares(items: list[Item]) -> None:
    mine = _mine(items, "persona:comparer")
    answerable = [i for i in mine if i.answerable]
    assert sum(bool(COMPARATIVE.search(i.turns[-1])) for i in answerable) >= 0.6 * len(answerable)
    assert sum("gap" in i.tags for i in mine) >= 6 and sum("avg" in i.tags for i in mine) >= 2
    assert any(i.intent == "compare" and len(i.gold.pairs) == 3 for i in mine)


def test_refusals(items: list[Item]) -> None:
    assert_refusals(
        items,
        30,
        ("offtopic", "year", "agency", "missing", "vague", "partial", "ambiguous", "unknown_project"),
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
        ("资源平台二期", [P4]),
        ("政务云", [P5]),
        ("中心管理经费", [P6]),
        ("数据运营", [P7]),
        ("大数据", [P4, P6]),
        ("基础设施", [P3, P5]),
        ("一网统管", []),
    ],
)
def test_singles_out(book: Book7, alias: str, expected: list[str]) -> None:
    assert singles_out(book.o, alias) == expected


def test_every_short_name_singles_out_its_project(book: Book7) -> None:
    assert_short_names_single_out(book, 40)


def test_each_english_name_stands_for_one_project(book: Book7) -> None:
    assert_english_names(book)


def test_ambiguous_fragments_name_several_projects(book: Book7, items: list[Item]) -> None:
    assert_ambiguous_fragments(book, items)


def test_a_named_indicator_without_its_project_must_be_unique() -> None:
    b = build_book()
    with pytest.raises(ValueError, match="not one project"):
        b.named("「使用者满意度」的目标值", "使用者满意度", "target", "zh")
    with pytest.raises(ValueError, match="does not copy"):
        b.named("使用者满意的目标值", "使用者满意度", "target", "zh", name=P3)


# -- gold -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("turns", "value"),
    [
        # read by hand from the forms: 执行率 99.32% and 75.77%
        (["管理经费和一网通办平台的执行率相差多少个百分点"], 99.32 - 75.77),
        # 全年预算数 88,000,000 and 40,000,000
        (["数据运营比政务云的预算多多少"], 88000000 - 40000000),
        # the seven totals' mean less 88.58
        (
            ["管理经费的总分比平均分低多少"],
            (96.90 + 97.93 + 95.97 + 92.96 + 93.31 + 88.58 + 91.00) / 7 - 88.58,
        ),
        # 使用者满意度 is an indicator of 运维 (71,687,531) and 政务云 (40,000,000)
        (["「使用者满意度」是哪些项目的指标", "它们的全年预算数合计"], 71687531 + 40000000),
        # three of the seven 执行率 are 100.00%
        (["执行率100%的有几个？"], 3),
        # 质量问题整改率: target ≥90%, actual 70%
        (["「质量问题整改率」的目标值是多少"], 90),
        (["质量问题整改率 目标值", "实际完成值呢"], 70),
        # 政务云 应用系统上云: weight 20, score 18
        (["上海市政务云基础设施服务费（预付费） 应用系统上云 扣了几分"], 2),
        (["基础设施-运维 网络新建多少个"], 138),
        (["基础设施-运维 本年度共完成几次应急演练"], 5),
        # 运维 产出指标: 数量 10 + 质量 10 + 10 + 时效 18
        (["基础设施-运维 产出指标 合计得分"], 48),
    ],
)
def test_gold_agrees_with_a_reading_by_hand(items: list[Item], turns: list[str], value: float) -> None:
    (hit,) = [i for i in items if i.turns == turns]
    assert hit.gold.value == pytest.approx(value, abs=0.01)


def test_sets_read_by_hand(items: list[Item]) -> None:
    def gold(*turns: str) -> list[str]:
        (hit,) = [i for i in items if i.turns == list(turns)]
        return hit.gold.items

    # 全年预算数 180.5M, 71.7M, 88M above 50M; 40M is not above RMB 40 million
    assert gold("预算5000w以上的项目有哪些") == [P1, P3, P7]
    assert gold("List all projects whose full-year budget exceeds RMB 40 million.") == [P1, P3, P7]
    # 17.68M and 19.96M
    assert gold("预算不到2kw的是哪几个") == [P2, P4]
    # 满意度 10, 9.6, 9.31
    assert gold("满意度top3") == [P7, P1, P5]
    # 系统上线及时性 appears in 资源平台二期 and 政务云
    assert gold("哪些项目有「系统上线及时性」这个指标") == [P4, P5]
    # only 数据运营服务 has a 成本指标
    assert gold("有没有项目设置了成本指标？") == [P7]
    # 时效指标 deducted: 运维, 政务云, 管理经费; of these only 管理经费 is under 90%
    assert gold("有没有项目时效指标扣了分", "这些项目里执行率有没有低于90%的") == [P6]


def test_gold_is_well_formed_and_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_gold_well_formed(items, unsigned=True)
    assert_evidence_rows_exist(SAMPLE_DIR, items)


def test_the_scorer_reads_every_gold(book: Book7, items: list[Item]) -> None:
    assert scorer_misreads(items, book.o) == []

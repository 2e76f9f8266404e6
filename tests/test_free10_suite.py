"""The tenth hand-written suite (eval/suites/free10.py): it validates, covers every intent and each
of its five askers, is at least seven parts in ten Chinese, regenerates byte for byte, repeats no
question of another suite, names projects only in ways that single them out, asks the place of a
named project only where no tie makes it ambiguous, holds gold the oracle backs and the scorer
reads, and cites rows that exist.

The held-out suites are only counted against, never printed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from eval.schema import Item, load_items
from eval.suites import PLAN, dumps
from eval.suites.free9 import Book9
from eval.suites.free10 import FREE10_SAMPLE, build_book
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
PERSONAS = (
    "persona:npc-deputy",
    "persona:auditor",
    "persona:retired-cadre",
    "persona:wechat",
    "persona:bilingual",
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
    "eval/suites/free9_sample.jsonl",
    "eval/suites/free11_sample.jsonl",
    "eval/suites/sample_hidden.jsonl",
    "eval/suites/sample_hidden2.jsonl",
    "eval/suites/sample_hidden3.jsonl",
    "eval/suites/sample_hidden4.jsonl",
    "eval/questions.jsonl",
)
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
PUNCTUATION = re.compile(r"[，。？！、；：,.?!;:]")
WRITTEN = re.compile(
    r"分别|各|均|合计|占比|不足|未达|超过|以上|以下|以内|请予|请列|请说明|请提供|请按|经审计|审计|为多少|为何|哪一项|位列|位居|数量为"
)
ROUNDABOUT = re.compile(r"请问|我想了解|来着|麻烦问|我记得")
POINTED = re.compile(r"为什么|到底|最差|最多|最少|最低|点名|作为|代表|哪个|哪些|多少|几")
ELLIPSIS = re.compile(
    r"^(那|它|其中|里面|第二名|倒数第二|哪个更高|Which is|And|What about|Why did the|为什么|扣了几分|一共几个|"
    r"跟|上述|该项目|在所有项目)"
)


def _mine(items: list[Item], persona: str) -> list[Item]:
    return [i for i in items if persona in i.tags]


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(FREE10_SAMPLE)


@pytest.fixture(scope="module")
def book() -> Book9:
    return build_book()


def test_regeneration_gives_the_identical_file(book: Book9) -> None:
    assert dumps(book.items) == FREE10_SAMPLE.read_text(encoding="utf-8")


def test_size_and_every_intent(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert 190 <= len(items) <= 260 and set(counts) == set(PLAN)
    assert min(counts.values()) >= 4
    assert counts["rank"] >= 30 and counts["filter_value"] >= 25 and counts["follow_up"] >= 25
    assert counts["lookup_field"] >= 20 and counts["lookup_derived"] >= 15
    assert counts["indicator"] >= 12 and counts["reason"] >= 8 and counts["filter_indicator"] >= 10
    assert counts["nested"] >= 8 and counts["compare"] >= 10
    assert counts["refuse"] + counts["refuse_or_clarify"] >= 35
    assert len({i.id for i in items}) == len(items)
    assert [i.id for i in items] == [f"t-{n:03d}" for n in range(1, len(items) + 1)]
    assert len({tuple(i.turns) for i in items}) == len(items)


def test_askers_and_languages(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert all(tags[p] >= 35 for p in PERSONAS)
    assert all(len([t for t in i.tags if t.startswith("persona:")]) == 1 for i in items)
    assert tags["zh"] / len(items) >= 0.7
    for i in items:  # the language tag says what the question is written in
        text = " ".join(i.turns)
        chinese = len(CJK.findall(text)) > len(LATIN.findall(text))
        assert ("zh" in i.tags) == chinese and ("en" in i.tags) != chinese, i.id
    for persona in PERSONAS[:4]:
        assert all("zh" in i.tags for i in _mine(items, persona)), persona
    assert all("en" in i.tags for i in _mine(items, "persona:bilingual"))
    assert tags["alias"] >= 60


def test_the_auditor_writes_written_chinese(items: list[Item]) -> None:
    mine = _mine(items, "persona:auditor")
    assert sum(bool(WRITTEN.search(" ".join(i.turns))) for i in mine) >= 0.8 * len(mine)


def test_the_retired_cadre_goes_round_about(items: list[Item]) -> None:
    mine = _mine(items, "persona:retired-cadre")
    assert sum(bool(ROUNDABOUT.search(i.turns[0])) for i in mine) >= 0.9 * len(mine)


def test_the_deputy_asks_pointed_questions(items: list[Item]) -> None:
    mine = _mine(items, "persona:npc-deputy")
    assert sum(bool(POINTED.search(i.turns[0])) for i in mine) >= 0.8 * len(mine)


def test_the_wechat_user_writes_no_punctuation(items: list[Item]) -> None:
    mine = _mine(items, "persona:wechat")
    assert all(not PUNCTUATION.search(t) for i in mine for t in i.turns)
    assert sum(" " in " ".join(i.turns) for i in mine if len(i.turns) == 1) >= 15


def test_the_bilingual_analyst_mixes_both(items: list[Item]) -> None:
    mine = _mine(items, "persona:bilingual")
    assert all(CJK.search(t) and LATIN.search(t) for i in mine for t in i.turns[:1])


def test_rankings_and_places(items: list[Item]) -> None:
    places = [i for i in items if "place" in i.tags]
    assert len(places) >= 12 and all(i.answer_type == "number" and i.gold.value >= 1 for i in places)


def test_conversations_lean_on_what_was_said(items: list[Item]) -> None:
    talks = [i for i in items if i.intent == "follow_up"]
    assert all(len(i.turns) >= 2 for i in talks)
    assert sum(bool(ELLIPSIS.search(i.turns[-1])) for i in talks) >= 0.8 * len(talks)
    assert sum(len(i.turns) == 3 for i in talks) >= 2


def test_refusals(items: list[Item]) -> None:
    assert_refusals(
        items,
        35,
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
        ("基础设施运维", [P3]),
        ("大数据资源平台", [P4]),
        ("政务云服务费", [P5]),
        ("管理工作经费", [P6]),
        ("数据运营", [P7]),
        ("大数据", [P4, P6]),
        ("基础设施", [P3, P5]),
        ("随申码", []),
        ("城市大脑", []),
        ("公共数据开放平台", []),
    ],
)
def test_singles_out(book: Book9, alias: str, expected: list[str]) -> None:
    assert singles_out(book.o, alias) == expected


def test_every_short_name_singles_out_its_project(book: Book9) -> None:
    assert_short_names_single_out(book, 80)


def test_ambiguous_fragments_name_several_projects(book: Book9, items: list[Item]) -> None:
    assert_ambiguous_fragments(book, items, 5)


# -- places ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "field", "high", "place"),
    [
        (P5, "total", True, 4),  # 97.93, 96.90, 95.97 above 93.31
        (P6, "total", False, 1),  # 88.58, the lowest
        (P4, "executed", True, 5),  # 19,886,000 behind 180.5M, 88M, 71.5M, 39,999,900
        (P7, "unspent", True, 7),  # nothing left unspent
        (P3, "initial", True, 3),  # 71,687,531 behind 180,505,000 and 88,000,000
        (P1, "satisfaction", True, 2),  # 9.6 behind 10
        (P5, "lost", True, 4),  # 6.69: fourth from either end of seven
        (P5, "lost", False, 4),
        (P3, "rate", False, 4),  # 75.77, 99.32, 99.65 below 99.75
        (P6, "executed", True, 6),  # 18,945,679.19 above 17,563,400 only
    ],
)
def test_the_place_of_a_project(book: Book9, name: str, field: str, high: bool, place: int) -> None:
    assert book.place_of(name, field, high) == place


# -- gold -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("turns", "value"),
    [
        # 年初预算数 29,613,497.00, 全年预算数 25,004,698.00
        (["大数据中心管理工作经费由年初预算数调整至全年预算数，减少金额合计多少元？"], 4608799),
        # 180,505,000.00 less 180,502,000.00
        (["“一网通办”运营服务全年预算数与全年执行数之间的差额为多少元？"], 3000),
        # 效益指标 of 二期: 12 + 15 of 15 + 15
        (["上海市大数据资源平台（二期）效益指标得分率为多少？"], 90),
        # 产出指标 of 一网通办运营: 25 + 19 + 5
        (["“一网通办”运营服务产出指标合计得分为多少？"], 49),
        # 质量问题整改率: ≥90%
        (["请问一下，数据运营服务里面质量问题整改率这个指标，目标值定的是多少来着？"], 90),
        (["二期 满意度指标扣了几分"], 4),
        (["What's the 权重 of the 社会效益指标 in 政务云?"], 30),
        # 71,687,531.00 against 40,000,000.00 would be a compare; this is a gap: 29,613,497 - 19,957,683
        (["大数据中心管理工作经费与上海市大数据资源平台（二期）年初预算数相差多少元？"], 9655814),
        # 二期 92.96, 数据运营 91.00
        (["How much higher is 二期's 总分 than 数据运营's?"], 1.96),
        # 升级改造 97.93 beats 运维 95.97; the lower one's 执行率 is 99.75%
        (["升级改造和运维 哪个总分高", "那低的那个执行率多少"], 99.75),
        # totals above 95: 升级改造, 一网通办运营, 运维
        (["总分超过95分的项目有哪些？", "上述项目全年预算数合计为多少？"], 17683901 + 180505000 + 71687531),
        # 满意度指标: 6 (二期) against 9.31 (政务云)
        (["二期的满意度指标扣了几分？", "跟政务云服务费比差多少？"], 3.31),
        # least unspent: 数据运营 (0); most: 管理经费, which lost 11.42
        (["哪个项目没花完的钱最少？", "那最多的呢？", "它扣了几分？"], 11.42),
        # totals below 93: 二期 99.65%, 数据运营 100%, 管理经费 75.77%
        (
            ["Which projects have 总分 below 93?", "And what's their average 执行率?"],
            (99.65 + 100 + 75.77) / 3,
        ),
        (["数据运营服务一共对接了全市几个区？"], 16),
        (["请问一下，运维那个项目要求故障在多少分钟内修复来着？"], 200),
        (["一共有几个项目在满意度指标上被扣了分？"], 6),
    ],
)
def test_gold_agrees_with_a_reading_by_hand(items: list[Item], turns: list[str], value: float) -> None:
    (hit,) = [i for i in items if i.turns == turns]
    assert hit.gold.value == pytest.approx(value, abs=0.01)


def test_sets_and_texts_read_by_hand(items: list[Item]) -> None:
    def gold(*turns: str) -> Item:
        (hit,) = [i for i in items if i.turns == list(turns)]
        return hit

    # 政务云 spent 39,999,900: under 40 million, though its budget is 40,000,000.00
    assert gold("执行数超过4000万的").gold.items == [P1, P3, P7]
    assert gold("预算在4000万及以上的有哪些").gold.items == [P1, P3, P5, P7]
    # 总分 ≤ 91: 数据运营 at 91.00 is in
    assert gold("Which projects have a 总分 no higher than 91?").gold.items == [P6, P7]
    # 年初预算数 between 30 million and 100 million: 管理经费's 29,613,497 is out
    assert gold("年初预算数在3000万元以上、1亿元以下的项目有哪些？").gold.items == [P3, P5, P7]
    assert gold("扣分最多的前两个项目是哪两个？").gold.items == [P6, P7]
    assert gold("总分倒数第三 哪个项目").gold.items == [P4]
    assert gold("Bottom 2 by 执行率?").gold.items == [P6, P2]
    # 执行率 ascending: 75.77% (管理经费), 99.32% (升级改造)
    assert gold("执行率最低是哪个", "倒数第二呢").gold.items == [P2]
    # of the three largest budgets, 运维's 99.75% is the lowest rate
    assert gold("预算前三是哪些", "里面执行率最低的是哪个").gold.items == [P3]
    assert gold("未设置社会效益指标的项目为哪一项？").gold.items == [P3]
    assert gold("Which projects lost points on 数量指标?").gold.items == [P5]
    assert gold("请列示未执行金额最大的项目的自评等级。").gold.answer == "良"
    assert gold("平台那个项目为什么扣分？").gold.items == [P2, P4]


def test_gold_is_well_formed_and_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_gold_well_formed(items, unsigned=True)
    assert_evidence_rows_exist(SAMPLE_DIR, items)


def test_the_scorer_reads_every_gold(book: Book9, items: list[Item]) -> None:
    assert scorer_misreads(items, book.o) == []

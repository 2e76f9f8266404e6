"""Questions over the seed corpus and their expected answers, worked out from the forms.

Each case is one conversation; the last answer is checked for its route, phrases that must
(and must not) appear, and the exact set of cited source lines where that matters."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.chain import build_chain, run_chain
from bot.corpus import Corpus
from bot.ground import GroundingError, check_grounding, ungrounded
from bot.types import Answer, Context
from tests.seed_names import P1, P2, P3, P4, P5, P6, P7

SAT_LINES = {25, 50, 73, 95, 117, 139, 163}
TOTAL_LINES = {26, 51, 74, 96, 118, 140, 164}
FUNDS_LINES = {10, 35, 60, 81, 105, 127, 147}
LOST_LINES = {19, 21, 22, 25, 50, 71, 73, 93, 95, 112, 115, 116, 117, 135, 136, 137, 138, 139, 155, 160}
PROJECT_LINES = {7, 32, 57, 78, 102, 124, 144}

# (conversation, route, must contain, must not contain, cited lines or None)
CASES = [
    # rankings
    (["哪个项目满意度得分最低？"], "table", [P4, "6/10"], [P2], SAT_LINES),
    (["Which project scored lowest on satisfaction?"], "table", [P4, "6/10", "lowest"], ["最低"], SAT_LINES),
    (["哪个项目满意度最高？"], "table", [P7, "10/10"], [P4], SAT_LINES),
    (
        ["按总分从高到低列出项目"],
        "table",
        [f"1. {P2}：97.93/100", f"2. {P1}：96.9/100", f"7. {P6}：88.58/100"],
        [],
        TOTAL_LINES,
    ),
    (["总分最高的项目"], "table", [P2, "97.93", "7个项目"], [P6], TOTAL_LINES),
    (["总分最低的是哪个项目？"], "table", [P6, "88.58"], [P2], TOTAL_LINES),
    (["执行率最低的项目"], "table", [P6, "75.77%"], [], FUNDS_LINES),
    (["Rank the projects by execution rate, lowest first"], "table", [f"1. {P6}: 75.77%"], [], FUNDS_LINES),
    (["全年预算数最多的项目"], "table", [P1, "180,505,000.00元", "约1.81亿元"], [], FUNDS_LINES),
    (["扣分最多的项目"], "table", [P6, "11.42"], [], None),
    (["扣分最多的三级指标"], "table", ["质量问题整改率", P7, "扣5分"], ["数据治理程度"], None),
    (["Which indicator lost the most points?"], "table", ["质量问题整改率", "lost 5 points"], [], None),
    (["总分前三的项目"], "table", [f"1. {P2}", f"2. {P1}", f"3. {P3}"], [P6], TOTAL_LINES),
    (["Top 3 projects by overall score"], "table", [f"1. {P2}", f"3. {P3}"], [P5], TOTAL_LINES),
    (["效益指标得分最高的项目"], "table", [P2, P3, "30/30", "2个项目并列"], [P1], None),
    (
        ["Which project has the highest budget?"],
        "table",
        [P1, "180,505,000.00 yuan", "180.51 million"],
        [],
        FUNDS_LINES,
    ),
    (["满意度排名"], "table", [f"1. {P7}：10/10", f"7. {P4}：6/10"], [], SAT_LINES),
    # lookups with loose names
    (["政务云那个项目总分多少？"], "table", [P5, "93.31/100", "优"], [], {118}),
    (["基础设施运维的执行率"], "table", [P3, "99.75%"], [], {60}),
    (["二期项目的预算"], "table", [P4, "19,957,683.00元"], [], {81}),
    (["一网通办平台的总分"], "table", [P2, "97.93/100"], [], {51}),
    (["数据运营服务的满意度"], "table", [P7, "10/10"], [], {163}),
    (["管理工作经费的年初预算数"], "table", [P6, "29,613,497.00元"], [], {127}),
    (["管理工作经费花了多少钱"], "table", [P6, "18,945,679.19元"], [], {127}),
    (["What is the execution rate of the O&M project?"], "table", [P3, "99.75%"], [], {60}),
    (["How much did the cloud project spend?"], "table", [P5, "39,999,900.00 yuan"], [], {105}),
    (["What is the budget of phase II?"], "table", [P4, "19,957,683.00 yuan"], [], {81}),
    (["运维项目的评级"], "table", [P3, "95.97", "优"], [], {74}),
    (["大数据中心管理工作经费的总分和评级"], "table", [P6, "88.58", "良"], [], {140}),
    (["二期的满意度得分"], "table", [P4, "6/10"], [], {95}),
    (["一网通办运营服务的总分"], "table", [P1, "96.9/100"], [P2], {26}),
    (["数据运营服务扣了多少分"], "table", [P7, "9分"], [], {164, 155, 160}),
    (["政务云项目"], "table", [P5, "93.31/100", "40,000,000.00元", "100.00%"], [], {102, 105, 118}),
    # filters
    (["执行率低于90%的项目有哪些？"], "table", [P6, "75.77%", "有1个"], [P1], FUNDS_LINES),
    (["总分95分以上的项目"], "table", [P1, P2, P3, "有3个"], [P4, P6], TOTAL_LINES),
    (["满意度满分的项目"], "table", [P7, "有1个"], [P1], SAT_LINES),
    (["满意度没有满分的项目"], "table", [P1, P4, "有6个"], [P7 + "："], SAT_LINES),
    (["Which projects scored above 95?"], "table", ["3 of 7", P1, P2, P3], [P6], TOTAL_LINES),
    (["执行率不低于99.5%的项目"], "table", [P1, P3, P4, P5, P7, "有5个"], [P6 + "："], FUNDS_LINES),
    (["总分低于90分的项目"], "table", [P6, "有1个"], [P7 + "："], TOTAL_LINES),
    (["全年预算数超过5000万元的项目"], "table", [P1, P3, P7, "有3个"], [P5 + "："], FUNDS_LINES),
    (["Projects with execution rate below 90%"], "table", [P6, "1 of 7"], [], FUNDS_LINES),
    (["满意度满分的项目有几个"], "table", ["有1个", P7], [], SAT_LINES),
    # aggregates
    (["一共几个项目？"], "table", ["共有7个项目", P1, P7], [], PROJECT_LINES),
    (["How many projects are there?"], "table", ["There are 7 projects"], [], PROJECT_LINES),
    (["全年预算数合计"], "table", ["442,838,813.00元", "约4.43亿元"], [], FUNDS_LINES),
    (["平均总分"], "table", ["93.81"], [], TOTAL_LINES),
    (["What is the average overall score?"], "table", ["93.81"], [], TOTAL_LINES),
    (["全年执行数合计是多少"], "table", ["436,400,156.19元"], [], FUNDS_LINES),
    (["平均满意度"], "table", ["8.42"], [], SAT_LINES),
    (["年初预算数合计"], "table", ["447,447,612.00元"], [], FUNDS_LINES),
    (["总分的极差"], "table", ["9.35分", "最大值97.93分", P2, "最小值88.58分", P6], [], TOTAL_LINES),
    (["各项目的主管部门分别是什么"], "table", ["上海市大数据中心", P1, P7], [], PROJECT_LINES),
    # deductions and reasons
    (
        ["哪些指标扣了分？"],
        "table",
        ["共有20个三级指标扣分", "合计扣40.79分", "使用者满意度"],
        [],
        LOST_LINES,
    ),
    (["Which indicators lost points?"], "table", ["20 indicator rows", "40.79"], [], LOST_LINES),
    (
        ["政务云项目哪些指标扣分了"],
        "table",
        ["应用系统上云", "扣0.69分", "共有4个"],
        [P7],
        {112, 115, 116, 117},
    ),
    (["为什么二期项目满意度扣分？"], "table", ["未进行充分沟通", "扣4分"], ["系统功能模块使用率"], {95}),
    (["政务云项目为什么扣分"], "table", ["技术壁垒", "表中未填写偏差原因"], [P7], {112, 115, 116, 117}),
    (
        ["Why did the cloud project lose points?"],
        "table",
        ["lost 3", "the form gives no reason"],
        [],
        {112, 115, 116, 117},
    ),
    (["质量问题整改率为什么没达标"], "table", ["扣5分", "相关工作仍在推进"], [], {155}),
    # indicator details
    (
        ["质量问题整改率的目标值和实际值"],
        "table",
        ["≥90%", "实际完成值 70%", "分值 15", "得分 10"],
        [],
        {155},
    ),
    (["维护系统数量的实际完成值"], "table", ["1529", P3], [], {67}),
    (
        ["What are the target and actual of 系统功能模块使用率?"],
        "table",
        ["target >95%", "actual 90%"],
        [],
        {93},
    ),
    (["营造良好营商环境得分"], "table", [P1, P2, "得分 9.2", "得分 10"], [], {21, 45}),
    (["数据治理程度"], "table", ["≥90%", "80%", "得分 4"], [], {160}),
    # facts in the goal prose
    (["完成了多少个工单？"], "text", ["369个工单"], [], {65}),
    (["自然人综合库覆盖多少人？"], "text", ["2730万"], [], {152}),
    (["发布了多少项地方标准？"], "text", ["7项地方标准"], [], {152}),
    (["电子证照年调用量是多少"], "text", ["1.5亿次"], [], None),
    (["处理网络报修总计多少个"], "text", ["515"], [], {65}),
    # a verb the prose does not use: the sentence must then hold every word the prose does
    ([f"{P3}重大网络保障做了多少次？"], "text", ["40余次"], [], {65}),
    (
        [f"{P3}承担重大网络保障任务多少次？"],
        "abstain",
        ["没有找到"],
        ["40余次"],
        None,
    ),  # 任务, 承担: not in it
    (["故障要求多少分钟内修好"], "text", ["200分钟"], [], {69}),
    ([f"{P3}管着多少个市级外网节点"], "abstain", ["没有找到"], ["1525"], None),
    (
        ["运维那个项目一年搬了多少个网络节点？"],
        "abstain",
        ["没有找到"],
        ["1500"],
        None,
    ),  # no sentence says 搬 and 网络节点
    ([f"{P3}节点搬迁做了多少个"], "text", ["节点搬迁51个"], [], {65}),
    (["执行率达到100%的项目占比"], "table", ["3个", "占7个项目的42.86%"], [], None),  # 3/7 computed
    (["总分90分以上的项目占比"], "table", ["6个", "85.71%"], [], None),  # its threshold is grounded too
    # a rate of several projects together: Σ spent ÷ Σ budget (436,400,156.19 ÷ 442,838,813.00), not 674.49%
    (
        ["执行率合计"],
        "table",
        ["98.55%", "436,400,156.19元", "442,838,813.00元", "比率不直接相加"],
        ["674.49%"],
        None,
    ),
    (
        ["What is the score rate of all projects in total?"],
        "table",
        ["93.81%", "656.65", "700"],
        [],
        None,
    ),  # Σ score ÷ Σ weight
    (["哪些项目总分超过95分", "其中满意度扣分的占比"], "clarify", [], [], None),  # no crash: asked back
    # one project against the average of all 7 (656.65 ÷ 7 = 93.81): the gap computed, every total cited
    (["管理经费的总分比平均分低多少"], "table", ["88.58", "93.81", "低5.23分"], [], None),
    (
        ["How many emergency drills did the 运维 project hold during the year?"],
        "text",
        ["5次应急演练"],
        [],
        {65},
    ),
    (
        ["运维 project, how many network repair come from user side?"],
        "text",
        ["用户侧404个"],  # repair → 报修 (the glossary), user side → 用户侧 (its phrase)
        ["200分钟"],
        {65},
    ),
    (["How many emergency drills were held?"], "text", ["5次应急演练"], [], {65}),  # held: a light word
    (
        ["How many network repairs were handled?"],
        "text",
        ["报修总计515个"],
        ["200分钟"],  # the sentence counting minutes is not the one quoted
        {65},
    ),
    (
        ["How many city-level network nodes does 基础设施-运维 serve?"],
        "text",
        ["1500余个市级政务外网网络节点"],
        [],
        {65},
    ),
    (
        ["How many video conferences did 基础设施-运维 support?"],
        "abstain",
        ["no sentence"],
        [],
        None,
    ),  # 视频会议等…40余次
    (
        ["How many natural persons are covered per district?"],
        "clarify",
        [],
        [],
        None,
    ),  # a rate no total states
    (
        ["score of 二期 by level-2 indicator"],
        "table",
        ["quantity indicators: 10 points"],
        [],
        None,
    ),  # the 2 of level-2
    # follow-ups
    (["哪个项目满意度得分最低？", "为什么？"], "table", ["未进行充分沟通", P4], [P2], {95}),
    (["哪个项目满意度得分最低？", "第二名呢？"], "table", [P2, P3, P6, "8/10"], [P4], SAT_LINES),
    (["政务云那个项目总分多少？", "它的预算呢？"], "table", [P5, "40,000,000.00元"], [], {105}),
    (["基础设施运维的执行率", "what about the cloud project?"], "table", [P5, "100.00%"], [], {105}),
    (["按总分从高到低列出项目", "第二名呢？"], "table", [P1, "96.9/100"], [P2], TOTAL_LINES),
    (["Which project scored lowest on satisfaction?", "why?"], "table", ["Reasons given", P4], [], {95}),
    (["二期项目的预算", "执行数呢？"], "table", [P4, "19,886,000.00元"], [], {81}),
    (["一网通办的满意度", "上海市“一网通办”平台信息系统"], "table", [P2, "8/10"], [], {50}),
    (["总分最高的项目", "最低的呢？"], "table", [P6, "88.58"], [P2], TOTAL_LINES),
    (["政务云的满意度", "数据运营服务呢？"], "table", [P7, "10/10"], [], {163}),
    (["哪个项目满意度得分最低？", "为什么？", "第二名呢？"], "table", [P2, "8/10"], [], SAT_LINES),
    # equality to the stated precision: 93.31 is "93.3", a whole number is exact
    (["总分等于93.3分的项目"], "table", [P5, "93.31"], [P2], None),
    (["总分等于93分的项目"], "table", ["没有"], [P5], None),
    # yes/no about a named project
    (
        ["政务云项目的总分是否高于97分"],
        "table",
        [P5, "否", "93.31/100"],
        [],
        {102, 118},
    ),  # the check cites the project it names
    (
        ["Is the cloud project's overall score at least 90?"],
        "table",
        [P5, "Yes", "93.31/100"],
        [],
        {102, 118},
    ),
    # ambiguity
    (["一网通办的满意度"], "clarify", [P1, P2, "哪一个"], [], {7, 32}),
    (["运营服务的总分"], "clarify", [P1, P7], [], {7, 144}),
    # out of scope
    (["2020年的总分"], "abstain", ["无法回答", "2020", "2021年度"], [], set()),
    (["卫健委的项目"], "abstain", ["无法回答", "卫健委"], [], set()),
    (["今天天气怎么样"], "abstain", ["无法回答", "7个项目"], [], set()),
    (["火星探测项目的预算"], "abstain", ["火星探测", "可以问"], [], set()),
    (["What was the overall score in 2019?"], "abstain", ["Cannot answer", "2019"], [], set()),
    (["What is the capital of France?"], "abstain", ["Cannot answer"], [], set()),
    (["第三名呢"], "abstain", ["无法回答"], [], set()),
    # a date asked: a sentence naming no date does not say when (系统验收通过率 is no day)
    (["请问一下，二期项目是哪天验收的来着？"], "abstain", ["没有找到"], ["验收通过率"], set()),
    ([f"What's the 立项时间 of the {P5} project?"], "abstain", ["no sentence"], [], set()),
    # the indicators that lost the points just asked, and only those
    (
        ["How many points did the infrastructure maintenance project lose?", "On which indicators?"],
        "table",
        ["系统故障响应及时性", "使用者满意度"],
        ["维护系统数量"],
        None,
    ),
    (["运维 时效指标扣了吗", "扣了几分"], "table", ["时效指标扣分：2分"], ["4.03"], None),
    # the end of what was just ordered, and the other of two
    (["升级改造和运维 哪个总分高", "那低的那个执行率多少"], "table", [P3, "99.75%"], ["99.32%"], None),
    (
        ["Which project has the highest 满意度得分?", "Why did the lowest one lose points?"],
        "table",
        [P4],
        [P2],
        None,
    ),
    (
        ["政务云和管理经费哪个全年预算大？", "大的那个总分多少？", "另一个呢？"],
        "table",
        [P6, "88.58"],
        [P5],
        None,
    ),
    (["全年预算过亿的项目有哪几个？"], "table", [P1, "有1个"], [P3], None),
    # a yes-no question then the value: the check states it; the fourth place's own value
    (["升级改造的总分是否超过九十五分？总分是多少？"], "table", ["97.93", "是"], [], None),
    (["总分前四名是哪几个？", "第四名的执行率是多少？"], "table", [P5, "100.00%"], [], None),
]


def _ask(bot, questions: list[str]) -> Answer:  # type: ignore[no-untyped-def]
    history: list[Answer] = []
    for q in questions:
        history.append(bot.answer(q, history))
    return history[-1]


@pytest.mark.parametrize("conversation,route,has,lacks,lines", CASES, ids=[" / ".join(c[0]) for c in CASES])
def test_answer(seed_bot, conversation, route, has, lacks, lines) -> None:  # type: ignore[no-untyped-def]
    answer = _ask(seed_bot, conversation)
    assert answer.route == route, answer.answer
    assert answer.abstained == (route in ("abstain", "clarify"))
    for phrase in has:
        assert phrase in answer.answer, answer.answer
    for phrase in lacks:
        assert phrase not in answer.answer, answer.answer
    if lines is not None:
        assert {c.line for c in answer.citations} == lines
    assert all(c.form.endswith(".txt") and c.text for c in answer.citations)


def test_case_table_is_large_enough() -> None:
    assert len(CASES) >= 80
    assert sum(1 for c in CASES if any("a" <= ch <= "z" for ch in c[0][-1].lower())) >= 15


def _tied(seed_projects, line: int, score: str, total: str):  # type: ignore[no-untyped-def]
    """Derive a corpus from the seed with one satisfaction score and total changed."""
    from index.parse import parse_text
    from tests.conftest import SEED

    lines = SEED.read_text(encoding="utf-8").splitlines()
    cells = lines[line - 1].split("\t")
    cells[7] = score
    lines[line - 1] = "\t".join(cells)
    lines = [ln.replace("95.97", total) if ln.startswith("总分") else ln for ln in lines]
    return Corpus.of(parse_text("\n".join(lines), "derived.txt"))


def test_ties_list_every_tied_project(seed_projects) -> None:  # type: ignore[no-untyped-def]
    corpus = _tied(seed_projects, 73, "6", "93.97")  # 基础设施-运维 satisfaction 8 → 6
    chain = build_chain(corpus, None)
    answer = run_chain(chain, "哪个项目满意度得分最低？", Context())
    assert P3 in answer.answer and P4 in answer.answer and "2个项目并列" in answer.answer
    english = run_chain(chain, "Which project scored lowest on satisfaction?", Context())
    assert "2 projects tied" in english.answer
    listing = run_chain(chain, "满意度排名", Context())
    assert (
        "6. 基础设施-运维：6/10" in listing.answer
        and "6. 上海市大数据资源平台（二期）：6/10" in listing.answer
    )


def test_tied_totals(seed_projects) -> None:  # type: ignore[no-untyped-def]
    corpus = _tied(seed_projects, 73, "8", "97.93")  # 基础设施-运维 total equal to the top one
    chain = build_chain(corpus, None)
    answer = run_chain(chain, "总分最高的项目", Context())
    assert P2 in answer.answer and P3 in answer.answer and "并列" in answer.answer


def test_grounding_accepts_cited_and_computed_numbers(seed_bot) -> None:  # type: ignore[no-untyped-def]
    answer = seed_bot.answer("平均总分")
    assert ungrounded("总分 97.93", answer.citations, set()) == set()
    assert ungrounded("总分 97.95", answer.citations, set()) == {"97.95"}
    assert ungrounded("平均 93.81", answer.citations, {"93.81"}) == set()


def test_an_unsupported_number_never_leaves_the_bot(seed_bot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bot.intents import INTENTS

    lookup = INTENTS["lookup"]

    def inflate(query, corpus, lang):  # type: ignore[no-untyped-def]
        composed = lookup.run(query, corpus, lang)
        return replace(composed, text=composed.text.replace("93.31", "99.31"))

    monkeypatch.setitem(INTENTS, "lookup", replace(lookup, run=inflate))
    answer = run_chain(build_chain(seed_bot.corpus, None), "政务云那个项目总分多少？", Context())
    assert answer.abstained and "99.31" not in answer.answer and "核实" in answer.answer


def test_every_answer_is_grounded(seed_bot) -> None:  # type: ignore[no-untyped-def]
    for conversation, *_ in CASES[:40]:
        answer = _ask(seed_bot, conversation)
        if not answer.abstained:
            with pytest.raises(GroundingError):
                check_grounding(answer.answer + " 123456.78", answer.citations, set())


def test_json_shape(seed_bot) -> None:  # type: ignore[no-untyped-def]
    data = seed_bot.answer("政务云那个项目总分多少？").to_json()
    assert set(data) == {
        "question",
        "answer",
        "abstained",
        "route",
        "citations",
        "interpretation",
        "planner",
        "latency_ms",
    }
    assert set(data["citations"][0]) == {
        "id",
        "form",
        "line",
        "project",
        "section",
        "indicator",
        "text",
        "sheet",
        "page",
    }
    assert data["interpretation"].startswith("查询") and data["planner"] == "rules"
    assert data["citations"][0]["line"] == 118 and data["citations"][0]["section"] == "total"


def test_rows_bounded_by_their_points_are_those_rows_only(seed_bot) -> None:  # type: ignore[no-untyped-def]
    """扣了三分及以上的指标: every row listed lost at least 3 points, and every such row is listed."""
    bot = seed_bot
    answer = bot.answer("扣了三分及以上的指标有哪些？")
    assert answer.route == "table", answer.answer
    listed = [line for line in answer.answer.splitlines() if line.startswith("- ")]
    lost = [float(line.rsplit("扣", 1)[1].removesuffix("分")) for line in listed]
    expected = sum(1 for p in bot.corpus.projects for r in p.indicators if r.deduction >= 3 - 1e-9)
    assert len(listed) == expected and all(x >= 3 for x in lost), answer.answer


@pytest.mark.parametrize(
    "claim,verdict",
    [
        ("“一网通办”运营服务年初预算是否为1.8亿元？", "是"),  # 180,505,000: 1.8亿 to the step said
        ("“一网通办”运营服务年初预算是否为1.81亿元？", "是"),
        ("“一网通办”运营服务年初预算是否为1.9亿元？", "否"),
        ("数据运营服务全年执行数是否为8700万元？", "否"),  # 88,000,000
        ("数据运营服务全年执行数是否为8800万元？", "是"),
    ],
)
def test_a_claimed_sum_is_checked_to_the_step_it_was_said_to(seed_bot, claim, verdict) -> None:  # type: ignore[no-untyped-def]
    answer = seed_bot.answer(claim)
    assert answer.route == "table", answer.answer
    assert f"？{verdict}。" in answer.answer, answer.answer


def test_a_list_leaving_projects_out_names_them_grounded(seed_bot) -> None:  # type: ignore[no-untyped-def]
    """除了运维以外的项目有哪些: every other project, named (a name with a number in it, 2021升级改造,
    is grounded by the project's own row; the answer was refused as unverifiable)."""
    answer = seed_bot.answer(f"除了{P3}以外的项目有哪些？")
    assert answer.route == "table" and not answer.abstained, answer.answer
    for name in (P1, P2, P4, P5, P6, P7):
        assert name in answer.answer
    assert f"- {P3}" not in answer.answer

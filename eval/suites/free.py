"""A suite of 150 questions written one by one, by hand, over the bundled sample corpus (the seven
2021 forms of 上海市大数据中心), as different people would type them into the chat: formal and
spoken Chinese, English, the two mixed, with fillers, politeness and the short names people use
for projects. Each question stands next to the oracle call (eval/suites/free_book.py) that
answers it; ``python -m eval.suites build-free`` writes ``free_sample.jsonl``.

It exists because the generated suites share their templates' style: this one measures the
parser on wordings no template produced. Once the parser is tuned on it, it stops measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over ``jixiao check --json`` of the sample corpus;
- a shortened project name singles out its project (tests/test_free_suite.py checks it), and a
  fragment that fits several projects is asked only in an item where asking back is right.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eval.oracle import Oracle
from eval.suites import sample_records
from eval.suites.free_book import Book, Ref, write_items, written

FREE_SAMPLE = Path(__file__).parent / "free_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
SAT = "满意度指标"


def lookups(b: Book) -> None:
    """Stated fields of one project."""
    b.lookup("一网通办运营服务那个，全年预算是多少来着？", P1, "budget", "zhc", a="一网通办运营服务")
    b.lookup("麻烦帮我查一下大数据中心管理工作经费的全年执行数，谢谢", P6, "executed", "zh", "polite")
    b.lookup("运维项目总分咋样？多少分", P3, "total", "zhc", a="运维")
    b.lookup("What was the budget execution rate for 上海市大数据资源平台（二期）?", P4, "rate", "en")
    b.lookup("政务云预付费那个，执行率得分是几分？", P5, "funds_score", "zhc", a="政务云预付费")
    b.lookup("请提供上海市“一网通办”平台信息系统（2021升级改造）项目的年初预算数。", P2, "initial", "zhf")
    b.lookup("How much did 数据运营 actually spend in 2021?", P7, "executed", "en", a="数据运营")
    b.lookup("管理经费的满意度得了几分啊", P6, "satisfaction", "zhc", a="管理经费")
    b.lookup("资源平台二期年初预算是多少钱？", P4, "initial", "zh", a="资源平台二期")
    b.lookup(
        "Could you tell me the overall score of the 一网通办 platform upgrade project?",
        P2,
        "total",
        "en",
        "polite",
        a="一网通办 platform upgrade",
        en=True,
    )
    b.lookup("政务云的满意度打了多少分", P5, "satisfaction", "zh", a="政务云")
    b.lookup(
        "Hi, what's the full-year budget of the data operations service project?",
        P7,
        "budget",
        "en",
        a="data operations service",
        en=True,
    )
    b.lookup("基础设施运维的budget execution rate是多少", P3, "rate", "mix", a="基础设施运维")


def derived(b: Book) -> None:
    """Budget change, unspent funds, points lost, level-1 subtotals and rates, grades."""
    b.derived("大数据中心管理工作经费年中预算调整了多少？", P6, "change", "zhf")
    b.derived(
        "Was the budget of 一网通办运营服务 adjusted during the year, and by how much?",
        P1,
        "change",
        "en",
        a="一网通办运营服务",
    )
    b.derived("政务云还剩多少钱没花？", P5, "unspent", "zhc", a="政务云")
    b.derived("How much of the 运维 budget was left unspent?", P3, "unspent", "en", a="运维")
    b.derived("数据运营服务的资金结余是多少", P7, "unspent", "zh")
    b.derived("资源平台二期一共丢了几分", P4, "lost", "zhc", a="资源平台二期")
    b.derived("How many points did 一网通办运营服务 lose overall?", P1, "lost", "en", a="一网通办运营服务")
    b.level1("升级改造项目的产出指标合计得了多少分？", P2, "产出指标", "score", "zh", a="升级改造")
    b.level1("数据运营服务效益指标这一块一共拿了多少分", P7, "效益指标", "score", "zhc")
    b.level1(
        "What percentage of the satisfaction points did 资源平台 get?", P4, SAT, "rate", "en", a="资源平台"
    )
    b.derived("管理经费这个项目评级是啥？优还是良？", P6, "grade", "zhc", a="管理经费")
    b.derived("What grade did 政务云 end up with?", P5, "grade", "en", a="政务云")


def indicators(b: Book) -> None:
    """One kind of indicator of one project."""
    b.indicator("运维的时效指标得了几分？", P3, "时效指标", "score", "zh", a="运维")
    b.indicator("数据运营服务质量指标的目标值定的是多少", P7, "质量指标", "target", "zh")
    b.indicator("数据运营服务的社会效益指标实际完成值是多少？", P7, "社会效益指标", "actual", "zh")
    b.indicator(
        "What's the weight of the economic benefit indicator for 运维?",
        P3,
        "经济效益指标",
        "weight",
        "en",
        a="运维",
    )
    b.indicator("政务云社会效益指标扣了几分", P5, "社会效益指标", "lost", "zhc", a="政务云")
    b.indicator(
        "一网通办平台的满意度指标，实际完成值写的是啥",
        P2,
        "服务对象满意度指标",
        "actual",
        "zhc",
        a="一网通办平台",
    )
    b.indicator(
        "一网通办运营服务的经济效益指标完成了百分之多少？",
        P1,
        "经济效益指标",
        "actual",
        "zh",
        a="一网通办运营服务",
    )
    b.indicator("工作经费的质量指标拿了多少分", P6, "质量指标", "score", "zhc", a="工作经费")
    b.indicator("资源平台二期的时效指标目标是什么", P4, "时效指标", "target", "zh", a="资源平台二期")
    b.indicator(
        "For 数据运营服务, what is the target of the sustainability indicator?",
        P7,
        "可持续影响指标",
        "target",
        "en",
    )
    b.indicator(
        "How many points did 一网通办运营服务 get on its quality indicator?",
        P1,
        "质量指标",
        "score",
        "en",
        a="一网通办运营服务",
    )
    b.indicator("请问数据运营服务成本指标的得分情况", P7, "成本指标", "score", "zhf", "polite")
    b.indicator(
        "Max points for the 时效指标 of 一网通办运营服务?",
        P1,
        "时效指标",
        "weight",
        "mix",
        a="一网通办运营服务",
    )


def listings(b: Book) -> None:
    """A field for every project."""
    b.listing("请列示各项目全年执行数。", "executed", "zhf")
    b.listing("List every project's unspent funds, please.", "unspent", "en", "polite")
    b.listing("每个项目满意度得分给我列个表", "satisfaction", "zhc")
    b.listing("各项目绩效评价等级分别是什么？", "grade", "zhf")
    b.listing("What was the initial budget of each project?", "initial", "en")
    b.listing("帮我看看各个项目都扣了多少分", "lost", "zhc")
    b.listing("Execution rate by project?", "rate", "en")


def filters(b: Book) -> None:
    """Projects by a value threshold, by an average or median, by their indicators."""
    b.filter("执行率不到100%的项目有哪些？", "rate", "lt", 100, "zh")
    b.filter("Which projects scored 95 or higher overall?", "total", "ge", 95, "en")
    b.filter("结余超过10万元的项目有哪些", "unspent", "gt", 1e5, "zh")
    b.filter("Which projects had a full-year budget of more than 50 million yuan?", "budget", "gt", 5e7, "en")
    b.filter("满意度没到9分的都有谁", "satisfaction", "lt", 9, "zhc")
    b.filter("Projects that lost more than 5 points?", "lost", "gt", 5, "en")
    b.filter("全年执行数在2000万以下的项目", "executed", "lt", 2e7, "zh")
    b.filter_aggregate("总分高于平均分的项目有哪些？", "total", "above_avg", "zh")
    b.filter_aggregate(
        "Which projects have a full-year budget below the average?", "budget", "below_avg", "en"
    )
    b.filter_aggregate("满意度比平均水平高的是哪些", "satisfaction", "above_avg", "zhc")
    b.filter_aggregate("执行率高于中位数的项目", "rate", "above_median", "zh")
    b.filter_kind("哪些项目设了成本指标？", "成本指标", "has", "zh")
    b.filter_kind("Which projects have a sustainability indicator?", "可持续影响指标", "has", "en")
    b.filter_kind("时效指标存在扣分情况的项目有哪些？", "时效指标", "deducted", "zhf")
    b.filter_kind("Which projects lost points on quality?", "质量指标", "deducted", "en")
    b.filter_kind("满意度指标拿了full marks的项目有哪些", SAT, "full", "mix")
    b.filter_kind("产出指标一分没扣的有哪几个项目", "产出指标", "full", "zhc")
    b.filter_kind("Which projects got full marks on their benefit indicators?", "效益指标", "full", "en")
    b.unmet("数据运营服务有哪些指标没达到年度指标值？", P7, "zh")
    b.unmet("Which indicators of 资源平台二期 missed their targets?", P4, "en", a="资源平台二期")


def ranks(b: Book) -> None:
    """Highest, lowest, nth, top-k and bottom-k, ties in full."""
    b.rank("今年哪个项目自评分最高啊", "total", True, "zhc")
    b.rank("哪个项目自评得分最差劲", "total", False, "zhc")
    b.rank("执行率最高的项目是哪个？", "rate", True, "zh")
    b.rank("满意度倒数第二的是哪个项目", "satisfaction", False, "zh", n=2)
    b.rank("Top 3 projects by total score?", "total", True, "en", n=3, top=True)
    b.rank("全年执行数排第三的是哪个项目", "executed", True, "zh", n=3)
    b.rank("Which project has the least money left over?", "unspent", False, "en")
    b.rank("扣分最多的两个项目是哪两个", "lost", True, "zh", n=2, top=True)
    b.rank("Which project ranks second on satisfaction?", "satisfaction", True, "en", n=2)
    b.rank("总分倒数三名是哪些项目", "total", False, "zh", n=3, top=True)
    b.rank("Which project had the lowest budget execution rate?", "rate", False, "en")


def aggregates(b: Book) -> None:
    """Sums, averages, medians, extremes and counts over every project."""
    b.aggregate("请汇总全部项目的全年预算数。", "budget", "sum", "zhf")
    b.aggregate("What's the average execution rate across the projects?", "rate", "avg", "en")
    b.aggregate("总分的median是多少？", "total", "median", "mix")
    b.count_kind("有几个项目的时效指标被扣分了", "时效指标", "deducted", "zh")
    b.aggregate("What's the biggest unspent balance of any project?", "unspent", "max", "en")
    b.aggregate("满意度得分最低的是多少分", "satisfaction", "min", "zh")
    b.count_cmp("执行率100%的项目有几个", "rate", "eq", 100, "zhc")
    b.aggregate("平均每个项目扣了多少分", "lost", "avg", "zh")
    b.count_all("How many projects are there in total?", "en")


def groups(b: Book) -> None:
    """Per level-1 or level-2 indicator, over every project or one."""
    b.group("请按一级指标统计全部项目的扣分合计。", "level1", "deduction", "zhf")
    b.group("What's the score rate for each level-1 indicator across all projects?", "level1", "rate", "en")
    b.group("按二级指标汇总一下扣分情况", "level2", "deduction", "zhc")
    b.group("数据运营服务各一级指标分别得了多少分", "level1", "score", "zh", name=P7)
    b.group("管理工作经费每类二级指标各扣了几分", "level2", "deduction", "zh", name=P6, a="管理工作经费")
    b.group(
        "Break down the points 运维 lost by level-1 indicator.",
        "level1",
        "deduction",
        "en",
        name=P3,
        a="运维",
    )
    b.group("各二级指标的得分率分别是多少", "level2", "rate", "zh")


def compares(b: Book) -> None:
    """Two or three named projects on one field."""
    b.compare("政务云和运维哪个总分高？", [P5, P3], "total", True, "zhc", a=["政务云", "运维"])
    b.compare(
        "资源平台二期跟管理经费比，谁的满意度高",
        [P4, P6],
        "satisfaction",
        True,
        "zhc",
        a=["资源平台二期", "管理经费"],
    )
    b.compare(
        "Between 一网通办平台 and 资源平台二期, which left more money unspent?",
        [P2, P4],
        "unspent",
        True,
        "en",
        a=["一网通办平台", "资源平台二期"],
    )
    b.compare(
        "Which had the bigger full-year budget, 数据运营服务 or 政务云?",
        [P7, P5],
        "budget",
        True,
        "en",
        a=[None, "政务云"],
    )
    b.compare(
        "一网通办运营服务、运维、数据运营服务这三个，哪个扣分最多？",
        [P1, P3, P7],
        "lost",
        True,
        "zh",
        a=["一网通办运营服务", "运维", None],
    )
    b.compare(
        "管理工作经费和资源平台哪个执行率更低", [P6, P4], "rate", False, "zh", a=["管理工作经费", "资源平台"]
    )
    b.compare(
        "升级改造和资源平台二期，哪个实际花得少？",
        [P2, P4],
        "executed",
        False,
        "zhc",
        a=["升级改造", "资源平台二期"],
    )
    b.compare(
        "请比较大数据中心管理工作经费与上海市政务云基础设施服务费（预付费）的年初预算数，哪个更高？",
        [P6, P5],
        "initial",
        True,
        "zhf",
    )
    b.compare(
        "数据运营和政务云谁的满意度更低", [P7, P5], "satisfaction", False, "zhc", a=["数据运营", "政务云"]
    )


def nesteds(b: Book) -> None:
    """The project one question finds feeds the next."""
    b.nested("总分最高的那个项目执行率是多少", "total", True, "rate", "zhc")
    b.nested("预算执行率最低的项目，其绩效评价等级为何？", "rate", False, "grade", "zhf")
    b.nested("满意度最低的项目，满意度为什么被扣分？", "satisfaction", False, "why", "zh")
    b.nested(
        "How many points did the project with the biggest full-year budget lose?",
        "budget",
        True,
        "lost",
        "en",
    )
    b.nested("扣分最多的那个项目还剩多少钱没花完", "lost", True, "unspent", "zhc")
    b.nested("年初预算最少的项目满意度得了几分", "initial", False, "satisfaction", "zh")
    b.nested(
        "How much did the project with the top satisfaction score spend?",
        "satisfaction",
        True,
        "executed",
        "en",
    )
    b.nested("得分垫底的那个项目，年初预算是多少", "total", False, "initial", "zhc")
    b.nested(
        "What grade did the project with the largest unspent balance receive?", "unspent", True, "grade", "en"
    )


def follow_ups(b: Book) -> None:
    """Conversations of two or three turns; the gold answers the last turn."""
    o, every = b.o, b.o.names()
    b.follow_value(["数据运营服务总分多少", "那执行率呢？"], P7, "rate", "zhc")
    b.follow_why(["Which project lost the most points?", "Why?"], b.winner("lost", True), "en")
    low_sat = [n for n in every if o.value(n, "satisfaction") < 9]
    b.follow_list(
        ["满意度低于9分的有哪些", "其中全年预算最多的是哪个"],
        [b.winner("budget", True, low_sat)],
        "budget",
        low_sat,
        "zhc",
    )
    b.follow_value(
        ["政务云的全年预算是多少", "执行了多少", "那还剩多少没花？"],
        P5,
        "unspent",
        "zhc",
        refs=[Ref("政务云", P5)],
    )
    b.follow_list(
        ["总分排名第一的是哪个项目？", "第二呢"], o.nth("total", 2, True, every), "total", every, "zh"
    )
    late = [n for n in every if n in o.subtotals("level2", "时效指标").query("deduction > 0").index]
    b.follow_number(
        ["Which projects lost points on 时效指标?", "How many is that?"],
        {"value": float(len(late)), "tolerance": 0.0, "projects": late},
        o.ids(o.indicator_rows(None, level2="时效指标")),
        "en",
    )
    b.follow_value(
        ["资源平台二期的满意度得分是多少", "一网通办运营服务的呢"],
        P1,
        "satisfaction",
        "zhc",
        refs=[Ref("资源平台二期", P4), Ref("一网通办运营服务", P1)],
    )
    b.follow_value(["哪个项目执行率最低", "它年中调减了多少预算"], b.winner("rate", False), "change", "zhc")
    high = [n for n in every if o.value(n, "total") > 95]
    b.follow_list(
        [
            "Show me the projects whose total score is above 95",
            "Which of them had the lowest execution rate?",
        ],
        [b.winner("rate", False, high)],
        "rate",
        high,
        "en",
    )
    b.follow_why(["管理工作经费评了什么等级", "扣分原因呢？"], P6, "zhc", refs=[Ref("管理工作经费", P6)])
    full = [n for n in every if n in o.subtotals("level1", "效益指标").query("deduction == 0").index]
    b.follow_number(
        ["List the projects with full marks on 效益指标", "What's their average total score?"],
        {
            "value": round(o.aggregate("total", "avg", full), 4),
            "unit": "分",
            "tolerance": 0.01,
            "projects": full,
        },
        b.rows("total", full),
        "en",
    )
    b.follow_why(
        ["满意度最高的是哪个", "最低的呢", "它为啥被扣那么多"],
        b.winner("satisfaction", False),
        "zhc",
        level1=SAT,
    )


def reasons(b: Book) -> None:
    """Why a project, or one kind or level of its indicators, lost points."""
    b.reason("请说明数据运营服务社会效益指标扣分的原因。", P7, "zhf", level2="社会效益指标")
    b.reason("Why did 运维 lose points on timeliness?", P3, "en", a="运维", level2="时效指标")
    b.reason("一网通办运营服务扣分的原因都有哪些？", P1, "zh", a="一网通办运营服务")
    b.reason("政务云的数量指标为啥没拿满分", P5, "zhc", a="政务云", level2="数量指标")
    b.reason(
        "What explains the deductions on 资源平台二期's benefit indicators?",
        P4,
        "en",
        a="资源平台二期",
        level1="效益指标",
    )


def proses(b: Book) -> None:
    """Numbers stated only in the 年度总体目标 text."""
    b.prose("运维全年一共完成了多少个工单任务？", P3, r"总计完成(\d+)个工单任务", "zh", a="运维")
    b.prose(
        "How many emergency drills did the infrastructure O&M project run in 2021?",
        P3,
        r"共完成(\d+)次应急演练",
        "en",
        a="infrastructure O&M",
        en=True,
    )
    b.prose("数据运营服务对接了全市多少个部门", P7, r"(\d+)个部门", "zh")
    b.prose("数据运营那边2021年新建了几个专题库", P7, r"等(\d+)个专题库", "zhc", a="数据运营")
    b.prose("运维项目节点搬迁做了多少个", P3, r"节点搬迁(\d+)个", "zhc", a="运维")


def refusals(b: Book) -> None:
    """Off-topic, other years and agencies (refuse); unknown fields, missing projects and
    fragments that fit several projects (refuse or ask back)."""
    b.refuse("今天上海天气咋样？", "offtopic", "zhc")
    b.refuse("Can you check today's USD/CNY exchange rate for me?", "offtopic", "en")
    b.refuse("2019年一网通办运营服务的总分是多少", "year", "zh")
    b.refuse("What was the execution rate of 数据运营服务 in 2022?", "year", "en")
    b.refuse("政务云2020年的满意度多少来着", "year", "zhc")
    b.refuse("上海市教育委员会的项目平均执行率是多少？", "agency", "zhf")
    b.refuse("Which project of the Shanghai Health Commission lost the most points?", "agency", "en")
    b.refuse_or_clarify("数据运营服务的项目负责人是谁？", "unknown", "zh")
    b.refuse_or_clarify("Who was the contractor for 运维?", "unknown", "en")
    b.refuse_or_clarify("政务云这个项目是哪家公司中标的", "unknown", "zhc")
    b.refuse_or_clarify("各个项目的联系人和电话分别是多少", "unknown_all", "zh")
    b.refuse_or_clarify("List the procurement method of each project.", "unknown_all", "en")
    b.refuse_or_clarify("智慧城管项目的总分是多少", "missing", "zh", missing="智慧城管")
    b.refuse_or_clarify("What's the budget of the 随申码 project?", "missing", "en", missing="随申码")
    b.refuse_or_clarify("运营服务那个项目执行率多少来着", "ambiguous", "zhc", fragment="运营服务")
    b.refuse_or_clarify("一网通办项目扣了几分？", "ambiguous", "zh", fragment="一网通办")
    b.refuse_or_clarify(
        "What's the satisfaction score of the 大数据 project?", "ambiguous", "en", fragment="大数据"
    )
    b.refuse_or_clarify("平台那个项目总分多少", "ambiguous", "zhc", fragment="平台")


SECTIONS = (
    lookups,
    derived,
    indicators,
    listings,
    filters,
    ranks,
    aggregates,
    groups,
    compares,
    nesteds,
    follow_ups,
    reasons,
    proses,
    refusals,
)


def build_book(records: list[dict[str, Any]] | None = None) -> Book:
    """Every hand-written question with its oracle gold (over the sample unless records given)."""
    return written(Book(Oracle(sample_records() if records is None else records)), SECTIONS)


def write_free() -> dict[Path, int]:
    """Rewrite free_sample.jsonl; return how many items it holds."""
    return write_items(FREE_SAMPLE, build_book().items)

"""A second suite of questions written one by one, by hand, over the bundled sample corpus, by a
writer who had not seen the parser's words. Four people ask: a provincial finance-bureau auditor
(formal, 审计 words: 偏差, 差异, 结余率, 预算调整幅度, 绩效目标完成情况), a deputy director typing
on a phone (short, elliptical, no punctuation, 呢/吧), a World Bank consultant (performance-audit
English: variance, underspend, attainment, scorecard, KPI) and a newly hired clerk who asks step
by step. Each question stands next to the oracle call (eval/suites/free_book.py) that answers it;
``python -m eval.suites build-free2`` writes ``free2_sample.jsonl``.

It exists to find words and sentence shapes the parser does not read yet; once the parser is
tuned on it, it stops measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the sample's export records (the one measure the
  free suite's Book lacks, the unspent share of the budget, is computed here from oracle columns);
- a shortened project name singles out its project (tests/test_free2_suite.py checks it), and a
  fragment that fits several projects is asked only in an item where asking back is right.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.oracle import Oracle
from eval.suites import sample_records
from eval.suites.context import item
from eval.suites.free_book import Book, Ref, write_items, written

FREE2_SAMPLE = Path(__file__).parent / "free2_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
SAT = "满意度指标"
SAT2 = "服务对象满意度指标"

AUDITOR, DEPUTY, CONSULTANT, CLERK = (
    "persona:auditor",
    "persona:deputy",
    "persona:consultant",
    "persona:clerk",
)


@dataclass
class Book2(Book):
    """The free suite's Book with one more derived measure."""

    def unspent_share(
        self, q: str, name: str, lang: str, *more: str, a: str | None = None, en: bool = False
    ) -> None:
        """结余率: unspent funds as a percentage of the full-year budget (100 − execution rate
        when the rate is stated exactly)."""
        refs = self._refs(name, a, en)
        value = float(self.o.value(name, "unspent")) / float(self.o.value(name, "budget")) * 100
        gold = {"value": round(value, 4), "unit": "%", "tolerance": 0.01, "projects": [name]}
        t = self._tags(lang, refs, ["derived:unspent_share", *more])
        self._add(
            item("lookup_derived", "derived", "number", [q], gold, self.rows("unspent", [name]), t), refs
        )


def lookups(b: Book2) -> None:
    """Stated fields of one project."""
    b.lookup("请核实基础设施-运维项目2021年度全年预算数。", P3, "budget", "zhf", AUDITOR)
    b.lookup("政务云执行率呢", P5, "rate", "zhc", DEPUTY, a="政务云")
    b.lookup(
        "What is the revised full-year budget allocation for the 资源平台二期 project?",
        P4,
        "budget",
        "en",
        CONSULTANT,
        a="资源平台二期",
    )
    b.lookup("大数据中心管理工作经费的预算执行数经审定为多少元？", P6, "executed", "zhf", AUDITOR)
    b.lookup("数据运营总分多少", P7, "total", "zhc", DEPUTY, a="数据运营")
    b.lookup(
        "On the scorecard, what total did the cloud services prepayment project get?",
        P5,
        "total",
        "en",
        CONSULTANT,
        a="cloud services prepayment",
        en=True,
    )
    b.lookup("一网通办运营项目年初预算数为多少？", P1, "initial", "zhf", AUDITOR, a="一网通办运营")
    b.lookup(
        "What did 运维 earn for budget execution, out of the 10 points?",
        P3,
        "funds_score",
        "en",
        CONSULTANT,
        a="运维",
    )
    b.lookup("二期满意度几分", P4, "satisfaction", "zhc", DEPUTY, a="二期")
    b.lookup(
        "我想查一下一网通办平台升级改造那个项目的执行率是多少",
        P2,
        "rate",
        "zh",
        CLERK,
        a="一网通办平台升级改造",
    )


def derived(b: Book2) -> None:
    """Derived fields of one project: unspent, budget change, points lost, grade, level-1
    subtotals and score rates, and the unspent share."""
    b.derived("请计算上海市政务云基础设施服务费（预付费）项目的预算结余金额。", P5, "unspent", "zhf", AUDITOR)
    b.derived("How large was the underspend on 管理经费?", P6, "unspent", "en", CONSULTANT, a="管理经费")
    b.derived(
        "大数据中心管理工作经费全年预算数较年初预算数的调整幅度为多少元？", P6, "change", "zhf", AUDITOR
    )
    b.derived("运维预算调过没", P3, "change", "zhc", DEPUTY, a="运维")
    b.derived("资源平台二期总共丢了多少分啊", P4, "lost", "zhc", DEPUTY, a="资源平台二期")
    b.derived(
        "What performance rating did 数据运营服务 receive — excellent, good, fair or poor?",
        P7,
        "grade",
        "en",
        CONSULTANT,
    )
    b.derived("管理经费这个项目评了个什么等级呀", P6, "grade", "zh", CLERK, a="管理经费")
    b.level1(
        "一网通办运营项目效益指标合计得分为多少？", P1, "效益指标", "score", "zhf", AUDITOR, a="一网通办运营"
    )
    b.level1(
        "What share of the available output-indicator points did 数据运营 attain?",
        P7,
        "产出指标",
        "rate",
        "en",
        CONSULTANT,
        a="数据运营",
    )
    b.level1(
        "上海市“一网通办”平台信息系统（2021升级改造）的满意度指标得分率是多少？",
        P2,
        SAT,
        "rate",
        "zhf",
        AUDITOR,
    )
    b.unspent_share("请测算管理经费项目的预算结余率。", P6, "zhf", AUDITOR, a="管理经费")
    b.unspent_share(
        "What percentage of its revised budget did 基础设施运维 leave unspent?",
        P3,
        "en",
        CONSULTANT,
        a="基础设施运维",
    )


def indicators(b: Book2) -> None:
    """One kind of indicator of one project: target, actual, score, points lost, weight."""
    b.indicator("数据运营服务质量指标的年度指标值设定为多少？", P7, "质量指标", "target", "zhf", AUDITOR)
    b.indicator(
        "一网通办运营项目服务对象满意度的实际完成值是多少？",
        P1,
        SAT2,
        "actual",
        "zhf",
        AUDITOR,
        a="一网通办运营",
    )
    b.indicator("运维时效目标是啥", P3, "时效指标", "target", "zhc", DEPUTY, a="运维")
    b.indicator(
        "What was the economic-benefit KPI score for the 一网通办运营 project?",
        P1,
        "经济效益指标",
        "score",
        "en",
        CONSULTANT,
        a="一网通办运营",
    )
    b.indicator(
        "How many points did 数据运营 drop on its social-benefit KPI?",
        P7,
        "社会效益指标",
        "lost",
        "en",
        CONSULTANT,
        a="数据运营",
    )
    b.indicator("基础设施-运维经济效益指标的分值为多少？", P3, "经济效益指标", "weight", "zhf", AUDITOR)
    b.indicator("政务云数量指标实际值呢", P5, "数量指标", "actual", "zhc", DEPUTY, a="政务云")
    b.indicator(
        "For 资源平台二期, what did the quality KPIs score in total?",
        P4,
        "质量指标",
        "score",
        "en",
        CONSULTANT,
        a="资源平台二期",
    )
    b.indicator("管理经费的时效指标扣了几分", P6, "时效指标", "lost", "zh", CLERK, a="管理经费")


def listings(b: Book2) -> None:
    """A field for every project."""
    b.listing("请逐项列示各项目的全年执行数。", "executed", "zhf", AUDITOR)
    b.listing("Give me each project's execution rate, one line per project.", "rate", "en", CONSULTANT)
    b.listing("各项目等级列一下", "grade", "zhc", DEPUTY)
    b.listing("请列出各项目预算结余金额明细。", "unspent", "zhf", AUDITOR)
    b.listing("Break down the points lost, project by project.", "lost", "en", CONSULTANT)
    b.listing("满意度每个项目多少分", "satisfaction", "zhc", DEPUTY)
    b.listing("能把每个项目的年初预算数都列出来吗", "initial", "zh", CLERK)
    b.listing("各项目的 total score 分别多少", "total", "mix", CLERK)


def filters(b: Book2) -> None:
    """Projects by a field against a constant or an aggregate, and by their indicators."""
    b.filter("预算执行率低于90%的项目有哪些？", "rate", "lt", 90, "zhf", AUDITOR)
    b.filter("Which projects underspent by more than 100,000 yuan?", "unspent", "gt", 1e5, "en", CONSULTANT)
    b.filter("总分不到92的", "total", "lt", 92, "zhc", DEPUTY)
    b.filter("全年预算数在5000万元以上的项目有哪些？", "budget", "gt", 5e7, "zhf", AUDITOR)
    b.filter("List the projects that lost more than 5 points overall.", "lost", "gt", 5, "en", CONSULTANT)
    b.filter("满意度拿满10分的有吧", "satisfaction", "eq", 10, "zhc", DEPUTY)
    b.filter("执行率达到100%的项目有哪些？", "rate", "ge", 100, "zhf", AUDITOR)
    b.filter("Which projects have a scorecard total of at least 95?", "total", "ge", 95, "en", CONSULTANT)
    b.filter("年初预算不超过2000万元的是哪几个项目", "initial", "le", 2e7, "zh", CLERK)
    b.filter_aggregate("总分低于全部项目平均水平的有哪些？", "total", "below_avg", "zhf", AUDITOR)
    b.filter_aggregate(
        "Which projects' execution rates sit above the portfolio median?",
        "rate",
        "above_median",
        "en",
        CONSULTANT,
    )
    b.filter_aggregate("预算比平均多的有哪些", "budget", "above_avg", "zhc", DEPUTY)
    b.filter_aggregate("满意度得分高于中位数的项目有哪些？", "satisfaction", "above_median", "zhf", AUDITOR)
    b.filter_aggregate(
        "Which projects lost fewer points than average?", "lost", "below_avg", "en", CONSULTANT
    )
    b.filter_aggregate("执行数超过平均值的项目是哪几个", "executed", "above_avg", "zh", CLERK)
    b.filter_aggregate("年初预算低于中位数的项目", "initial", "below_median", "zhf", AUDITOR)
    b.filter_aggregate("哪些项目 unspent 高于平均", "unspent", "above_avg", "mix", CONSULTANT)
    indicator_filters(b)


def indicator_filters(b: Book2) -> None:
    """Projects that have a kind, lost points on it or kept every point; targets not met."""
    b.filter_kind("设置了成本指标的项目有哪些？", "成本指标", "has", "zhf", AUDITOR)
    b.filter_kind("Which projects lost points on timeliness KPIs?", "时效指标", "deducted", "en", CONSULTANT)
    b.filter_kind("产出指标没扣分的哪几个", "产出指标", "full", "zhc", DEPUTY)
    b.filter_kind("经济效益指标存在扣分的项目有哪些？", "经济效益指标", "deducted", "zhf", AUDITOR)
    b.filter_kind("Which projects included a sustainability KPI?", "可持续影响指标", "has", "en", CONSULTANT)
    b.filter_kind("效益指标一分没扣的", "效益指标", "full", "zhc", DEPUTY)
    b.filter_kind("哪些项目有数量指标被扣分的", "数量指标", "deducted", "zh", CLERK)
    b.unmet("数据运营服务哪些绩效指标的实际完成值未达到年度指标值？", P7, "zhf", AUDITOR)
    b.unmet("Which KPIs of 资源平台二期 missed their targets?", P4, "en", CONSULTANT, a="资源平台二期")
    b.unmet("一网通办运营项目没完成目标的指标有哪几个", P1, "zh", CLERK, a="一网通办运营")


def ranks(b: Book2) -> None:
    """Top, bottom, nth and top-k, ties in full."""
    b.rank("全年执行数居首位的项目是哪个？", "executed", True, "zhf", AUDITOR)
    b.rank("Which project had the weakest budget execution?", "rate", False, "en", CONSULTANT)
    b.rank("谁扣分最多", "lost", True, "zhc", DEPUTY)
    b.rank("总分排名前三的项目", "total", True, "zhf", AUDITOR, n=3, top=True)
    b.rank("Which project ranks second-highest on total score?", "total", True, "en", CONSULTANT, n=2)
    b.rank("满意度倒数第二是谁", "satisfaction", False, "zhc", DEPUTY, n=2)
    b.rank("Which projects had the best budget execution rate?", "rate", True, "en", CONSULTANT)
    b.rank("结余资金最少的两个项目", "unspent", False, "zhf", AUDITOR, n=2, top=True)
    b.rank("年初预算第三多的是哪个项目", "initial", True, "zh", CLERK, n=3)


def aggregates(b: Book2) -> None:
    """Sums, averages, medians, extremes and counts over every project (one department here)."""
    if len(set(b.o.projects.department)) != 1:
        raise ValueError("a per-department question is gold as one number only over one department")
    b.aggregate("七个项目全年预算数合计为多少？", "budget", "sum", "zhf", AUDITOR)
    b.aggregate("What's the mean scorecard total across the portfolio?", "total", "avg", "en", CONSULTANT)
    b.aggregate("执行率中位数呢", "rate", "median", "zhc", DEPUTY)
    b.aggregate("结余资金总额为多少元？", "unspent", "sum", "zhf", AUDITOR)
    b.aggregate("What was the lowest execution rate recorded?", "rate", "min", "en", CONSULTANT)
    b.count_kind("几个项目有生态效益指标", "生态效益指标", "has", "zhc", DEPUTY)
    b.count_cmp("总分达到90分（优）的项目共有几个？", "total", "ge", 90, "zhf", AUDITOR)
    b.count_all("How many project forms are in the database?", "en", CONSULTANT)
    b.count_kind("有多少个项目在满意度指标上被扣了分", SAT, "deducted", "zh", CLERK)
    # every sample project has the same department, so a per-department figure is one number
    b.aggregate("按主管部门汇总全年执行数。", "executed", "sum", "zhf", AUDITOR, "by:department")
    b.aggregate(
        "Average points lost per project, by supervising department?",
        "lost",
        "avg",
        "en",
        CONSULTANT,
        "by:department",
    )


def groups(b: Book2) -> None:
    """Per level-1 or level-2 kind, over every project or one."""
    b.group("请按一级指标分类统计全部项目的得分率。", "level1", "rate", "zhf", AUDITOR)
    b.group(
        "Break down lost points by level-2 KPI category across all projects.",
        "level2",
        "deduction",
        "en",
        CONSULTANT,
    )
    b.group("二级指标各拿了多少分", "level2", "score", "zhc", DEPUTY)
    b.group("大数据中心管理工作经费按一级指标列示扣分。", "level1", "deduction", "zhf", AUDITOR, name=P6)
    b.group(
        "For 政务云, show the score under each level-1 indicator.",
        "level1",
        "score",
        "en",
        CONSULTANT,
        name=P5,
        a="政务云",
    )
    b.group("数据运营服务每个二级指标的得分率分别是多少呀", "level2", "rate", "zh", CLERK, name=P7)
    b.group("一级指标扣分汇总下", "level1", "deduction", "zhc", DEPUTY)
    b.group("按二级指标看，运维的 score 各是多少", "level2", "score", "mix", CLERK, name=P3, a="运维")


def compares(b: Book2) -> None:
    """Two or three named projects on one field."""
    b.compare(
        "基础设施-运维与数据运营服务相比，哪个项目的预算执行率更高？", [P3, P7], "rate", True, "zhf", AUDITOR
    )
    b.compare(
        "Between 政务云 and 资源平台二期, which got the higher satisfaction score?",
        [P5, P4],
        "satisfaction",
        True,
        "en",
        CONSULTANT,
        a=["政务云", "资源平台二期"],
    )
    b.compare("运维和二期谁总分高", [P3, P4], "total", True, "zhc", DEPUTY, a=["运维", "二期"])
    b.compare(
        "一网通办运营与数据运营服务比较，哪一项目扣分较少？",
        [P1, P7],
        "lost",
        False,
        "zhf",
        AUDITOR,
        a=["一网通办运营", None],
    )
    b.compare(
        "Compare the unspent balances of 管理经费 and 运维 — which is larger?",
        [P6, P3],
        "unspent",
        True,
        "en",
        CONSULTANT,
        a=["管理经费", "运维"],
    )
    b.compare(
        "政务云、数据运营、二期这三个项目哪个全年预算最多",
        [P5, P7, P4],
        "budget",
        True,
        "zh",
        CLERK,
        a=["政务云", "数据运营", "二期"],
    )
    b.compare(
        "管理经费跟政务云执行率哪个低", [P6, P5], "rate", False, "zhc", DEPUTY, a=["管理经费", "政务云"]
    )
    b.compare(
        "一网通办平台和一网通办运营，哪个 total score 更高",
        [P2, P1],
        "total",
        True,
        "mix",
        CONSULTANT,
        a=["一网通办平台", "一网通办运营"],
    )


def reasons(b: Book2) -> None:
    """Why a project, or one kind or level of its indicators, lost points."""
    b.reason("数据运营服务社会效益指标扣分的偏差原因是什么？", P7, "zhf", AUDITOR, level2="社会效益指标")
    b.reason(
        "What explains the satisfaction shortfall at 资源平台二期?",
        P4,
        "en",
        CONSULTANT,
        a="资源平台二期",
        level1=SAT,
    )
    b.reason("政务云为啥扣分", P5, "zhc", DEPUTY, a="政务云")
    b.reason("基础设施-运维时效指标未得满分的原因及改进措施？", P3, "zhf", AUDITOR, level2="时效指标")
    b.reason(
        "Why did the 一网通办运营 project lose points on its benefit KPIs?",
        P1,
        "en",
        CONSULTANT,
        a="一网通办运营",
        level1="效益指标",
    )
    b.reason("一网通办平台那个扣分是因为什么", P2, "zh", CLERK, a="一网通办平台")
    b.reason("二期社会效益咋扣的", P4, "zhc", DEPUTY, a="二期", level2="社会效益指标")
    b.reason(
        "What reasons did 数据运营 give for its quality KPI deduction?",
        P7,
        "en",
        CONSULTANT,
        a="数据运营",
        level2="质量指标",
    )


def nesteds(b: Book2) -> None:
    """The project one question finds feeds the next."""
    b.nested("总分最低的项目，其预算结余金额为多少？", "total", False, "unspent", "zhf", AUDITOR)
    b.nested(
        "For the project with the highest satisfaction score, what was its total?",
        "satisfaction",
        True,
        "total",
        "en",
        CONSULTANT,
    )
    b.nested("预算最少那个执行率多少", "budget", False, "rate", "zhc", DEPUTY)
    b.nested("扣分最少的项目绩效等级为何？", "lost", False, "grade", "zhf", AUDITOR)
    b.nested(
        "Take the project with the largest underspend: why did it lose points?",
        "unspent",
        True,
        "why",
        "en",
        CONSULTANT,
    )
    b.nested("花钱最多的那个项目结余了多少", "executed", True, "unspent", "zh", CLERK)
    b.nested("年初预算数最大的项目总分为多少？", "initial", True, "total", "zhf", AUDITOR)
    b.nested(
        "What was the execution rate of the top-scoring project?", "total", True, "rate", "en", CONSULTANT
    )
    b.nested("满意度最差的为啥", "satisfaction", False, "why", "zhc", DEPUTY)


def follow_ups(b: Book2) -> None:
    """The clerk's (and others') conversations of two or three turns; gold answers the last."""
    o, every = b.o, b.o.names()
    b.follow_value(
        ["数据运营服务的全年预算数是多少", "那它的执行数呢", "结余多少"], P7, "unspent", "zh", CLERK
    )
    b.follow_list(
        ["Which project has the lowest total score?", "and the second one?"],
        o.nth("total", 2, False, every),
        "total",
        every,
        "en",
        CLERK,
    )
    short = [n for n in every if o.value(n, "rate") < 100]
    b.follow_list(
        ["哪些项目执行率低于100%", "这些里面总分最高的是哪个"],
        [b.winner("total", True, short)],
        "total",
        short,
        "zh",
        CLERK,
    )
    b.follow_why(
        ["运维的满意度得分", "那它的满意度为什么被扣分"], P3, "zh", CLERK, level1=SAT, refs=[Ref("运维", P3)]
    )
    b.follow_value(
        ["政务云总分", "执行率呢", "扣了几分吧"], P5, "lost", "zhc", DEPUTY, refs=[Ref("政务云", P5)]
    )
    low = [n for n in every if o.value(n, "satisfaction") < 9]
    b.follow_list(
        [
            "Show me the projects with a satisfaction score below 9",
            "those of them with a budget over 20 million yuan?",
        ],
        [n for n in low if o.value(n, "budget") > 2e7],
        "budget",
        low,
        "en",
        CLERK,
    )
    b.follow_value(
        ["哪个项目扣分最多", "那它的预算调整了多少"], b.winner("lost", True), "change", "zh", CLERK
    )
    b.follow_value(
        ["What's the execution rate of 二期?", "And for 一网通办运营?"],
        P1,
        "rate",
        "en",
        CLERK,
        refs=[Ref("二期", P4), Ref("一网通办运营", P1)],
    )
    late = list(o.subtotals("level2", "时效指标").query("deduction > 0").index)
    b.follow_number(
        ["哪些项目有时效指标扣分", "一共几个"],
        {"value": float(len(late)), "tolerance": 0.0, "projects": late},
        o.ids(o.indicator_rows(None, level2="时效指标")),
        "zh",
        CLERK,
    )
    full = [n for n in every if n in o.subtotals("level1", "产出指标").query("deduction == 0").index]
    b.follow_number(
        ["Which projects scored full marks on 产出指标?", "what's their combined full-year budget?"],
        {
            "value": round(float(sum(o.value(n, "budget") for n in full)), 4),
            "unit": "元",
            "tolerance": 50,
            "projects": full,
        },
        b.rows("budget", full),
        "en",
        CLERK,
    )
    b.follow_why(["总分排第一的是哪个", "它为什么扣分"], b.winner("total", True), "zh", CLERK)
    paid = [n for n in every if o.value(n, "rate") >= 100]
    b.follow_list(
        ["list projects whose 执行率 is 100%", "其中结余最多的是哪个"],
        [b.winner("unspent", True, paid)],
        "unspent",
        paid,
        "mix",
        CLERK,
    )
    b.follow_value(
        [
            "Which project had the largest underspend?",
            "What was its revised budget?",
            "and its initial budget?",
        ],
        b.winner("unspent", True),
        "initial",
        "en",
        CLERK,
    )


def proses(b: Book2) -> None:
    """Counts stated only in the goals prose."""
    b.prose("基础设施-运维项目全年共完成多少个工单任务？", P3, r"总计完成(\d+)个工单任务", "zhf", AUDITOR)
    b.prose(
        "How many emergency drills did 运维 run in 2021?",
        P3,
        r"共完成(\d+)次应急演练",
        "en",
        CONSULTANT,
        a="运维",
    )
    b.prose("数据运营发了几项地方标准", P7, r"发布了(\d+)项地方标准", "zhc", DEPUTY, a="数据运营")
    b.prose(
        "According to its goals, what staff satisfaction level did 管理经费 report?",
        P6,
        r"工作人员满意度达(\d+)%",
        "en",
        CONSULTANT,
        a="管理经费",
    )
    b.prose("基础设施-运维处理网络报修总计多少个？", P3, r"处理网络报修总计(\d+)个", "zhf", AUDITOR)


def refusals(b: Book2) -> None:
    """Off-topic, other years, other agencies, forecasts (refuse); fields the forms lack,
    projects the corpus lacks, fragments that fit several projects and vague questions (refuse
    or ask back)."""
    b.refuse("帮我查下周五上海飞成都的航班", "offtopic", "zhc", CLERK)
    b.refuse("What's the current benchmark lending rate of the PBoC?", "offtopic", "en", CONSULTANT)
    b.refuse("晚上吃啥好呢", "offtopic", "zhc", DEPUTY)
    b.refuse("2020年度数据运营服务的预算执行率是多少？", "year", "zhf", AUDITOR)
    b.refuse("What were the total scores of these projects in FY2023?", "year", "en", CONSULTANT)
    b.refuse("政务云2020年总分呢", "year", "zhc", DEPUTY)
    b.refuse("上海市财政局本级项目的绩效自评总分平均是多少？", "agency", "zhf", AUDITOR)
    b.refuse(
        "How did the Shanghai Municipal Transport Commission's projects score on satisfaction?",
        "agency",
        "en",
        CONSULTANT,
    )
    b.refuse("浦东新区的项目里执行率最低的是哪个", "agency", "zh", CLERK)
    b.refuse("预测数据运营服务2022年的预算执行率。", "forecast", "zhf", AUDITOR)
    b.refuse("Will 政务云 hit full marks next year?", "forecast", "en", CONSULTANT)
    b.refuse("明年预算能批多少", "forecast", "zhc", DEPUTY)
    b.refuse_or_clarify("基础设施-运维项目的政府采购方式是什么？", "unknown", "zhf", AUDITOR)
    b.refuse_or_clarify("What's the procurement contract value for 二期?", "unknown", "en", CONSULTANT)
    b.refuse_or_clarify("政务云负责人谁", "unknown", "zhc", DEPUTY)
    b.refuse_or_clarify("数据运营服务有多少工作人员编制", "unknown", "zh", CLERK)
    b.refuse_or_clarify("各项目的审计整改落实情况如何？", "unknown_all", "zhf", AUDITOR)
    b.refuse_or_clarify("List the benefit-cost ratio for every project.", "unknown_all", "en", CONSULTANT)
    b.refuse_or_clarify("智慧医疗项目的自评得分是多少？", "missing", "zhf", AUDITOR, missing="智慧医疗")
    b.refuse_or_clarify(
        "What was the execution rate of the 河道整治 project?",
        "missing",
        "en",
        CONSULTANT,
        missing="河道整治",
    )
    b.refuse_or_clarify("垃圾分类那个项目扣分多少", "missing", "zhc", DEPUTY, missing="垃圾分类")
    b.refuse_or_clarify("基础设施那个总分呢", "ambiguous", "zhc", DEPUTY, fragment="基础设施")
    b.refuse_or_clarify("上海市那个项目的执行率是多少？", "ambiguous", "zhf", AUDITOR, fragment="上海市")
    b.refuse_or_clarify(
        "What's the underspend on the 运营 project?", "ambiguous", "en", CONSULTANT, fragment="运营"
    )
    b.refuse_or_clarify("大数据那个扣几分", "ambiguous", "zhc", DEPUTY, fragment="大数据")
    b.refuse_or_clarify("数据那个项目的满意度多少", "ambiguous", "zh", CLERK, fragment="数据")
    b.refuse_or_clarify("那个项目咋样", "vague", "zhc", DEPUTY)
    b.refuse_or_clarify("How did it do?", "vague", "en", CONSULTANT)


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


def build_book(records: list[dict[str, Any]] | None = None) -> Book2:
    """Every hand-written question with its oracle gold (over the sample unless records given)."""
    return written(Book2(Oracle(sample_records() if records is None else records), prefix="g"), SECTIONS)


def write_free2() -> dict[Path, int]:
    """Rewrite free2_sample.jsonl; return how many items it holds."""
    return write_items(FREE2_SAMPLE, build_book().items)

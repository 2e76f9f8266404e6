"""A third suite of questions written one by one, by hand, over the bundled sample corpus, by a
writer who had not seen the parser's words. Four people ask: a newspaper journalist (plain,
curious: how much money went unspent, which project did worst), a county finance official from
another province (县级 jargon: 完成率, 偏离度, 得分情况, 评价等次, 绩效目标实现程度), a data analyst
who types SQL-ish or spreadsheet English (group by level1, count where …, sort desc … limit 3,
max(score)) and a non-native English speaker with grammar slips (which project have most low
satisfaction). About ten questions carry a realistic typo or homophone of a form term (执行律,
满意渡, 扣份, excution); about ten are follow-up conversations. Each question stands next to the
oracle call (eval/suites/free_book.py, with the unspent share of eval/suites/free2.py's Book2)
that answers it; ``python -m eval.suites build-free3`` writes ``free3_sample.jsonl``.

It exists to find words and sentence shapes the parser does not read yet; once the parser is
tuned on it, it stops measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the sample's export records;
- a shortened project name singles out its project (tests/test_free3_suite.py checks it), and a
  fragment that fits several projects is asked only in an item where asking back is right.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eval.oracle import Oracle
from eval.suites import sample_records
from eval.suites.free2 import Book2
from eval.suites.free_book import Ref, write_items, written

FREE3_SAMPLE = Path(__file__).parent / "free3_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
SAT = "满意度指标"

JOURNALIST, COUNTY, ANALYST, LEARNER = (
    "persona:journalist",
    "persona:county",
    "persona:analyst",
    "persona:nonnative",
)
TYPO = "typo"  # a realistic slip of the keyboard or the input method on a form term


def lookups(b: Book2) -> None:
    """Stated fields of one project."""
    b.lookup("数据运营服务这个项目一年到底花出去多少钱？", P7, "executed", "zhc", JOURNALIST)
    b.lookup("请问基础设施-运维项目预算执行完成率是多少？", P3, "rate", "zhf", COUNTY)
    b.lookup(
        "select full_year_budget from projects where name = '资源平台'",
        P4,
        "budget",
        "en",
        ANALYST,
        a="资源平台",
    )
    b.lookup("How many score the 政务云 project get in total?", P5, "total", "enn", LEARNER, a="政务云")
    b.lookup("管理工作经费年初的时候打算花多少？", P6, "initial", "zhc", JOURNALIST, a="管理工作经费")
    b.lookup("“一网通办”运营服务项目预算执行指标得分情况如何？", P1, "funds_score", "zhf", COUNTY)
    b.lookup("executed amt for 升级改造, in yuan", P2, "executed", "mix", ANALYST, a="升级改造")
    b.lookup("What is the excution rate of 资源平台 project?", P4, "rate", "enn", LEARNER, TYPO, a="资源平台")
    b.lookup("数据运营服务的满意渡打了几分", P7, "satisfaction", "zhc", JOURNALIST, TYPO)
    b.lookup("政务云服务费项目全年预算数实际支出了多少元？", P5, "executed", "zhf", COUNTY, a="政务云服务费")


def derived(b: Book2) -> None:
    """Derived fields of one project: unspent, budget change, points lost, grade, level-1
    subtotals and score rates, and the unspent share (偏离度)."""
    b.derived("大数据中心管理工作经费最后剩下多少钱没花？", P6, "unspent", "zhc", JOURNALIST)
    b.unspent_share("大数据中心管理工作经费项目预算执行偏离度为多少？", P6, "zhf", COUNTY)
    b.derived(
        "budget_change (全年 minus 年初) for 管理工作经费", P6, "change", "mix", ANALYST, a="管理工作经费"
    )
    b.derived("How many point the 运维 project lose in total?", P3, "lost", "enn", LEARNER, a="运维")
    b.derived("政务云那个项目最后评了个啥等级？", P5, "grade", "zhc", JOURNALIST, a="政务云")
    b.level1("上海市大数据资源平台（二期）产出指标得分率是多少？", P4, "产出指标", "rate", "zhf", COUNTY)
    b.level1(
        "sum(score) where level1 = '效益指标' and project = '数据运营'",
        P7,
        "效益指标",
        "score",
        "en",
        ANALYST,
        a="数据运营",
    )
    b.derived("资源平台 project, how much money is not used?", P4, "unspent", "enn", LEARNER, a="资源平台")
    b.derived("通办运营那个项目总份扣了多少", P1, "lost", "zhc", JOURNALIST, TYPO, a="通办运营")
    b.level1(
        "大数据资源平台二期满意度指标得分率是多少？", P4, SAT, "rate", "zhf", COUNTY, a="大数据资源平台二期"
    )
    b.derived("What grade get the 升级改造 project?", P2, "grade", "enn", LEARNER, a="升级改造")
    b.unspent_share("unspent / budget * 100 for 运维", P3, "en", ANALYST, a="运维")


def indicators(b: Book2) -> None:
    """One level-2 kind of one project: score, points lost, weight, target or actual."""
    b.indicator("数据运营服务的质量指标实际只做到了多少？", P7, "质量指标", "actual", "zhc", JOURNALIST)
    b.indicator(
        "上海市政务云基础设施服务费（预付费）社会效益指标分值是多少？",
        P5,
        "社会效益指标",
        "weight",
        "zhf",
        COUNTY,
    )
    b.indicator(
        "sum(score) from indicators where project = '资源平台' and level2 = '社会效益指标'",
        P4,
        "社会效益指标",
        "score",
        "en",
        ANALYST,
        a="资源平台",
    )
    b.indicator(
        "运维 project the timeliness indicator lose how many point?",
        P3,
        "时效指标",
        "lost",
        "enn",
        LEARNER,
        a="运维",
    )
    b.indicator(
        "一网通办运营服务那个满意度实际完成了多少",
        P1,
        "服务对象满意度指标",
        "actual",
        "zhc",
        JOURNALIST,
        a="一网通办运营服务",
    )
    b.indicator(
        "数据运营服务项目可持续影响指标年度指标值是什么？", P7, "可持续影响指标", "target", "zhf", COUNTY
    )
    b.indicator("weight of 成本指标 for 数据运营服务?", P7, "成本指标", "weight", "mix", ANALYST)
    b.indicator(
        "The 升级改造 project, what is target of its quality indicater?",
        P2,
        "质量指标",
        "target",
        "enn",
        LEARNER,
        TYPO,
        a="升级改造",
    )
    b.indicator(
        "管理工作经费项目质量指标得分情况？", P6, "质量指标", "score", "zhf", COUNTY, a="管理工作经费"
    )
    b.indicator("政务云 数量指标 deduction = ?", P5, "数量指标", "lost", "mix", ANALYST, a="政务云")


def listings(b: Book2) -> None:
    """A field for every project."""
    b.listing("每个项目分别剩了多少钱没花完？", "unspent", "zhc", JOURNALIST)
    b.listing("请列出各项目绩效自评得分情况。", "total", "zhf", COUNTY)
    b.listing("select name, execution_rate from projects", "rate", "en", ANALYST)
    b.listing("Please tell me every project its grade.", "grade", "enn", LEARNER)
    b.listing("各个项目调整以后的预算都是多少", "budget", "zhc", JOURNALIST)
    b.listing("各项目预算数执行分别是多少元？", "executed", "zhf", COUNTY, TYPO)
    b.listing("list lost points per project, all rows", "lost", "en", ANALYST)
    b.listing("How much satisfaction score each project got?", "satisfaction", "enn", LEARNER)
    b.listing("name, 年初预算数 — one row per project", "initial", "mix", ANALYST)


def filters(b: Book2) -> None:
    """Projects by a field against a constant or an aggregate, and by their indicators."""
    b.filter("有哪些项目的钱没花完？", "unspent", "gt", 0, "zhc", JOURNALIST)
    b.filter("执行率未达到95%的项目请列出。", "rate", "lt", 95, "zhf", COUNTY)
    b.filter("filter total_score >= 95, return names", "total", "ge", 95, "en", ANALYST)
    b.filter("Which project have satisfaction less than 9 point?", "satisfaction", "lt", 9, "enn", LEARNER)
    b.filter("哪几个项目丢的分超过了5分？", "lost", "gt", 5, "zhc", JOURNALIST)
    b.filter("全年预算数在3000万元以上的项目有哪些？", "budget", "gt", 3e7, "zhf", COUNTY)
    b.filter("filter executed < 20000000", "executed", "lt", 2e7, "en", ANALYST)
    b.filter("Which projects has execusion rate equal 100%?", "rate", "eq", 100, "enn", LEARNER, TYPO)
    b.filter("年初预算不到两千万的项目有哪些", "initial", "lt", 2e7, "zhc", JOURNALIST)
    b.filter_aggregate("哪些项目的得分比平均分还低？", "total", "below_avg", "zhc", JOURNALIST)
    b.filter_aggregate("执行率高于全部项目平均执行率的有哪些项目？", "rate", "above_avg", "zhf", COUNTY)
    b.filter_aggregate("where budget > median(budget)", "budget", "above_median", "en", ANALYST)
    b.filter_aggregate("Which project lose more point than the average?", "lost", "above_avg", "enn", LEARNER)
    b.filter_aggregate("满意度指标得分低于平均水平的项目", "satisfaction", "below_avg", "zhf", COUNTY)
    b.filter_aggregate("unspent < median(unspent), list names", "unspent", "below_median", "en", ANALYST)
    b.filter_aggregate("花出去的钱比中位数多的是哪些项目", "executed", "above_median", "zhc", JOURNALIST)
    indicator_filters(b)


def indicator_filters(b: Book2) -> None:
    """Projects that have a kind, lost points on it or kept every point; targets not met."""
    b.filter_kind("哪些项目设了生太效益方面的指标？", "生态效益指标", "has", "zhc", JOURNALIST, TYPO)
    b.filter_kind("质量指标存在扣分情况的项目有哪些？", "质量指标", "deducted", "zhf", COUNTY)
    b.filter_kind("projects where satisfaction deduction = 0", SAT, "full", "en", ANALYST)
    b.filter_kind(
        "Which projects lost point in social benefit indicator?", "社会效益指标", "deducted", "enn", LEARNER
    )
    b.filter_kind("时效指标得满分的项目有哪些？", "时效指标", "full", "zhf", COUNTY)
    b.filter_kind("有没有哪个项目专门设了成本指标？", "成本指标", "has", "zhc", JOURNALIST)
    b.filter_kind("where level1 = '效益指标' and deduction = 0", "效益指标", "full", "en", ANALYST)
    b.unmet("Which indicator of 数据运营 not reach the target?", P7, "enn", LEARNER, a="数据运营")
    b.unmet("“一网通办”运营服务项目哪些绩效指标未实现年度目标值？", P1, "zhf", COUNTY)


def ranks(b: Book2) -> None:
    """Top, bottom, nth and top-k, ties in full."""
    b.rank("这几个项目里哪个干得最差？", "total", False, "zhc", JOURNALIST)
    b.rank("预算执行完成率位列第一的是哪个项目？", "rate", True, "zhf", COUNTY)
    b.rank("sort desc by budget limit 3", "budget", True, "en", ANALYST, n=3, top=True)
    b.rank("Which project have most low satisfaction?", "satisfaction", False, "enn", LEARNER)
    b.rank("剩钱最多的是哪个项目", "unspent", True, "zhc", JOURNALIST)
    b.rank("绩效自评得分排名第二的项目是哪个？", "total", True, "zhf", COUNTY, n=2)
    b.rank("order by executed asc limit 2", "executed", False, "en", ANALYST, n=2, top=True)
    b.rank("Which is the third biggest project in initial budget?", "initial", True, "enn", LEARNER, n=3)
    b.rank("扣分最少的是谁", "lost", False, "zhc", JOURNALIST)
    b.rank("执行律最低的项目是哪个？", "rate", False, "zhf", COUNTY, TYPO)


def aggregates(b: Book2) -> None:
    """Sums, averages, medians, extremes and counts over every project."""
    b.aggregate("这七个项目加起来一共有多少钱没花出去？", "unspent", "sum", "zhc", JOURNALIST)
    b.aggregate("各项目绩效自评平均得分是多少？", "total", "avg", "zhf", COUNTY)
    b.aggregate("max(total_score) over all projects", "total", "max", "en", ANALYST)
    b.aggregate("How much is the avarage execution rate of all project?", "rate", "avg", "enn", LEARNER, TYPO)
    rate = b.o.column("rate", b.o.names())
    low = [n for n, v in rate.items() if v < 95]
    b.count("count where execution < 95%", low, b.rows("rate", b.o.names()), "en", ANALYST)
    b.aggregate("本单位七个项目全年执行数总额为多少元？", "executed", "sum", "zhf", COUNTY)
    b.count_kind("有几个项目在按时完成这一块被扣了分？", "时效指标", "deducted", "zhc", JOURNALIST)
    b.count_kind("How many project has a cost indicator?", "成本指标", "has", "enn", LEARNER)
    b.aggregate("median(initial_budget)", "initial", "median", "en", ANALYST)
    b.count_cmp("评价等次为优的项目有几个？", "total", "ge", 90, "zhf", COUNTY)
    b.count_all("这次一共评了多少个项目", "zhc", JOURNALIST)
    b.aggregate("min(satisfaction)", "satisfaction", "min", "en", ANALYST)


def groups(b: Book2) -> None:
    """Per level-1 or level-2 kind, over every project or one."""
    b.group("按一级指标分类，汇总全部项目扣分情况。", "level1", "deduction", "zhf", COUNTY)
    b.group("group by level1, sum(score)", "level1", "score", "en", ANALYST)
    b.group("group by level2, sum(deduction)", "level2", "deduction", "en", ANALYST)
    b.group("For every level-2 indicator type, what is the score rate?", "level2", "rate", "enn", LEARNER)
    b.group(
        "数据运营服务在产出、效益、满意度这几块分别拿了多少分？",
        "level1",
        "score",
        "zhc",
        JOURNALIST,
        name=P7,
    )
    b.group("基础设施-运维项目按二级指标分类的得分率情况", "level2", "rate", "zhf", COUNTY, name=P3)
    b.group(
        "政务云 lose how many point in each level-1 indicator?",
        "level1",
        "deduction",
        "enn",
        LEARNER,
        name=P5,
        a="政务云",
    )
    b.group("二期 group by level2 sum(score)", "level2", "score", "mix", ANALYST, name=P4, a="二期")
    b.group("全部项目各一级指标绩效目标实现程度（得分率）如何？", "level1", "rate", "zhf", COUNTY)


def compares(b: Book2) -> None:
    """Two or three named projects on one field."""
    b.compare(
        "数据运营服务和运维比，谁得分高？", [P7, P3], "total", True, "zhc", JOURNALIST, a=[None, "运维"]
    )
    b.compare(
        "上海市大数据资源平台（二期）与上海市政务云基础设施服务费（预付费）相比，哪个项目预算执行率更高？",
        [P4, P5],
        "rate",
        True,
        "zhf",
        COUNTY,
    )
    b.compare(
        "compare unspent: 升级改造 vs 资源平台",
        [P2, P4],
        "unspent",
        True,
        "mix",
        ANALYST,
        a=["升级改造", "资源平台"],
    )
    b.compare(
        "Between 政务云 and 管理工作经费, which one lose more point?",
        [P5, P6],
        "lost",
        True,
        "enn",
        LEARNER,
        a=["政务云", "管理工作经费"],
    )
    b.compare(
        "通办运营、数据运营、运维，这三个谁的满意度最低？",
        [P1, P7, P3],
        "satisfaction",
        False,
        "zhc",
        JOURNALIST,
        a=["通办运营", "数据运营", "运维"],
    )
    b.compare(
        "“一网通办”运营服务与大数据中心管理工作经费，哪个项目年初预算数更大？",
        [P1, P6],
        "initial",
        True,
        "zhf",
        COUNTY,
    )
    b.compare(
        "executed: 政务云 vs 运维 vs 数据运营 — which is max?",
        [P5, P3, P7],
        "executed",
        True,
        "mix",
        ANALYST,
        a=["政务云", "运维", "数据运营"],
    )
    b.compare(
        "Which score is lower, 升级改造 or 二期?",
        [P2, P4],
        "total",
        False,
        "enn",
        LEARNER,
        a=["升级改造", "二期"],
    )


def reasons(b: Book2) -> None:
    """Why a project (or one kind of its indicators) lost points."""
    b.reason("政务云为什么被扣了分？", P5, "zhc", JOURNALIST, a="政务云")
    b.reason("数据运营服务项目绩效目标未完成的原因及改进措施是什么？", P7, "zhf", COUNTY)
    b.reason(
        "select deviation from indicators where project = '资源平台' and deduction > 0",
        P4,
        "en",
        ANALYST,
        a="资源平台",
    )
    b.reason(
        "Why the 运维 project lose point on timeliness?", P3, "enn", LEARNER, a="运维", level2="时效指标"
    )
    b.reason("管理工作经费那几分是怎么丢的？", P6, "zhc", JOURNALIST, a="管理工作经费")
    b.reason("“一网通办”运营服务满意度指标扣分原因？", P1, "zhf", COUNTY, level1=SAT)
    b.reason("What is reason 升级改造 project don't get full score?", P2, "enn", LEARNER, a="升级改造")
    b.reason(
        "deviation text for 政务云 where level2 = '社会效益指标'",
        P5,
        "mix",
        ANALYST,
        a="政务云",
        level2="社会效益指标",
    )
    b.reason("数据运营服务质量指标扣份原因", P7, "zhf", COUNTY, TYPO, level2="质量指标")


def nesteds(b: Book2) -> None:
    """The project one question finds feeds the next."""
    b.nested("得分最低的那个项目，钱花了多少？", "total", False, "executed", "zhc", JOURNALIST)
    b.nested("执行率最低项目的评价等次是什么？", "rate", False, "grade", "zhf", COUNTY)
    b.nested("rate of the project with max(budget)", "budget", True, "rate", "en", ANALYST)
    b.nested(
        "The project who get lowest satisfaction, why it lose points?",
        "satisfaction",
        False,
        "why",
        "enn",
        LEARNER,
    )
    b.nested("扣分最多的那个项目，预算中途被砍了多少？", "lost", True, "change", "zhc", JOURNALIST)
    b.nested("绩效自评得分最高的项目，其全年预算数是多少？", "total", True, "budget", "zhf", COUNTY)
    b.nested(
        "total_score where initial_budget = min(initial_budget)", "initial", False, "total", "en", ANALYST
    )
    b.nested(
        "For the project with biggest money not used, what is its grade?",
        "unspent",
        True,
        "grade",
        "enn",
        LEARNER,
    )


def follow_ups(b: Book2) -> None:
    """Conversations of two or three turns; gold answers the last."""
    o, every = b.o, b.o.names()
    b.follow_value(
        ["哪个项目得分最高？", "那它一年花了多少钱？"], b.winner("total", True), "executed", "zhc", JOURNALIST
    )
    b.follow_why(["基础设施-运维项目预算执行率是多少？", "扣分原因是什么？"], P3, "zhf", COUNTY)
    short = [n for n in every if o.value(n, "rate") < 100]
    b.follow_list(
        ["filter rate < 100", "of those, order by unspent desc limit 1"],
        [b.winner("unspent", True, short)],
        "unspent",
        short,
        "en",
        ANALYST,
    )
    b.follow_value(
        ["What is the satisfaction score of 数据运营?", "And 资源平台?"],
        P4,
        "satisfaction",
        "enn",
        LEARNER,
        refs=[Ref("数据运营", P7), Ref("资源平台", P4)],
    )
    partial = [n for n in every if o.value(n, "satisfaction") < 10]
    b.follow_list(
        ["满意度不是满分的项目有哪些", "这里面谁的总分最低"],
        [b.winner("total", False, partial)],
        "total",
        partial,
        "zhc",
        JOURNALIST,
    )
    b.follow_value(
        ["上海市大数据资源平台（二期）绩效自评得分是多少？", "预算执行率呢？", "结余资金多少元？"],
        P4,
        "unspent",
        "zhf",
        COUNTY,
    )
    below = [n for n in every if o.value(n, "total") < 95]
    b.follow_number(
        ["count where total < 95", "sum(budget) of them"],
        {
            "value": round(float(sum(o.value(n, "budget") for n in below)), 4),
            "unit": "元",
            "tolerance": 50,
            "projects": below,
        },
        b.rows("budget", below),
        "en",
        ANALYST,
    )
    b.follow_why(["Which project lose most points?", "Why it lose?"], b.winner("lost", True), "enn", LEARNER)
    b.follow_value(
        ["政务云那个项目总分多少", "那运维呢"],
        P3,
        "total",
        "zhc",
        JOURNALIST,
        refs=[Ref("政务云", P5), Ref("运维", P3)],
    )
    late = list(o.subtotals("level2", "时效指标").query("deduction > 0").index)
    b.follow_list(
        ["时效指标被扣分的项目有哪些？", "其中全年预算数最大的是哪个？"],
        [b.winner("budget", True, late)],
        "budget",
        late,
        "zhf",
        COUNTY,
    )
    top3 = o.top("total", 3, True, every)
    b.follow_number(
        ["top 3 by total", "avg(rate) of these"],
        {
            "value": round(float(o.aggregate("rate", "avg", top3)), 4),
            "unit": "%",
            "tolerance": 0.01,
            "projects": top3,
        },
        b.rows("rate", top3),
        "en",
        ANALYST,
    )


def proses(b: Book2) -> None:
    """Counts stated only in the goals prose (no percentage: the prose gold carries no unit)."""
    b.prose("运维那个项目一年搬了多少个网络节点？", P3, r"节点搬迁(\d+)个", "zhc", JOURNALIST, a="运维")
    b.prose(
        "数据运营: how many 部门 are connected to the platform?",
        P7,
        r"(\d+)个部门",
        "mix",
        ANALYST,
        a="数据运营",
    )
    b.prose(
        "How many time the 运维 project do the big network protection work?",
        P3,
        r"重大网络保障工作(\d+)余次",
        "enn",
        LEARNER,
        a="运维",
    )
    b.prose(
        "基础设施-运维项目为全市多少个市级政务外网网络节点提供服务？",
        P3,
        r"为全市(\d+)余个市级政务外网网络节点",
        "zhf",
        COUNTY,
    )
    b.prose(
        "数据运营服务还出了多少项标准化指导性技术文件？",
        P7,
        r"(\d+)项地方标准化指导性技术文件",
        "zhc",
        JOURNALIST,
    )
    b.prose(
        "运维 project, how many network repair come from user side?",
        P3,
        r"用户侧(\d+)个",
        "enn",
        LEARNER,
        a="运维",
    )


def refusals(b: Book2) -> None:
    """Off-topic, other years, agencies and regions, forecasts (refuse); fields the forms lack,
    projects the corpus lacks, fragments that fit several projects, vague questions (refuse or
    ask back)."""
    b.refuse("今天上海会下雨吗？", "offtopic", "zhc", JOURNALIST)
    b.refuse("how do I pivot a table in pandas", "offtopic", "en", ANALYST)
    b.refuse("Can you recommend me a good hotel near the People's Square?", "offtopic", "enn", LEARNER)
    b.refuse("2019年度数据运营服务项目自评得分是多少？", "year", "zhf", COUNTY)
    b.refuse("2020年这些项目的执行率怎么样？", "year", "zhc", JOURNALIST)
    b.refuse("What was the 政务云 budget in 2023?", "year", "enn", LEARNER)
    b.refuse("上海市财政局本级项目的绩效自评得分情况如何？", "agency", "zhf", COUNTY)
    b.refuse("avg(total) where department = '上海市教育委员会'", "agency", "en", ANALYST)
    b.refuse("浙江省同类项目的平均执行率是多少？", "region", "zhf", COUNTY)
    b.refuse("北京的政务云项目花了多少钱？", "region", "zhc", JOURNALIST)
    b.refuse("Next year the 数据运营 project will get how many score?", "forecast", "enn", LEARNER)
    b.refuse("明年管理工作经费会不会被砍？", "forecast", "zhc", JOURNALIST)
    b.refuse("predict 2022 execution_rate for 运维 using linear regression", "forecast", "en", ANALYST)
    b.refuse_or_clarify("基础设施-运维项目资金到位率是多少？", "unknown", "zhf", COUNTY)
    b.refuse_or_clarify("数据运营服务的钱最后给了哪家公司？", "unknown", "zhc", JOURNALIST)
    b.refuse_or_clarify("select contract_no from projects where name = '二期'", "unknown", "en", ANALYST)
    b.refuse_or_clarify("Who is the manager of 资源平台 project?", "unknown", "enn", LEARNER)
    b.refuse_or_clarify("各项目绩效评价第三方机构分别是哪家？", "unknown_all", "zhf", COUNTY)
    b.refuse_or_clarify("select name, start_date, end_date from projects", "unknown_all", "en", ANALYST)
    b.refuse_or_clarify("农村公路养护项目执行率是多少？", "missing", "zhf", COUNTY, missing="农村公路养护")
    b.refuse_or_clarify(
        "老旧小区改造那个项目评了几分？", "missing", "zhc", JOURNALIST, missing="老旧小区改造"
    )
    b.refuse_or_clarify(
        "What is the score of smart parking project?", "missing", "enn", LEARNER, missing="smart parking"
    )
    b.refuse_or_clarify("一网通办那个项目得了多少分？", "ambiguous", "zhc", JOURNALIST, fragment="一网通办")
    b.refuse_or_clarify("平台项目的预算执行率是多少？", "ambiguous", "zhf", COUNTY, fragment="平台")
    b.refuse_or_clarify(
        "How much money the 运营服务 project use?", "ambiguous", "enn", LEARNER, fragment="运营服务"
    )
    b.refuse_or_clarify("rate for 设施 project?", "ambiguous", "en", ANALYST, fragment="设施")
    b.refuse_or_clarify("这个项目到底怎么样啊？", "vague", "zhc", JOURNALIST)
    b.refuse_or_clarify("Is it good or not?", "vague", "enn", LEARNER)


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
    return written(Book2(Oracle(sample_records() if records is None else records), prefix="h"), SECTIONS)


def write_free3() -> dict[Path, int]:
    """Rewrite free3_sample.jsonl; return how many items it holds."""
    return write_items(FREE3_SAMPLE, build_book().items)

"""A fifth suite of questions written one by one, by hand, over the bundled sample corpus, by a
writer who had not seen the parser's words. Four people ask: a department head talking 口语 about
his own unit (咱们, 咱单位, 俺们, with fillers such as 那啥, 就是说, 你帮我瞅瞅, 整体上, and vague but
answerable phrasing), an intern who copies the form's exact labels (年初预算数, 全年执行数, 分值,
年度指标值, 偏差原因分析及改进措施, 二级指标, 自评等级 …) into long formal sentences, an
English-language journalist writing long American-English questions with subordinate clauses and
hedges, numbers as words and as digits with commas (95,000,000 yuan), and a statistics-minded
analyst asking comparisons and aggregates in both languages (median, range, the gap between two
projects, the share of projects that …, the sum of the bottom two); operations the forms cannot
support (top 30 % of seven projects, quarterly or year-on-year figures) must be asked back or
refused. About twelve items are follow-up conversations. Each question stands next to the oracle
call (eval/suites/free_book.py, Book2 of eval/suites/free2.py, Book4 of eval/suites/free4.py and
the four calls of Book5 below) that answers it; ``python -m eval.suites build-free5`` writes
``free5_sample.jsonl``.

It exists to find words and sentence shapes the parser does not read yet; once the parser is
tuned on it, it stops measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the sample's export records;
- a shortened Chinese project name singles out its project (tests/test_free5_suite.py checks it),
  and a fragment that fits several projects is asked only in an item where asking back is right.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.oracle import Oracle
from eval.suites import sample_records
from eval.suites.context import FIELDS
from eval.suites.free4 import Book4
from eval.suites.free_book import TESTS, Ref, write_items, written

FREE5_SAMPLE = Path(__file__).parent / "free5_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
SAT = "满意度指标"
SAT2 = "服务对象满意度指标"

# English renderings of the names, in American spelling (recorded apart: no substring test can
# check them)
E1 = "the One-Stop Service operations project"
E2 = "the One-Stop Service platform upgrade"
E3 = "the infrastructure O&M project"
E4 = "phase II of the big data resource platform"
E5 = "the prepaid government cloud fee"
E6 = "the center's administrative expenses line"
E7 = "the data operations project"

HEAD, INTERN, JOURNALIST, ANALYST = (
    "persona:head",
    "persona:intern",
    "persona:journalist",
    "persona:analyst",
)


class Book5(Book4):
    """Book4 with the analyst's measures: the range of a field, the gap between two projects, the
    share of projects passing a test and an aggregate over a ranked few."""

    def spread(self, q: str, f: str, lang: str, *more: str) -> None:
        """The range of a field over every project: its maximum minus its minimum."""
        names = self.o.names()
        value = self.o.aggregate(f, "max", names) - self.o.aggregate(f, "min", names)
        gold = {"value": round(value, 4), "unit": FIELDS[f].unit, "tolerance": FIELDS[f].tolerance}
        self._number("aggregate", "aggregate", [q], gold, self.rows(f, names), lang, ["range", *more])

    def gap(
        self,
        q: str,
        names: Sequence[str],
        f: str,
        lang: str,
        *more: str,
        a: Sequence[str | None] = (),
        en: bool = False,
    ) -> None:
        """How far apart two named projects are on a field (a magnitude)."""
        first, second = names
        col = self._column(f, names)
        if abs(col[first] - col[second]) < 1e-9:
            raise ValueError(f"{q}: equal values")
        refs = [Ref(w or n, n, en) for n, w in zip(names, list(a) or [None, None], strict=True)]
        gold = {
            "value": round(abs(col[first] - col[second]), 4),
            "unit": FIELDS[f].unit,
            "tolerance": FIELDS[f].tolerance,
            "projects": list(names),
        }
        self._number("compare", "compare", [q], gold, self.rows(f, names), lang, ["gap", *more], refs)

    def share(self, q: str, hit: list[str], rows: list[str], lang: str, *more: str) -> None:
        """The percentage of projects that pass a test (hit: those projects, from the oracle)."""
        names = self.o.names()
        if not hit or len(hit) == len(names):
            raise ValueError(f"{q}: a share of none or all")
        gold = {"value": round(len(hit) / len(names) * 100, 4), "unit": "%", "tolerance": 0.01}
        self._number("aggregate", "aggregate", [q], gold, rows, lang, ["share", *more])

    def share_cmp(self, q: str, f: str, op: str, value: float, lang: str, *more: str) -> None:
        """The percentage of projects whose field compares with a constant."""
        names = self.o.names()
        hit = [n for n, v in self._column(f, names).items() if TESTS[op](v, value)]
        self.share(q, hit, self.rows(f, names), lang, *more)

    def ranked_aggregate(self, q: str, f: str, how: str, k: int, high: bool, lang: str, *more: str) -> None:
        """sum/avg of a field over the first k places (ValueError when a tie widens them)."""
        names = self.o.names()
        few = self.o.top(f, k, high, names)
        if len(few) != k:
            raise ValueError(f"{q}: a tie at place {k}: {few}")
        gold = {
            "value": round(self.o.aggregate(f, how, few), 4),
            "unit": FIELDS[f].unit,
            "tolerance": FIELDS[f].tolerance,
            "projects": few,
        }
        self._number("aggregate", "aggregate", [q], gold, self.rows(f, names), lang, ["ranked", *more])


def lookups(b: Book5) -> None:
    """Stated fields of one project, and two departments."""
    b.lookup("那啥，咱单位政务云那个项目，全年到底执行了多少钱？", P5, "executed", "zhc", HEAD, a="政务云")
    b.lookup(
        "请问上海市大数据资源平台（二期）项目在2021年度的年初预算数具体为多少元？",
        P4,
        "initial",
        "zhf",
        INTERN,
    )
    b.lookup(
        f"I'm curious what budget execution rate {E6} ended up reporting for the year, if the form "
        "states one.",
        P6,
        "rate",
        "en",
        JOURNALIST,
        a=E6,
        en=True,
    )
    b.lookup("数据运营服务的全年预算折合多少万元？", P7, "budget", "zh", ANALYST)
    b.lookup("你帮我瞅瞅，咱们运维那块最后总分是多少", P3, "total", "zhc", HEAD, a="运维")
    b.lookup(
        f"Could you tell me how much money was actually spent on {E4}, in yuan, over the course of 2021?",
        P4,
        "executed",
        "en",
        JOURNALIST,
        a=E4,
        en=True,
    )
    b.lookup("What full-year budget did 平台升级 have, in 万元?", P2, "budget", "mix", ANALYST, a="平台升级")
    b.lookup("俺们那个数据运营，满意度那块拿了几分啊", P7, "satisfaction", "zhc", HEAD, a="数据运营")
    b.lookup(
        "请提供上海市政务云基础设施服务费（预付费）项目全年预算数的具体金额。", P5, "budget", "zhf", INTERN
    )
    b.lookup(
        f"What overall score, out of a possible one hundred, did {E1} end up with once everything "
        "was tallied?",
        P1,
        "total",
        "en",
        JOURNALIST,
        a=E1,
        en=True,
    )
    b.department(
        f"Which government body, if any, is listed as the supervising department for {E7}?",
        P7,
        "en",
        JOURNALIST,
        a=E7,
        en=True,
    )
    b.department("就是说，咱那个中心经费项目，主管部门填的是哪家", P6, "zhc", HEAD, a="中心经费")


def derived(b: Book5) -> None:
    """Derived fields of one project: budget change, unspent, points lost, grade, level-1
    subtotals and score rates, and the unspent share."""
    b.derived(
        "请问大数据中心管理工作经费项目全年预算数与年初预算数相比相差多少元？", P6, "change", "zhf", INTERN
    )
    b.derived("咱单位通办运营那个项目，钱还剩下多少没花出去", P1, "unspent", "zhc", HEAD, a="通办运营")
    b.derived(
        f"How many points, in total, did {E4} lose against the full one hundred?",
        P4,
        "lost",
        "en",
        JOURNALIST,
        a=E4,
        en=True,
    )
    b.level1("基础设施运维项目满意度指标的得分率是多少？", P3, SAT, "rate", "zh", ANALYST, a="基础设施运维")
    b.derived(
        "请问上海市“一网通办”平台信息系统（2021升级改造）项目的自评等级是什么？", P2, "grade", "zhf", INTERN
    )
    b.derived("整体上，咱那个管理经费最后评了个啥等级", P6, "grade", "zhc", HEAD, a="管理经费")
    b.unspent_share(
        f"I'd like to know what share of its full-year budget {E3} left unspent, expressed as a percentage.",
        P3,
        "en",
        JOURNALIST,
        a=E3,
        en=True,
    )
    b.level1(
        f"What score rate did {E5} achieve on its output indicators?",
        P5,
        "产出指标",
        "rate",
        "en",
        ANALYST,
        a=E5,
        en=True,
    )
    b.level1(
        "请问数据运营服务项目一级指标中效益指标的得分合计是多少分？", P7, "效益指标", "score", "zhf", INTERN
    )
    b.unspent_share("平台升级项目的结余率是多少？", P2, "zh", ANALYST, a="平台升级")
    b.derived(
        f"Was there any mid-year adjustment to the budget of {E7}, and if so, by how much?",
        P7,
        "change",
        "en",
        JOURNALIST,
        a=E7,
        en=True,
    )


def indicators(b: Book5) -> None:
    """One level-2 kind of one project: score, points lost, weight, target or actual."""
    b.indicator("请问数据运营服务项目质量指标的实际完成值是多少？", P7, "质量指标", "actual", "zhf", INTERN)
    b.indicator("你帮我瞅瞅，咱们政务云的数量指标扣了几分", P5, "数量指标", "lost", "zhc", HEAD, a="政务云")
    b.indicator(
        f"What weight, in points, was assigned to the timeliness indicator of {E3}?",
        P3,
        "时效指标",
        "weight",
        "en",
        JOURNALIST,
        a=E3,
        en=True,
    )
    b.indicator(
        "一网通办运营的社会效益指标得了多少分？", P1, "社会效益指标", "score", "zh", ANALYST, a="一网通办运营"
    )
    b.indicator(
        "请问上海市大数据资源平台（二期）项目二级指标中时效指标的年度指标值是什么？",
        P4,
        "时效指标",
        "target",
        "zhf",
        INTERN,
    )
    b.indicator(
        "就是说，咱那个数据运营的成本指标，实际干到多少了",
        P7,
        "成本指标",
        "actual",
        "zhc",
        HEAD,
        a="数据运营",
    )
    b.indicator(
        f"For {E1}, what target had been set for the economic benefit indicator?",
        P1,
        "经济效益指标",
        "target",
        "en",
        JOURNALIST,
        a=E1,
        en=True,
    )
    b.indicator(
        "How many points did 数据运营 drop on its quality indicator?",
        P7,
        "质量指标",
        "lost",
        "mix",
        ANALYST,
        a="数据运营",
    )
    b.indicator(
        "请问“一网通办”运营服务项目服务对象满意度指标的分值是多少？", P1, SAT2, "weight", "zhf", INTERN
    )
    b.indicator("俺们运维那个经济效益指标得了多少分", P3, "经济效益指标", "score", "zhc", HEAD, a="运维")
    b.indicator(
        f"What did {E5} actually report achieving on its satisfaction indicator, according to the form?",
        P5,
        SAT2,
        "actual",
        "en",
        JOURNALIST,
        a=E5,
        en=True,
    )
    b.indicator(
        "平台升级项目可持续影响指标的实际完成值是什么？",
        P2,
        "可持续影响指标",
        "actual",
        "zh",
        ANALYST,
        a="平台升级",
    )
    b.indicator(
        f"How many points did the ecological benefit indicator carry for {E2}?",
        P2,
        "生态效益指标",
        "weight",
        "en",
        JOURNALIST,
        a=E2,
        en=True,
    )


def listings(b: Book5) -> None:
    """A field (or the grade) for every project."""
    b.listing("咱单位每个项目的执行率，你给我挨个列一下", "rate", "zhc", HEAD)
    b.listing("请分别列出各项目的年初预算数。", "initial", "zhf", INTERN)
    b.listing(
        "Could you list, project by project, how much each one actually spent during the year?",
        "executed",
        "en",
        JOURNALIST,
    )
    b.listing("各项目分别扣了多少分？", "lost", "zh", ANALYST)
    b.listing("请分别列示每个项目的自评等级。", "grade", "zhf", INTERN)
    b.listing("就是说，各个项目总分都是多少，给我过一遍", "total", "zhc", HEAD)
    b.listing("Give me the satisfaction score of every project.", "satisfaction", "en", ANALYST)


def filters(b: Book5) -> None:
    """Projects whose field compares with a constant or lies between two bounds."""
    b.filter("咱们哪些项目全年预算超过五千万的", "budget", "gt", 5e7, "zhc", HEAD)
    b.filter("请问全年执行数低于2000万元的项目有哪些？", "executed", "lt", 2e7, "zhf", INTERN)
    b.filter(
        "Which projects, if any, had a full-year budget of at least 95,000,000 yuan?",
        "budget",
        "ge",
        9.5e7,
        "en",
        JOURNALIST,
    )
    b.filter("执行率不高于99.7%的项目有哪些", "rate", "le", 99.7, "zh", ANALYST)
    b.filter("请问年初预算数不少于0.5亿元的项目有哪些？", "initial", "ge", 5e7, "zhf", INTERN)
    b.filter(
        "I'm curious which projects lost no more than five points overall.", "lost", "le", 5, "en", JOURNALIST
    )
    b.filter("Projects with unspent funds above 100,000 yuan?", "unspent", "gt", 1e5, "en", ANALYST)
    b.filter("咱单位哪个项目年中预算被砍了一刀", "change", "lt", 0, "zhc", HEAD)
    b.between("请问全年预算数在2000万元至1亿元之间的项目有哪些？", "budget", 2e7, 1e8, "zhf", INTERN)
    b.between(
        "Which projects scored somewhere between 90 and 95 points, both ends included?",
        "total",
        90,
        95,
        "en",
        JOURNALIST,
    )
    b.between("执行数介于1亿和2亿元之间的项目", "executed", 1e8, 2e8, "zh", ANALYST)
    b.between("咱们总分在92到97分之间的都有哪些", "total", 92, 97, "zhc", HEAD)


def aggregate_filters(b: Book5) -> None:
    """Projects above or below the average or the median of a field."""
    b.filter_aggregate("总分比7个项目均值高的有哪几个？", "total", "above_avg", "zh", ANALYST)
    b.filter_aggregate(
        "Which projects have an execution rate below the median?", "rate", "below_median", "en", ANALYST
    )
    b.filter_aggregate(
        "Could you tell me which projects, if any, spent more than the average project did?",
        "executed",
        "above_avg",
        "en",
        JOURNALIST,
    )
    b.filter_aggregate("就是说，满意度比平均水平低的都有谁", "satisfaction", "below_avg", "zhc", HEAD)
    b.filter_aggregate(
        "请问全年预算数高于各项目全年预算数中位数的项目有哪些？", "budget", "above_median", "zhf", INTERN
    )
    b.filter_aggregate("扣分高于中位数的项目", "lost", "above_median", "zh", ANALYST)


def indicator_filters(b: Book5) -> None:
    """Projects with, deducted on or full on an indicator kind; one project's missed targets."""
    b.filter_kind("请问二级指标中设置了成本指标的项目有哪些？", "成本指标", "has", "zhf", INTERN)
    b.filter_kind("咱们哪些项目时效指标被扣了分", "时效指标", "deducted", "zhc", HEAD)
    b.filter_kind(
        "Which projects, if any, lost points on their social benefit indicators?",
        "社会效益指标",
        "deducted",
        "en",
        JOURNALIST,
    )
    b.filter_kind("Which projects kept full marks on output indicators?", "产出指标", "full", "en", ANALYST)
    b.filter_kind("生态效益指标这一类，哪些项目设了", "生态效益指标", "has", "zh", ANALYST)
    b.filter_kind("请问满意度指标得分等于分值的项目有哪些？", SAT, "full", "zhf", INTERN)
    b.unmet(
        f"Which of the indicators of {E1} fell short of their targets, if any did?",
        P1,
        "en",
        JOURNALIST,
        a=E1,
        en=True,
    )
    b.unmet("你帮我瞅瞅，咱数据运营哪些指标没完成目标", P7, "zhc", HEAD, a="数据运营")


def ranks(b: Book5) -> None:
    """Top, bottom, nth, top-k and ties."""
    b.rank("咱单位哪个项目总分最高啊", "total", True, "zhc", HEAD)
    b.rank("请问执行率最低的项目是哪一个？", "rate", False, "zhf", INTERN)
    b.rank("Which project ranked second by full-year budget?", "budget", True, "en", JOURNALIST, n=2)
    b.rank("全年预算前三名是哪几个", "budget", True, "zh", ANALYST, n=3, top=True)
    b.rank("Bottom two projects by total score?", "total", False, "en", ANALYST, n=2, top=True)
    b.rank(
        "Which projects, if there were several, shared the highest execution rate?",
        "rate",
        True,
        "en",
        JOURNALIST,
    )
    b.rank("那啥，满意度倒数第二的是哪几个", "satisfaction", False, "zhc", HEAD, n=2)
    b.rank("请问全年执行数排名第三的项目是哪个？", "executed", True, "zhf", INTERN, n=3)
    b.rank("Which project lost the fewest points of all?", "lost", False, "en", JOURNALIST)
    b.rank("咱们扣分最多的前两个是哪俩", "lost", True, "zhc", HEAD, n=2, top=True)


def aggregates(b: Book5) -> None:
    """Counts, sums, averages, medians, minima and maxima, ranges, shares and ranked sums."""
    o = b.o
    b.aggregate("所有项目全年预算数加起来是多少？", "budget", "sum", "zh", ANALYST)
    b.aggregate("What's the median total score across the projects?", "total", "median", "en", ANALYST)
    b.spread("What is the range of execution rates, max minus min?", "rate", "en", ANALYST)
    b.spread("总分的极差是多少分？", "total", "zh", ANALYST)
    b.share_cmp("执行率在99%以上的项目占比多少？", "rate", "gt", 99, "zh", ANALYST)
    late = list(o.subtotals("level2", "时效指标").query("deduction > 0").index)
    b.share(
        "What share of the projects lost points on timeliness?",
        late,
        o.ids(o.indicator_rows(None, level2="时效指标")),
        "en",
        ANALYST,
    )
    b.ranked_aggregate("Sum of the bottom two full-year budgets?", "budget", "sum", 2, False, "en", ANALYST)
    b.ranked_aggregate("扣分最多的三个项目平均扣了几分？", "lost", "avg", 3, True, "zh", ANALYST)
    b.count_all("咱单位统共有几个项目啊", "zhc", HEAD)
    b.aggregate("请问各项目总分的平均值是多少分？", "total", "avg", "zhf", INTERN)
    b.count_cmp(
        "How many projects, out of all of them, spent more than 50 million yuan?",
        "executed",
        "gt",
        5e7,
        "en",
        JOURNALIST,
    )
    b.aggregate("俺们满意度最低的那个拿了几分", "satisfaction", "min", "zhc", HEAD)
    b.count_kind("请问二级指标中含生态效益指标的项目共有几个？", "生态效益指标", "has", "zhf", INTERN)
    b.count_kind("满意度扣了分的项目有几个", SAT, "deducted", "zh", ANALYST)


def groups(b: Book5) -> None:
    """Per level-1 or level-2 kind: points lost, score or score rate."""
    b.group("扣分按一级指标分组求和，分别是多少？", "level1", "deduction", "zh", ANALYST)
    b.group(
        "Break down the points lost by level-2 indicator type across all projects.",
        "level2",
        "deduction",
        "en",
        ANALYST,
    )
    b.group("请按一级指标分别列示全部项目的得分率。", "level1", "rate", "zhf", INTERN)
    b.group(
        "Could you break down, by top-level indicator category, how many points the projects scored "
        "in total?",
        "level1",
        "score",
        "en",
        JOURNALIST,
    )
    b.group(
        "咱那个数据运营，按二级指标看每类各得了多少分", "level2", "score", "zhc", HEAD, name=P7, a="数据运营"
    )
    b.group(
        "请按二级指标列示上海市政务云基础设施服务费（预付费）项目各类指标的扣分情况。",
        "level2",
        "deduction",
        "zhf",
        INTERN,
        name=P5,
    )


def compares(b: Book5) -> None:
    """Named projects compared on a field, and the gap between two."""
    b.compare(
        "咱们通办运营和数据运营，哪个预算多些",
        [P1, P7],
        "budget",
        True,
        "zhc",
        HEAD,
        a=["通办运营", "数据运营"],
    )
    b.compare(
        "请问上海市“一网通办”平台信息系统（2021升级改造）与上海市大数据资源平台（二期）相比，哪个项目总分更高？",
        [P2, P4],
        "total",
        True,
        "zhf",
        INTERN,
    )
    b.compare(
        f"Between {E3} and {E5}, which one had the higher execution rate?",
        [P3, P5],
        "rate",
        True,
        "en",
        JOURNALIST,
        a=[E3, E5],
        en=True,
    )
    b.compare(
        "运维、政务云、管理经费三个项目谁扣分最少？",
        [P3, P5, P6],
        "lost",
        False,
        "zh",
        ANALYST,
        a=["运维", "政务云", "管理经费"],
    )
    b.gap(
        "How many points separate the total scores of 平台升级 and 资源平台?",
        [P2, P4],
        "total",
        "mix",
        ANALYST,
        a=["平台升级", "资源平台"],
    )
    b.gap(
        "通办运营和管理经费的执行率相差几个百分点？",
        [P1, P6],
        "rate",
        "zh",
        ANALYST,
        a=["通办运营", "管理经费"],
    )
    b.compare(
        f"Which spent less money in the end, {E4} or {E2}?",
        [P4, P2],
        "executed",
        False,
        "en",
        JOURNALIST,
        a=[E4, E2],
        en=True,
    )
    b.compare(
        "就是说，咱政务云跟运维比，满意度谁更低一点",
        [P5, P3],
        "satisfaction",
        False,
        "zhc",
        HEAD,
        a=["政务云", "运维"],
    )
    b.gap(
        f"What is the difference, in yuan, between the full-year budgets of {E1} and {E7}?",
        [P1, P7],
        "budget",
        "en",
        JOURNALIST,
        a=[E1, E7],
        en=True,
    )


def nesteds(b: Book5) -> None:
    """The project found by one query feeds the next."""
    b.nested("咱们总分垫底的那个项目，执行率是多少", "total", False, "rate", "zhc", HEAD)
    b.nested("请问全年预算数最高的项目的自评等级是什么？", "budget", True, "grade", "zhf", INTERN)
    b.nested(
        "The project with the lowest satisfaction score: why did it lose points there?",
        "satisfaction",
        False,
        "why",
        "en",
        JOURNALIST,
    )
    b.nested("结余资金最多的那个项目扣了多少分", "unspent", True, "lost", "zh", ANALYST)
    b.nested(
        "What was the full-year budget of whichever project earned the top total score?",
        "total",
        True,
        "budget",
        "en",
        JOURNALIST,
    )
    b.nested("请问执行率最低的项目的偏差原因分析及改进措施是什么？", "rate", False, "why", "zhf", INTERN)


def follow_ups(b: Book5) -> None:
    """Conversations of two or three turns; gold answers the last."""
    o, every = b.o, b.o.names()
    b.follow_value(["咱运维那个项目总分多少", "那执行率呢"], P3, "rate", "zhc", HEAD, refs=[Ref("运维", P3)])
    late = list(o.subtotals("level2", "时效指标").query("deduction > 0").index)
    b.follow_list(
        ["请问二级指标中时效指标有扣分的项目有哪些？", "其中全年预算数最高的是哪个项目？"],
        [b.winner("budget", True, late)],
        "budget",
        late,
        "zhf",
        INTERN,
    )
    top3 = o.top("total", 3, True, every)
    b.follow_list(
        [
            "Which three projects had the highest total scores?",
            "Of those, which one had the smallest budget?",
        ],
        [b.winner("budget", False, top3)],
        "budget",
        top3,
        "en",
        JOURNALIST,
    )
    b.follow_list(
        ["全年预算第二高的是哪个", "下一名呢"],
        o.nth("budget", 3, True, every),
        "budget",
        every,
        "zh",
        ANALYST,
    )
    b.follow_list(
        ["Which project ranks third by total score?", "And the one just above it?"],
        o.nth("total", 2, True, every),
        "total",
        every,
        "en",
        ANALYST,
    )
    benefit = list(o.subtotals("level1", "效益指标").query("deduction > 0").index)
    economic = o.subtotals("level2", "经济效益指标").reindex(benefit).dropna().query("deduction > 0")
    b.follow_number(
        ["咱们哪些项目效益指标扣了分", "就是说，其中经济效益扣分的有几个"],
        {"value": float(len(economic)), "tolerance": 0.0, "projects": list(economic.index)},
        o.ids(o.indicator_rows(None, level2="经济效益指标")),
        "zhc",
        HEAD,
    )
    b.follow_value(
        [
            f"What was the full-year budget of {E6}?",
            "And how much of it was actually spent?",
            "So how much was left over at year's end?",
        ],
        P6,
        "unspent",
        "en",
        JOURNALIST,
        refs=[Ref(E6, P6, True)],
    )
    b.follow_why(
        ["请问全年执行数最少的项目是哪个？", "该项目的偏差原因分析及改进措施是什么？"],
        b.winner("executed", False),
        "zhf",
        INTERN,
    )
    full = [n for n in every if o.value(n, "rate") >= 100]
    b.follow_number(
        ["执行率100%的项目有哪些", "这些项目的总分平均是多少"],
        {
            "value": round(float(o.aggregate("total", "avg", full)), 4),
            "unit": "分",
            "tolerance": 0.01,
            "projects": full,
        },
        b.rows("total", full),
        "zh",
        ANALYST,
    )
    b.follow_value(
        ["你帮我瞅瞅政务云扣了多少分", "资源平台呢"],
        P4,
        "lost",
        "zhc",
        HEAD,
        refs=[Ref("政务云", P5), Ref("资源平台", P4)],
    )
    high = [n for n in every if o.value(n, "total") > 95]
    b.follow_number(
        ["Which projects scored above 95?", "What's the median execution rate among them?"],
        {
            "value": round(float(o.aggregate("rate", "median", high)), 4),
            "unit": "%",
            "tolerance": 0.01,
            "projects": high,
        },
        b.rows("rate", high),
        "en",
        ANALYST,
    )
    b.follow_list(
        ["Which project had the second-lowest execution rate?", "And the next one up from there?"],
        o.nth("rate", 3, False, every),
        "rate",
        every,
        "en",
        JOURNALIST,
    )
    b.follow_value(
        ["请问满意度指标得分最低的项目是哪个？", "该项目的全年预算数是多少？", "其执行率是多少？"],
        b.winner("satisfaction", False),
        "rate",
        "zhf",
        INTERN,
    )


def reasons(b: Book5) -> None:
    """Why a project, or one kind or level of its indicators, lost points."""
    b.reason("请问上海市大数据资源平台（二期）项目的偏差原因分析及改进措施是什么？", P4, "zhf", INTERN)
    b.reason("那啥，咱运维时效那块为啥扣分", P3, "zhc", HEAD, a="运维", level2="时效指标")
    b.reason(
        f"Could you explain why {E5} lost points on its quantity indicator?",
        P5,
        "en",
        JOURNALIST,
        a=E5,
        en=True,
        level2="数量指标",
    )
    b.reason(
        "Why did 数据运营 lose points on social benefits?",
        P7,
        "mix",
        ANALYST,
        a="数据运营",
        level2="社会效益指标",
    )
    b.reason(
        "请问“一网通办”运营服务项目质量指标扣分的偏差原因分析及改进措施是什么？",
        P1,
        "zhf",
        INTERN,
        level2="质量指标",
    )
    b.reason("就是说，平台升级那个满意度为啥没拿满分", P2, "zhc", HEAD, a="平台升级", level1=SAT)
    b.reason(
        f"What reasons, if any, did {E6} give for the points it lost?", P6, "en", JOURNALIST, a=E6, en=True
    )
    b.reason("政务云效益指标扣分的原因", P5, "zh", ANALYST, a="政务云", level1="效益指标")


def proses(b: Book5) -> None:
    """Counts stated only in the goals prose (no percentage: the prose gold carries no unit)."""
    b.prose("请问基础设施-运维项目实际完成情况中网络新建了多少个？", P3, r"网络新建(\d+)个", "zhf", INTERN)
    b.prose("咱运维那边网络报修一共处理了多少个", P3, r"处理网络报修总计(\d+)个", "zhc", HEAD, a="运维")
    b.prose(
        f"According to the form, how many municipal departments did {E7} connect to the platform?",
        P7,
        r"个区、(\d+)个部门",
        "en",
        JOURNALIST,
        a=E7,
        en=True,
    )
    b.prose(
        "数据运营服务共发布地方标准化指导性技术文件几项？",
        P7,
        r"(\d+)项地方标准化指导性技术文件",
        "zh",
        ANALYST,
    )
    b.prose(
        f"How many network nodes were relocated under {E3} during the year?",
        P3,
        r"节点搬迁(\d+)个",
        "en",
        JOURNALIST,
        a=E3,
        en=True,
    )
    b.prose(
        "How many major network support operations did 运维 handle?",
        P3,
        r"重大网络保障工作(\d+)余次",
        "mix",
        ANALYST,
        a="运维",
    )


def refusals(b: Book5) -> None:
    """Off-topic, other years, agencies and regions, forecasts (refuse); fields the forms lack,
    projects the corpus lacks, fragments that fit several projects, vague questions and
    operations the forms cannot support (refuse or ask back)."""
    b.refuse("那啥，明天开会穿正装还是便装好", "offtopic", "zhc", HEAD)
    b.refuse(
        "Could you recommend a good dumpling place near People's Square, if you know one?",
        "offtopic",
        "en",
        JOURNALIST,
    )
    b.refuse("请问2019年度数据运营服务项目的自评等级是什么？", "year", "zhf", INTERN)
    b.refuse("整体上，咱单位2022年的执行率咋样", "year", "zhc", HEAD)
    b.refuse(
        "How did the projects' total scores change between 2020 and 2021, on average?",
        "year",
        "en",
        JOURNALIST,
    )
    b.refuse("请问上海市财政局各项目的全年预算数分别是多少？", "agency", "zhf", INTERN)
    b.refuse(
        "How did the Shanghai Municipal Transportation Commission's projects do on satisfaction?",
        "agency",
        "en",
        JOURNALIST,
    )
    b.refuse("你帮我瞅瞅市卫健委那几个项目得分咋样", "agency", "zhc", HEAD)
    b.refuse("北京市大数据中心项目的平均执行率是多少？", "region", "zh", ANALYST)
    b.refuse(
        "Did Zhejiang's data bureau spend more on cloud services in 2021 than this center did?",
        "region",
        "en",
        JOURNALIST,
    )
    b.refuse("就是说，明年咱政务云预算能批下来多少", "forecast", "zhc", HEAD)
    b.refuse("请预测数据运营服务项目下一年度的总分与自评等级。", "forecast", "zhf", INTERN)
    b.refuse(
        "Do you expect the center's administrative spending to rise next year, and by how much?",
        "forecast",
        "en",
        JOURNALIST,
    )
    b.refuse("Forecast next year's median execution rate.", "forecast", "en", ANALYST)
    b.refuse_or_clarify(
        "请问上海市大数据资源平台（二期）项目的全年执行数支付给了哪家供应商？", "unknown", "zhf", INTERN
    )
    b.refuse_or_clarify(
        f"Who was the vendor that ran {E1}, and how many staff did it assign?", "unknown", "en", JOURNALIST
    )
    b.refuse_or_clarify("咱运维那个项目的项目经理叫啥来着", "unknown", "zhc", HEAD)
    b.refuse_or_clarify("各项目的人均经费是多少", "unknown_all", "zh", ANALYST)
    b.refuse_or_clarify(
        "请分别列示各项目的招标采购方式及合同金额，并附全年执行数。", "unknown_all", "zhf", INTERN
    )
    b.refuse_or_clarify(
        "Could you list the number of employees working on each project?", "unknown_all", "en", JOURNALIST
    )
    b.refuse_or_clarify("咱那个城市大脑项目得了多少分", "missing", "zhc", HEAD, missing="城市大脑")
    b.refuse_or_clarify("请问健康云项目的年初预算数是多少？", "missing", "zhf", INTERN, missing="健康云")
    b.refuse_or_clarify(
        "What execution rate did the smart parking pilot report?",
        "missing",
        "en",
        JOURNALIST,
        missing="smart parking",
    )
    b.refuse_or_clarify("那啥，咱那个大数据项目执行率多少", "ambiguous", "zhc", HEAD, fragment="大数据")
    b.refuse_or_clarify("请问上海市项目的全年预算数是多少？", "ambiguous", "zhf", INTERN, fragment="上海市")
    b.refuse_or_clarify("运营服务项目的满意度得分是多少", "ambiguous", "zh", ANALYST, fragment="运营服务")
    b.refuse_or_clarify("What is the execution rate of 平台?", "ambiguous", "mix", ANALYST, fragment="平台")
    b.refuse_or_clarify("整体上咱们干得咋样", "vague", "zhc", HEAD)
    b.refuse_or_clarify("How are things going over there, generally speaking?", "vague", "en", JOURNALIST)
    b.refuse_or_clarify("Is that above or below?", "vague", "en", ANALYST)
    b.refuse_or_clarify("Which projects are in the top 30% by total score?", "operation", "en", ANALYST)
    b.refuse_or_clarify("各项目分季度的执行进度是多少", "operation", "zh", ANALYST)
    b.refuse_or_clarify("执行率同比增长的中位数是多少", "operation", "zh", ANALYST)


SECTIONS = (
    lookups,
    derived,
    indicators,
    listings,
    filters,
    aggregate_filters,
    indicator_filters,
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


def build_book(records: list[dict[str, Any]] | None = None) -> Book5:
    """Every hand-written question with its oracle gold (over the sample unless records given)."""
    return written(Book5(Oracle(sample_records() if records is None else records), prefix="m"), SECTIONS)


def write_free5() -> dict[Path, int]:
    """Rewrite free5_sample.jsonl; return how many items it holds."""
    return write_items(FREE5_SAMPLE, build_book().items)

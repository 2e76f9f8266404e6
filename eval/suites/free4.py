"""A fourth suite of questions written one by one, by hand, over the bundled sample corpus, by a
writer who had not seen the parser's words. Four people ask: a provincial audit inspector (审计厅)
in terse formal 公文 Chinese (经核查, 请列明, 分别列示, 予以说明, 孰高), the department's own finance
secretary who scopes every question by the agency and the year (本中心, 我单位, 大数据中心, SBDC,
2021年度), a board member of an international organisation asking in British English with the
project names rendered in English (the government cloud service fee project, the One Netcom
operations project) and numbers spelled out (ninety-three, forty million yuan), and a phone user
typing short colloquial Chinese without punctuation (执行, 满意, 一网), sometimes mixed with English
words. About twelve items are follow-up conversations. Each question stands next to the oracle
call (eval/suites/free_book.py, the unspent share of eval/suites/free2.py's Book2, and the two
calls of Book4 below) that answers it; ``python -m eval.suites build-free4`` writes
``free4_sample.jsonl``.

It exists to find words and sentence shapes the parser does not read yet; once the parser is
tuned on it, it stops measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the sample's export records;
- a shortened Chinese project name singles out its project (tests/test_free4_suite.py checks it),
  and a fragment that fits several projects is asked only in an item where asking back is right.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eval.oracle import Oracle
from eval.suites import sample_records
from eval.suites.context import FIELDS, item
from eval.suites.free2 import Book2
from eval.suites.free_book import Ref, write_items, written

FREE4_SAMPLE = Path(__file__).parent / "free4_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
SAT = "满意度指标"
SAT2 = "服务对象满意度指标"

# English renderings of the names (recorded apart: no substring test can check them)
E1 = "the One Netcom operations project"
E2 = "the One Netcom platform upgrade project"
E3 = "the infrastructure operations and maintenance project"
E4 = "the big data resource platform phase two"
E5 = "the government cloud service fee project"
E6 = "the centre's management funding project"
E7 = "the data operations service project"

INSPECTOR, SECRETARY, BOARD, MOBILE = (
    "persona:inspector",
    "persona:secretary",
    "persona:board",
    "persona:mobile",
)


class Book4(Book2):
    """Book2 with a project's department and a filter between two bounds."""

    def department(
        self, q: str, name: str, lang: str, *more: str, a: str | None = None, en: bool = False
    ) -> None:
        """The department (主管部门) a project's form states."""
        refs = self._refs(name, a, en)
        gold = {"answer": str(self.o.value(name, "department")), "projects": [name]}
        rows = [self.o.row(name, "project")]
        t = self._tags(lang, refs, more)
        self._add(item("lookup_field", "lookup", "text", [q], gold, rows, t), refs)

    def between(self, q: str, f: str, low: float, high: float, lang: str, *more: str) -> None:
        """Projects whose field lies between two bounds, both included."""
        names = self.o.names()
        hit = [n for n, v in self._column(f, names).items() if low <= v <= high]
        unit = "unit:" + ("money" if FIELDS[f].unit == "元" else str(FIELDS[f].unit))
        self._project_list("filter_value", q, hit, self.rows(f, names), lang, [unit, "between", *more])


def lookups(b: Book4) -> None:
    """Stated fields of one project."""
    b.lookup(
        "经核查，请列明上海市大数据资源平台（二期）2021年度年初预算数。", P4, "initial", "zhf", INSPECTOR
    )
    b.lookup("我中心“一网通办”运营服务项目2021年度全年预算是多少？", P1, "budget", "zh", SECRETARY)
    b.lookup(f"What was the full-year execution rate of {E5}?", P5, "rate", "en", BOARD, a=E5, en=True)
    b.lookup("运维花了多少", P3, "executed", "zhc", MOBILE, a="运维")
    b.lookup("本中心管理工作经费2021年度预算执行率是多少", P6, "rate", "zh", SECRETARY, a="管理工作经费")
    b.lookup(f"How many points did {E7} score overall?", P7, "total", "en", BOARD, a=E7, en=True)
    b.lookup("政务云满意几分", P5, "satisfaction", "zhc", MOBILE, a="政务云")
    b.lookup("经核查，基础设施-运维项目预算执行指标得分为多少？", P3, "funds_score", "zhf", INSPECTOR)
    b.lookup(
        "How much did SBDC actually spend on the 资源平台二期 project in 2021?",
        P4,
        "executed",
        "en",
        SECRETARY,
        a="资源平台二期",
    )
    b.lookup("一网升级 年初预算", P2, "initial", "zhc", MOBILE, a="一网升级")
    b.lookup("我单位数据运营服务2021年度的满意度得分是多少？", P7, "satisfaction", "zh", SECRETARY)
    b.lookup("二期 execution rate多少", P4, "rate", "mix", MOBILE, a="二期")
    b.department(f"Which department is responsible for {E3}?", P3, "en", BOARD, a=E3, en=True)


def derived(b: Book4) -> None:
    """Derived fields of one project: budget change, unspent, points lost, grade, level-1
    subtotals and score rates, and the unspent share."""
    b.derived("经核查，大数据中心管理工作经费全年预算数较年初调减多少元？", P6, "change", "zhf", INSPECTOR)
    b.derived(
        "我中心2021年度政务云服务费项目结余资金多少？", P5, "unspent", "zh", SECRETARY, a="政务云服务费"
    )
    b.derived("管理经费剩多少钱", P6, "unspent", "zhc", MOBILE, a="管理经费")
    b.derived("请列明上海市大数据资源平台（二期）自评总扣分。", P4, "lost", "zhf", INSPECTOR)
    b.derived("本中心数据运营服务项目2021年度评价等级是什么？", P7, "grade", "zh", SECRETARY)
    b.derived(f"What grade did {E6} receive?", P6, "grade", "en", BOARD, a=E6, en=True)
    b.level1("经核查，基础设施-运维项目效益指标得分为多少？", P3, "效益指标", "score", "zhf", INSPECTOR)
    b.level1(
        f"What proportion of the available satisfaction points did {E2} obtain?",
        P2,
        SAT,
        "rate",
        "en",
        BOARD,
        a=E2,
        en=True,
    )
    b.unspent_share("我单位资源平台二期项目2021年度结余率是多少？", P4, "zh", SECRETARY, a="资源平台二期")
    b.unspent_share("管理费没花掉的占比", P6, "zhc", MOBILE, a="管理费")
    b.derived(
        f"Was the budget of {E1} revised during the year, and if so by how much?",
        P1,
        "change",
        "en",
        BOARD,
        a=E1,
        en=True,
    )
    b.level1("运维 产出 得分率", P3, "产出指标", "rate", "zhc", MOBILE, a="运维")
    b.derived("我中心2021年度一网通办运营项目总共扣了多少分", P1, "lost", "zh", SECRETARY, a="一网通办运营")


def indicators(b: Book4) -> None:
    """One level-2 kind of one project: score, points lost, weight, target or actual."""
    b.indicator("请列明数据运营服务项目成本指标的年度指标值。", P7, "成本指标", "target", "zhf", INSPECTOR)
    b.indicator("本中心2021年度基础设施-运维项目时效指标扣了几分？", P3, "时效指标", "lost", "zh", SECRETARY)
    b.indicator(
        f"What weight did the social benefit indicators carry for {E4}?",
        P4,
        "社会效益指标",
        "weight",
        "en",
        BOARD,
        a=E4,
        en=True,
    )
    b.indicator("一网运营 满意 实际多少", P1, SAT2, "actual", "zhc", MOBILE, a="一网运营")
    b.indicator(
        "经核查，上海市政务云基础设施服务费（预付费）数量指标得分为多少？",
        P5,
        "数量指标",
        "score",
        "zhf",
        INSPECTOR,
    )
    b.indicator(
        f"What was the target for the quality indicator of {E7}?",
        P7,
        "质量指标",
        "target",
        "en",
        BOARD,
        a=E7,
        en=True,
    )
    b.indicator(
        "我单位2021年度数据运营服务的可持续影响指标实际完成值是多少",
        P7,
        "可持续影响指标",
        "actual",
        "zh",
        SECRETARY,
    )
    b.indicator(
        "请列明“一网通办”运营服务经济效益指标实际完成值。", P1, "经济效益指标", "actual", "zhf", INSPECTOR
    )
    b.indicator("二期社会效益扣分", P4, "社会效益指标", "lost", "zhc", MOBILE, a="二期")
    b.indicator(
        "经核查，上海市大数据资源平台（二期）时效指标分值为多少？", P4, "时效指标", "weight", "zhf", INSPECTOR
    )
    b.indicator(
        "我中心政务云服务费项目满意度指标2021年度目标值是多少？",
        P5,
        SAT2,
        "target",
        "zh",
        SECRETARY,
        a="政务云服务费",
    )
    b.indicator(
        f"What actual figure was recorded for timeliness on {E7}?",
        P7,
        "时效指标",
        "actual",
        "en",
        BOARD,
        a=E7,
        en=True,
    )
    b.indicator("管理经费经济效益目标是啥", P6, "经济效益指标", "target", "zhc", MOBILE, a="管理经费")


def listings(b: Book4) -> None:
    """A field for every project."""
    b.listing("请分别列示各项目2021年度全年预算数。", "budget", "zhf", INSPECTOR)
    b.listing("本中心各项目2021年度执行率分别是多少？", "rate", "zh", SECRETARY)
    b.listing("List each project's overall score.", "total", "en", BOARD)
    b.listing("每个项目 grade", "grade", "mix", MOBILE)
    b.listing("For every project, how much was actually spent?", "executed", "en", BOARD)
    b.listing("各项目满意得分", "satisfaction", "zhc", MOBILE)
    b.listing("我单位每个项目2021年度各扣了多少分？", "lost", "zh", SECRETARY)
    b.listing("Could you set out the unspent balance of each project?", "unspent", "en", BOARD)


def filters(b: Book4) -> None:
    """Projects by a value (one bound, two bounds, an average or a median), by an indicator
    kind they have, lost points on or kept in full, and indicators that missed their target."""
    b.filter("经核查，预算执行率低于99.7%的项目有哪些？请列明。", "rate", "lt", 99.7, "zhf", INSPECTOR)
    b.filter("本中心2021年度全年预算在5000万元以上的项目有哪些？", "budget", "gt", 5e7, "zh", SECRETARY)
    b.filter(
        "Which projects had execution rates under ninety-nine and a half percent?",
        "rate",
        "lt",
        99.5,
        "en",
        BOARD,
    )
    b.filter("满意8分及以下的有哪些", "satisfaction", "le", 8, "zhc", MOBILE)
    b.filter("总分不高于93分的项目请列明。", "total", "le", 93, "zhf", INSPECTOR)
    b.filter("Which projects left over one hundred thousand yuan unspent?", "unspent", "gt", 1e5, "en", BOARD)
    b.filter("扣分超过7分的project", "lost", "gt", 7, "mix", MOBILE)
    b.filter("我中心哪些项目2021年度执行率达到100%？", "rate", "ge", 100, "zh", SECRETARY)
    b.between("自评总分在90分至95分之间的项目请分别列示。", "total", 90, 95, "zhf", INSPECTOR)
    b.between("预算2000万到5000万之间的", "budget", 2e7, 5e7, "zhc", MOBILE)
    b.between(
        "Which projects had full-year budgets of between forty and ninety million yuan?",
        "budget",
        4e7,
        9e7,
        "en",
        BOARD,
    )
    b.filter_aggregate("本中心2021年度总分高于平均分的项目有哪些？", "total", "above_avg", "zh", SECRETARY)
    b.filter_aggregate(
        "Which projects' execution rates were below the median?", "rate", "below_median", "en", BOARD
    )
    b.filter_aggregate("满意高于平均的", "satisfaction", "above_avg", "zhc", MOBILE)
    b.filter_aggregate("全年预算数高于各项目中位数的项目请列明。", "budget", "above_median", "zhf", INSPECTOR)
    b.filter_aggregate("本中心2021年度扣分低于平均水平的项目有哪些？", "lost", "below_avg", "zh", SECRETARY)
    b.filter_kind("设有成本指标的项目请列明。", "成本指标", "has", "zhf", INSPECTOR)
    b.filter_kind("我中心2021年度哪些项目时效指标被扣分？", "时效指标", "deducted", "zh", SECRETARY)
    b.filter_kind(
        "Which projects kept full marks on their quality indicators?", "质量指标", "full", "en", BOARD
    )
    b.filter_kind("满意拿满分的", SAT, "full", "zhc", MOBILE)
    b.filter_kind("产出指标存在扣分的项目有哪些？", "产出指标", "deducted", "zhf", INSPECTOR)
    b.unmet("经核查，上海市大数据资源平台（二期）哪些指标未达到年度指标值？", P4, "zhf", INSPECTOR)
    b.unmet("数据运营哪些指标没完成", P7, "zhc", MOBILE, a="数据运营")
    b.unmet(f"Which indicators of {E1} fell short of their targets?", P1, "en", BOARD, a=E1, en=True)


def ranks(b: Book4) -> None:
    """The first, last, nth or first k projects by a field (ties in full)."""
    b.rank("我中心2021年度哪个项目得分最高？", "total", True, "zh", SECRETARY)
    b.rank("Which project had the largest full-year budget?", "budget", True, "en", BOARD)
    b.rank("满意最低哪个", "satisfaction", False, "zhc", MOBILE)
    b.rank("执行率并列最高的项目请全部列明。", "rate", True, "zhf", INSPECTOR)
    b.rank("本中心2021年度扣分第二多的项目是哪个？", "lost", True, "zh", SECRETARY, n=2)
    b.rank(
        "Name the three projects with the largest unspent balances.",
        "unspent",
        True,
        "en",
        BOARD,
        n=3,
        top=True,
    )
    b.rank("总分倒数前二", "total", False, "zhc", MOBILE, n=2, top=True)
    b.rank("全年执行数排名第三的项目为哪个？", "executed", True, "zhf", INSPECTOR, n=3)
    b.rank("满意倒数第二", "satisfaction", False, "zhc", MOBILE, n=2)
    b.rank("我中心2021年度年初预算最少的项目是哪个？", "initial", False, "zh", SECRETARY)
    b.rank(
        "Which two projects had the highest satisfaction scores?",
        "satisfaction",
        True,
        "en",
        BOARD,
        n=2,
        top=True,
    )


def aggregates(b: Book4) -> None:
    """Counts, sums, averages, medians, minima and maxima over the projects."""
    o, every = b.o, b.o.names()
    b.aggregate("本中心2021年度项目平均执行率是多少？", "rate", "avg", "zh", SECRETARY)
    b.aggregate("What is the median overall score across the projects?", "total", "median", "en", BOARD)
    b.count_all("项目总共几个", "zhc", MOBILE)
    b.count_cmp("经核查，自评总分达到95分的项目共有几个？", "total", "ge", 95, "zhf", INSPECTOR)
    b.count_kind("How many projects lost points on satisfaction?", SAT, "deducted", "en", BOARD)
    b.aggregate("满意 avg几分", "satisfaction", "avg", "mix", MOBILE)
    b.aggregate("What was the lowest overall score of any project?", "total", "min", "en", BOARD)
    b.count_kind("设有可持续影响指标的项目共计几个？", "可持续影响指标", "has", "zhf", INSPECTOR)
    b.aggregate("执行数加起来多少", "executed", "sum", "zhc", MOBILE)
    short = [n for n, v in o.column("rate", every).items() if v < 100]
    b.count("本中心2021年度执行率低于100%的项目有几个", short, b.rows("rate", every), "zh", SECRETARY)
    b.aggregate("我单位2021年度各项目结余资金最多的是多少元？", "unspent", "max", "zh", SECRETARY)


def groups(b: Book4) -> None:
    """Per level-1 or level-2 kind, over every project or one."""
    b.group("请按一级指标分别列示全部项目扣分情况。", "level1", "deduction", "zhf", INSPECTOR)
    b.group("本中心2021年度各二级指标合计得分分别是多少？", "level2", "score", "zh", SECRETARY)
    b.group(
        "Break down the score rate by level-one indicator across all projects.", "level1", "rate", "en", BOARD
    )
    b.group("二级指标各扣多少", "level2", "deduction", "zhc", MOBILE)
    b.group("请按二级指标分别列示数据运营服务项目得分。", "level2", "score", "zhf", INSPECTOR, name=P7)
    b.group(
        "For the 政务云 project, how many points were lost under each level-one indicator?",
        "level1",
        "deduction",
        "en",
        BOARD,
        name=P5,
        a="政务云",
    )
    b.group("运维一级指标得分率", "level1", "rate", "zhc", MOBILE, name=P3, a="运维")
    b.group("我中心2021年度各项目按一级指标汇总的得分是多少？", "level1", "score", "zh", SECRETARY)


def compares(b: Book4) -> None:
    """Two or three named projects on one field."""
    b.compare(
        "经核查，基础设施-运维与上海市大数据资源平台（二期）相比，哪个项目执行率较高？",
        [P3, P4],
        "rate",
        True,
        "zhf",
        INSPECTOR,
    )
    b.compare(
        "本中心2021年度数据运营服务和政务云服务费，哪个总分高？",
        [P7, P5],
        "total",
        True,
        "zh",
        SECRETARY,
        a=[None, "政务云服务费"],
    )
    b.compare(
        f"Which spent more: {E7} or {E3}?", [P7, P3], "executed", True, "en", BOARD, a=[E7, E3], en=True
    )
    b.compare("政务云vs运维 满意谁高", [P5, P3], "satisfaction", True, "mix", MOBILE, a=["政务云", "运维"])
    b.compare(
        "请比较“一网通办”运营服务、数据运营服务、基础设施-运维三个项目扣分情况，哪个扣分最多？",
        [P1, P7, P3],
        "lost",
        True,
        "zhf",
        INSPECTOR,
    )
    b.compare(
        f"Between {E2} and {E4}, which had the smaller budget?",
        [P2, P4],
        "budget",
        False,
        "en",
        BOARD,
        a=[E2, E4],
        en=True,
    )
    b.compare(
        "我中心2021年度管理工作经费和资源平台二期，哪个结余更多？",
        [P6, P4],
        "unspent",
        True,
        "zh",
        SECRETARY,
        a=["管理工作经费", "资源平台二期"],
    )
    b.compare("二期和升级改造哪个分低", [P4, P2], "total", False, "zhc", MOBILE, a=["二期", "升级改造"])
    b.compare(
        "上海市政务云基础设施服务费（预付费）与大数据中心管理工作经费年初预算数孰高？",
        [P5, P6],
        "initial",
        True,
        "zhf",
        INSPECTOR,
    )


def nesteds(b: Book4) -> None:
    """The project one question finds feeds the next."""
    b.nested("经核查，预算执行率最低的项目评价等级为何？", "rate", False, "grade", "zhf", INSPECTOR)
    b.nested("我中心2021年度得分最高的那个项目全年预算是多少？", "total", True, "budget", "zh", SECRETARY)
    b.nested(
        "For the project with the lowest satisfaction score, why were those points lost?",
        "satisfaction",
        False,
        "why",
        "en",
        BOARD,
    )
    b.nested("预算最多的那个执行率多少", "budget", True, "rate", "zhc", MOBILE)
    b.nested("扣分最多的项目，其结余资金为多少元？", "lost", True, "unspent", "zhf", INSPECTOR)
    b.nested(
        "What was the execution rate of the lowest-scoring project?", "total", False, "rate", "en", BOARD
    )
    b.nested("满意最高的那个总分", "satisfaction", True, "total", "zhc", MOBILE)
    b.nested("本中心2021年度年初预算最少的项目扣了多少分", "initial", False, "lost", "zh", SECRETARY)
    b.nested("总分最低的项目扣分原因请予以说明。", "total", False, "why", "zhf", INSPECTOR)


def follow_ups(b: Book4) -> None:
    """Conversations of two or three turns; gold answers the last."""
    o, every = b.o, b.o.names()
    b.follow_value(
        ["我中心2021年度哪个项目执行率最低？", "它的结余资金是多少？"],
        b.winner("rate", False),
        "unspent",
        "zh",
        SECRETARY,
    )
    b.follow_why(
        ["请列明上海市大数据资源平台（二期）满意度指标得分。", "扣分原因请予以说明。"],
        P4,
        "zhf",
        INSPECTOR,
        level1=SAT,
    )
    low = [n for n in every if o.value(n, "total") < 93]
    b.follow_list(
        ["Which projects scored below ninety-three?", "Of those, which had the largest budget?"],
        [b.winner("budget", True, low)],
        "budget",
        low,
        "en",
        BOARD,
    )
    b.follow_value(
        ["政务云执行率", "运维呢"], P3, "rate", "zhc", MOBILE, refs=[Ref("政务云", P5), Ref("运维", P3)]
    )
    late = list(o.subtotals("level2", "时效指标").query("deduction > 0").index)
    b.follow_list(
        ["本中心2021年度哪些项目时效指标被扣分？", "其中哪个总分最低？"],
        [b.winner("total", False, late)],
        "total",
        late,
        "zh",
        SECRETARY,
    )
    b.follow_value(
        [f"What was the overall score of {E7}?", "And its execution rate?", "How much was left unspent?"],
        P7,
        "unspent",
        "en",
        BOARD,
        refs=[Ref(E7, P7, True)],
    )
    b.follow_why(["扣分最多的是哪个", "为啥扣"], b.winner("lost", True), "zhc", MOBILE)
    high = [n for n in every if o.value(n, "total") > 95]
    b.follow_number(
        ["经核查，总分95分以上的项目有哪些？", "上述项目全年预算数合计为多少？"],
        {
            "value": round(float(o.aggregate("budget", "sum", high)), 4),
            "unit": "元",
            "tolerance": 50,
            "projects": high,
        },
        b.rows("budget", high),
        "zhf",
        INSPECTOR,
    )
    top3 = o.top("budget", 3, True, every)
    b.follow_number(
        ["Which three projects had the largest budgets?", "What was their average execution rate?"],
        {
            "value": round(float(o.aggregate("rate", "avg", top3)), 4),
            "unit": "%",
            "tolerance": 0.01,
            "projects": top3,
        },
        b.rows("rate", top3),
        "en",
        BOARD,
    )
    b.follow_value(
        ["我单位2021年度一网通办运营项目总分多少？", "那资源平台二期呢？"],
        P4,
        "total",
        "zh",
        SECRETARY,
        refs=[Ref("一网通办运营", P1), Ref("资源平台二期", P4)],
    )
    partial = [n for n in every if o.value(n, "satisfaction") < 10]
    b.follow_list(
        ["满意没满分的项目", "这里面预算最少的"],
        [b.winner("budget", False, partial)],
        "budget",
        partial,
        "zhc",
        MOBILE,
    )
    short = [n for n in every if o.value(n, "rate") < 100]
    b.follow_why(
        [
            "经核查，各项目中执行率未达100%的有哪些？",
            "其中结余资金最多的为哪个？",
            "该项目扣分原因请予以说明。",
        ],
        b.winner("unspent", True, short),
        "zhf",
        INSPECTOR,
    )
    social = o.subtotals("level2", "社会效益指标").query("deduction > 0")
    b.follow_number(
        ["How many projects lost points on timeliness?", "And on social benefits?"],
        {"value": float(len(social)), "tolerance": 0.0, "projects": list(social.index)},
        o.ids(o.indicator_rows(None, level2="社会效益指标")),
        "en",
        BOARD,
    )


def reasons(b: Book4) -> None:
    """Why a project (or one kind or level of its indicators) lost points."""
    b.reason(
        "经核查，上海市政务云基础设施服务费（预付费）项目扣分原因为何？请予以说明。", P5, "zhf", INSPECTOR
    )
    b.reason("我中心数据运营服务项目2021年度为什么扣分？", P7, "zh", SECRETARY)
    b.reason(
        f"Why did {E4} lose points on social benefits?", P4, "en", BOARD, a=E4, en=True, level2="社会效益指标"
    )
    b.reason("一网运营为啥扣分", P1, "zhc", MOBILE, a="一网运营")
    b.reason("请说明基础设施-运维项目满意度指标扣分原因。", P3, "zhf", INSPECTOR, level1=SAT)
    b.reason("管理经费扣分原因", P6, "zhc", MOBILE, a="管理经费")
    b.reason(
        "本中心2021年度政务云服务费项目时效指标为何扣分？",
        P5,
        "zh",
        SECRETARY,
        a="政务云服务费",
        level2="时效指标",
    )
    b.reason(f"Why did {E7} lose points on quality?", P7, "en", BOARD, a=E7, en=True, level2="质量指标")
    b.reason(
        "经核查，“一网通办”运营服务效益指标扣分原因请予以说明。", P1, "zhf", INSPECTOR, level1="效益指标"
    )


def proses(b: Book4) -> None:
    """Counts stated only in the goals prose (no percentage: the prose gold carries no unit)."""
    b.prose(
        "经核查，基础设施-运维项目全年完成工单任务多少个？", P3, r"总计完成(\d+)个工单任务", "zhf", INSPECTOR
    )
    b.prose(
        f"How many emergency drills did {E3} hold during the year?",
        P3,
        r"共完成(\d+)次应急演练",
        "en",
        BOARD,
        a=E3,
        en=True,
    )
    b.prose("数据运营 地方标准发了几项", P7, r"发布了(\d+)项地方标准和", "zhc", MOBILE, a="数据运营")
    b.prose("本中心数据运营服务2021年新建了多少个专题库？", P7, r"等(\d+)个专题库", "zh", SECRETARY)
    b.prose("经核查，数据运营服务项目对接全市多少个区？", P7, r"对接全市(\d+)个区", "zhf", INSPECTOR)
    b.prose("运维资源调整几个", P3, r"资源调整(\d+)个", "zhc", MOBILE, a="运维")


def refusals(b: Book4) -> None:
    """Off-topic, other years, agencies and regions, forecasts (refuse); fields the forms lack,
    projects the corpus lacks, fragments that fit several projects, vague questions (refuse or
    ask back)."""
    b.refuse("晚上吃啥好", "offtopic", "zhc", MOBILE)
    b.refuse("What is today's exchange rate between sterling and the yuan?", "offtopic", "en", BOARD)
    b.refuse("经核查，2020年度基础设施-运维项目预算执行率为多少？", "year", "zhf", INSPECTOR)
    b.refuse("我中心2022年度数据运营服务项目预算是多少？", "year", "zh", SECRETARY)
    b.refuse(f"What was the overall score of {E5} in 2019?", "year", "en", BOARD)
    b.refuse("请列明上海市经济和信息化委员会各项目自评得分。", "agency", "zhf", INSPECTOR)
    b.refuse("How did the Shanghai Municipal Health Commission's projects score?", "agency", "en", BOARD)
    b.refuse("市教委项目执行率", "agency", "zhc", MOBILE)
    b.refuse("经核查，江苏省大数据管理中心同类项目执行率是否达标？", "region", "zhf", INSPECTOR)
    b.refuse("What did Guangdong province spend on its government cloud in 2021?", "region", "en", BOARD)
    b.refuse("杭州数据局满意度多少", "region", "zhc", MOBILE)
    b.refuse("本中心2022年度政务云服务费项目预算会增加多少？", "forecast", "zh", SECRETARY)
    b.refuse(f"Will {E7} reach full marks next year?", "forecast", "en", BOARD)
    b.refuse("明年运维能拿优吗", "forecast", "zhc", MOBILE)
    b.refuse("请预测大数据中心管理工作经费下一年度预算执行率。", "forecast", "zhf", INSPECTOR)
    b.refuse_or_clarify("请列明基础设施-运维项目政府采购合同金额。", "unknown", "zhf", INSPECTOR)
    b.refuse_or_clarify("我中心2021年度数据运营服务项目负责人是谁？", "unknown", "zh", SECRETARY)
    b.refuse_or_clarify(f"What was the staff headcount of {E5}?", "unknown", "en", BOARD)
    b.refuse_or_clarify("二期中标单位哪家", "unknown", "zhc", MOBILE)
    b.refuse_or_clarify("请分别列示各项目资金到位率。", "unknown_all", "zhf", INSPECTOR)
    b.refuse_or_clarify("List the procurement method each project used.", "unknown_all", "en", BOARD)
    b.refuse_or_clarify("每个项目开工时间", "unknown_all", "zhc", MOBILE)
    b.refuse_or_clarify(
        "经核查，上海市公共数据开放平台项目自评得分为多少？",
        "missing",
        "zhf",
        INSPECTOR,
        missing="公共数据开放平台",
    )
    b.refuse_or_clarify(
        "本中心2021年度“随申码”运维项目执行率是多少？", "missing", "zh", SECRETARY, missing="随申码"
    )
    b.refuse_or_clarify(
        "What was the budget of the smart transport project?",
        "missing",
        "en",
        BOARD,
        missing="smart transport",
    )
    b.refuse_or_clarify("一网统管预算多少", "missing", "zhc", MOBILE, missing="一网统管")
    b.refuse_or_clarify(
        "经核查，一网通办项目全年执行数为多少？", "ambiguous", "zhf", INSPECTOR, fragment="一网通办"
    )
    b.refuse_or_clarify("我中心平台项目2021年度总分是多少？", "ambiguous", "zh", SECRETARY, fragment="平台")
    b.refuse_or_clarify(
        "What was the execution rate of the 运营服务 project?", "ambiguous", "en", BOARD, fragment="运营服务"
    )
    b.refuse_or_clarify("一网 执行", "ambiguous", "zhc", MOBILE, fragment="一网")
    b.refuse_or_clarify("我中心2021年度的情况怎么样？", "vague", "zh", SECRETARY)
    b.refuse_or_clarify("Is that good?", "vague", "en", BOARD)
    b.refuse_or_clarify("咋样", "vague", "zhc", MOBILE)


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


def build_book(records: list[dict[str, Any]] | None = None) -> Book4:
    """Every hand-written question with its oracle gold (over the sample unless records given)."""
    return written(Book4(Oracle(sample_records() if records is None else records), prefix="k"), SECTIONS)


def write_free4() -> dict[Path, int]:
    """Rewrite free4_sample.jsonl; return how many items it holds."""
    return write_items(FREE4_SAMPLE, build_book().items)

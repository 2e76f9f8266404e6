"""A ninth suite of questions written one by one, by hand, over the bundled sample corpus, by a
writer who had not seen the parser's words nor any earlier question list. Five people ask, none
of them met in the earlier suites: a provincial finance-bureau reviewer in terse official Chinese
(请列示…, 经核…, 较…而言, 位列, 居于, 分值, the funds columns spelled as on the form); a journalist in
plain, sometimes long-winded English with subordinate clauses; a manager on a phone in very short
colloquial Chinese (花了多少, 排第几, 谁最差); an analyst asking for rankings in unusual forms
(bottom two, runner-up, second-lowest, 倒数第二, 前三名分别是, and the place of a named project:
位列第几, 是第几名, where does X rank); and a chat user whose later turns lean on pronouns and
ellipsis (那另一个呢, and its budget?, 按执行率呢?, 换成预算排一下). About half the questions are in
English. The weight is on rankings, stated and derived fields of one project, value thresholds
written many ways and conversations; every other intent is asked too, and more than thirty
questions must be refused or asked back. Each question stands next to the oracle call
(eval/suites/free_book.py, Book8 of eval/suites/free8.py and Book9 below) that answers it;
``python -m eval.suites build-free9`` writes ``free9_sample.jsonl``.

It exists to find questions the parser misreads; once the parser is tuned on it, it stops
measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the sample's export records (Book9 reads only the
  oracle's tables and the export records, never ``bot``);
- the place of a named project is asked only where no project ties with it or above it, so the
  dense and the competition ranking agree;
- a shortened Chinese project name singles out its project (tests/test_free9_suite.py checks it),
  each of the seven English renderings stands for one project, and a fragment that fits several
  projects is asked only where asking back (or refusing) is right;
- a question that could be read two ways on the corpus is not asked as answerable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from eval.oracle import Oracle
from eval.suites import sample_records
from eval.suites.context import item
from eval.suites.free8 import Book8
from eval.suites.free_book import Ref, write_items, written
from eval.suites.intents import tags

FREE9_SAMPLE = Path(__file__).parent / "free9_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
OUT, BEN, SAT = "产出指标", "效益指标", "满意度指标"

# The English renderings of the names, one each (recorded apart: no substring test can check them)
E1 = "One Network service operations"
E2 = "One Network platform upgrade"
E3 = "infrastructure operations and maintenance"
E4 = "second phase of the Big Data Resource Platform"
E5 = "government cloud service fees"
E6 = "administrative expenses project"
E7 = "data operations service"

RV, JN, PH, AN, CH = (
    "persona:zh-reviewer",
    "persona:journalist",
    "persona:zh-phone",
    "persona:rank-analyst",
    "persona:chat",
)


@dataclass
class Book9(Book8):
    """Book8 with the calls this suite needs beyond it: the place of a named project in a
    ranking (1-based, from the top or from the bottom), a stated text field of one project (主管部门,
    实施单位), a conversation ending on such a place, and an English question naming a fragment
    that fits several projects."""

    departments: dict[str, str] = field(default_factory=dict)  # project → 主管部门, from the export

    def __repr__(self) -> str:
        return f"<Book9 {self.prefix}: {len(self.items)} items>"

    # -- places --------------------------------------------------------------------------------
    def place_of(self, name: str, f: str, high: bool) -> int:
        """A project's 1-based place by a field (high: the largest first); ValueError when a
        project ties with it or two tie above it (dense and competition places would differ)."""
        col = self._column(f, self.o.names())
        mine = col[name]
        if any(abs(v - mine) < 1e-9 for n, v in col.items() if n != name):
            raise ValueError(f"{name} ties on {f}")
        better = [v for v in col.values() if (v > mine if high else v < mine)]
        if len({round(v, 6) for v in better}) != len(better):
            raise ValueError(f"a tie above {name} on {f}")
        return len(better) + 1

    def place(
        self,
        q: str,
        name: str,
        f: str,
        high: bool,
        lang: str,
        *more: str,
        a: str | None = None,
        en: bool = False,
    ) -> None:
        """Which place a named project takes by a field (high: counted from the largest)."""
        refs = self._refs(name, a, en)
        gold = {"value": float(self.place_of(name, f, high)), "tolerance": 0.0, "projects": [name]}
        t = self._tags(lang, refs, ["place", *more])
        self._add(item("rank", "rank", "number", [q], gold, self.rows(f, self.o.names()), t), refs)

    def follow_place(
        self,
        turns: list[str],
        name: str,
        f: str,
        high: bool,
        lang: str,
        *more: str,
        refs: Sequence[Ref] = (),
    ) -> None:
        """A conversation whose last turn asks the place of the project named before."""
        gold = {"value": float(self.place_of(name, f, high)), "tolerance": 0.0, "projects": [name]}
        rows = self.rows(f, self.o.names())
        self._number("follow_up", "follow-up", turns, gold, rows, lang, ["follow-up", "place", *more], refs)

    # -- stated text -----------------------------------------------------------------------------
    def stated(
        self, q: str, name: str, what: str, lang: str, *more: str, a: str | None = None, en: bool = False
    ) -> None:
        """The supervising department (department) or the implementing unit (unit) a form states."""
        answer = (self.departments if what == "department" else self.units).get(name)
        if not answer:
            raise ValueError(f"{name}: no {what} stated")
        refs = self._refs(name, a, en)
        gold = {"answer": answer, "projects": [name]}
        t = self._tags(lang, refs, [f"field:{what}", *more])
        self._add(item("lookup_field", "lookup", "text", [q], gold, [self.o.row(name, "project")], t), refs)

    # -- refusals ------------------------------------------------------------------------------
    def ambiguous_en(self, q: str, names: Sequence[str], lang: str, *more: str) -> None:
        """An English question whose name fits several projects: asking back names them all."""
        if len(names) < 2 or any(n not in self.o.names() for n in names):
            raise ValueError(f"{q}: {names} are not several projects of the corpus")
        t = tags(lang, False, "refuse:ambiguous", "refuse-or-clarify", *more)
        self._add(
            item(
                "refuse_or_clarify",
                "unanswerable",
                "abstain_or_clarify",
                [q],
                {"items": list(names)},
                (),
                t,
                answerable=False,
            )
        )


# -- stated fields of one project --------------------------------------------------------------
def lookups(b: Book9) -> None:
    b.lookup("请列示“一网通办”运营服务的年初预算数。", P1, "initial", "zhf", RV)
    b.lookup("经核，基础设施-运维项目全年执行数为多少元？", P3, "executed", "zhf", RV)
    b.lookup("上海市大数据资源平台（二期）全年预算数请予列示。", P4, "budget", "zhf", RV)
    b.lookup("政务云基础设施服务费项目执行率为多少？", P5, "rate", "zhf", RV, a="政务云基础设施服务费")
    b.lookup("请列示数据运营服务项目自评总分。", P7, "total", "zhf", RV)
    b.stated("大数据中心管理工作经费项目的主管部门为何单位？", P6, "department", "zhf", RV)
    b.stated(
        "请核实“一网通办”平台信息系统升级改造项目的实施单位。",
        P2,
        "unit",
        "zhf",
        RV,
        a="“一网通办”平台信息系统升级改造",
    )
    b.lookup("政务云一共花了多少钱", P5, "executed", "zhc", PH, a="政务云")
    b.lookup("运维拿了几分", P3, "total", "zhc", PH, a="运维")
    b.lookup("数据运营执行率多少", P7, "rate", "zhc", PH, a="数据运营")
    b.lookup("升级改造那个预算多少", P2, "budget", "zhc", PH, a="升级改造")
    b.lookup("管理经费实际花了多少", P6, "executed", "zhc", PH, a="管理经费")
    b.lookup("一网通办运营多少分", P1, "total", "zhc", PH, a="一网通办运营")
    b.lookup(
        "What execution rate did the administrative expenses project report?",
        P6,
        "rate",
        "en",
        JN,
        a=E6,
        en=True,
    )
    b.lookup(
        "How much did the government cloud service fees project actually spend in 2021?",
        P5,
        "executed",
        "en",
        JN,
        a=E5,
        en=True,
    )
    b.lookup(
        "What was the full-year budget of the second phase of the Big Data Resource Platform, once any "
        "adjustments had been made?",
        P4,
        "budget",
        "en",
        JN,
        a=E4,
        en=True,
    )
    b.lookup(
        "What overall score did the infrastructure operations and maintenance project give itself in its "
        "self-evaluation?",
        P3,
        "total",
        "en",
        JN,
        a=E3,
        en=True,
    )
    b.stated(
        "Which department oversees the data operations service?", P7, "department", "en", JN, a=E7, en=True
    )
    b.lookup(
        "At the start of the year, how much money had been set aside for the administrative expenses project?",
        P6,
        "initial",
        "en",
        JN,
        a=E6,
        en=True,
    )
    b.lookup(
        "What share of its budget did the One Network platform upgrade actually spend, going by its "
        "execution rate?",
        P2,
        "rate",
        "en",
        JN,
        a=E2,
        en=True,
    )
    b.stated(
        "Which organisation actually carried out the One Network service operations project on the ground?",
        P1,
        "unit",
        "en",
        JN,
        a=E1,
        en=True,
    )
    b.lookup(
        "Of all the money the data operations service was given for the year, how much did it end up "
        "spending?",
        P7,
        "executed",
        "en",
        JN,
        a=E7,
        en=True,
    )
    b.lookup(
        "What was the initial budget of the infrastructure operations and maintenance project?",
        P3,
        "initial",
        "en",
        JN,
        a=E3,
        en=True,
    )


# -- derived fields of one project -------------------------------------------------------------
def derived(b: Book9) -> None:
    b.derived("大数据中心管理工作经费全年预算数较年初预算数而言调减多少元？", P6, "change", "zhf", RV)
    b.derived("经核，基础设施-运维项目全年预算数与全年执行数之差为多少？", P3, "unspent", "zhf", RV)
    b.derived("请列示上海市大数据资源平台（二期）自评扣减分值。", P4, "lost", "zhf", RV)
    b.derived("数据运营服务项目评级为何？", P7, "grade", "zhf", RV)
    b.level1(
        "政务云基础设施服务费项目满意度指标得分率为多少？",
        P5,
        SAT,
        "rate",
        "zhf",
        RV,
        a="政务云基础设施服务费",
    )
    b.derived("经核，“一网通办”运营服务全年预算数较年初预算数有无调整？", P1, "change", "zhf", RV)
    b.derived("二期扣了几分", P4, "lost", "zhc", PH, a="二期")
    b.derived("升级改造还剩多少钱没花", P2, "unspent", "zhc", PH, a="升级改造")
    b.derived("管理经费是优还是良", P6, "grade", "zhc", PH, a="管理经费")
    b.level1("数据运营产出指标拿了多少分", P7, OUT, "score", "zhc", PH, a="数据运营")
    b.derived(
        "How much of its full-year budget did the administrative expenses project leave unspent?",
        P6,
        "unspent",
        "en",
        JN,
        a=E6,
        en=True,
    )
    b.derived(
        "By how much was the administrative expenses project's budget cut back during the year, compared "
        "with what it started with?",
        P6,
        "change",
        "en",
        JN,
        a=E6,
        en=True,
    )
    b.derived(
        "How many points short of a perfect 100 did the data operations service fall?",
        P7,
        "lost",
        "en",
        JN,
        a=E7,
        en=True,
    )
    b.derived(
        "What grade does the One Network platform upgrade's total score translate to?",
        P2,
        "grade",
        "en",
        JN,
        a=E2,
        en=True,
    )
    b.level1(
        "What percentage of the points available for output indicators did the data operations service earn?",
        P7,
        OUT,
        "rate",
        "en",
        JN,
        a=E7,
        en=True,
    )
    b.level1(
        "Adding up its benefit indicators, how many points did the second phase of the Big Data Resource "
        "Platform get?",
        P4,
        BEN,
        "score",
        "en",
        JN,
        a=E4,
        en=True,
    )
    b.derived(
        "How much money was left over, unspent, in the government cloud service fees project?",
        P5,
        "unspent",
        "en",
        JN,
        a=E5,
        en=True,
    )
    b.derived(
        "How many points did the infrastructure operations and maintenance project lose overall?",
        P3,
        "lost",
        "en",
        JN,
        a=E3,
        en=True,
    )
    b.derived(
        "How many points did the One Network service operations project drop?",
        P1,
        "lost",
        "en",
        AN,
        a=E1,
        en=True,
    )
    b.level1(
        "What was the score rate of the One Network service operations project on satisfaction?",
        P1,
        SAT,
        "rate",
        "en",
        JN,
        a=E1,
        en=True,
    )


# -- rankings and places --------------------------------------------------------------------------
def ranks(b: Book9) -> None:
    b.rank("按总分排名倒数第二的是哪个项目？", "total", False, "zh", AN, n=2)
    b.rank("全年预算数前三名分别是哪些项目？", "budget", True, "zh", AN, n=3, top=True)
    b.rank("Which project was the runner-up by total score?", "total", True, "en", AN, n=2)
    b.rank("Name the bottom two projects by self-evaluation score.", "total", False, "en", AN, n=2, top=True)
    b.rank(
        "Which project's full-year budget is the second-lowest of the seven?", "budget", False, "en", AN, n=2
    )
    b.rank("执行率排名倒数第二的项目是哪个？", "rate", False, "zh", AN, n=2)
    b.rank("全年执行数排名第三的项目是哪个？", "executed", True, "zh", AN, n=3)
    b.rank("Which two projects lost the most points?", "lost", True, "en", AN, n=2, top=True)
    b.rank("扣分最少的三个项目分别是哪些？", "lost", False, "zh", AN, n=3, top=True)
    b.rank("Which project left the third-largest amount of money unspent?", "unspent", True, "en", AN, n=3)
    b.rank("满意度得分前三名分别是哪几个项目？", "satisfaction", True, "zh", AN, n=3, top=True)
    b.rank("Whose initial budget ranks fourth from the top?", "initial", True, "en", AN, n=4)
    b.rank(
        "Rank the projects by total score: which three come last?", "total", False, "en", AN, n=3, top=True
    )
    b.rank(
        "Which project is third from the bottom by the amount actually spent?",
        "executed",
        False,
        "en",
        AN,
        n=3,
    )
    b.rank(
        "If you line the projects up by how much they spent, which one comes second from the bottom?",
        "executed",
        False,
        "en",
        JN,
        n=2,
    )
    b.rank("请列示总分位列前二的项目。", "total", True, "zhf", RV, n=2, top=True)
    b.rank("经核，扣减分值居于首位的项目为哪一项？", "lost", True, "zhf", RV)
    b.rank("谁执行率最差", "rate", False, "zhc", PH)
    b.rank("谁最差", "total", False, "zhc", PH)
    b.rank("哪个项目花钱最少", "executed", False, "zhc", PH)
    b.rank("预算最多的是哪个", "budget", True, "zhc", PH)
    b.rank(
        "Of all the programmes the centre ran in 2021, which one earned the highest self-evaluation score?",
        "total",
        True,
        "en",
        JN,
    )
    b.rank(
        "Which project, among the seven the centre reported on, had the smallest amount of money left over "
        "at the end of the year?",
        "unspent",
        False,
        "en",
        JN,
    )
    # the place of a named project
    b.place(
        "按总分排名，政务云基础设施服务费位列第几？", P5, "total", True, "zhf", RV, a="政务云基础设施服务费"
    )
    b.place("上海市大数据资源平台（二期）全年预算数居于第几位？", P4, "budget", True, "zhf", RV)
    b.place(
        "Where does the data operations service rank by full-year budget?",
        P7,
        "budget",
        True,
        "en",
        AN,
        a=E7,
        en=True,
    )
    b.place("运维总分是第几名", P3, "total", True, "zhc", PH, a="运维")
    b.place(
        "Counting from the project that lost the most points, what place does the second phase of the Big "
        "Data Resource Platform take?",
        P4,
        "lost",
        True,
        "en",
        AN,
        a=E4,
        en=True,
    )
    b.place("管理经费全年执行数排第几", P6, "executed", True, "zhc", PH, a="管理经费")
    b.place("按扣分从少到多排序，一网通办运营位居第几？", P1, "lost", False, "zh", AN, a="一网通办运营")
    b.place(
        "Counting from the bottom, which place does the data operations service take by total score?",
        P7,
        "total",
        False,
        "en",
        AN,
        a=E7,
        en=True,
    )
    b.place("升级改造的总分是第几名？", P2, "total", True, "zh", AN, a="升级改造")
    b.place(
        "What position does the data operations service hold when the projects are ranked by satisfaction score?",
        P7,
        "satisfaction",
        True,
        "en",
        AN,
        a=E7,
        en=True,
    )
    b.place(
        "Where does the One Network platform upgrade rank by full-year budget, counting from the largest?",
        P2,
        "budget",
        True,
        "en",
        AN,
        a=E2,
        en=True,
    )
    b.place(
        "What place does the government cloud service fees project hold by satisfaction score?",
        P5,
        "satisfaction",
        True,
        "en",
        AN,
        a=E5,
        en=True,
    )
    b.place("二期总分倒数第几？", P4, "total", False, "zh", AN, a="二期")
    b.place(
        "By the budget it started the year with, where does the administrative expenses project stand?",
        P6,
        "initial",
        True,
        "en",
        AN,
        a=E6,
        en=True,
    )


# -- thresholds -------------------------------------------------------------------------------------
def filters(b: Book9) -> None:
    b.filter("请列示总分90分以上的项目。", "total", "ge", 90, "zhf", RV)
    b.filter("经核，执行率低于九成的项目有哪些？", "rate", "lt", 90, "zhf", RV)
    b.filter("全年预算数超过五千万元的项目请予列示。", "budget", "gt", 50_000_000, "zhf", RV, "money:五千万")
    b.filter("年初预算数不足两千万元的项目有哪些？", "initial", "lt", 20_000_000, "zhf", RV, "money:两千万")
    b.filter_range("自评总分介于90分至95分之间的项目有哪些？", "total", 90, 95, "zhf", RV)
    b.filter("全年执行数在1亿元以内的项目请列示。", "executed", "le", 100_000_000, "zhf", RV, "money:1亿")
    b.filter("不到95分的有哪些", "total", "lt", 95, "zhc", PH)
    b.filter("执行率100%的有哪几个", "rate", "eq", 100, "zhc", PH)
    b.filter("扣分超过5分的有哪些", "lost", "gt", 5, "zhc", PH)
    b.filter("花了两千万以上的项目", "executed", "gt", 20_000_000, "zhc", PH, "money:两千万")
    b.filter_range("Which projects scored between 80 and 95 points?", "total", 80, 95, "en", JN)
    b.filter("Which projects spent at least 99% of their budgets?", "rate", "ge", 99, "en", JN)
    b.filter(
        "Which projects started the year with a budget of 30 million yuan or more?",
        "initial",
        "ge",
        30_000_000,
        "en",
        JN,
        "money:million",
    )
    b.filter(
        "Were any projects left with more than 100,000 yuan of their budget unspent, and if so which?",
        "unspent",
        "gt",
        100_000,
        "en",
        JN,
        "money:digits",
    )
    b.filter("Which projects scored below 9 points on satisfaction?", "satisfaction", "lt", 9, "en", JN)
    b.filter("List the projects whose total score was 95 or higher.", "total", "ge", 95, "en", JN)
    b.filter_range("全年预算数在2000万到8000万之间的项目有哪些？", "budget", 20_000_000, 80_000_000, "zh", AN)
    b.filter(
        "Which projects' executed amount fell under 20 million yuan?",
        "executed",
        "lt",
        20_000_000,
        "en",
        AN,
        "money:million",
    )
    b.filter("Projects with an execution rate under 99.5%?", "rate", "lt", 99.5, "en", AN)
    b.filter_range("Which projects scored more than 93 but less than 97?", "total", 93, 97, "en", AN)
    b.filter("Which projects had less than nine-tenths of their budget spent?", "rate", "lt", 90, "en", JN)
    b.filter("全年预算数在0.5亿元以下的项目有哪些？", "budget", "lt", 50_000_000, "zh", AN, "money:0.5亿")


def aggregate_filters(b: Book9) -> None:
    b.filter_aggregate("经核，总分高于平均水平的项目请予列示。", "total", "above_avg", "zhf", RV)
    b.filter_aggregate(
        "Which projects had full-year budgets below the average for the centre's projects?",
        "budget",
        "below_avg",
        "en",
        JN,
    )
    b.filter_aggregate(
        "Which projects spent more than the median project did?", "executed", "above_median", "en", AN
    )
    b.filter_aggregate("执行率比平均低的是哪些", "rate", "below_avg", "zhc", PH)


def indicator_filters(b: Book9) -> None:
    b.filter_kind("请列示设有成本指标的项目。", "成本指标", "has", "zhf", RV)
    b.filter_kind("经核，时效指标存在扣分的项目有哪些？", "时效指标", "deducted", "zhf", RV)
    b.filter_kind("Which projects lost no points at all on satisfaction?", SAT, "full", "en", JN)
    b.filter_kind("可持续影响指标哪几个项目有", "可持续影响指标", "has", "zhc", PH)
    b.filter_kind("Which projects lost points on their quality indicators?", "质量指标", "deducted", "en", JN)
    b.lacking("Which projects have no economic benefit indicator at all?", "经济效益指标", "en", JN)
    b.unmet("数据运营服务哪些指标没达标", P7, "zhc", PH)
    b.unmet(
        "Which of the One Network service operations project's indicators fell short of their targets?",
        P1,
        "en",
        JN,
        a=E1,
        en=True,
    )
    b.filter_kind("产出指标全部得满分的项目有哪些？", OUT, "full", "zh", AN)


# -- numbers over every project ---------------------------------------------------------------------
def aggregates(b: Book9) -> None:
    b.aggregate("请列示七个项目全年预算数合计。", "budget", "sum", "zhf", RV)
    b.aggregate(
        "What was the average total score across all of the centre's projects?", "total", "avg", "en", JN
    )
    b.aggregate("What is the median execution rate?", "rate", "median", "en", AN)
    b.count_all("总共几个项目", "zhc", PH)
    b.count_kind(
        "How many projects lost points on their timeliness indicators?", "时效指标", "deducted", "en", JN
    )
    b.count_cmp("经核，执行率达到100%的项目共几个？", "rate", "ge", 100, "zhf", RV)
    b.aggregate(
        "What was the largest amount of money that any single project left unspent?",
        "unspent",
        "max",
        "en",
        JN,
    )
    b.aggregate("全年执行数最少的是多少钱", "executed", "min", "zhc", PH)
    b.count_kind(
        "How many projects include an ecological benefit indicator?", "生态效益指标", "has", "en", AN
    )


def groups(b: Book9) -> None:
    b.group("请按一级指标列示扣减分值合计。", "level1", "deduction", "zhf", RV)
    b.group(
        "Across all the projects, how many points were lost under each kind of second-level indicator?",
        "level2",
        "deduction",
        "en",
        JN,
    )
    b.group("二期各一级指标得分率分别是多少", "level1", "rate", "zhc", PH, name=P4, a="二期")
    b.group(
        "For the data operations service, what did each first-level indicator category score?",
        "level1",
        "score",
        "en",
        JN,
        name=P7,
        a=E7,
        en=True,
    )
    b.group(
        "Sort the first-level indicator categories by their overall score rate.", "level1", "rate", "en", AN
    )
    b.group("运维每类二级指标各扣了多少分", "level2", "deduction", "zhc", PH, name=P3, a="运维")


# -- comparisons -----------------------------------------------------------------------------------
def compares(b: Book9) -> None:
    b.compare("“一网通办”运营服务与数据运营服务相比，总分孰高？", [P1, P7], "total", True, "zhf", RV)
    b.compare(
        "Which lost more points, the infrastructure operations and maintenance project or the government "
        "cloud service fees project?",
        [P3, P5],
        "lost",
        True,
        "en",
        JN,
        a=[E3, E5],
        en=True,
    )
    b.compare("升级改造和二期哪个预算少", [P2, P4], "budget", False, "zhc", PH, a=["升级改造", "二期"])
    b.compare(
        "Between the administrative expenses project and the second phase of the Big Data Resource Platform, "
        "which had the lower execution rate?",
        [P6, P4],
        "rate",
        False,
        "en",
        JN,
        a=[E6, E4],
        en=True,
    )
    b.compare("政务云和运维比，谁剩的钱多", [P5, P3], "unspent", True, "zhc", PH, a=["政务云", "运维"])
    b.compare(
        "Which had the bigger initial budget: the administrative expenses project or the government cloud "
        "service fees project?",
        [P6, P5],
        "initial",
        True,
        "en",
        JN,
        a=[E6, E5],
        en=True,
    )
    b.gap("二期比政务云总分低多少", [P4, P5], "total", "zhc", PH, a=["二期", "政务云"])
    b.gap(
        "How much more did the One Network service operations project spend than the data operations service?",
        [P1, P7],
        "executed",
        "en",
        JN,
        a=[E1, E7],
        en=True,
    )
    b.compare_kind("二期和运维的满意度指标，谁得分高？", [P4, P3], SAT, True, "zhc", PH, a=["二期", "运维"])
    b.compare_kind(
        "Which scored more on benefit indicators, the government cloud service fees project or the "
        "administrative expenses project?",
        [P5, P6],
        BEN,
        True,
        "en",
        JN,
        a=[E5, E6],
        en=True,
    )
    b.compare(
        "基础设施-运维、政务云基础设施服务费、数据运营服务三者全年预算数何者最高？",
        [P3, P5, P7],
        "budget",
        True,
        "zhf",
        RV,
        a=[None, "政务云基础设施服务费", None],
    )
    b.gap(
        "大数据中心管理工作经费与上海市大数据资源平台（二期）执行率相差多少个百分点？",
        [P6, P4],
        "rate",
        "zhf",
        RV,
    )


# -- composed questions -----------------------------------------------------------------------------
def nesteds(b: Book9) -> None:
    b.nested("全年预算数最高的项目，其自评总分为多少？", "budget", True, "total", "zhf", RV)
    b.nested("What grade did the lowest-scoring project end up with?", "total", False, "grade", "en", JN)
    b.nested("执行率最低的那个还剩多少钱没花", "rate", False, "unspent", "zhc", PH)
    b.nested("Why did the project that lost the most points lose them?", "lost", True, "why", "en", JN)
    b.nested(
        "What full-year budget did the project with the best satisfaction score have?",
        "satisfaction",
        True,
        "budget",
        "en",
        AN,
    )
    b.nested(
        "What was the execution rate of the project with the smallest full-year budget?",
        "budget",
        False,
        "rate",
        "en",
        AN,
    )
    b.nested("总分最高的项目扣了几分", "total", True, "lost", "zhc", PH)
    b.nested("经核，满意度得分最低的项目扣分原因为何？", "satisfaction", False, "why", "zhf", RV)
    b.nested(
        "For the project that had the most money left unspent, what was its initial budget?",
        "unspent",
        True,
        "initial",
        "en",
        JN,
    )


# -- one indicator kind or one named indicator ------------------------------------------------------
def indicators(b: Book9) -> None:
    b.indicator("数据运营服务成本指标分值为多少？", P7, "成本指标", "weight", "zhf", RV)
    b.indicator("一网通办运营质量指标扣了几分", P1, "质量指标", "lost", "zhc", PH, a="一网通办运营")
    b.indicator(
        "How many points were the timeliness indicators of the infrastructure operations and maintenance "
        "project worth?",
        P3,
        "时效指标",
        "weight",
        "en",
        JN,
        a=E3,
        en=True,
    )
    b.named("质量问题整改率实际完成值为多少？", "质量问题整改率", "actual", "zhf", RV)
    b.named("What was the target set for 系统功能模块使用率?", "系统功能模块使用率", "target", "en", AN)
    b.named("系统故障平均恢复时长实际是多少", "系统故障平均恢复时长", "actual", "zhc", PH)
    b.named(
        "How many systems did the infrastructure operations and maintenance project report maintaining "
        "(维护系统数量)?",
        "维护系统数量",
        "actual",
        "en",
        JN,
        name=P3,
        a=E3,
        en=True,
    )
    b.indicator("管理经费经济效益指标得了几分", P6, "经济效益指标", "score", "zhc", PH, a="管理经费")
    b.indicator(
        "How many points did the data operations service lose on its social benefit indicator?",
        P7,
        "社会效益指标",
        "lost",
        "en",
        JN,
        a=E7,
        en=True,
    )
    b.named("数据运营服务及时性的年度指标值为多少？", "数据运营服务及时性", "target", "zhf", RV)


# -- why points were lost ----------------------------------------------------------------------------
def reasons(b: Book9) -> None:
    b.reason("请说明数据运营服务扣分原因。", P7, "zhf", RV)
    b.reason("政务云为啥被扣分了", P5, "zhc", PH, a="政务云")
    b.reason(
        "Why did the second phase of the Big Data Resource Platform lose points on satisfaction?",
        P4,
        "en",
        JN,
        a=E4,
        en=True,
        level1=SAT,
    )
    b.reason("运维时效指标为什么扣分", P3, "zhc", PH, a="运维", level2="时效指标")
    b.reason(
        "What explanation did the One Network platform upgrade give for the points it lost?",
        P2,
        "en",
        JN,
        a=E2,
        en=True,
    )
    b.reason("经核，“一网通办”运营服务社会效益指标扣分原因为何？", P1, "zhf", RV, level2="社会效益指标")
    b.reason(
        "Why did the government cloud service fees project lose points on its social benefit indicator?",
        P5,
        "en",
        JN,
        a=E5,
        en=True,
        level2="社会效益指标",
    )


# -- facts the goal text states ---------------------------------------------------------------------
def proses(b: Book9) -> None:
    b.prose(
        "During the year, how many emergency drills were held by the infrastructure operations and maintenance project?",
        P3,
        r"共完成(\d+)次应急演练",
        "en",
        AN,
        a=E3,
        en=True,
    )
    b.prose(
        "How many municipal e-government network nodes did the infrastructure operations and maintenance "
        "project serve?",
        P3,
        r"为全市(\d+)余个市级政务外网网络节点",
        "en",
        JN,
        a=E3,
        en=True,
    )
    b.prose("数据运营对接了几个部门", P7, r"、(\d+)个部门", "zhc", PH, a="数据运营")
    b.prose(
        "How many local standards did the data operations service publish?",
        P7,
        r"发布了(\d+)项地方标准",
        "en",
        JN,
        a=E7,
        en=True,
    )
    b.prose_text(
        "政务云基础设施服务费项目的年度目标是什么？",
        P5,
        "完成政务云三家运营商的服务费预付费",
        "zhf",
        RV,
        a="政务云基础设施服务费",
    )
    b.prose(
        "How many network repair requests did the infrastructure operations and maintenance project handle?",
        P3,
        r"处理网络报修总计(\d+)个",
        "en",
        JN,
        a=E3,
        en=True,
    )
    b.prose_text("二期实际完成情况说哪两大功能未达预期", P4, "数据门户和数据血缘关系", "zhc", PH, a="二期")


# -- a field of every project ------------------------------------------------------------------------
def listings(b: Book9) -> None:
    b.listing("请逐项列示各项目全年执行数。", "executed", "zhf", RV)
    b.listing("Could you give me each project's total score?", "total", "en", JN)
    b.listing("各项目评级分别为何？", "grade", "zhf", RV)
    b.listing("每个项目执行率多少", "rate", "zhc", PH)
    b.listing("List every project's initial budget, from the form.", "initial", "en", AN)


# -- conversations -----------------------------------------------------------------------------------
def follow_ups(b: Book9) -> None:
    b.follow_value(["总分最低的是哪个项目？", "那它的执行率呢？"], P6, "rate", "zh", CH)
    b.follow_value(
        ["Which project had the biggest full-year budget?", "And its execution rate?"], P1, "rate", "en", CH
    )
    b.follow_value(
        ["一网通办运营和数据运营哪个总分高？", "那另一个扣了多少分？"],
        P7,
        "lost",
        "zh",
        CH,
        refs=[Ref("一网通办运营", P1), Ref("数据运营", P7)],
    )
    below = b.passing("total", "lt", 93)
    b.follow_list(
        ["Which projects scored below 93?", "Which of them did worst?"],
        b.o.nth("total", 1, False, below),
        "total",
        b.o.names(),
        "en",
        CH,
    )
    b.follow_list(
        ["执行率最低的是哪个项目？", "换成预算排一下呢？"],
        b.o.nth("budget", 1, False, b.o.names()),
        "budget",
        b.o.names(),
        "zh",
        CH,
        "switch",
    )
    b.follow_list(
        ["总分排第二的是哪个？", "按全年执行数呢？"],
        b.o.nth("executed", 2, True, b.o.names()),
        "executed",
        b.o.names(),
        "zh",
        CH,
        "switch",
    )
    b.follow_value(
        ["Which project had the second-highest total score?", "And its budget?"], P1, "budget", "en", CH
    )
    b.follow_why(["二期扣了多少分？", "为什么扣？"], P4, "zh", CH, refs=[Ref("二期", P4)])
    b.follow_why(["Which project lost the most points?", "Why?"], P6, "en", CH)
    timely = b.with_kind("时效指标", "deducted")
    b.follow_list(
        ["哪些项目时效指标扣了分？", "其中总分最高的是哪个？"],
        b.o.nth("total", 1, True, timely),
        "total",
        timely,
        "zh",
        CH,
    )
    full_rate = b.passing("rate", "ge", 100)
    b.follow_count(
        ["Which projects had an execution rate of 100%?", "How many of them scored above 92?"],
        b.passing("total", "gt", 92, full_rate),
        "total",
        "en",
        CH,
    )
    b.follow_value(
        [
            "What grade did the data operations service get?",
            "And its total?",
            "What about its full-year budget?",
        ],
        P7,
        "budget",
        "en",
        CH,
        refs=[Ref(E7, P7, True)],
    )
    b.follow_gap(
        ["运维和政务云，哪个执行率高？", "差多少？"],
        [P3, P5],
        "rate",
        "zh",
        CH,
        refs=[Ref("运维", P3), Ref("政务云", P5)],
    )
    b.follow_value(
        [
            "Which of the seven projects had the lowest spending?",
            "What about the one that spent the most?",
            "What was its total score?",
        ],
        b.winner("executed", True),
        "total",
        "en",
        CH,
    )
    under_mean = [
        n for n in b.o.names() if b.o.value(n, "total") < b.o.aggregate("total", "avg", b.o.names())
    ]
    b.follow_mean(["总分低于平均分的项目有哪些？", "它们的平均执行率是多少？"], "rate", under_mean, "zh", CH)
    b.follow_value(
        ["What's the lowest-scoring project's grade?", "And the second-lowest one's score?"],
        b.o.nth("total", 2, False, b.o.names())[0],
        "total",
        "en",
        CH,
    )
    b.follow_place(
        ["升级改造总分多少？", "排第几？"], P2, "total", True, "zh", CH, refs=[Ref("升级改造", P2)]
    )
    smallest = b.o.top("budget", 2, False, b.o.names())
    b.follow_list(
        [
            "Which two projects have the smallest budgets?",
            "Which of those two spent a bigger share of its budget?",
        ],
        b.o.nth("rate", 1, True, smallest),
        "rate",
        smallest,
        "en",
        CH,
    )
    b.follow_value(
        ["管理经费年初预算多少？", "调整后呢？"], P6, "budget", "zh", CH, refs=[Ref("管理经费", P6)]
    )
    # after a question on satisfaction, "why" may mean why it lost satisfaction points or why it lost
    # points at all; the satisfaction reasons are in both answers (as in Book.nested)
    b.follow_why(["哪个项目的满意度得分最低？", "它为什么扣分？"], P4, "zh", CH, level1=SAT)
    sat_full = b.with_kind(SAT, "full")
    (only,) = sat_full
    b.follow_value(
        ["Which projects got full marks on their satisfaction indicators?", "What was its budget?"],
        only,
        "budget",
        "en",
        CH,
    )
    b.follow_place(
        [
            "How much did the government cloud service fees project spend?",
            "Where does that put it among the seven?",
        ],
        P5,
        "executed",
        True,
        "en",
        CH,
        refs=[Ref(E5, P5, True)],
    )


# -- to refuse or ask back -----------------------------------------------------------------------------
def refusals(b: Book9) -> None:
    # other years
    b.refuse("请列示2022年度各项目全年执行数。", "year", "zhf", RV)
    b.refuse("How did the centre's projects score back in 2019?", "year", "en", JN)
    b.refuse("2020年二期总分多少", "year", "zhc", PH)
    b.refuse(
        "Compared with the year before, by how many points did the data operations service's score change?",
        "year",
        "en",
        JN,
    )
    b.refuse("明年政务云预算安排多少", "year", "zhc", PH)
    b.refuse("Which project ranked first by total score in 2023?", "year", "en", AN)
    # other agencies
    b.refuse("上海市财政局所属项目执行率情况请予列示。", "agency", "zhf", RV)
    b.refuse(
        "What was the total score of the projects run by the Pudong New Area government?", "agency", "en", JN
    )
    b.refuse("浦东新区大数据中心有几个项目", "agency", "zhc", PH)
    b.refuse("How did the Beijing big data bureau's projects rank by budget?", "agency", "en", AN)
    # off-topic
    b.refuse("明天上海天气怎么样", "offtopic", "zhc", PH)
    b.refuse("Who won the 2022 World Cup?", "offtopic", "en", JN)
    b.refuse("请代拟一份年终工作总结。", "offtopic", "zhf", RV)
    b.refuse("What is the yuan-to-dollar exchange rate today?", "offtopic", "en", AN)
    # fields the forms lack
    b.refuse_or_clarify("请列示各项目资金到位率。", "missing", "zhf", RV)
    b.refuse_or_clarify("How many staff work on the data operations service?", "missing", "en", JN)
    b.refuse_or_clarify("二期的政府采购金额是多少", "missing", "zhc", PH)
    b.refuse_or_clarify("Which contractor built the One Network platform upgrade?", "missing", "en", JN)
    b.refuse_or_clarify("Rank the projects by the name of their project manager.", "missing", "en", AN)
    # projects the corpus lacks
    b.refuse_or_clarify("一网统管项目的执行率是多少？", "unknown_project", "zh", AN, missing="一网统管")
    b.refuse_or_clarify("随申办项目花了多少", "unknown_project", "zhc", PH, missing="随申办")
    b.refuse_or_clarify(
        "How much did the smart-city sensor network project cost the centre?", "unknown_project", "en", JN
    )
    b.refuse_or_clarify(
        "经核，电子证照库项目全年预算数为多少？", "unknown_project", "zhf", RV, missing="电子证照库"
    )
    # a fragment naming several projects
    b.refuse_or_clarify("运营服务的总分是多少？", "ambiguous", "zh", AN, fragment="运营服务")
    b.refuse_or_clarify("基础设施那个执行率多少", "ambiguous", "zhc", PH, fragment="基础设施")
    b.refuse_or_clarify("请列示“一网通办”项目的全年预算数。", "ambiguous", "zhf", RV, fragment="一网通办")
    b.refuse_or_clarify("平台项目扣了几分", "ambiguous", "zhc", PH, fragment="平台")
    b.ambiguous_en("What did the One Network project score?", [P1, P2], "en", JN)
    b.ambiguous_en("How much did the infrastructure project spend?", [P3, P5], "en", AN)
    # nothing to refer to, or no one way to read it
    b.refuse_or_clarify("So how did it do overall?", "vague", "en", CH)
    b.refuse_or_clarify("那另一个呢？", "vague", "zh", CH)
    b.refuse_or_clarify("排第几", "vague", "zhc", PH)
    b.refuse_or_clarify("Which projects are in the top half by score?", "unclear", "en", AN)
    b.refuse_or_clarify("What about its budget, then?", "vague", "en", CH)


SECTIONS = (
    lookups,
    derived,
    ranks,
    filters,
    aggregate_filters,
    indicator_filters,
    aggregates,
    groups,
    compares,
    nesteds,
    indicators,
    reasons,
    proses,
    listings,
    follow_ups,
    refusals,
)


B9 = TypeVar("B9", bound=Book9)


def book_of(kind: type[B9], prefix: str, records: list[dict[str, Any]]) -> B9:
    """An empty book of the kind over the export records, knowing each project's 实施单位 and
    主管部门 (the stated fields some questions ask)."""
    units = {str(r["name"]): str(r.get("unit") or "") for r in records}
    departments = {str(r["name"]): str(r.get("department") or "") for r in records}
    return kind(Oracle(records), prefix=prefix, units=units, departments=departments)


def build_book(records: list[dict[str, Any]] | None = None) -> Book9:
    """Every hand-written question with its oracle gold (over the sample unless records given)."""
    book = book_of(Book9, "x", sample_records() if records is None else records)
    return written(book, SECTIONS)


def write_free9() -> dict[Path, int]:
    """Rewrite free9_sample.jsonl; return how many items it holds."""
    return write_items(FREE9_SAMPLE, build_book().items)

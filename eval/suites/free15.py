"""A fifteenth suite of questions written one by one, by hand, over the SYNTHETIC corpus
(``python -m eval.suites corpus DIR``: 48 forms of eight agencies over 2020–2023), asked the way
new users would ask them: terse keyword strings (exec rate lowest 2021 卫健委), second-language
English, colloquial Chinese with 不足/未达/以下/过/至少 and Chinese numerals, and official
phrasing. About two in three questions are in Chinese. The weight is on comparisons (two
projects, two departments or two years on one measure: which is higher, how far apart), indicator
filters (the indicators of a kind, or those that lost points or missed the target, within one
project or one department), thresholds in many forms (within a year or a department too), a
named indicator's target, actual, weight, score or reason, derived fields (结余, points lost,
budget minus spending, score rates) and nested questions (a measure of the project first on
another measure, also within a department or a year); rankings, aggregates, groups, stated
fields and conversations of two or three turns fill the rest, and more than forty questions must
be refused or asked back (years and agencies the corpus lacks, fields the forms lack, off-topic,
fragments that fit several projects, projects the corpus lacks, nothing to refer to).
Each question stands next to the oracle call (eval/suites/free_book.py, Book8 of
eval/suites/free8.py, Book9 of eval/suites/free9.py, Book13 of eval/suites/free13.py and Book15
below) that answers it; ``python -m eval.suites build-free15`` writes ``free15_synth.jsonl``.

It exists to find questions the parser misreads; once the parser is tuned on it, it stops
measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the synthetic corpus's export records (Book15 reads
  only the oracle's tables, never ``bot``);
- a shortened Chinese project name singles out its project (its characters in order, so 卫健委
  stands for 卫生健康委员会; tests/test_free15_suite.py checks it), and a fragment that fits
  several projects is asked only where asking back (or refusing) is right;
- a ranking in a scope is asked only where no tie stands before the asked place; the one form
  whose stated total exceeds 100 (a planted finding) is never named for its total or points lost,
  no ranking, threshold or sum by total or points lost includes it, and the form whose indicator
  scores do not add up to its total is never asked for its points lost;
- a question that could be read two ways on the corpus is not asked as answerable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.oracle import LEVEL1
from eval.suites.context import FIELDS, item
from eval.suites.free9 import book_of
from eval.suites.free13 import (
    CZ,
    CZJ03,
    CZJ06,
    CZJ09,
    CZJ18,
    CZJ24,
    CZJ36,
    CZJ47,
    DS,
    DSG11,
    DSG15,
    DSG16,
    DSG20,
    DSG45,
    JT,
    JTW12,
    JTW14,
    JTW25,
    JTW31,
    JTW32,
    JTW39,
    JY,
    JYW01,
    JYW05,
    JYW08,
    JYW27,
    JYW42,
    MZ,
    MZJ10,
    MZJ23,
    MZJ33,
    MZJ43,
    MZJ44,
    OUT,
    SAT,
    ST,
    STJ07,
    STJ19,
    STJ21,
    STJ29,
    WJ,
    WJW02,
    WJW26,
    WJW28,
    WJW30,
    WJW37,
    WJW40,
    WJW41,
    WL,
    WLJ00,
    WLJ34,
    Book13,
    synth_records,
)
from eval.suites.free_book import Ref, write_items, written
from eval.suites.intents import tags

FREE15_SYNTH = Path(__file__).parent / "free15_synth.jsonl"

BEN = "效益指标"
Scope = tuple[str, Sequence[str]]  # (the label an answer names, the projects it stands for)


@dataclass
class Book15(Book13):
    """Book13 with the calls this suite needs beyond it: the indicators of one project of a kind
    (or that lost points), projects of a scope that lost or kept the points of a kind or missed a
    target, and two departments or years compared on an aggregate of a field."""

    def __repr__(self) -> str:
        return f"<Book15 {self.prefix}: {len(self.items)} items>"

    # -- indicators of one project -------------------------------------------------------------
    def kinds_of(
        self,
        q: str,
        name: str,
        kind: str | None,
        what: str,
        lang: str,
        *more: str,
        a: str | None = None,
        en: bool = False,
    ) -> None:
        """The indicators of one project of a level-1 or level-2 kind (every kind when None):
        all of them (has) or those that lost points (deducted)."""
        refs = self._refs(name, a, en)
        if kind is None:
            rows = self.o.indicator_rows(name)
        else:
            rows = self.o.indicator_rows(name, **{"level1" if kind in LEVEL1 else "level2": kind})
        if rows.empty:
            raise ValueError(f"{name} has no {kind}")
        keep = rows if what == "has" else rows[rows.deduction > 1e-9]
        hit = list(dict.fromkeys(keep.name))
        if not hit or (what != "has" and len(hit) == len(rows)):
            raise ValueError(f"{q}: none (or every one) of the indicators: {hit}")
        gold = {"items": hit, "universe": "indicator", "projects": [name]}
        t = self._tags(lang, refs, [f"indicators:{what}", *more])
        self._add(item("filter_indicator", "filter", "list", [q], gold, self.o.ids(rows), t), refs)

    # -- projects of a scope by their indicators -------------------------------------------------
    def filter_kind_in(
        self,
        q: str,
        kind: str,
        what: str,
        lang: str,
        *more: str,
        year: int | None = None,
        dept: str | None = None,
    ) -> None:
        """Projects of a scope that lost points on a kind (deducted) or kept all of them (full)."""
        names = self.scoped(year, dept)
        level = "level1" if kind in LEVEL1 else "level2"
        sub = self.o.subtotals(level, kind).reindex(names).dropna()
        test = {"deducted": lambda d: d > 1e-9, "full": lambda d: abs(d) < 1e-9}[what]
        hit = [n for n in sub.index if test(float(sub.at[n, "deduction"]))]
        if not hit or len(hit) == len(names):
            raise ValueError(f"{q}: every project (or none) of the scope: {hit}")
        gold = {"items": hit, "universe": "project"}
        t = tags(lang, False, *self._scope_tags(year, dept), *more)
        self._add(item("filter_indicator", "filter", "list", [q], gold, self._kind_rows(names), t))

    def missed_in(
        self, q: str, lang: str, *more: str, year: int | None = None, dept: str | None = None
    ) -> None:
        """Projects of a scope (or all) with at least one indicator whose actual value falls
        short of its target."""
        names = self.scoped(year, dept) if (year or dept) else self.o.names()
        ind = self.o.indicators
        rows = ind[ind.project.isin(names)]
        if rows.met.isna().any():
            raise ValueError(f"{q}: some targets cannot be compared")
        short = set(rows[rows.met == False].project)  # noqa: E712 (a pandas mask)
        hit = [n for n in names if n in short]
        if not hit or len(hit) == len(names):
            raise ValueError(f"{q}: every project (or none) of the scope: {hit}")
        gold = {"items": hit, "universe": "project"}
        t = tags(lang, False, "unmet", *self._scope_tags(year, dept), *more)
        self._add(item("filter_indicator", "filter", "list", [q], gold, self.o.ids(rows), t))

    # -- two departments or two years ------------------------------------------------------------
    def _scope_values(self, scopes: Sequence[Scope], f: str, how: str) -> list[float]:
        if len(scopes) != 2 or any(len(names) < 2 for _, names in scopes):
            raise ValueError(f"{scopes}: not two scopes of several projects")
        values = [round(self.o.aggregate(f, how, list(names)), 4) for _, names in scopes]
        if abs(values[0] - values[1]) < 1e-9:
            raise ValueError(f"{scopes}: equal values")
        return values

    def compare_scopes(
        self, q: str, scopes: Sequence[Scope], f: str, how: str, high: bool, lang: str, *more: str
    ) -> None:
        """Two departments or years compared on an aggregate (sum, avg) of a field: the winner
        and both values."""
        values = self._scope_values(scopes, f, how)
        labels = [label for label, _ in scopes]
        winner = labels[values.index(max(values) if high else min(values))]
        pairs = [
            {"item": label, "value": v, "unit": FIELDS[f].unit, "tolerance": FIELDS[f].tolerance}
            for label, v in zip(labels, values, strict=True)
        ]
        names = [n for _, ns in scopes for n in ns]
        t = tags(lang, False, "compare:scope", how, *more)
        self._add(
            item(
                "compare",
                "compare",
                "compare",
                [q],
                {"answer": winner, "pairs": pairs},
                self.rows(f, names),
                t,
            )
        )

    def gap_scopes(self, q: str, scopes: Sequence[Scope], f: str, how: str, lang: str, *more: str) -> None:
        """How far apart two departments or years are on an aggregate of a field (a magnitude)."""
        values = self._scope_values(scopes, f, how)
        names = [n for _, ns in scopes for n in ns]
        gold = {
            "value": round(abs(values[0] - values[1]), 4),
            "unit": FIELDS[f].unit,
            "tolerance": FIELDS[f].tolerance,
            "projects": names,
        }
        self._number(
            "compare", "compare", [q], gold, self.rows(f, names), lang, ["compare:scope", "gap", how, *more]
        )


def dept(b: Book15, d: str) -> Scope:
    """A department as compare_scopes names it."""
    return d, b.scoped(dept=d)


def year(b: Book15, y: int) -> Scope:
    """A year as compare_scopes names it."""
    return str(y), b.scoped(year=y)


# -- stated fields of one project ------------------------------------------------------------------
def lookups(b: Book15) -> None:
    b.lookup("卫健委交通信号优化二期执行率多少？", WJW37, "rate", "zhc", a="卫健委交通信号优化二期")
    b.lookup("生态环境局档案数字化平台建设全年预算是多少钱", STJ07, "budget", "zhc", a="生态环境局档案数字化")
    b.lookup("教委档案数字化这个项目实际执行了多少？", JYW01, "executed", "zh", a="教委档案数字化")
    b.lookup("文旅局文物数字化平台自评拿了多少分", WLJ00, "total", "zhc", a="文旅局文物数字化")
    b.lookup("民政局电子证照专项经费满意度那块得了几分？", MZJ43, "satisfaction", "zhc", a="民政局电子证照")
    b.lookup("交通委文物数字化运营服务费年初预算数为多少？", JTW31, "initial", "zhf", a="交通委文物数字化")
    b.lookup("JTW-00014 的执行率是多少", JTW14, "rate", "zhc", a="JTW-00014")
    b.lookup("大数据中心水质监测专项经费最终得分是多少？", DSG15, "total", "zh", a="大数据中心水质监测")
    b.lookup("财政局交通信号优化二期全年执行数是多少元", CZJ03, "executed", "zh", a="财政局交通信号优化")
    b.lookup(
        "What total score did the Education Commission's water quality monitoring service get?",
        JYW05,
        "total",
        "en",
        a="Education Commission's water quality monitoring service",
        en=True,
    )
    b.lookup("exec rate of STJ-00019?", STJ19, "rate", "enn", a="STJ-00019")
    b.lookup(
        "How much was budgeted for the Ecology and Environment Bureau's data governance service?",
        STJ29,
        "budget",
        "en",
        a="Ecology and Environment Bureau's data governance service",
        en=True,
    )
    b.lookup("WJW-00030 spending how much", WJW30, "executed", "enn", a="WJW-00030")
    b.lookup(
        "Please tell me the satisfaction score of the Culture and Tourism Bureau water quality project.",
        WLJ34,
        "satisfaction",
        "enn",
        a="Culture and Tourism Bureau water quality project",
        en=True,
    )
    b.stated("智慧校园是哪个主管部门报的？", WJW26, "department", "zhc", a="智慧校园")
    b.stated("Which department does DSG-00016 belong to?", DSG16, "department", "en", a="DSG-00016")


# -- derived fields of one project -----------------------------------------------------------------
def derived(b: Book15) -> None:
    b.derived("民政局医保结算最后结余了多少钱？", MZJ44, "unspent", "zhc", a="民政局医保结算")
    b.derived("卫健委网络安全升级改造全年预算减去执行数是多少？", WJW02, "unspent", "zh", a="卫健委网络安全")
    b.derived("教委文物数字化运营服务费一共被扣了多少分", JYW08, "lost", "zhc", a="教委文物数字化运营")
    b.derived("生态环境局城市运行升级改造失分多少？", STJ19, "lost", "zh", a="生态环境局城市运行")
    b.derived("财政局电子证照平台建设剩余资金有多少？", CZJ18, "unspent", "zh", a="财政局电子证照")
    b.derived("大数据中心文物数字化扣了几分", DSG16, "lost", "zhc", a="大数据中心文物数字化")
    b.derived("民政局档案数字化运营服务费的绩效评级是什么？", MZJ23, "grade", "zh", a="民政局档案数字化")
    b.derived("文旅局水质监测有多少预算没执行完？", WLJ34, "unspent", "zh", a="文旅局水质监测")
    b.derived("交通委城市运行专项经费离满分差几分", JTW14, "lost", "zhc", a="交通委城市运行专项")
    b.derived("卫健委电子证照运营服务费没用完的钱是多少", WJW40, "unspent", "zhc", a="卫健委电子证照")
    b.derived("DSG-00045扣了多少分？", DSG45, "lost", "zh", a="DSG-00045")
    b.level1(
        "教委文物数字化运营服务费效益指标的得分率是多少？", JYW08, BEN, "rate", "zh", a="教委文物数字化运营"
    )
    b.level1("民政局应急指挥产出指标合计得了多少分？", MZJ10, OUT, "score", "zh", a="民政局应急指挥")
    b.level1("大数据中心档案数字化满意度指标得分率多少", DSG11, SAT, "rate", "zhc", a="大数据中心档案数字化")
    b.derived("How much budget did WLJ-00000 leave unused?", WLJ00, "unspent", "en", a="WLJ-00000")
    b.derived(
        "How many points did the Ecology and Environment Bureau's archive digitisation platform lose?",
        STJ07,
        "lost",
        "en",
        a="Ecology and Environment Bureau's archive digitisation platform",
        en=True,
    )
    b.derived("budget minus actual spending for JTW-00032?", JTW32, "unspent", "enn", a="JTW-00032")
    b.derived(
        "Which grade did the Finance Bureau's e-licence platform get?",
        CZJ18,
        "grade",
        "en",
        a="Finance Bureau's e-licence platform",
        en=True,
    )
    b.level1(
        "What percentage of its benefit-indicator points did MZJ-00044 keep?",
        MZJ44,
        BEN,
        "rate",
        "en",
        a="MZJ-00044",
    )
    b.derived("CZJ-00036 points lost total?", CZJ36, "lost", "enn", a="CZJ-00036")

    b.derived(
        "How much did the Education Commission's cultural relics digitisation upgrade leave unspent?",
        JYW42,
        "unspent",
        "en",
        a="Education Commission's cultural relics digitisation upgrade",
        en=True,
    )
    b.derived("points lost STJ-00021", STJ21, "lost", "enn", a="STJ-00021")


# -- rankings ----------------------------------------------------------------------------------------
def ranks(b: Book15) -> None:
    b.rank("全部48个项目里结余最少的是哪一个？", "unspent", False, "zh")
    b.rank("哪个项目实际花的钱最多？", "executed", True, "zhc")
    b.rank("全年预算第三高的项目是哪个", "budget", True, "zhc", n=3)
    b.rank_in("交通委哪个项目执行率最高？", "rate", True, "zh", dept=JT)
    b.rank_in("卫健委花钱最少的是哪个项目", "executed", False, "zhc", dept=WJ)
    b.rank_in("2020年结余最多的项目是哪一个？", "unspent", True, "zh", year=2020)
    b.rank_in("2021年执行率倒数第二的是哪个", "rate", False, "zhc", year=2021, n=2)
    b.rank_in("教委预算最少的项目是哪个？", "budget", False, "zh", dept=JY)
    b.rank_in("民政局执行率前两名是哪两个项目？", "rate", True, "zh", dept=MZ, n=2, top=True)
    b.rank_in("财政局的项目按满意度得分排，第一是哪个？", "satisfaction", True, "zh", dept=CZ)
    b.rank_in("2023年哪个项目实际支出最多", "executed", True, "zhc", year=2023)
    b.rank_in("2022年得分最高的是哪个项目？", "total", True, "zh", year=2022)
    b.rank_in("大数据中心自评总分最低的是哪个？", "total", False, "zh", dept=DS)
    b.rank_in("生态环境局执行率最高的项目", "rate", True, "zhc", dept=ST)
    b.rank_in("2020年卫健委的项目里结余最少的是哪个？", "unspent", False, "zh", year=2020, dept=WJ)
    b.rank_in("交通委预算前三的项目有哪些", "budget", True, "zhc", dept=JT, n=3, top=True)
    b.rank_in("请列示2021年度满意度指标得分最高的项目。", "satisfaction", True, "zhf", year=2021)
    b.rank_in("exec rate lowest 2021 卫健委", "rate", False, "enn", year=2021, dept=WJ)
    b.rank_in("biggest budget 2022 which project", "budget", True, "enn", year=2022)
    b.rank_in("Which Education Commission project spent the least?", "executed", False, "en", dept=JY)
    b.rank_in(
        "Top two Finance Bureau projects by execution rate?", "rate", True, "en", dept=CZ, n=2, top=True
    )
    b.rank_in("In 2020, which project had the third-highest budget?", "budget", True, "en", year=2020, n=3)
    b.rank_in("Which Big Data Center project has the most money left over?", "unspent", True, "en", dept=DS)
    b.place_in(
        "卫健委电子证照的预算在卫健委所有项目里排第几？",
        WJW40,
        "budget",
        True,
        "zh",
        dept=WJ,
        a="卫健委电子证照",
    )
    b.place_in(
        "2022年的项目按结余从多到少排，民政局电子证照排第几？",
        MZJ43,
        "unspent",
        True,
        "zh",
        year=2022,
        a="民政局电子证照",
    )
    b.place(
        "Where does STJ-00029 rank by execution rate among all projects, highest first?",
        STJ29,
        "rate",
        True,
        "en",
        a="STJ-00029",
    )

    b.rank_in(
        "Which Civil Affairs Bureau project left the least money unspent?", "unspent", False, "en", dept=MZ
    )


# -- thresholds --------------------------------------------------------------------------------------
def filters(b: Book15) -> None:
    b.filter("哪些项目执行率未达76%？", "rate", "lt", 76, "zh")
    b.filter("执行率在95%以上的项目有哪些", "rate", "gt", 95, "zhc")
    b.filter("projects exec rate >= 92%", "rate", "ge", 92, "enn")
    b.filter("结余超过3000万元的项目都有哪些？", "unspent", "gt", 30_000_000, "zh")
    b.filter("总分低于94分的是哪些项目", "total", "lt", 94, "zhc")
    b.filter("扣分至少5分的项目有哪些？", "lost", "ge", 5, "zh")
    b.filter("满意度得分过32分的项目", "satisfaction", "gt", 32, "zhc")
    b.filter("全年预算在五千万以下的项目有哪几个？", "budget", "lt", 50_000_000, "zh")
    b.filter("满意度得分低于十分的项目有哪些", "satisfaction", "lt", 10, "zhc")
    b.filter("年初预算数超过1.6亿元的项目有哪些？", "initial", "gt", 160_000_000, "zh")
    b.filter("Which projects had less than 5 million yuan left unspent?", "unspent", "lt", 5_000_000, "en")
    b.filter("List projects with a budget above 180 million yuan.", "budget", "gt", 180_000_000, "en")
    b.filter("which project spend more than 170 million", "executed", "gt", 170_000_000, "enn")
    b.filter_range("执行率在80%到82%之间的项目有哪些？", "rate", 80, 82, "zh")
    b.filter_in("2022年执行率不足80%的项目有哪些？", "rate", "lt", 80, "zh", year=2022)
    b.filter_in("卫健委预算不低于一亿元的项目有哪些", "budget", "ge", 100_000_000, "zhc", dept=WJ)
    b.filter_in("财政局全年执行数少于9000万的项目", "executed", "lt", 90_000_000, "zhc", dept=CZ)
    b.filter_in("2021年结余少于500万的是哪几个项目？", "unspent", "lt", 5_000_000, "zh", year=2021)
    b.filter_in("2020年满意度得分不低于20分的项目有哪些？", "satisfaction", "ge", 20, "zh", year=2020)
    b.filter_in("教委执行率高于百分之九十的项目", "rate", "gt", 90, "zhc", dept=JY)
    b.filter_in("民政局执行数超过1.5亿元的项目有哪些？", "executed", "gt", 150_000_000, "zh", dept=MZ)
    b.filter_in("2021年预算过亿的项目有哪些", "budget", "gt", 100_000_000, "zhc", year=2021)
    b.filter_in("生态环境局执行率不到85%的项目是哪个？", "rate", "lt", 85, "zh", dept=ST)
    b.filter_in("大数据中心结余超过一千万元的项目有哪些？", "unspent", "gt", 10_000_000, "zh", dept=DS)
    b.filter_in("请列示2020年度总分不低于97分的项目。", "total", "ge", 97, "zhf", year=2020)
    b.filter_in("2023 projects exec rate under 85%", "rate", "lt", 85, "enn", year=2023)
    b.filter_in("Which Health Commission projects scored at least 97?", "total", "ge", 97, "en", dept=WJ)
    b.filter_in(
        "Which Transport Commission projects spent under 100 million yuan?",
        "executed",
        "lt",
        100_000_000,
        "en",
        dept=JT,
    )
    b.filter_in("In 2021, which projects lost more than 5 points?", "lost", "gt", 5, "en", year=2021)

    b.filter("Which projects have a satisfaction score of at least 25?", "satisfaction", "ge", 25, "en")
    b.filter_in(
        "Civil Affairs Bureau projects with execution rate under 80 percent", "rate", "lt", 80, "enn", dept=MZ
    )
    b.filter_in(
        "Which 2020 projects left more than 30 million yuan unspent?",
        "unspent",
        "gt",
        30_000_000,
        "en",
        year=2020,
    )


def aggregate_filters(b: Book15) -> None:
    b.filter_aggregate("执行率比平均执行率高的项目有哪些？", "rate", "above_avg", "zh")
    b.filter_aggregate("结余低于中位数的项目有哪些", "unspent", "below_median", "zhc")
    b.filter_aggregate("Which projects spent more than the average project?", "executed", "above_avg", "en")


# -- indicators: of a kind, lost points, missed targets ---------------------------------------------
def indicator_filters(b: Book15) -> None:
    b.filter_kind("数量指标扣了分的项目有哪些？", "数量指标", "deducted", "zh")
    b.filter_kind("成本指标拿满分的项目是哪些", "成本指标", "full", "zhc")
    b.filter_kind(
        "Which projects lost points on a social benefit indicator?", "社会效益指标", "deducted", "en"
    )
    b.filter_kind("生态效益指标丢了分的项目有哪几个？", "生态效益指标", "deducted", "zh")
    b.filter_kind("产出指标一分没丢的项目", "产出指标", "full", "zhc")
    b.filter_kind("效益指标有扣分的是哪些项目？", BEN, "deducted", "zh")
    b.lacking("哪些项目没有设时效指标？", "时效指标", "zh")
    b.lacking("Which projects have no economic benefit indicator?", "经济效益指标", "en")
    b.unmet("停车诱导哪些指标没有达标？", DSG20, "zh", a="停车诱导")
    b.unmet("民政局医保结算未完成目标值的指标有哪些", MZJ44, "zhc", a="民政局医保结算")
    b.unmet("Which indicators of WJW-00037 missed their targets?", WJW37, "en", a="WJW-00037")
    b.unmet("卫健委应急指挥二期工程哪些指标实际值没达到年度指标值？", WJW28, "zh", a="卫健委应急指挥")
    b.kinds_of("养老服务有哪些产出指标？", JTW25, OUT, "has", "zh", a="养老服务")
    b.kinds_of("智慧校园哪些指标扣了分", WJW26, None, "deducted", "zhc", a="智慧校园")
    b.kinds_of("财政局政务云运维服务哪几个指标丢了分？", CZJ47, None, "deducted", "zh", a="财政局政务云")
    b.kinds_of("公共卫生监测的效益指标都有哪些", JTW12, BEN, "has", "zhc", a="公共卫生监测")
    b.kinds_of(
        "Which of the elderly care project's indicators lost points?",
        JTW25,
        None,
        "deducted",
        "en",
        a="elderly care project",
        en=True,
    )
    b.kinds_of(
        "交通委交通信号优化哪些产出指标被扣分了？", JTW32, OUT, "deducted", "zh", a="交通委交通信号优化"
    )
    b.kinds_of("What output indicators does CZJ-00024 have?", CZJ24, OUT, "has", "en", a="CZJ-00024")
    b.kinds_of("民政局医保结算哪些效益指标扣了分？", MZJ44, BEN, "deducted", "zh", a="民政局医保结算")
    b.filter_kind_in("交通委哪些项目的成本指标扣了分？", "成本指标", "deducted", "zh", dept=JT)
    b.filter_kind_in("卫健委的项目里，哪些在质量指标上被扣分", "质量指标", "deducted", "zhc", dept=WJ)
    b.filter_kind_in("2021年满意度指标扣分的项目有哪些？", SAT, "deducted", "zh", year=2021)
    b.filter_kind_in(
        "Which Finance Bureau projects kept every point of their timeliness indicators?",
        "时效指标",
        "full",
        "en",
        dept=CZ,
    )
    b.missed_in("教委哪些项目有指标没完成目标？", "zh", dept=JY)
    b.missed_in("Which 2022 projects had an indicator miss its target?", "en", year=2022)
    b.missed_in("民政局有哪些项目存在未达标的指标", "zhc", dept=MZ)

    b.filter_kind_in(
        "Which Transport Commission projects lost points on satisfaction?", SAT, "deducted", "en", dept=JT
    )
    b.kinds_of(
        "Which benefit indicators does the smart campus project have?",
        WJW26,
        BEN,
        "has",
        "en",
        a="smart campus project",
        en=True,
    )
    b.unmet(
        "Which indicators of the Big Data Center credit platform fell short of target?",
        DSG45,
        "en",
        a="Big Data Center credit platform",
        en=True,
    )


# -- numbers over projects ---------------------------------------------------------------------------
def aggregates(b: Book15) -> None:
    b.count_in("卫健委执行率不到80%的项目有几个？", "zh", dept=WJ, f="rate", op="lt", value=80)
    b.count_cmp("预算过亿的项目一共多少个", "budget", "gt", 100_000_000, "zhc")
    b.count_in("教委报了几个项目", "zhc", dept=JY)
    b.count_in(
        "How many 2021 projects spent over 100 million yuan?",
        "en",
        year=2021,
        f="executed",
        op="gt",
        value=100_000_000,
    )
    b.count_kind("多少个项目的质量指标扣了分？", "质量指标", "deducted", "zh")
    b.count_in("2023年一共有几个项目参加自评？", "zh", year=2023)
    b.aggregate_in("卫健委所有项目结余加起来是多少？", "unspent", "sum", "zh", dept=WJ)
    b.aggregate_in("2022年项目的平均执行率是多少", "rate", "avg", "zhc", year=2022)
    b.aggregate_in("民政局项目里最大的一笔全年预算是多少？", "budget", "max", "zh", dept=MZ)
    b.aggregate_in(
        "What's the median execution rate of the Transport Commission's projects?",
        "rate",
        "median",
        "en",
        dept=JT,
    )
    b.aggregate_in("total spending of 2020 projects?", "executed", "sum", "enn", year=2020)
    b.aggregate("全部项目满意度得分平均多少？", "satisfaction", "avg", "zhc")
    b.aggregate_in("大数据中心项目的全年预算加起来多少", "budget", "sum", "zhc", dept=DS)
    b.aggregate_in("2021年最低的执行率是多少？", "rate", "min", "zh", year=2021)
    b.aggregate("What is the combined unspent balance of all 48 projects?", "unspent", "sum", "en")
    b.aggregate_in("生态环境局项目平均得分多少", "total", "avg", "zhc", dept=ST)

    b.aggregate_in("average budget of Culture and Tourism Bureau projects?", "budget", "avg", "enn", dept=WL)


def groups(b: Book15) -> None:
    b.group_by("各部门平均执行率分别是多少？", "department", "avg", "zh", f="rate")
    b.group_by("每一年的结余资金合计各是多少", "year", "sum", "zhc", f="unspent")
    b.group_by("分部门看全年执行数合计", "department", "sum", "zhc", f="executed")
    b.group_by("Average satisfaction score per department?", "department", "avg", "en", f="satisfaction")
    b.group_by(
        "How many projects did the Health Commission submit each year?", "year", "count", "en", dept=WJ
    )
    b.group_by("2020年各部门全年预算合计分别是多少？", "department", "sum", "zh", f="budget", year=2020)
    b.group_by("财政局每年项目的平均执行率", "year", "avg", "zhc", f="rate", dept=CZ)
    b.group_by("按年份看平均满意度得分。", "year", "avg", "zh", f="satisfaction")
    b.group(
        "交通委养老服务各个二级指标分别扣了多少分？",
        "level2",
        "deduction",
        "zh",
        name=JTW25,
        a="交通委养老服务",
    )
    b.group("score rate of each first-level indicator, all projects", "level1", "rate", "enn")
    b.group_by("2021年每个部门报了几个项目？", "department", "count", "zh", year=2021)


# -- comparisons -------------------------------------------------------------------------------------
def compares(b: Book15) -> None:
    b.compare(
        "财政局电子证照和民政局电子证照谁的执行率高？",
        [CZJ18, MZJ43],
        "rate",
        True,
        "zhc",
        a=["财政局电子证照", "民政局电子证照"],
    )
    b.compare(
        "卫健委电子证照、财政局电子证照，哪个预算更少？",
        [WJW40, CZJ18],
        "budget",
        False,
        "zh",
        a=["卫健委电子证照", "财政局电子证照"],
    )
    b.compare(
        "教委数据治理跟生态环境局数据治理比，哪个总分更高？",
        [JYW27, STJ29],
        "total",
        True,
        "zh",
        a=["教委数据治理", "生态环境局数据治理"],
    )
    b.gap(
        "教委数据治理和生态环境局数据治理执行率相差几个百分点？",
        [JYW27, STJ29],
        "rate",
        "zh",
        a=["教委数据治理", "生态环境局数据治理"],
    )
    b.compare(
        "交通委城市运行二期与卫健委城市运行二期哪个结余多",
        [JTW39, WJW41],
        "unspent",
        True,
        "zhc",
        a=["交通委城市运行二期", "卫健委城市运行二期"],
    )
    b.gap(
        "卫健委城市运行二期比交通委城市运行二期多扣了几分？",
        [WJW41, JTW39],
        "lost",
        "zh",
        a=["卫健委城市运行二期", "交通委城市运行二期"],
    )
    b.compare(
        "民政局档案数字化和生态环境局档案数字化，满意度得分谁高？",
        [MZJ23, STJ07],
        "satisfaction",
        True,
        "zh",
        a=["民政局档案数字化", "生态环境局档案数字化"],
    )
    b.compare_kind(
        "大数据中心水质监测和教委水质监测，产出指标谁得分多？",
        [DSG15, JYW05],
        OUT,
        True,
        "zh",
        a=["大数据中心水质监测", "教委水质监测"],
    )
    b.compare(
        "停车诱导和公共卫生监测哪个花的钱少",
        [DSG20, JTW12],
        "executed",
        False,
        "zhc",
        a=["停车诱导", "公共卫生监测"],
    )
    b.gap(
        "智慧校园和养老服务的预算差多少钱？",
        [WJW26, JTW25],
        "budget",
        "zh",
        a=["智慧校园", "养老服务"],
    )
    b.compare(
        "财政局水质监测平台建设和财政局水质监测运营服务费，哪个执行率低？",
        [CZJ06, CZJ36],
        "rate",
        False,
        "zh",
        a=["财政局水质监测平台", "财政局水质监测运营"],
    )
    b.compare(
        "JYW-00001 和 STJ-00007 这两个项目谁扣的分多一些",
        [JYW01, STJ07],
        "lost",
        True,
        "zhc",
        a=["JYW-00001", "STJ-00007"],
    )
    b.gap(
        "文旅局文物数字化比大数据中心文物数字化多花了多少钱？",
        [WLJ00, DSG16],
        "executed",
        "zh",
        a=["文旅局文物数字化", "大数据中心文物数字化"],
    )
    b.compare_kind(
        "民政局应急指挥和卫健委应急指挥的时效指标得分哪个高？",
        [MZJ10, WJW28],
        "时效指标",
        True,
        "zh",
        a=["民政局应急指挥", "卫健委应急指挥"],
    )
    b.compare(
        "Which scored higher, MZJ-00023 or STJ-00021?",
        [MZJ23, STJ21],
        "total",
        True,
        "en",
        a=["MZJ-00023", "STJ-00021"],
    )
    b.compare(
        "Did the Civil Affairs Bureau's cyber security service or the Health Commission's cyber security "
        "upgrade spend more?",
        [MZJ33, WJW02],
        "executed",
        True,
        "en",
        a=["Civil Affairs Bureau's cyber security service", "Health Commission's cyber security upgrade"],
        en=True,
    )
    b.gap(
        "What's the difference in budget between DSG-00016 and JTW-00031?",
        [DSG16, JTW31],
        "budget",
        "en",
        a=["DSG-00016", "JTW-00031"],
    )
    b.compare(
        "JTW-00014 vs JTW-00039 execution rate, which lower?",
        [JTW14, JTW39],
        "rate",
        False,
        "enn",
        a=["JTW-00014", "JTW-00039"],
    )
    b.gap(
        "How many more points did WJW-00026 lose than WJW-00028?",
        [WJW26, WJW28],
        "lost",
        "en",
        a=["WJW-00026", "WJW-00028"],
    )
    b.compare(
        "Which has the bigger satisfaction score: the smart campus project or the parking guidance project?",
        [WJW26, DSG20],
        "satisfaction",
        True,
        "en",
        a=["smart campus project", "parking guidance project"],
        en=True,
    )
    # two departments or two years
    b.compare_scopes(
        "交通委和卫健委，哪个部门的项目平均执行率更高？",
        [dept(b, JT), dept(b, WJ)],
        "rate",
        "avg",
        True,
        "zh",
    )
    b.compare_scopes(
        "财政局和民政局谁的项目预算总额大", [dept(b, CZ), dept(b, MZ)], "budget", "sum", True, "zhc"
    )
    b.gap_scopes(
        "2020年和2021年的项目平均执行率差多少？", [year(b, 2020), year(b, 2021)], "rate", "avg", "zh"
    )
    b.gap_scopes("卫健委项目的结余总额比教委多多少？", [dept(b, WJ), dept(b, JY)], "unspent", "sum", "zh")
    b.compare_scopes(
        "2022年和2021年比，哪一年项目平均得分高？", [year(b, 2022), year(b, 2021)], "total", "avg", True, "zh"
    )
    b.gap_scopes(
        "How much bigger is the Health Commission's total budget than the Education Commission's?",
        [dept(b, WJ), dept(b, JY)],
        "budget",
        "sum",
        "en",
    )
    b.compare_scopes(
        "Which year had the higher average satisfaction score, 2020 or 2021?",
        [year(b, 2020), year(b, 2021)],
        "satisfaction",
        "avg",
        True,
        "en",
    )
    b.compare_scopes(
        "大数据中心和生态环境局比，哪个部门项目的平均结余少？",
        [dept(b, DS), dept(b, ST)],
        "unspent",
        "avg",
        False,
        "zh",
    )

    b.compare(
        "Which spent less: the Finance Bureau's government cloud O&M or the Ecology and Environment "
        "Bureau's government cloud platform?",
        [CZJ47, STJ21],
        "executed",
        False,
        "en",
        a=[
            "Finance Bureau's government cloud O&M",
            "Ecology and Environment Bureau's government cloud platform",
        ],
        en=True,
    )
    b.gap(
        "how far apart exec rate CZJ-00003 and WJW-00037",
        [CZJ03, WJW37],
        "rate",
        "enn",
        a=["CZJ-00003", "WJW-00037"],
    )
    b.compare_scopes(
        "Which department has the higher average execution rate, Civil Affairs or Ecology and Environment?",
        [dept(b, MZ), dept(b, ST)],
        "rate",
        "avg",
        True,
        "en",
    )


# -- nested --------------------------------------------------------------------------------------------
def nesteds(b: Book15) -> None:
    b.nested_in("卫健委预算最大的那个项目自评得了多少分？", "budget", True, "total", "zh", dept=WJ)
    b.nested_in("2020年执行率最低的项目结余多少", "rate", False, "unspent", "zhc", year=2020)
    b.nested_in("财政局花钱最少的项目执行率是多少？", "executed", False, "rate", "zh", dept=CZ)
    b.nested_in("教委满意度得分最高的那个项目扣了几分", "satisfaction", True, "lost", "zhc", dept=JY)
    b.nested_in("2021年结余最多的项目总分多少？", "unspent", True, "total", "zh", year=2021)
    b.nested("执行率最高的项目全年预算是多少？", "rate", True, "budget", "zh")
    b.nested("扣分最多的项目为啥扣分", "lost", True, "why", "zhc")
    b.nested_in("民政局预算最少的项目满意度得了多少分？", "budget", False, "satisfaction", "zh", dept=MZ)
    b.nested_in("2023年总分最低的项目执行率多少", "total", False, "rate", "zhc", year=2023)
    b.nested_in("大数据中心结余最少的那个项目预算是多少？", "unspent", False, "budget", "zh", dept=DS)
    b.nested("结余最多的项目评级是什么？", "unspent", True, "grade", "zh")
    b.nested_in(
        "What did the Transport Commission's biggest spender score?", "executed", True, "total", "en", dept=JT
    )
    b.nested_in(
        "How much did the 2022 project with the lowest execution rate leave unspent?",
        "rate",
        False,
        "unspent",
        "en",
        year=2022,
    )
    b.nested_in(
        "Why did the Civil Affairs Bureau's project with the lowest execution rate lose points?",
        "rate",
        False,
        "why",
        "en",
        dept=MZ,
    )
    b.nested(
        "What is the execution rate of the project with the smallest budget?", "budget", False, "rate", "en"
    )

    b.nested_in(
        "What is the budget of the Finance Bureau project with the highest satisfaction score?",
        "satisfaction",
        True,
        "budget",
        "en",
        dept=CZ,
    )
    b.nested_in(
        "Which grade did the 2020 project with the smallest budget get?",
        "budget",
        False,
        "grade",
        "en",
        year=2020,
    )


# -- one indicator of one project --------------------------------------------------------------------
def indicators(b: Book15) -> None:
    b.named(
        "停车诱导预算控制率实际完成值是多少？", "停车诱导预算控制率", "actual", "zh", name=DSG20, a="停车诱导"
    )
    b.named(
        "完成养老服务相关任务数量的目标值定的是多少？",
        "完成养老服务相关任务数量",
        "target",
        "zh",
        name=JTW25,
        a="养老服务",
    )
    b.indicator("财政局电子证照成本指标分值多少", CZJ18, "成本指标", "weight", "zhc", a="财政局电子证照")
    b.indicator("民政局电子证照的时效指标得了几分？", MZJ43, "时效指标", "score", "zh", a="民政局电子证照")
    b.indicator(
        "卫健委电子证照经济效益指标扣了多少分", WJW40, "经济效益指标", "lost", "zhc", a="卫健委电子证照"
    )
    b.indicator("教委水质监测数量指标实际完成了多少？", JYW05, "数量指标", "actual", "zh", a="教委水质监测")
    b.named(
        "智慧校园预算控制率这项指标扣了几分", "智慧校园预算控制率", "lost", "zhc", name=WJW26, a="智慧校园"
    )
    b.named(
        "公共卫生监测服务覆盖率实际达到多少？",
        "公共卫生监测服务覆盖率",
        "actual",
        "zh",
        name=JTW12,
        a="公共卫生监测",
    )
    b.indicator(
        "大数据中心信用平台数量指标的年度目标是多少？",
        DSG45,
        "数量指标",
        "target",
        "zh",
        a="大数据中心信用平台",
    )
    b.indicator(
        "生态环境局数据治理经济效益指标得分", STJ29, "经济效益指标", "score", "zhc", a="生态环境局数据治理"
    )
    b.indicator(
        "交通委城市运行专项的可持续影响指标扣了几分？",
        JTW14,
        "可持续影响指标",
        "lost",
        "zh",
        a="交通委城市运行专项",
    )
    b.indicator(
        "民政局档案数字化生态效益指标得分多少", MZJ23, "生态效益指标", "score", "zhc", a="民政局档案数字化"
    )
    b.indicator(
        "财政局信用平台质量指标实际完成值是多少？", CZJ24, "质量指标", "actual", "zh", a="财政局信用平台"
    )
    b.indicator(
        "教委数据治理生态效益指标权重是多少", JYW27, "生态效益指标", "weight", "zhc", a="教委数据治理"
    )
    b.named(
        "交通委文物数字化预算控制率得了多少分？",
        "文物数字化预算控制率",
        "score",
        "zh",
        name=JTW31,
        a="交通委文物数字化",
    )
    b.indicator(
        "What weight does the quality indicator carry in WLJ-00034?",
        WLJ34,
        "质量指标",
        "weight",
        "en",
        a="WLJ-00034",
    )
    b.indicator(
        "How many points did MZJ-00010 lose on its sustainability indicator?",
        MZJ10,
        "可持续影响指标",
        "lost",
        "en",
        a="MZJ-00010",
    )
    b.indicator(
        "What was the satisfaction target for the public health monitoring project?",
        JTW12,
        "服务对象满意度指标",
        "target",
        "en",
        a="public health monitoring project",
        en=True,
    )
    b.indicator(
        "Education Commission archive digitisation, social benefit score?",
        JYW01,
        "社会效益指标",
        "score",
        "enn",
        a="Education Commission archive digitisation",
        en=True,
    )
    b.named(
        "What was the actual value of 智慧校园使用者满意度?",
        "智慧校园使用者满意度",
        "actual",
        "en",
        name=WJW26,
        a="智慧校园",
    )
    b.indicator("quantity indicator weight JYW-00027", JYW27, "数量指标", "weight", "enn", a="JYW-00027")

    b.indicator(
        "What weight did the timeliness indicator carry for the Health Commission's emergency command project?",
        WJW28,
        "时效指标",
        "weight",
        "en",
        a="Health Commission's emergency command project",
        en=True,
    )
    b.named(
        "What was the score of 养老服务系统可用率?",
        "养老服务系统可用率",
        "score",
        "en",
        name=JTW25,
        a="养老服务",
    )


# -- why points were lost ------------------------------------------------------------------------------
def reasons(b: Book15) -> None:
    b.reason("民政局网络安全运维为什么丢分？", MZJ33, "zh", a="民政局网络安全")
    b.reason("生态环境局数据治理扣分原因", STJ29, "zhc", a="生态环境局数据治理")
    b.reason("卫健委城市运行二期成本指标为何扣分？", WJW41, "zh", a="卫健委城市运行二期", level2="成本指标")
    b.reason("Why was JYW-00005 marked down?", JYW05, "en", a="JYW-00005")
    b.reason(
        "大数据中心文物数字化满意度指标扣分的原因是什么？", DSG16, "zh", a="大数据中心文物数字化", level1=SAT
    )
    b.reason(
        "What explanation does the Finance Bureau's credit platform give for its quality indicator?",
        CZJ24,
        "en",
        a="Finance Bureau's credit platform",
        en=True,
        level2="质量指标",
    )


# -- facts only the goal text states -------------------------------------------------------------------
def proses(b: Book15) -> None:
    b.prose(
        "停车诱导一年处理了多少工单？",
        DSG20,
        r"停车诱导年度任务，累计服务\d+万人次，处理工单(\d+)个",
        "zhc",
        a="停车诱导",
    )
    b.prose(
        "How many people (in 10,000s) did the elderly care services project serve?",
        JTW25,
        r"养老服务年度任务，累计服务(\d+)万人次",
        "en",
        a="elderly care services project",
        en=True,
    )


def listings(b: Book15) -> None:
    b.listing("列出每个项目的执行率。", "rate", "zh")
    b.listing("Show every project's unspent balance.", "unspent", "en")


# -- conversations -------------------------------------------------------------------------------------
def follow_ups(b: Book15) -> None:
    jy, mz, ds, y21, y20 = (
        b.scoped(dept=JY),
        b.scoped(dept=MZ),
        b.scoped(dept=DS),
        b.scoped(year=2021),
        b.scoped(year=2020),
    )
    b.follow_value(["教委哪个项目结余最多？", "它的总分呢？"], b.winner("unspent", True, jy), "total", "zhc")
    b.follow_why(["民政局谁的总分最低？", "扣分原因是什么？"], b.winner("total", False, mz), "zh")
    b.follow_list(
        ["大数据中心都有哪些项目？", "里面执行率最低的是哪个？"],
        b.o.nth("rate", 1, False, ds),
        "rate",
        ds,
        "zh",
    )
    b.follow_count(
        ["2021年的项目有哪些？", "其中总分不到95分的有几个？"],
        b.passing("total", "lt", 95, y21),
        "total",
        "zh",
    )
    b.follow_mean_in(["民政局报了哪些项目？", "平均执行率是多少？"], "rate", mz, "zh")
    b.follow_value(
        ["民政局网络安全执行率多少？", "那卫健委网络安全呢？"],
        WJW02,
        "rate",
        "zhc",
        refs=[Ref("民政局网络安全", MZJ33), Ref("卫健委网络安全", WJW02)],
    )
    b.follow_compare(
        ["财政局信用平台和大数据中心信用平台的执行率各是多少？", "哪个低？"],
        [CZJ24, DSG45],
        "rate",
        False,
        "zhc",
    )
    b.follow_gap(
        ["文旅局水质监测和大数据中心水质监测，哪个结余多？", "相差多少钱？"],
        [WLJ34, DSG15],
        "unspent",
        "zh",
        refs=[Ref("文旅局水质监测", WLJ34), Ref("大数据中心水质监测", DSG15)],
    )
    b.follow_kind(
        ["公共卫生监测扣了几分？", "可持续影响指标扣了多少？"],
        JTW12,
        "可持续影响指标",
        "lost",
        "zh",
        refs=[Ref("公共卫生监测", JTW12)],
    )
    b.follow_place(
        ["生态环境局政务云平台建设执行率是多少？", "在所有项目里排第几？"],
        STJ21,
        "rate",
        True,
        "zh",
        refs=[Ref("生态环境局政务云", STJ21)],
    )
    b.follow_value(
        ["2020年预算最少的是哪个项目？", "它执行了多少？", "结余呢？"],
        b.winner("budget", False, y20),
        "unspent",
        "zhc",
    )
    b.follow_list(
        ["结余超过2000万的项目有哪些？", "其中执行率最高的是？"],
        b.o.nth("rate", 1, True, b.passing("unspent", "gt", 20_000_000)),
        "rate",
        b.passing("unspent", "gt", 20_000_000),
        "zhc",
    )
    b.follow_why(["智慧校园总分多少？", "为什么没拿满分？"], WJW26, "zh", refs=[Ref("智慧校园", WJW26)])
    # English
    b.follow_value(
        ["Which Ecology and Environment Bureau project spent the most?", "What is its satisfaction score?"],
        b.winner("executed", True, b.scoped(dept=ST)),
        "satisfaction",
        "en",
    )
    b.follow_list(
        ["Which 2021 projects scored above 97?", "Which of them has the smallest budget?"],
        b.o.nth("budget", 1, False, b.passing("total", "gt", 97, y21)),
        "budget",
        b.passing("total", "gt", 97, y21),
        "en",
    )
    b.follow_value(
        ["budget of CZJ-00006?", "and CZJ-00009?"],
        CZJ09,
        "budget",
        "enn",
        refs=[Ref("CZJ-00006", CZJ06), Ref("CZJ-00009", CZJ09)],
    )
    b.follow_count(
        ["List the Finance Bureau projects.", "How many had an execution rate under 85%?"],
        b.passing("rate", "lt", 85, b.scoped(dept=CZ)),
        "rate",
        "en",
    )
    b.follow_value(
        ["How much did the parking guidance project spend?", "How much was left?"],
        DSG20,
        "unspent",
        "en",
        refs=[Ref("parking guidance project", DSG20, True)],
    )

    y23_cheap = b.passing("executed", "lt", 100_000_000, b.scoped(year=2023))
    b.follow_list(
        [
            "Which 2023 projects spent under 100 million yuan?",
            "Which of them had the highest execution rate?",
        ],
        b.o.nth("rate", 1, True, y23_cheap),
        "rate",
        y23_cheap,
        "en",
    )


# -- refusals ------------------------------------------------------------------------------------------
def refusals(b: Book15) -> None:
    # years the corpus lacks
    b.refuse("2019年卫健委哪个项目执行率最高？", "year", "zh")
    b.refuse("2024年的项目平均得分多少", "year", "zhc")
    b.refuse("2016年民政局报了几个项目？", "year", "zh")
    b.refuse("智慧校园2024年预算多少", "year", "zhc")
    b.refuse("Which 2019 projects had an execution rate under 80%?", "year", "en")
    b.refuse("total budget 2025 all projects", "year", "enn")
    b.refuse("请提供2018年度教委各项目的自评得分。", "year", "zhf")
    b.refuse("2026年哪些项目结余超过1000万？", "year", "zh")
    # agencies the corpus lacks
    b.refuse("市场监管局有几个项目？", "agency", "zh")
    b.refuse("人社局项目执行率排名", "agency", "zhc")
    b.refuse("Which projects did the Shanghai Public Security Bureau run?", "agency", "en")
    b.refuse("规划资源局预算最多的项目是哪个？", "agency", "zh")
    b.refuse("科委的项目平均得分多少", "agency", "zhc")
    b.refuse("How much did the Housing Authority spend in 2021?", "agency", "en")
    b.refuse("杭州市财政局的项目有哪些？", "agency", "zh")
    # off-topic
    b.refuse("明天上海气温多少度？", "offtopic", "zh")
    b.refuse("来个冷笑话听听，要程序员相关的", "offtopic", "zhc")
    b.refuse("Which football club won the 2010 Champions League final?", "offtopic", "en")
    b.refuse("recommend a good laptop for coding", "offtopic", "enn")
    b.refuse("上证指数今天收盘多少点？", "offtopic", "zh")
    b.refuse("帮我订一张下周去北京的机票", "offtopic", "zhc")
    # fields the forms lack
    b.refuse_or_clarify("智慧校园项目是哪家公司中标的？", "missing", "zhc")
    b.refuse_or_clarify("停车诱导项目什么时候开工的？", "missing", "zh")
    b.refuse_or_clarify("What was the procurement method for MZJ-00033?", "missing", "en")
    b.refuse_or_clarify("各项目负责人的联系电话是多少？", "missing", "zh")
    b.refuse_or_clarify("养老服务项目有多少个工作人员", "missing", "zhc")
    b.refuse_or_clarify("Who audited the parking guidance project?", "missing", "en")
    b.refuse_or_clarify("公共卫生监测项目合同金额是多少？", "missing", "zh")
    # fragments that fit several projects
    b.refuse_or_clarify("水质监测的执行率多少", "ambiguous", "zhc", fragment="水质监测")
    b.refuse_or_clarify("文物数字化项目总分是多少？", "ambiguous", "zh", fragment="文物数字化")
    b.refuse_or_clarify("电子证照结余多少钱？", "ambiguous", "zh", fragment="电子证照")
    b.refuse_or_clarify("数据治理项目扣分原因", "ambiguous", "zhc", fragment="数据治理")
    b.refuse_or_clarify("政务云平台建设的预算是多少？", "ambiguous", "zh", fragment="政务云平台建设")
    b.refuse_or_clarify("交通信号优化二期工程执行率多少", "ambiguous", "zhc", fragment="交通信号优化二期")
    b.refuse_or_clarify("文物数字化运营服务费扣了几分？", "ambiguous", "zh", fragment="文物数字化运营服务费")
    b.ambiguous_en("What was the budget of the data governance project?", [JYW27, STJ29], "en")
    b.ambiguous_en("e-licence project execution rate?", [CZJ18, MZJ43, WJW40], "enn")
    # projects the corpus lacks
    b.refuse_or_clarify("地铁安检项目的执行率是多少？", "unknown_project", "zh", missing="地铁安检")
    b.refuse_or_clarify("垃圾焚烧厂项目扣了几分", "unknown_project", "zhc", missing="垃圾焚烧")
    b.refuse_or_clarify(
        "What was the total score of project ABC-00123?", "unknown_project", "en", missing="ABC-00123"
    )
    # nothing to refer to
    b.refuse_or_clarify("它的结余是多少？", "vague", "zh")
    b.refuse_or_clarify("and the other one?", "vague", "enn")


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


def build_book(records: list[dict[str, Any]] | None = None) -> Book15:
    """Every hand-written question with its oracle gold (over the synthetic corpus unless records
    given)."""
    book = book_of(Book15, "f15", synth_records() if records is None else records)
    return written(book, SECTIONS)


def write_free15() -> dict[Path, int]:
    """Rewrite free15_synth.jsonl; return how many items it holds."""
    return write_items(FREE15_SYNTH, build_book().items)

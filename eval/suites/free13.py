"""A thirteenth suite of questions written one by one, by hand, this time over the SYNTHETIC corpus
(``python -m eval.suites corpus DIR``: 48 forms of eight agencies over 2020–2023, with names such as
交通委员会政务云系统升级改造（JTW-00022）), so that nothing the bot does may lean on the sample's seven
names. People name projects the way they would: an agency's short name and a topic (交通委政务云升级,
财政局医保结算, 卫健委应急指挥), a topic only one project has (停车诱导, 养老服务, 智慧校园), or the code
(JYW-00042); they scope rankings and sums to one department (交通委下属, the Civil Affairs Bureau) or
one year (2022年, in 2021), and group by department or year. About three in five questions are in
Chinese. The weight is on rankings (within a department or a year too), thresholds, stated and
derived fields of one project, a named indicator's values, reasons for lost points, indicator
kinds, nested questions, comparisons, groups and conversations of two or three turns; more than
thirty-five questions must be refused or asked back (years and agencies the corpus lacks, fields
the forms lack, off-topic, fragments that fit several projects, projects the corpus lacks).
Each question stands next to the oracle call (eval/suites/free_book.py, Book8 of
eval/suites/free8.py, Book9 of eval/suites/free9.py and Book13 below) that answers it;
``python -m eval.suites build-free13`` writes ``free13_synth.jsonl``.

It exists to find questions the parser misreads; once the parser is tuned on it, it stops
measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the synthetic corpus's export records (Book13 reads
  only the oracle's tables, never ``bot``);
- a shortened Chinese project name singles out its project (its characters in order, so 交通委
  stands for 交通委员会; tests/test_free13_suite.py checks it), and a fragment that fits several
  projects is asked only where asking back (or refusing) is right;
- a ranking in a scope is asked only where no tie stands before the asked place; the one form
  whose stated total exceeds 100 (a planted finding) is never named for its total or points lost,
  and no ranking by points lost ends on it;
- a question that could be read two ways on the corpus is not asked as answerable.
"""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.suites import export_records, synth_corpus
from eval.suites.context import FIELDS, item, number_gold
from eval.suites.free9 import Book9, book_of
from eval.suites.free_book import TESTS, Ref, write_items, written
from eval.suites.intents import tags

FREE13_SYNTH = Path(__file__).parent / "free13_synth.jsonl"

CZJ03 = "财政局交通信号优化二期工程（CZJ-00003）"
CZJ06 = "财政局水质监测平台建设（CZJ-00006）"
CZJ09 = "财政局水质监测专项经费（CZJ-00009）"
CZJ17 = "财政局医保结算专项经费（CZJ-00017）"
CZJ18 = "财政局电子证照平台建设（CZJ-00018）"
CZJ24 = "财政局信用平台二期工程（CZJ-00024）"
CZJ36 = "财政局水质监测运营服务费（CZJ-00036）"
CZJ47 = "财政局政务云运维服务（CZJ-00047）"
DSG11 = "大数据中心档案数字化运维服务（DSG-00011）"
DSG15 = "大数据中心水质监测专项经费（DSG-00015）"
DSG16 = "大数据中心文物数字化系统升级改造（DSG-00016）"
DSG20 = "大数据中心停车诱导专项经费（DSG-00020）"
DSG45 = "大数据中心信用平台平台建设（DSG-00045）"
JTW12 = "交通委员会公共卫生监测专项经费（JTW-00012）"
JTW14 = "交通委员会城市运行专项经费（JTW-00014）"
JTW22 = "交通委员会政务云系统升级改造（JTW-00022）"
JTW25 = "交通委员会养老服务系统升级改造（JTW-00025）"
JTW31 = "交通委员会文物数字化运营服务费（JTW-00031）"
JTW32 = "交通委员会交通信号优化运维服务（JTW-00032）"
JTW38 = "交通委员会网络安全运营服务费（JTW-00038）"
JTW39 = "交通委员会城市运行二期工程（JTW-00039）"
JTW46 = "交通委员会政务云平台建设（JTW-00046）"
JYW01 = "教育委员会档案数字化平台建设（JYW-00001）"
JYW05 = "教育委员会水质监测运营服务费（JYW-00005）"
JYW08 = "教育委员会文物数字化运营服务费（JYW-00008）"
JYW27 = "教育委员会数据治理二期工程（JYW-00027）"
JYW35 = "教育委员会文物数字化专项经费（JYW-00035）"
JYW42 = "教育委员会文物数字化系统升级改造（JYW-00042）"
MZJ10 = "民政局应急指挥专项经费（MZJ-00010）"
MZJ23 = "民政局档案数字化运营服务费（MZJ-00023）"
MZJ33 = "民政局网络安全运维服务（MZJ-00033）"
MZJ43 = "民政局电子证照专项经费（MZJ-00043）"
MZJ44 = "民政局医保结算平台建设（MZJ-00044）"
STJ07 = "生态环境局档案数字化平台建设（STJ-00007）"
STJ19 = "生态环境局城市运行系统升级改造（STJ-00019）"
STJ21 = "生态环境局政务云平台建设（STJ-00021）"
STJ29 = "生态环境局数据治理运维服务（STJ-00029）"
WJW02 = "卫生健康委员会网络安全系统升级改造（WJW-00002）"
WJW04 = "卫生健康委员会城市运行运维服务（WJW-00004）"
WJW13 = "卫生健康委员会档案数字化专项经费（WJW-00013）"
WJW26 = "卫生健康委员会智慧校园专项经费（WJW-00026）"
WJW28 = "卫生健康委员会应急指挥二期工程（WJW-00028）"
WJW30 = "卫生健康委员会档案数字化专项经费（WJW-00030）"
WJW37 = "卫生健康委员会交通信号优化二期工程（WJW-00037）"
WJW40 = "卫生健康委员会电子证照运营服务费（WJW-00040）"
WJW41 = "卫生健康委员会城市运行二期工程（WJW-00041）"
WLJ00 = "文化和旅游局文物数字化平台建设（WLJ-00000）"
WLJ34 = "文化和旅游局水质监测系统升级改造（WLJ-00034）"

CZ, DS, JT, JY, MZ, ST, WJ, WL = (
    "上海市财政局",
    "上海市大数据中心",
    "上海市交通委员会",
    "上海市教育委员会",
    "上海市民政局",
    "上海市生态环境局",
    "上海市卫生健康委员会",
    "上海市文化和旅游局",
)
OUT, BEN, SAT = "产出指标", "效益指标", "满意度指标"

# words an answer may use for a department (scoring aliases, not question wording)
DEPT_ALIASES = {
    CZ: ["财政局", "Finance Bureau"],
    DS: ["大数据中心", "Big Data Center"],
    JT: ["交通委员会", "交通委", "Transport Commission"],
    JY: ["教育委员会", "教委", "Education Commission"],
    MZ: ["民政局", "Civil Affairs Bureau"],
    ST: ["生态环境局", "Ecology and Environment Bureau"],
    WJ: ["卫生健康委员会", "卫健委", "Health Commission"],
    WL: ["文化和旅游局", "文旅局", "Culture and Tourism Bureau"],
}


@dataclass
class Book13(Book9):
    """Book9 with the calls a corpus of many departments and years needs: rankings, thresholds,
    counts, aggregates and nested questions within one department and/or one year, the place
    of a project within such a scope, and groups per department or per year."""

    def __repr__(self) -> str:
        return f"<Book13 {self.prefix}: {len(self.items)} items>"

    def scoped(self, year: int | None = None, dept: str | None = None) -> list[str]:
        """The projects of one year and/or department (ValueError when fewer than two)."""
        names = self.o.names(year=year, department=dept)
        if len(names) < 2:
            raise ValueError(f"scope {year} {dept}: {names}")
        return names

    @staticmethod
    def _scope_tags(year: int | None, dept: str | None) -> list[str]:
        return (["scope:year"] if year else []) + (["scope:department"] if dept else [])

    # -- rankings ------------------------------------------------------------------------------
    def rank_in(
        self,
        q: str,
        f: str,
        high: bool,
        lang: str,
        *more: str,
        year: int | None = None,
        dept: str | None = None,
        n: int = 1,
        top: bool = False,
    ) -> None:
        """The projects in place n (top: the first n places) by a field, within a scope."""
        names = self.scoped(year, dept)
        if any(len(self.o.nth(f, i, high, names)) > 1 for i in range(1, n + (0 if top else 1))):
            raise ValueError(f"{q}: a tie up to place {n}")
        hit = self.o.top(f, n, high, names) if top else self.o.nth(f, n, high, names)
        if not hit or len(hit) >= len(names):
            raise ValueError(f"{q}: every project (or none) of the scope: {hit}")
        gold = {"items": hit, "universe": "project"}
        t = tags(lang, False, *self._scope_tags(year, dept), *more)
        self._add(item("rank", "rank", "list", [q], gold, self.rows(f, names), t))

    def place_in(
        self,
        q: str,
        name: str,
        f: str,
        high: bool,
        lang: str,
        *more: str,
        year: int | None = None,
        dept: str | None = None,
        a: str | None = None,
        en: bool = False,
    ) -> None:
        """The place of a named project by a field within its scope (no tie with it or above)."""
        names = self.scoped(year, dept)
        if name not in names:
            raise ValueError(f"{name} is not in the scope")
        col = self._column(f, names)
        mine = col[name]
        if any(abs(v - mine) < 1e-9 for n, v in col.items() if n != name):
            raise ValueError(f"{name} ties on {f}")
        better = [v for v in col.values() if (v > mine if high else v < mine)]
        if len({round(v, 6) for v in better}) != len(better):
            raise ValueError(f"a tie above {name} on {f}")
        refs = self._refs(name, a, en)
        gold = {"value": float(len(better) + 1), "tolerance": 0.0, "projects": [name]}
        t = self._tags(lang, refs, ["place", *self._scope_tags(year, dept), *more])
        self._add(item("rank", "rank", "number", [q], gold, self.rows(f, names), t), refs)

    # -- filters -------------------------------------------------------------------------------
    def filter_in(
        self,
        q: str,
        f: str,
        op: str,
        value: float,
        lang: str,
        *more: str,
        year: int | None = None,
        dept: str | None = None,
    ) -> None:
        """Projects of a scope whose field compares with a constant."""
        names = self.scoped(year, dept)
        hit = [n for n, v in self._column(f, names).items() if TESTS[op](v, value)]
        if not hit or len(hit) == len(names):
            raise ValueError(f"{q}: every project (or none) of the scope passes: {hit}")
        unit = "unit:" + ("money" if FIELDS[f].unit == "元" else str(FIELDS[f].unit))
        gold = {"items": hit, "universe": "project"}
        t = tags(lang, False, unit, *self._scope_tags(year, dept), *more)
        self._add(item("filter_value", "filter", "list", [q], gold, self.rows(f, names), t))

    # -- numbers over a scope ------------------------------------------------------------------
    def count_in(
        self,
        q: str,
        lang: str,
        *more: str,
        year: int | None = None,
        dept: str | None = None,
        f: str | None = None,
        op: str = "ge",
        value: float = 0.0,
    ) -> None:
        """How many projects a scope holds, or (f given) how many of them pass a test."""
        names = self.o.names(year=year, department=dept)
        if not names:
            raise ValueError(f"{q}: an empty scope")
        if f is None:
            hit, rows = names, [self.o.row(n, "project") for n in names]
        else:
            hit = [n for n, v in self._column(f, names).items() if TESTS[op](v, value)]
            if not hit or len(hit) == len(names):
                raise ValueError(f"{q}: every project (or none) of the scope passes")
            rows = self.rows(f, names)
        self.count(q, hit, rows, lang, *self._scope_tags(year, dept), *more)

    def aggregate_in(
        self,
        q: str,
        f: str,
        how: str,
        lang: str,
        *more: str,
        year: int | None = None,
        dept: str | None = None,
    ) -> None:
        """sum, avg, median, min or max of a field over a scope."""
        names = self.scoped(year, dept)
        gold = {
            "value": round(self.o.aggregate(f, how, names), 4),
            "unit": FIELDS[f].unit,
            "tolerance": FIELDS[f].tolerance,
        }
        t = [*self._scope_tags(year, dept), *more]
        self._number("aggregate", "aggregate", [q], gold, self.rows(f, names), lang, t)

    def nested_in(
        self,
        q: str,
        f: str,
        high: bool,
        g: str,
        lang: str,
        *more: str,
        year: int | None = None,
        dept: str | None = None,
    ) -> None:
        """The project first by f within a scope feeds the next question: its field g, its
        grade, or why it lost points."""
        names = self.scoped(year, dept)
        win = self.winner(f, high, names)
        rows = self.rows(f, names)
        t = tags(lang, False, *self._scope_tags(year, dept), *more)
        if g == "grade":
            gold: dict[str, Any] = {"answer": self.o.value(win, "grade"), "projects": [win]}
            self._add(item("nested", "nested", "grade", [q], gold, rows, t))
        elif g == "why":
            texts, why = self._why(win)
            self._add(
                item("nested", "nested", "text_all", [q], {"items": texts, "projects": [win]}, rows + why, t)
            )
        else:
            gold = {**number_gold(abs(float(self.o.value(win, g))), g), "projects": [win]}
            self._add(item("nested", "nested", "number", [q], gold, rows + self.rows(g, [win]), t))

    # -- groups --------------------------------------------------------------------------------
    def group_by(
        self,
        q: str,
        column: str,
        how: str,
        lang: str,
        *more: str,
        f: str = "total",
        year: int | None = None,
        dept: str | None = None,
    ) -> None:
        """Per department or per year (column), over every project or a scope: how many
        projects (count) or an aggregate of a field."""
        names = self.o.names(year=year, department=dept)
        values = self.o.by_project(column, how, names, f)
        if len(values) < 2:
            raise ValueError(f"{q}: fewer than two groups")
        unit = None if how == "count" else FIELDS[f].unit
        tol = 0.0 if how == "count" else FIELDS[f].tolerance
        pairs = [
            {
                "item": str(k),
                "aliases": DEPT_ALIASES.get(str(k), []) if column == "department" else [f"{k}年"],
                "value": round(v, 4),
                "unit": unit,
                "tolerance": tol,
            }
            for k, v in values.items()
        ]
        t = tags(lang, False, f"group:{column}", *self._scope_tags(year, dept), *more)
        self._add(item("group", "group", "per_item", [q], {"pairs": pairs}, self.rows(f, names), t))

    # -- conversations -------------------------------------------------------------------------
    def follow_mean_in(self, turns: list[str], f: str, names: Sequence[str], lang: str, *more: str) -> None:
        """Book8.follow_mean under the name the scope section uses."""
        gold = {
            "value": round(statistics.fmean(self._column(f, names).values()), 4),
            "unit": FIELDS[f].unit,
            "tolerance": FIELDS[f].tolerance,
            "projects": list(names),
        }
        self.follow_number(turns, gold, self.rows(f, names), lang, "avg", *more)


# -- stated fields of one project ------------------------------------------------------------------
def lookups(b: Book13) -> None:
    b.lookup("交通委政务云升级改造的全年预算数是多少？", JTW22, "budget", "zh", a="交通委政务云升级改造")
    b.lookup("财政局医保结算项目执行率多少", CZJ17, "rate", "zhc", a="财政局医保结算")
    b.lookup("停车诱导专项经费全年执行数是多少元？", DSG20, "executed", "zh", a="停车诱导专项经费")
    b.lookup("养老服务那个项目总分几分", JTW25, "total", "zhc", a="养老服务")
    b.lookup(
        "请列示卫健委应急指挥二期工程的年初预算数。", WJW28, "initial", "zhf", a="卫健委应急指挥二期工程"
    )
    b.lookup("民政局网络安全运维服务自评得分为多少？", MZJ33, "total", "zhf", a="民政局网络安全运维服务")
    b.lookup("智慧校园专项经费实际花了多少钱", WJW26, "executed", "zhc", a="智慧校园")
    b.lookup("JYW-00042的执行率是多少？", JYW42, "rate", "zh", a="JYW-00042")
    b.lookup("文旅局文物数字化平台建设预算多少", WLJ00, "budget", "zhc", a="文旅局文物数字化平台建设")
    b.lookup(
        "生态环境局数据治理运维服务的满意度得分是多少？", STJ29, "satisfaction", "zh", a="生态环境局数据治理"
    )
    b.lookup("公共卫生监测专项经费的执行率是多少？", JTW12, "rate", "zh", a="公共卫生监测")
    b.lookup("大数据中心信用平台建设项目总分多少？", DSG45, "total", "zh", a="大数据中心信用平台")
    b.lookup(
        "What is the full-year budget of the Finance Bureau's government cloud O&M project (CZJ-00047)?",
        CZJ47,
        "budget",
        "en",
        a="CZJ-00047",
    )
    b.lookup(
        "How much did the elderly care services upgrade of the Transport Commission actually spend?",
        JTW25,
        "executed",
        "en",
        a="elderly care services upgrade of the Transport Commission",
        en=True,
    )
    b.lookup(
        "What execution rate did the smart campus project report?",
        WJW26,
        "rate",
        "en",
        a="smart campus project",
        en=True,
    )
    b.lookup("What total score did STJ-00021 get?", STJ21, "total", "en", a="STJ-00021")
    b.lookup(
        "What was the satisfaction score of the Health Commission's emergency command phase II project?",
        WJW28,
        "satisfaction",
        "en",
        a="Health Commission's emergency command phase II project",
        en=True,
    )
    b.lookup(
        "How much money was budgeted for the parking guidance project at the start of the year?",
        DSG20,
        "initial",
        "en",
        a="parking guidance project",
        en=True,
    )
    b.lookup(
        "What was the execution rate of the Civil Affairs Bureau's medical insurance settlement platform?",
        MZJ44,
        "rate",
        "en",
        a="Civil Affairs Bureau's medical insurance settlement platform",
        en=True,
    )
    b.stated("停车诱导专项经费的主管部门是哪个单位？", DSG20, "department", "zh", a="停车诱导专项经费")
    b.stated(
        "Which agency is in charge of the public health monitoring project?",
        JTW12,
        "department",
        "en",
        a="public health monitoring project",
        en=True,
    )


# -- derived fields of one project -----------------------------------------------------------------
def derived(b: Book13) -> None:
    b.derived(
        "交通委文物数字化运营服务费还剩多少钱没花？", JTW31, "unspent", "zh", a="交通委文物数字化运营服务费"
    )
    b.derived("卫健委城市运行二期工程扣了多少分？", WJW41, "lost", "zh", a="卫健委城市运行二期工程")
    b.derived("财政局信用平台二期评级是什么？", CZJ24, "grade", "zh", a="财政局信用平台二期")
    b.derived("教委数据治理二期工程结余资金是多少", JYW27, "unspent", "zhc", a="教委数据治理")
    b.derived("民政局应急指挥专项经费丢了几分", MZJ10, "lost", "zhc", a="民政局应急指挥")
    b.derived("请核实生态环境局政务云平台建设项目的绩效等级。", STJ21, "grade", "zhf", a="生态环境局政务云")
    b.level1(
        "卫健委网络安全系统升级改造的满意度指标得分率是多少？", WJW02, SAT, "rate", "zh", a="卫健委网络安全"
    )
    b.level1(
        "财政局水质监测运营服务费产出指标一共得了多少分？",
        CZJ36,
        OUT,
        "score",
        "zh",
        a="财政局水质监测运营服务费",
    )
    b.level1("交通委公共卫生监测专项经费效益指标得分率多少", JTW12, BEN, "rate", "zhc", a="公共卫生监测")
    b.derived(
        "How much of its budget did the Education Commission's water quality monitoring service leave unspent?",
        JYW05,
        "unspent",
        "en",
        a="Education Commission's water quality monitoring service",
        en=True,
    )
    b.derived("How many points did MZJ-00043 lose in total?", MZJ43, "lost", "en", a="MZJ-00043")
    b.derived(
        "What grade did the Transport Commission's city operations phase II project receive?",
        JTW39,
        "grade",
        "en",
        a="Transport Commission's city operations phase II project",
        en=True,
    )
    b.level1(
        "What share of the output-indicator points did WJW-00037 earn?",
        WJW37,
        OUT,
        "rate",
        "en",
        a="WJW-00037",
    )
    b.derived(
        "How much was left over in the smart campus budget?",
        WJW26,
        "unspent",
        "en",
        a="smart campus budget",
        en=True,
    )
    b.derived(
        "How many points did the elderly care services project drop?",
        JTW25,
        "lost",
        "en",
        a="elderly care services project",
        en=True,
    )


# -- rankings ----------------------------------------------------------------------------------------
def ranks(b: Book13) -> None:
    b.rank("在所有自评表里，全年预算数最高的项目是哪个？", "budget", True, "zh")
    b.rank("全部项目里执行率垫底的是哪一个", "rate", False, "zhc")
    b.rank("满意度指标得分最高的是哪个项目？", "satisfaction", True, "zh")
    b.rank("全年执行数排第二的项目是哪个？", "executed", True, "zh", n=2)
    b.rank("结余资金最多的三个项目分别是？", "unspent", True, "zh", n=3, top=True)
    b.rank("Which project had the smallest full-year budget of all 48?", "budget", False, "en")
    b.rank("Which project has the second-lowest execution rate?", "rate", False, "en", n=2)
    b.rank("Name the five projects with the highest execution rates.", "rate", True, "en", n=5, top=True)
    b.rank_in("交通委下属项目里总分最低的是哪个？", "total", False, "zh", dept=JT)
    b.rank_in("卫健委的项目中执行率最低的是哪个？", "rate", False, "zh", dept=WJ)
    b.rank_in("2022年哪个项目预算最多", "budget", True, "zhc", year=2022)
    b.rank_in("2021年度总分排名倒数第一的项目是哪个？", "total", False, "zh", year=2021)
    b.rank_in("财政局哪个项目扣分最多", "lost", True, "zhc", dept=CZ)
    b.rank_in("2020年执行率前三名是哪几个项目？", "rate", True, "zh", year=2020, n=3, top=True)
    b.rank_in("教委的项目里全年执行数排第二的是哪个？", "executed", True, "zh", dept=JY, n=2)
    b.rank_in("民政局满意度得分最低的项目是哪个？", "satisfaction", False, "zh", dept=MZ)
    b.rank_in("2023年结余最少的是哪个项目", "unspent", False, "zhc", year=2023)
    b.rank_in("请列示生态环境局所属项目中全年预算数最小的项目。", "budget", False, "zhf", dept=ST)
    b.rank_in("2021年卫健委总分最高的是哪个项目？", "total", True, "zh", year=2021, dept=WJ)
    b.rank_in("2020年财政局执行率最低的项目是哪个", "rate", False, "zhc", year=2020, dept=CZ)
    b.rank_in("大数据中心哪个项目花钱最多", "executed", True, "zhc", dept=DS)
    b.rank_in("2022年总分最低的两个项目是哪些？", "total", False, "zh", year=2022, n=2, top=True)
    b.rank_in(
        "Among the Transport Commission's projects, which one had the lowest execution rate?",
        "rate",
        False,
        "en",
        dept=JT,
    )
    b.rank_in("Which 2023 project had the largest budget?", "budget", True, "en", year=2023)
    b.rank_in("Which project scored highest in 2020?", "total", True, "en", year=2020)
    b.rank_in(
        "Of the Education Commission's projects, which lost the most points?", "lost", True, "en", dept=JY
    )
    b.rank_in(
        "Which Health Commission project has the second-highest satisfaction score?",
        "satisfaction",
        True,
        "en",
        dept=WJ,
        n=2,
    )
    b.rank_in(
        "In 2021, which three projects spent the most?", "executed", True, "en", year=2021, n=3, top=True
    )
    b.rank_in(
        "Which of the Civil Affairs Bureau's projects had the biggest budget?", "budget", True, "en", dept=MZ
    )
    b.rank_in("Which 2022 project left the most money unspent?", "unspent", True, "en", year=2022)
    # the place of a named project
    b.place("停车诱导按全年预算数排第几？", DSG20, "budget", True, "zh", a="停车诱导")
    b.place_in(
        "在交通委的项目里，养老服务升级改造的总分排第几？",
        JTW25,
        "total",
        True,
        "zh",
        dept=JT,
        a="养老服务升级改造",
    )
    b.place_in(
        "2022年的项目中，教委文物数字化专项经费执行率排名第几？",
        JYW35,
        "rate",
        True,
        "zh",
        year=2022,
        a="教委文物数字化专项经费",
    )
    b.place_in(
        "Where does CZJ-00006 rank by total score among the Finance Bureau's projects?",
        CZJ06,
        "total",
        True,
        "en",
        dept=CZ,
        a="CZJ-00006",
    )


# -- thresholds --------------------------------------------------------------------------------------
def filters(b: Book13) -> None:
    b.filter("执行率不到75%的项目都有哪些？", "rate", "lt", 75, "zh")
    b.filter("全年预算数超过1.9亿元的项目有哪些", "budget", "gt", 190_000_000, "zhc")
    b.filter("总分高于98.5分的是哪些项目？", "total", "gt", 98.5, "zh")
    b.filter("满意度得分不低于35分的是哪几个项目", "satisfaction", "ge", 35, "zhc")
    b.filter("预算不到3000万的项目有哪些", "budget", "lt", 30_000_000, "zhc")
    b.filter("扣分超过6分的项目有哪几个？", "lost", "gt", 6, "zh")
    b.filter("Which projects reported an execution rate above 97%?", "rate", "gt", 97, "en")
    b.filter("List the projects that spent less than 25 million yuan.", "executed", "lt", 25_000_000, "en")
    b.filter("Which projects scored below 93.5?", "total", "lt", 93.5, "en")
    b.filter_in("交通委下属项目中执行率低于80%的有哪些？", "rate", "lt", 80, "zh", dept=JT)
    b.filter_in("2021年总分高于97分的项目有哪些", "total", "gt", 97, "zhc", year=2021)
    b.filter_in("财政局预算超过1.5亿元的项目有哪些？", "budget", "gt", 150_000_000, "zh", dept=CZ)
    b.filter_in("2023年满意度得分在20分及以上的项目有哪些？", "satisfaction", "ge", 20, "zh", year=2023)
    b.filter_in("卫健委执行率超过90%的项目有哪些", "rate", "gt", 90, "zhc", dept=WJ)
    b.filter_in(
        "请列示2020年度全年执行数不足5000万元的项目。", "executed", "lt", 50_000_000, "zhf", year=2020
    )
    b.filter_in(
        "Which 2022 projects had an execution rate of at least 90%?", "rate", "ge", 90, "en", year=2022
    )
    b.filter_in(
        "Which of the Education Commission's projects scored above 97?", "total", "gt", 97, "en", dept=JY
    )
    b.filter_in(
        "In 2020, which projects had budgets over 150 million yuan?",
        "budget",
        "gt",
        150_000_000,
        "en",
        year=2020,
    )
    b.filter_range("执行率介于80%和85%之间的是哪些项目？", "rate", 80, 85, "zh")
    b.filter_range(
        "Which projects have a full-year budget between 30 million and 40 million yuan?",
        "budget",
        30_000_000,
        40_000_000,
        "en",
    )


def aggregate_filters(b: Book13) -> None:
    b.filter_aggregate("总分高于全部项目平均分的有哪些？", "total", "above_avg", "zh")
    b.filter_aggregate(
        "Which projects' execution rates fall below the average rate?", "rate", "below_avg", "en"
    )
    b.filter_aggregate("全年预算数高于中位数的有哪些项目", "budget", "above_median", "zhc")
    b.filter_aggregate(
        "Which projects' satisfaction scores are above the median?", "satisfaction", "above_median", "en"
    )


# -- indicator kinds ---------------------------------------------------------------------------------
def indicator_filters(b: Book13) -> None:
    b.filter_kind("时效指标被扣分的都有哪些项目？", "时效指标", "deducted", "zh")
    b.filter_kind("有经济效益指标扣分的项目是哪些", "经济效益指标", "deducted", "zhc")
    b.filter_kind("Which projects dropped points on a quality indicator?", "质量指标", "deducted", "en")
    b.filter_kind("满意度指标一分没扣的项目有哪些？", "满意度指标", "full", "zh")
    b.filter_kind("Which projects lost any satisfaction points?", "满意度指标", "deducted", "en")
    b.lacking("没有设置数量指标的项目是哪些？", "数量指标", "zh")
    b.lacking("Which projects' forms carry no cost indicator at all?", "成本指标", "en")
    b.filter_kind("可持续影响指标被扣分的项目有哪些？", "可持续影响指标", "deducted", "zh")
    b.unmet("养老服务升级改造有哪些指标没有达到目标值？", JTW25, "zh", a="养老服务升级改造")
    b.unmet(
        "Which indicators of the smart campus project fell short of their targets?",
        WJW26,
        "en",
        a="smart campus project",
        en=True,
    )


# -- numbers over projects ---------------------------------------------------------------------------
def aggregates(b: Book13) -> None:
    b.count_all("这批自评表一共涉及多少个项目？", "zh")
    b.count_in("2022年有几个项目", "zhc", year=2022)
    b.count_in("交通委一共报了多少个项目？", "zh", dept=JT)
    b.count_in("How many projects does the Civil Affairs Bureau have?", "en", dept=MZ)
    b.count_in("How many projects are from 2023?", "en", year=2023)
    b.count_in("2021年卫健委有几个项目？", "zh", year=2021, dept=WJ)
    b.count_cmp("执行率不足80%的项目一共几个？", "rate", "lt", 80, "zh")
    b.count_in("2020年总分高于96分的项目有多少个", "zhc", year=2020, f="total", op="gt", value=96)
    b.count_kind("设置了生态效益指标的项目有多少个？", "生态效益指标", "has", "zh")
    b.count_kind("How many projects lost points on their cost indicators?", "成本指标", "deducted", "en")
    b.aggregate("48个项目的全年预算数合计是多少？", "budget", "sum", "zh")
    b.aggregate("What is the average execution rate across the 48 projects?", "rate", "avg", "en")
    b.aggregate("所有项目总分的中位数是几分", "total", "median", "zhc")
    b.aggregate_in("交通委所有项目的全年执行数加起来是多少？", "executed", "sum", "zh", dept=JT)
    b.aggregate_in("2021年项目的平均总分是多少？", "total", "avg", "zh", year=2021)
    b.aggregate_in("财政局项目平均执行率多少", "rate", "avg", "zhc", dept=CZ)
    b.aggregate_in("What was the total budget of the 2022 projects?", "budget", "sum", "en", year=2022)
    b.aggregate_in(
        "What is the lowest execution rate among the Health Commission's projects?",
        "rate",
        "min",
        "en",
        dept=WJ,
    )
    b.aggregate_in("2023年项目的结余资金一共多少？", "unspent", "sum", "zh", year=2023)
    b.aggregate_in(
        "What was the average satisfaction score of the Education Commission's projects?",
        "satisfaction",
        "avg",
        "en",
        dept=JY,
    )


def groups(b: Book13) -> None:
    b.group_by("每个主管部门各报了几个项目？", "department", "count", "zh")
    b.group_by("2020到2023年每年分别有多少个项目", "year", "count", "zhc")
    b.group_by("按部门统计平均总分。", "department", "avg", "zh")
    b.group_by("各年度项目的平均执行率分别是多少？", "year", "avg", "zh", f="rate")
    b.group_by("How many projects does each department have?", "department", "count", "en")
    b.group_by("What was the average total score in each year?", "year", "avg", "en")
    b.group_by("按部门汇总全年预算数。", "department", "sum", "zh", f="budget")
    b.group_by("Break down the full-year budget by year.", "year", "sum", "en", f="budget")
    b.group_by("2021年各部门分别有几个项目？", "department", "count", "zh", year=2021)
    b.group_by("交通委每年各报了几个项目", "year", "count", "zhc", dept=JT)
    b.group("全部项目按一级指标统计扣分合计。", "level1", "deduction", "zh")
    b.group(
        "Across all projects, what is the score rate of each second-level indicator kind?",
        "level2",
        "rate",
        "en",
    )
    b.group("停车诱导各一级指标得了多少分", "level1", "score", "zhc", name=DSG20, a="停车诱导")
    b.group(
        "For the smart campus project, how many points were lost under each second-level indicator?",
        "level2",
        "deduction",
        "en",
        name=WJW26,
        a="smart campus project",
        en=True,
    )


# -- comparisons -------------------------------------------------------------------------------------
def compares(b: Book13) -> None:
    b.compare(
        "交通委政务云升级改造和交通委政务云平台建设哪个总分高？",
        [JTW22, JTW46],
        "total",
        True,
        "zh",
        a=["交通委政务云升级改造", "交通委政务云平台建设"],
    )
    b.compare(
        "财政局医保结算和民政局医保结算，哪个执行率更高？",
        [CZJ17, MZJ44],
        "rate",
        True,
        "zh",
        a=["财政局医保结算", "民政局医保结算"],
    )
    b.compare(
        "卫健委应急指挥跟民政局应急指挥比，谁的预算少？",
        [WJW28, MZJ10],
        "budget",
        False,
        "zhc",
        a=["卫健委应急指挥", "民政局应急指挥"],
    )
    b.compare(
        "停车诱导、养老服务、智慧校园三个项目哪个满意度得分最高？",
        [DSG20, JTW25, WJW26],
        "satisfaction",
        True,
        "zh",
        a=["停车诱导", "养老服务", "智慧校园"],
    )
    b.compare(
        "大数据中心信用平台和财政局信用平台哪个扣分多",
        [DSG45, CZJ24],
        "lost",
        True,
        "zhc",
        a=["大数据中心信用平台", "财政局信用平台"],
    )
    b.compare(
        "Which spent more, JYW-00035 or JYW-00042?",
        [JYW35, JYW42],
        "executed",
        True,
        "en",
        a=["JYW-00035", "JYW-00042"],
    )
    b.compare(
        "Did the Finance Bureau's traffic signal optimisation phase II or the Health Commission's traffic "
        "signal optimisation phase II get the higher total score?",
        [CZJ03, WJW37],
        "total",
        True,
        "en",
        a=[
            "Finance Bureau's traffic signal optimisation phase II",
            "Health Commission's traffic signal optimisation phase II",
        ],
        en=True,
    )
    b.compare(
        "Which has more money left unspent: STJ-00007 or STJ-00029?",
        [STJ07, STJ29],
        "unspent",
        True,
        "en",
        a=["STJ-00007", "STJ-00029"],
    )
    b.gap(
        "文旅局水质监测比财政局水质监测专项经费预算多多少？",
        [WLJ34, CZJ09],
        "budget",
        "zh",
        a=["文旅局水质监测", "财政局水质监测专项经费"],
    )
    b.gap(
        "How far apart are the execution rates of CZJ-00036 and CZJ-00006?",
        [CZJ36, CZJ06],
        "rate",
        "en",
        a=["CZJ-00036", "CZJ-00006"],
    )
    b.compare_kind(
        "民政局网络安全和卫健委网络安全，满意度指标谁得分高？",
        [MZJ33, WJW02],
        SAT,
        True,
        "zh",
        a=["民政局网络安全", "卫健委网络安全"],
    )


# -- nested --------------------------------------------------------------------------------------------
def nesteds(b: Book13) -> None:
    b.nested("预算最多的那个项目执行率有多高？", "budget", True, "rate", "zh")
    b.nested("执行率最低的那个项目一共扣了多少分", "rate", False, "lost", "zhc")
    b.nested(
        "What grade was given to the lowest-scoring project in the corpus?", "total", False, "grade", "en"
    )
    b.nested("满意度得分最高的那个项目为什么还扣了分？", "satisfaction", True, "why", "zh")
    b.nested_in("交通委总分最低的项目预算是多少？", "total", False, "budget", "zh", dept=JT)
    b.nested_in("2022年执行率最高的项目结余了多少钱？", "rate", True, "unspent", "zh", year=2022)
    b.nested_in(
        "Why did the Finance Bureau's lowest-scoring project lose points?",
        "total",
        False,
        "why",
        "en",
        dept=CZ,
    )
    b.nested_in(
        "What was the execution rate of the 2023 project with the biggest budget?",
        "budget",
        True,
        "rate",
        "en",
        year=2023,
    )
    b.nested_in("卫健委扣分最多的那个项目为什么扣分", "lost", True, "why", "zhc", dept=WJ)


# -- one indicator of one project --------------------------------------------------------------------
def indicators(b: Book13) -> None:
    b.named(
        "养老服务系统可用率的实际完成值是多少？",
        "养老服务系统可用率",
        "actual",
        "zh",
        name=JTW25,
        a="养老服务",
    )
    b.named(
        "智慧校园使用者满意度这个指标得了几分",
        "智慧校园使用者满意度",
        "score",
        "zhc",
        name=WJW26,
        a="智慧校园",
    )
    b.named(
        "停车诱导服务覆盖率的年度指标值是多少？",
        "停车诱导服务覆盖率",
        "target",
        "zh",
        name=DSG20,
        a="停车诱导",
    )
    b.named(
        "财政局政务云运维服务的政务云预算控制率实际完成多少？",
        "政务云预算控制率",
        "actual",
        "zh",
        name=CZJ47,
        a="财政局政务云运维服务",
    )
    b.named(
        "公共卫生监测长效机制这一指标分值是多少？",
        "公共卫生监测长效机制",
        "weight",
        "zh",
        name=JTW12,
        a="公共卫生监测",
    )
    b.indicator("民政局应急指挥的时效指标扣了几分？", MZJ10, "时效指标", "lost", "zh", a="民政局应急指挥")
    b.indicator(
        "卫健委城市运行运维服务生态效益指标得分多少",
        WJW04,
        "生态效益指标",
        "score",
        "zhc",
        a="卫健委城市运行运维",
    )
    b.indicator(
        "教委档案数字化平台建设社会效益指标的实际完成值是多少？",
        JYW01,
        "社会效益指标",
        "actual",
        "zh",
        a="教委档案数字化",
    )
    b.indicator(
        "交通委交通信号优化运维服务的数量指标权重是多少？",
        JTW32,
        "数量指标",
        "weight",
        "zh",
        a="交通委交通信号优化",
    )
    b.indicator(
        "How many points did CZJ-00024 lose on its cost indicator?",
        CZJ24,
        "成本指标",
        "lost",
        "en",
        a="CZJ-00024",
    )
    b.indicator(
        "What score did the parking guidance project get on its social benefit indicator?",
        DSG20,
        "社会效益指标",
        "score",
        "en",
        a="parking guidance project",
        en=True,
    )
    b.indicator(
        "What was the target of the quantity indicator for the elderly care services upgrade?",
        JTW25,
        "数量指标",
        "target",
        "en",
        a="elderly care services upgrade",
        en=True,
    )
    b.named(
        "How many points was 停车诱导使用者满意度 worth for the parking guidance project?",
        "停车诱导使用者满意度",
        "weight",
        "en",
        name=DSG20,
        a="parking guidance project",
        en=True,
    )
    b.indicator(
        "What did WJW-00041 score on its quality indicator?", WJW41, "质量指标", "score", "en", a="WJW-00041"
    )


# -- why points were lost ------------------------------------------------------------------------------
def reasons(b: Book13) -> None:
    b.reason("交通委政务云升级改造为什么扣分？", JTW22, "zh", a="交通委政务云升级改造")
    b.reason("停车诱导扣分的原因是什么", DSG20, "zhc", a="停车诱导")
    b.reason("财政局政务云运维服务时效指标扣分原因是什么？", CZJ47, "zh", a="财政局政务云", level2="时效指标")
    b.reason("卫健委城市运行二期产出指标为什么扣分？", WJW41, "zh", a="卫健委城市运行二期", level1=OUT)
    b.reason("请说明民政局医保结算平台建设项目的偏差原因。", MZJ44, "zhf", a="民政局医保结算")
    b.reason("Why did the smart campus project lose points?", WJW26, "en", a="smart campus project", en=True)
    b.reason("What reasons does JYW-00008 give for its lost points?", JYW08, "en", a="JYW-00008")
    b.reason(
        "Why did the Health Commission's emergency command phase II project lose points on timeliness?",
        WJW28,
        "en",
        a="Health Commission's emergency command phase II project",
        en=True,
        level2="时效指标",
    )


# -- facts only the goal text states -------------------------------------------------------------------
def proses(b: Book13) -> None:
    b.prose(
        "停车诱导累计服务了多少万人次？", DSG20, r"停车诱导年度任务，累计服务(\d+)万人次", "zh", a="停车诱导"
    )
    b.prose(
        "养老服务项目处理了多少个工单",
        JTW25,
        r"养老服务年度任务，累计服务\d+万人次，处理工单(\d+)个",
        "zhc",
        a="养老服务",
    )
    b.prose(
        "How many work orders did the smart campus project handle?",
        WJW26,
        r"智慧校园年度任务，累计服务\d+万人次，处理工单(\d+)个",
        "en",
        a="smart campus project",
        en=True,
    )
    b.prose(
        "公共卫生监测累计服务多少万人次？",
        JTW12,
        r"公共卫生监测年度任务，累计服务(\d+)万人次",
        "zh",
        a="公共卫生监测",
    )


def listings(b: Book13) -> None:
    b.listing("把所有项目的自评总分都列一下。", "total", "zh")
    b.listing("Give me the grade of every project in the corpus.", "grade", "en")


# -- conversations -------------------------------------------------------------------------------------
def follow_ups(b: Book13) -> None:
    jt, wj, y22, y23, cz = (
        b.scoped(dept=JT),
        b.scoped(dept=WJ),
        b.scoped(year=2022),
        b.scoped(year=2023),
        b.scoped(dept=CZ),
    )
    b.follow_value(
        ["交通委哪个项目预算最多？", "它的执行率是多少？"], b.winner("budget", True, jt), "rate", "zh"
    )
    b.follow_value(
        ["2022年总分最高的是哪个项目？", "那它花了多少钱？"], b.winner("total", True, y22), "executed", "zh"
    )
    b.follow_why(["卫健委执行率最低的是哪个？", "为什么扣分？"], b.winner("rate", False, wj), "zh")
    b.follow_list(
        ["财政局有哪些项目？", "其中执行率最高的是哪个？"],
        b.o.nth("rate", 1, True, cz),
        "rate",
        cz,
        "zh",
    )
    b.follow_list(
        ["2023年的项目有哪些？", "按预算从高到低排，第二是哪个？"],
        b.o.nth("budget", 2, True, y23),
        "budget",
        y23,
        "zh",
    )
    b.follow_count(
        ["交通委下属的项目有哪些？", "其中执行率超过90%的有几个？"],
        b.passing("rate", "gt", 90, jt),
        "rate",
        "zh",
    )
    b.follow_mean_in(["卫健委有几个项目？", "它们的平均总分是多少？"], "total", wj, "zh")
    b.follow_value(["停车诱导总分多少？", "预算呢？"], DSG20, "budget", "zhc", refs=[Ref("停车诱导", DSG20)])
    b.follow_value(
        ["养老服务执行率多少", "那智慧校园呢"],
        WJW26,
        "rate",
        "zhc",
        refs=[Ref("养老服务", JTW25), Ref("智慧校园", WJW26)],
    )
    b.follow_place(
        ["公共卫生监测专项经费的全年预算数是多少？", "按预算排第几？"],
        JTW12,
        "budget",
        True,
        "zh",
        refs=[Ref("公共卫生监测专项经费", JTW12)],
    )
    b.follow_why(
        ["民政局医保结算总分多少？", "扣分原因呢？"], MZJ44, "zh", refs=[Ref("民政局医保结算", MZJ44)]
    )
    b.follow_compare(
        ["财政局医保结算和民政局医保结算各花了多少钱？", "哪个预算更高？"],
        [CZJ17, MZJ44],
        "budget",
        True,
        "zh",
    )
    b.follow_gap(
        ["交通委政务云升级改造和交通委政务云平台建设哪个执行率高？", "差多少？"],
        [JTW22, JTW46],
        "rate",
        "zh",
        refs=[Ref("交通委政务云升级改造", JTW22), Ref("交通委政务云平台建设", JTW46)],
    )
    b.follow_kind(
        ["智慧校园总共扣了多少分？", "其中成本指标扣了几分？"],
        WJW26,
        "成本指标",
        "lost",
        "zh",
        refs=[Ref("智慧校园", WJW26)],
    )
    b.follow_list(
        ["2021年执行率最低的是哪个项目？", "换成总分呢？"],
        b.o.nth("total", 1, False, b.scoped(year=2021)),
        "total",
        b.scoped(year=2021),
        "zh",
        "switch",
    )
    b.follow_value(
        ["教委哪个项目扣分最多？", "它的满意度得分呢？", "预算是多少？"],
        b.winner("lost", True, b.scoped(dept=JY)),
        "budget",
        "zh",
    )
    b.follow_list(
        ["执行率低于75%的项目有哪些？", "其中哪个预算最大？"],
        b.o.nth("budget", 1, True, b.passing("rate", "lt", 75)),
        "budget",
        b.passing("rate", "lt", 75),
        "zh",
    )
    b.follow_value(
        ["生态环境局有几个项目？", "总分最高的是哪个？", "它的执行率呢？"],
        b.winner("total", True, b.scoped(dept=ST)),
        "rate",
        "zh",
    )
    y20 = b.scoped(year=2020)
    b.follow_list(
        ["2020年有几个项目？", "其中预算最少的是哪个？"],
        b.o.nth("budget", 1, False, y20),
        "budget",
        y20,
        "zh",
    )
    # English
    b.follow_value(
        ["Which Civil Affairs Bureau project scored lowest?", "What was its execution rate?"],
        b.winner("total", False, b.scoped(dept=MZ)),
        "rate",
        "en",
    )
    b.follow_why(["Which 2023 project lost the most points?", "Why?"], b.winner("lost", True, y23), "en")
    b.follow_list(
        ["Which projects did the Transport Commission run in 2020?", "Which of them spent the least?"],
        b.o.nth("executed", 1, False, b.scoped(year=2020, dept=JT)),
        "executed",
        b.scoped(year=2020, dept=JT),
        "en",
    )
    b.follow_count(
        ["Which projects had an execution rate below 80%?", "How many of them scored above 95?"],
        b.passing("total", "gt", 95, b.passing("rate", "lt", 80)),
        "total",
        "en",
    )
    b.follow_value(
        ["What did the parking guidance project score?", "And its satisfaction score?"],
        DSG20,
        "satisfaction",
        "en",
        refs=[Ref("parking guidance project", DSG20, True)],
    )
    b.follow_value(
        ["What was the budget of JYW-00027?", "And JYW-00005?"],
        JYW05,
        "budget",
        "en",
        refs=[Ref("JYW-00027", JYW27), Ref("JYW-00005", JYW05)],
    )
    b.follow_mean_in(["List the 2022 projects.", "What is their average execution rate?"], "rate", y22, "en")
    b.follow_compare(
        ["What were the total scores of STJ-00019 and STJ-00021?", "Which one is lower?"],
        [STJ19, STJ21],
        "total",
        False,
        "en",
    )
    b.follow_list(
        ["Which Health Commission project has the biggest budget?", "And by execution rate?"],
        b.o.nth("rate", 1, True, wj),
        "rate",
        wj,
        "en",
        "switch",
    )
    b.follow_value(
        ["What was the execution rate of CZJ-00009?", "And how much of its budget was left unspent?"],
        CZJ09,
        "unspent",
        "en",
        refs=[Ref("CZJ-00009", CZJ09)],
    )
    b.follow_place(
        ["How much did the smart campus project spend?", "Where does it rank by spending?"],
        WJW26,
        "executed",
        True,
        "en",
        refs=[Ref("smart campus project", WJW26, True)],
    )


# -- refusals ------------------------------------------------------------------------------------------
def refusals(b: Book13) -> None:
    # years the corpus lacks
    b.refuse("2019年交通委项目的总分分别是多少？", "year", "zh")
    b.refuse("2024年哪个项目预算最多", "year", "zhc")
    b.refuse("Which projects were evaluated in 2018?", "year", "en")
    b.refuse("停车诱导2025年的预算安排是多少？", "year", "zh")
    b.refuse("What was the average total score of the 2024 projects?", "year", "en")
    b.refuse("请列示2017年度财政局各项目全年执行数。", "year", "zhf")
    # agencies the corpus lacks
    b.refuse("上海市公安局有哪些项目？", "agency", "zh")
    b.refuse("住建委的项目平均执行率多少", "agency", "zhc")
    b.refuse("How did the Pudong New Area government's projects score?", "agency", "en")
    b.refuse("北京市大数据局项目预算合计是多少？", "agency", "zh")
    b.refuse("Which project of the Shanghai Tax Bureau spent the most?", "agency", "en")
    b.refuse("水务局项目里总分最高的是哪个？", "agency", "zh")
    # off-topic
    b.refuse("今天浦东会下雨吗？", "offtopic", "zh")
    b.refuse("帮我写一首关于秋天的诗", "offtopic", "zhc")
    b.refuse("What's the tallest mountain in Africa?", "offtopic", "en")
    b.refuse("How do I cook mapo tofu?", "offtopic", "en")
    b.refuse("今天日元兑人民币汇率多少？", "offtopic", "zh")
    # fields the forms lack
    b.refuse_or_clarify("停车诱导项目的负责人是谁？", "missing", "zh")
    b.refuse_or_clarify("各项目的资金到位率分别是多少？", "missing", "zh")
    b.refuse_or_clarify("养老服务项目签了几份采购合同", "missing", "zhc")
    b.refuse_or_clarify("How many staff worked on the smart campus project?", "missing", "en")
    b.refuse_or_clarify("Which contractor delivered JTW-00022?", "missing", "en")
    b.refuse_or_clarify("交通委各项目的审计意见是什么？", "missing", "zh")
    # fragments that fit several projects
    b.refuse_or_clarify(
        "档案数字化专项经费的执行率是多少？", "ambiguous", "zh", fragment="档案数字化专项经费"
    )
    b.refuse_or_clarify("医保结算项目总分多少", "ambiguous", "zhc", fragment="医保结算")
    b.refuse_or_clarify("应急指挥那个项目扣了几分？", "ambiguous", "zh", fragment="应急指挥")
    b.refuse_or_clarify("信用平台的预算是多少？", "ambiguous", "zh", fragment="信用平台")
    b.refuse_or_clarify("城市运行二期工程执行率多少", "ambiguous", "zhc", fragment="城市运行二期工程")
    b.refuse_or_clarify("网络安全项目为什么扣分？", "ambiguous", "zh", fragment="网络安全")
    b.ambiguous_en("What was the execution rate of the emergency command project?", [MZJ10, WJW28], "en")
    b.ambiguous_en("How much did the medical insurance settlement project spend?", [CZJ17, MZJ44], "en")
    b.ambiguous_en("What did the credit platform project score?", [CZJ24, DSG45], "en")
    # projects the corpus lacks
    b.refuse_or_clarify("垃圾分类项目的预算是多少？", "unknown_project", "zh", missing="垃圾分类")
    b.refuse_or_clarify("河长制专项经费执行率多少", "unknown_project", "zhc", missing="河长制")
    b.refuse_or_clarify("What did the metro line extension project score?", "unknown_project", "en")
    b.refuse_or_clarify(
        "What was the budget of project XYZ-00099?", "unknown_project", "en", missing="XYZ-00099"
    )
    # nothing to refer to
    b.refuse_or_clarify("那它的全年预算数是多少呢？", "vague", "zh")
    b.refuse_or_clarify("And why did that one lose points, then?", "vague", "en")


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


def synth_records() -> list[dict[str, Any]]:
    """Export records of the synthetic corpus the synth suites are about."""
    with tempfile.TemporaryDirectory() as tmp:
        return export_records([synth_corpus(Path(tmp))])


def build_book(records: list[dict[str, Any]] | None = None) -> Book13:
    """Every hand-written question with its oracle gold (over the synthetic corpus unless records
    given)."""
    book = book_of(Book13, "t13", synth_records() if records is None else records)
    return written(book, SECTIONS)


def write_free13() -> dict[Path, int]:
    """Rewrite free13_synth.jsonl; return how many items it holds."""
    return write_items(FREE13_SYNTH, build_book().items)

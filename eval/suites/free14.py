"""A fourteenth suite of questions written one by one, by hand, over the bundled sample corpus, by
a writer who had not seen the parser's words. Five people new to the bot ask: an official of a
district finance bureau checking the funds columns (全年预算数, 执行数, 结余, 支出进度); a people's
congress deputy preparing questions for a budget review (who did worse, by how much, why); a
journalist writing in English; a department head who talks in short spoken Chinese (花了多少, 差多少,
哪个扣得多); and an intern who copies the form's words and writes half of the time in English for a
foreign supervisor. About seven in ten questions are Chinese. The weight is on the intents the
bot reads worst: comparisons of two named projects (which is higher, by how much), indicators of a
kind or meeting a condition (时效/质量/数量/成本/满意度 indicators, 产出/效益 indicators, indicators
that lost points, indicators whose actual missed the target), value thresholds in many forms
(不足, 未达, 低于, 以下, 少于, 至少, 不低于, 超过, 高于, 过, ≥, <, percentages, 万元 and 亿 amounts,
Chinese numerals), one named indicator's target, actual, weight or score, derived values (结余,
未执行金额, points lost, an execution ratio computed from two columns, the gap between a budget and
the spending) and nested questions (a measure of the project first or last on another measure,
the indicators of such a project). Measures are named with many synonyms (执行率, 预算执行率, 支出
进度; 总分, 自评得分, 综合得分, 绩效得分; 全年预算数, 资金总额; 执行数, 实际支出, 花了多少). More
than forty questions must be refused or asked back. Each question stands next to the oracle call
(eval/suites/free_book.py, Book8 of eval/suites/free8.py, Book9 of eval/suites/free9.py and Book14
below) that answers it; ``python -m eval.suites build-free14`` writes ``free14_sample.jsonl``.

It exists to find questions the parser misreads; once the parser is tuned on it, it stops
measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the sample's export records (Book14 reads only the
  oracle's tables and the export records, never ``bot``);
- 预算 alone (or 资金总额) is used only where 年初预算数 and 全年预算数 agree, or where either reading
  gives the same gold (the management-funds form changed its budget during the year);
- a level-1 subtotal (产出指标, 效益指标) is not asked of the two forms that print their 时效指标 row
  under 效益指标 (the oracle files 时效指标 under 产出指标 by the national template);
- a list of indicator names never holds a name that is itself a kind label (数量指标, 时效指标),
  which no answer can state apart from the label;
- a threshold equal to some project's value is asked only in words that say whether the bound is
  included (至少, 不低于, 及以上, ≥, 不超过); 以上, 以下 are used only with bounds no value equals;
- a shortened Chinese project name singles out its project (tests/test_free14_suite.py checks
  it), and a fragment that fits several projects is asked only where asking back is right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.oracle import KIND_VARIANTS, KINDS, LEVEL1
from eval.suites import sample_records
from eval.suites.context import FIELDS, item
from eval.suites.free9 import Book9, book_of
from eval.suites.free_book import TESTS, Ref, write_items, written

FREE14_SAMPLE = Path(__file__).parent / "free14_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
OUT, BEN, SAT = "产出指标", "效益指标", "满意度指标"
SAT2 = "服务对象满意度指标"

# English renderings (recorded apart: no substring test can check them)
E1 = "One-Stop Service operations"
E2 = "One-Stop platform upgrade"
E3 = "infrastructure O&M"
E4 = "phase-two big data platform"
E5 = "e-gov cloud prepaid fees"
E6 = "Center's admin funding"
E7 = "Data Operations Service"

FB, DP, JO, HD, IN = (
    "persona:finance-bureau",
    "persona:deputy",
    "persona:journalist",
    "persona:dept-head",
    "persona:intern",
)
LABELS = set(KINDS) | set(LEVEL1) | set(KIND_VARIANTS)


def r(words: str, name: str) -> Ref:
    """A Chinese short name of a project in a conversation."""
    return Ref(words, name)


@dataclass
class Book14(Book9):
    """Book9 with the calls this suite needs beyond it: the indicator names of one project (or of
    every project) of a kind, that lost points or that kept them all, or that pass a test on a
    column; the same for the project first by a field (nested); a derived value read from an
    oracle column the field table lacks (points lost on the indicators alone, on the funds row);
    the share of a budget column spent; and the gap between a budget column and the spending."""

    def __repr__(self) -> str:
        return f"<Book14 {self.prefix}: {len(self.items)} items>"

    # -- indicator names -----------------------------------------------------------------------
    def _select(self, name: str | None, kind: str | None, what: str) -> Any:
        rows = self.o.indicator_rows(name)
        if kind is not None:
            rows = rows[rows["level1" if kind in LEVEL1 else "level2"] == kind]
        test = {
            "all": lambda r: True,
            "deducted": lambda r: r.deduction > 1e-9,
            "full": lambda r: abs(r.deduction) < 1e-9,
            "unmet": lambda r: r.met is False,
        }[what]
        if what == "unmet" and rows.met.isna().any():
            raise ValueError(f"{name} {kind}: some targets cannot be compared")
        keep = rows[[bool(test(r)) for r in rows.itertuples()]]
        return rows, keep

    def _names_gold(self, keep: Any, projects: Sequence[str]) -> dict[str, Any]:
        names = sorted(set(keep.name))
        if not names or any(n in LABELS for n in names):
            raise ValueError(f"no names, or a kind label among them: {names}")
        return {"items": names, "universe": "indicator", "projects": list(projects)}

    def kind_list(
        self,
        q: str,
        name: str | None,
        kind: str | None,
        what: str,
        lang: str,
        *more: str,
        a: str | None = None,
        en: bool = False,
    ) -> None:
        """The indicators of one project (or of every project) of a kind (or of any kind): all of
        them, those that lost points, kept every point, or fell short of the target."""
        refs = self._refs(name, a, en) if name else []
        rows, keep = self._select(name, kind, what)
        projects = [name] if name else sorted(set(keep.project), key=self.o.names().index)
        gold = self._names_gold(keep, projects)
        t = self._tags(lang, refs, [f"indicators:{what}", *more])
        self._add(item("filter_indicator", "filter", "list", [q], gold, self.o.ids(rows), t), refs)

    def indicator_where(
        self, q: str, column: str, op: str, value: float, lang: str, *more: str, name: str | None = None
    ) -> None:
        """The indicators (of one project, or of all) whose score, weight or points lost compare
        with a constant."""
        rows = self.o.indicator_rows(name)
        keep = rows[[TESTS[op](float(v), value) for v in rows[column]]]
        projects = [name] if name else sorted(set(keep.project), key=self.o.names().index)
        gold = self._names_gold(keep, projects)
        refs = self._refs(name, None) if name else []
        t = self._tags(lang, refs, [f"indicators:{column}", *more])
        self._add(item("filter_indicator", "filter", "list", [q], gold, self.o.ids(rows), t), refs)

    def nested_list(
        self, q: str, f: str, high: bool, kind: str | None, what: str, lang: str, *more: str
    ) -> None:
        """The indicators (of a kind, or all; lost points, full, unmet) of the project first by f."""
        win = self.winner(f, high)
        rows, keep = self._select(win, kind, what)
        gold = self._names_gold(keep, [win])
        ids = self.rows(f, self.o.names()) + self.o.ids(rows)
        t = self._tags(lang, [], ["indicators", *more])
        self._add(item("nested", "nested", "list", [q], gold, ids, t))

    def nested_gap(self, q: str, f: str, g: str, lang: str, *more: str) -> None:
        """How far apart, on g, are the projects first and last by f."""
        top, bottom = self.winner(f, True), self.winner(f, False)
        col = self._column(g, [top, bottom])
        gold = {
            "value": round(abs(col[top] - col[bottom]), 4),
            "unit": FIELDS[g].unit,
            "tolerance": FIELDS[g].tolerance,
            "projects": [top, bottom],
        }
        rows = self.rows(f, self.o.names()) + self.rows(g, [top, bottom])
        self._add(item("nested", "nested", "number", [q], gold, rows, self._tags(lang, [], ["gap", *more])))

    # -- derived values --------------------------------------------------------------------------
    def derived_column(
        self, q: str, name: str, column: str, lang: str, *more: str, a: str | None = None, en: bool = False
    ) -> None:
        """Points lost on the indicators alone (indicator_lost) or on the funds row (funds_lost)."""
        refs = self._refs(name, a, en)
        gold = {"value": round(float(self.o.value(name, column)), 4), "unit": "分", "tolerance": 0.01}
        if column == "indicator_lost":
            rows = self.o.ids(self.o.indicator_rows(name))
        else:
            rows = [self.o.row(name, "funds")]
        t = self._tags(lang, refs, [f"derived:{column}", *more])
        self._add(
            item("lookup_derived", "derived", "number", [q], {**gold, "projects": [name]}, rows, t), refs
        )

    def spent_share(
        self,
        q: str,
        name: str,
        base: str,
        lang: str,
        *more: str,
        a: str | None = None,
        en: bool = False,
    ) -> None:
        """The spending as a share (%) of a budget column (initial or budget), computed."""
        refs = self._refs(name, a, en)
        value = float(self.o.value(name, "executed")) / float(self.o.value(name, base)) * 100
        gold = {"value": round(value, 4), "unit": "%", "tolerance": 0.01, "projects": [name]}
        t = self._tags(lang, refs, [f"derived:share-of-{base}", *more])
        self._add(
            item("lookup_derived", "derived", "number", [q], gold, [self.o.row(name, "funds")], t), refs
        )

    def spent_gap(
        self, q: str, name: str, lang: str, *more: str, a: str | None = None, en: bool = False
    ) -> None:
        """How much the spending falls short of the initial budget (年初预算数 − 全年执行数)."""
        refs = self._refs(name, a, en)
        value = float(self.o.value(name, "initial")) - float(self.o.value(name, "executed"))
        gold = {"value": round(value, 4), "unit": "元", "tolerance": 50, "projects": [name]}
        t = self._tags(lang, refs, ["derived:initial-minus-spent", *more])
        self._add(
            item("lookup_derived", "derived", "number", [q], gold, [self.o.row(name, "funds")], t), refs
        )


# -- comparisons of two named projects ----------------------------------------------------------
def compares(b: Book14) -> None:
    b.compare("运维跟二期比，自评得分谁高一点？", [P3, P4], "total", True, "zhc", HD, a=["运维", "二期"])
    b.compare(
        "政务云和管理经费，哪个的支出进度慢？", [P5, P6], "rate", False, "zhc", HD, a=["政务云", "管理经费"]
    )
    b.compare(
        "升级改造与数据运营两项，实际支出哪个更多？",
        [P2, P7],
        "executed",
        True,
        "zhf",
        FB,
        a=["升级改造", "数据运营"],
    )
    b.compare(
        "二期和升级改造相比，全年预算数哪个少？", [P4, P2], "budget", False, "zhf", FB, a=["二期", "升级改造"]
    )
    b.compare(
        "运维和政务云预付费，哪一个结余的钱更多？",
        [P3, P5],
        "unspent",
        True,
        "zh",
        FB,
        a=["运维", "政务云预付费"],
    )
    b.compare(
        "管理工作经费同数据运营服务比，谁丢的分多？",
        [P6, P7],
        "lost",
        True,
        "zh",
        DP,
        a=["管理工作经费", None],
    )
    b.compare(
        "请比较一网通办运营和升级改造的综合得分，哪个更高？",
        [P1, P2],
        "total",
        True,
        "zhf",
        DP,
        a=["一网通办运营", "升级改造"],
    )
    b.compare(
        "二期跟运维的满意度指标得分，哪个低？",
        [P4, P3],
        "satisfaction",
        False,
        "zh",
        DP,
        a=["二期", "运维"],
    )
    b.compare(
        "资源平台二期和政务云服务费，预算执行率哪个更高？",
        [P4, P5],
        "rate",
        True,
        "zh",
        IN,
        a=["资源平台二期", "政务云服务费"],
    )
    b.gap("运维比升级改造多花了多少钱？", [P3, P2], "executed", "zhc", HD, a=["运维", "升级改造"])
    b.gap("政务云和二期的绩效得分相差几分？", [P5, P4], "total", "zh", DP, a=["政务云", "二期"])
    b.gap(
        "一网通办运营服务的全年预算数比数据运营服务多出多少？",
        [P1, P7],
        "budget",
        "zh",
        FB,
        a=["一网通办运营服务", None],
    )
    b.gap("管理经费的执行率比运维低了多少个百分点？", [P6, P3], "rate", "zh", DP, a=["管理经费", "运维"])
    b.gap("二期和数据运营的扣分差多少？", [P4, P7], "lost", "zhc", HD, a=["二期", "数据运营"])
    b.gap(
        "升级改造、二期两个项目的未执行金额差了多少元？",
        [P2, P4],
        "unspent",
        "zh",
        FB,
        a=["升级改造", "二期"],
    )
    b.compare_kind(
        "质量指标上，一网通办运营和数据运营谁拿的分多？",
        [P1, P7],
        "质量指标",
        True,
        "zh",
        DP,
        a=["一网通办运营", "数据运营"],
    )
    b.compare_kind(
        "时效指标得分，运维与管理经费哪个低？",
        [P3, P6],
        "时效指标",
        False,
        "zh",
        IN,
        a=["运维", "管理经费"],
    )
    b.compare_kind(
        "社会效益指标这块，政务云和一网通办运营比谁的得分高？",
        [P5, P1],
        "社会效益指标",
        True,
        "zh",
        DP,
        a=["政务云", "一网通办运营"],
    )
    # English
    b.compare(
        f"Between the {E3} and the {E4}, which one scored higher overall?",
        [P3, P4],
        "total",
        True,
        "en",
        JO,
        a=[E3, E4],
        en=True,
    )
    b.compare(
        f"Did the {E5} or the {E6} spend a smaller share of its budget?",
        [P5, P6],
        "rate",
        False,
        "en",
        JO,
        a=[E5, E6],
        en=True,
    )
    b.compare(
        f"Which got the bigger annual budget: the {E7} or the {E3}?",
        [P7, P3],
        "budget",
        True,
        "en",
        JO,
        a=[E7, E3],
        en=True,
    )
    b.compare(
        "Compare 升级改造 and 二期: which left more money unspent?",
        [P2, P4],
        "unspent",
        True,
        "en",
        IN,
        a=["升级改造", "二期"],
    )
    b.gap(
        f"By how many points does the {E2} outscore the {E6}?",
        [P2, P6],
        "total",
        "en",
        JO,
        a=[E2, E6],
        en=True,
    )
    b.gap(
        "What is the spending difference between 数据运营服务 and 政务云, in yuan?",
        [P7, P5],
        "executed",
        "en",
        IN,
        a=[None, "政务云"],
    )
    b.gap(
        f"How far apart are the {E1} and the {E5} on points lost?",
        [P1, P5],
        "lost",
        "en",
        JO,
        a=[E1, E5],
        en=True,
    )
    b.compare_kind(
        "On satisfaction indicators, who did worse, 运维 or 政务云?",
        [P3, P5],
        SAT2,
        False,
        "en",
        IN,
        a=["运维", "政务云"],
    )
    b.compare(
        "Which lost fewer points, 一网通办运营 or 运维?",
        [P1, P3],
        "lost",
        False,
        "en",
        IN,
        a=["一网通办运营", "运维"],
    )


# -- indicators of a kind or meeting a condition ----------------------------------------------------
def indicator_filters(b: Book14) -> None:
    b.kind_list("二期的产出指标具体有哪几条？", P4, OUT, "all", "zh", IN, a="二期")
    b.kind_list("升级改造的效益指标都包括哪些？", P2, BEN, "all", "zh", IN, a="升级改造")
    b.kind_list("运维底下挂了哪几个质量指标？", P3, "质量指标", "all", "zhc", HD, a="运维")
    b.kind_list("数据运营服务的效益指标里，哪些是满分？", P7, BEN, "full", "zh", DP)
    b.kind_list("数据运营服务哪些指标丢了分？", P7, None, "deducted", "zh", DP)
    b.kind_list("政务云预付费这个项目，扣分的指标有哪些？", P5, None, "deducted", "zh", FB, a="政务云预付费")
    b.kind_list("一网通办运营被扣分的三级指标列一下。", P1, None, "deducted", "zh", IN, a="一网通办运营")
    b.kind_list("运维哪几项指标没拿满分？", P3, None, "deducted", "zhc", HD, a="运维")
    b.kind_list("二期的三级指标中，哪些实际完成值没达到年度指标值？", P4, None, "unmet", "zh", IN, a="二期")
    b.kind_list(
        "一网通办运营服务有哪些指标完成值低于目标值？", P1, None, "unmet", "zh", DP, a="一网通办运营服务"
    )
    b.kind_list("数据运营服务哪些指标没完成预期目标？", P7, None, "unmet", "zh", FB)
    b.kind_list("各项目的质量指标里，哪些被扣了分？", None, "质量指标", "deducted", "zh", DP)
    b.kind_list("所有项目中，社会效益指标没拿满分的有哪些条？", None, "社会效益指标", "deducted", "zh", FB)
    b.kind_list("数量指标里被扣分的是哪一条？", None, "数量指标", "deducted", "zhc", HD)
    b.kind_list("成本指标只有一条吧，叫什么？", None, "成本指标", "all", "zh", IN)
    b.indicator_where("扣了三分及以上的指标有哪些？", "deduction", "ge", 3, "zh", DP)
    b.indicator_where("分值不少于30分的指标是哪几条？", "weight", "ge", 30, "zh", IN)
    b.indicator_where("数据运营服务里得分不到10分的指标？", "score", "lt", 10, "zh", FB, name=P7)
    b.filter_kind("时效指标被扣分的项目都有哪些？", "时效指标", "deducted", "zh", DP)
    b.filter_kind("哪些项目的产出指标全部拿满了？", OUT, "full", "zh", FB)
    b.filter_kind("设有生态效益指标的项目是哪些？", "生态效益指标", "has", "zh", IN)
    b.filter_kind("效益指标丢过分的项目有哪几个？", BEN, "deducted", "zhc", HD)
    b.lacking("哪些项目没有设置可持续影响指标？", "可持续影响指标", "zh", IN)
    # English
    b.kind_list("Which indicators of 二期 missed their targets?", P4, None, "unmet", "en", JO, a="二期")
    b.kind_list(
        f"List the indicators on which the {E5} lost points.", P5, None, "deducted", "en", JO, a=E5, en=True
    )
    b.kind_list("What are the quality indicators of 运维?", P3, "质量指标", "all", "en", IN, a="运维")
    b.kind_list(
        f"Which benefit indicators of the {E7} earned full marks?", P7, BEN, "full", "en", JO, a=E7, en=True
    )
    b.indicator_where("Which indicators were docked 4 points or more?", "deduction", "ge", 4, "en", JO)
    b.filter_kind(
        "Which projects were marked down on their quality indicators?", "质量指标", "deducted", "en", JO
    )
    b.filter_kind("Did any project set a cost indicator? Which one?", "成本指标", "has", "en", IN)
    b.filter_kind("Which projects kept every point on their satisfaction indicators?", SAT, "full", "en", JO)


# -- thresholds ---------------------------------------------------------------------------------------
def filters(b: Book14) -> None:
    b.filter("执行率不足99.5%的是哪几个项目？", "rate", "lt", 99.5, "zh", FB)
    b.filter("支出进度未达百分之百的项目有哪些？", "rate", "lt", 100, "zh", DP)
    b.filter("预算执行率不低于99.75%的项目有哪些？", "rate", "ge", 99.75, "zh", FB)
    b.filter("执行率过99.7%的项目是哪些？", "rate", "gt", 99.7, "zhc", HD)
    b.filter("执行率在九成以下的项目？", "rate", "lt", 90, "zhc", HD)
    b.filter("自评得分低于九十分的是哪个？", "total", "lt", 90, "zh", DP)
    b.filter("综合得分至少95.97分的项目有哪些？", "total", "ge", 95.97, "zh", IN)
    b.filter("绩效得分高于93分的项目有哪几个？", "total", "gt", 93, "zh", DP)
    b.filter("总分≥96分的项目有哪几个？", "total", "ge", 96, "zh", IN)
    b.filter("总分<93分的项目列一下", "total", "lt", 93, "zh", IN)
    b.filter("得分不到九十二分的项目是哪些？", "total", "lt", 92, "zhc", HD)
    b.filter(
        "全年预算数超过5000万元的，都是哪几个项目？", "budget", "gt", 50_000_000, "zh", FB, "money:5000万元"
    )
    b.filter("全年预算数少于2000万的项目是哪几个？", "budget", "lt", 20_000_000, "zh", FB, "money:2000万")
    b.filter("实际支出过亿的是哪个项目？", "executed", "gt", 100_000_000, "zhc", HD, "money:过亿")
    b.filter("花了不到两千万的项目有哪些？", "executed", "lt", 20_000_000, "zhc", HD, "money:两千万")
    b.filter("执行数至少8800万元的项目？", "executed", "ge", 88_000_000, "zh", FB, "money:8800万元")
    b.filter("年初预算数不低于4000万元的有哪些？", "initial", "ge", 40_000_000, "zh", FB, "money:4000万元")
    b.filter("年初预算在三千万以下的项目都有谁？", "initial", "lt", 30_000_000, "zh", DP, "money:三千万")
    b.filter("资金总额高于七千万的项目？", "budget", "gt", 70_000_000, "zhc", HD, "money:七千万")
    b.filter("结余资金超过10万元的，请列出项目名称。", "unspent", "gt", 100_000, "zh", FB, "money:10万元")
    b.filter("未执行金额少于一万元的项目有哪些？", "unspent", "lt", 10_000, "zh", FB, "money:一万元")
    b.filter_range("结余资金在5万到20万之间的？", "unspent", 50_000, 200_000, "zh", FB, "money:5万")
    b.filter("扣分超过7分的是哪些项目，请列出。", "lost", "gt", 7, "zh", DP)
    b.filter("扣分少于四分的是哪几个？", "lost", "lt", 4, "zhc", HD)
    b.filter("丢分不超过4.03分的项目？", "lost", "le", 4.03, "zh", IN)
    b.filter("满意度这块低于8分的是哪个项目？", "satisfaction", "lt", 8, "zh", DP)
    b.filter("满意度指标拿了9分以上的项目有哪些？", "satisfaction", "gt", 9, "zh", IN)
    b.filter("满意度得分不高于8分的项目有哪些？", "satisfaction", "le", 8, "zh", DP)
    b.filter_range("执行率介于99%和99.7%之间的项目？", "rate", 99, 99.7, "zh", FB)
    b.filter_range(
        "全年预算数在三千万到九千万之间的是哪些？", "budget", 30_000_000, 90_000_000, "zh", FB, "money:三千万"
    )
    # English
    b.filter("Which projects spent less than 99.5% of their budget?", "rate", "lt", 99.5, "en", JO)
    b.filter(
        "Which of the seven projects reached 95 points or more in self-evaluation?",
        "total",
        "ge",
        95,
        "en",
        JO,
    )
    b.filter("Any projects with a self-evaluation total under 92 points?", "total", "lt", 92, "en", IN)
    b.filter(
        "Which projects had a full-year budget of over 80 million yuan?",
        "budget",
        "gt",
        80_000_000,
        "en",
        JO,
        "money:million",
    )
    b.filter(
        "Which projects spent at least 40 million yuan?",
        "executed",
        "ge",
        40_000_000,
        "en",
        JO,
        "money:million",
    )
    b.filter(
        "Which projects left more than 100,000 yuan unspent?",
        "unspent",
        "gt",
        100_000,
        "en",
        JO,
        "money:yuan",
    )
    b.filter("Which projects were docked more than 6 points in total?", "lost", "gt", 6, "en", IN)
    b.filter("Which projects' satisfaction score is above 9.5?", "satisfaction", "gt", 9.5, "en", IN)


# -- one named indicator of one project ------------------------------------------------------------
def indicators(b: Book14) -> None:
    b.named("质量问题整改率的年度指标值定的是多少？", "质量问题整改率", "target", "zh", IN)
    b.named("数据治理程度实际做到了多少？", "数据治理程度", "actual", "zh", DP)
    b.named("数据治理程度这条指标得了几分？", "数据治理程度", "score", "zh", FB)
    b.named("系统功能模块使用率实际完成值是多少？", "系统功能模块使用率", "actual", "zh", IN)
    b.named(
        "二期系统安全等级达标率的分值是多少？", "系统安全等级达标率", "weight", "zh", IN, name=P4, a="二期"
    )
    b.named(
        "政务云市政府各部门基础设施共建共用扣了几分？",
        "市政府各部门基础设施共建共用",
        "lost",
        "zh",
        DP,
        name=P5,
        a="政务云",
    )
    b.named("应用系统上云这条指标最后得分多少？", "应用系统上云", "score", "zhc", HD)
    b.named("故障时间这个指标的年度指标值是什么？", "故障时间", "target", "zh", IN)
    b.named(
        "运维的系统重要储存信息丢失率分值占多少？",
        "系统重要储存信息丢失率",
        "weight",
        "zh",
        FB,
        name=P3,
        a="运维",
    )
    b.named("系统故障平均恢复时长实际是多少分钟？", "系统故障平均恢复时长", "actual", "zh", DP)
    b.named("运维的使用者满意度扣了几分？", "使用者满意度", "lost", "zhc", HD, name=P3, a="运维")
    b.named("政务云的使用者满意度得了几分？", "使用者满意度", "score", "zhc", HD, name=P5, a="政务云")
    b.named("预算金额结算率的实际完成值填的多少？", "预算金额结算率", "actual", "zh", IN)
    b.named(
        "二期“部门业务人员和企业用户使用满意度”得分是多少？",
        "部门业务人员和企业用户使用满意度",
        "score",
        "zh",
        DP,
        name=P4,
        a="二期",
    )
    b.named(
        "一网通办运营“营造良好营商环境”实际完成值多少？",
        "营造良好营商环境",
        "actual",
        "zh",
        FB,
        name=P1,
        a="一网通办运营",
    )
    b.named("使用方满意这条的目标值是多少？", "使用方满意", "target", "zh", IN)
    b.named("管理经费的经济效应扣了几分？", "经济效应", "lost", "zhc", HD, name=P6, a="管理经费")
    b.indicator("数据运营服务成本指标的分值是多少？", P7, "成本指标", "weight", "zh", FB)
    b.indicator("二期的时效指标得了多少分？", P4, "时效指标", "score", "zh", IN, a="二期")
    b.indicator("升级改造的质量指标实际完成情况怎么样？", P2, "质量指标", "actual", "zh", DP, a="升级改造")
    b.indicator("政务云数量指标扣了多少分？", P5, "数量指标", "lost", "zhc", HD, a="政务云")
    # English
    b.named("What was the target for 质量问题整改率?", "质量问题整改率", "target", "en", JO)
    b.named("How many points did 系统故障响应及时性 lose?", "系统故障响应及时性", "lost", "en", JO)
    b.named("How many points was 应用系统上云 worth?", "应用系统上云", "weight", "en", IN)
    b.named("Actual value reported for 系统功能模块使用率?", "系统功能模块使用率", "actual", "en", IN)
    b.indicator(
        f"What did the {E7} score on its quality indicator?", P7, "质量指标", "score", "en", JO, a=E7, en=True
    )
    b.indicator(
        f"How many points did the {E4} lose on satisfaction?", P4, SAT2, "lost", "en", JO, a=E4, en=True
    )


# -- derived values of one project ----------------------------------------------------------------
def derived(b: Book14) -> None:
    b.derived("运维年底结余了多少钱？", P3, "unspent", "zhc", HD, a="运维")
    b.derived("升级改造还有多少钱没执行？", P2, "unspent", "zh", FB, a="升级改造")
    b.derived("二期预算跟实际支出差了多少？", P4, "unspent", "zh", FB, a="二期")
    b.derived("管理经费全年预算数减去执行数，剩多少？", P6, "unspent", "zh", FB, a="管理经费")
    b.derived("政务云预付费的钱花剩下多少？", P5, "unspent", "zhc", HD, a="政务云预付费")
    b.derived("一网通办运营服务离满分差几分？", P1, "lost", "zh", DP, a="一网通办运营服务")
    b.derived("数据运营服务总分扣了几分？", P7, "lost", "zhc", HD)
    b.derived("政务云距离100分还差多少？", P5, "lost", "zh", IN, a="政务云")
    b.derived("管理经费的全年预算比年初调减了多少？", P6, "change", "zh", FB, a="管理经费")
    b.derived("二期最后评了个什么绩效等级？", P4, "grade", "zh", DP, a="二期")
    b.derived("管理工作经费能评上优吗？是什么等级？", P6, "grade", "zh", DP, a="管理工作经费")
    b.derived_column("二期光是绩效指标部分一共扣了几分？", P4, "indicator_lost", "zh", DP, a="二期")
    b.derived_column("管理经费的三级指标合计丢了多少分？", P6, "indicator_lost", "zh", FB, a="管理经费")
    b.derived_column("运维在执行率得分上扣了多少？", P3, "funds_lost", "zh", FB, a="运维")
    b.derived_column("管理经费执行率那一项丢了几分？", P6, "funds_lost", "zhc", HD, a="管理经费")
    b.spent_share("管理经费实际支出占年初预算的比例是多少？", P6, "initial", "zh", FB, a="管理经费")
    b.spent_share("升级改造执行数除以全年预算数，算出来多少？", P2, "budget", "zh", IN, a="升级改造")
    b.spent_gap("管理经费年初预算数比执行数多多少？", P6, "zh", FB, a="管理经费")
    b.level1("运维的产出指标一共拿了多少分？", P3, OUT, "score", "zh", IN, a="运维")
    b.level1("二期效益指标得分率多少？", P4, BEN, "rate", "zh", DP, a="二期")
    b.level1("管理经费的产出指标一共得了多少分？", P6, OUT, "score", "zh", DP, a="管理经费")
    # English
    b.derived(
        f"How much of the {E6}'s full-year budget went unspent?", P6, "unspent", "en", JO, a=E6, en=True
    )
    b.derived("How many points short of 100 is 二期?", P4, "lost", "en", IN, a="二期")
    b.derived(f"What grade did the {E5} get?", P5, "grade", "en", JO, a=E5, en=True)
    b.derived(
        f"By how much was the {E6}'s budget cut during the year?", P6, "change", "en", JO, a=E6, en=True
    )
    b.spent_share(
        f"What share of its initial budget did the {E6} actually spend?",
        P6,
        "initial",
        "en",
        JO,
        a=E6,
        en=True,
    )
    b.derived_column(
        "Points lost on the indicators alone for 运维?", P3, "indicator_lost", "en", IN, a="运维"
    )


# -- nested questions ------------------------------------------------------------------------------
def nesteds(b: Book14) -> None:
    b.nested("得分最低的项目执行率多少？", "total", False, "rate", "zh", DP)
    b.nested("预算最多的那个项目自评得了多少分？", "budget", True, "total", "zhc", HD)
    b.nested("结余最多的项目总分是多少？", "unspent", True, "total", "zh", FB)
    b.nested("支出进度最慢的项目被扣了几分？", "rate", False, "lost", "zh", DP)
    b.nested("满意度得分最高的项目花了多少钱？", "satisfaction", True, "executed", "zhc", HD)
    b.nested("综合得分第一的项目还剩多少钱没花？", "total", True, "unspent", "zh", FB)
    b.nested("扣分最少的项目全年预算数是多少？", "lost", False, "budget", "zh", IN)
    b.nested("实际支出最少的项目评了什么等级？", "executed", False, "grade", "zh", DP)
    b.nested("满意度最差的那个项目，满意度为什么扣分？", "satisfaction", False, "why", "zh", DP)
    b.nested("执行率最低的项目，年初预算数是多少？", "rate", False, "initial", "zh", FB)
    b.nested_list("全年预算最大的项目有哪些指标被扣了分？", "budget", True, None, "deducted", "zh", DP)
    b.nested_list("满意度得分最低的项目，哪些指标没达标？", "satisfaction", False, None, "unmet", "zh", FB)
    b.nested_list("总分最高的项目，被扣分的指标是哪条？", "total", True, None, "deducted", "zh", IN)
    b.nested_list("预算最少的项目，产出指标有哪些？", "budget", False, OUT, "all", "zh", IN)
    b.nested_list("结余为零的那个项目，哪几条指标扣了分？", "unspent", False, None, "deducted", "zhc", HD)
    b.nested_gap("得分最高和最低的两个项目，执行率差多少？", "total", "rate", "zh", DP)
    b.nested_gap("预算最多和最少的项目，总分相差几分？", "budget", "total", "zh", FB)
    # English
    b.nested("What is the execution rate of the lowest-scoring project?", "total", False, "rate", "en", JO)
    b.nested("How much did the highest-scoring project spend?", "total", True, "executed", "en", JO)
    b.nested("Why did the project with the most points lost lose them?", "lost", True, "why", "en", JO)
    b.nested_list(
        "Which indicators lost points in the project with the largest budget?",
        "budget",
        True,
        None,
        "deducted",
        "en",
        JO,
    )
    b.nested_list(
        "For the project with the best satisfaction score, which indicators missed their targets?",
        "satisfaction",
        True,
        None,
        "unmet",
        "en",
        IN,
    )


# -- stated fields of one project ------------------------------------------------------------------
def lookups(b: Book14) -> None:
    b.lookup("运维这一年下来实际花掉多少钱？", P3, "executed", "zhc", HD, a="运维")
    b.lookup("政务云预付费的支出进度是多少？", P5, "rate", "zh", FB, a="政务云预付费")
    b.lookup("二期最后自评打了多少分？", P4, "total", "zhc", HD, a="二期")
    b.lookup("管理工作经费年初预算是多少万元？", P6, "initial", "zh", FB, a="管理工作经费")
    b.lookup("数据运营服务的资金到位执行情况，执行率是多少？", P7, "rate", "zh", IN)
    b.lookup("升级改造的绩效得分是几分？", P2, "total", "zh", DP, a="升级改造")
    b.lookup("一网通办运营服务的资金总额是多少？", P1, "budget", "zh", FB, a="一网通办运营服务")
    b.lookup("管理经费执行率得分几分？", P6, "funds_score", "zh", FB, a="管理经费")
    b.lookup("二期满意度指标那块拿了几分？", P4, "satisfaction", "zhc", HD, a="二期")
    b.stated("政务云服务费是哪个单位实施的？", P5, "unit", "zh", IN, a="政务云服务费")
    # English
    b.lookup(f"How much did the {E3} actually spend in 2021?", P3, "executed", "en", JO, a=E3, en=True)
    b.lookup(f"What was the overall score of the {E7}?", P7, "total", "en", JO, a=E7, en=True)
    b.lookup(f"What was the {E2}'s full-year budget?", P2, "budget", "en", JO, a=E2, en=True)
    b.lookup("What execution rate did 管理工作经费 report?", P6, "rate", "en", IN, a="管理工作经费")


# -- rankings ---------------------------------------------------------------------------------------
def ranks(b: Book14) -> None:
    b.rank("这批自评里，垫底的是哪个项目？", "total", False, "zh", DP)
    b.rank("综合得分排在第三位的是哪个项目？", "total", True, "zh", IN, n=3)
    b.rank("哪个项目年底结余资金最多？", "unspent", True, "zh", FB)
    b.rank("实际支出倒数第二的是哪个项目？", "executed", False, "zh", FB, n=2)
    b.rank("丢分最多的前两个项目？", "lost", True, "zhc", HD, n=2, top=True)
    b.rank("钱花得最慢的是哪个项目？", "rate", False, "zhc", HD)
    b.place("政务云的绩效得分在几个项目里排老几？", P5, "total", True, "zhc", HD, a="政务云")
    b.place("二期的全年预算数从小到大排第几？", P4, "budget", False, "zh", FB, a="二期")
    # English
    b.rank("Whose full-year budget was the second largest of the seven?", "budget", True, "en", JO, n=2)
    b.rank("Name the three projects that were docked the most points.", "lost", True, "en", JO, n=3, top=True)
    b.rank("Which project sat on the largest unspent balance at year end?", "unspent", True, "en", JO)
    b.place(f"Where does the {E4} rank by overall score?", P4, "total", True, "en", JO, a=E4, en=True)


# -- numbers over every project --------------------------------------------------------------------
def aggregates(b: Book14) -> None:
    b.aggregate("七个项目的实际支出加总是多少？", "executed", "sum", "zh", FB)
    b.aggregate("各项目平均自评得分是多少？", "total", "avg", "zh", DP)
    b.aggregate("结余加起来一共多少钱？", "unspent", "sum", "zhc", HD)
    b.count_cmp("执行率不足100%的项目有几个？", "rate", "lt", 100, "zh", FB)
    b.count_kind("满意度指标被扣分的项目一共几个？", SAT, "deducted", "zh", DP)
    b.aggregate(
        "Across all seven projects, what was the mean budget execution rate?", "rate", "avg", "en", JO
    )
    b.aggregate("For my story: what is the median of the seven overall scores?", "total", "median", "en", JO)
    b.count_cmp("How many projects ended up with fewer than 93 points?", "total", "lt", 93, "en", IN)


def aggregate_filters(b: Book14) -> None:
    b.filter_aggregate("自评得分高于平均分的项目有哪些？", "total", "above_avg", "zh", DP)
    b.filter_aggregate("实际支出低于平均数的项目？", "executed", "below_avg", "zh", FB)
    b.filter_aggregate(
        "Which projects left more unspent than the median project?", "unspent", "above_median", "en", JO
    )
    b.filter_aggregate("扣分比平均水平少的项目有哪些？", "lost", "below_avg", "zhc", HD)


def groups(b: Book14) -> None:
    b.group("按二级指标类别汇总，各类一共扣了多少分？", "level2", "deduction", "zh", FB)
    b.group("二期按一级指标分，各扣了几分？", "level1", "deduction", "zh", DP, name=P4, a="二期")
    b.group("运维各二级指标分别得分多少？", "level2", "score", "zh", IN, name=P3, a="运维")
    b.group(
        "What share of the available points did each second-level indicator type earn?",
        "level2",
        "rate",
        "en",
        JO,
    )
    b.group("数据运营服务一级指标各拿了多少分？", "level1", "score", "zh", IN, name=P7)


def listings(b: Book14) -> None:
    b.listing("每个项目的结余各是多少？", "unspent", "zh", FB)
    b.listing("把七个项目的绩效等级都列一下。", "grade", "zh", DP)
    b.listing("七个项目各自的自评得分报一下。", "total", "zhc", HD)
    b.listing("Please give me the actual spending of every project, one by one.", "executed", "en", JO)
    b.listing("各项目扣了多少分，逐个列出来。", "lost", "zh", IN)


def reasons(b: Book14) -> None:
    b.reason("数据运营服务的数据治理程度为什么只得了一半分？", P7, "zh", DP, level2="社会效益指标")
    b.reason("升级改造满意度为何没满分？", P2, "zh", DP, a="升级改造", level1=SAT)
    b.reason("运维到底因为啥被扣分？", P3, "zhc", HD, a="运维")
    b.reason(f"Why did the {E4} lose points on satisfaction?", P4, "en", JO, a=E4, en=True, level1=SAT)
    b.reason(
        "Why did 政务云 lose points on its quantity indicator?", P5, "en", IN, a="政务云", level2="数量指标"
    )


def proses(b: Book14) -> None:
    b.prose("运维全年总计完成了多少个工单任务？", P3, r"总计完成(\d+)个工单任务", "zh", DP, a="运维")
    b.prose("运维本年度搞了几次应急演练？", P3, r"共完成(\d+)次应急演练", "zhc", HD, a="运维")
    b.prose("数据运营服务的实际完成情况里，新建了几个专题库？", P7, r"等(\d+)个专题库", "zh", IN)
    b.prose(
        "How many districts is 数据运营服务 connected to, per its goals?", P7, r"对接全市(\d+)个区", "en", JO
    )


# -- conversations --------------------------------------------------------------------------------
def follow_ups(b: Book14) -> None:
    names = b.o.names()
    b.follow_value(
        ["运维花了多少？", "那二期呢？"], P4, "executed", "zhc", HD, refs=[r("运维", P3), r("二期", P4)]
    )
    b.follow_compare(["政务云的执行率多少？", "跟管理经费比，哪个高？"], [P5, P6], "rate", True, "zhc", HD)
    b.follow_gap(
        ["升级改造得了几分？", "比数据运营服务高多少？"],
        [P2, P7],
        "total",
        "zh",
        DP,
        refs=[r("升级改造", P2)],
    )
    b.follow_kind(
        ["二期有哪些指标扣分了？", "社会效益指标扣了几分？"],
        P4,
        "社会效益指标",
        "lost",
        "zh",
        DP,
        refs=[r("二期", P4)],
    )
    b.follow_value(["哪个项目结余最多？", "它的执行率是多少？"], b.winner("unspent", True), "rate", "zh", FB)
    over50m = b.passing("budget", "gt", 50_000_000)
    b.follow_list(
        ["全年预算超过五千万的是哪些？", "这里面得分最低的是哪个？"],
        b.o.nth("total", 1, False, over50m),
        "total",
        over50m,
        "zh",
        FB,
    )
    b.follow_why(["总分最低的是哪个项目？", "它为什么扣分？"], b.winner("total", False), "zh", DP)
    b.follow_place(["数据运营服务的总分多少？", "排第几？"], P7, "total", True, "zh", IN)
    b.follow_value(
        ["一网通办运营的全年预算数？", "执行数呢？", "结余呢？"],
        P1,
        "unspent",
        "zh",
        FB,
        refs=[r("一网通办运营", P1)],
    )
    deducted_time = b.with_kind("时效指标", "deducted")
    b.follow_count(["时效指标扣了分的是哪几个项目？", "一共几个？"], deducted_time, "total", "zh", IN)
    b.follow_value(
        ["Which project had the lowest execution rate?", "And its total score?"],
        b.winner("rate", False),
        "total",
        "en",
        JO,
    )
    b.follow_value(
        ["What did 运维 spend?", "What about 升级改造?"],
        P2,
        "executed",
        "en",
        IN,
        refs=[r("运维", P3), r("升级改造", P2)],
    )
    b.follow_value(
        ["Which project scored highest?", "And the second?", "How much did it leave unspent?"],
        b.o.nth("total", 2, True, names)[0],
        "unspent",
        "en",
        JO,
    )
    b.follow_compare(
        ["What was 二期's total score?", "Was 政务云 higher or lower?"], [P4, P5], "total", True, "en", IN
    )


# -- to refuse or ask back --------------------------------------------------------------------------
def refusals(b: Book14) -> None:
    # other years
    b.refuse("运维去年（2022年）的钱花到几成了？", "year", "zhc", HD)
    b.refuse("二期在2020年度自评打了几分？", "year", "zh", DP)
    b.refuse("2019年那批项目里全年预算数谁最大？", "year", "zh", FB)
    b.refuse("政务云2023年底还结余多少？", "year", "zh", FB)
    b.refuse("What score did 数据运营服务 get for fiscal 2020?", "year", "en", JO)
    b.refuse("How did these projects perform back in 2018?", "year", "en", JO)
    # other agencies
    b.refuse("市卫健委有哪些项目执行率不到90%？", "agency", "zh", DP)
    b.refuse("徐汇区财政局的项目绩效得分怎么样？", "agency", "zh", FB)
    b.refuse("市教委那边哪个项目自评得分最高？", "agency", "zhc", HD)
    b.refuse("Which projects of the Shanghai Health Commission lost points?", "agency", "en", JO)
    b.refuse("How did the Beijing Big Data Bureau's projects score?", "agency", "en", JO)
    # off-topic
    b.refuse("帮我起草一份人代会上的发言稿，三分钟左右。", "offtopic", "zh", DP)
    b.refuse("帮我查查今天沪深两市成交额。", "offtopic", "zh", HD)
    b.refuse("实习报告开头怎么写比较好？", "offtopic", "zh", IN)
    b.refuse("Who won last night's Shanghai derby?", "offtopic", "en", JO)
    b.refuse("Could you translate my internship diary into French?", "offtopic", "en", IN)
    # fields the forms lack
    b.refuse_or_clarify("运维项目的中标单位是哪家公司？", "missing", "zh", DP)
    b.refuse_or_clarify("二期项目负责人的手机号能给我吗？", "missing", "zh", IN)
    b.refuse_or_clarify("政务云的合同金额和付款节点是什么？", "missing", "zh", FB)
    b.refuse_or_clarify("数据运营服务这个项目养了多少人？", "missing", "zhc", HD)
    b.refuse_or_clarify("升级改造项目的审计意见是什么？", "missing", "zh", DP)
    b.refuse_or_clarify("Which company won the tender for 运维, per the form?", "missing", "en", JO)
    b.refuse_or_clarify("What is the procurement method of 二期?", "missing", "en", JO)
    # projects the corpus lacks
    b.refuse_or_clarify("随申码推广项目的支出进度如何？", "unknown_project", "zh", DP, missing="随申码推广")
    b.refuse_or_clarify(
        "电子政务外网改造项目得了几分？", "unknown_project", "zh", FB, missing="电子政务外网改造"
    )
    b.refuse_or_clarify("城市大脑项目年底还剩多少钱？", "unknown_project", "zhc", HD, missing="城市大脑")
    b.refuse_or_clarify(
        "公共数据开放平台这次自评几分？", "unknown_project", "zh", IN, missing="公共数据开放平台"
    )
    b.refuse_or_clarify(
        "What was the score of the 智慧养老 project?", "unknown_project", "en", JO, missing="智慧养老"
    )
    # fragments fitting several projects
    b.refuse_or_clarify("一网通办那个项目全年花了多少钱？", "ambiguous", "zhc", HD, fragment="一网通办")
    b.refuse_or_clarify("平台项目年底结余了多少钱？", "ambiguous", "zh", FB, fragment="平台")
    b.refuse_or_clarify("运营服务这一项自评打了多少分？", "ambiguous", "zh", DP, fragment="运营服务")
    b.refuse_or_clarify("基础设施那个项目一共被扣了几分？", "ambiguous", "zhc", HD, fragment="基础设施")
    b.refuse_or_clarify("大数据项目的支出进度到多少了？", "ambiguous", "zh", IN, fragment="大数据")
    b.ambiguous_en("How much of its budget did the One-Stop project manage to spend?", [P1, P2], "en", JO)
    b.ambiguous_en("What did the platform project spend in total last year?", [P2, P4], "en", IN)
    # nothing to refer to, or no one way to read it
    b.refuse_or_clarify("它今年的支出进度跟得上吗？", "vague", "zhc", HD)
    b.refuse_or_clarify("上回说的那个数现在是多少？", "vague", "zh", IN)
    b.refuse_or_clarify("And how is that other thing doing now?", "vague", "en", JO)
    b.refuse_or_clarify("明年哪个项目最值得继续投钱？", "unclear", "zh", DP)
    b.refuse_or_clarify("这些项目整体算好还是不好？", "unclear", "zh", DP)
    b.refuse_or_clarify("Which project is the most useful to citizens?", "unclear", "en", JO)
    b.refuse_or_clarify("哪个项目花钱最划算？", "unclear", "zhc", HD)


SECTIONS = (
    compares,
    indicator_filters,
    filters,
    indicators,
    derived,
    nesteds,
    lookups,
    ranks,
    aggregates,
    aggregate_filters,
    groups,
    listings,
    reasons,
    proses,
    follow_ups,
    refusals,
)


def build_book(records: list[dict[str, Any]] | None = None) -> Book14:
    """Every hand-written question with its oracle gold (over the sample unless records given)."""
    book = book_of(Book14, "f14", sample_records() if records is None else records)
    return written(book, SECTIONS)


def write_free14() -> dict[Path, int]:
    """Rewrite free14_sample.jsonl; return how many items it holds."""
    return write_items(FREE14_SAMPLE, build_book().items)

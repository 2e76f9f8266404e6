"""An eighth suite of questions written one by one, by hand, over the bundled sample corpus, by a
writer who had not seen the parser's words nor any earlier question list. Seven people ask, six
of them in English: an auditor from an international firm writing formal British English
(programme, out-turn, underspend, forfeited, "Could you state …"); a non-native English speaker
(short, sometimes ungrammatical: "how many money not used in …"); an analyst in abbreviations
(FY budget, exec rate, pts, KPI, YoY, w/, vs); an English writer who pastes the Chinese project
name or a short Chinese alias into the sentence; a chat user asking English follow-ups ("And the
second one?", "What about its budget?", "Why did it lose points?"); and, in Chinese, a finance
officer in formal 公文 wording and a colleague talking 口语. About sixty per cent of the questions
are in English. The weight is on derived lookups (budget change during the year, unspent funds,
points lost, score rate and subtotal of an indicator level), comparisons of two or three named
projects (which is higher, by how much), indicator-kind filters, composed (nested) questions,
conversations, one indicator of one project, facts stated only in the form's text (年度总体目标,
实施单位) and money thresholds written many ways (5000万元, 0.25亿元, twenty million yuan, RMB
25m, 5千万元以上); more than thirty questions must be refused or asked back (other years, other
agencies, off-topic, fields the forms lack, fragments naming several projects, projects the
corpus lacks, questions with nothing to refer to). Each question stands next to the oracle call
(eval/suites/free_book.py and Book8 below) that answers it; ``python -m eval.suites build-free8``
writes ``free8_sample.jsonl``.

It exists to find questions the parser misreads; once the parser is tuned on it, it stops
measuring that.

Invariants:
- no question is produced by a template or a random choice; the file is the same byte for byte
  on every build;
- every gold value comes from the oracle over the sample's export records (Book8 reads only the
  oracle's tables and the export records, never ``bot``);
- a shortened Chinese project name singles out its project (tests/test_free8_suite.py checks it),
  each of the seven English renderings stands for one project, and a fragment that fits several
  projects is asked only where asking back (or refusing) is right;
- a question that could be read two ways on the corpus is not asked as answerable.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval.oracle import LEVEL1, Oracle
from eval.suites import sample_records
from eval.suites.context import FIELDS, item
from eval.suites.free_book import TESTS, Book, Ref, write_items, written
from eval.suites.ranking import LEVEL_ALIASES

FREE8_SAMPLE = Path(__file__).parent / "free8_sample.jsonl"

P1 = "“一网通办”运营服务"
P2 = "上海市“一网通办”平台信息系统（2021升级改造）"
P3 = "基础设施-运维"
P4 = "上海市大数据资源平台（二期）"
P5 = "上海市政务云基础设施服务费（预付费）"
P6 = "大数据中心管理工作经费"
P7 = "数据运营服务"
OUT, BEN, SAT = "产出指标", "效益指标", "满意度指标"
SAT2 = "服务对象满意度指标"

# The English renderings of the names, one each (recorded apart: no substring test can check them)
E1 = "one-stop services operations project"
E2 = "one-stop services platform upgrade"
E3 = "infrastructure O&M project"
E4 = "Big Data Resource Platform Phase 2"
E5 = "e-government cloud prepayment"
E6 = "Centre's management expenses"
E7 = "data operations service"

UK, NN, AB, PASTE, CHAT, ZF, ZC = (
    "persona:uk-auditor",
    "persona:non-native",
    "persona:abbrev-analyst",
    "persona:pasted-name",
    "persona:en-chat",
    "persona:zh-formal",
    "persona:zh-colloquial",
)
MIXED = "mixed"  # an English question with a Chinese name or term pasted in
_NUMBER = re.compile(r"[≥≤<>=]?\s*(\d+(?:\.\d+)?)\s*(%?)")  # a target or actual that is one number


@dataclass
class Book8(Book):
    """Book with the calls this suite needs beyond free_book: a named (third-level) indicator,
    projects lacking a kind, a value range, the gap between named projects, a comparison on a
    kind's subtotal, the implementing unit and a phrase of the goal text, and conversations that
    end on a gap, a mean or one kind of a project."""

    units: dict[str, str] = field(default_factory=dict)  # project → 实施单位, from the export

    def __repr__(self) -> str:
        return f"<Book8 {self.prefix}: {len(self.items)} items>"

    # -- one project ---------------------------------------------------------------------------
    def named(
        self,
        q: str,
        indicator: str,
        what: str,
        lang: str,
        *more: str,
        name: str | None = None,
        a: str | None = None,
        en: bool = False,
    ) -> None:
        """One indicator, named as the form states it, of the project named (or of the only
        project that has it): target, actual (a number when the text is one), weight or score."""
        if indicator not in q:
            raise ValueError(f"{q!r} does not copy {indicator!r}")
        ind = self.o.indicators
        rows = ind[ind.name == indicator]
        said = name is not None
        if name is None:
            owners = sorted(set(rows.project))
            if len(owners) != 1:
                raise ValueError(f"{indicator!r} belongs to {owners}, not one project")
            name = owners[0]
        rows = rows[rows.project == name]
        if len(rows) != 1:
            raise ValueError(f"{name}: {indicator!r} has {len(rows)} rows")
        gold: dict[str, Any]
        if what in ("target", "actual"):
            text = str(rows.iloc[0][what]).strip()
            number = _NUMBER.fullmatch(text)
            if number:
                answer_type = "number"
                gold = {"value": float(number.group(1)), "unit": number.group(2) or None}
            else:
                answer_type, gold = "text", {"answer": text}
        else:
            column = {"score": "score", "weight": "weight", "lost": "deduction"}[what]
            answer_type = "number"
            gold = {"value": round(float(rows[column].sum()), 4), "unit": "分", "tolerance": 0.01}
        refs = self._refs(name, a, en) if said else []
        t = self._tags(lang, refs, ["named", *more] if said else ["named", "no-project", *more])
        self._add(
            item(
                "indicator",
                "indicator",
                answer_type,
                [q],
                {**gold, "projects": [name]},
                self.o.ids(rows),
                t,
            ),
            refs,
        )

    def unit_of(
        self, q: str, name: str, lang: str, *more: str, a: str | None = None, en: bool = False
    ) -> None:
        """The implementing unit (实施单位) a project's form states."""
        if not self.units.get(name):
            raise ValueError(f"{name}: no implementing unit stated")
        refs = self._refs(name, a, en)
        gold = {"answer": self.units[name], "projects": [name]}
        rows = [self.o.row(name, "project")]
        self._add(item("prose", "text", "text", [q], gold, rows, self._tags(lang, refs, more)), refs)

    def prose_text(
        self,
        q: str,
        name: str,
        answer: str,
        lang: str,
        *more: str,
        a: str | None = None,
        en: bool = False,
    ) -> None:
        """A phrase that only one project's 年度总体目标 text states."""
        hits = [n for n in self.o.names() if answer in str(self.o.value(n, "goals"))]
        if hits != [name]:
            raise ValueError(f"{answer!r} is stated by {hits}, not by {name} alone")
        refs = self._refs(name, a, en)
        gold = {"answer": answer, "projects": [name]}
        rows = [self.o.row(name, "goals")]
        self._add(item("prose", "text", "text", [q], gold, rows, self._tags(lang, refs, more)), refs)

    # -- filters -------------------------------------------------------------------------------
    def lacking(self, q: str, kind: str, lang: str, *more: str) -> None:
        """Projects whose forms state no indicator of a kind."""
        names = self.o.names()
        level = "level1" if kind in LEVEL1 else "level2"
        having = set(self.o.subtotals(level, kind).index)
        hit = [n for n in names if n not in having]
        self._project_list("filter_indicator", q, hit, self._kind_rows(names), lang, ["absent", *more])

    def filter_range(self, q: str, f: str, low: float, high: float, lang: str, *more: str) -> None:
        """Projects whose field lies strictly between two constants."""
        names = self.o.names()
        col = self._column(f, names)
        hit = [n for n, v in col.items() if TESTS["gt"](v, low) and TESTS["lt"](v, high)]
        unit = "unit:" + ("money" if FIELDS[f].unit == "元" else str(FIELDS[f].unit))
        self._project_list("filter_value", q, hit, self.rows(f, names), lang, [unit, "range", *more])

    # -- comparisons ---------------------------------------------------------------------------
    def _en_refs(self, names: Sequence[str], a: Sequence[str | None], en: bool) -> list[Ref]:
        return [Ref(w or n, n, en) for n, w in zip(names, list(a) or [None] * len(names), strict=True)]

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
        gold = {
            "value": round(abs(col[first] - col[second]), 4),
            "unit": FIELDS[f].unit,
            "tolerance": FIELDS[f].tolerance,
            "projects": list(names),
        }
        refs = self._en_refs(names, a, en)
        self._number("compare", "compare", [q], gold, self.rows(f, names), lang, ["gap", *more], refs)

    def compare_kind(
        self,
        q: str,
        names: Sequence[str],
        kind: str,
        high: bool,
        lang: str,
        *more: str,
        a: Sequence[str | None] = (),
        en: bool = False,
    ) -> None:
        """Named projects compared on the score subtotal of one level-1 or level-2 kind."""
        level = "level1" if kind in LEVEL1 else "level2"
        sub = self.o.subtotals(level, kind)
        values = [round(float(sub.at[n, "score"]), 4) for n in names]
        if len(set(values)) < len(values):
            raise ValueError(f"{q}: equal values")
        winner = names[values.index(max(values) if high else min(values))]
        pairs = [
            {"item": n, "value": v, "unit": "分", "tolerance": 0.01}
            for n, v in zip(names, values, strict=True)
        ]
        refs = self._en_refs(names, a, en)
        rows = [i for n in names for i in self.o.ids(self.o.indicator_rows(n, **{level: kind}))]
        gold = {"answer": winner, "pairs": pairs}
        self._add(
            item("compare", "compare", "compare", [q], gold, rows, self._tags(lang, refs, ["kind", *more])),
            refs,
        )

    # -- groups --------------------------------------------------------------------------------
    def group(
        self,
        q: str,
        level: str,
        measure: str,
        lang: str,
        *more: str,
        name: str | None = None,
        a: str | None = None,
        en: bool = False,
    ) -> None:
        """Book.group with a project that may be named in English."""
        names = [name] if name else self.o.names()
        refs = self._refs(name, a, en) if name else []
        values = self.o.group(level, measure, names)
        unit = "%" if measure == "rate" else "分"
        pairs = [
            {
                "item": k,
                "aliases": LEVEL_ALIASES.get(k, []),
                "value": round(v, 4),
                "unit": unit,
                "tolerance": 0.01,
            }
            for k, v in values.items()
            if measure != "deduction" or v > 1e-9
        ]
        self._add(
            item(
                "group",
                "group",
                "per_item",
                [q],
                {"pairs": pairs},
                self._kind_rows(names),
                self._tags(lang, refs, more),
            ),
            refs,
        )

    # -- conversations -------------------------------------------------------------------------
    def follow_gap(
        self, turns: list[str], names: Sequence[str], f: str, lang: str, *more: str, refs: Sequence[Ref] = ()
    ) -> None:
        """A conversation whose last turn asks how far apart two projects are on a field."""
        first, second = names
        col = self._column(f, names)
        if abs(col[first] - col[second]) < 1e-9:
            raise ValueError(f"{turns}: equal values")
        gold = {
            "value": round(abs(col[first] - col[second]), 4),
            "unit": FIELDS[f].unit,
            "tolerance": FIELDS[f].tolerance,
            "projects": list(names),
        }
        self._number(
            "follow_up",
            "follow-up",
            turns,
            gold,
            self.rows(f, names),
            lang,
            ["follow-up", "gap", *more],
            refs,
        )

    def follow_mean(self, turns: list[str], f: str, names: Sequence[str], lang: str, *more: str) -> None:
        """A conversation whose last turn asks the mean of a field over the projects found before."""
        gold = {
            "value": round(statistics.fmean(self._column(f, names).values()), 4),
            "unit": FIELDS[f].unit,
            "tolerance": FIELDS[f].tolerance,
            "projects": list(names),
        }
        self.follow_number(turns, gold, self.rows(f, names), lang, "avg", *more)

    def follow_count(self, turns: list[str], hit: list[str], f: str, lang: str, *more: str) -> None:
        """A conversation whose last turn asks how many of the projects found pass a test."""
        gold = {"value": float(len(hit)), "tolerance": 0.0, "projects": hit}
        self.follow_number(turns, gold, self.rows(f, self.o.names()), lang, "count", *more)

    def follow_kind(
        self,
        turns: list[str],
        name: str,
        kind: str,
        what: str,
        lang: str,
        *more: str,
        refs: Sequence[Ref] = (),
    ) -> None:
        """A conversation whose last turn asks the score, points lost or weight of one kind of
        the project named before."""
        rows = self.o.indicator_rows(name, level2=kind)
        if rows.empty:
            raise ValueError(f"{name} has no {kind}")
        column = {"score": "score", "lost": "deduction", "weight": "weight"}[what]
        gold = {
            "value": round(float(rows[column].sum()), 4),
            "unit": "分",
            "tolerance": 0.01,
            "projects": [name],
        }
        self._number(
            "follow_up", "follow-up", turns, gold, self.o.ids(rows), lang, ["follow-up", *more], refs
        )

    # -- helpers for gold built from the oracle's sets -------------------------------------------
    def passing(self, f: str, op: str, value: float, names: Sequence[str] | None = None) -> list[str]:
        """The projects (of names, or all) whose field compares with a constant."""
        col = self._column(f, list(names or self.o.names()))
        return [n for n, v in col.items() if TESTS[op](v, value)]

    def with_kind(self, kind: str, what: str) -> list[str]:
        """The projects that have a kind (has), lost points on it (deducted) or kept all (full)."""
        level = "level1" if kind in LEVEL1 else "level2"
        sub = self.o.subtotals(level, kind).reindex(self.o.names()).dropna()
        test = {"has": lambda d: True, "deducted": lambda d: d > 1e-9, "full": lambda d: abs(d) < 1e-9}[what]
        return [n for n in sub.index if test(float(sub.at[n, "deduction"]))]


# -- lookups ---------------------------------------------------------------------------------------
def lookups(b: Book8) -> None:
    b.lookup(
        "Could you state the full-year budget, as adjusted, of the e-government cloud prepayment?",
        P5,
        "budget",
        "en",
        UK,
        a=E5,
        en=True,
    )
    b.lookup("FY budget for 数据运营?", P7, "budget", "en", AB, MIXED, a="数据运营")
    b.lookup("请问基础设施-运维项目的年初预算数是多少元？", P3, "initial", "zhf", ZF)
    b.lookup("政务云那个项目执行率多少啊", P5, "rate", "zhc", ZC, a="政务云")
    b.lookup("What was the execution rate for 上海市大数据资源平台（二期）?", P4, "rate", "en", PASTE, MIXED)
    b.lookup(
        "What total score did the infrastructure O&M project receive in its self-evaluation?",
        P3,
        "total",
        "en",
        UK,
        a=E3,
        en=True,
    )
    b.lookup(
        "data operations service, how many point it get for budget execution?",
        P7,
        "funds_score",
        "enn",
        NN,
        a=E7,
        en=True,
    )
    b.lookup("大数据中心管理工作经费全年执行数为多少？", P6, "executed", "zhf", ZF)
    b.lookup("二期满意度才几分？", P4, "satisfaction", "zhc", ZC, a="二期")
    b.lookup(
        "How much the one-stop services platform upgrade really spend?",
        P2,
        "executed",
        "enn",
        NN,
        a=E2,
        en=True,
    )


def derived(b: Book8) -> None:
    # budget change during the year (全年预算数 − 年初预算数), as a magnitude
    b.derived(
        "By how much was the budget of the Centre's management expenses revised during the year?",
        P6,
        "change",
        "en",
        UK,
        a=E6,
        en=True,
    )
    b.derived("initial vs FY budget delta for 管理经费?", P6, "change", "en", AB, MIXED, a="管理经费")
    b.derived("政务云年中调过预算没，调了多少", P5, "change", "zhc", ZC, a="政务云")
    b.derived("“一网通办”运营服务年初预算与全年预算相差多少？", P1, "change", "zhf", ZF)
    # unspent (全年预算数 − 全年执行数)
    b.derived(
        "What was the underspend on the infrastructure O&M project?", P3, "unspent", "en", UK, a=E3, en=True
    )
    b.derived(
        "how many money not used in one-stop services platform upgrade?",
        P2,
        "unspent",
        "enn",
        NN,
        a=E2,
        en=True,
    )
    b.derived("管理经费还剩多少没花完", P6, "unspent", "zhc", ZC, a="管理经费")
    b.derived("unspent balance, 资源平台二期", P4, "unspent", "en", AB, MIXED, a="资源平台二期")
    # points lost (100 − total)
    b.derived(
        "How many points did the data operations service forfeit in total?",
        P7,
        "lost",
        "en",
        UK,
        a=E7,
        en=True,
    )
    b.derived("上海市政务云基础设施服务费（预付费）共被扣了多少分？", P5, "lost", "zhf", ZF)
    b.derived(
        "Big Data Resource Platform Phase 2 lost how many points?", P4, "lost", "enn", NN, a=E4, en=True
    )
    # grade
    b.derived(
        "What rating band does the Centre's management expenses fall into?",
        P6,
        "grade",
        "en",
        UK,
        a=E6,
        en=True,
    )
    b.derived("运维评了个啥等级", P3, "grade", "zhc", ZC, a="运维")
    # level-1 subtotals and score rates
    b.level1(
        "output KPI subtotal for data operations service, pts", P7, OUT, "score", "en", AB, a=E7, en=True
    )
    b.level1(
        "What score rate did the one-stop services operations project achieve on its benefit indicators?",
        P1,
        BEN,
        "rate",
        "en",
        UK,
        a=E1,
        en=True,
    )
    b.level1("上海市大数据资源平台（二期）满意度指标的得分率是多少？", P4, SAT, "rate", "zhf", ZF)
    b.level1("政务云效益那块一共拿了几分", P5, BEN, "score", "zhc", ZC, a="政务云")
    b.level1(
        "For 管理经费, output indicators get how much percent of the points?",
        P6,
        OUT,
        "rate",
        "enn",
        NN,
        MIXED,
        a="管理经费",
    )
    b.level1("Benefit subtotal of 基础设施-运维?", P3, BEN, "score", "en", PASTE, MIXED)


def indicators(b: Book8) -> None:
    b.indicator(
        "What was the target set for the timeliness indicator of the one-stop services platform upgrade?",
        P2,
        "时效指标",
        "target",
        "en",
        UK,
        a=E2,
        en=True,
    )
    b.indicator("Quality KPI weight for 数据运营?", P7, "质量指标", "weight", "en", AB, MIXED, a="数据运营")
    b.indicator("基础设施-运维的时效指标扣了几分？", P3, "时效指标", "lost", "zhf", ZF)
    b.indicator("政务云数量指标拿了多少分", P5, "数量指标", "score", "zhc", ZC, a="政务云")
    b.indicator(
        "social benefit indicators of 二期, the score is what?",
        P4,
        "社会效益指标",
        "score",
        "enn",
        NN,
        MIXED,
        a="二期",
    )
    b.indicator(
        "Actual value of the 经济效益指标 for “一网通办”运营服务?",
        P1,
        "经济效益指标",
        "actual",
        "en",
        PASTE,
        MIXED,
    )
    b.indicator(
        "What was the actual out-turn of the service-recipient satisfaction indicator for the "
        "Big Data Resource Platform Phase 2?",
        P4,
        SAT2,
        "actual",
        "en",
        UK,
        a=E4,
        en=True,
    )
    b.indicator(
        "What weight did economic benefit indicators carry in the infrastructure O&M project?",
        P3,
        "经济效益指标",
        "weight",
        "en",
        UK,
        a=E3,
        en=True,
    )
    b.indicator(
        "What did 一网通办平台 score on its sustainability indicator?",
        P2,
        "可持续影响指标",
        "score",
        "en",
        PASTE,
        MIXED,
        a="一网通办平台",
    )
    b.named("What is the actual of the 数据治理程度 KPI?", "数据治理程度", "actual", "en", AB, MIXED)
    b.named("「系统功能模块使用率」的年度指标值是多少？", "系统功能模块使用率", "target", "zhf", ZF)
    b.named(
        "What weighting was assigned to 市政府各部门基础设施共建共用 in the e-government cloud prepayment?",
        "市政府各部门基础设施共建共用",
        "weight",
        "en",
        UK,
        MIXED,
        name=P5,
        a=E5,
        en=True,
    )
    b.named("系统故障平均恢复时长 is how much actually?", "系统故障平均恢复时长", "actual", "enn", NN, MIXED)
    b.named("长效管理制度实际建了几套", "长效管理制度", "actual", "zhc", ZC)
    b.named(
        "Score of 营造良好营商环境 in 一网通办运营?",
        "营造良好营商环境",
        "score",
        "en",
        PASTE,
        MIXED,
        name=P1,
        a="一网通办运营",
    )
    b.named(
        "基础设施-运维「核心系统连续提供服务能力时长(时/天)」的年度指标值是什么？",
        "核心系统连续提供服务能力时长(时/天)",
        "target",
        "zhf",
        ZF,
        name=P3,
    )
    b.named("KPI 故障时间 target, 政务云?", "故障时间", "target", "en", AB, MIXED, name=P5, a="政务云")
    b.named("使用方满意 indicator, the target is?", "使用方满意", "target", "enn", NN, MIXED)


def listings(b: Book8) -> None:
    b.listing("Please list the total self-evaluation score of every programme.", "total", "en", UK)
    b.listing("每个项目预算各是多少，列一下", "budget", "zhc", ZC)
    b.listing("exec rate by project", "rate", "en", AB)
    b.listing("请逐项列示各项目的绩效评价等级。", "grade", "zhf", ZF)
    b.listing("Show me every project and how much money it spend.", "executed", "enn", NN)
    b.listing("各项目满意度指标得分分别是多少？", "satisfaction", "zhf", ZF)


def filters(b: Book8) -> None:
    b.filter("全年预算数超过5000万元的是哪些项目？", "budget", "gt", 5e7, "zhf", ZF, "money:万元")
    b.filter("FY budget > RMB 50m — which projects?", "budget", "gt", 5e7, "en", AB, "money:RMB m")
    b.filter(
        "Which programmes had a full-year budget below twenty million yuan?",
        "budget",
        "lt",
        2e7,
        "en",
        UK,
        "money:words",
    )
    b.filter(
        "which project budget is more than 30 million yuan?", "budget", "gt", 3e7, "enn", NN, "money:million"
    )
    b.filter("花了不到2千万的有哪些", "executed", "lt", 2e7, "zhc", ZC, "money:千万")
    b.filter("执行数5千万元以上的项目", "executed", "gt", 5e7, "zhc", ZC, "money:千万元")
    b.filter("年初预算数不足0.3亿元的项目有哪些？", "initial", "lt", 3e7, "zhf", ZF, "money:亿元")
    b.filter("Projects w/ FY budget above RMB 25m?", "budget", "gt", 2.5e7, "en", AB, "money:RMB m")
    b.filter(
        "Which projects have a full-year budget over 1亿?",
        "budget",
        "gt",
        1e8,
        "en",
        PASTE,
        MIXED,
        "money:亿",
    )
    b.filter("exec rate < 99.5%?", "rate", "lt", 99.5, "en", AB)
    b.filter("Which programmes achieved a 100% execution rate?", "rate", "eq", 100, "en", UK)
    b.filter(
        "Which programmes carried an underspend exceeding 100,000 yuan?",
        "unspent",
        "gt",
        1e5,
        "en",
        UK,
        "money:yuan",
    )
    b.filter("总分95以上的是哪几个", "total", "gt", 95, "zhc", ZC)
    b.filter("Which projects got less than 92 points total?", "total", "lt", 92, "enn", NN)
    b.filter("满意度低于9分的都有谁", "satisfaction", "lt", 9, "zhc", ZC)
    b.filter("Which programmes lost more than seven points overall?", "lost", "gt", 7, "en", UK)
    b.filter_range(
        "全年预算在2000万元至5000万元之间的项目是哪些？", "budget", 2e7, 5e7, "zhf", ZF, "money:万元"
    )


def aggregate_filters(b: Book8) -> None:
    b.filter_aggregate(
        "Which programmes scored above the average total score?", "total", "above_avg", "en", UK
    )
    b.filter_aggregate("哪些项目预算比平均数低", "budget", "below_avg", "zhc", ZC)
    b.filter_aggregate("projects above median FY budget", "budget", "above_median", "en", AB)
    b.filter_aggregate("执行率低于各项目平均水平的有哪些？", "rate", "below_avg", "zhf", ZF)
    b.filter_aggregate("which projects lose more points than the average?", "lost", "above_avg", "enn", NN)
    b.filter_aggregate("满意度得分高于中位数的项目", "satisfaction", "above_median", "zhf", ZF)


def indicator_filters(b: Book8) -> None:
    b.filter_kind("设有生态效益指标的项目有哪几个？", "生态效益指标", "has", "zhf", ZF)
    b.filter_kind("Which programmes include a cost indicator?", "成本指标", "has", "en", UK)
    b.filter_kind("which project has sustainability indicator?", "可持续影响指标", "has", "enn", NN)
    b.lacking("projects w/o an economic benefit KPI", "经济效益指标", "en", AB)
    b.filter_kind("哪些项目时效指标被扣分了", "时效指标", "deducted", "zhc", ZC)
    b.filter_kind(
        "Which programmes forfeited points on quality indicators?", "质量指标", "deducted", "en", UK
    )
    b.filter_kind("Which projects lose point in quantity indicator?", "数量指标", "deducted", "enn", NN)
    b.filter_kind("econ benefit KPI: who lost pts?", "经济效益指标", "deducted", "en", AB)
    b.filter_kind("社会效益指标未得满分的项目有哪些？", "社会效益指标", "deducted", "zhf", ZF)
    b.filter_kind("满意度拿满分的是哪个", SAT, "full", "zhc", ZC)
    b.filter_kind(
        "Which programmes obtained full marks on all of their benefit indicators?", BEN, "full", "en", UK
    )
    b.filter_kind("Which project get all points for output indicators?", OUT, "full", "enn", NN)
    b.filter_kind("timeliness KPI full marks - which projects?", "时效指标", "full", "en", AB)
    b.filter_kind("经济效益指标得满分的项目有哪些？", "经济效益指标", "full", "zhf", ZF)
    b.filter_kind("Which projects lost points on 效益指标?", BEN, "deducted", "en", PASTE, MIXED)
    b.unmet(
        "Which of the Big Data Resource Platform Phase 2's indicators missed their targets?",
        P4,
        "en",
        UK,
        a=E4,
        en=True,
    )
    b.unmet("数据运营哪些指标没完成目标", P7, "zhc", ZC, a="数据运营")


def ranks(b: Book8) -> None:
    b.rank("Which programme achieved the highest overall score?", "total", True, "en", UK)
    b.rank("哪个项目分最低", "total", False, "zhc", ZC)
    b.rank("2nd largest FY budget?", "budget", True, "en", AB, n=2)
    b.rank("Which project is third in total score?", "total", True, "enn", NN, n=3)
    b.rank("全年执行数最少的项目是哪个？", "executed", False, "zhf", ZF)
    b.rank("top 3 by satisfaction", "satisfaction", True, "en", AB, n=3, top=True)
    b.rank("扣分最多的两个项目", "lost", True, "zhc", ZC, n=2, top=True)
    b.rank("Which programme recorded the lowest budget execution rate?", "rate", False, "en", UK)
    b.rank("which project have the second lowest score?", "total", False, "enn", NN, n=2)
    b.rank("年度结余资金最多的项目是哪个？", "unspent", True, "zhf", ZF)


def aggregates(b: Book8) -> None:
    b.aggregate("What is the combined full-year budget of all the programmes?", "budget", "sum", "en", UK)
    b.aggregate("平均分多少", "total", "avg", "zhc", ZC)
    b.aggregate("median exec rate across projects?", "rate", "median", "en", AB)
    b.count_all("How many project are in the data?", "enn", NN)
    b.count_kind("共有几个项目设置了可持续影响指标？", "可持续影响指标", "has", "zhf", ZF)
    b.count_kind("时效扣了分的有几个项目", "时效指标", "deducted", "zhc", ZC)
    b.count_cmp(
        "How many programmes had a full-year budget in excess of 40 million yuan?",
        "budget",
        "gt",
        4e7,
        "en",
        UK,
        "money:million",
    )
    b.aggregate("total unspent across the portfolio?", "unspent", "sum", "en", AB)
    b.aggregate("各项目总分中的最高分是多少？", "total", "max", "zhf", ZF)
    b.aggregate("what is the lowest satisfaction score of all projects?", "satisfaction", "min", "enn", NN)
    b.aggregate("所有项目一共花了多少钱", "executed", "sum", "zhc", ZC)


def groups(b: Book8) -> None:
    b.group(
        "Break down the points forfeited by first-level indicator across all programmes.",
        "level1",
        "deduction",
        "en",
        UK,
    )
    b.group("按二级指标汇总各类指标的扣分情况。", "level2", "deduction", "zhf", ZF)
    b.group("score rate by level-1 KPI, all projects", "level1", "rate", "en", AB)
    b.group("运维各个二级指标分别扣了多少分", "level2", "deduction", "zhc", ZC, name=P3, a="运维")
    b.group(
        "For 数据运营, how many points lost in each first level indicator?",
        "level1",
        "deduction",
        "enn",
        NN,
        MIXED,
        name=P7,
        a="数据运营",
    )
    b.group(
        "Provide the score on each first-level indicator for the e-government cloud prepayment.",
        "level1",
        "score",
        "en",
        UK,
        name=P5,
        a=E5,
        en=True,
    )
    b.group(
        "Points lost per level-2 indicator for 二期?",
        "level2",
        "deduction",
        "en",
        PASTE,
        MIXED,
        name=P4,
        a="二期",
    )


def compares(b: Book8) -> None:
    b.compare(
        "Which had the larger full-year budget: the infrastructure O&M project or the data operations service?",
        [P3, P7],
        "budget",
        True,
        "en",
        UK,
        a=[E3, E7],
        en=True,
    )
    b.compare("“一网通办”运营服务与数据运营服务相比，哪个总分更高？", [P1, P7], "total", True, "zhf", ZF)
    b.compare("政务云和二期哪个执行率高", [P5, P4], "rate", True, "zhc", ZC, a=["政务云", "二期"])
    b.compare(
        "Which is more satisfaction score, 运维 or 二期?",
        [P3, P4],
        "satisfaction",
        True,
        "enn",
        NN,
        MIXED,
        a=["运维", "二期"],
    )
    b.compare(
        "exec rate: 一网通办平台 vs 资源平台二期 vs 管理经费 — which is lowest?",
        [P2, P4, P6],
        "rate",
        False,
        "en",
        AB,
        MIXED,
        a=["一网通办平台", "资源平台二期", "管理经费"],
    )
    b.compare(
        "Between the one-stop services platform upgrade and the Centre's management expenses, which "
        "programme left more funds unspent?",
        [P2, P6],
        "unspent",
        True,
        "en",
        UK,
        a=[E2, E6],
        en=True,
    )
    b.compare(
        "Who lost more points, 数据运营服务 or 上海市政务云基础设施服务费（预付费）?",
        [P7, P5],
        "lost",
        True,
        "en",
        PASTE,
        MIXED,
    )
    b.compare(
        "基础设施-运维、政务云、数据运营三个项目中，全年执行数最多的是哪个？",
        [P3, P5, P7],
        "executed",
        True,
        "zhf",
        ZF,
        a=[None, "政务云", "数据运营"],
    )
    b.compare(
        "initial budget: 管理经费 vs 政务云, which is bigger?",
        [P6, P5],
        "initial",
        True,
        "en",
        AB,
        MIXED,
        a=["管理经费", "政务云"],
    )
    b.compare(
        "Which one have lower total, Big Data Resource Platform Phase 2 or e-government cloud prepayment?",
        [P4, P5],
        "total",
        False,
        "enn",
        NN,
        a=[E4, E5],
        en=True,
    )
    b.compare(
        "“一网通办”运营服务和“一网通办”平台信息系统哪个扣分少？",
        [P1, P2],
        "lost",
        False,
        "zhf",
        ZF,
        a=[None, "“一网通办”平台信息系统"],
    )
    b.gap(
        "By how much did the data operations service's full-year budget exceed that of the "
        "infrastructure O&M project?",
        [P7, P3],
        "budget",
        "en",
        UK,
        a=[E7, E3],
        en=True,
    )
    b.gap("运维比管理经费多考了几分", [P3, P6], "total", "zhc", ZC, a=["运维", "管理经费"])
    b.gap(
        "exec rate gap, 管理经费 vs 二期, in pts", [P6, P4], "rate", "en", AB, MIXED, a=["管理经费", "二期"]
    )
    b.gap(
        "how much more budget 一网通办运营 have than 一网通办平台?",
        [P1, P2],
        "budget",
        "enn",
        NN,
        MIXED,
        a=["一网通办运营", "一网通办平台"],
    )
    b.gap(
        "资源平台二期与政务云的满意度指标得分相差多少？",
        [P4, P5],
        "satisfaction",
        "zhf",
        ZF,
        a=["资源平台二期", "政务云"],
    )
    b.compare_kind(
        "On output indicators, which scored higher: the Big Data Resource Platform Phase 2 or the data "
        "operations service?",
        [P4, P7],
        OUT,
        True,
        "en",
        UK,
        a=[E4, E7],
        en=True,
    )
    b.compare_kind("效益指标运维和政务云谁得分多", [P3, P5], BEN, True, "zhc", ZC, a=["运维", "政务云"])


def nesteds(b: Book8) -> None:
    b.nested(
        "What was the full-year budget of the programme with the lowest overall score?",
        "total",
        False,
        "budget",
        "en",
        UK,
    )
    b.nested("分最高的那个项目花了多少钱", "total", True, "executed", "zhc", ZC)
    b.nested("grade of the project w/ the max FY budget?", "budget", True, "grade", "en", AB)
    b.nested(
        "The project with lowest satisfaction, why it lose points there?",
        "satisfaction",
        False,
        "why",
        "enn",
        NN,
    )
    b.nested("执行率最低的项目总分是多少？", "rate", False, "total", "zhf", ZF)
    b.nested(
        "For the programme with the largest underspend, what execution rate was reported?",
        "unspent",
        True,
        "rate",
        "en",
        UK,
    )
    b.nested("预算最少的那个项目一共扣了几分啊", "budget", False, "lost", "zhc", ZC)
    b.nested("the project with biggest budget, how many points it lost?", "budget", True, "lost", "enn", NN)
    b.nested("满意度得分最高的项目的全年预算数是多少？", "satisfaction", True, "budget", "zhf", ZF)
    b.nested(
        "What grade did the programme with the smallest full-year budget receive?",
        "budget",
        False,
        "grade",
        "en",
        UK,
    )
    b.nested("产出指标扣分最多的那个项目，预算多少", "level1:产出指标:deduction", True, "budget", "zhc", ZC)
    b.nested(
        "Why did the programme with the lowest total score lose points?", "total", False, "why", "en", UK
    )
    b.nested(
        "Project with the smallest initial budget - what is its total score?",
        "initial",
        False,
        "total",
        "enn",
        NN,
    )
    b.nested("全年执行数最多的项目执行率是多少？", "executed", True, "rate", "zhf", ZF)
    b.nested("unspent amt of the project that lost the fewest pts?", "lost", False, "unspent", "en", AB)


def follow_ups(b: Book8) -> None:
    b.follow_list(
        ["Which project had the largest full-year budget?", "And the second one?"],
        b.o.nth("budget", 2, True, b.o.names()),
        "budget",
        b.o.names(),
        "en",
        CHAT,
    )
    b.follow_value(
        ["Which project scored lowest overall?", "What about its budget?"],
        b.winner("total", False),
        "budget",
        "en",
        CHAT,
    )
    b.follow_why(
        ["Tell me the total score of the Big Data Resource Platform Phase 2.", "Why did it lose points?"],
        P4,
        "en",
        CHAT,
        refs=[Ref(E4, P4, True)],
    )
    b.follow_value(["运维总分多少", "那它预算呢"], P3, "budget", "zhc", ZC, refs=[Ref("运维", P3)])
    late = b.with_kind("时效指标", "deducted")
    b.follow_list(
        ["请问哪些项目的时效指标存在扣分？", "上述项目中执行率最低的是哪个？"],
        b.o.nth("rate", 1, False, late),
        "rate",
        late,
        "zhf",
        ZF,
    )
    eco = b.with_kind("生态效益指标", "has")
    b.follow_count(
        ["Which projects have an ecological benefit indicator?", "How many of them scored above 95?"],
        b.passing("total", "gt", 95, eco),
        "total",
        "en",
        CHAT,
    )
    b.follow_value(
        ["what is budget of data operations service?", "and how much it spend?"],
        P7,
        "executed",
        "enn",
        NN,
        refs=[Ref(E7, P7, True)],
    )
    b.follow_list(
        ["Which project has the lowest satisfaction score?", "And the highest?"],
        b.o.nth("satisfaction", 1, True, b.o.names()),
        "satisfaction",
        b.o.names(),
        "en",
        CHAT,
    )
    b.follow_value(
        ["管理经费执行率多少", "咋这么低，钱剩了多少没花"],
        P6,
        "unspent",
        "zhc",
        ZC,
        refs=[Ref("管理经费", P6)],
    )
    b.follow_gap(
        ["Compare the total scores of 运维 and 政务云.", "What's the gap?"],
        [P3, P5],
        "total",
        "en",
        CHAT,
        MIXED,
        refs=[Ref("运维", P3), Ref("政务云", P5)],
    )
    social = b.with_kind("社会效益指标", "deducted")
    b.follow_list(
        [
            "Which programmes lost points on social benefit indicators?",
            "Of those, which had the largest full-year budget?",
        ],
        b.o.nth("budget", 1, True, social),
        "budget",
        social,
        "en",
        UK,
    )
    b.follow_value(
        [
            "What did the one-stop services platform upgrade score?",
            "And the one-stop services operations project?",
        ],
        P1,
        "total",
        "en",
        CHAT,
        refs=[Ref(E2, P2, True), Ref(E1, P1, True)],
    )
    b.follow_mean(
        ["请列出总分低于93分的项目。", "这些项目的平均执行率是多少？"],
        "rate",
        b.passing("total", "lt", 93),
        "zhf",
        ZF,
    )
    b.follow_why(
        ["Which project lost the most points?", "Why did it lose points?"], b.winner("lost", True), "en", CHAT
    )
    big = b.passing("budget", "gt", 5e7)
    b.follow_value(
        [
            "List the projects with a full-year budget over 50 million yuan.",
            "Which of them has the lowest score?",
            "What's its execution rate?",
        ],
        b.winner("total", False, big),
        "rate",
        "en",
        CHAT,
    )
    b.follow_kind(
        ["二期 quality indicator score?", "and the timeliness one?"],
        P4,
        "时效指标",
        "score",
        "enn",
        NN,
        MIXED,
        refs=[Ref("二期", P4)],
    )
    b.follow_why(
        ["满意度最低的是哪个", "它满意度扣分的原因是啥"],
        b.winner("satisfaction", False),
        "zhc",
        ZC,
        level1=SAT,
    )
    b.follow_list(
        ["How many projects scored above 95?", "Which ones?"],
        b.passing("total", "gt", 95),
        "total",
        b.o.names(),
        "en",
        CHAT,
    )
    b.follow_value(
        ["数据运营服务的总分是多少？", "被扣了多少分？", "全年预算数呢？"],
        P7,
        "budget",
        "zhf",
        ZF,
        refs=[Ref(P7, P7)],
    )


def reasons(b: Book8) -> None:
    b.reason(
        "Why did the e-government cloud prepayment lose points on its timeliness indicator?",
        P5,
        "en",
        UK,
        a=E5,
        en=True,
        level2="时效指标",
    )
    b.reason("二期为啥扣分", P4, "zhc", ZC, a="二期")
    b.reason("Why data operations service not get full points?", P7, "enn", NN, a=E7, en=True)
    b.reason("基础设施-运维满意度指标扣分的原因是什么？", P3, "zhf", ZF, level1=SAT)
    b.reason(
        "reason for quality KPI deduction, 一网通办运营?",
        P1,
        "en",
        AB,
        MIXED,
        a="一网通办运营",
        level2="质量指标",
    )
    b.reason("What explanation does 大数据中心管理工作经费 give for its deductions?", P6, "en", PASTE, MIXED)
    b.reason(
        "What reasons are given for the shortfall on benefit indicators at the one-stop services operations project?",
        P1,
        "en",
        UK,
        a=E1,
        en=True,
        level1=BEN,
    )
    b.reason("政务云的社会效益为什么没拿满", P5, "zhc", ZC, a="政务云", level2="社会效益指标")


def proses(b: Book8) -> None:
    b.unit_of(
        "Which unit is responsible for implementing the data operations service?", P7, "en", UK, a=E7, en=True
    )
    b.unit_of("基础设施-运维项目的实施单位是哪个？", P3, "zhf", ZF)
    b.unit_of("who carry out the Centre's management expenses project?", P6, "enn", NN, a=E6, en=True)
    b.prose(
        "In 基础设施-运维, how many work orders were completed in total?",
        P3,
        r"总计完成(\d+)个工单",
        "en",
        PASTE,
        MIXED,
    )
    b.prose("基础设施-运维全年处理网络报修总计多少个？", P3, r"处理网络报修总计(\d+)个", "zhf", ZF)
    b.prose(
        "According to its stated results, with how many municipal departments is the data operations "
        "service connected?",
        P7,
        r"(\d+)个部门",
        "en",
        UK,
        a=E7,
        en=True,
    )
    b.prose("数据运营2021年新建了几个专题库", P7, r"等(\d+)个专题库", "zhc", ZC, a="数据运营")
    b.prose(
        "staff satisfaction rate stated in the 管理经费 goals?",
        P6,
        r"工作人员满意度达(\d+)%",
        "en",
        AB,
        MIXED,
        a="管理经费",
        unit="%",
    )
    b.prose(
        "According to its stated results, how many local standards did the data operations service publish?",
        P7,
        r"发布了(\d+)项地方标准",
        "en",
        UK,
        a=E7,
        en=True,
    )
    b.prose(
        "infrastructure O&M project: one network repair take how many minutes on average?",
        P3,
        r"平均处理时长为(\d+)分钟",
        "enn",
        NN,
        a=E3,
        en=True,
    )
    b.prose(
        "运维给多少个市级政务外网节点提供服务",
        P3,
        r"为全市(\d+)余个市级政务外网网络节点",
        "zhc",
        ZC,
        a="运维",
    )
    b.prose_text("大数据中心管理工作经费主要用于保障哪项开支？", P6, "机房用电", "zhf", ZF)


def refusals(b: Book8) -> None:
    # other years: the forms are all of 2021
    b.refuse("What was the 2020 out-turn for the infrastructure O&M project?", "year", "en", UK)
    b.refuse("YoY change in FY budget for 数据运营?", "year", "en", AB, MIXED)
    b.refuse("2022年度数据运营服务的预算安排是多少？", "year", "zhf", ZF)
    b.refuse("What is budget of 运维 in 2019?", "year", "enn", NN, MIXED)
    b.refuse("2020年度各项目的平均预算执行率为多少？", "year", "zhf", ZF)
    # other agencies
    b.refuse(
        "Please provide the full-year budgets of the Shanghai Municipal Health Commission's programmes.",
        "agency",
        "en",
        UK,
    )
    b.refuse("上海市教委的项目总分排名情况如何？", "agency", "zhf", ZF)
    b.refuse("浦东新区财政局那边有几个项目拿了优", "agency", "zhc", ZC)
    b.refuse("avg score for 市卫健委 projects?", "agency", "en", AB, MIXED)
    b.refuse("Projects of the Beijing Big Data Bureau, which one is best?", "agency", "enn", NN)
    # off-topic
    b.refuse("Could you recommend a good hotel near the Bund?", "offtopic", "en", UK)
    b.refuse("明天上海下雨不", "offtopic", "zhc", ZC)
    b.refuse("How to write Python code for sort a list?", "offtopic", "enn", NN)
    b.refuse("请帮我起草一份部门年终工作总结。", "offtopic", "zhf", ZF)
    b.refuse("USD/CNY rate today?", "offtopic", "en", AB)
    # fields the forms do not hold
    b.refuse_or_clarify(
        "What was the funds availability rate of the e-government cloud prepayment?", "missing", "en", UK
    )
    b.refuse_or_clarify("数据运营服务项目的负责人叫什么名字？", "missing", "zhf", ZF)
    b.refuse_or_clarify("When did the data operations service start?", "missing", "enn", NN)
    b.refuse_or_clarify("procurement method for 二期?", "missing", "en", AB, MIXED)
    b.refuse_or_clarify("政务云合同金额多少", "missing", "zhc", ZC)
    b.refuse_or_clarify("How many staff does the Centre employ?", "missing", "en", UK)
    b.refuse_or_clarify("各项目第三季度的执行数分别是多少？", "missing", "zhf", ZF)
    b.refuse_or_clarify(
        "What share of the Centre's management expenses went on personnel costs?", "missing", "en", UK
    )
    # an answerable part next to one the forms cannot answer
    b.refuse_or_clarify("FY budget and procurement method for 数据运营?", "partial", "en", AB, MIXED)
    # fragments naming several projects
    b.refuse_or_clarify("一网通办项目的总分是多少？", "ambiguous", "zhf", ZF, fragment="一网通办")
    b.refuse_or_clarify("大数据那个项目预算多少", "ambiguous", "zhc", ZC, fragment="大数据")
    b.refuse_or_clarify(
        "What's the execution rate of the 基础设施 project?",
        "ambiguous",
        "en",
        PASTE,
        MIXED,
        fragment="基础设施",
    )
    b.refuse_or_clarify("运营服务 total score?", "ambiguous", "en", AB, MIXED, fragment="运营服务")
    b.refuse_or_clarify("the platform project, how many points it got?", "unclear", "enn", NN)
    # an indicator name stated twice in one form (数量指标 5%, 质量指标 100%)
    b.refuse_or_clarify("新建（购）应用系统与平台数量 target is what?", "unclear", "enn", NN, MIXED)
    # projects the corpus lacks
    b.refuse_or_clarify(
        "“一网统管”平台建设项目的执行率是多少？", "unknown_project", "zhf", ZF, missing="一网统管"
    )
    b.refuse_or_clarify(
        "What was the total score of the smart-city sensor network programme?", "unknown_project", "en", UK
    )
    b.refuse_or_clarify("随申码项目扣了多少分", "unknown_project", "zhc", ZC, missing="随申码")
    # nothing to refer back to
    b.refuse_or_clarify("那个项目咋样了", "vague", "zhc", ZC)
    b.refuse_or_clarify("How did it perform?", "vague", "en", CHAT)
    b.refuse_or_clarify("And its budget?", "vague", "en", CHAT)


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


def build_book(records: list[dict[str, Any]] | None = None) -> Book8:
    """Every hand-written question with its oracle gold (over the sample unless records given)."""
    records = sample_records() if records is None else records
    units = {str(r["name"]): str(r.get("unit") or "") for r in records}
    return written(Book8(Oracle(records), prefix="w", units=units), SECTIONS)


def write_free8() -> dict[Path, int]:
    """Rewrite free8_sample.jsonl; return how many items it holds."""
    return write_items(FREE8_SAMPLE, build_book().items)

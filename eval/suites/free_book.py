"""The gold side of the hand-written suite (eval/suites/free.py): each method takes one question
written by hand, asks the independent oracle (eval/oracle.py) for its answer and records a
schema item (eval/schema.py) like those of the generated suites.

Invariants:
- every gold value, list and evidence row comes from the oracle; a question string is never
  parsed here, only stored (a project is named to the oracle by its full name, next to the
  shortened name the question uses);
- each shortened name is recorded with the project it stands for, so a test can check that it
  singles that project out (``singles_out``); English renderings of a name are recorded apart;
- a question whose gold would be empty or ambiguous on the corpus (no project passes a filter,
  a comparison between equal values, a tie before the asked place) raises ValueError;
- nothing depends on the clock, the environment or a set's iteration order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from eval.oracle import LEVEL1, Oracle, fold
from eval.suites.context import FIELDS, item, number_gold
from eval.suites.intents import tags
from eval.suites.ranking import LEVEL_ALIASES

PREFIX = 20  # characters of a reason an answer must quote (as in eval/suites/dialogue.py)
TESTS: dict[str, Callable[[float, float], bool]] = {
    "lt": lambda v, t: v < t,
    "le": lambda v, t: v <= t,
    "gt": lambda v, t: v > t,
    "ge": lambda v, t: v >= t,
    "eq": lambda v, t: abs(v - t) < 1e-9,
}


def singles_out(o: Oracle, alias: str) -> list[str]:
    """Projects a person's shortened name can stand for: those whose folded name holds the
    folded alias's characters in order (政务云服务费 → 上海市政务云基础设施服务费（预付费）)."""

    def holds(name: str) -> bool:
        rest = iter(fold(name))
        return all(ch in rest for ch in fold(alias))

    return [n for n in o.names() if holds(n)]


@dataclass(frozen=True)
class Ref:
    """How a question names a project: the words used and the project meant."""

    words: str
    name: str
    english: bool = False  # an English rendering, which no substring test can check


@dataclass
class Book:
    """Items built so far, with the shortened names their questions use."""

    o: Oracle
    prefix: str = "f"  # of item ids: f-001, …
    items: list[dict[str, Any]] = field(default_factory=list)
    refs: list[tuple[str, Ref]] = field(default_factory=list)

    def __repr__(self) -> str:
        # a count, not the questions: pytest prints a failing test's arguments, and a held-out
        # suite's questions must never be shown
        return f"<Book {self.prefix}: {len(self.items)} items>"

    # -- recording -----------------------------------------------------------------------------
    def _add(self, out: dict[str, Any], refs: Sequence[Ref] = ()) -> None:
        key = f"{self.prefix}-{len(self.items) + 1:03d}"
        for r in refs:
            if r.words not in " ".join(out["turns"]):
                raise ValueError(f"{key}: the question does not say {r.words!r}")
            self.refs.append((key, r))
        self.items.append({"id": key, **out})

    def _tags(self, lang: str, refs: Sequence[Ref], more: Sequence[str]) -> list[str]:
        extra = list(more)
        for r in refs:
            if r.english:
                extra.append("alias:en")
            elif fold(r.words) not in fold(r.name):
                extra.append("abbrev")
        aliased = any(r.words != r.name for r in refs)
        return tags(lang, aliased, *extra)

    @staticmethod
    def _refs(name: str, a: str | None, en: bool = False) -> list[Ref]:
        return [Ref(a or name, name, en)]

    # -- rows ----------------------------------------------------------------------------------
    def rows(self, key: str, names: Sequence[str]) -> list[str]:
        """The rows a project field of some projects rests on."""
        section = FIELDS[key].section if key in FIELDS else "total"
        if section == "satisfaction":
            return [i for n in names for i in self.o.ids(self.o.indicator_rows(n, level1="满意度指标"))]
        return [self.o.row(n, section) for n in names]

    def _kind_rows(self, names: Sequence[str]) -> list[str]:
        ind = self.o.indicators
        return self.o.ids(ind[ind.project.isin(list(names))])

    # -- one project ---------------------------------------------------------------------------
    def lookup(
        self, q: str, name: str, f: str, lang: str, *more: str, a: str | None = None, en: bool = False
    ) -> None:
        """A stated field of one project."""
        refs = self._refs(name, a, en)
        gold = {**number_gold(float(self.o.value(name, f)), f), "projects": [name]}
        self._add(
            item(
                "lookup_field",
                "lookup",
                "number",
                [q],
                gold,
                self.rows(f, [name]),
                self._tags(lang, refs, more),
            ),
            refs,
        )

    def derived(
        self, q: str, name: str, f: str, lang: str, *more: str, a: str | None = None, en: bool = False
    ) -> None:
        """Budget change, unspent funds, points lost (as magnitudes) or the grade of one project."""
        refs = self._refs(name, a, en)
        t = self._tags(lang, refs, more)
        if f == "grade":
            gold: dict[str, Any] = {"answer": self.o.value(name, "grade"), "projects": [name]}
            self._add(
                item("lookup_derived", "derived", "grade", [q], gold, self.rows("total", [name]), t), refs
            )
            return
        gold = {**number_gold(abs(float(self.o.value(name, f))), f), "projects": [name]}
        self._add(item("lookup_derived", "derived", "number", [q], gold, self.rows(f, [name]), t), refs)

    def level1(
        self,
        q: str,
        name: str,
        level: str,
        what: str,
        lang: str,
        *more: str,
        a: str | None = None,
        en: bool = False,
    ) -> None:
        """A project's subtotal (score) or score rate (rate) on one level-1 indicator."""
        refs = self._refs(name, a, en)
        sub = self.o.subtotals("level1", level)
        unit = "%" if what == "rate" else "分"
        gold = {
            "value": round(float(sub.at[name, what]), 4),
            "unit": unit,
            "tolerance": 0.01,
            "projects": [name],
        }
        rows = self.o.ids(self.o.indicator_rows(name, level1=level))
        self._add(
            item("lookup_derived", "derived", "number", [q], gold, rows, self._tags(lang, refs, more)), refs
        )

    def indicator(
        self,
        q: str,
        name: str,
        kind: str,
        what: str,
        lang: str,
        *more: str,
        a: str | None = None,
        en: bool = False,
    ) -> None:
        """One level-2 kind of a project: score, deduction, weight (summed) or its target/actual text."""
        refs = self._refs(name, a, en)
        rows = self.o.indicator_rows(name, level2=kind)
        if rows.empty:
            raise ValueError(f"{name} has no {kind}")
        t, ids = self._tags(lang, refs, more), self.o.ids(rows)
        if what in ("target", "actual"):
            if len(rows) != 1:
                raise ValueError(f"{name}: {kind} has {len(rows)} rows")
            text = str(rows.iloc[0][what]).strip()
            number = re.fullmatch(r"[≥≤<>=]?\s*(\d+(?:\.\d+)?)\s*(%?)", text)
            if number:
                gold: dict[str, Any] = {"value": float(number.group(1)), "unit": number.group(2) or None}
                self._add(
                    item("indicator", "indicator", "number", [q], {**gold, "projects": [name]}, ids, t), refs
                )
            else:
                self._add(
                    item("indicator", "indicator", "text", [q], {"answer": text, "projects": [name]}, ids, t),
                    refs,
                )
            return
        column = {"score": "score", "lost": "deduction", "weight": "weight"}[what]
        gold = {
            "value": round(float(rows[column].sum()), 4),
            "unit": "分",
            "tolerance": 0.01,
            "projects": [name],
        }
        self._add(item("indicator", "indicator", "number", [q], gold, ids, t), refs)

    def reason(
        self,
        q: str,
        name: str,
        lang: str,
        *more: str,
        a: str | None = None,
        en: bool = False,
        level2: str | None = None,
        level1: str | None = None,
    ) -> None:
        """Why a project (or one kind or level of its indicators) lost points."""
        refs = self._refs(name, a, en)
        texts, rows = self._why(name, level2=level2, level1=level1)
        gold = {"items": texts, "projects": [name]}
        self._add(item("reason", "reason", "text_all", [q], gold, rows, self._tags(lang, refs, more)), refs)

    def _why(
        self, name: str, level2: str | None = None, level1: str | None = None
    ) -> tuple[list[str], list[str]]:
        rows = self.o.reasons(name, level2)
        if level1 is not None:
            rows = rows[rows.level1 == level1]
        texts = list(dict.fromkeys(d.strip()[:PREFIX] for d in rows.deviation))
        if not texts:
            raise ValueError(f"{name}: no reason stated")
        return texts, self.o.ids(rows)

    def prose(
        self,
        q: str,
        name: str,
        pattern: str,
        lang: str,
        *more: str,
        a: str | None = None,
        en: bool = False,
        unit: str | None = None,
    ) -> None:
        """A number stated only in a project's 年度总体目标 text (pattern's first group), with
        its unit when the text gives one (95%)."""
        refs = self._refs(name, a, en)
        hits = [n for n in self.o.names() if re.search(pattern, str(self.o.value(n, "goals")))]
        if hits != [name]:
            raise ValueError(f"/{pattern}/ is stated by {hits}, not by {name} alone")
        gold: dict[str, Any] = {
            "value": self.o.goal_number(name, pattern),
            "tolerance": 0.0,
            "projects": [name],
        }
        if unit is not None:
            gold = {"value": gold["value"], "unit": unit, "tolerance": 0.0, "projects": [name]}
        self._add(
            item(
                "prose",
                "text",
                "number",
                [q],
                gold,
                [self.o.row(name, "goals")],
                self._tags(lang, refs, more),
            ),
            refs,
        )

    # -- every project -------------------------------------------------------------------------
    def listing(self, q: str, f: str, lang: str, *more: str) -> None:
        """A field (or the grade) for every project."""
        names = self.o.names()
        if f == "grade":
            pairs = [{"item": n, "text": self.o.value(n, "grade")} for n in names]
        else:
            pairs = [{"item": n, **number_gold(float(self.o.value(n, f)), f)} for n in names]
        self._add(
            item(
                "list_field",
                "listing",
                "per_item",
                [q],
                {"pairs": pairs},
                self.rows(f, names),
                tags(lang, False, *more),
            )
        )

    def _column(self, f: str, names: Sequence[str]) -> dict[str, float]:
        return {n: round(float(v), 4) for n, v in self.o.column(f, names).items()}

    def _project_list(
        self,
        intent: str,
        q: str,
        hit: list[str],
        rows: list[str],
        lang: str,
        more: Sequence[str],
        refs: Sequence[Ref] = (),
    ) -> None:
        if not hit or len(hit) == len(self.o.names()) and intent != "follow_up":
            raise ValueError(f"{q}: a filter every project (or none) passes: {hit}")
        gold = {"items": hit, "universe": "project"}
        qtype = {"rank": "rank", "follow_up": "follow-up"}.get(intent, "filter")
        self._add(item(intent, qtype, "list", [q], gold, rows, self._tags(lang, refs, more)), refs)

    def filter(self, q: str, f: str, op: str, value: float, lang: str, *more: str) -> None:
        """Projects whose field compares with a constant."""
        names = self.o.names()
        hit = [n for n, v in self._column(f, names).items() if TESTS[op](v, value)]
        unit = "unit:" + ("money" if FIELDS[f].unit == "元" else str(FIELDS[f].unit))
        self._project_list("filter_value", q, hit, self.rows(f, names), lang, [unit, *more])

    def filter_aggregate(self, q: str, f: str, how: str, lang: str, *more: str) -> None:
        """Projects above or below the average (avg) or the median (median) of a field."""
        names = self.o.names()
        col = self._column(f, names)
        mid = self.o.aggregate(f, how.split("_")[1], names)
        above = how.startswith("above")
        hit = [n for n, v in col.items() if (v > mid + 1e-9 if above else v < mid - 1e-9)]
        self._project_list("filter_aggregate", q, hit, self.rows(f, names), lang, more)

    def filter_kind(self, q: str, kind: str, what: str, lang: str, *more: str) -> None:
        """Projects that have an indicator kind (has), lost points on it (deducted) or kept
        every point of it (full); kind is a level-1 or a level-2 kind."""
        names = self.o.names()
        level = "level1" if kind in LEVEL1 else "level2"
        sub = self.o.subtotals(level, kind).reindex(names).dropna()
        test = {"has": lambda d: True, "deducted": lambda d: d > 1e-9, "full": lambda d: abs(d) < 1e-9}[what]
        hit = [n for n in sub.index if test(float(sub.at[n, "deduction"]))]
        self._project_list("filter_indicator", q, hit, self._kind_rows(names), lang, more)

    def unmet(self, q: str, name: str, lang: str, *more: str, a: str | None = None, en: bool = False) -> None:
        """The indicators of one project whose actual value falls short of the target."""
        refs = self._refs(name, a, en)
        rows = self.o.indicator_rows(name)
        if rows.met.isna().any():
            raise ValueError(f"{name}: some targets cannot be compared")
        missed = sorted(set(rows[rows.met == False].name))  # noqa: E712 (a pandas mask)
        gold = {"items": missed, "universe": "indicator", "projects": [name]}
        self._add(
            item(
                "filter_indicator",
                "filter",
                "list",
                [q],
                gold,
                self.o.ids(rows),
                self._tags(lang, refs, more),
            ),
            refs,
        )

    def rank(self, q: str, f: str, high: bool, lang: str, *more: str, n: int = 1, top: bool = False) -> None:
        """The projects in dense place n by a field (top: the first n places), ties in full."""
        names = self.o.names()
        if not top and any(len(self.o.nth(f, i, high, names)) > 1 for i in range(1, n)):
            raise ValueError(f"{q}: a tie before place {n}")
        hit = self.o.top(f, n, high, names) if top else self.o.nth(f, n, high, names)
        extra = ["tie"] if not top and len(hit) > 1 else []
        self._project_list("rank", q, hit, self.rows(f, names), lang, [*more, *extra])

    # -- numbers over projects -------------------------------------------------------------------
    def _number(
        self,
        intent: str,
        qtype: str,
        turns: list[str],
        gold: dict[str, Any],
        rows: list[str],
        lang: str,
        more: Sequence[str],
        refs: Sequence[Ref] = (),
    ) -> None:
        self._add(item(intent, qtype, "number", turns, gold, rows, self._tags(lang, refs, more)), refs)

    def aggregate(self, q: str, f: str, how: str, lang: str, *more: str) -> None:
        """sum, avg, median, min or max of a field over every project."""
        names = self.o.names()
        unit = FIELDS[f].unit
        gold = {
            "value": round(self.o.aggregate(f, how, names), 4),
            "unit": unit,
            "tolerance": FIELDS[f].tolerance,
        }
        self._number("aggregate", "aggregate", [q], gold, self.rows(f, names), lang, more)

    def count(self, q: str, hit: list[str], rows: list[str], lang: str, *more: str) -> None:
        """How many projects pass a test (hit: those projects, from the oracle)."""
        gold = {"value": float(len(hit)), "tolerance": 0.0, "projects": hit}
        self._number("aggregate", "aggregate", [q], gold, rows, lang, more)

    def count_all(self, q: str, lang: str, *more: str) -> None:
        """How many projects the corpus holds."""
        names = self.o.names()
        self.count(q, names, [self.o.row(n, "project") for n in names], lang, *more)

    def count_kind(self, q: str, kind: str, what: str, lang: str, *more: str) -> None:
        """How many projects have (has) or lost points on (deducted) an indicator kind."""
        names = self.o.names()
        level = "level1" if kind in LEVEL1 else "level2"
        sub = self.o.subtotals(level, kind).reindex(names).dropna()
        hit = [n for n in sub.index if what == "has" or sub.at[n, "deduction"] > 1e-9]
        self.count(q, hit, self.o.ids(self.o.indicator_rows(None, **{level: kind})), lang, *more)

    def count_cmp(self, q: str, f: str, op: str, value: float, lang: str, *more: str) -> None:
        """How many projects' field compares with a constant."""
        names = self.o.names()
        hit = [n for n, v in self._column(f, names).items() if TESTS[op](v, value)]
        self.count(q, hit, self.rows(f, names), lang, *more)

    def group(
        self,
        q: str,
        level: str,
        measure: str,
        lang: str,
        *more: str,
        name: str | None = None,
        a: str | None = None,
    ) -> None:
        """Per level-1 or level-2 kind, over every project or one: points lost (deduction, the
        kinds that lost any), score or score rate."""
        names = [name] if name else self.o.names()
        refs = self._refs(name, a) if name else []
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
        rows = self._kind_rows(names)
        self._add(
            item("group", "group", "per_item", [q], {"pairs": pairs}, rows, self._tags(lang, refs, more)),
            refs,
        )

    def compare(
        self,
        q: str,
        names: Sequence[str],
        f: str,
        high: bool,
        lang: str,
        *more: str,
        a: Sequence[str | None] = (),
        en: bool = False,
    ) -> None:
        """Named projects compared on a field: the winner and every value."""
        col = self._column(f, names)
        values = [col[n] for n in names]
        if len(set(values)) < len(values):
            raise ValueError(f"{q}: equal values")
        winner = names[values.index(max(values) if high else min(values))]
        refs = [Ref(w or n, n, en) for n, w in zip(names, list(a) or [None] * len(names), strict=True)]
        gold = {"answer": winner, "pairs": [{"item": n, **number_gold(col[n], f)} for n in names]}
        self._add(
            item(
                "compare", "compare", "compare", [q], gold, self.rows(f, names), self._tags(lang, refs, more)
            ),
            refs,
        )

    # -- nested and follow-ups -------------------------------------------------------------------
    def winner(self, f: str, high: bool, names: Sequence[str] | None = None) -> str:
        """The one project first by a field (ValueError on a tie)."""
        hit = self.o.nth(f, 1, high, list(names or self.o.names()))
        if len(hit) != 1:
            raise ValueError(f"a tie for first place by {f}: {hit}")
        return hit[0]

    def nested(self, q: str, f: str, high: bool, g: str, lang: str, *more: str) -> None:
        """The project first by f feeds the next question: its field g, its grade, or why
        (its reasons; the satisfaction reasons when f is the satisfaction score)."""
        win = self.winner(f, high)
        rows = self.rows(f, self.o.names())
        t = tags(lang, False, *more)
        if g == "grade":
            gold: dict[str, Any] = {"answer": self.o.value(win, "grade"), "projects": [win]}
            self._add(item("nested", "nested", "grade", [q], gold, rows, t))
        elif g == "why":
            texts, why = self._why(win, level1="满意度指标" if f == "satisfaction" else None)
            self._add(
                item("nested", "nested", "text_all", [q], {"items": texts, "projects": [win]}, rows + why, t)
            )
        else:
            gold = {**number_gold(abs(float(self.o.value(win, g))), g), "projects": [win]}
            self._add(item("nested", "nested", "number", [q], gold, rows + self.rows(g, [win]), t))

    def follow_value(
        self, turns: list[str], name: str, f: str, lang: str, *more: str, refs: Sequence[Ref] = ()
    ) -> None:
        """A conversation whose last turn asks a field of one project."""
        gold = {**number_gold(abs(float(self.o.value(name, f))), f), "projects": [name]}
        self._number(
            "follow_up", "follow-up", turns, gold, self.rows(f, [name]), lang, ["follow-up", *more], refs
        )

    def follow_why(
        self,
        turns: list[str],
        name: str,
        lang: str,
        *more: str,
        level1: str | None = None,
        refs: Sequence[Ref] = (),
    ) -> None:
        """A conversation whose last turn asks why a project lost points."""
        texts, rows = self._why(name, level1=level1)
        gold = {"items": texts, "projects": [name]}
        t = self._tags(lang, refs, ["follow-up", *more])
        self._add(item("follow_up", "follow-up", "text_all", turns, gold, rows, t), refs)

    def follow_list(
        self, turns: list[str], hit: list[str], f: str, names: Sequence[str], lang: str, *more: str
    ) -> None:
        """A conversation whose last turn asks which projects (hit, over names by field f)."""
        gold = {"items": hit, "universe": "project"}
        t = tags(lang, False, "follow-up", *more)
        self._add(item("follow_up", "follow-up", "list", turns, gold, self.rows(f, names), t))

    def follow_compare(
        self, turns: list[str], names: Sequence[str], f: str, high: bool, lang: str, *more: str
    ) -> None:
        """A conversation whose last turn asks which of two projects named before is higher (or
        lower) on a field: graded as a comparison (the winner and every value)."""
        col = self._column(f, names)
        values = [col[n] for n in names]
        if len(names) != 2 or len(set(values)) < 2:
            raise ValueError(f"{turns}: not two projects with different values")
        winner = names[values.index(max(values) if high else min(values))]
        gold = {"answer": winner, "pairs": [{"item": n, **number_gold(col[n], f)} for n in names]}
        t = tags(lang, False, "follow-up", *more)
        self._add(item("follow_up", "follow-up", "compare", turns, gold, self.rows(f, names), t))

    def follow_number(
        self, turns: list[str], gold: dict[str, Any], rows: list[str], lang: str, *more: str
    ) -> None:
        """A conversation whose last turn asks a count or an aggregate (gold from the oracle)."""
        self._number("follow_up", "follow-up", turns, gold, rows, lang, ["follow-up", *more])

    # -- refusals ------------------------------------------------------------------------------
    def refuse(self, q: str, what: str, lang: str, *more: str) -> None:
        """Off-topic, another year or another agency: only a refusal is right."""
        t = tags(lang, False, f"refuse:{what}", "refuse-only", *more)
        self._add(item("refuse", "unanswerable", "abstain", [q], {}, (), t, answerable=False))

    def refuse_or_clarify(
        self,
        q: str,
        what: str,
        lang: str,
        *more: str,
        fragment: str | None = None,
        missing: str | None = None,
    ) -> None:
        """An unknown field, a project the corpus lacks, or a fragment naming several projects
        (asking back then names them all)."""
        gold: dict[str, Any] = {}
        if fragment is not None:
            cands = self.o.resolve(fragment)
            if len(cands) < 2 or fragment not in q:
                raise ValueError(f"{fragment!r} does not name several projects in {q!r}: {cands}")
            gold = {"items": cands}
        if missing is not None and (singles_out(self.o, missing) or missing not in q):
            raise ValueError(f"{missing!r} names a project of the corpus")
        t = tags(lang, False, f"refuse:{what}", "refuse-or-clarify", *more)
        self._add(
            item(
                "refuse_or_clarify", "unanswerable", "abstain_or_clarify", [q], gold, (), t, answerable=False
            )
        )


B = TypeVar("B", bound=Book)


def written(book: B, sections: Sequence[Callable[[Any], None]]) -> B:
    """The book with every section's questions recorded in order."""
    for section in sections:
        section(book)
    return book


def write_items(path: Path, items: list[dict[str, Any]]) -> dict[Path, int]:
    """Write a hand-written suite's items to path; return how many it holds."""
    from eval.suites import dumps

    path.write_text(dumps(items), encoding="utf-8")
    return {path: len(items)}

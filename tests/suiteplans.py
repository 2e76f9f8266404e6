"""Perfect plans for the visible question suites of issue 9, derived from the suites' own
generator — never from the rule parser.

``eval.suites.build`` is re-run with a recording context: it logs every choice a builder makes
(the field, operator, threshold, ordinal, scope and project reference it words the question
with), and the rebuilt suite is checked to equal the stored file. Each builder key then maps
those choices onto the typed query that asks exactly the generated question, with the words of
the question each slot was read from — what a perfect model would reply.

The held-out phrasebook is never imported here.
"""

from __future__ import annotations

import re
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any
from unittest import mock

import eval.suites as suites
from bot.corpus import Corpus
from eval.suites import COUNTS, SEEDS, phrases
from eval.suites import dialogue as dialogue_mod
from eval.suites import intents as intents_mod
from eval.suites import ranking as ranking_mod
from eval.suites.context import Ctx, Scope

Plan = dict[str, Any]
MEASURES: dict[str, dict[str, Any]] = {
    "total": {"field": "score"},
    "rate": {"field": "execution_rate"},
    "initial": {"field": "initial_budget"},
    "budget": {"field": "full_year_budget"},
    "executed": {"field": "executed"},
    "funds_score": {"field": "score", "part": "预算执行"},
    "satisfaction": {"field": "score", "part": "满意度指标"},
    "unspent": {"field": "unspent"},
    "lost": {"field": "deduction"},
    "change": {"field": "budget_change"},
}


@dataclass
class Made:
    """One generated item with the choices that worded it."""

    key: str
    lang: str
    pattern: str
    item: dict[str, Any]
    log: list[tuple[Any, ...]] = field(default_factory=list)

    def words(self, table: str) -> list[tuple[str, str]]:
        """(key, word) of every phrasebook word taken from a table, in order."""
        return [(e[2], e[3]) for e in self.log if e[0] == "word" and e[1] == table]

    def first(self, kind: str) -> tuple[Any, ...] | None:
        return next((e for e in self.log if e[0] == kind), None)

    def all(self, kind: str) -> list[tuple[Any, ...]]:
        return [e for e in self.log if e[0] == kind]


_LOG: list[tuple[Any, ...]] = []


class _RecordingCtx(Ctx):
    def word(self, table: str, key: str, lang: str) -> str:
        out = super().word(table, key, lang)
        _LOG.append(("word", table, key, out))
        return out

    def scope(self, pattern: str, min_n: int = 2, p: float | None = None) -> Scope:
        out = super().scope(pattern, min_n, p)
        _LOG.append(("scope", out))
        return out

    def ref(self, name: str, alias: float = 0.4) -> tuple[str, bool]:
        out = super().ref(name, alias)
        _LOG.append(("ref", name, out[0]))
        return out

    def amount(self, key: str, value: float, lang: str) -> str:
        out = super().amount(key, value, lang)
        _LOG.append(("amount", key, value, out))
        return out


def _threshold(real: Any) -> Any:
    def wrapped(ctx: Ctx, f: str, op: str, names: list[str]) -> Any:
        out = real(ctx, f, op, names)
        _LOG.append(("threshold", f, op, out))
        return out

    return wrapped


def record(records: list[dict[str, Any]], corpus: str) -> list[Made]:
    """Rebuild a visible suite ('sample' or 'synth'); return its items with their choices."""
    made: list[Made] = []

    def wrap(key: str, builder: Any) -> Any:
        def run(ctx: Ctx, k: str, lang: str, pattern: str) -> Any:
            _LOG.clear()
            it = builder(ctx, k, lang, pattern)
            if it is not None:
                made.append(Made(k, lang, pattern, it, list(_LOG)))
            return it

        return run

    builders = {k: wrap(k, b) for k, b in suites.BUILDERS.items()}
    prefix = "s" if corpus == "sample" else "y"
    with ExitStack() as stack:
        for mod in (intents_mod, ranking_mod, dialogue_mod):
            stack.enter_context(mock.patch.object(mod, "threshold", _threshold(mod.threshold)))
        items = suites.build(
            records,
            phrases,
            SEEDS[corpus],
            corpus,
            COUNTS[corpus],
            prefix,
            builders=builders,
            ctx_type=_RecordingCtx,
        )
    by_turns: dict[tuple[str, ...], Made] = {}
    for m in made:
        by_turns.setdefault(tuple(m.item["turns"]), m)
    out = []
    for it in items:
        m = by_turns[tuple(it["turns"])]
        m.item = it
        out.append(m)
    return out


# -- plans ----------------------------------------------------------------------------------------
def ev(slot: str, value: Any, words: str) -> dict[str, str]:
    return {"slot": slot, "value": str(value), "words": words}


def query_plan(query: dict[str, Any], evidence: list[dict[str, str]]) -> Plan:
    return {"action": "query", "query": query, "evidence": evidence}


CANNOT: Plan = {"action": "cannot", "evidence": [], "reason": "not in the forms"}


class Planner:
    """Maps a generated item onto its perfect plans, one per turn."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.ids = {p.name: p.id for p in corpus.projects}
        self.dept = {p.name: p.department for p in corpus.projects}
        self.year = {p.name: p.year for p in corpus.projects}

    def plans(self, m: Made) -> list[Plan]:
        family = m.key.split(".")[0]
        handler = getattr(self, "_" + family.replace("-", "_"), None)
        turns = m.item["turns"]
        out = handler(m) if handler else [CANNOT] * len(turns)
        assert len(out) == len(turns), m.key
        return out

    # helpers ----------------------------------------------------------------------------------
    def _literal(self, m: Made, turn: int = 0) -> list[str]:
        """The pattern's fixed words of one turn (between placeholders), as they stand in it."""
        pattern = m.pattern.split("||")[turn]
        return [s.strip() for s in re.split(r"{\w+}", pattern) if s.strip(" ，,、。？?")]

    def _lit(self, m: Made, slot: str, value: Any, turn: int = 0) -> list[dict[str, str]]:
        return [ev(slot, value, w) for w in self._literal(m, turn)]

    def _project(self, m: Made, n: int = 0) -> tuple[dict[str, Any], list[dict[str, str]]]:
        _, name, text = m.all("ref")[n]
        return {"kind": "named", "ids": [self.ids[name]]}, [ev("project", self.ids[name], text)]

    def _measure(self, f: str, word: str) -> tuple[dict[str, Any], list[dict[str, str]]]:
        measure = MEASURES[f]
        out = []
        if "part" in measure:
            out.append(ev("part", measure["part"], word))
        if "part" not in measure or measure["field"] != "score":
            out.append(ev("field", measure["field"], word))
        return dict(measure), out

    def _field(self, m: Made, n: int = 0) -> tuple[str, dict[str, Any], list[dict[str, str]]]:
        f, word = m.words("FIELDS")[n]
        measure, evidence = self._measure(f, word)
        return f, measure, evidence

    def _scope(self, m: Made) -> tuple[dict[str, Any], list[dict[str, str]]]:
        entry = m.first("scope")
        scope: Scope | None = entry[1] if entry else None
        if scope is None or not scope.tags:
            return {"kind": "all"}, []
        out: dict[str, Any] = {"kind": "all"}
        evidence = []
        text = scope.en if m.lang == "en" else scope.zh
        if "scope:year" in scope.tags:
            year = self.year[scope.names[0]]
            out["years"] = [year]
            evidence.append(ev("year", year, str(year)))
        if "scope:department" in scope.tags:
            dept = self.dept[scope.names[0]]
            out["departments"] = [dept]
            words = re.sub(r"^\s*(of|in)\s+|\s+in\s+\d{4}$|^\d{4}年|的$", "", text).strip()
            evidence.append(ev("department", dept, words))
        return out, evidence

    def _kind(self, m: Made) -> tuple[str, str]:
        table = "LEVEL1_WORDS" if m.words("LEVEL1_WORDS") else "KIND_WORDS"
        return m.words(table)[0]

    # families ----------------------------------------------------------------------------------
    def _lookup(self, m: Made) -> list[Plan]:
        projects, evidence = self._project(m)
        _, measure, more = self._field(m)
        return [query_plan({"op": "lookup", "projects": projects, "measures": [measure]}, evidence + more)]

    def _derived(self, m: Made) -> list[Plan]:
        projects, evidence = self._project(m)
        what = m.key.split(".")[1]
        simple = {"change": "budget_change", "unspent": "unspent", "lost": "deduction", "grade": "grade"}
        if what in simple:
            measure: dict[str, Any] = {"field": simple[what]}
            evidence += self._lit(m, "field", simple[what])
        else:
            kind, word = self._kind(m)
            measure = {"field": "score" if what == "level1" else "score_rate", "part": kind}
            evidence.append(ev("part", kind, word))
            if what == "rate":
                evidence += self._lit(m, "field", "score_rate")
        return [query_plan({"op": "lookup", "projects": projects, "measures": [measure]}, evidence)]

    def _indicator(self, m: Made) -> list[Plan]:
        projects, evidence = self._project(m)
        what = m.key.split(".")[1]
        kind, word = self._kind(m)
        evidence.append(ev("part", kind, word))
        if what in ("target", "actual"):
            query = {"op": "rows", "projects": projects, "part": kind, "fields": [what]}
            return [query_plan(query, evidence + self._lit(m, "other", what))]
        field_key = {"score": "score", "lost": "deduction", "weight": "weight"}[what]
        if field_key != "score":
            evidence += self._lit(m, "field", field_key)
        query = {"op": "lookup", "projects": projects, "measures": [{"field": field_key, "part": kind}]}
        return [query_plan(query, evidence)]

    def _list(self, m: Made) -> list[Plan]:
        projects, evidence = self._scope(m)
        if m.key == "list.grade":
            measure: dict[str, Any] = {"field": "grade"}
            evidence += self._lit(m, "field", "grade")
        else:
            _, measure, more = self._field(m)
            evidence += more
        return [query_plan({"op": "lookup", "projects": projects, "measures": [measure]}, evidence)]

    def _compare_condition(self, m: Made) -> tuple[dict[str, Any], list[dict[str, str]]]:
        _, f, op, found = m.first("threshold")  # type: ignore[misc]
        _, measure, evidence = self._field(m)
        amount = m.first("amount")
        assert amount is not None and found is not None
        condition = {"kind": "compare", "measure": measure, "op": op, "value": found[0]}
        evidence += [ev("number", found[0], amount[3]), ev("comparator", op, m.words("OPS")[0][1])]
        return condition, evidence

    def _filter(self, m: Made) -> list[Plan]:
        what = m.key.split(".")[1]
        if what == "unmet":
            projects, evidence = self._project(m)
            query = {"op": "rows", "projects": projects, "only": "unmet"}
            return [query_plan(query, evidence + self._lit(m, "condition", "unmet"))]
        scope, evidence = self._scope(m)
        condition, more = self._condition(m, what)
        if condition is None:
            return [CANNOT]
        query = {"op": "list", "projects": {"kind": "filtered", "source": scope, "condition": condition}}
        return [query_plan(query, evidence + more)]

    def _condition(self, m: Made, what: str) -> tuple[dict[str, Any] | None, list[dict[str, str]]]:
        if what == "cmp":
            return self._compare_condition(m)
        if what == "eq":
            f, measure, evidence = self._field(m)
            amount = m.first("amount")
            assert amount is not None
            evidence += [ev("number", amount[2], amount[3]), ev("comparator", "eq", amount[3])]
            evidence += self._lit(m, "comparator", "eq")
            return {"kind": "compare", "measure": measure, "op": "eq", "value": amount[2]}, evidence
        if what in ("above_avg", "below_avg", "above_median"):
            _, measure, evidence = self._field(m)
            op = "lt" if what == "below_avg" else "gt"
            against = "median" if what == "above_median" else "avg"
            evidence += self._lit(m, "comparator", op) + self._lit(m, "aggregate", against)
            return {"kind": "compare", "measure": measure, "op": op, "against": against}, evidence
        if what == "clean":
            return None, []
        kind, word = self._kind(m)
        evidence = [ev("part", kind, word)]
        if what == "has":
            return {"kind": "has_part", "part": kind}, evidence + self._lit(m, "condition", "has")
        if what in ("deducted", "deducted_l1"):
            return {"kind": "deducted", "part": kind}, evidence + self._lit(m, "condition", "deducted")
        if what == "full_kind":
            cond = {"kind": "deducted", "part": kind, "negate": True}
            return cond, evidence + self._lit(m, "condition", "not_deducted")
        return {"kind": "full_marks", "part": kind}, evidence + self._lit(m, "condition", "full")

    def _rank(self, m: Made) -> list[Plan]:
        what = m.key.split(".")[1]
        scope, evidence = self._scope(m)
        _, measure, more = self._field(m)
        order = "desc" if what in ("max", "nth", "top") else "asc"
        query: dict[str, Any] = {"op": "rank", "projects": scope, "measure": measure, "order": order}
        evidence += more + self._lit(m, "order", order)
        for table in ("ORDINALS", "COUNTS"):
            for n, word in m.words(table):
                query["nth" if table == "ORDINALS" else "k"] = int(n)
                evidence.append(ev("number", n, word))
        if what in ("max", "min"):
            query["single"] = True
        return [query_plan(query, evidence)]

    def _agg(self, m: Made) -> list[Plan]:
        what = m.key.split(".")[1]
        scope, evidence = self._scope(m)
        query: dict[str, Any] = {"op": "aggregate", "projects": scope}
        if what.startswith("count"):
            query["agg"] = "count"
            evidence += self._lit(m, "aggregate", "count")
            condition: dict[str, Any] | None = None
            if what == "count_cmp":
                condition, more = self._compare_condition(m)
            elif what in ("count_has", "count_deducted"):
                condition, more = self._condition(m, "has" if what == "count_has" else "deducted")
            if condition is not None:
                query["projects"] = {"kind": "filtered", "source": scope, "condition": condition}
                evidence += more
            return [query_plan(query, evidence)]
        _, measure, more = self._field(m)
        query |= {"agg": what, "measure": measure}
        return [query_plan(query, evidence + more + self._lit(m, "aggregate", what))]

    def _group(self, m: Made) -> list[Plan]:
        what = m.key.split(".")[1]
        scope, evidence = self._scope(m)
        if what.startswith("l"):
            by = "level1" if what.startswith("l1") else "level2"
            measure: dict[str, Any] | None = {"field": "score_rate" if what.endswith("rate") else "deduction"}
            evidence += self._lit(m, "group", by) + self._lit(m, "field", measure["field"])  # type: ignore[index]
        else:
            by = "department" if what.startswith("dept") else "year"
            if what.endswith("count"):  # projects per group
                measure, more = None, self._lit(m, "aggregate", "count")
            else:
                _, measure, more = self._field(m)
            evidence += more + self._lit(m, "group", by)
            if scope.get("years" if by == "year" else "departments"):
                scope, evidence = (
                    {"kind": "all"},
                    [e for e in evidence if e["slot"] not in ("year", "department")],
                )
        return [query_plan({"op": "group", "projects": scope, "by": by, "measure": measure}, evidence)]

    def _compare(self, m: Made) -> list[Plan]:
        refs = m.all("ref")
        ids = [self.ids[name] for _, name, _ in refs]
        evidence = [ev("project", self.ids[name], text) for _, name, text in refs]
        _, measure, more = self._field(m)
        order = "desc" if m.key.endswith("high") else "asc"
        query = {
            "op": "compare",
            "projects": {"kind": "named", "ids": ids},
            "measure": measure,
            "order": order,
        }
        return [query_plan(query, evidence + more + self._lit(m, "order", order))]

    def _reason(self, m: Made) -> list[Plan]:
        projects, evidence = self._project(m)
        query: dict[str, Any] = {"op": "rows", "projects": projects, "only": "deducted", "reasons": True}
        if m.key != "reason.project":
            kind, word = self._kind(m)
            query["part"] = kind
            evidence.append(ev("part", kind, word))
        evidence += self._lit(m, "reasons", "") + self._lit(m, "condition", "deducted")
        return [query_plan(query, evidence)]

    def _ranked(self, m: Made, order: str) -> tuple[dict[str, Any], list[dict[str, str]], str]:
        f, measure, evidence = self._field(m)
        ranked = {"kind": "ranked", "source": {"kind": "all"}, "measure": measure, "order": order}
        return ranked, evidence + self._lit(m, "order", order), f

    def _nested(self, m: Made) -> list[Plan]:
        what = m.key.split(".")[1]
        projects, evidence, f = self._ranked(m, "desc" if what.startswith("max") else "asc")
        if "value" in what:
            _, measure, more = self._field(m, 1)
            return [
                query_plan({"op": "lookup", "projects": projects, "measures": [measure]}, evidence + more)
            ]
        if what.endswith("grade"):
            query = {"op": "lookup", "projects": projects, "measures": [{"field": "grade"}]}
            return [query_plan(query, evidence + self._lit(m, "field", "grade"))]
        query = {"op": "rows", "projects": projects, "only": "deducted", "reasons": True}
        if f == "satisfaction":
            query["part"] = "满意度指标"
        more = self._lit(m, "reasons", "") + self._lit(m, "condition", "deducted")
        return [query_plan(query, evidence + more)]

    def _fu(self, m: Made) -> list[Plan]:
        what = m.key.split(".")[1]
        gold = m.item["gold"]
        if what in ("why_min", "why_max"):
            f, measure, evidence = self._field(m)
            order = "desc" if what == "why_max" else "asc"
            first = {
                "op": "rank",
                "projects": {"kind": "all"},
                "measure": measure,
                "order": order,
                "single": True,
            }
            ids = [self.ids[n] for n in gold["projects"]]
            second: dict[str, Any] = {
                "op": "rows",
                "projects": {"kind": "named", "ids": ids, "previous": True},
                "only": "deducted",
                "reasons": True,
            }
            if f == "satisfaction":
                second["part"] = "满意度指标"
            more = self._lit(m, "reasons", "", 1) + self._lit(m, "condition", "deducted", 1)
            return [query_plan(first, evidence + self._lit(m, "order", order)), query_plan(second, more)]
        if what in ("second", "lowest"):
            _, measure, evidence = self._field(m)
            first = {
                "op": "rank",
                "projects": {"kind": "all"},
                "measure": measure,
                "order": "desc",
                "single": True,
            }
            if what == "second":
                second = {
                    "op": "rank",
                    "projects": {"kind": "all"},
                    "measure": measure,
                    "order": "desc",
                    "nth": 2,
                }
                more = self._lit(m, "number", 2, 1) + self._lit(m, "order", "desc", 1)
            else:
                second = {**first, "order": "asc"}
                more = self._lit(m, "order", "asc", 1)
            return [query_plan(first, evidence + self._lit(m, "order", "desc")), query_plan(second, more)]
        if what in ("subset_min", "subset_max"):
            condition, evidence = self._compare_condition(m)
            _, _, op, found = m.first("threshold")  # type: ignore[misc]
            first = {
                "op": "list",
                "projects": {"kind": "filtered", "source": {"kind": "all"}, "condition": condition},
            }
            _, measure, more = self._field(m, 1)
            order = "asc" if what == "subset_min" else "desc"
            ids = [self.ids[n] for n in found[1]]
            second = {
                "op": "rank",
                "projects": {"kind": "named", "ids": ids, "previous": True},
                "measure": measure,
                "order": order,
                "single": True,
            }
            more += self._lit(m, "order", order, 1) + self._lit(m, "previous", "", 1)
            return [query_plan(first, evidence), query_plan(second, more)]
        if what in ("pronoun", "other"):
            projects, evidence = self._project(m)
            _, fmeasure, fwords = self._field(m, 0)
            _, gmeasure, gwords = self._field(m, 1)
            first = {"op": "lookup", "projects": projects, "measures": [fmeasure]}
            if what == "pronoun":
                second_projects = {**projects, "previous": True}
                second = {"op": "lookup", "projects": second_projects, "measures": [gmeasure]}
                more = gwords + self._lit(m, "previous", "", 1)
            else:
                q_projects, more = self._project(m, 1)
                second = {"op": "lookup", "projects": q_projects, "measures": [fmeasure]}
            return [query_plan(first, evidence + fwords), query_plan(second, more)]
        if what == "count":
            kind, word = self._kind(m)
            condition = {"kind": "deducted", "part": kind}
            first = {
                "op": "list",
                "projects": {"kind": "filtered", "source": {"kind": "all"}, "condition": condition},
            }
            evidence = [ev("part", kind, word), *self._lit(m, "condition", "deducted")]
            ids = [self.ids[n] for n in gold["projects"]]
            second = {
                "op": "aggregate",
                "projects": {"kind": "named", "ids": ids, "previous": True},
                "agg": "count",
            }
            return [query_plan(first, evidence), query_plan(second, self._lit(m, "aggregate", "count", 1))]
        _, measure, evidence = self._field(m)
        first = {"op": "lookup", "projects": {"kind": "all"}, "measures": [measure]}
        second = {"op": "aggregate", "projects": {"kind": "all"}, "agg": "avg", "measure": measure}
        return [query_plan(first, evidence), query_plan(second, self._lit(m, "aggregate", "avg", 1))]

    def _prose(self, m: Made) -> list[Plan]:
        question = m.item["turns"][0]
        refs = [r for r in m.all("ref") if r[2] in question]
        if refs:
            projects, evidence = self._project(m)
        else:
            projects, evidence = {"kind": "all"}, []
        text = question
        if m.lang == "en":  # a model puts the question in the forms' words to find the sentence
            regex = (
                phrases.PROSE[int(m.pattern)][0]
                if m.key == "prose.fact"
                else dialogue_mod.SYNTH_PROSE[m.key][0]
            )
            text = re.sub(r"\(\\d\+\)|\\d\+", "", regex)
        regex = (
            phrases.PROSE[int(m.pattern)][0] if m.key == "prose.fact" else dialogue_mod.SYNTH_PROSE[m.key][0]
        )
        words = [w for w in re.findall(r"[\u4e00-\u9fff]{2,}", regex) if w in question]
        query = {"op": "text", "projects": projects, "text": text, "words": words}
        return [query_plan(query, evidence)]

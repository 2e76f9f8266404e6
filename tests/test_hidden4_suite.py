"""The fourth held-out suite (eval/suites/hidden4.py, written by hand): it validates, covers every
intent in both languages with its refusals and asking back, speaks in its four askers' voices,
regenerates byte for byte, names projects only in ways that single them out, holds gold the
oracle backs and the scorer reads, cites rows that exist, repeats no question of another suite,
and is scored redacted.

No question is ever printed: every check collects the ids of the items that fail and compares
that list (or a count) with an empty one, so a failure names item ids only."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from eval.oracle import KINDS, LEVEL1, Oracle
from eval.schema import Item, load_items
from eval.score import judge, normalise
from eval.suites import PLAN, dumps
from eval.suites.free_book import Book, singles_out
from eval.suites.hidden4 import HIDDEN4, build_book
from tests.suitechecks import assert_evidence_rows_exist, assert_gold_well_formed, ideal_answer, wrong_answer

ROOT = Path(__file__).parents[1]
REFUSALS = ("refuse", "refuse_or_clarify")
PERSONAS = ("persona:reviewer", "persona:retiree", "persona:auditor", "persona:pm")


class _Quiet(list[Item]):
    """The suite's items; their repr (which pytest prints beside a failing test) is a count, so
    that no question is ever shown."""

    def __repr__(self) -> str:
        return f"<{len(self)} items>"


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return _Quiet(load_items(HIDDEN4))


@pytest.fixture(scope="module")
def book() -> Book:
    return build_book()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- size, coverage, regeneration ---------------------------------------------------------------
def test_regeneration_gives_the_identical_file(book: Book) -> None:
    assert _digest(dumps(book.items)) == _digest(HIDDEN4.read_text(encoding="utf-8"))


def test_every_intent_in_both_languages(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert set(counts) == set(PLAN)
    assert min(counts.values()) >= 5
    assert max(n for intent, n in counts.items() if intent not in REFUSALS) <= 12
    assert counts["refuse"] + counts["refuse_or_clarify"] >= 30 and counts["follow_up"] >= 12
    assert len(items) == 150
    assert len({i.id for i in items}) == len(items) and all(i.id.startswith("h4-") for i in items)
    distinct = len({tuple(i.turns) for i in items})  # counted outside the assert: no question printed
    assert distinct == len(items)
    one_language = [
        intent for intent in PLAN if {"zh", "en"} - {t for i in items if i.intent == intent for t in i.tags}
    ]
    assert one_language == []


def test_four_askers_in_their_own_voices(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert [tags[p] >= 30 for p in PERSONAS] == [True] * 4
    assert sum(len([t for t in i.tags if t.startswith("persona:")]) == 1 for i in items) == len(items)
    voices = {"persona:reviewer": "formal", "persona:retiree": "colloquial", "persona:auditor": "en"}
    voices["persona:pm"] = "mixed"
    off_voice = [i.id for i in items for p, v in voices.items() if p in i.tags and v not in i.tags]
    assert off_voice == []
    assert tags["traditional"] >= 30 and tags["fullwidth"] >= 5
    trad = re.compile(
        "[項預執滿數據與為麼個總運營們價錢幾這裡還結餘類級標實際經節點遷對門邊會幫發氣樣負責塊兩]"
    )
    unmarked = [i.id for i in items if ("traditional" in i.tags) != any(trad.search(t) for t in i.turns)]
    assert unmarked == []
    fullwidth = re.compile("[０-９]")
    unmarked = [i.id for i in items if ("fullwidth" in i.tags) != any(fullwidth.search(t) for t in i.turns)]
    assert unmarked == []
    words = re.compile(r"\b(outturn|underspend|line items?|KPIs?|appropriation)\b")
    accounting = [i.id for i in items if "persona:auditor" in i.tags and words.search(" ".join(i.turns))]
    assert len(accounting) >= 25
    english_in_pm = [
        i.id for i in items if "persona:pm" in i.tags and not re.search("[A-Za-z]", " ".join(i.turns))
    ]
    assert english_in_pm == []


def test_questions_are_varied(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert tags["en"] >= 30 and tags["zh"] >= 90
    assert tags["colloquial"] >= 30 and tags["formal"] >= 30 and tags["mixed"] >= 30
    assert tags["alias"] >= 35 and tags["alias:en"] >= 10 and tags["abbrev"] >= 5 and tags["tie"] >= 2
    assert sum(len(i.turns) > 1 for i in items) >= 12 and sum(len(i.turns) == 3 for i in items) >= 2
    untidy = [i.id for i in items if any("{" in t or "  " in t or t != t.strip() or not t for t in i.turns)]
    assert untidy == []


def test_refusals_and_asking_back(items: list[Item]) -> None:
    refusals = [i for i in items if i.intent in REFUSALS]
    expected = {"refuse": "abstain", "refuse_or_clarify": "abstain_or_clarify"}
    bad = [
        i.id for i in refusals if i.answerable or i.evidence.rows or i.answer_type != expected[i.intent or ""]
    ]
    assert bad == []
    kinds = {t for i in refusals for t in i.tags if t.startswith("refuse:")}
    assert kinds == {
        f"refuse:{k}"
        for k in (
            "offtopic",
            "year",
            "agency",
            "region",
            "forecast",
            "unknown",
            "unknown_all",
            "missing",
            "ambiguous",
            "vague",
            "norm",
        )
    }


# -- names ----------------------------------------------------------------------------------------
def test_every_short_name_singles_out_its_project(book: Book) -> None:
    chinese = [(key, ref) for key, ref in book.refs if not ref.english]
    bad = [key for key, ref in chinese if singles_out(book.o, ref.words) != [ref.name]]
    assert bad == [] and len(chinese) >= 40
    assert sum(ref.english for _, ref in book.refs) >= 12


def test_ambiguous_fragments_name_several_projects(book: Book, items: list[Item]) -> None:
    ambiguous = [i for i in items if "refuse:ambiguous" in i.tags]
    names = set(book.o.names())
    bad = [i.id for i in ambiguous if len(i.gold.items) < 2 or not set(i.gold.items) <= names]
    assert bad == [] and len(ambiguous) >= 4


# -- gold -------------------------------------------------------------------------------------------
def test_gold_is_well_formed_and_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_gold_well_formed(items, unsigned=True)
    assert_evidence_rows_exist(SAMPLE_DIR, items)


def test_the_scorer_reads_every_gold(book: Book, items: list[Item]) -> None:
    universes = [book.o.names(), sorted(set(book.o.indicators.name))]
    bad = []
    for i in items:
        if not i.answerable:
            ok = judge(i, "语料中没有可回答的内容。", True, "abstain", universes).correct
        else:
            wrong = wrong_answer(i)
            ok = judge(i, ideal_answer(i), False, "table", universes).correct and (
                wrong is None or not judge(i, wrong, False, "table", universes).correct
            )
        if not ok:
            bad.append(i.id)
    assert bad == []


def _r(x: Any) -> float:
    return round(abs(float(x)), 2)


FIELDS = (
    "total",
    "rate",
    "initial",
    "budget",
    "executed",
    "funds_score",
    "satisfaction",
    "unspent",
    "change",
    "lost",
)


def _project_figures(o: Oracle, name: str) -> set[float]:
    """Every figure the oracle holds for one project: its fields, its subtotals per level-1 and
    level-2 kind, the numbers of its targets, actuals and goals prose."""
    out = {_r(o.value(name, f)) for f in FIELDS if o.value(name, f) == o.value(name, f)}
    for level, kinds in (("level1", LEVEL1), ("level2", tuple(KINDS))):
        for kind in kinds:
            sub = o.subtotals(level, kind)
            if name in sub.index:
                out |= {_r(sub.at[name, c]) for c in ("score", "weight", "deduction", "rate")}
    rows = o.indicator_rows(name)
    for text in [*rows.target, *rows.actual, str(o.value(name, "goals"))]:
        out |= {_r(x) for x in re.findall(r"\d+(?:\.\d+)?", str(text).replace(",", ""))}
    return out


@cache
def _pool_figures(o: Oracle) -> set[float]:
    """Aggregates of every field over all projects, sums and averages over every set of projects
    (a follow-up adds up the projects the last answer listed), and every count up to the number
    of projects."""
    names = o.names()
    out = {float(n) for n in range(len(names) + 1)}
    for f in FIELDS:
        out |= {_r(o.aggregate(f, how, names)) for how in ("sum", "avg", "median", "min", "max")}
        values = [float(v) for v in o.column(f, names)]
        for k in range(2, len(values)):
            for some in combinations(values, k):
                out |= {_r(sum(some)), _r(sum(some) / k)}
    return out


def _backed(i: Item, o: Oracle) -> bool:
    """Whether an item's gold is what the oracle holds, read apart from the Book."""
    g, names = i.gold, set(o.names())
    kinds = set(LEVEL1) | set(KINDS)
    if not set(g.projects) <= names:
        return False
    if i.answer_type == "list":
        universe = names if g.universe == "project" else set(o.indicators.name)
        return bool(g.items) and set(g.items) <= universe
    if i.answer_type == "number":
        about = _project_figures(o, g.projects[0]) if len(g.projects) == 1 else _pool_figures(o)
        return _r(g.value) in about | _pool_figures(o)
    if i.answer_type == "grade":
        return g.answer == o.value(g.projects[0], "grade")
    if i.answer_type == "text_all":
        reasons = [str(d).strip() for d in o.reasons(g.projects[0]).deviation]
        return all(any(r.startswith(x) for r in reasons) for x in g.items)
    if i.answer_type == "text":
        rows = o.indicator_rows(g.projects[0])
        return g.answer in {*map(str.strip, rows.target), *map(str.strip, rows.actual)}
    if i.answer_type in ("per_item", "compare"):
        levels = {
            _r(v)
            for lv in ("level1", "level2")
            for w in ("deduction", "rate", "score")
            for v in o.group(lv, w, o.names()).values()
        } | {v for n in names for v in _project_figures(o, n)}
        for p in g.pairs:
            if p.item in names:
                if not (
                    p.text == o.value(p.item, "grade")
                    if p.text
                    else _r(p.value) in _project_figures(o, p.item)
                ):
                    return False
            elif p.item not in kinds or _r(p.value) not in levels:
                return False
        if i.answer_type == "compare":
            values = {p.item: p.value for p in g.pairs}
            return values[g.answer or ""] in (max(values.values()), min(values.values()))
        return True
    return False


def test_every_gold_is_backed_by_the_oracle(book: Book, items: list[Item]) -> None:
    bad = [i.id for i in items if i.answerable and not _backed(i, book.o)]
    assert bad == []


# -- the other suites and the Makefile -----------------------------------------------------------------
def test_no_question_repeats_one_of_another_suite(items: list[Item]) -> None:
    other: set[str] = set()
    paths = [p for p in sorted((ROOT / "eval/suites").glob("*.jsonl")) if p != HIDDEN4]
    for path in [*paths, ROOT / "eval/questions.jsonl"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row: dict[str, Any] = json.loads(line)
                turns = row.get("turns") or [row["question"]]
                other.update(normalise(t) for t in ([turns] if isinstance(turns, str) else turns))
    repeated = [i.id for i in items if len(i.turns) == 1 and normalise(i.turns[0]) in other]
    assert repeated == []


def test_make_scores_the_suite_redacted_with_the_held_out_gates() -> None:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = text.split("\neval-suites:", 1)[1].split("\n\n", 1)[0]
    line = " ".join(target.split("eval/suites/sample_hidden4.jsonl", 1)[1].split("\\\n"))
    assert "--out $(SUITES)/hidden4" in line and "--redact" in line and "--no-naive" in line
    assert "--gates eval/gates-hidden.yaml" in line and "|| status=1" in line.split(";")[0]

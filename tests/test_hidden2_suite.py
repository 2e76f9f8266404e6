"""The second held-out suite (eval/suites/hidden2.py): it validates, has its counts per intent and
its refusals, regenerates byte for byte, holds gold the oracle backs and the scorer reads, cites
rows that exist, shares no wording with the other phrasebooks and suites, and is scored redacted.

Nothing of the suite or its phrasebook is printed: overlaps are counted outside the asserts and
failures name item ids only."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eval.oracle import KINDS, LEVEL1, Oracle
from eval.schema import Item, load_items
from eval.score import judge, normalise
from eval.suites import dev2_phrases, dev_phrases, dumps, hidden_templates, phrases, sample_records
from eval.suites import hidden2_templates as pb
from eval.suites.hidden2 import COUNTS, HIDDEN2, build_hidden2
from tests.suitechecks import assert_evidence_rows_exist, assert_gold_well_formed, ideal_answer, wrong_answer

ROOT = Path(__file__).parents[1]
REFUSALS = ("refuse", "refuse_or_clarify")
OTHER_BOOKS = (phrases, dev_phrases, dev2_phrases, hidden_templates)
BOOK_IDS = ["phrases", "dev_phrases", "dev2_phrases", "hidden"]
OTHER_SUITES = (
    "eval/suites/sample.jsonl",
    "eval/suites/synth.jsonl",
    "eval/suites/sample_hidden.jsonl",
    "eval/suites/sample_hidden4.jsonl",
    "eval/suites/dev_sample.jsonl",
    "eval/suites/dev_synth.jsonl",
    "eval/suites/dev2_sample.jsonl",
    "eval/suites/dev2_synth.jsonl",
    "eval/questions.jsonl",
)


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(HIDDEN2)


@pytest.fixture(scope="module")
def oracle() -> Oracle:
    return Oracle(sample_records())


# -- size, coverage, regeneration ---------------------------------------------------------------
def test_counts_per_intent(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert counts == Counter(COUNTS)
    assert min(n for intent, n in counts.items() if intent not in REFUSALS) >= 8
    assert counts["refuse"] + counts["refuse_or_clarify"] >= 20
    assert len({i.id for i in items}) == len(items)


def test_refusals(items: list[Item]) -> None:
    refusals = [i for i in items if i.intent in REFUSALS]
    for i in refusals:
        assert not i.answerable and not i.evidence.rows, i.id
        assert i.answer_type == ("abstain" if i.intent == "refuse" else "abstain_or_clarify"), i.id
    kinds = {t for i in refusals for t in i.tags if t.startswith("refuse:")}
    assert kinds == {
        f"refuse:{k}"
        for k in ("offtopic", "year", "agency", "unknown", "unknown_all", "missing", "ambiguous")
    }


def test_regeneration_gives_identical_file() -> None:
    assert dumps(build_hidden2()) == HIDDEN2.read_text(encoding="utf-8")


def test_questions_are_varied(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert tags["en"] >= 30 and tags["zh"] >= 60
    assert tags["colloquial"] >= 20 and tags["formal"] >= 10 and tags["mixed"] >= 5
    assert tags["alias"] >= 15
    assert sum(len(i.turns) > 1 for i in items) >= 12 and sum(len(i.turns) == 3 for i in items) >= 1
    assert len({tuple(i.turns) for i in items}) == len(items)
    keys = {t for i in items for t in i.tags if t.startswith("key:")}
    for shape in ("rank.tie_max", "compare.diff", "fu.switch", "fu.subset_min", "fu.count", "fu.lowest"):
        assert f"key:{shape}" in keys, shape
    for i in items:
        assert all("{" not in t and "  " not in t and t == t.strip() for t in i.turns), i.id


# -- gold -------------------------------------------------------------------------------------------
def test_gold_is_well_formed(items: list[Item]) -> None:
    assert_gold_well_formed(items)


def test_evidence_rows_exist(items: list[Item]) -> None:
    from index import SAMPLE_DIR

    assert_evidence_rows_exist(SAMPLE_DIR, items)


def test_the_scorer_reads_every_gold(items: list[Item], oracle: Oracle) -> None:
    universes = [oracle.names(), sorted(set(oracle.indicators.name))]
    for i in items:
        if not i.answerable:
            continue
        assert judge(i, ideal_answer(i), False, "table", universes).correct, i.id
        wrong = wrong_answer(i)
        if wrong is not None:
            assert not judge(i, wrong, False, "table", universes).correct, i.id


def _r(x: Any) -> float:
    return round(abs(float(x)), 2)


NUMERIC = ("total", "rate", "initial", "budget", "executed", "funds_score", "satisfaction")
DERIVED = ("unspent", "change", "lost")


def project_values(o: Oracle, name: str) -> set[float]:
    """Every figure the oracle holds for one project: stated and derived fields, subtotals per
    level-1/level-2 kind, indicator targets and actuals, numbers of its prose."""
    out = {_r(o.value(name, f)) for f in (*NUMERIC, *DERIVED) if o.value(name, f) == o.value(name, f)}
    for level, kinds in (("level1", LEVEL1), ("level2", tuple(KINDS))):
        for kind in kinds:
            sub = o.subtotals(level, kind)
            if name in sub.index:
                out |= {_r(sub.at[name, c]) for c in ("score", "weight", "deduction", "rate")}
    rows = o.indicator_rows(name)
    for text in [*rows.target, *rows.actual, str(o.value(name, "goals"))]:
        out |= {_r(x) for x in re.findall(r"\d+(?:\.\d+)?", str(text))}
    return out


def pool_values(o: Oracle) -> set[float]:
    """Every aggregate of a field over all projects, and every count up to the number of projects."""
    names = o.names()
    out = {float(n) for n in range(len(names) + 1)}
    for f in (*NUMERIC, *DERIVED):
        for how in ("sum", "avg", "median", "min", "max"):
            out.add(_r(o.aggregate(f, how, names)))
    return out


def test_every_gold_is_backed_by_the_oracle(items: list[Item], oracle: Oracle) -> None:
    """Read independently of the builders: each gold name is one the corpus holds and each gold
    figure is a figure the oracle computes for the project(s) it is about."""
    o, names = oracle, set(oracle.names())
    kinds = set(LEVEL1) | set(KINDS)
    indicators = set(o.indicators.name)
    every = set().union(*(project_values(o, n) for n in names)) | pool_values(o)
    levels = {
        _r(v)
        for lv in ("level1", "level2")
        for w in ("deduction", "rate")
        for v in o.group(lv, w, o.names()).values()
    }
    for i in items:
        if not i.answerable:
            continue
        g = i.gold
        assert set(g.projects) <= names, i.id
        if i.answer_type == "list":
            assert set(g.items) <= (names if g.universe == "project" else indicators), i.id
        if i.answer_type == "number":
            about = project_values(o, g.projects[0]) if len(g.projects) == 1 else every
            if len(g.projects) == 2:  # the difference of two projects on a field
                a, b = g.projects
                about = {_r(o.value(a, f) - o.value(b, f)) for f in (*NUMERIC, *DERIVED)}
            assert _r(g.value) in about | pool_values(o), i.id
        if i.answer_type in ("per_item", "compare"):
            for p in g.pairs:
                if p.item in names:
                    assert (
                        p.text == o.value(p.item, "grade")
                        if p.text
                        else _r(p.value) in project_values(o, p.item)
                    ), i.id
                else:
                    assert p.item in kinds and _r(p.value) in levels, i.id
        if i.answer_type == "compare":
            values = {p.item: p.value for p in g.pairs}
            assert values[g.answer] in (max(values.values()), min(values.values())), i.id
        if i.answer_type == "grade":
            assert g.answer == o.value(g.projects[0], "grade"), i.id
        if i.answer_type == "text_all":
            reasons = [d.strip() for d in o.reasons(g.projects[0]).deviation]
            assert all(any(r.startswith(x) for r in reasons) for x in g.items), i.id
        if i.answer_type == "text":
            rows = o.indicator_rows(g.projects[0])
            assert g.answer in {*map(str.strip, rows.target), *map(str.strip, rows.actual)}, i.id


def test_aliases_single_out_their_project(oracle: Oracle) -> None:
    for name, aliases in pb.ALIASES.items():
        for a in aliases:
            assert oracle.resolve(a) == [name], a
    assert all(len(oracle.resolve(x)) >= 2 for x in pb.AMBIGUOUS)
    assert not [m for m in pb.MISSING_PROJECTS if oracle.resolve(m)]


# -- wording --------------------------------------------------------------------------------------
def _turns(book: Any) -> set[str]:
    return {
        normalise(turn)
        for k, ts in book.TEMPLATES.items()
        if k != "prose.fact"
        for t in ts
        for turn in t.split("|", 1)[1].split("||")
    }


def _prose(book: Any) -> set[str]:
    return {normalise(t.split("|", 1)[1]) for *_, t in getattr(book, "PROSE", [])}


def _words(book: Any) -> set[tuple[str, str, str]]:
    out = set()
    for table in ("FIELDS", "KIND_WORDS", "LEVEL1_WORDS", "OPS"):
        for key, words in getattr(book, table, {}).items():
            out |= {(table, key, normalise(w)) for lang in ("zh", "en") for w in words.get(lang, [])}
    return out


def _names(book: Any) -> set[str]:
    unknown = getattr(book, "UNKNOWN", {})
    return {
        *(a for names in getattr(book, "ALIASES", {}).values() for a in names),
        *getattr(book, "AMBIGUOUS", []),
        *getattr(book, "MISSING_PROJECTS", []),
        *getattr(book, "OTHER_AGENCIES", []),
        *unknown.get("zh", []),
        *unknown.get("en", []),
    }


@pytest.mark.parametrize("book", OTHER_BOOKS, ids=BOOK_IDS)
def test_wording_is_new(book: Any) -> None:
    shared = (  # counted outside the assert, so that no wording is printed
        len(_turns(pb) & _turns(book)),
        len(_prose(pb) & _prose(book)),
        len(_words(pb) & _words(book)),
        len(_names(pb) & _names(book)),
    )
    assert shared == (0, 0, 0, 0)


def test_no_question_repeats_one_of_another_suite(items: list[Item]) -> None:
    other: set[str] = set()
    for path in OTHER_SUITES:
        for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                turns = row.get("turns") or [row["question"]]
                other.update(normalise(t) for t in ([turns] if isinstance(turns, str) else turns))
    shared = len({normalise(t) for i in items for t in i.turns} & other)
    assert shared == 0


# -- scoring ----------------------------------------------------------------------------------------
def test_make_scores_the_suite_redacted_with_the_held_out_gates() -> None:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = text.split("\neval-suites:", 1)[1].split("\n\n", 1)[0]
    line = " ".join(target.split("eval/suites/sample_hidden2.jsonl", 1)[1].split("\\\n"))
    assert "--out $(SUITES)/hidden2" in line and "--redact" in line
    assert "--gates eval/gates-hidden.yaml" in line and "|| status=1" in line.split(";")[0]

"""The third held-out suite (eval/suites/hidden3.py, written by hand): it validates, covers every
intent with its refusals and asking back, regenerates byte for byte, names projects only in ways
that single them out, holds gold the oracle backs and the scorer reads, cites rows that exist,
repeats no question of another suite, and is scored redacted.

No question is ever printed: every check collects the ids of the items that fail and compares
that list (or a count) with an empty one, so a failure names item ids only."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eval.schema import Item, load_items
from eval.score import normalise
from eval.suites import PLAN, dumps
from eval.suites.free_book import Book, singles_out
from eval.suites.hidden3 import HIDDEN3, build_book
from tests.oraclebacking import unbacked
from tests.suitechecks import (
    assert_evidence_rows_exist,
    assert_gold_well_formed,
    scorer_misreads,
)

ROOT = Path(__file__).parents[1]
REFUSALS = ("refuse", "refuse_or_clarify")


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load_items(HIDDEN3)


@pytest.fixture(scope="module")
def book() -> Book:
    return build_book()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- size, coverage, regeneration ---------------------------------------------------------------
def test_regeneration_gives_the_identical_file(book: Book) -> None:
    assert _digest(dumps(book.items)) == _digest(HIDDEN3.read_text(encoding="utf-8"))


def test_every_intent_roughly_evenly(items: list[Item]) -> None:
    counts = Counter(i.intent for i in items)
    assert set(counts) == set(PLAN)
    assert min(n for intent, n in counts.items() if intent not in REFUSALS) >= 7
    assert max(n for intent, n in counts.items() if intent not in REFUSALS) <= 14
    assert counts["refuse"] + counts["refuse_or_clarify"] >= 30
    assert 140 <= len(items) <= 180
    assert len({i.id for i in items}) == len(items) and all(i.id.startswith("t-") for i in items)
    assert len({tuple(i.turns) for i in items}) == len(items)


def test_questions_are_varied(items: list[Item]) -> None:
    tags = Counter(t for i in items for t in i.tags)
    assert tags["en"] >= 40 and tags["zh"] >= 90
    assert tags["colloquial"] >= 25 and tags["formal"] >= 12 and tags["mixed"] >= 15
    assert tags["non-native"] >= 1 and tags["terse"] >= 5 and tags["polite"] >= 3
    assert tags["alias"] >= 40 and tags["alias:en"] >= 15 and tags["abbrev"] >= 5 and tags["tie"] >= 2
    assert sum(len(i.turns) > 1 for i in items) >= 10 and sum(len(i.turns) == 3 for i in items) >= 2
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
            "forecast",
            "unknown",
            "unknown_all",
            "missing",
            "ambiguous",
            "vague",
        )
    }


# -- names ----------------------------------------------------------------------------------------
def test_every_short_name_singles_out_its_project(book: Book) -> None:
    chinese = [(key, ref) for key, ref in book.refs if not ref.english]
    bad = [key for key, ref in chinese if singles_out(book.o, ref.words) != [ref.name]]
    assert bad == [] and len(chinese) >= 30
    assert sum(ref.english for _, ref in book.refs) >= 15


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
    assert scorer_misreads(items, book.o) == []


def test_every_gold_is_backed_by_the_oracle(book: Book, items: list[Item]) -> None:
    assert unbacked(items, book.o) == []


# -- the other suites and the Makefile -----------------------------------------------------------------
def test_no_question_repeats_one_of_another_suite(items: list[Item]) -> None:
    other: set[str] = set()
    paths = [p for p in sorted((ROOT / "eval/suites").glob("*.jsonl")) if p != HIDDEN3]
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
    line = " ".join(target.split("eval/suites/sample_hidden3.jsonl", 1)[1].split("\\\n"))
    assert "--out $(SUITES)/hidden3" in line and "--redact" in line and "--no-naive" in line
    assert "--gates eval/gates-hidden.yaml" in line and "|| status=1" in line.split(";")[0]

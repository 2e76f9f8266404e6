"""The blind suites of issue 9: they validate, are large and varied enough, regenerate byte for
byte, keep the held-out wordings apart, and cite rows that exist.

These tests read the held-out file only to count and compare it, never to print it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eval.schema import Item, load_items
from eval.suites import COUNTS, HIDDEN, PLAN, SAMPLE, SYNTH, build_all, dumps, hidden_templates, phrases
from eval.suites.context import slots_of
from tests.suitechecks import assert_evidence_rows_exist, assert_gold_well_formed

INTENTS = list(PLAN)
REFUSALS = ("refuse", "refuse_or_clarify")
SAMPLE_NAMES = list(phrases.ALIASES)


@pytest.fixture(scope="module")
def suites() -> dict[str, list[Item]]:
    return {p.stem: load_items(p) for p in (SAMPLE, HIDDEN, SYNTH)}


def test_sizes(suites: dict[str, list[Item]]) -> None:
    assert len(suites["sample"]) >= 200
    assert len(suites["sample_hidden"]) == 100
    assert len(suites["sample"]) + len(suites["sample_hidden"]) >= 300
    assert len(suites["synth"]) >= 150


@pytest.mark.parametrize("name", ["sample", "sample_hidden", "synth"])
def test_every_intent_has_five_items(suites: dict[str, list[Item]], name: str) -> None:
    counts = Counter(i.intent for i in suites[name])
    assert set(counts) == set(INTENTS)
    assert min(counts.values()) >= 5


def test_refusals(suites: dict[str, list[Item]]) -> None:
    def refusals(items: list[Item]) -> list[Item]:
        return [i for i in items if i.intent in REFUSALS]

    assert len(refusals(suites["sample"])) >= 40
    assert len(refusals(suites["sample"] + suites["sample_hidden"])) >= 60
    for items in suites.values():
        for i in refusals(items):
            assert not i.answerable
            assert i.answer_type == ("abstain" if i.intent == "refuse" else "abstain_or_clarify")
            assert ("refuse-only" in i.tags) is (i.intent == "refuse")
        kinds = {t for i in refusals(items) for t in i.tags if t.startswith("refuse:")}
        assert kinds >= {
            "refuse:offtopic",
            "refuse:year",
            "refuse:agency",
            "refuse:unknown",
            "refuse:missing",
        }


@pytest.mark.parametrize("book", [phrases, hidden_templates])
def test_five_phrasings_per_intent_in_three_registers(book: Any) -> None:
    for intent, keys in PLAN.items():
        if intent == "prose":
            keys = ["prose.fact"]
        templates = [t for k in keys for t in book.TEMPLATES.get(k, [])]
        assert len(templates) >= 5, intent
        if intent not in ("prose",):
            langs = {t.split("|", 1)[0] for t in templates}
            assert "en" in langs and ({"zh", "zhc"} & langs), intent


def test_phrasebooks_share_keys_and_slots() -> None:
    for key, templates in phrases.TEMPLATES.items():
        if key == "prose.fact":
            continue
        hidden = hidden_templates.TEMPLATES.get(key, [])
        assert hidden or key.startswith(("prose.", "group.dept", "group.year")), key
        used = {s for t in templates for s in slots_of(t)}
        assert {s for t in hidden for s in slots_of(t)} <= used | {"s"}, key


def test_held_out_wordings_differ(suites: dict[str, list[Item]]) -> None:
    visible = {t.split("|", 1)[1] for ts in phrases.TEMPLATES.values() for t in ts}
    hidden = {t.split("|", 1)[1] for ts in hidden_templates.TEMPLATES.values() for t in ts}
    assert not (visible & hidden - {str(i) for i in range(20)})  # prose.fact entries are indexes
    assert not {tuple(i.turns) for i in suites["sample"]} & {tuple(i.turns) for i in suites["sample_hidden"]}
    for table in ("FIELDS", "KIND_WORDS"):
        a, b = getattr(phrases, table), getattr(hidden_templates, table)
        for key in a:
            assert not set(a[key]["zh"]) & set(b[key]["zh"]), (table, key)


def test_regeneration_gives_identical_files() -> None:
    for path, items in build_all().items():
        assert dumps(items) == path.read_text(encoding="utf-8"), path.name


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_questions_are_varied(suites: dict[str, list[Item]], name: str) -> None:
    items = suites[name]
    tags = Counter(t for i in items for t in i.tags)
    assert tags["en"] >= 40 and tags["zh"] >= 80 and tags["colloquial"] >= 20
    assert tags["alias"] >= 15 and sum(len(i.turns) > 1 for i in items) >= 10
    if name == "synth":
        assert tags["scope:year"] >= 10 and tags["scope:department"] >= 10
    assert len({tuple(i.turns) for i in items}) == len(items)
    for intent in ("lookup_field", "lookup_derived", "indicator", "compare", "reason"):
        assert any("alias" in i.tags for i in items if i.intent == intent), intent


def test_synth_suite_names_no_sample_project(suites: dict[str, list[Item]]) -> None:
    from eval.synth import AGENCIES, KINDS, TOPICS

    text = json.dumps([i.model_dump() for i in suites["synth"]], ensure_ascii=False)
    vocabulary = "|".join([*TOPICS, *KINDS, *(a for a, _ in AGENCIES)])  # the generator's own words
    fragments = SAMPLE_NAMES + [a for names in phrases.ALIASES.values() for a in names if a not in vocabulary]
    assert len(fragments) > len(SAMPLE_NAMES) and not [f for f in fragments if f in text]


def test_evidence_rows_exist(tmp_path: Path) -> None:
    from eval.suites import synth_corpus
    from index import SAMPLE_DIR

    assert_evidence_rows_exist(SAMPLE_DIR, load_items(SAMPLE) + load_items(HIDDEN))
    assert_evidence_rows_exist(synth_corpus(tmp_path), load_items(SYNTH))


def test_gold_is_well_formed(suites: dict[str, list[Item]]) -> None:
    for items in suites.values():
        assert_gold_well_formed(items)


def test_counts_match_plan(suites: dict[str, list[Item]]) -> None:
    for name, key in (("sample", "sample"), ("sample_hidden", "hidden"), ("synth", "synth")):
        assert Counter(i.intent for i in suites[name]) == Counter(COUNTS[key])


def test_suite_files_are_packaged() -> None:
    text = (Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"eval.suites" = ["*.jsonl"]' in text


def test_a_scoped_question_says_its_scope(suites: dict[str, list[Item]]) -> None:
    from eval.synth import AGENCIES

    shorts = [a.removeprefix("上海市") for a, _ in AGENCIES]
    for i in suites["synth"] + suites["sample"]:
        text = " ".join(i.turns)
        if "scope:year" in i.tags:
            assert any(str(y) in text for y in range(2015, 2030)), i.id
        if "scope:department" in i.tags:
            assert any(s in text for s in shorts), i.id

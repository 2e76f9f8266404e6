"""The development suites (eval/suites/dev.py): they validate, cover every intent with enough
refusals, regenerate byte for byte, and share no wording with the visible phrasebook or the
bundled questions."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eval.schema import Item, load_items
from eval.suites import PLAN, dumps, phrases, sample_records
from eval.suites import dev_phrases as dev_pb
from eval.suites.dev import COUNTS, DEV_SAMPLE, DEV_SYNTH, DevCtx, build_dev, resolve_alias
from eval.suites.dev_phrases import chinese_number
from tests.suitechecks import assert_evidence_rows_exist, assert_gold_well_formed

REFUSALS = ("refuse", "refuse_or_clarify")
ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def suites() -> dict[str, list[Item]]:
    return {"sample": load_items(DEV_SAMPLE), "synth": load_items(DEV_SYNTH)}


def test_sizes_and_counts(suites: dict[str, list[Item]]) -> None:
    assert len(suites["sample"]) >= 200 and len(suites["synth"]) >= 150
    for name, items in suites.items():
        assert Counter(i.intent for i in items) == Counter(COUNTS[name])


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_every_intent_of_the_visible_suites(suites: dict[str, list[Item]], name: str) -> None:
    counts = Counter(i.intent for i in suites[name])
    assert set(counts) == set(PLAN) and min(counts.values()) >= 5


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_refusals(suites: dict[str, list[Item]], name: str) -> None:
    items = suites[name]
    refusals = [i for i in items if i.intent in REFUSALS]
    assert len(refusals) >= 0.15 * len(items)
    for i in refusals:
        assert not i.answerable
        assert i.answer_type == ("abstain" if i.intent == "refuse" else "abstain_or_clarify")
    kinds = {t for i in refusals for t in i.tags if t.startswith("refuse:")}
    assert kinds == {
        f"refuse:{k}"
        for k in ("offtopic", "year", "agency", "unknown", "unknown_all", "missing", "ambiguous")
    }


def test_regeneration_gives_identical_files() -> None:
    for path, items in build_dev().items():
        assert dumps(items) == path.read_text(encoding="utf-8"), path.name


def _patterns(book: Any) -> set[str]:
    templates = book.TEMPLATES
    return {t.split("|", 1)[1] for k, ts in templates.items() if k != "prose.fact" for t in ts}


def _turns(book: Any) -> set[str]:
    return {turn for p in _patterns(book) for turn in p.split("||")}


def test_templates_share_no_wording_with_the_visible_phrasebook() -> None:
    assert not _patterns(dev_pb) & _patterns(phrases)
    assert not _turns(dev_pb) & _turns(phrases)
    prose = {t.split("|", 1)[1] for *_, t in dev_pb.PROSE}
    assert not prose & {t.split("|", 1)[1] for *_, t in phrases.PROSE}


@pytest.mark.parametrize("table", ["FIELDS", "KIND_WORDS", "LEVEL1_WORDS", "OPS"])
def test_words_differ_from_the_visible_phrasebook(table: str) -> None:
    mine, theirs = getattr(dev_pb, table), getattr(phrases, table)
    for key in mine:
        for lang in ("zh", "en"):
            assert not set(mine[key][lang]) & set(theirs[key][lang]), (table, key, lang)


def test_names_and_refusal_words_differ() -> None:
    mine = {a for names in dev_pb.ALIASES.values() for a in names}
    assert not mine & {a for names in phrases.ALIASES.values() for a in names}
    assert not set(dev_pb.AMBIGUOUS) & set(phrases.AMBIGUOUS)
    assert not set(dev_pb.MISSING_PROJECTS) & set(phrases.MISSING_PROJECTS)
    assert not set(dev_pb.OTHER_AGENCIES) & set(phrases.OTHER_AGENCIES)
    for lang in ("zh", "en"):
        assert not set(dev_pb.UNKNOWN[lang]) & set(phrases.UNKNOWN[lang])


def test_no_question_repeats_a_tuned_one(suites: dict[str, list[Item]]) -> None:
    tuned: set[str] = set()
    for path in (
        ROOT / "eval/suites/sample.jsonl",
        ROOT / "eval/suites/synth.jsonl",
        ROOT / "eval/questions.jsonl",
    ):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                turns = row.get("turns") or [row["question"]]
                tuned.update([turns] if isinstance(turns, str) else turns)
    mine = {t for items in suites.values() for i in items for t in i.turns}
    assert not mine & tuned


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_questions_are_varied(suites: dict[str, list[Item]], name: str) -> None:
    items = suites[name]
    tags = Counter(t for i in items for t in i.tags)
    assert tags["en"] >= 40 and tags["zh"] >= 80
    assert min(tags[r] for r in ("colloquial", "formal", "mixed")) >= 20 and tags["non-native"] >= 10
    assert tags["alias"] >= 15 and tags["abbrev"] >= 1
    assert sum(len(i.turns) == 3 for i in items) >= 2 and sum(len(i.turns) > 1 for i in items) >= 10
    assert len({tuple(i.turns) for i in items}) == len(items)
    for i in items:
        assert all("@" not in t and "  " not in t and "{" not in t for t in i.turns), i.id
    if name == "synth":
        assert tags["scope:year"] >= 10 and tags["scope:department"] >= 10


def test_thresholds_are_worded_in_several_ways(suites: dict[str, list[Item]]) -> None:
    text = " ".join(t for items in suites.values() for i in items for t in i.turns)
    for written in ("百分之", "亿", "万", "％", "million"):
        assert written in text, written
    wrapped = ("及以上", "及以下", "以内", "or more", "or less", "or higher", "or lower")
    assert sum(w in text for w in wrapped) >= 3
    assert sum(i.tags.count("abbrev") for items in suites.values() for i in items) >= 10


def test_gold_is_well_formed(suites: dict[str, list[Item]]) -> None:
    for items in suites.values():
        assert_gold_well_formed(items, per_item=False, unsigned=True)


def test_evidence_rows_exist(tmp_path: Path) -> None:
    from eval.suites import synth_corpus
    from index import SAMPLE_DIR

    for folder, path in ((SAMPLE_DIR, DEV_SAMPLE), (synth_corpus(tmp_path), DEV_SYNTH)):
        assert_evidence_rows_exist(folder, load_items(path))


def test_synth_suite_names_no_sample_project(suites: dict[str, list[Item]]) -> None:
    text = json.dumps([i.model_dump() for i in suites["synth"]], ensure_ascii=False)
    assert not [n for n in dev_pb.ALIASES if n in text]


def test_every_shortened_name_singles_out_its_project() -> None:
    from eval.oracle import Oracle

    o = Oracle(sample_records())
    ctx = DevCtx(o, dev_pb, 1, "sample")
    assert ctx.abbreviations()  # some shortenings drop characters
    for name, aliases in ctx.aliases.items():
        for a in aliases:
            assert resolve_alias(o, a) == [name]
    assert all(len(o.resolve(x)) >= 2 for x in dev_pb.AMBIGUOUS)


def test_a_scoped_question_says_its_scope(suites: dict[str, list[Item]]) -> None:
    from eval.synth import AGENCIES

    shorts = [a.removeprefix("上海市") for a, _ in AGENCIES] + list(dev_pb.AGENCY_SHORT)
    for i in suites["synth"] + suites["sample"]:
        text = " ".join(i.turns)
        if "scope:year" in i.tags:
            assert any(str(y) in text or f"{y % 100}年" in text for y in range(2015, 2030)), i.id
        if "scope:department" in i.tags:
            assert any(s in text for s in shorts), i.id


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (90, "九十"),
        (99.5, "九十九点五"),
        (1529, "一千五百二十九"),
        (1005, "一千零五"),
        (10, "十"),
        (20, "二十"),
        (100, "一百"),
        (2000, "两千"),
        (15000, "一万五千"),
        (10500, "一万零五百"),
        (1.5, "一点五"),
    ],
)
def test_chinese_numbers(value: float, words: str) -> None:
    assert chinese_number(value) == words


def test_suite_files_are_packaged() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"eval.suites" = ["*.jsonl"]' in text

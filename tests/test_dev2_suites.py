"""The third development suites (eval/suites/dev2.py): they validate, cover every intent and every
question shape with enough refusals, regenerate byte for byte, share no wording with any other
phrasebook or suite, name projects only in ways that single them out, and hold gold the scorer
reads (an ideal answer is judged right, a wrong one wrong).

The held-out phrasebook and suite are compared by count only: nothing of them is printed."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eval.oracle import Oracle
from eval.schema import Item, load_items
from eval.score import judge, normalise
from eval.suites import PLAN, dev_phrases, dumps, export_records, hidden_templates, phrases, sample_records
from eval.suites import dev2_phrases as pb
from eval.suites.dev2 import (
    COUNTS,
    DEV2_ONLY,
    DEV2_PLAN,
    DEV2_SAMPLE,
    DEV2_SYNTH,
    Dev2Ctx,
    build_dev2,
    resolve_name,
)
from eval.suites.dev2_builders import BUILDERS as NEW_SHAPES
from tests.seed_names import P1, P2, P3, P4, P5, P6, P7
from tests.suitechecks import (
    assert_evidence_rows_exist,
    assert_gold_well_formed,
    fmt_value,
    ideal_answer,
    wrong_answer,
)

ROOT = Path(__file__).parents[1]
REFUSALS = ("refuse", "refuse_or_clarify")
OTHER_BOOKS = (phrases, dev_phrases, hidden_templates)
OTHER_SUITES = (
    "eval/suites/sample.jsonl",
    "eval/suites/synth.jsonl",
    "eval/suites/sample_hidden.jsonl",
    "eval/suites/sample_hidden4.jsonl",
    "eval/suites/dev_sample.jsonl",
    "eval/suites/dev_synth.jsonl",
    "eval/questions.jsonl",
)

# keys a one-year, one-agency corpus cannot ask (no project without a deduction, no tie at the
# bottom, one department and one year to group by), and keys for the synthetic corpus only
NOT_IN_SAMPLE = {"filter.clean", "rank.tie_min", "fu.year"} | {
    f"group.{w}" for w in ("dept_count", "dept_avg", "year_count", "year_avg")
}


@pytest.fixture(scope="module")
def suites() -> dict[str, list[Item]]:
    return {"sample": load_items(DEV2_SAMPLE), "synth": load_items(DEV2_SYNTH)}


@pytest.fixture(scope="module")
def oracles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Oracle]:
    from eval.suites import synth_corpus

    synth = export_records([synth_corpus(tmp_path_factory.mktemp("synth"))])
    return {"sample": Oracle(sample_records()), "synth": Oracle(synth)}


def _keys(items: list[Item]) -> Counter[str]:
    return Counter(t.removeprefix("key:") for i in items for t in i.tags if t.startswith("key:"))


# -- size, coverage, regeneration ---------------------------------------------------------------
def test_sizes_and_counts(suites: dict[str, list[Item]]) -> None:
    assert len(suites["sample"]) >= 200 and len(suites["synth"]) >= 150
    for name, items in suites.items():
        assert Counter(i.intent for i in items) == Counter(COUNTS[name])
        assert len({i.id for i in items}) == len(items)


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_every_intent_of_the_visible_suites(suites: dict[str, list[Item]], name: str) -> None:
    counts = Counter(i.intent for i in suites[name])
    assert set(counts) == set(PLAN) and min(counts.values()) >= 5


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_every_question_shape_is_asked(suites: dict[str, list[Item]], name: str) -> None:
    keys = {k for ks in DEV2_PLAN.values() for k in ks if DEV2_ONLY.get(k, name) == name}
    expected = keys - NOT_IN_SAMPLE if name == "sample" else keys
    assert set(_keys(suites[name])) == expected
    assert set(NEW_SHAPES) - NOT_IN_SAMPLE <= set(_keys(suites[name]))


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_refusals(suites: dict[str, list[Item]], name: str) -> None:
    items = suites[name]
    refusals = [i for i in items if i.intent in REFUSALS]
    assert len(refusals) >= 0.15 * len(items)
    for i in refusals:
        assert not i.answerable and not i.evidence.rows
        assert i.answer_type == ("abstain" if i.intent == "refuse" else "abstain_or_clarify")
    kinds = {t for i in refusals for t in i.tags if t.startswith("refuse:")}
    assert kinds == {
        f"refuse:{k}"
        for k in (
            "offtopic",
            "year",
            "agency",
            "unknown",
            "unknown_all",
            "missing",
            "ambiguous",
            "relative_year",
        )
    }


def test_regeneration_gives_identical_files() -> None:
    for path, items in build_dev2().items():
        assert dumps(items) == path.read_text(encoding="utf-8"), path.name


# -- wording ------------------------------------------------------------------------------------
def _patterns(book: Any) -> set[str]:
    templates = book.TEMPLATES
    return {normalise(t.split("|", 1)[1]) for k, ts in templates.items() if k != "prose.fact" for t in ts}


def _turns(book: Any) -> set[str]:
    return {
        normalise(turn)
        for k, ts in book.TEMPLATES.items()
        if k != "prose.fact"
        for t in ts
        for turn in t.split("|", 1)[1].split("||")
    }


@pytest.mark.parametrize("book", OTHER_BOOKS, ids=["phrases", "dev_phrases", "hidden"])
def test_templates_share_no_wording(book: Any) -> None:
    shared = _shared_templates(book)  # counted outside the assert, so that no wording is printed
    assert shared == (0, 0, 0)


def _shared_templates(book: Any) -> tuple[int, int, int]:
    prose = {normalise(t.split("|", 1)[1]) for *_, t in getattr(book, "PROSE", [])}
    return (
        len(_patterns(pb) & _patterns(book)),
        len(_turns(pb) & _turns(book)),
        len({normalise(t.split("|", 1)[1]) for *_, t in pb.PROSE} & prose),
    )


@pytest.mark.parametrize("book", OTHER_BOOKS, ids=["phrases", "dev_phrases", "hidden"])
@pytest.mark.parametrize("table", ["FIELDS", "KIND_WORDS", "LEVEL1_WORDS", "OPS"])
def test_words_differ(book: Any, table: str) -> None:
    mine, theirs = getattr(pb, table), getattr(book, table, {})
    shared = 0
    for key, words in mine.items():
        for lang in ("zh", "en"):
            other = {normalise(w) for w in theirs.get(key, {}).get(lang, [])}
            shared += len({normalise(w) for w in words[lang]} & other)
    assert shared == 0


@pytest.mark.parametrize("book", OTHER_BOOKS, ids=["phrases", "dev_phrases", "hidden"])
def test_names_and_refusal_words_differ(book: Any) -> None:
    def words(b: Any) -> dict[str, set[str]]:
        unknown = getattr(b, "UNKNOWN", {})
        return {
            "aliases": {a for names in getattr(b, "ALIASES", {}).values() for a in names},
            "ambiguous": set(getattr(b, "AMBIGUOUS", [])),
            "missing": set(getattr(b, "MISSING_PROJECTS", [])),
            "agencies": set(getattr(b, "OTHER_AGENCIES", [])),
            "unknown": {*unknown.get("zh", []), *unknown.get("en", [])},
        }

    mine, theirs = words(pb), words(book)
    shared = {k: len(mine[k] & theirs[k]) for k in mine}
    assert shared == dict.fromkeys(mine, 0)


def test_no_question_repeats_one_of_another_suite(suites: dict[str, list[Item]]) -> None:
    other: set[str] = set()
    for path in OTHER_SUITES:
        for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                turns = row.get("turns") or [row["question"]]
                other.update(normalise(t) for t in ([turns] if isinstance(turns, str) else turns))
    mine = {normalise(t) for items in suites.values() for i in items for t in i.turns}
    shared = len(mine & other)  # counted outside the assert, so that no question is printed
    assert shared == 0


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_questions_are_varied(suites: dict[str, list[Item]], name: str) -> None:
    items = suites[name]
    tags = Counter(t for i in items for t in i.tags)
    assert tags["en"] >= 40 and tags["zh"] >= 80
    for register in ("colloquial", "formal", "mixed"):
        assert tags[register] >= 20, register
    for register in ("dictation", "polite", "british", "indirect"):
        assert tags[register] >= 4, register
    assert tags["yes-no"] >= 8 and tags["two-part"] >= 5 and tags["exclusion"] >= 3 and tags["tie"] >= 1
    assert tags["ellipsis"] >= 5 and tags["numerals"] >= 3 and tags["relative-year"] >= 3
    assert tags["alias"] >= 15 and tags["abbrev"] >= 10
    assert tags["alias:rearranged" if name == "sample" else "alias:code"] >= 10
    assert sum(len(i.turns) == 3 for i in items) >= 2 and sum(len(i.turns) > 1 for i in items) >= 15
    assert len({tuple(i.turns) for i in items}) == len(items)
    for i in items:
        assert all("@" not in t and "  " not in t and "{" not in t for t in i.turns), i.id
    if name == "synth":
        assert (
            tags["scope:year"] >= 10 and tags["scope:department"] >= 10 and tags["scope:department-en"] >= 3
        )


@pytest.mark.parametrize(
    "written",
    ["成", "万块", "人民币", "亿", "mn yuan", "以上", "二〇", "FY", "号", "倒数第二", "换成", "只看"],
)
def test_numbers_years_and_ellipses_are_written_in_new_ways(
    suites: dict[str, list[Item]], written: str
) -> None:
    text = " ".join(t for items in suites.values() for i in items for t in i.turns)
    assert written in text


def test_a_scoped_question_says_its_scope(suites: dict[str, list[Item]]) -> None:
    from eval.synth import AGENCIES

    agencies = (
        [a.removeprefix("上海市") for a, _ in AGENCIES] + list(pb.AGENCY_SHORT) + list(pb.AGENCY_EN.values())
    )
    years = [w for y in range(2015, 2030) for lang in ("zh", "en") for w in pb.year_words(y, lang)]
    for i in suites["synth"] + suites["sample"]:
        text = " ".join(i.turns)
        if "scope:year" in i.tags:
            assert any(y in text for y in years), i.id
        if "scope:department" in i.tags:
            assert any(a in text for a in agencies), i.id


def test_synth_suite_names_no_sample_project(suites: dict[str, list[Item]]) -> None:
    text = json.dumps([i.model_dump() for i in suites["synth"]], ensure_ascii=False)
    assert not [n for n in pb.ALIASES if n in text]


# -- names ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("运维（基础设施）", [P3]),
        ("基础设施的运维", [P3]),
        ("二期的大数据资源平台", [P4]),
        ("平台二期", [P4]),
        ("政务云（预付费）", [P5]),
        ("工作经费（大数据中心）", [P6]),
        ("信息系统（一网通办）", [P2]),
        ("设施", [P3, P5]),
        ("数据", [P4, P6, P7]),
        ("一网", [P1, P2]),
        ("运维（政务云）", []),
    ],
)
def test_resolve_name_on_the_sample(oracles: dict[str, Oracle], text: str, expected: list[str]) -> None:
    assert resolve_name(oracles["sample"], text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("00027号", ["教育委员会数据治理二期工程（JYW-00027）"]),
        ("jyw-27", ["教育委员会数据治理二期工程（JYW-00027）"]),
        ("czj-27", []),
        ("数据治理二期工程（市教委）", ["教育委员会数据治理二期工程（JYW-00027）"]),
        ("市民政局的应急指挥", ["民政局应急指挥专项经费（MZJ-00010）"]),
        (
            "市卫健委的档案数字化",
            [
                "卫生健康委员会档案数字化专项经费（WJW-00030）",
                "卫生健康委员会档案数字化专项经费（WJW-00013）",
            ],
        ),
    ],
)
def test_resolve_name_on_the_synthetic_corpus(
    oracles: dict[str, Oracle], text: str, expected: list[str]
) -> None:
    assert sorted(resolve_name(oracles["synth"], text)) == sorted(expected)


@pytest.mark.parametrize("corpus", ["sample", "synth"])
def test_every_alias_singles_out_its_project(oracles: dict[str, Oracle], corpus: str) -> None:
    o = oracles[corpus]
    ctx = Dev2Ctx(o, pb, 1, corpus)
    assert ctx.abbreviations()  # some aliases are not substrings of the name
    for name, aliases in ctx.aliases.items():
        for a in aliases:
            assert resolve_name(o, a) == [name], a
    fragments = pb.AMBIGUOUS if corpus == "sample" else pb.synth_fragments(o)
    assert fragments and all(2 <= len(o.resolve(x)) <= 4 for x in fragments)
    assert not [m for m in pb.MISSING_PROJECTS if resolve_name(o, m)]


# -- thresholds -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("unit", "value", "lang", "options"),
    [
        ("%", 95, "zh", "95.0%|九五|九成五"),
        ("%", 90, "zh", "90.0%|九成"),
        ("%", 99.5, "zh", "99.5%"),
        ("%", 76.89, "zh", "76.89%"),
        ("%", 76.89, "en", "76.89 per cent|76.89%"),
        ("分", 2.89, "zh", "2.89分|2.89分|二点八九分"),
        ("分", 2.89, "en", "2.89 marks|2.89 points"),
        ("%", 95, "en", "95 per cent|95.0%"),
        ("分", 90, "zh", "90.0分|90分|九十分"),
        ("分", 8, "en", "8 marks|8.0 points"),
        ("元", 5e7, "zh", "5000万块|五千万元|人民币5000万元"),
        ("元", 1.5e8, "zh", "1.5亿块|一点五亿元|人民币1.5亿元"),
        ("元", 5e7, "en", "50 mn yuan|50 million RMB|RMB50,000,000"),
        ("元", 5e4, "en", "50,000 RMB|50 thousand yuan"),
    ],
)
def test_thresholds_as_people_write_them(unit: str, value: float, lang: str, options: str) -> None:
    assert pb.amount("|".join, unit, value, lang) == options


@pytest.mark.parametrize(
    ("year", "lang", "words"),
    [(2019, "zh", ["2019年度", "二〇一九年", "19年"]), (2021, "en", ["FY2021", "fiscal 2021", "2021"])],
)
def test_years_as_people_write_them(year: int, lang: str, words: list[str]) -> None:
    assert pb.year_words(year, lang) == words


@pytest.mark.parametrize(("value", "rejected"), [(96.9, True), (96.0, False)])
def test_a_boundary_word_never_meets_a_stated_value(
    oracles: dict[str, Oracle], value: float, rejected: bool
) -> None:
    ctx = Dev2Ctx(oracles["sample"], pb, 1, "sample")  # 96.9 is the total of one sample project
    ctx.sensitive, ctx.reject = True, False
    ctx.amount("total", value, "zh")
    assert ctx.reject is rejected


# -- gold -------------------------------------------------------------------------------------------
def test_gold_is_well_formed(suites: dict[str, list[Item]]) -> None:
    for items in suites.values():
        assert_gold_well_formed(items)


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_the_scorer_reads_every_gold(
    suites: dict[str, list[Item]], oracles: dict[str, Oracle], name: str
) -> None:
    o = oracles[name]
    universes = [o.names(), sorted(set(o.indicators.name))]
    for i in suites[name]:
        if not i.answerable:
            continue
        assert judge(i, ideal_answer(i), False, "table", universes).correct, i.id
        wrong = wrong_answer(i)
        if wrong is not None:
            assert not judge(i, wrong, False, "table", universes).correct, i.id


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_an_equality_threshold_is_the_value_stated(
    suites: dict[str, list[Item]], oracles: dict[str, Oracle], name: str
) -> None:
    o = oracles[name]
    for i in suites[name]:
        if "key:filter.eq" not in i.tags:
            continue
        written = {float(x) for x in re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", i.turns[-1])}
        held = {
            round(float(o.value(i.gold.items[0], f)), 4) for f in ("rate", "satisfaction", "total", "lost")
        }
        assert not written or written & held, i.id  # 76.89 written as 76.9 names no project


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_yes_no_and_two_part_questions_need_every_value(suites: dict[str, list[Item]], name: str) -> None:
    for i in suites[name]:
        if "yes-no" in i.tags and i.answer_type == "number":
            assert not judge(i, "是的。", False, "table", []).correct, i.id
        if "key:lookup.two" in i.tags:
            first, second = i.gold.pairs
            one = f"{first.item}：{fmt_value(first.value, first.unit)}"
            assert not judge(i, one, False, "table", [[]]).correct, i.id
            assert re.search(r"\d", one)


def test_evidence_rows_exist(tmp_path: Path) -> None:
    from eval.suites import synth_corpus
    from index import SAMPLE_DIR

    for folder, path in ((SAMPLE_DIR, DEV2_SAMPLE), (synth_corpus(tmp_path), DEV2_SYNTH)):
        assert_evidence_rows_exist(folder, load_items(path))

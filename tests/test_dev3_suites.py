"""The fourth development suites (eval/suites/dev3.py): they validate, weight the intents where
held-out questions are weakest, ask every question shape, hold enough refusals, regenerate byte
for byte, share no wording with any other phrasebook or suite, name projects only in ways that
single them out, never judge a field where higher is not better, and hold gold the scorer reads
(an ideal answer is judged right, a wrong one wrong).

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
from eval.suites import (
    PLAN,
    dev2_phrases,
    dev_phrases,
    dumps,
    export_records,
    hidden_templates,
    phrases,
    sample_records,
)
from eval.suites import dev3_phrases as pb
from eval.suites.dev3 import (
    COUNTS,
    DEV3_ONLY,
    DEV3_PLAN,
    DEV3_SAMPLE,
    DEV3_SYNTH,
    Dev3Ctx,
    build_dev3,
    resolve_alias,
)
from eval.suites.dev3_builders import BUILDERS as NEW_SHAPES
from tests.seed_names import P1, P2, P3, P4, P5, P6, P7
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
# intents held-out questions answer worst: each weighs more here than an intent asked for its own sake
WEAK = ("compare", "nested", "lookup_derived", "filter_value", "filter_indicator", "rank", "follow_up")
STRONG = ("lookup_field", "indicator", "list_field", "aggregate", "reason")

# keys a one-year, one-agency corpus of seven cannot ask (no project without a deduction, no tie at
# the bottom, one department and one year to group by, rarely a subset whose first differs from the
# overall first three turns deep)
NOT_IN_SAMPLE = {"filter.clean", "rank.tie_min", "fu.three_hop"} | {
    f"group.{w}" for w in ("dept_count", "dept_avg", "year_count", "year_avg")
}


@pytest.fixture(scope="module")
def suites() -> dict[str, list[Item]]:
    return {"sample": load_items(DEV3_SAMPLE), "synth": load_items(DEV3_SYNTH)}


@pytest.fixture(scope="module")
def oracles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Oracle]:
    from eval.suites import synth_corpus

    synth = export_records([synth_corpus(tmp_path_factory.mktemp("synth"))])
    return {"sample": Oracle(sample_records()), "synth": Oracle(synth)}


def _keys(items: list[Item]) -> Counter[str]:
    return Counter(t.removeprefix("key:") for i in items for t in i.tags if t.startswith("key:"))


# -- size, coverage, regeneration ---------------------------------------------------------------
def test_sizes_and_counts(suites: dict[str, list[Item]]) -> None:
    assert 200 <= len(suites["sample"]) <= 240 and 160 <= len(suites["synth"]) <= 200
    for name, items in suites.items():
        assert Counter(i.intent for i in items) == Counter(COUNTS[name])
        assert len({i.id for i in items}) == len(items)


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_weak_intents_weigh_more(name: str) -> None:
    counts = COUNTS[name]
    assert min(counts[i] for i in WEAK) >= max(counts[i] for i in STRONG)
    assert counts["follow_up"] == max(counts.values())


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_every_intent_and_every_shape(suites: dict[str, list[Item]], name: str) -> None:
    counts = Counter(i.intent for i in suites[name])
    assert set(counts) == set(PLAN) and min(counts.values()) >= 5
    keys = {k for ks in DEV3_PLAN.values() for k in ks if DEV3_ONLY.get(k, name) == name}
    expected = keys - NOT_IN_SAMPLE if name == "sample" else keys
    assert set(_keys(suites[name])) == expected
    assert set(NEW_SHAPES) - NOT_IN_SAMPLE <= set(_keys(suites[name]))


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_refusals(suites: dict[str, list[Item]], name: str) -> None:
    refusals = [i for i in suites[name] if i.intent in REFUSALS]
    assert len(refusals) >= 30
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
            "forecast",
            "unknown",
            "unknown_all",
            "missing",
            "ambiguous",
            "relative_year",
            "orphan",
        )
    }


def test_regeneration_gives_identical_files() -> None:
    for path, items in build_dev3().items():
        assert dumps(items) == path.read_text(encoding="utf-8"), path.name


# -- wording ------------------------------------------------------------------------------------
def _patterns(book: Any) -> set[str]:
    return {
        normalise(t.split("|", 1)[1]) for k, ts in book.TEMPLATES.items() if k != "prose.fact" for t in ts
    }


def _turns(book: Any) -> set[str]:
    return {
        normalise(turn)
        for k, ts in book.TEMPLATES.items()
        if k != "prose.fact"
        for t in ts
        for turn in t.split("|", 1)[1].split("||")
    }


def _shared_templates(book: Any) -> tuple[int, int, int]:
    prose = {normalise(t.split("|", 1)[1]) for *_, t in getattr(book, "PROSE", [])}
    return (
        len(_patterns(pb) & _patterns(book)),
        len(_turns(pb) & _turns(book)),
        len({normalise(t.split("|", 1)[1]) for *_, t in pb.PROSE} & prose),
    )


@pytest.mark.parametrize("book", OTHER_BOOKS, ids=BOOK_IDS)
def test_templates_share_no_wording(book: Any) -> None:
    shared = _shared_templates(book)  # counted outside the assert, so that no wording is printed
    assert shared == (0, 0, 0)


@pytest.mark.parametrize("book", OTHER_BOOKS, ids=BOOK_IDS)
@pytest.mark.parametrize("table", ["FIELDS", "KIND_WORDS", "LEVEL1_WORDS", "OPS"])
def test_words_differ(book: Any, table: str) -> None:
    mine, theirs = getattr(pb, table), getattr(book, table, {})
    shared = 0
    for key, words in mine.items():
        for lang in ("zh", "en"):
            other = {normalise(w) for w in theirs.get(key, {}).get(lang, [])}
            shared += len({normalise(w) for w in words[lang]} & other)
    assert shared == 0


@pytest.mark.parametrize("book", OTHER_BOOKS, ids=BOOK_IDS)
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
    assert tags["en"] >= 35 and tags["zh"] >= 120 and tags["mixed"] >= 15
    for register in ("analyst", "director", "consultant"):
        assert tags[register] >= 35, register
    assert tags["courteous"] >= 15 and tags["indirect"] >= 15
    assert tags["points-lost"] >= 8 and tags["range"] >= 2 and tags["two-conditions"] >= 2
    assert tags["narrowing"] >= 2 and tags["ellipsis"] >= 8 and tags["no-antecedent"] >= 2
    assert tags["alias"] >= 30 and tags["abbrev"] >= 25
    assert tags["alias:in-order" if name == "sample" else "alias:code"] >= 10
    assert sum(len(i.turns) == 3 for i in items) >= 2 and sum(len(i.turns) > 1 for i in items) >= 20
    assert len({tuple(i.turns) for i in items}) == len(items)
    for i in items:
        assert all("@" not in t and "  " not in t and "{" not in t for t in i.turns), i.id
    if name == "synth":
        assert tags["scope:year"] >= 10 and tags["scope:department"] >= 10


@pytest.mark.parametrize(
    "written",
    ["口径", "请予说明", "请列示", "咋样", "多少来着", "最拉胯", "给我排一下", "麻烦帮我看下", "请问一下",
     "我想了解", "How did", "fell short of", "Break", "down by", "预算年度", "w", "万元", "个亿",
     "%", "分整", "区间", "其中", "呢"],
)  # fmt: skip
def test_the_new_registers_and_numbers_are_written(suites: dict[str, list[Item]], written: str) -> None:
    text = " ".join(t for items in suites.values() for i in items for t in i.turns)
    assert written in text


def test_no_question_judges_a_field_where_higher_is_not_better(suites: dict[str, list[Item]]) -> None:
    unjudged = [
        w for k, words in pb.FIELDS.items() if k not in pb.JUDGED_FIELDS for w in (*words["zh"], *words["en"])
    ]
    for i in suites["sample"] + suites["synth"]:
        text = " ".join(i.turns)
        assert not (any(w in text for w in pb.EVALUATIVE) and any(w in text for w in unjudged)), i.id


def test_a_scoped_question_says_its_scope(suites: dict[str, list[Item]]) -> None:
    from eval.synth import AGENCIES

    agencies = [a for a, _ in AGENCIES] + list(pb.AGENCY_WORDS.values()) + list(pb.AGENCY_EN.values())
    years = [w for y in range(2014, 2030) for lang in ("zh", "en") for w in pb.year_words(y, lang)]
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
        ("网办运营", [P1]),
        ("一网通办的运营服务", [P1]),
        ("网办平台升级", [P2]),
        ("基础运维", [P3]),
        ("基础设施那个运维", [P3]),
        ("数据平台二期", [P4]),
        ("政务云预付费", [P5]),
        ("云服务费", [P5]),
        ("中心管理费", [P6]),
        ("中心的工作经费", [P6]),
        ("数据运营", [P7]),
        ("网通办", [P1, P2]),
        ("运维预付费", []),
    ],
)
def test_resolve_alias_on_the_sample(oracles: dict[str, Oracle], text: str, expected: list[str]) -> None:
    assert resolve_alias(oracles["sample"], text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JYW27", ["教育委员会数据治理二期工程（JYW-00027）"]),
        ("CZJ27", []),
        ("教育委员会数据治理二期", ["教育委员会数据治理二期工程（JYW-00027）"]),
        ("民政局应急指挥专项", ["民政局应急指挥专项经费（MZJ-00010）"]),
        (
            "卫健档案数字化专项",
            [
                "卫生健康委员会档案数字化专项经费（WJW-00030）",
                "卫生健康委员会档案数字化专项经费（WJW-00013）",
            ],
        ),
    ],
)
def test_resolve_alias_on_the_synthetic_corpus(
    oracles: dict[str, Oracle], text: str, expected: list[str]
) -> None:
    assert sorted(resolve_alias(oracles["synth"], text)) == sorted(expected)


@pytest.mark.parametrize("corpus", ["sample", "synth"])
def test_every_alias_singles_out_its_project(oracles: dict[str, Oracle], corpus: str) -> None:
    o = oracles[corpus]
    ctx = Dev3Ctx(o, pb, 1, corpus)
    assert ctx.abbreviations()  # some aliases are not substrings of the name
    for name, aliases in ctx.aliases.items():
        for a in aliases:
            assert resolve_alias(o, a) == [name], a
    fragments = pb.AMBIGUOUS if corpus == "sample" else pb.synth_fragments(o)
    assert fragments and all(2 <= len(o.resolve(x)) <= 4 for x in fragments)
    assert not [m for m in pb.MISSING_PROJECTS if resolve_alias(o, m)]


# -- thresholds -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("unit", "value", "lang", "options"),
    [
        ("%", 95, "zh", "0.95|95%|百分之95"),
        ("%", 99.5, "zh", "0.995|99.5%|百分之99.5"),
        ("%", 100, "zh", "100%|百分之100"),
        ("%", 95, "en", "95pc|0.95|95 %"),
        ("分", 90, "zh", "90分整|90.00分|九十分"),
        ("分", 1.5, "zh", "1.5分|1.50分|一点五分"),
        ("分", 8, "en", "8 pts|8.00 points"),
        ("元", 5e7, "zh", "5,000.00万元|5000w|0.5个亿"),
        ("元", 5e5, "zh", "50.00万元|50w"),
        ("元", 5e7, "en", "RMB 50M|CNY 50,000,000|50M yuan"),
        ("元", 5e4, "en", "CNY 50,000|RMB 50K"),
    ],
)
def test_thresholds_as_these_people_write_them(unit: str, value: float, lang: str, options: str) -> None:
    assert pb.amount("|".join, unit, value, lang) == options


@pytest.mark.parametrize(
    ("year", "lang", "words"),
    [
        (2021, "zh", ["2021预算年度", "二一年", "’21年"]),
        (2020, "en", ["FY20", "the 2020 cycle", "calendar 2020"]),
    ],
)
def test_years_as_these_people_write_them(year: int, lang: str, words: list[str]) -> None:
    assert pb.year_words(year, lang) == words


# -- gold -------------------------------------------------------------------------------------------
def test_gold_is_well_formed(suites: dict[str, list[Item]]) -> None:
    for items in suites.values():
        assert_gold_well_formed(items, unsigned=True)


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
        written |= {round(100 * w, 4) for w in written if w < 1}  # a rate written as a ratio (0.95)
        held = {
            round(float(o.value(i.gold.items[0], f)), 4) for f in ("rate", "satisfaction", "total", "lost")
        }
        assert not written or written & held, i.id


@pytest.mark.parametrize("name", ["sample", "synth"])
def test_a_narrowed_list_differs_from_either_condition(
    suites: dict[str, list[Item]], oracles: dict[str, Oracle], name: str
) -> None:
    everyone = set(oracles[name].names())
    for i in suites[name]:
        if {"range", "two-conditions", "narrowing"} & set(i.tags) and i.answer_type == "list":
            assert set(i.gold.items) < everyone, i.id


def test_evidence_rows_exist(tmp_path: Path) -> None:
    from eval.suites import synth_corpus
    from index import SAMPLE_DIR

    for folder, path in ((SAMPLE_DIR, DEV3_SAMPLE), (synth_corpus(tmp_path), DEV3_SYNTH)):
        assert_evidence_rows_exist(folder, load_items(path))

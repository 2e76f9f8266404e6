"""Blind question suites (issue 9), generated from phrasebooks with fixed seeds and answered
by the independent oracle (eval/oracle.py) over the export of each corpus.

- ``sample.jsonl``: the visible suite over the bundled sample corpus;
- ``sample_hidden.jsonl``: 100 held-out questions over the same corpus, worded from a separate
  phrasebook (``hidden_templates.py``) that parser work must not look at;
- ``synth.jsonl``: the same intents over ``eval.synth.generate(SYNTH_FORMS, …, SYNTH_SEED)``;
- ``sample_hidden2.jsonl``: a second held-out suite over the sample (eval/suites/hidden2.py, its
  phrasebook ``hidden2_templates.py``), rebuilt by ``python -m eval.suites build-hidden2``.

Invariant: ``python -m eval.suites build`` rewrites the three files byte for byte the same;
the tests check it. ``python -m eval.suites corpus DIR`` writes the synthetic corpus.
"""

from __future__ import annotations

import importlib
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from eval.oracle import Oracle
from eval.suites import dialogue, intents, phrases, ranking
from eval.suites.context import Ctx

HERE = Path(__file__).parent
SAMPLE = HERE / "sample.jsonl"
HIDDEN = HERE / "sample_hidden.jsonl"
SYNTH = HERE / "synth.jsonl"
SYNTH_FORMS, SYNTH_SEED = 48, 2024
SEEDS = {"sample": 9001, "hidden": 9002, "synth": 9003}

PLAN: dict[str, list[str]] = {
    "lookup_field": ["lookup"],
    "lookup_derived": [f"derived.{w}" for w in ("change", "unspent", "lost", "level1", "rate", "grade")],
    "indicator": [f"indicator.{w}" for w in ("score", "lost", "weight", "target", "actual")],
    "list_field": ["list", "list.grade"],
    "filter_value": ["filter.cmp", "filter.eq"],
    "filter_aggregate": ["filter.above_avg", "filter.below_avg", "filter.above_median"],
    "filter_indicator": [
        f"filter.{w}" for w in ("has", "deducted", "deducted_l1", "full", "full_kind", "clean", "unmet")
    ],
    "rank": [f"rank.{w}" for w in ("max", "min", "nth", "nth_low", "top", "bottom")],
    "aggregate": [
        f"agg.{w}"
        for w in (
            "count_all",
            "count_has",
            "count_deducted",
            "count_cmp",
            "sum",
            "avg",
            "median",
            "max",
            "min",
        )
    ],
    "group": [
        f"group.{w}"
        for w in ("l1_lost", "l2_lost", "l1_rate", "dept_count", "dept_avg", "year_count", "year_avg")
    ],
    "compare": ["compare.high", "compare.low"],
    "reason": ["reason.project", "reason.kind", "reason.level1"],
    "nested": [
        f"nested.{w}"
        for w in ("max_value", "min_value", "max_reason", "min_reason", "min_grade", "max_grade")
    ],
    "follow_up": [
        f"fu.{w}"
        for w in (
            "why_min",
            "why_max",
            "second",
            "lowest",
            "subset_min",
            "subset_max",
            "pronoun",
            "other",
            "count",
            "avg",
        )
    ],
    "prose": ["prose.fact", "prose.orders", "prose.visits"],
    "refuse": ["refuse.offtopic", "refuse.year", "refuse.agency"],
    "refuse_or_clarify": ["roc.unknown", "roc.unknown_all", "roc.missing", "roc.ambiguous"],
}
ONLY = {"prose.fact": "sample", "prose.orders": "synth", "prose.visits": "synth"}
_ANSWERABLE = [i for i in PLAN if not i.startswith("refuse")]
COUNTS: dict[str, dict[str, int]] = {
    "sample": {
        **dict.fromkeys(_ANSWERABLE, 12),
        "lookup_field": 16,
        "lookup_derived": 18,
        "indicator": 16,
        "filter_value": 16,
        "filter_indicator": 14,
        "rank": 16,
        "aggregate": 16,
        "follow_up": 16,
        "filter_aggregate": 8,
        "group": 8,
        "refuse": 22,
        "refuse_or_clarify": 22,
    },
    "hidden": {**dict.fromkeys(_ANSWERABLE, 5), "refuse": 12, "refuse_or_clarify": 13},
    "synth": {
        **dict.fromkeys(_ANSWERABLE, 10),
        "indicator": 12,
        "filter_value": 12,
        "filter_indicator": 12,
        "rank": 14,
        "aggregate": 14,
        "follow_up": 12,
        "prose": 6,
        "refuse": 14,
        "refuse_or_clarify": 14,
    },
}
Builder = Callable[[Ctx, str, str, str], dict[str, Any] | None]
BUILDERS: dict[str, Builder] = {**intents.BUILDERS, **ranking.BUILDERS, **dialogue.BUILDERS}


def export_records(paths: list[Path]) -> list[dict[str, Any]]:
    """The records ``jixiao check --json`` prints for these files (``export`` prints the same
    after ingesting them; a test keeps the two equal)."""
    from index import check_paths, export_projects

    return [r for f in check_paths(paths) for r in export_projects(list(f.projects))]


def build(
    records: list[dict[str, Any]],
    pb: ModuleType,
    seed: int,
    corpus: str,
    counts: dict[str, int],
    prefix: str,
    *,
    plan: dict[str, list[str]] | None = None,
    builders: dict[str, Builder] | None = None,
    only: dict[str, str] | None = None,
    ctx_type: type[Ctx] = Ctx,
    spread: bool = False,
) -> list[dict[str, Any]]:
    """Generate a suite: for each intent, cycle through its templates (in a seeded order) until
    it has its count of distinct questions. plan, builders, only and ctx_type default to those
    of the visible suites (the development suites of eval/suites/dev.py and dev2.py bring their
    own); with spread, keys take turns (see _spread)."""
    plan, builders, only = plan or PLAN, builders or BUILDERS, ONLY if only is None else only
    ctx = ctx_type(Oracle(records), pb, seed, corpus)
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, ...]] = set()

    def try_one(key: str, template: str) -> bool:
        lang, pattern = template.split("|", 1)
        it = builders[key](ctx, key, lang, pattern)
        if it is None or tuple(it["turns"]) in seen:
            return False
        seen.add(tuple(it["turns"]))
        out.append({"id": f"{prefix}-{len(out) + 1:03d}", **it})
        return True

    for intent, keys in plan.items():
        pool = [(k, t) for k in keys if only.get(k, corpus) == corpus for t in pb.TEMPLATES.get(k, [])]
        ctx.rng.shuffle(pool)
        if spread:
            made = _spread(pool, try_one, counts[intent])
        else:
            made, tries = 0, 0
            while made < counts[intent] and tries < 60 * counts[intent]:
                key, template = pool[tries % len(pool)]
                tries += 1
                made += try_one(key, template)
        if made < counts[intent]:
            raise ValueError(f"{prefix}: only {made} of {counts[intent]} questions for intent {intent}")
    return out


def _spread(pool: list[tuple[str, str]], try_one: Callable[[str, str], bool], count: int) -> int:
    """Make up to count questions with the keys of the (shuffled) pool taking turns: in its
    turn a key tries its templates (up to three times round) until one gives a new question, so
    every key that can give one does before any gives a second. Returns how many were made."""
    by_key: dict[str, list[str]] = {}
    for key, template in pool:
        by_key.setdefault(key, []).append(template)
    turn, made = dict.fromkeys(by_key, 0), 0
    while made < count:
        before = made
        for key, templates in by_key.items():
            for _ in range(3 * len(templates)):
                template = templates[turn[key] % len(templates)]
                turn[key] += 1
                if try_one(key, template):
                    made += 1
                    break
            if made >= count:
                break
        if made == before:
            break
    return made


def sample_records() -> list[dict[str, Any]]:
    """Export records of the bundled sample corpus."""
    from index import SAMPLE_DIR

    return export_records([SAMPLE_DIR])


def synth_corpus(folder: Path) -> Path:
    """Write the synthetic corpus the synth suite is about into folder."""
    from eval.synth import generate

    generate(SYNTH_FORMS, folder, SYNTH_SEED)
    return folder


def build_all() -> dict[Path, list[dict[str, Any]]]:
    """Every suite, keyed by the file it belongs in."""
    sample = sample_records()
    hidden = importlib.import_module("eval.suites.hidden_templates")
    with tempfile.TemporaryDirectory() as tmp:
        synth = export_records([synth_corpus(Path(tmp))])
    return {
        SAMPLE: build(sample, phrases, SEEDS["sample"], "sample", COUNTS["sample"], "s"),
        HIDDEN: build(sample, hidden, SEEDS["hidden"], "sample", COUNTS["hidden"], "h"),
        SYNTH: build(synth, phrases, SEEDS["synth"], "synth", COUNTS["synth"], "y"),
    }


def dumps(items: list[dict[str, Any]]) -> str:
    """The JSONL text of a suite."""
    return "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items)


def write_all() -> dict[Path, int]:
    """Regenerate the suite files; return how many items each holds."""
    return write_suites(build_all())


def write_suites(built: dict[Path, list[dict[str, Any]]]) -> dict[Path, int]:
    """Write each built suite to its file; return how many items each holds."""
    out = {}
    for path, items in built.items():
        path.write_text(dumps(items), encoding="utf-8")
        out[path] = len(items)
    return out


def build_pair(
    files: tuple[Path, Path],
    book: ModuleType,
    seeds: dict[str, int],
    counts: dict[str, dict[str, int]],
    prefixes: tuple[str, str],
    **kw: Any,
) -> dict[Path, list[dict[str, Any]]]:
    """A sample suite and a synthetic one from one phrasebook (the development suites)."""
    sample = sample_records()
    with tempfile.TemporaryDirectory() as tmp:
        synth = export_records([synth_corpus(Path(tmp))])
    return {
        files[0]: build(sample, book, seeds["sample"], "sample", counts["sample"], prefixes[0], **kw),
        files[1]: build(synth, book, seeds["synth"], "synth", counts["synth"], prefixes[1], **kw),
    }

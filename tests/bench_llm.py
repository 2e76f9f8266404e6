"""The sample suite of issue 9 answered with the fake OpenAI-compatible server playing each
planner (perfect, random, liar) in each mode, as a Markdown table (tests/llmsuite.run_suite,
the same runs tests/test_llm_suites.py asserts on). ``python -m tests.bench_llm INDEX``."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

from bot.corpus import load_corpus
from eval.schema import load_items
from eval.suites import SAMPLE, sample_records
from index import Settings
from index.embed import load_embedder
from tests.llmsuite import perfect_plans, run_suite
from tests.suiteplans import record

RUNS = [
    ("perfect", "off"),
    ("perfect", "fallback"),
    ("perfect", "always"),
    ("random", "fallback"),
    ("random", "always"),
    ("liar", "fallback"),
    ("liar", "always"),
]


def main(index: Path) -> None:
    settings = Settings(index_dir=index)
    embedder = load_embedder(settings)
    corpus = load_corpus(settings)
    items = load_items(SAMPLE)
    plans = perfect_plans(record(sample_records(), "sample"), corpus)
    print(
        "| planner | mode | n | accuracy | answered by model (right) | model calls | confident wrong | p50 / p95 ms |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for planner, mode in RUNS:
        o = run_suite(items, plans, corpus, settings, embedder, planner, mode)
        ms = sorted(o.latency_ms.values())
        p95 = ms[int(0.95 * (len(ms) - 1))]
        model = f"{o.by_planner['model']} ({o.correct_by_planner['model']})"
        print(
            f"| {planner} | {mode} | {o.n} | {o.accuracy:.3f} | {model} | {o.calls} | {o.confident_wrong} "
            f"| {statistics.median(ms):.0f} / {p95:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))

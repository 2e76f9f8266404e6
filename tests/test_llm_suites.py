"""The question suites of issue 9 (sample and synthetic corpus) answered with the fake model
server playing a perfect planner (the suite generator's own plans), a random planner (valid
queries with words naming what they chose) and a liar (valid random queries claiming random
words of the question).

What must hold: with a perfect planner the suites score ≥ 99 % in fallback and always mode,
and ≥ 99 % of the answers the model planned are right; a bad planner adds no more than 1 %
answered-and-wrong; fallback mode asks the model only about questions the rules asked back or
refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.corpus import load_corpus
from eval.schema import Item, load_items
from eval.suites import SAMPLE, SYNTH, export_records, sample_records, synth_corpus
from index import Settings
from tests.llmsuite import Outcome, perfect_plans, run_suite
from tests.suiteplans import record

pytestmark = pytest.mark.slow


class Suite:
    """One suite over its indexed corpus, with outcomes computed once per (planner, mode)."""

    def __init__(
        self, name: str, items: list[Item], records: list[dict[str, Any]], settings: Settings, embedder: Any
    ):
        self.name, self.items, self.settings, self.embedder = name, items, settings, embedder
        self.corpus = load_corpus(settings)
        self.made = record(records, name)
        self.plans = perfect_plans(self.made, self.corpus)
        self._outcomes: dict[tuple[str, str], Outcome] = {}

    def outcome(self, planner: str, mode: str) -> Outcome:
        key = (planner, mode)
        if key not in self._outcomes:
            self._outcomes[key] = run_suite(
                self.items, self.plans, self.corpus, self.settings, self.embedder, planner, mode
            )
        return self._outcomes[key]


@pytest.fixture(scope="module")
def sample_suite(seed_settings: Settings, embedder: Any) -> Suite:
    return Suite("sample", load_items(SAMPLE), sample_records(), seed_settings, embedder)


@pytest.fixture(scope="module")
def synth_suite(tmp_path_factory: pytest.TempPathFactory, embedder: Any) -> Suite:
    from index import ingest

    folder = synth_corpus(tmp_path_factory.mktemp("synth-forms"))
    settings = Settings(index_dir=tmp_path_factory.mktemp("synth-index"))
    ingest([folder], settings, embedder=embedder)
    return Suite("synth", load_items(SYNTH), export_records([Path(folder)]), settings, embedder)


@pytest.fixture(params=["sample", "synth"])
def suite(request: pytest.FixtureRequest) -> Suite:
    return request.getfixturevalue(f"{request.param}_suite")


def test_recorded_plans_cover_the_stored_suite(suite: Suite) -> None:
    assert [m.item["turns"] for m in suite.made] == [i.turns for i in suite.items]
    assert len(suite.plans) == sum(len(i.turns) for i in suite.items)
    answerable = [m for m in suite.made if m.item["answerable"]]
    planned = [m for m in answerable if suite.plans[(m.item["id"], m.item["turns"][-1])]["action"] == "query"]
    assert len(planned) >= 0.95 * len(answerable)


@pytest.mark.parametrize("mode", ["always", "fallback"])
def test_perfect_planner(suite: Suite, mode: str) -> None:
    rules, got = suite.outcome("perfect", "off"), suite.outcome("perfect", mode)
    model = got.by_planner["model"]
    assert model > 0 and got.correct_by_planner["model"] >= 0.99 * model, got.wrong
    assert got.accuracy >= max(0.99, rules.accuracy), got.wrong
    assert got.confident_wrong <= rules.confident_wrong


def test_fallback_asks_only_what_the_rules_did_not_answer(suite: Suite) -> None:
    rules, got = suite.outcome("perfect", "off"), suite.outcome("perfect", "fallback")
    assert got.asked, "the rules ask back or refuse some suite questions"
    plans = [k for k in got.asked if k in rules.routes]
    assert plans and all(rules.routes[k] in ("clarify", "abstain") for k in plans)
    unanswered = sum(route in ("clarify", "abstain") for route in rules.routes.values())
    assert len(got.asked) <= unanswered < len(rules.routes)


@pytest.mark.parametrize("planner", ["random", "liar"])
@pytest.mark.parametrize("mode", ["always", "fallback"])
def test_bad_planner_adds_at_most_one_percent_wrong(suite: Suite, planner: str, mode: str) -> None:
    rules, got = suite.outcome("perfect", "off"), suite.outcome(planner, mode)
    assert got.calls > 0
    assert got.model_wrong <= 0.01 * got.n, got.wrong
    assert got.confident_wrong_rate <= rules.confident_wrong_rate + 0.01

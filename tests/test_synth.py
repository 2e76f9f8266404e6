"""The synthetic corpus generator, and answers scoped by year and agency over a generated
multi-year, multi-agency corpus (expectations from the generator's manifest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.chain import build_chain, run_chain
from bot.corpus import Corpus
from bot.types import Context
from eval.synth import SynthForm, generate
from index.ingest import parse_file


@pytest.fixture(scope="module")
def synth(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[SynthForm]]:
    folder = tmp_path_factory.mktemp("synth")
    return folder, generate(60, folder, seed=11)


@pytest.fixture(scope="module")
def chain(synth):  # type: ignore[no-untyped-def]
    folder, forms = synth
    projects = [p for f in forms for p in parse_file(folder / f.file).projects]
    return build_chain(Corpus.of(projects), None)


def _ask(chain, question: str) -> str:  # type: ignore[no-untyped-def]
    return run_chain(chain, question, Context()).answer


def test_generation_is_deterministic(tmp_path: Path) -> None:
    a, b = generate(5, tmp_path / "a", seed=3), generate(5, tmp_path / "b", seed=3)
    assert a == b
    assert [(tmp_path / "a" / f.file).read_bytes() for f in a] == [
        (tmp_path / "b" / f.file).read_bytes() for f in b
    ]
    assert generate(5, tmp_path / "c", seed=4) != a


def test_parser_recovers_every_generated_form(synth) -> None:  # type: ignore[no-untyped-def]
    folder, forms = synth
    assert len({f.agency for f in forms}) >= 5 and len({f.year for f in forms}) >= 3
    for f in forms:
        [p] = parse_file(folder / f.file).projects
        assert (p.name, p.year, p.department) == (f.name, f.year, f.agency)
        assert p.total is not None and p.total.score == f.total
        assert len(p.indicators) == f.indicators
        funds = p.funds_total
        assert funds is not None and (funds.full_year_budget, funds.executed) == (f.budget, f.executed)
        assert funds.execution_rate == f.rate
        codes = {x.code for x in p.findings}
        assert set(f.planted) <= codes
        assert not codes & {"weights_sum", "score_above_weight", "unreadable_row", "unknown_level2"}
        if "scores_sum" not in f.planted:
            assert "scores_sum" not in codes


def test_planted_findings_exist(synth) -> None:  # type: ignore[no-untyped-def]
    _, forms = synth
    assert {p for f in forms for p in f.planted} == {"execution_rate", "missing_deviation", "scores_sum"}


def test_year_scoped_ranking(synth, chain) -> None:  # type: ignore[no-untyped-def]
    _, forms = synth
    year = sorted({f.year for f in forms})[1]
    best = max(f.total for f in forms if f.year == year)
    winners = [f.name for f in forms if f.year == year and f.total == best]
    answer = _ask(chain, f"{year}年总分最高的项目")
    assert all(w in answer for w in winners) and f"{best:g}" in answer
    others = [f.name for f in forms if f.year != year]
    assert not any(o in answer for o in others)


def test_agency_scoped_count(synth, chain) -> None:  # type: ignore[no-untyped-def]
    _, forms = synth
    count = sum(f.agency == "上海市卫生健康委员会" for f in forms)
    assert count > 0
    answer = _ask(chain, "卫健委一共有几个项目？")
    assert f"共有{count}个项目" in answer


def test_agency_and_year_scoped_average(synth, chain) -> None:  # type: ignore[no-untyped-def]
    _, forms = synth
    picked = [f for f in forms if f.agency == "上海市财政局" and f.year == 2022]
    assert picked
    expected = sum(f.total for f in picked) / len(picked)
    answer = _ask(chain, "2022年财政局的平均总分")
    assert f"{round(expected + 1e-9, 2):g}" in answer or f"{expected:.2f}" in answer


def test_unscoped_ranking_says_which_years(synth, chain) -> None:  # type: ignore[no-untyped-def]
    _, forms = synth
    answer = _ask(chain, "总分最低的项目")
    years = "、".join(str(y) for y in sorted({f.year for f in forms}))
    assert f"范围：{years}年度" in answer


def test_missing_year_and_agency_abstain(chain) -> None:  # type: ignore[no-untyped-def]
    assert _ask(chain, "2019年总分最高的项目").startswith("无法回答")
    assert "公安局" in _ask(chain, "上海市公安局的项目")


def test_year_scoped_text_question_searches_that_year_only(synth) -> None:  # type: ignore[no-untyped-def]
    folder, forms = synth
    corpus = Corpus.of([p for f in forms for p in parse_file(folder / f.file).projects])
    seen: list[tuple[str, ...]] = []

    def retrieve(query: str, project_ids: tuple[str, ...]) -> list:  # type: ignore[type-arg]
        seen.append(project_ids)
        return []

    run_chain(build_chain(corpus, retrieve), "2021年处理工单多少个", Context())
    expected = {p.id for p in corpus.projects if p.year == 2021}
    assert seen and set(seen[0]) == expected and len(expected) < len(corpus.projects)

"""The optional model planner against a fake OpenAI-compatible server (a real HTTP server on a
loopback port): faults end in the rules' answer, plans run exactly as parsed ones, nothing is
sent unless configured, and fallback mode asks nothing about questions the rules answer."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from statistics import fmean
from typing import Any

import pytest

from bot import Bot
from bot.corpus import load_corpus
from bot.fields import measure
from bot.query import Measure
from index import Settings
from tests.fakellm import FakeLLM, Fault, Request

ASKS_BACK = "哪些项目年初预算数在平均值之上呀喂"  # a model can read it (in `always` mode it is asked)
OFF_TOPIC = "今天天气怎么样？"  # the rules refuse softly: `fallback` asks the model too
ANSWERED = (
    "哪个项目满意度得分最低？",
    "执行率低于90%的项目有哪些？",
    "一共几个项目？",
    "政务云那个项目总分多少？",
)

GOOD: dict[str, Any] = {
    "action": "query",
    "query": {
        "op": "list",
        "projects": {
            "kind": "filtered",
            "source": {"kind": "all"},
            "condition": {
                "kind": "compare",
                "measure": {"field": "initial_budget"},
                "op": "gt",
                "against": "avg",
            },
        },
    },
    "evidence": [
        {"slot": "field", "value": "initial_budget", "words": "年初预算数"},
        {"slot": "comparator", "value": "gt", "words": "之上"},
        {"slot": "aggregate", "value": "avg", "words": "平均值"},
    ],
}


def _plan(query: dict[str, Any], evidence: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {"action": "query", "query": query, "evidence": GOOD["evidence"] if evidence is None else evidence}


_ALL = {"kind": "all"}
FAULTS: list[tuple[str, Any]] = [
    ("malformed JSON", Fault("malformed")),
    ("empty reply", Fault("empty")),
    ("HTTP 500", Fault("http500")),
    ("slower than the timeout", Fault("slow", 3.0)),
    ("says cannot", {"action": "cannot", "evidence": [], "reason": "unclear"}),
    ("unknown action", {"action": "answer", "answer": "2995万元"}),
    (
        "field that does not exist",
        _plan({"op": "lookup", "projects": _ALL, "measures": [{"field": "profit"}]}),
    ),
    (
        "part that does not exist",
        _plan({"op": "lookup", "projects": _ALL, "measures": [{"field": "score", "part": "利润指标"}]}),
    ),
    (
        "project that does not exist",
        _plan({"op": "summary", "projects": {"kind": "named", "ids": ["nowhere.txt#1"]}}),
    ),
    (
        "threshold the question never stated",
        _plan(
            {
                "op": "list",
                "projects": {
                    "kind": "filtered",
                    "source": _ALL,
                    "condition": {
                        "kind": "compare",
                        "measure": {"field": "initial_budget"},
                        "op": "gt",
                        "value": 20000000,
                    },
                },
            },
            [
                {"slot": "field", "value": "initial_budget", "words": "年初预算数"},
                {"slot": "comparator", "value": "gt", "words": "之上"},
                {"slot": "number", "value": "20000000", "words": "年初预算数"},
            ],
        ),
    ),
    (
        "answer value in the text field",
        _plan({"op": "text", "projects": _ALL, "text": "年初预算数比平均值高的是2995万元的项目"}, []),
    ),
    (
        "valid query about another field",
        _plan(
            {"op": "lookup", "projects": _ALL, "measures": [{"field": "executed"}]},
            [{"slot": "field", "value": "executed", "words": "年初预算数"}],
        ),
    ),
    (
        "words that are not in the question",
        _plan(
            {"op": "lookup", "projects": _ALL, "measures": [{"field": "executed"}]},
            [{"slot": "field", "value": "executed", "words": "全年执行数"}],
        ),
    ),
    ("evidence left out", _plan(GOOD["query"], [])),
]


@pytest.fixture
def fake() -> Iterator[FakeLLM]:
    table: dict[str, Any] = {}
    server = FakeLLM(lambda r: table.get(r.question, {"action": "cannot", "evidence": []})).start()
    server.table = table  # type: ignore[attr-defined]
    yield server
    server.stop()


def _bot(settings: Settings, embedder: Any, fake: FakeLLM | None, mode: str, **more: Any) -> Bot:
    update: dict[str, Any] = {"llm_mode": mode, "llm_timeout": 1.0, **more}
    if fake is not None:
        update |= {"llm_base_url": fake.base_url, "llm_model": "fake-model"}
    return Bot(settings.model_copy(update=update), embedder=embedder)


def test_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BASE_URL", "MODEL", "API_KEY", "MODE"):
        monkeypatch.delenv(f"JIXIAO_LLM_{name}", raising=False)
    settings = Settings()
    assert settings.llm_mode == "off" and not settings.llm_enabled and settings.llm_timeout == 20.0


def test_configured_but_off_sends_nothing(seed_settings: Settings, embedder: Any, fake: FakeLLM) -> None:
    bot = _bot(seed_settings, embedder, fake, "off")
    answers = [bot.answer(q) for q in (ASKS_BACK, *ANSWERED)]
    assert fake.total == 0 and {a.planner for a in answers} == {"rules"}


@pytest.mark.parametrize("mode", ["fallback", "always"])
@pytest.mark.parametrize(("fault", "reply"), FAULTS, ids=[f for f, _ in FAULTS])
def test_fault_ends_in_the_rules_answer(
    seed_settings: Settings, embedder: Any, fake: FakeLLM, mode: str, fault: str, reply: Any
) -> None:
    rules = Bot(seed_settings, embedder=embedder)
    bot = _bot(seed_settings, embedder, fake, mode)
    questions = (ASKS_BACK, ANSWERED[0]) if mode == "always" else (OFF_TOPIC,)
    for q in questions:
        fake.table[q] = reply  # type: ignore[attr-defined]
        got, expected = bot.answer(q), rules.answer(q)
        assert (got.answer, got.route, got.planner) == (expected.answer, expected.route, "rules"), fault
    assert fake.total == len(questions)  # asked once each, never retried


@pytest.mark.parametrize("method", ["json_schema", "function_calling", "json_mode"])
def test_model_plan_runs_like_a_parsed_one(
    seed_settings: Settings, embedder: Any, fake: FakeLLM, method: str
) -> None:
    fake.table[ASKS_BACK] = GOOD  # type: ignore[attr-defined]
    bot = _bot(seed_settings, embedder, fake, "always", llm_structured=method)
    a = bot.answer(ASKS_BACK)
    corpus = load_corpus(seed_settings)
    values = {p.name: measure(p, Measure(field="initial_budget")) for p in corpus.projects}
    mean = fmean(v.number for v in values.values() if v and v.number is not None)  # type: ignore[misc]
    above = {n for n, v in values.items() if v and v.number is not None and v.number > mean}
    assert a.planner == "model" and a.route == "table" and not a.abstained
    assert above and all(name in a.answer for name in above)
    assert not any(name in a.answer for name in set(values) - above)
    assert a.understood().startswith("模型理解为：") and a.to_json()["planner"] == "model"
    request = fake.requests[-1]
    assert ("tools" in request.body) is (method == "function_calling")
    assert "年初预算数" in request.system and corpus.projects[0].id in request.system


def test_prompt_carries_no_stored_number(seed_settings: Settings, embedder: Any, fake: FakeLLM) -> None:
    bot = _bot(seed_settings, embedder, fake, "always")
    bot.answer("政务云那个项目总分多少？")
    text = fake.requests[-1].system
    assert "97.93" not in text and "40000000" not in text and "项目名称" not in text


def test_fallback_asks_nothing_the_rules_answer(
    seed_settings: Settings, embedder: Any, fake: FakeLLM
) -> None:
    bot = _bot(seed_settings, embedder, fake, "fallback")
    answers = [bot.answer(q) for q in ANSWERED]
    assert fake.total == 0 and all(a.route == "table" for a in answers)
    bot.answer("2020年的总分")  # another year: no plan can change that refusal
    bot.answer("火星探测项目的总分是多少？")
    assert fake.total == 0
    bot.answer(OFF_TOPIC)  # off topic: the model may say so too
    assert fake.total == 1


def test_follow_up_plan_may_use_only_previous_projects(
    seed_settings: Settings, embedder: Any, fake: FakeLLM
) -> None:
    corpus = load_corpus(seed_settings)
    bot = _bot(seed_settings, embedder, fake, "always")
    first = bot.answer("政务云那个项目总分多少？")
    named = set(first.context.subjects) | set(first.context.results)
    other = next(p.id for p in corpus.projects if p.id not in named)
    fake.table["它的执行率呢？"] = _plan(  # type: ignore[attr-defined]
        {
            "op": "lookup",
            "projects": {"kind": "named", "ids": [other], "previous": True},
            "measures": [{"field": "execution_rate"}],
        },
        [
            {"slot": "field", "value": "execution_rate", "words": "执行率"},
            {"slot": "previous", "value": "", "words": "它的"},
        ],
    )
    second = bot.answer("它的执行率呢？", [first])
    assert second.planner == "rules" and corpus.by_id[other].name not in second.answer


def _summary(reply: dict[str, Any]) -> Any:
    def respond(r: Request) -> Any:
        if r.schema_name == "summary":
            lines = [line for line in r.system.splitlines() if "369个工单" in line]
            if not lines:
                return {"action": "cannot", "sentences": [], "summary": ""}
            n = int(lines[0].split("]")[0].lstrip("["))
            return {**reply, "sentences": [n]}
        return {"action": "cannot", "evidence": []}

    return respond


@pytest.mark.parametrize(
    ("summary", "used"),
    [("全年共完成369个工单任务。", True), ("全年共完成999个工单任务。", False), ("", False)],
)
def test_prose_summary_numbers_must_stand_in_chosen_sentences(
    seed_settings: Settings, embedder: Any, summary: str, used: bool
) -> None:
    fake = FakeLLM(_summary({"action": "answer", "summary": summary})).start()
    try:
        rules = Bot(seed_settings, embedder=embedder).answer("完成了多少个工单？")
        a = _bot(seed_settings, embedder, fake, "always").answer("完成了多少个工单？")
    finally:
        fake.stop()
    assert fake.calls["完成了多少个工单？"] == 2  # a plan, then a summary
    offered = next(r.system for r in fake.requests if r.schema_name == "summary")
    assert "369个工单" in offered and "产出指标" not in offered  # goals prose only, no table rows
    if used:
        assert a.planner == "model" and a.answer.startswith(summary) and "369个工单" in a.answer
        assert a.citations and a.citations[0].section == "goal"
    else:
        assert (a.answer, a.planner) == (rules.answer, "rules")


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).parents[1],
        env={**os.environ, **env},
    )


def test_cli_ask_json_says_model(seed_settings: Settings, fake: FakeLLM) -> None:
    fake.table[ASKS_BACK] = GOOD  # type: ignore[attr-defined]
    env = {"JIXIAO_LLM_BASE_URL": fake.base_url, "JIXIAO_LLM_MODEL": "m", "JIXIAO_LLM_MODE": "always"}
    out = _cli(
        "ask",
        "--json",
        ASKS_BACK,
        "哪个项目满意度得分最低？",
        "--index",
        str(seed_settings.index_dir),
        env=env,
    )
    assert out.returncode == 0, out.stderr
    answers = json.loads(out.stdout)
    assert [a["planner"] for a in answers] == ["model", "rules"]
    text = _cli("ask", ASKS_BACK, "--index", str(seed_settings.index_dir), env=env)
    assert "模型理解为：" in text.stdout


def test_cli_doctor(seed_settings: Settings, fake: FakeLLM) -> None:
    env = {"JIXIAO_LLM_BASE_URL": fake.base_url, "JIXIAO_LLM_MODEL": "m", "JIXIAO_LLM_API_KEY": "sekrit"}
    ok = _cli("doctor", "--index", str(seed_settings.index_dir), env=env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "model endpoint: ok" in ok.stdout and "index: ok — 7 projects" in ok.stdout
    assert "sekrit" not in ok.stdout and "JIXIAO_LLM_API_KEY=(set)" in ok.stdout
    assert "chroma server: skipped" in ok.stdout
    dead = {
        **env,
        "JIXIAO_LLM_BASE_URL": "http://127.0.0.1:9/v1",
        "JIXIAO_LLM_TIMEOUT": "2",
        "JIXIAO_CHROMA_URL": "http://127.0.0.1:9",
    }
    bad = _cli("doctor", "--index", str(seed_settings.index_dir), env=dead)
    assert bad.returncode == 1 and "model endpoint: failed" in bad.stdout
    assert "chroma server: failed" in bad.stdout and bad.stdout.count("fix:") == 2
    missing = _cli("doctor", "--index", str(seed_settings.index_dir), env={"JIXIAO_LLM_MODE": "always"})
    assert missing.returncode == 1 and "JIXIAO_LLM_BASE_URL" in missing.stdout


def test_cli_eval_llm_reports_planners(seed_settings: Settings, fake: FakeLLM, tmp_path: Path) -> None:
    fake.table[ASKS_BACK] = GOOD  # type: ignore[attr-defined]
    questions = tmp_path / "q.jsonl"
    items = [
        {"id": "a", "turns": [ASKS_BACK], "type": "filter", "answer_type": "list", "gold": {"items": []}},
        {
            "id": "b",
            "turns": ["一共几个项目？"],
            "type": "aggregate",
            "answer_type": "number",
            "gold": {"value": 7},
        },
    ]
    questions.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    env = {"JIXIAO_LLM_BASE_URL": fake.base_url, "JIXIAO_LLM_MODEL": "m", "JIXIAO_LLM_MODE": "always"}
    args = (
        "eval",
        str(questions),
        "--no-naive",
        "--out",
        str(tmp_path / "out"),
        "--index",
        str(seed_settings.index_dir),
    )
    out = _cli(*args, "--llm", env=env)
    assert out.returncode == 0, out.stdout + out.stderr
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["by_planner"]["model"]["n"] == 1 and summary["by_planner"]["rules"]["n"] == 1
    assert summary["llm"]["mode"] == "always" and summary["llm"]["calls"] == 2
    assert "planner model: 1 answers" in out.stdout
    calls = fake.total
    plain = _cli(*args, env=env)  # without --llm the model is off
    assert plain.returncode == 0 and fake.total == calls

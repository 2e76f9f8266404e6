"""A shared deployment for real: a PostgreSQL server (initdb in a temporary folder), a
``chroma run`` server and two ``jixiao ui`` processes in different working folders sharing
both, spoken to through their JSON API and ``/healthz``.

- an ingest through one instance is answered by the other, exactly as the embedded mode
  (SQLite + embedded Chroma) answers the same forms;
- a replace-ingest killed with SIGKILL halfway (its vectors written, or inside the
  PostgreSQL transaction): the other instance keeps answering the previous state, the writer
  lock is free at once, and a re-run completes;
- PostgreSQL or Chroma stopped under running questions: the questions in flight get a clear
  503 naming what is down, ``/healthz`` and ``jixiao health`` report it, and once it is back
  every answer is the same as before;
- 20 HTTP sessions (viewers of two departments) on both instances for 60 s while another
  department's forms are ingested: no error, no answer of another conversation or scope, every
  answer equal to the serial one.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from bot import Bot
from index import Settings, ingest
from tests.appserver import ROOT, AppInstance, settings_env
from tests.corpus_states import MemoEmbedder
from tests.scope_corpus import DEPT_A, DEPT_B, ScopeCorpus, make_scope_corpus
from tests.servers import ChromaServer, PgServer

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> ScopeCorpus:
    return make_scope_corpus(tmp_path_factory.mktemp("deploy-forms"))


@pytest.fixture(scope="module")
def chroma(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path_factory.mktemp("deploy-chroma"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def shared(pg: PgServer, chroma: ChromaServer, tmp_path_factory: pytest.TempPathFactory) -> list[Settings]:
    """The settings of the two instances: one database schema and collection, two folders."""
    base = tmp_path_factory.mktemp("deploy")
    common = {
        "database_url": pg.url,
        "database_schema": PgServer.schema(),
        "chroma_url": chroma.url,
        "collection": f"deploy_{uuid.uuid4().hex[:8]}",
    }
    return [Settings(index_dir=base / name / "index", **common) for name in ("one", "two")]  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def apps(shared: list[Settings]) -> Iterator[list[AppInstance]]:
    instances = [AppInstance(s, s.index_dir.parent) for s in shared]
    try:
        for app in instances:
            app.start()
        yield instances
    finally:
        for app in instances:
            app.stop()


@pytest.fixture(scope="module")
def embedded(corpus: ScopeCorpus, embedder, tmp_path_factory: pytest.TempPathFactory) -> Bot:  # type: ignore[no-untyped-def]
    settings = Settings(index_dir=tmp_path_factory.mktemp("deploy-embedded") / "index")
    ingest([corpus.both], settings, embedder=embedder)
    return Bot(settings, embedder=embedder)


def _cli(settings: Settings, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=900,
        cwd=settings.index_dir.parent,
        env=settings_env(settings),
    )


def _view(reply: dict[str, Any]) -> tuple[object, ...]:
    """What must agree between two answers: text, refusal, route, understanding, cited rows."""
    cited = tuple(c["id"] for c in reply["citations"])
    return (reply["answer"], reply["abstained"], reply["route"], reply["interpretation"], cited)


def _conversation(app: AppInstance, questions: list[str], token: str = "") -> list[dict[str, Any]]:
    replies, cid = [], ""
    for q in questions:
        reply = app.ask(q, cid, token)
        cid = reply["conversation"]
        replies.append(reply)
    return replies


def test_an_ingest_through_one_instance_is_answered_by_the_other(
    apps: list[AppInstance], shared: list[Settings], corpus: ScopeCorpus, embedded: Bot
) -> None:
    one, two = apps
    assert two.call("/healthz")[0] == 200
    done = _cli(shared[0], "ingest", str(corpus.both))
    assert done.returncode == 0, done.stderr
    assert "11 projects" in done.stdout
    assert not shared[1].index_dir.exists() or not (shared[1].index_dir / "forms.sqlite").exists()
    for questions in corpus.questions():
        history: list = []  # type: ignore[type-arg]
        for q in questions:
            history.append(embedded.answer(q, history))
        expected = [_view(a.to_json()) for a in history]
        assert [_view(r) for r in _conversation(two, questions)] == expected, questions
    assert [_view(r) for r in _conversation(one, corpus.questions()[0])] == [
        _view(r) for r in _conversation(two, corpus.questions()[0])
    ]


def _edited(corpus: ScopeCorpus, folder: Path) -> tuple[Path, str, str]:
    """A copy of A's first form with its total score 4 points lower; (folder, old, new)."""
    form = corpus.a[0]
    text = (corpus.both / form.file).read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("总分"))
    cells = line.split("\t")
    last = max(i for i, c in enumerate(cells) if c.strip())
    old = cells[last]
    new = cells[last] = f"{float(old) - 4:.2f}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / form.file).write_text(text.replace(line, "\t".join(cells)), encoding="utf-8")
    return folder, old, new


def _writer(settings: Settings, folder: Path, step: str, memo: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store_kill", str(settings.index_dir), str(folder), step, str(memo)],
        env=settings_env(settings),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("step", ["vectors_written", "rows_written"])
def test_an_ingest_killed_halfway_leaves_the_other_instance_answering(
    apps: list[AppInstance], shared: list[Settings], corpus: ScopeCorpus, embedder, tmp_path: Path, step: str
) -> None:  # type: ignore[no-untyped-def]
    two = apps[1]
    edited, old, new = _edited(corpus, tmp_path / "edited")
    original = tmp_path / "original"
    original.mkdir()
    (original / corpus.a[0].file).write_bytes((corpus.both / corpus.a[0].file).read_bytes())
    memo = MemoEmbedder(embedder)
    memo.remember([edited, original])
    memo_path = memo.save(tmp_path / "memo.npz")
    question = f"{corpus.a[0].name}的总分"
    before = two.ask(question)["answer"]
    assert f"{old}/100" in before
    writer = _writer(shared[0], edited, f"hang:{step}", memo_path)
    hanging = Path(str(shared[0].index_dir) + ".hanging")
    deadline = time.monotonic() + 300
    while not hanging.exists():
        assert writer.poll() is None and time.monotonic() < deadline, writer.communicate()
        time.sleep(0.1)
    try:
        assert [two.ask(question)["answer"] for _ in range(3)] == [before] * 3  # mid-write
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=60)
        hanging.unlink()
    assert writer.returncode == -signal.SIGKILL
    assert two.ask(question)["answer"] == before and two.call("/healthz")[0] == 200
    rerun = _writer(shared[0], edited, "-", memo_path)  # the writer lock died with the writer
    assert rerun.wait(timeout=300) == 0, rerun.communicate()
    after = two.ask(question)["answer"]
    assert f"{new}/100" in after and after == before.replace(old, new)
    check = _cli(shared[1], "check-index")
    assert check.returncode == 0 and check.stdout.rstrip().endswith("consistent"), check.stdout
    restore = _writer(shared[0], original, "-", memo_path)
    assert restore.wait(timeout=300) == 0 and two.ask(question)["answer"] == before


QUESTIONS = ("按总分从高到低列出项目", "一共几个项目？", "处理工单多少个")


def _ask_during(apps: list[AppInstance], stop: threading.Event) -> list[tuple[int, dict[str, Any], str]]:
    """Ask QUESTIONS on both instances until stop is set; every (status, reply, question)."""
    out: list[tuple[int, dict[str, Any], str]] = []

    def loop(app: AppInstance) -> None:
        while not stop.is_set():
            for q in QUESTIONS:
                status, reply = app.call("/api/ask", {"question": q})
                out.append((status, reply, q))

    with ThreadPoolExecutor(len(apps)) as pool:
        for app in apps:
            pool.submit(loop, app)
        stop.wait()
    return out


def _outage(apps: list[AppInstance], cut, restore, check: str) -> list[tuple[int, dict[str, Any], str]]:  # type: ignore[no-untyped-def]
    """Questions before, during and after an outage of one server (``/healthz`` names it)."""
    stop = threading.Event()
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(_ask_during, apps, stop)
        time.sleep(2)
        cut()
        try:
            time.sleep(4)
            status, body = apps[0].call("/healthz")
            assert status == 503 and body[check].startswith("failed"), body
        finally:
            restore()
        time.sleep(2)
        stop.set()
        return future.result()


def test_a_postgres_restart_gives_a_clear_error_then_full_service(
    apps: list[AppInstance], shared: list[Settings], pg: PgServer
) -> None:
    expected = {q: _view(apps[0].ask(q)) for q in QUESTIONS}

    def cut() -> None:
        pg.stop()
        health = _cli(shared[0], "health")
        assert health.returncode == 1 and "store: failed" in health.stdout, health.stdout

    replies = _outage(apps, cut, pg.start, "store")
    statuses = {status for status, _, _ in replies}
    assert statuses <= {200, 503} and 503 in statuses, statuses
    for status, reply, q in replies:
        if status == 503:
            assert re.fullmatch(
                r"the form store \(PostgreSQL at 127\.0\.0\.1:\d+/postgres\) is unavailable \(.+\); retry once it is back",
                reply["error"],
            ), reply
        else:
            assert _view(reply) == expected[q]
    for app in apps:  # full service afterwards
        assert {q: _view(app.ask(q)) for q in QUESTIONS} == expected
        assert app.call("/healthz")[0] == 200


def test_a_chroma_restart_gives_a_clear_error_then_full_service(
    apps: list[AppInstance], chroma: ChromaServer
) -> None:
    expected = {q: _view(apps[0].ask(q)) for q in QUESTIONS}
    replies = _outage(apps, chroma.stop, chroma.start, "chroma server")
    assert apps[0].call("/healthz")[1]["chroma server"].startswith("ok")
    for status, reply, q in replies:
        if status == 503:
            assert q == "处理工单多少个", (q, reply)  # table answers need no vectors
            assert reply["error"].startswith("the vector store (Chroma server) is unavailable"), reply
        else:
            assert status == 200 and _view(reply) == expected[q], (status, reply)
    assert any(status == 503 for status, _, _ in replies)
    for app in apps:
        assert {q: _view(app.ask(q)) for q in QUESTIONS} == expected


def test_the_container_health_check_passes(apps: list[AppInstance]) -> None:
    line = next(
        x for x in (ROOT / "Dockerfile").read_text().splitlines() if x.strip().startswith('CMD ["python"')
    )
    command = json.loads(line.strip()[len("CMD ") :])
    command = [c.replace("127.0.0.1:8501", f"127.0.0.1:{apps[0].port}") for c in command]
    assert subprocess.run([sys.executable, *command[1:]], timeout=60).returncode == 0, shlex.join(command)


CONVERSATIONS = (
    ("按总分从高到低列出项目", "第二名呢？", "为什么扣分？"),
    ("满意度得分最低的项目", "它的执行率呢？"),
    ("执行率低于90%的项目有哪些？", "一共几个项目？"),
    ("处理工单多少个", "平均总分"),
)
SESSIONS = 20
SECONDS = 60


@pytest.mark.long
def test_twenty_sessions_on_two_instances_during_an_ingest(
    apps: list[AppInstance], shared: list[Settings], corpus: ScopeCorpus
) -> None:
    for name, dept in (("viewer-a", DEPT_A), ("viewer-b", DEPT_B)):
        added = _cli(shared[0], "user", "add", name, "-d", dept, "--password-stdin", stdin=PASSWORD + "\n")
        assert added.returncode == 0, added.stderr
    serial = {
        name: [
            [_view(r) for r in _conversation(apps[0], list(c), apps[0].login(name, PASSWORD))]
            for c in CONVERSATIONS
        ]
        for name in ("viewer-a", "viewer-b")
    }
    assert serial["viewer-a"] != serial["viewer-b"]
    records: list[tuple[str, int, int, int, dict[str, Any]]] = []
    stop = threading.Event()

    def session(n: int) -> None:
        name = ("viewer-a", "viewer-b")[n % 2]
        token = apps[n % 2].login(name, PASSWORD)  # signed in on one instance, asking on both
        round_ = 0
        while not stop.is_set():
            for k, questions in enumerate(CONVERSATIONS):
                app, cid = apps[(n + round_ + k) % 2], ""
                for turn, q in enumerate(questions):
                    status, reply = app.call("/api/ask", {"question": q, "conversation": cid}, token)
                    cid = reply.get("conversation", "")
                    records.append((name, k, turn, status, reply))
            round_ += 1

    began = time.monotonic()
    with ThreadPoolExecutor(SESSIONS) as pool:
        futures = [pool.submit(session, n) for n in range(SESSIONS)]
        time.sleep(5)
        started = len(records)
        ingested = _cli(shared[0], "ingest", str(corpus.only_c))
        during = len(records) - started
        time.sleep(max(0.0, SECONDS - (time.monotonic() - began)))
        stop.set()
        for f in futures:
            f.result()
    assert ingested.returncode == 0 and "3 projects" in ingested.stdout, ingested.stderr
    wrong = [(n, k, t, s, r) for n, k, t, s, r in records if s != 200 or _view(r) != serial[n][k][t]]
    print({"answers": len(records), "during_ingest": during, "wrong": len(wrong)})
    assert not wrong, wrong[:3]
    assert during > 0 and len(records) > SESSIONS * 5
    log = _cli(shared[0], "audit", "--user", "viewer-b", "--limit", "5")
    entries = [json.loads(line) for line in log.stdout.splitlines()]
    assert [e["action"] for e in entries] == ["ask"] * 5 and all(e["user"] == "viewer-b" for e in entries)
    assert any(e["cited"] for e in entries)

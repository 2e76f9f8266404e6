"""Concurrency: first questions at once on a fresh Bot (threads, a new process) and on a freshly
started ``jixiao ui`` (8 browser sessions), and questions looping in 4 processes while a
replace-ingest runs — every answer equals the serial one, or the before- or after-answer."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from index import Settings, ingest
from tests.corpus_states import QUESTIONS, ROOT, copy_index
from tests.store_trials import Lab

PROSE = ("完成了多少个工单？", "自然人综合库覆盖多少人？")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"


def test_first_questions_at_once_on_a_fresh_bot(seed_settings: Settings, seed_bot) -> None:  # type: ignore[no-untyped-def]
    questions = list(PROSE) * 4
    out = subprocess.run(
        [sys.executable, "-m", "tests.store_first", str(seed_settings.index_dir), *questions],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr
    serial = [seed_bot.answer(q).answer for q in questions]
    assert json.loads(out.stdout.splitlines()[-1]) == serial
    assert "369" in serial[0]


def _lines(files: list[Path]) -> int:
    return sum(len(f.read_text(encoding="utf-8").splitlines()) for f in files if f.exists())


def _wait(what: str, ready, timeout: float = 900) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.1)


def test_questions_in_four_processes_during_a_replace_ingest(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    lab = Lab(tmp_path / "lab", embedder)
    settings = Settings(index_dir=copy_index(lab.base, tmp_path / "index"))
    outs = [tmp_path / f"reader-{n}.jsonl" for n in range(4)]
    stop = tmp_path / "stop"
    readers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.store_reader", str(settings.index_dir), str(out), str(stop)],
            cwd=ROOT,
            stderr=subprocess.DEVNULL,
        )
        for out in outs
    ]
    try:
        _wait("readers to answer", lambda: all(_lines([o]) >= len(QUESTIONS) for o in outs))

        def pause(step: str) -> None:  # every step of the write overlaps 8 more answers
            seen = _lines(outs)
            _wait(f"answers during {step}", lambda: _lines(outs) >= seen + 8)

        started = _lines(outs)
        ingest([lab.after_forms], settings, embedder=lab.embedder, replace=True, fault=pause)  # type: ignore[arg-type]
        during = _lines(outs) - started
        ended = _lines(outs)
        _wait("answers after the write", lambda: _lines(outs) >= ended + 8)
    finally:
        stop.touch()
        for proc in readers:
            proc.wait(timeout=120)
    records = [json.loads(line) for o in outs for line in o.read_text(encoding="utf-8").splitlines()]
    counts = Counter(_state(lab, r) for r in records)
    figures = {"answers": len(records), "during_write": during, **counts}
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "store-concurrency.json").write_text(json.dumps(figures) + "\n")
    print(figures)
    assert counts["error"] == 0 and counts["neither"] == 0, [
        r for r in records if _state(lab, r) in ("error", "neither")
    ][:3]
    assert counts["before"] > 0 and counts["after"] > 0 and during >= 8 * 8


def _state(lab: Lab, record: dict[str, str]) -> str:
    if "error" in record:
        return "error"
    n = QUESTIONS.index(record["q"])
    if record["a"] == lab.before.answers[n]:
        return "before"
    return "after" if record["a"] == lab.after.answers[n] else "neither"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def fresh_ui(seed_settings: Settings) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: apt-get install -y chromium fonts-noto-cjk")
    port = _free_port()
    env = {**os.environ, "JIXIAO_INDEX_DIR": str(seed_settings.index_dir)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "ui", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"

    def healthy() -> bool:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                return bool(r.status == 200)
        except OSError:
            return False

    try:
        _wait("the app to start", healthy, timeout=120)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.browser
def test_eight_sessions_ask_their_first_question_at_once(fresh_ui: str, seed_bot) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    question = PROSE[0]
    serial = seed_bot.answer(question).answer
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        pages = [browser.new_context().new_page() for _ in range(8)]
        for page in pages:
            page.goto(f"{fresh_ui}/chat")  # the chat page (the root URL is the overview)
            page.get_by_test_id("stChatInputTextArea").wait_for(timeout=180_000)
        for page in pages:
            page.get_by_test_id("stChatInputTextArea").fill(question)
        for page in pages:  # the eight reruns start within a few milliseconds of each other
            page.get_by_test_id("stChatInputTextArea").press("Enter")
        shown = []
        for page in pages:
            answer = page.get_by_test_id("stChatMessage").filter(has_text="据「").last
            answer.wait_for(timeout=180_000)
            shown.append(answer.locator(".jx-text").first.inner_text())
            assert page.get_by_test_id("stException").count() == 0
        browser.close()
    assert ["".join(s.split()) for s in shown] == ["".join(serial.split())] * 8

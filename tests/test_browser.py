"""End to end in a real browser: Debian's chromium driven by Playwright against the app served
by ``jixiao ui`` on a free loopback port, with the seed index."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from index import Settings

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parents[1] / "test-artifacts"
pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(seed_settings: Settings) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: apt-get install -y chromium fonts-noto-cjk")
    port = _free_port()
    env = {**os.environ, "JIXIAO_INDEX_DIR": str(seed_settings.index_dir)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "ui", "--port", str(port)],
        env=env,
        cwd=Path(__file__).parents[1],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("the app did not start within 120 s")
    yield url
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


def _open(page, url: str) -> None:  # type: ignore[no-untyped-def]
    """Load the app and wait until its first run has drawn the page (sidebar and chat input)."""
    page.goto(url)
    page.get_by_test_id("stChatInputTextArea").wait_for(timeout=120_000)
    page.get_by_text("语料概览").wait_for(timeout=120_000)


def _ask(page, question: str, expect: str) -> float:  # type: ignore[no-untyped-def]
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(question)
    started = time.monotonic()
    box.press("Enter")
    # the answer's own markdown, not the same figures in a collapsed source-lines expander
    page.get_by_test_id("stMarkdownContainer").filter(has_text=expect).last.wait_for(timeout=120_000)
    return time.monotonic() - started


def test_ranking_and_follow_up_in_the_browser(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    _open(page, server)
    first = _ask(page, "哪个项目满意度得分最低？", "满意度最低的项目是")
    assert page.get_by_text("上海市大数据资源平台（二期）」：6/10").count() >= 1
    assert page.get_by_test_id("stDataFrame").count() >= 2  # sidebar grades + cited rows
    page.get_by_test_id("stVegaLiteChart").first.wait_for(timeout=60_000)
    _ask(page, "为什么？", "扣分原因")
    assert page.get_by_text("未进行充分沟通", exact=False).count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)
    (ARTIFACTS / "time-to-first-answer.txt").write_text(f"{first:.2f} s\n")
    page.close()


def test_sessions_keep_their_own_conversations(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    one, two = browser.new_context().new_page(), browser.new_context().new_page()
    for page in (one, two):
        _open(page, server)
    _ask(one, "政务云那个项目总分多少？", "93.31/100")
    _ask(two, "平均总分", "93.81")
    _ask(one, "它的预算呢？", "40,000,000.00")
    assert two.get_by_text("93.31/100", exact=False).count() == 0
    assert one.get_by_text("93.81", exact=False).count() == 0

"""End to end in a real browser: Debian's chromium driven by Playwright against the app served
by ``jixiao ui`` on a free loopback port. The manager's flow (overview → project → question →
Excel → reload), the chat, separate sessions, and a crafted form whose cells must stay inert.
Screenshots of each page go to test-artifacts/."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import openpyxl
import pytest

from index import Settings
from tests.appserver import AppInstance
from tests.hostile import FORMULA, NAME, TRAP, hostile_form

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parents[1] / "test-artifacts"
pytestmark = pytest.mark.browser
VIEWPORT = {"width": 1400, "height": 1000}


@contextmanager
def _serve(settings: Settings) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: apt-get install -y chromium fonts-noto-cjk")
    app = AppInstance(settings, settings.index_dir.parent / f"{settings.index_dir.name}-app")
    app.start()
    try:
        yield app.url
    finally:
        app.stop()


@pytest.fixture(scope="module")
def server(seed_settings: Settings) -> Iterator[str]:
    with _serve(seed_settings) as url:
        yield url


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
    """Load the app and wait until its first run has drawn the page (sidebar and a title)."""
    page.goto(url)
    page.get_by_text("语料概览").wait_for(timeout=120_000)
    page.get_by_test_id("stHeading").first.wait_for(timeout=120_000)


def _overview(page, url: str) -> None:  # type: ignore[no-untyped-def]
    _open(page, url)
    page.locator("table.jx[aria-label^='项目概览']").wait_for(timeout=120_000)
    page.get_by_test_id("stVegaLiteChart").nth(2).wait_for(timeout=120_000)


def _to_chat(page) -> None:  # type: ignore[no-untyped-def]
    page.get_by_test_id("stSidebarNav").get_by_text("问答").click()
    page.get_by_test_id("stChatInputTextArea").wait_for(timeout=120_000)


def _ask(page, question: str, expect: str) -> None:  # type: ignore[no-untyped-def]
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill(question)
    box.press("Enter")
    page.locator(".jx-text").filter(has_text=expect).last.wait_for(timeout=120_000)


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """Save a screenshot of the whole page (Streamlit scrolls inside its main container)."""
    height = page.evaluate(
        "() => Math.max(...Array.from(document.querySelectorAll('*'), e => e.scrollHeight))"
    )
    page.set_viewport_size({"width": VIEWPORT["width"], "height": min(max(height, 800) + 40, 8000)})
    page.wait_for_timeout(800)  # let the charts re-lay themselves out at the new size
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)
    page.set_viewport_size(VIEWPORT)


def _cells(page, label: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    page.locator(f"table.jx[aria-label='{label}']").last.wait_for(timeout=120_000)
    rows = page.locator(f"table.jx[aria-label='{label}'] tr")
    return [r.locator("th, td").all_inner_texts() for r in rows.all()]


def test_managers_flow(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    page = context.new_page()
    _overview(page, server)
    rows = _cells(page, "项目概览（按总分从高到低）")
    assert rows[0][:4] == ["排名", "项目", "评级", "总分"] and len(rows) == 8
    totals = [float(r[3]) for r in rows[1:]]
    assert totals == sorted(totals, reverse=True)
    assert page.get_by_text("Deploy", exact=True).count() == 0  # toolbar in minimal mode
    _shot(page, "overview.png")

    name = max(rows[1:], key=lambda r: int(r[7]))[1]  # the project with the most findings
    page.locator("table.jx a", has_text=name).first.click()
    page.locator("h1.jx-title", has_text=name).wait_for(timeout=120_000)
    indicators = _cells(page, "绩效指标")
    assert indicators[0][:3] == ["一级指标", "二级指标", "三级指标"] and indicators[-1][0] == "总分"
    assert page.locator("table.jx[aria-label='项目资金']").count() == 1
    assert page.locator("tr.finding").count() >= 1  # findings sit under the rows they concern
    _shot(page, "project.png")

    box = page.get_by_test_id("stChatInputTextArea")
    box.fill("哪些指标扣了分？")
    box.press("Enter")
    page.get_by_text(f"提问范围：「{name}」", exact=False).first.wait_for(timeout=120_000)
    page.locator(".jx-text").filter(has_text="扣分").last.wait_for(timeout=120_000)
    cited = _cells(page, "引用的表格行")
    assert cited[0][:6] == ["项目", "指标", "目标值", "实际值", "分值", "得分"]
    assert all(r[0] == name for r in cited[1:])

    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="下载 Excel").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    book = openpyxl.load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()))
    ws = book.active
    assert ws is not None
    meta = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, 8)}
    assert meta["问题"] == "哪些指标扣了分？" and "扣分" in meta["答案"] and meta["提问范围"] == name
    assert "7个项目" in meta["语料"] and meta["日期"] is not None
    header = next(r for r in range(1, 12) if ws.cell(r, 1).value == "项目")
    columns = [c.value for c in ws[header]]
    for r in range(header + 1, ws.max_row + 1):
        assert ws.cell(r, 1).value == name
        assert isinstance(ws.cell(r, columns.index("得分") + 1).value, int | float)
    _shot(page, "chat.png")

    page.reload()
    page.get_by_text("语料概览").wait_for(timeout=120_000)
    page.locator(".jx-text").filter(has_text="哪些指标扣了分？").first.wait_for(timeout=120_000)
    assert page.locator("table.jx[aria-label='引用的表格行']").count() == 1
    context.close()


def test_ranking_and_follow_up_in_the_browser(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport=VIEWPORT)
    _open(page, server)
    _to_chat(page)
    started = time.monotonic()
    _ask(page, "哪个项目满意度得分最低？", "满意度指标得分最低的项目是")
    first = time.monotonic() - started
    assert page.get_by_text("上海市大数据资源平台（二期）」：6/10").count() >= 1
    assert len(_cells(page, "引用的表格行")) == 8
    page.get_by_test_id("stVegaLiteChart").first.wait_for(timeout=60_000)
    _ask(page, "为什么？", "扣分原因")
    assert page.get_by_text("未进行充分沟通", exact=False).count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "time-to-first-answer.txt").write_text(f"{first:.2f} s\n")
    page.close()


def test_sessions_keep_their_own_conversations(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    one, two = browser.new_context().new_page(), browser.new_context().new_page()
    for page in (one, two):
        _open(page, server)
        _to_chat(page)
    _ask(one, "政务云那个项目总分多少？", "93.31/100")
    _ask(two, "平均总分", "93.81")
    _ask(one, "它的预算呢？", "40,000,000.00")
    assert two.get_by_text("93.31/100", exact=False).count() == 0
    assert one.get_by_text("93.81", exact=False).count() == 0


@pytest.fixture(scope="module")
def hostile_settings(tmp_path_factory: pytest.TempPathFactory, embedder) -> Settings:  # type: ignore[no-untyped-def]
    from index import ingest

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(hostile_form(), encoding="utf-8")
    settings = Settings(index_dir=folder / "index")
    ingest([folder / "hostile.txt"], settings, embedder=embedder)
    return settings


def _assert_inert(page) -> None:  # type: ignore[no-untyped-def]
    sources = page.eval_on_selector_all("img", "els => els.map(e => e.src)")
    links = page.eval_on_selector_all("a", "els => els.map(e => e.href)")
    assert not [s for s in sources if TRAP in s], sources
    assert not [h for h in links if TRAP in h], links
    assert page.locator("table.jx img, table.jx script, .jx-text img, .jx-text a").count() == 0


def test_a_crafted_form_stays_inert(hostile_settings: Settings, browser) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    with _serve(hostile_settings) as url:
        _overview(page, url)
        assert page.get_by_text(NAME, exact=False).count() >= 1  # shown as text
        _assert_inert(page)
        page.locator("table.jx a").first.click()
        page.locator("h1.jx-title").wait_for(timeout=120_000)
        cells = [c for r in _cells(page, "绩效指标") for c in r]  # rowspans shift the columns
        assert any(c.startswith("+1+1 <script>fetch(") for c in cells) and FORMULA in cells
        _assert_inert(page)
        _shot(page, "crafted-form.png")
        _to_chat(page)
        _ask(page, "恶意样例项目为什么扣分？", "扣分原因")
        _assert_inert(page)
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name="下载引用行 CSV").click()
        text = Path(download.value.path()).read_text(encoding="utf-8-sig")
        cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
        assert "'" + FORMULA in cells and not any(c.startswith(("=", "+", "-", "@")) for c in cells)
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name="下载 Excel").click()
        ws = openpyxl.load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
        assert ws is not None
        formula = [c for row in ws.iter_rows() for c in row if c.value == FORMULA]
        assert formula and all(c.data_type == "s" and c.quotePrefix for c in formula)
        assert not [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert not [r for r in requests if TRAP in r], requests
    context.close()

"""Department scopes: a viewer of department A, through the CLI, the app (AppTest) and the real
browser, gets exactly what a corpus of A's forms alone gives — the same answers, numbers,
citations, refusals and charts, through follow-ups and rankings — and never a number, a
citation, a chart bar, a CSV or Excel row, a suggested question, an overview or sidebar line of
department B's forms; a question about B's project gets the refusal of an unknown project."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from index import Settings, ingest
from index.accounts import add_user
from tests.conftest import backend_env
from tests.corpus_states import ROOT, MemoEmbedder
from tests.scope_corpus import DEPT_A, ScopeCorpus, make_scope_corpus

PASSWORD = "correct horse battery"
APP = str(ROOT / "ui" / "app.py")
CHROMIUM = "/usr/bin/chromium"


@dataclass(frozen=True)
class Scoped:
    corpus: ScopeCorpus
    both: Settings
    only_a: Settings


@pytest.fixture(scope="module")
def scoped(tmp_path_factory: pytest.TempPathFactory, embedder) -> Scoped:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("scope")
    corpus = make_scope_corpus(folder)
    memo = MemoEmbedder(embedder)
    both, only_a = Settings(index_dir=folder / "both-index"), Settings(index_dir=folder / "a-index")
    ingest([corpus.both], both, embedder=memo)  # type: ignore[arg-type]
    ingest([corpus.only_a], only_a, embedder=memo)  # type: ignore[arg-type]
    add_user(both, "viewer-a", PASSWORD, "viewer", [DEPT_A])
    add_user(both, "ada", PASSWORD, "admin")
    return Scoped(corpus, both, only_a)


def _cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    out = subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        env=backend_env(settings),
    )
    assert out.returncode == 0, out.stderr
    return out


def _b_id(scoped: Scoped) -> str:
    """The id of B's first project (as a link to its page would carry it)."""
    from index import load_projects

    return next(p.id for p in load_projects(scoped.both) if p.name == scoped.corpus.b[0].name)


def _leaks(text: str, scoped: Scoped, asked: str = "") -> list[str]:
    """B's words in text, beyond those the user typed (a refusal may repeat the question)."""
    return [w for w in scoped.corpus.b_words() if w in text and w not in asked]


def _answer_leaks(conversations: list[list[dict[str, object]]], scoped: Scoped) -> list[str]:
    return [
        w
        for answers in conversations
        for a in answers
        for w in _leaks(
            json.dumps({k: v for k, v in a.items() if k != "question"}, ensure_ascii=False),
            scoped,
            str(a["question"]),
        )
    ]


def _answers(settings: Settings, batch: Path, *user: str) -> list[list[dict[str, object]]]:
    lines = _cli(settings, "ask", "--json", "--batch", str(batch), *user).stdout.splitlines()
    return [[{k: v for k, v in a.items() if k != "latency_ms"} for a in json.loads(line)] for line in lines]


def test_a_viewer_through_the_cli_sees_only_their_departments_forms(scoped: Scoped, tmp_path: Path) -> None:
    batch = tmp_path / "questions.jsonl"
    batch.write_text(
        "\n".join(json.dumps(c, ensure_ascii=False) for c in scoped.corpus.questions()), encoding="utf-8"
    )
    viewer = _answers(scoped.both, batch, "--user", "viewer-a")
    assert viewer == _answers(scoped.only_a, batch)  # the oracle: A's forms alone
    assert not _answer_leaks(viewer, scoped)
    assert _answer_leaks(_answers(scoped.both, batch), scoped)  # without a scope they do reach B
    [named_b, unknown] = _answers(
        scoped.both,
        _batch(
            tmp_path,
            [scoped.corpus.b[0].name + "的总分"],
            [_unknown_twin(scoped.corpus.b[0].name) + "的总分"],
        ),
        "--user",
        "viewer-a",
    )
    assert named_b[0]["abstained"] and unknown[0]["abstained"]
    assert named_b[0]["route"] == unknown[0]["route"]  # B's project is refused as an unknown one
    exported = json.loads(_cli(scoped.both, "export", "--json", "--user", "viewer-a").stdout)
    assert exported == json.loads(_cli(scoped.only_a, "export", "--json").stdout)
    assert {p["department"] for p in exported} == {DEPT_A}
    report = tmp_path / "report.xlsx"
    _cli(scoped.both, "report", "--out", str(report), "--user", "viewer-a")
    cells = " ".join(
        str(c.value) for ws in openpyxl.load_workbook(report) for row in ws.iter_rows() for c in row
    )
    assert scoped.corpus.a[0].name in cells and not _leaks(cells, scoped)
    log = [json.loads(x) for x in _cli(scoped.both, "audit", "--user", "viewer-a").stdout.splitlines()]
    asked = [e for e in log if e["action"] == "ask"]
    assert len(asked) == sum(len(c) for c in scoped.corpus.questions()) + 2  # and the two just above
    assert asked[0]["question"] == scoped.corpus.questions()[0][0] and asked[0]["cited"]
    assert {e["action"] for e in log} == {"ask", "export", "report"}


def _unknown_twin(name: str) -> str:
    """A name like B's that no form holds: its project code swapped for one nobody has."""
    twin = re.sub(r"[A-Z]{2,}-\d+", "ZZZ-99999", name)
    return twin if twin != name else "未收录的" + name


def _batch(folder: Path, *conversations: list[str]) -> Path:
    path = folder / "more.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in conversations), encoding="utf-8")
    return path


def _sign_in(at: AppTest, user: str, password: str = PASSWORD) -> AppTest:
    at.text_input(key="user_input").set_value(user)
    at.text_input(key="password_input").set_value(password)
    return at.button[0].click().run()


@pytest.fixture
def viewer_app(scoped: Scoped, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    monkeypatch.setenv("JIXIAO_INDEX_DIR", str(scoped.both.index_dir))
    monkeypatch.setenv("JIXIAO_FEEDBACK_LOG", str(tmp_path / "feedback.jsonl"))
    at = AppTest.from_file(APP, default_timeout=180).run()
    assert at.text_input(key="user_input") and not at.main.html  # accounts: nothing before sign-in
    wrong = _sign_in(at, "viewer-a", "wrong password")
    assert wrong.error and wrong.error[0].value.startswith("用户名或密码不正确")
    return _sign_in(wrong, "viewer-a")


def _page_text(at: AppTest) -> str:
    parts = [h.value for h in at.main.html] + [h.value for h in at.sidebar.html]
    parts += [m.value for m in at.markdown] + [b.label for b in at.button] + [c.value for c in at.caption]
    parts += [str(o) for s in at.multiselect for o in s.options]
    return "\n".join(parts)


def test_a_viewer_in_the_app_sees_only_their_departments_forms(viewer_app: AppTest, scoped: Scoped) -> None:
    at = viewer_app
    assert not at.exception and [t.value for t in at.title] == ["项目概览"]
    overview = _page_text(at)
    assert scoped.corpus.a[0].name in overview and not _leaks(overview, scoped)
    assert not at.sidebar.get("file_uploader")  # viewers do not upload
    at = at.switch_page("screens/chat.py").run()
    for question in ("按总分从高到低列出项目", "第二名呢？", "上海市教育委员会有几个项目？"):
        at.chat_input(key="chat_question").set_value(question)
        at = at.run()
    charts = at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    assert charts, "the ranking draws a chart"
    text = _page_text(at) + json.dumps([c.proto.spec for c in charts], ensure_ascii=False)
    assert scoped.corpus.a[0].name in text and not _leaks(text, scoped, "上海市教育委员会有几个项目？")
    from ui import views

    ws = at.session_state["workspace"]
    for turn in ws.turns:
        assert turn.answer is not None and not _leaks(
            views.citations_csv(turn.answer).decode("utf-8-sig"), scoped
        )
    at = at.switch_page("screens/project.py")
    at.query_params["p"] = _b_id(scoped)
    at = at.run()
    assert at.warning and "不在当前语料中" in at.warning[0].value and not _leaks(_page_text(at), scoped)


@pytest.fixture(scope="module")
def served(scoped: Scoped) -> Iterator[str]:
    from tests.appserver import AppInstance

    app = AppInstance(scoped.both, scoped.both.index_dir.parent / "app")
    app.start()
    yield app.url
    app.stop()


@pytest.mark.browser
def test_a_viewer_in_the_browser_sees_only_their_departments_forms(served: str, scoped: Scoped) -> None:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: apt-get install -y chromium fonts-noto-cjk")
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page = context.new_page()
        page.goto(served)
        page.get_by_label("用户名 / User").fill("viewer-a")
        page.get_by_label("密码 / Password").fill(PASSWORD)
        page.get_by_role("button", name="登录 / Sign in").click()
        page.get_by_text("项目概览").first.wait_for(timeout=180_000)
        page.locator("table.jx").first.wait_for(timeout=180_000)
        overview = page.locator("body").inner_text()
        assert scoped.corpus.a[0].name in overview and not _leaks(overview, scoped)
        page.get_by_role("link", name="问答").click()
        box = page.get_by_test_id("stChatInputTextArea")
        for question, shown in (("按总分从高到低列出项目", "按总分从高到低（共"), ("第二名呢？", "排第2")):
            box.wait_for(timeout=180_000)
            box.fill(question)
            box.press("Enter")
            page.get_by_text(shown).last.wait_for(timeout=180_000)
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name="下载引用行 CSV").first.click()
        rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
        assert len(rows) > 2 and all(not _leaks(" ".join(r), scoped) for r in rows)
        chat = page.locator("body").inner_text()
        suggestions = page.get_by_test_id("stSidebar").inner_text()
        assert re.search(r"WJW-\d+", chat) and not _leaks(chat + suggestions, scoped)
        page.goto(f"{served}/project?p={quote(_b_id(scoped), safe='')}")
        page.get_by_text("不在当前语料中").wait_for(timeout=180_000)
        assert not _leaks(page.locator("body").inner_text(), scoped)
        browser.close()

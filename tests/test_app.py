"""The Streamlit app through ``streamlit.testing.v1.AppTest``, against real indexes: the
overview (landing page), the project page, the chat and its scope, uploads, feedback, the
password gate and its throttle, and errors shown as one line."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from bot import Bot
from index import Settings
from index.types import Project
from tests.conftest import SEED
from tests.hostile import FORMULA, NAME, hostile_form
from ui.overview import project_rows

APP = str(Path(__file__).parents[1] / "ui" / "app.py")
CHAT, PROJECT = "screens/chat.py", "screens/project.py"


def _start(settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    monkeypatch.setenv("JIXIAO_INDEX_DIR", str(settings.index_dir))
    monkeypatch.setenv("JIXIAO_FEEDBACK_LOG", str(tmp_path / "feedback.jsonl"))
    return AppTest.from_file(APP, default_timeout=120).run()


@pytest.fixture
def app(seed_settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    return _start(seed_settings, monkeypatch, tmp_path)


@pytest.fixture(scope="module")
def synth_settings(tmp_path_factory: pytest.TempPathFactory, embedder) -> Settings:  # type: ignore[no-untyped-def]
    from eval.synth import generate
    from index import ingest

    folder = tmp_path_factory.mktemp("app-synth")
    generate(16, folder / "forms", seed=3)
    settings = Settings(index_dir=folder / "index")
    ingest([folder / "forms"], settings, embedder=embedder)
    return settings


@pytest.fixture
def projects(seed_bot: Bot) -> Sequence[Project]:
    return seed_bot.corpus.projects


def _chat(at: AppTest) -> AppTest:
    return at.switch_page(CHAT).run()


def _ask(at: AppTest, question: str) -> AppTest:
    at.chat_input(key="chat_question").set_value(question)
    return at.run()


def _html(at: AppTest) -> str:
    return "\n".join(h.value for h in at.main.html)


def _cells(table_html: str) -> list[list[str]]:
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", table_html)
    return [[re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r)] for r in rows]


def test_overview_is_the_landing_page(app: AppTest, projects: Sequence[Project]) -> None:
    assert not app.exception and not app.error
    assert [t.value for t in app.title] == ["项目概览"]
    table = next(h.value for h in app.main.html if "项目概览（按总分从高到低）" in h.value)
    rows = _cells(table)
    assert rows[0][:4] == ["排名", "项目", "评级", "总分"]
    expected = project_rows(projects)
    assert [r[1] for r in rows[1:]] == [r.name for r in expected]
    assert [float(r[3]) for r in rows[1:]] == [r.total for r in expected]
    assert table.count('href="project?p=') == len(projects)
    assert [m.label for m in app.metric] == ["项目", "平均总分", "平均执行率", "检查发现"]
    charts = app.get("arrow_vega_lite_chart") or app.get("vega_lite_chart")
    assert len(charts) == 3
    assert [b.label for b in app.get("download_button")] == ["下载概览 Excel"]
    assert "语料概览" in [h.value for h in app.sidebar.header]


def test_overview_scope_by_year_and_department(
    synth_settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    at = _start(synth_settings, monkeypatch, tmp_path)
    corpus = Bot(synth_settings).corpus
    year = corpus.years[0]
    at = at.sidebar.multiselect[0].select(year).run()
    table = next(h.value for h in at.main.html if "项目概览" in h.value)
    shown = {r[1] for r in _cells(table)[1:]}
    assert shown == {p.name for p in corpus.projects if p.year == year}
    department = sorted({p.department for p in corpus.projects if p.year == year})[0]
    at = at.sidebar.multiselect[1].select(department).run()
    table = next(h.value for h in at.main.html if "项目概览" in h.value)
    assert {r[1] for r in _cells(table)[1:]} == {p.name for p in corpus.select([year], [department])}
    assert f"{year}年度 · {department}" in at.caption[0].value.replace("\\", "")


def test_project_page_draws_the_form(app: AppTest, projects: Sequence[Project]) -> None:
    p = max(projects, key=lambda p: len(p.findings))
    app.query_params["p"] = p.id
    at = app.switch_page(PROJECT).run()
    assert not at.exception and not at.error
    page = _html(at)
    assert f'<h1 class="jx-title">{p.name}</h1>' in page
    for label in ("项目信息", "项目资金", "年度总体目标", "绩效指标"):
        assert f'aria-label="{label}"' in page
    assert page.count('<tr class="lost">') >= sum(r.deduction > 0 for r in p.indicators)
    assert page.count('<tr class="finding">') + page.count("<li>") >= len(p.findings)
    for r in p.indicators:
        assert f"{p.form}:{r.line}" in page


def test_project_page_without_a_project_offers_a_choice(app: AppTest, projects: Sequence[Project]) -> None:
    at = app.switch_page(PROJECT).run()
    box = at.selectbox(key="project_choice")
    assert set(box.options) == {p.name for p in projects}
    at = box.select(projects[2].id).run()
    assert f'<h1 class="jx-title">{projects[2].name}</h1>' in _html(at)


def test_asking_from_the_project_page_scopes_the_chat(app: AppTest, projects: Sequence[Project]) -> None:
    p = next(p for p in projects if any(r.deduction > 0 for r in p.indicators))
    app.query_params["p"] = p.id
    at = app.switch_page(PROJECT).run()
    at.chat_input(key="project_question").set_value("哪些指标扣了分？")
    at = at.run()
    assert [t.value for t in at.title] == ["绩效自评问答"]
    page = _html(at)
    assert f"提问范围：「{p.name}」" in page
    lost = [r for r in p.indicators if r.deduction > 0]
    assert f"共有{len(lost)}个三级指标扣分" in page
    assert all(f"{p.form}:{r.line}" in page for r in lost)
    at = _ask(_chat(at), "为什么？")  # AppTest stays on the page it was switched to last
    assert "扣分原因" in _html(at)
    at = at.button(key="clear_scope").click().run()
    assert "提问范围" not in _html(at)


def test_chat_shows_answer_cited_rows_first_and_chart(app: AppTest) -> None:
    at = _ask(_chat(app), "哪个项目满意度得分最低？")
    assert not at.exception and not at.error
    page = _html(at)
    assert "满意度指标得分最低的项目是" in page and "6/10" in page
    table = next(h.value for h in at.main.html if "引用的表格行" in h.value)
    rows = _cells(table)
    assert rows[0] == ["项目", "指标", "目标值", "实际值", "分值", "得分", "偏差原因", "来源"]
    assert len(rows) == 8 and any(r[7] == f"{SEED.name}:95" for r in rows[1:])
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    assert [b.label for b in at.get("download_button")][:2] == ["下载 Excel", "下载引用行 CSV"]


def test_total_citations_show_only_what_they_hold(app: AppTest) -> None:
    at = _ask(_chat(app), "按总分从高到低列出项目")
    table = next(h.value for h in at.main.html if "引用的表格行" in h.value)
    for row in _cells(table)[1:]:
        assert row[1] == "总分" and row[2] == row[3] == row[6] == "" and row[4] == "100"


def test_interpretation_is_shown_above_the_answer(app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Bot.answer

    def understood(self: Bot, question: str, history: Sequence = (), **scope: object) -> object:  # type: ignore[type-arg]
        answer = real(self, question, history, **scope)  # type: ignore[arg-type]
        return replace(answer, interpretation=f"按总分排序<{answer.route}>")

    monkeypatch.setattr(Bot, "answer", understood)
    at = _ask(_chat(app), "按总分从高到低列出项目")
    first = next(h.value for h in at.main.html if "理解为" in h.value)
    assert first.startswith('<div class="jx-understood">理解为：按总分排序&lt;table&gt;</div>')


def test_follow_up_uses_the_conversation(app: AppTest) -> None:
    at = _ask(_chat(app), "政务云那个项目总分多少？")
    at = _ask(at, "它的预算呢？")
    assert "40,000,000.00" in _html(at)


def test_a_question_typed_while_another_is_answered_is_not_lost(app: AppTest) -> None:
    """Streamlit stops a run when a newer question arrives: the stopped run's question stays
    queued (as it would in the workspace) and is answered first, then the newer one."""
    at = _chat(app)
    at.session_state["workspace"].pending.append("按总分从高到低列出项目")  # the run stopped mid-answer
    at = _ask(at, "第二名呢？")
    ws = at.session_state["workspace"]
    assert [t.asked for t in ws.turns] == ["按总分从高到低列出项目", "第二名呢？"] and not ws.pending
    assert "按总分从高到低排第2的是" in _html(at)


def test_example_question_button(app: AppTest) -> None:
    at = _chat(app)
    button = next(b for b in at.sidebar.button if b.label == "按总分从高到低列出项目")
    at = button.click().run()
    assert "1. 上海市“一网通办”平台信息系统（2021升级改造）：97.93/100" in _html(at)


def test_conversation_exports_appear_once_there_is_a_conversation(app: AppTest) -> None:
    at = _chat(app)
    assert not at.sidebar.get("download_button")
    at = _ask(at, "平均总分")
    assert [b.label for b in at.sidebar.get("download_button")] == ["导出对话 Word", "导出对话 Markdown"]


def test_feedback_is_logged(app: AppTest, tmp_path: Path) -> None:
    at = _ask(_chat(app), "平均总分")
    at.text_input(key="comment_0").set_value("清楚")
    at = at.button(key="up_0").click().run()
    record = json.loads((tmp_path / "feedback.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert record["rating"] == "up" and record["comment"] == "清楚"
    assert record["question"] == "平均总分" and "93.81" in record["answer"] and len(record["citations"]) == 7
    assert "已收到反馈，谢谢。" in [c.value for c in at.caption]


def test_clear_conversation(app: AppTest) -> None:
    at = _ask(_chat(app), "平均总分")
    at = at.button(key="clear").click().run()
    assert "93.81" not in _html(at)


def test_conversation_survives_a_new_session_with_the_same_workspace(app: AppTest) -> None:
    at = _ask(_chat(app), "平均总分")
    ws = at.session_state["workspace"]
    again = AppTest.from_file(APP, default_timeout=120)
    again.session_state["workspace"] = ws  # what the cookie finds on a reload (browser test: a real reload)
    again = _chat(again.run())
    assert "93.81" in _html(again)


def test_a_failing_question_shows_one_line_and_logs_the_traceback(
    app: AppTest, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(self: Bot, question: str, history: Sequence = (), **scope: object) -> object:  # type: ignore[type-arg]
        raise RuntimeError("/srv/secret/index/forms.sqlite is locked")

    at, real = _chat(app), Bot.answer
    monkeypatch.setattr(Bot, "answer", broken)
    with caplog.at_level(logging.ERROR, logger="jixiao.ui"):
        at = _ask(at, "平均总分")
    assert not at.exception
    [error] = [e.value for e in at.error]
    assert error.startswith("出错了：") and error.endswith("已记录") and "secret" not in error
    assert "/srv/secret" in caplog.text and "Traceback" in caplog.text
    monkeypatch.setattr(Bot, "answer", real)
    at = _ask(at, "平均总分")
    assert "93.81" in _html(at) and len(at.error) == 1  # the failed turn stays, the next one works


def test_upload_good_and_bad_files(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, embedder, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from index import ingest

    ingest([SEED], settings, embedder=embedder)
    at = _start(settings, monkeypatch, tmp_path)
    form = "\n".join(SEED.read_text(encoding="utf-8").splitlines()[97:118]).replace(
        "上海市政务云基础设施服务费（预付费）", "测试上传项目"
    )
    at.sidebar.get("file_uploader")[0].set_value(
        [("new.txt", form.encode("utf-8"), "text/plain"), ("bad.txt", b"\x00\x01binary", "text/plain")]
    )
    at = at.run()
    at = at.button(key="ingest_uploads").click().run()
    shown = [m.value.replace("\\", "") for m in (*at.sidebar.success, *at.sidebar.error)]
    assert any("new.txt" in s and "1个项目" in s for s in shown)
    assert any("bad.txt" in e and "binary" in e for e in shown)
    at = _ask(_chat(at), "测试上传项目的总分")
    assert "测试上传项目" in _html(at) and "93.31/100" in _html(at)


def test_form_text_never_becomes_markup(
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    embedder,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from index import ingest

    path = tmp_path / "hostile.txt"
    path.write_text(hostile_form(), encoding="utf-8")
    ingest([path], settings, embedder=embedder)
    at = _start(settings, monkeypatch, tmp_path)
    _assert_inert(at)  # the overview
    project = Bot(settings).corpus.projects[0]
    at.query_params["p"] = project.id
    _assert_inert(at.switch_page(PROJECT).run())
    at = _ask(_chat(at), "恶意样例项目为什么扣分？")
    _assert_inert(at)
    assert NAME in _html(at) and "扣分原因" in _html(at) and FORMULA.replace('"', "&quot;") in _html(at)


def _assert_inert(page: AppTest) -> None:
    assert not page.exception and not page.error
    html = "\n".join(h.value for h in page.html if not h.value.startswith("<script>document.cookie"))
    assert "<img" not in html and "<script" not in html and NAME in html
    assert all(href.startswith("project?p=") for href in re.findall(r'href="([^"]*)"', html))
    for element in [*page.markdown, *page.caption, *page.error, *page.success, *page.title]:
        assert "](" not in element.value.replace("\\]\\(", ""), element.value


def test_password_gate(app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIXIAO_PASSWORD", "s3cret")
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.chat_input and not at.main.html and at.text_input(key="password_input")
    at.text_input(key="password_input").set_value("wrong")
    at = at.button[0].click().run()
    assert at.error and not at.main.html
    at.text_input(key="password_input").set_value("s3cret")
    at = at.button[0].click().run()
    assert not at.error and [t.value for t in at.title] == ["项目概览"]


def test_login_attempts_are_throttled(app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import runtime

    monkeypatch.setenv("JIXIAO_PASSWORD", "s3cret")
    runtime.throttle.clear()  # a fresh throttle for this test's client address
    runtime.throttle().clock = lambda: 1000.0  # frozen: every wait is still pending
    at = AppTest.from_file(APP, default_timeout=120).run()
    messages = []
    for given in ("a", "b", "c", "d", "s3cret"):
        at.text_input(key="password_input").set_value(given)
        at = at.button[0].click().run()
        messages.append(at.error[0].value if at.error else "")
    assert messages[:3] == ["密码不正确 / Wrong password"] * 3
    assert messages[3].startswith("尝试次数过多") and messages[4].startswith("尝试次数过多")
    assert not at.main.html  # even the right password waits
    runtime.throttle.clear()


def test_an_error_before_login_shows_one_line(app: AppTest, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.session import LoginThrottle

    def broken(self: LoginThrottle, keys: object) -> float:
        raise OSError("/srv/secret/throttle.db: disk full")

    monkeypatch.setenv("JIXIAO_PASSWORD", "s3cret")
    monkeypatch.setattr(LoginThrottle, "wait", broken)
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.text_input(key="password_input").set_value("x")
    at = at.button[0].click().run()
    assert not at.exception
    [error] = [e.value for e in at.error]
    assert error.startswith("出错了：") and "secret" not in error and "disk" not in error


def test_first_start_ingests_the_bundled_sample(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from index import index_exists

    monkeypatch.setenv("JIXIAO_INDEX_DIR", str(settings.index_dir))
    assert not index_exists(settings)
    at = AppTest.from_file(APP, default_timeout=300).run()
    assert not at.exception and index_exists(settings)
    assert [t.value for t in at.title] == ["项目概览"]
    at = _ask(_chat(at), "一共几个项目？")
    assert "共有7个项目" in _html(at)

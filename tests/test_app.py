"""The Streamlit app through ``streamlit.testing.v1.AppTest``: chat, citations, chart,
examples, upload, feedback log and the password gate, against the real seed index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from index import Settings
from tests.conftest import SEED

APP = str(Path(__file__).parents[1] / "ui" / "app.py")


@pytest.fixture
def app(seed_settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> AppTest:
    monkeypatch.setenv("JIXIAO_INDEX_DIR", str(seed_settings.index_dir))
    monkeypatch.setenv("JIXIAO_FEEDBACK_LOG", str(tmp_path / "feedback.jsonl"))
    at = AppTest.from_file(APP, default_timeout=120)
    return at.run()


def _ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question)
    return at.run()


def test_chat_shows_answer_citations_and_chart(app: AppTest) -> None:
    at = _ask(app, "哪个项目满意度得分最低？")
    assert not at.exception
    texts = [m.value for m in at.markdown]
    assert any("上海市大数据资源平台（二期）" in t and "6/10" in t for t in texts)
    table = at.main.dataframe[-1].value
    assert list(table.columns)[:4] == ["项目", "一级指标", "二级指标", "三级指标"]
    assert len(table) == 7 and "000_d8c503557bab3801.txt:95" in set(table["来源"])
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    assert at.get("download_button")


def test_follow_up_uses_the_conversation(app: AppTest) -> None:
    at = _ask(app, "政务云那个项目总分多少？")
    at = _ask(at, "它的预算呢？")
    assert any("40,000,000.00" in m.value for m in at.markdown)


def test_example_question_button(app: AppTest) -> None:
    button = next(b for b in app.sidebar.button if b.label == "按总分从高到低列出项目")
    at = button.click().run()
    assert any("1. 上海市“一网通办”平台信息系统（2021升级改造）：97.93/100" in m.value for m in at.markdown)


def test_sidebar_overview_and_findings(app: AppTest) -> None:
    sidebar_text = " ".join(m.value for m in app.sidebar.markdown)
    assert "**7** 个项目" in sidebar_text and "2021" in sidebar_text
    grades = app.sidebar.dataframe[0].value
    assert dict(zip(grades["项目"], grades["评级"], strict=True))["大数据中心管理工作经费"] == "良"
    findings = app.sidebar.dataframe[1].value
    assert "execution_rate" in set(findings["检查"])


def test_feedback_is_logged(app: AppTest, tmp_path: Path) -> None:
    at = _ask(app, "平均总分")
    at.text_input(key="comment_0").set_value("清楚")
    at = at.button(key="up_0").click().run()
    record = json.loads((tmp_path / "feedback.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert record["rating"] == "up" and record["comment"] == "清楚"
    assert record["question"] == "平均总分" and "93.81" in record["answer"] and len(record["citations"]) == 7


def test_clear_conversation(app: AppTest) -> None:
    at = _ask(app, "平均总分")
    at = at.button(key="clear").click().run()
    assert not any("93.81" in m.value for m in at.markdown)


def test_upload_good_and_bad_files(settings: Settings, monkeypatch: pytest.MonkeyPatch, embedder) -> None:  # type: ignore[no-untyped-def]
    from index import ingest

    ingest([SEED], settings, embedder=embedder)
    monkeypatch.setenv("JIXIAO_INDEX_DIR", str(settings.index_dir))
    at = AppTest.from_file(APP, default_timeout=120).run()
    form = "\n".join(SEED.read_text(encoding="utf-8").splitlines()[97:118]).replace(
        "上海市政务云基础设施服务费（预付费）", "测试上传项目"
    )
    at.sidebar.get("file_uploader")[0].set_value(
        [("new.txt", form.encode("utf-8"), "text/plain"), ("bad.txt", b"\x00\x01binary", "text/plain")]
    )
    at = at.run()
    at = at.button(key="ingest_uploads").click().run()
    assert any("new.txt" in s.value and "1个项目" in s.value for s in at.sidebar.success)
    assert any("bad.txt" in e.value and "binary" in e.value for e in at.sidebar.error)
    at = _ask(at, "测试上传项目的总分")
    assert any("测试上传项目" in m.value and "93.31/100" in m.value for m in at.markdown)


def test_password_gate(app: AppTest, monkeypatch: pytest.MonkeyPatch, seed_settings: Settings) -> None:
    monkeypatch.setenv("JIXIAO_PASSWORD", "s3cret")
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.chat_input and at.text_input(key="password_input")
    at = at.text_input(key="password_input").set_value("wrong").run()
    assert at.error and not at.chat_input
    at = at.text_input(key="password_input").set_value("s3cret").run()
    assert at.chat_input


def test_first_start_ingests_the_bundled_sample(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from index import index_exists

    monkeypatch.setenv("JIXIAO_INDEX_DIR", str(settings.index_dir))
    assert not index_exists(settings)
    at = AppTest.from_file(APP, default_timeout=300).run()
    assert not at.exception and index_exists(settings)
    at = _ask(at, "一共几个项目？")
    assert any("共有7个项目" in m.value for m in at.markdown)

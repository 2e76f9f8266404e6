"""The chat page: questions and answers with their cited rows, optionally scoped to one
project. The conversation lives in the server-side workspace, so a reload keeps it."""

from __future__ import annotations

from datetime import datetime

import altair as alt
import streamlit as st

from bot import Bot
from bot.types import Answer
from index import Settings
from index.types import Project
from ui import charts, runtime, views
from ui.document import DOCX_MIME, conversation_docx, conversation_markdown
from ui.export import XLSX_MIME
from ui.markup import escape_markdown, text_html
from ui.session import Turn, Workspace

PLANNERS = {"rules": "规则", "model": "模型"}


def _ask(bot: Bot, ws: Workspace, question: str, scope: Project | None) -> None:
    asked = question.strip()[:2000]
    if not asked:
        ws.answered(None, runtime.workspaces().max_turns)
        return
    scope_id, scope_name = (scope.id, scope.name) if scope else ("", "")
    try:
        with st.spinner("正在回答…"):
            answer = bot.answer(
                asked, ws.answers(), focus=(scope.id,) if scope else (), departments=runtime.scope()
            )
        runtime.record("ask", asked, tuple(c.id for c in answer.citations), f"web: {answer.route}")
        turn = Turn(asked, answer, scope_id, scope_name)
    except Exception as err:  # noqa: BLE001 - one line for the user, the traceback in the log
        turn = Turn(asked, None, scope_id, scope_name, error=runtime.error_line(err, "回答这个问题时"))
    ws.answered(turn, runtime.workspaces().max_turns)  # no Streamlit call since the answer: not interrupted


def _chart(answer: Answer) -> None:
    frame = views.chart_frame(answer)
    if frame is None or answer.chart is None:
        return
    chart = (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X("值:Q", title=answer.chart.metric),
            y=alt.Y("项目:N", sort="-x", title=None),
            color=alt.condition(alt.datum["答案"], alt.value("#d9480f"), alt.value("#4c6ef5")),
            tooltip=["项目", "值"],
        )
        .configure(font=charts.FONT)
    )
    st.altair_chart(chart, width="stretch")


def _feedback(i: int, answer: Answer, ws: Workspace, settings: Settings) -> None:
    if i in ws.feedback:
        st.caption("已收到反馈，谢谢。")
        return
    comment = st.text_input(
        "意见（可选）", key=f"comment_{i}", label_visibility="collapsed", placeholder="意见（可选）"
    )
    up, down, _ = st.columns([1, 1, 4])
    for column, rating, label in ((up, "up", "👍 有帮助"), (down, "down", "👎 没帮助")):
        if column.button(label, key=f"{rating}_{i}"):
            views.log_feedback(settings.feedback_path, views.feedback_record(answer, rating, comment))
            ws.feedback[i] = rating
            st.rerun()


def _downloads(i: int, turn: Turn, corpus: str) -> None:
    answer = turn.answer
    assert answer is not None
    left, right, _ = st.columns([1, 1, 3])
    left.download_button(
        "下载 Excel",
        runtime.audited(
            lambda: views.answer_xlsx(turn, corpus, datetime.now()), "download", f"jixiao-{i + 1}.xlsx"
        ),
        file_name=f"jixiao-{i + 1}.xlsx",
        mime=XLSX_MIME,
        key=f"xlsx_{i}",
        on_click="ignore",
    )
    right.download_button(
        "下载引用行 CSV",
        runtime.audited(lambda: views.citations_csv(answer), "download", f"jixiao-{i + 1}.csv"),
        file_name=f"jixiao-{i + 1}.csv",
        mime="text/csv",
        key=f"csv_{i}",
        on_click="ignore",
    )


def _render(i: int, turn: Turn, ws: Workspace, settings: Settings, corpus: str) -> None:
    with st.chat_message("user"):
        st.html(text_html(turn.asked))
        if turn.scope_name:
            st.caption(escape_markdown(f"范围：「{turn.scope_name}」"))
    with st.chat_message("assistant"):
        answer = turn.answer
        if answer is None:
            st.error(escape_markdown(turn.error))
            return
        st.html(views.answer_html(answer))
        if answer.citations:
            st.html(views.citations_html(answer))
            _chart(answer)
            with st.expander("原始来源行"):
                st.code(views.source_lines(answer), language=None)
            _downloads(i, turn, corpus)
        planner = PLANNERS.get(answer.planner, answer.planner)
        st.caption(f"路线：{answer.route} · 规划：{planner} · {answer.latency_ms:.0f} ms")
        _feedback(i, answer, ws, settings)


def _queue(ws: Workspace, question: str) -> None:
    ws.pending.append(question)


def _sidebar(ws: Workspace, scope: Project | None, corpus: str, examples: tuple[str, ...]) -> None:
    with st.sidebar:
        st.subheader("示例问题")
        examples = views.PROJECT_EXAMPLES if scope else examples
        for i, example in enumerate(examples):
            label = escape_markdown(example)  # a suggested question may hold a project's name
            st.button(label, key=f"example_{i}", width="stretch", on_click=_queue, args=(ws, example))
        st.subheader("对话")
        if ws.turns:
            st.download_button(
                "导出对话 Word",
                runtime.audited(
                    lambda: conversation_docx(list(ws.turns), corpus, datetime.now()),
                    "download",
                    "jixiao-conversation.docx",
                ),
                file_name="jixiao-conversation.docx",
                mime=DOCX_MIME,
                key="conversation_docx",
                on_click="ignore",
                width="stretch",
            )
            st.download_button(
                "导出对话 Markdown",
                runtime.audited(
                    lambda: conversation_markdown(list(ws.turns), corpus, datetime.now()),
                    "download",
                    "jixiao-conversation.md",
                ),
                file_name="jixiao-conversation.md",
                mime="text/markdown",
                key="conversation_md",
                on_click="ignore",
                width="stretch",
            )
        if st.button("清空对话", key="clear", width="stretch"):
            ws.clear()
            st.rerun()


def _scope_banner(ws: Workspace, scope: Project) -> None:
    left, right = st.columns([4, 1])
    left.html(text_html(f"提问范围：「{scope.name}」 — 问题都针对这个项目。", "jx-understood"))
    if right.button("取消范围", key="clear_scope"):
        ws.chat_scope = ""
        st.rerun()
    left.page_link(runtime.PROJECT, label="← 返回项目页", query_params={"p": scope.id})


def render() -> None:
    """Draw the chat page."""
    bot = runtime.bot()
    settings = runtime.settings()
    ws = runtime.workspace()
    corpus = runtime.corpus()
    scope = corpus.by_id.get(ws.chat_scope) if ws.chat_scope else None
    label = views.corpus_label(corpus)
    st.title("绩效自评问答")
    st.caption("问题用中文或英文均可；每个答案下列出它所依据的表格行。")
    if scope:
        _scope_banner(ws, scope)
    placeholder = "就这个项目提问，例如：哪些指标扣了分？" if scope else "例如：哪个项目满意度得分最低？"
    question = st.chat_input(placeholder, key="chat_question")
    if question:
        ws.pending.append(question)
    while ws.pending:  # a run stopped by a newer question left its own in the queue: asked first
        _ask(bot, ws, ws.pending[0], scope)
    _sidebar(ws, scope, label, views.examples(corpus))
    for i, turn in enumerate(list(ws.turns)):
        with runtime.guarded("显示这条回答时"):
            _render(i, turn, ws, settings, label)


render()

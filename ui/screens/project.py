"""The project page: one form drawn as the form, with its findings and source locators, and a
way to ask about it. The project comes from the ``p`` query parameter (its id)."""

from __future__ import annotations

import streamlit as st

from bot.corpus import Corpus
from index.types import Project
from ui import runtime
from ui.markup import escape_html
from ui.overview import project_rows
from ui.project import funds_html, goals_html, header_html, indicators_html, loose_findings_html
from ui.views import PROJECT_EXAMPLES


def _choose(corpus: Corpus) -> Project | None:
    """Let the user pick a project when the URL names none (or one that is gone)."""
    st.title("项目")
    if st.query_params.get("p"):
        st.warning("链接中的项目不在当前语料中（可能已被替换或删除）。请从下面选择。")
    ordered = [r.id for r in project_rows(corpus.projects)]
    if not ordered:
        st.info("还没有导入任何表。")
        return None
    chosen = st.selectbox(
        "选择项目",
        ordered,
        index=None,
        format_func=lambda pid: corpus.by_id[pid].name,
        placeholder="输入名称搜索…",
        key="project_choice",
    )
    if chosen:
        st.query_params["p"] = chosen
        st.rerun()
    return None


def _ask_about(p: Project) -> None:
    ws = runtime.workspace()
    left, right, _ = st.columns([1, 1, 3])
    left.page_link(runtime.OVERVIEW, label="← 返回概览")
    if right.button("就此项目提问 →", key="ask_project", type="primary"):
        ws.chat_scope = p.id
        st.switch_page(runtime.CHAT)
    question = st.chat_input(f"就本项目提问，例如：{PROJECT_EXAMPLES[1]}", key="project_question")
    if question:
        ws.chat_scope = p.id
        ws.pending.append(question)
        st.switch_page(runtime.CHAT)


def render() -> None:
    """Draw the project page."""
    corpus = runtime.corpus()
    p = corpus.by_id.get(st.query_params.get("p", ""))
    if p is None:
        _choose(corpus)
        return
    st.html(f'<h1 class="jx-title">{escape_html(p.name)}</h1>')
    _ask_about(p)
    notes = loose_findings_html(p)
    if notes:
        st.html(notes)
    st.html(header_html(p))
    st.subheader("项目资金")
    st.html(funds_html(p))
    st.subheader("年度总体目标")
    st.html(goals_html(p))
    st.subheader("绩效指标")
    st.html(indicators_html(p))


render()

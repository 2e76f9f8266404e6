"""The web chat for managers (``jixiao ui``). Renders what ``bot`` returns; holds only typed
values (Answer objects) in the session state, one conversation per browser session."""

from __future__ import annotations

import hmac
import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import altair as alt  # noqa: E402
import streamlit as st  # noqa: E402

from bot import Bot  # noqa: E402
from bot.types import Answer  # noqa: E402
from index import SAMPLE_DIR, Settings, index_exists, ingest  # noqa: E402
from index.embed import load_embedder  # noqa: E402
from ui import views  # noqa: E402

st.set_page_config(page_title="绩效自评问答 jixiao", page_icon="📊", layout="wide")


def _settings() -> Settings:
    return Settings()  # cheap; read every rerun so the environment stays the one source


@st.cache_resource
def _bot(index_dir: str) -> Bot:
    settings = _settings()
    return Bot(settings, embedder=load_embedder(settings))


def _password() -> str | None:
    configured = _settings().password
    if configured:
        return configured
    try:
        return str(st.secrets["password"]) if "password" in st.secrets else None
    except Exception:  # noqa: BLE001 - no secrets file is the common case
        return None


def _gate() -> bool:
    secret = _password()
    if not secret or st.session_state.get("authenticated"):
        return True
    st.title("绩效自评问答")
    given = st.text_input("访问密码 / Password", type="password", key="password_input")
    if given:
        if hmac.compare_digest(given, secret):
            st.session_state["authenticated"] = True
            st.rerun()
        st.error("密码不正确 / Wrong password")
    return False


def _first_start(settings: Settings) -> None:
    if st.session_state.get("index_ready") or index_exists(settings):
        st.session_state["index_ready"] = True  # checked once per session, not on every rerun
        return
    with st.status("首次启动：正在导入内置样例表…", expanded=True) as status:
        bar = st.progress(0.0, text="读取表格")

        def progress(stage: str, done: int, total: int) -> None:
            label = "解析表格" if stage == "parse" else "生成向量"
            bar.progress(min(done / max(total, 1), 1.0), text=f"{label} {done}/{total}")

        report = ingest([SAMPLE_DIR], settings, progress=progress, embedder=load_embedder(settings))
        status.update(label=f"已导入 {report.projects} 个项目、{report.indicators} 行指标", state="complete")
    st.session_state["index_ready"] = True


def _sidebar(bot: Bot, settings: Settings) -> None:
    corpus = bot.corpus
    info = views.overview(corpus)
    with st.sidebar:
        st.header("语料概览")
        st.markdown(
            f"**{info.forms}** 个文件 · **{info.projects}** 个项目  \n"
            f"年度：{'、'.join(map(str, info.years)) or '—'}  \n"
            f"部门：{'、'.join(info.departments) or '—'}"
        )
        st.dataframe(info.grades, hide_index=True, width="stretch")
        with st.expander(f"数据质量检查（{len(info.findings)} 条）"):
            st.dataframe(info.findings, hide_index=True, width="stretch")
        st.subheader("示例问题")
        for i, example in enumerate(views.EXAMPLES):
            if st.button(example, key=f"example_{i}", width="stretch"):
                st.session_state["pending"] = example
        st.subheader("上传新表")
        files = st.file_uploader(
            views.UPLOAD_LABEL,
            type=views.UPLOAD_TYPES,
            accept_multiple_files=True,
            key=f"uploader_{st.session_state.get('upload_round', 0)}",
        )
        if files and st.button("导入上传的表", key="ingest_uploads"):
            with st.spinner("正在导入…"):
                results = views.ingest_uploads([(f.name, f.getvalue()) for f in files], settings)
            st.session_state["upload_results"] = results
            st.session_state["upload_round"] = st.session_state.get("upload_round", 0) + 1
            st.rerun()
        for r in st.session_state.get("upload_results", []):
            if r.ok:
                st.success(f"{r.name}：{r.message}，{r.findings} 条检查发现")
            else:
                st.error(f"{r.name}：{r.message}")
        if st.button("清空对话", key="clear"):
            st.session_state["history"] = []
            st.rerun()


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
    )
    st.altair_chart(chart, width="stretch")


def _feedback(i: int, answer: Answer, settings: Settings) -> None:
    done = st.session_state.setdefault("feedback_done", set())
    if i in done:
        st.caption("已收到反馈，谢谢。")
        return
    comment = st.text_input(
        "意见（可选）", key=f"comment_{i}", label_visibility="collapsed", placeholder="意见（可选）"
    )
    up, down, _ = st.columns([1, 1, 4])
    for column, rating, label in ((up, "up", "👍 有帮助"), (down, "down", "👎 没帮助")):
        if column.button(label, key=f"{rating}_{i}"):
            views.log_feedback(settings.feedback_path, views.feedback_record(answer, rating, comment))
            done.add(i)
            st.rerun()


def _render(i: int, answer: Answer, settings: Settings) -> None:
    with st.chat_message("user"):
        st.markdown(answer.question)
    with st.chat_message("assistant"):
        st.markdown(answer.answer.replace("\n", "  \n"))
        if answer.citations:
            st.dataframe(views.citations_frame(answer), hide_index=True, width="stretch")
            _chart(answer)
            with st.expander("原始来源行"):
                st.code(views.source_lines(answer), language=None)
            st.download_button(
                "下载引用行 CSV",
                views.citations_csv(answer),
                file_name=f"jixiao-{i + 1}.csv",
                mime="text/csv",
                key=f"csv_{i}",
            )
        st.caption(f"路线：{answer.route} · {answer.latency_ms:.0f} ms")
        _feedback(i, answer, settings)


def main() -> None:
    """Draw the page."""
    settings = _settings()
    if not _gate():
        return
    _first_start(settings)
    bot = _bot(str(settings.index_dir))
    history: list[Answer] = st.session_state.setdefault("history", [])
    _sidebar(bot, settings)
    st.title("绩效自评问答")
    st.caption("问题用中文或英文均可；每个答案下列出它所依据的表格行。")
    question = st.chat_input("例如：哪个项目满意度得分最低？") or st.session_state.pop("pending", None)
    if question:
        history.append(bot.answer(question, history))
    for i, answer in enumerate(history):
        _render(i, answer, settings)


main()

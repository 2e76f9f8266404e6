"""The managers' workbench (``jixiao ui``): an overview of the projects at the root URL, a page
per project, and the chat. Renders what ``bot`` and ``index`` return; keeps typed values only
(a ``Workspace`` of ``Answer`` objects) per browser session, server-side, found again by a
session cookie after a reload.

Invariants: form text is data (escaped before it reaches the page, ``ui.markup``); no error
shows more than one line, before or after login (``runtime.guarded``); the toolbar is minimal.
"""

from __future__ import annotations

import hmac
import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import streamlit as st  # noqa: E402

from index import SAMPLE_DIR, Settings, accounts, index_exists, ingest  # noqa: E402
from index.embed import load_embedder  # noqa: E402
from ui import runtime, views  # noqa: E402
from ui.markup import CSS, escape_markdown  # noqa: E402
from ui.session import Workspace  # noqa: E402

st.set_page_config(page_title="绩效自评 jixiao", page_icon="📊", layout="wide")
st.set_option("client.toolbarMode", "minimal")
st.set_option("client.showErrorDetails", "none")


def _password() -> str | None:
    configured = runtime.settings().password
    if configured:
        return configured
    try:
        return str(st.secrets["password"]) if "password" in st.secrets else None
    except Exception:  # noqa: BLE001 - no secrets file is the common case
        return None


def _gate(ws: Workspace) -> bool:
    if runtime.accounts_on():
        return _account_gate(ws)
    secret = _password()
    if not secret or ws.authenticated:
        return True
    st.title("绩效自评问答")
    keys = (f"session:{ws.id}", f"address:{runtime.client_address()}")
    throttle = runtime.throttle()
    with st.form("login", clear_on_submit=True):
        given = st.text_input("访问密码 / Password", type="password", key="password_input")
        submitted = st.form_submit_button("登录 / Sign in")
    if not submitted or not given:
        return False
    wait = throttle.wait(keys)
    if wait > 0:
        st.error(f"尝试次数过多，请 {wait:.0f} 秒后再试 / Too many attempts, retry in {wait:.0f} s")
        return False
    if hmac.compare_digest(given.encode(), secret.encode()):
        throttle.succeed(keys[:1])
        runtime.workspaces().rotate(ws)  # a new id once logged in: a planted cookie is worthless
        ws.authenticated = True
        st.rerun()
    throttle.fail(keys)
    st.error("密码不正确 / Wrong password")
    return False


def _account_gate(ws: Workspace) -> bool:
    """Sign in with a user name and password; a session ends on its own (expiry, idleness,
    removal of the user) and the page asks again."""
    if runtime.signed_in(ws) is not None:
        return True
    st.title("绩效自评问答")
    if ws.expired:
        st.info("登录已过期，请重新登录 / Your session ended, please sign in again")
    with st.form("login", clear_on_submit=True):
        name = st.text_input("用户名 / User", key="user_input")
        given = st.text_input("密码 / Password", type="password", key="password_input")
        submitted = st.form_submit_button("登录 / Sign in")
    if not submitted or not name or not given:
        return False
    name = name.strip()[:64]
    keys = (f"session:{ws.id}", f"address:{runtime.client_address()}", f"user:{name}")
    throttle = runtime.throttle()
    wait = throttle.wait(keys)
    if wait > 0:
        st.error(f"尝试次数过多，请 {wait:.0f} 秒后再试 / Too many attempts, retry in {wait:.0f} s")
        return False
    settings = runtime.settings()
    user = accounts.authenticate(settings, name, given)
    if user is None:
        throttle.fail(keys)
        accounts.audit(settings, name, "login_failed", detail=f"address {runtime.client_address()}")
        st.error("用户名或密码不正确 / Wrong user name or password")
        return False
    throttle.succeed((keys[0], keys[2]))
    token = accounts.open_session(settings, user)
    runtime.workspaces().rotate(ws)  # a new id once logged in: a planted cookie is worthless
    ws.login_token = token
    runtime.signed_in(ws)
    accounts.audit(settings, user.name, "login", detail=f"address {runtime.client_address()}")
    runtime.set_login_cookie(token)
    st.rerun()
    return False


def _account(ws: Workspace, settings: Settings) -> None:
    """Who is signed in, what they see, and signing out (accounts mode)."""
    user = ws.user
    if user is None:
        return
    with st.sidebar:
        sees = "全部表" if user.scope is None else "、".join(user.departments)
        st.caption(
            escape_markdown(
                f"已登录：{user.name}（{'管理员' if user.role == 'admin' else '查看者'}）· 可见：{sees}"
            )
        )
        if st.button("退出登录 / Sign out", key="sign_out"):
            accounts.audit(settings, user.name, "logout")
            accounts.close_session(settings, ws.login_token)
            ws.login_token, ws.user = "", None
            ws.clear()
            runtime.set_login_cookie("")
            st.rerun()


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


def _sidebar(settings: Settings) -> None:
    info = views.corpus_info(runtime.corpus())
    with st.sidebar:
        st.header("语料概览")
        st.html(views.corpus_html(info))
        if not runtime.can_upload():
            return
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
            for r in results:
                runtime.record("upload", detail=f"{r.name}: {r.message}")
            st.session_state["upload_results"] = results
            st.session_state["upload_round"] = st.session_state.get("upload_round", 0) + 1
            st.rerun()
        for r in st.session_state.get("upload_results", []):
            if r.ok:
                st.success(escape_markdown(f"{r.name}：{r.message}，{r.findings} 条检查发现"))
            else:
                st.error(escape_markdown(f"{r.name}：{r.message}"))


def _pages() -> list[st.Page]:
    return [
        st.Page(runtime.OVERVIEW, title="概览", icon="📊", default=True),
        st.Page(runtime.PROJECT, title="项目", icon="📄", url_path="project"),
        st.Page(runtime.CHAT, title="问答", icon="💬", url_path="chat"),
    ]


def main() -> None:
    """Draw the app: login when configured, first-start ingest, then the chosen page."""
    st.html(CSS)
    with runtime.guarded("打开页面时"):
        ws = runtime.workspace()
        runtime.keep_cookie(ws)
        if not _gate(ws):
            st.navigation(_pages(), position="hidden")  # keep the requested URL for after login
            return
        settings = runtime.settings()
        if settings.load_sample and runtime.can_upload():
            _first_start(settings)
        page = st.navigation(_pages())
        _account(ws, settings)
        with runtime.guarded("显示这个页面时"):
            page.run()
        _sidebar(settings)


main()

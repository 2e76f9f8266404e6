"""Streamlit glue shared by the entry script and its pages: settings, the process-wide bot and
workspace store, this browser session's workspace, page paths, and the error guard.

Invariants: no traceback, exception text or server path reaches the page: an error becomes one
line ("出错了：…，已记录") with a reference that the server log holds next to the traceback.
The workspace id travels in a session cookie (``ui.session``), never in a URL.
"""

from __future__ import annotations

import logging
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from bot import Bot
from index import Settings
from ui.markup import escape_markdown
from ui.session import COOKIE, LoginThrottle, Workspace, WorkspaceStore

OVERVIEW = "screens/overview.py"
PROJECT = "screens/project.py"
CHAT = "screens/chat.py"

log = logging.getLogger("jixiao.ui")
if not log.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(_handler)
    log.setLevel(logging.INFO)


def settings() -> Settings:
    """Return the settings (cheap; read every run so the environment stays the one source)."""
    return Settings()


@st.cache_resource(show_spinner=False)
def _bot(index_dir: str) -> Bot:
    # The embedding model loads with the first text question (once per process, see
    # ``load_embedder``), not before the first page: the overview and table answers need none.
    return Bot(settings())


def bot() -> Bot:
    """Return the process-wide bot of the configured index."""
    return _bot(str(settings().index_dir.resolve()))


@st.cache_resource(show_spinner=False)
def workspaces() -> WorkspaceStore:
    """Return the process-wide store of workspaces."""
    return WorkspaceStore()


@st.cache_resource(show_spinner=False)
def throttle() -> LoginThrottle:
    """Return the process-wide login throttle."""
    return LoginThrottle()


def _cookie() -> str | None:
    value = st.context.cookies.get(COOKIE)
    return value if isinstance(value, str) else None


def workspace() -> Workspace:
    """Return this browser session's workspace, found again by its cookie after a reload."""
    found = st.session_state.get("workspace")
    if not isinstance(found, Workspace):
        found = workspaces().open(_cookie())
        st.session_state["workspace"] = found
    return found


def keep_cookie(ws: Workspace) -> None:
    """Make the browser hold the workspace id in a session cookie (once per id and session)."""
    if _cookie() == ws.id or st.session_state.get("cookie_sent") == ws.id:
        return
    st.session_state["cookie_sent"] = ws.id
    secure = "(location.protocol === 'https:' ? '; Secure' : '')"
    script = f"<script>document.cookie = '{COOKIE}={ws.id}; path=/; SameSite=Strict' + {secure};</script>"  # the id is [A-Za-z0-9_-] only, minted by WorkspaceStore
    with st.sidebar:
        st.html(script, unsafe_allow_javascript=True)


def client_address() -> str:
    """Return the client's address for throttling ("local" when Streamlit reports none)."""
    try:
        return st.context.ip_address or "local"
    except Exception:  # noqa: BLE001 - outside a served session (tests)
        return "local"


def error_line(err: BaseException, doing: str) -> str:
    """Log the traceback with a reference and return the one line a user sees."""
    ref = secrets.token_hex(4)
    log.error("%s failed [ref %s]", doing, ref, exc_info=err)
    return f"出错了：{doing}发生内部错误（{type(err).__name__}，编号 {ref}），已记录"


@contextmanager
def guarded(doing: str) -> Iterator[None]:
    """Show any error inside as one line and log it; Streamlit's own control flow passes."""
    try:
        yield
    except Exception as err:  # noqa: BLE001 - the whole point: nothing escapes to the page
        st.error(escape_markdown(error_line(err, doing)))

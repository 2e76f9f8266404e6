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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import streamlit as st

from bot import Bot, get_bot
from bot.corpus import Corpus
from index import Settings
from index.accounts import User, accounts_enabled, audit, session_user
from index.errors import StoreUnavailableError
from ui.markup import escape_markdown
from ui.session import COOKIE, LoginThrottle, Workspace, WorkspaceStore

LOGIN_COOKIE = "jixiao_login"
D = TypeVar("D", bytes, str)

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
    # The process-wide bot, shared with the JSON API of ``ui/server.py``.
    return get_bot(settings())


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


def _cookie(name: str = COOKIE) -> str | None:
    value = st.context.cookies.get(name)
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


def accounts_on() -> bool:
    """Whether the deployment has accounts (then everyone signs in with a user name)."""
    return accounts_enabled(settings())


def signed_in(ws: Workspace) -> User | None:
    """The account of this session, checked against the store on every run (a session that
    expired, went idle or whose user was removed signs out); a login cookie from an earlier
    visit, or from another app instance, signs in again."""
    token = ws.login_token or _cookie(LOGIN_COOKIE)
    user = session_user(settings(), token)
    if user is None:
        ws.expired = ws.expired or bool(ws.login_token)
        ws.login_token, ws.user = "", None
        return None
    if ws.user is None or ws.user.name != user.name or ws.user.scope != user.scope:
        ws.clear()  # a conversation never crosses accounts or scopes
        ws.chat_scope, ws.years, ws.departments = "", (), ()
    ws.login_token, ws.user, ws.expired = token or "", user, False
    return user


def set_login_cookie(token: str) -> None:
    """Make the browser hold the login token (empty: forget it) in a session cookie."""
    secure = "(location.protocol === 'https:' ? '; Secure' : '')"
    value = (
        f"{LOGIN_COOKIE}={token}; path=/; SameSite=Strict" if token else f"{LOGIN_COOKIE}=; path=/; max-age=0"
    )
    script = f"<script>document.cookie = '{value}' + {secure};</script>"  # the token is [A-Za-z0-9_-] only
    with st.sidebar:
        st.html(script, unsafe_allow_javascript=True)


def scope() -> frozenset[str] | None:
    """The departments this session may see; None for every form (no accounts, or an admin)."""
    user = workspace().user
    return user.scope if user else None


def corpus() -> Corpus:
    """The corpus this session may see: only its departments' projects for a viewer."""
    return bot().corpus_for(scope())


def can_upload() -> bool:
    """Whether this session may add forms (everyone without accounts; admins with them)."""
    user = workspace().user
    return user.can_upload if user else not accounts_on()


def record(action: str, question: str = "", cited: tuple[str, ...] = (), detail: str = "") -> None:
    """Append to the audit log under the signed-in account (nothing without accounts)."""
    user = workspace().user
    if user is not None:
        audit(settings(), user.name, action, question, cited, detail)


def audited(make: Callable[[], D], action: str, detail: str) -> Callable[[], D]:
    """A download's data function that records the download first (computed on click)."""

    def run() -> D:
        record(action, detail=detail)
        return make()

    return run


def client_address() -> str:
    """Return the client's address for throttling ("local" when Streamlit reports none)."""
    try:
        return st.context.ip_address or "local"
    except Exception:  # noqa: BLE001 - outside a served session (tests)
        return "local"


def error_line(err: BaseException, doing: str) -> str:
    """Log the traceback with a reference and return the one line a user sees."""
    ref = secrets.token_hex(4)
    if isinstance(err, StoreUnavailableError):  # an outage, not a bug: say so and what to do
        log.warning("%s failed [ref %s]: %s", doing, ref, err)
        return unavailable_line(err, ref)
    log.error("%s failed [ref %s]", doing, ref, exc_info=err)
    return f"出错了：{doing}发生内部错误（{type(err).__name__}，编号 {ref}），已记录"


def unavailable_line(err: StoreUnavailableError, ref: str) -> str:
    """The one line shown while the database or the vector server is down."""
    what = "向量库（Chroma 服务）" if "Chroma" in err.what else "表格库（数据库）"
    return f"暂时无法回答：{what}暂时不可用，请稍后再试；恢复后即可正常使用（编号 {ref}）"


@contextmanager
def guarded(doing: str) -> Iterator[None]:
    """Show any error inside as one line and log it; Streamlit's own control flow passes."""
    try:
        yield
    except Exception as err:  # noqa: BLE001 - the whole point: nothing escapes to the page
        st.error(escape_markdown(error_line(err, doing)))

"""The HTTP side of the app, served beside its pages (``ui/server.py``): ``/healthz`` for a
proxy or an orchestrator, and a small JSON API for scripts — ``POST /api/login`` and
``POST /api/ask`` — over the same bot, accounts, department scopes and audit log as the pages.

Invariants: an API request sees exactly what the same account sees on the pages (a viewer's
departments only) and is audited the same way; a conversation belongs to the token that
started it (another token naming its id starts a new one); a store outage answers 503 with
the one-line reason, never a traceback; nothing here renders HTML.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from bot import get_bot
from bot.doctor import health_checks
from bot.types import Answer
from index import Settings, accounts
from index.accounts import User
from index.errors import JixiaoError, StoreUnavailableError
from ui.session import LoginThrottle

MAX_QUESTION = 2000


class ApiError(Exception):
    """A request the API refuses: an HTTP status and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class _Conversation:
    owner: str
    answers: list[Answer] = field(default_factory=list)


class Api:
    """Logins (password mode), conversations and the login throttle of one app process."""

    def __init__(self, max_conversations: int = 2000, max_turns: int = 50) -> None:
        self._conversations: OrderedDict[str, _Conversation] = OrderedDict()
        self._password_tokens: dict[str, float] = {}
        self._max, self._turns = max_conversations, max_turns
        self._lock = threading.Lock()
        self.throttle = LoginThrottle()

    def login(self, settings: Settings, body: dict[str, Any], address: str) -> dict[str, str]:
        """Check a user name and password (or the shared password); return a bearer token."""
        name, given = str(body.get("user") or "")[:64], str(body.get("password") or "")
        keys = (f"address:{address}", f"user:{name}")
        wait = self.throttle.wait(keys)
        if wait > 0:
            raise ApiError(429, f"too many attempts, retry in {wait:.0f} s")
        if accounts.accounts_enabled(settings):
            user = accounts.authenticate(settings, name, given)
            if user is None:
                self.throttle.fail(keys)
                accounts.audit(settings, name, "login_failed", detail=f"api, address {address}")
                raise ApiError(401, "wrong user name or password")
            self.throttle.succeed(keys[1:])
            accounts.audit(settings, user.name, "login", detail=f"api, address {address}")
            return {"token": accounts.open_session(settings, user), "user": user.name, "role": user.role}
        if not settings.password:
            return {"token": "", "user": "", "role": "admin"}
        if not secrets.compare_digest(given.encode(), settings.password.encode()):
            self.throttle.fail(keys)
            raise ApiError(401, "wrong password")
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._password_tokens[token] = time.time() + settings.session_hours * 3600
        return {"token": token, "user": "", "role": "admin"}

    def caller(self, settings: Settings, token: str) -> tuple[str, User | None]:
        """Who a token is: (owner key, account); raise 401 when it is not valid."""
        if accounts.accounts_enabled(settings):
            user = accounts.session_user(settings, token)
            if user is None:
                raise ApiError(401, "sign in first: POST /api/login (the session may have expired)")
            return f"user:{user.name}:{token}", user
        if settings.password:
            with self._lock:
                until = self._password_tokens.get(token, 0.0)
            if until < time.time():
                raise ApiError(401, "sign in first: POST /api/login")
        return f"token:{token}", None

    def ask(self, settings: Settings, token: str, body: dict[str, Any]) -> dict[str, Any]:
        """Answer one question of a conversation (a new one when none or another's is named)."""
        owner, user = self.caller(settings, token)
        question = str(body.get("question") or "").strip()[:MAX_QUESTION]
        if not question:
            raise ApiError(400, 'give {"question": "…"} (and "conversation" to follow up)')
        cid, conversation = self._conversation(owner, str(body.get("conversation") or ""))
        try:
            answer = get_bot(settings).answer(
                question, list(conversation.answers), departments=user.scope if user else None
            )
        except StoreUnavailableError as err:
            raise ApiError(503, str(err)) from err
        except JixiaoError as err:
            raise ApiError(500, str(err)) from err
        if user is not None:
            accounts.audit(
                settings, user.name, "ask", question, [c.id for c in answer.citations], f"api: {answer.route}"
            )
        with self._lock:
            conversation.answers = [*conversation.answers, answer][-self._turns :]
        return {"conversation": cid, **answer.to_json(), "chart": _chart(answer)}

    def _conversation(self, owner: str, wanted: str) -> tuple[str, _Conversation]:
        with self._lock:
            found = self._conversations.get(wanted)
            if found is None or found.owner != owner:
                wanted, found = secrets.token_urlsafe(16), _Conversation(owner)
                self._conversations[wanted] = found
                while len(self._conversations) > self._max:
                    self._conversations.popitem(last=False)
            self._conversations.move_to_end(wanted)
            return wanted, found


def _chart(answer: Answer) -> dict[str, Any] | None:
    if answer.chart is None:
        return None
    bars = [{"label": b.label, "value": b.value, "highlight": b.highlight} for b in answer.chart.bars]
    return {"metric": answer.chart.metric, "unit": answer.chart.unit, "bars": bars}


def health(settings: Settings) -> tuple[int, dict[str, Any]]:
    """The proxy's check: the structured store answers and the vector server (when one is
    configured) beats; 200 when both do, else 503."""
    checks = health_checks(settings)
    ok = all(c.status != "failed" for c in checks)
    return (200 if ok else 503), {"ok": ok, **{c.name: f"{c.status}: {c.detail}" for c in checks}}

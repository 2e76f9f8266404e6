"""What the app keeps per browser session, server-side: the conversation (typed ``Answer``
objects), the chosen scopes and the login, in a ``Workspace`` found again by a random id that
the browser holds in a session cookie — so a reload, or a link from one page to another, finds
the same conversation. Also the login throttle.

Invariants: a workspace id is only ever minted here (a cookie naming an unknown id gets a new
one, so nobody can choose another's id); the store is bounded in workspaces and turns; every
clock is passed in, so tests need no sleep.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from bot.types import Answer
from index.accounts import User

COOKIE = "jixiao_sid"
_ID = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


@dataclass(frozen=True)
class Turn:
    """One question of the conversation and what came of it."""

    asked: str  # what the user typed
    answer: Answer | None  # None when answering failed
    scope_id: str = ""  # the project the question was scoped to, if any
    scope_name: str = ""
    error: str = ""  # the one line shown when answering failed


@dataclass
class Workspace:
    """One browser session's conversation, scopes and login."""

    id: str
    turns: list[Turn] = field(default_factory=list)
    years: tuple[int, ...] = ()
    departments: tuple[str, ...] = ()
    chat_scope: str = ""  # project id the chat is scoped to ("" = whole corpus)
    pending: list[str] = field(default_factory=list)
    """Questions asked and not yet answered, oldest first. A question leaves only when its turn is
    added, so one typed while another is answered (Streamlit stops that run) is not lost."""
    authenticated: bool = False
    user: User | None = None  # the signed-in account (accounts mode)
    login_token: str = ""  # its session token (the login cookie holds it too)
    expired: bool = False  # the account's session ended since the last run
    feedback: dict[int, str] = field(default_factory=dict)  # turn index → rating
    touched: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def answers(self) -> list[Answer]:
        """The answers so far, the history the bot resolves follow-ups against."""
        return [t.answer for t in self.turns if t.answer is not None]

    def add(self, turn: Turn, limit: int) -> None:
        """Append a turn, dropping the oldest beyond limit."""
        with self.lock:
            self.turns.append(turn)
            overflow = len(self.turns) - limit
            if overflow > 0:
                del self.turns[:overflow]
                self.feedback = {i - overflow: r for i, r in self.feedback.items() if i >= overflow}

    def answered(self, turn: Turn | None, limit: int) -> None:
        """Take the oldest pending question off the queue and add its turn (None: nothing to ask)."""
        with self.lock:
            del self.pending[:1]
        if turn is not None:
            self.add(turn, limit)

    def clear(self) -> None:
        """Forget the conversation (scopes and login stay)."""
        with self.lock:
            self.turns.clear()
            self.feedback.clear()


class WorkspaceStore:
    """Workspaces by id, least recently used dropped first, idle ones expired."""

    def __init__(
        self,
        max_workspaces: int = 500,
        max_turns: int = 200,
        idle_seconds: float = 12 * 3600,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_turns = max_turns
        self._max = max_workspaces
        self._idle = idle_seconds
        self._clock = clock
        self._items: OrderedDict[str, Workspace] = OrderedDict()
        self._lock = threading.Lock()

    def open(self, wanted: object) -> Workspace:
        """Return the workspace named by a cookie, or a new one when it is unknown or expired."""
        now = self._clock()
        with self._lock:
            self._expire(now)
            found = self._items.get(wanted) if isinstance(wanted, str) and _ID.match(wanted) else None
            if found is None:
                found = Workspace(id=secrets.token_urlsafe(16))
                self._items[found.id] = found
                while len(self._items) > self._max:
                    self._items.popitem(last=False)
            self._items.move_to_end(found.id)
            found.touched = now
            return found

    def rotate(self, workspace: Workspace) -> Workspace:
        """Give a workspace a new id (after login), keeping its contents."""
        with self._lock:
            self._items.pop(workspace.id, None)
            workspace.id = secrets.token_urlsafe(16)
            self._items[workspace.id] = workspace
            return workspace

    def __len__(self) -> int:
        return len(self._items)

    def _expire(self, now: float) -> None:
        stale = [k for k, w in self._items.items() if now - w.touched > self._idle]
        for key in stale:
            del self._items[key]


class LoginThrottle:
    """Failed logins per key (session, client address): a few are free, then each waits longer.

    After ``free`` failures a key must wait 2, 4, 8 … seconds (at most ``cap``) before the next
    try is even checked; a success clears the session's count.
    """

    def __init__(
        self, free: int = 3, cap: float = 300.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._free = free
        self._cap = cap
        self.clock = clock  # public: a test may freeze it
        self._failures: dict[str, tuple[int, float]] = {}  # key → (count, time of the last one)
        self._lock = threading.Lock()

    def wait(self, keys: Iterable[str]) -> float:
        """Seconds before any of keys may try again (0 when a try is allowed now)."""
        now = self.clock()
        with self._lock:
            return max((self._wait(key, now) for key in keys), default=0.0)

    def _wait(self, key: str, now: float) -> float:
        count, last = self._failures.get(key, (0, 0.0))
        if count < self._free:
            return 0.0
        delay = min(2.0 ** (count - self._free + 1), self._cap)
        return max(0.0, last + delay - now)

    def fail(self, keys: Iterable[str]) -> None:
        """Count a failed try against every key."""
        now = self.clock()
        with self._lock:
            for key in keys:
                count, _ = self._failures.get(key, (0, 0.0))
                self._failures[key] = (count + 1, now)
            if len(self._failures) > 10_000:  # bounded: forget the oldest half
                for key, _ in sorted(self._failures.items(), key=lambda kv: kv[1][1])[:5_000]:
                    del self._failures[key]

    def succeed(self, keys: Iterable[str]) -> None:
        """Clear the count of keys after a successful login."""
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)

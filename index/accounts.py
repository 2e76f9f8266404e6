"""Accounts, login sessions and the audit log, kept in the structured store (SQLite or
PostgreSQL), so every app instance of a deployment sees the same users and sessions.

A user has a role — ``admin`` (uploads forms, sees every form) or ``viewer`` — and the
departments (主管部门 or 实施单位) whose forms a viewer may see: ``User.scope`` is what the bot
restricts answers, pages and downloads to.

Invariants: passwords are stored only as argon2id hashes (argon2-cffi); a login session is a
random token of which only the SHA-256 is stored, ends ``session_hours`` after sign-in or
``session_idle_minutes`` after its last request, and ends at once when its user is removed;
an unknown user costs a login the same hash verification as a wrong password; the audit log
is append-only (who, when, what was asked, which rows were cited).
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import time
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from index.errors import AccountError
from index.settings import Settings
from index.store import SqlStore, open_store

Role = Literal["admin", "viewer"]
ROLES: tuple[Role, ...] = ("admin", "viewer")
_NAME = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
_HASHER = PasswordHasher()
_DUMMY = _HASHER.hash("not a password anyone has")
MIN_PASSWORD = 8


@dataclass(frozen=True)
class User:
    """A person who may sign in."""

    name: str
    role: Role
    departments: tuple[str, ...]
    created_at: str = ""

    @property
    def scope(self) -> frozenset[str] | None:
        """The departments whose forms this user may see; None for every form (admins)."""
        return None if self.role == "admin" else frozenset(self.departments)

    @property
    def can_upload(self) -> bool:
        """Whether the user may add or replace forms."""
        return self.role == "admin"


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log."""

    at: str
    user: str
    action: str
    question: str = ""
    cited: tuple[str, ...] = ()
    detail: str = ""

    def to_json(self) -> dict[str, object]:
        """The entry as a JSON object (``jixiao audit``)."""
        return {
            "at": self.at,
            "user": self.user,
            "action": self.action,
            "question": self.question,
            "cited": list(self.cited),
            "detail": self.detail,
        }


@contextmanager
def _store(settings: Settings) -> Iterator[SqlStore]:
    store = open_store(settings)
    try:
        yield store
    finally:
        store.close()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _user(row: object) -> User:
    r = dict(row)  # type: ignore[call-overload]
    return User(r["name"], r["role"], tuple(json.loads(r["departments"])), r["created_at"])


def add_user(
    settings: Settings,
    name: str,
    password: str,
    role: str,
    departments: Sequence[str] = (),
    replace: bool = False,
) -> User:
    """Add a user (or, with replace, change an existing one's password, role and departments)."""
    if not _NAME.match(name):
        raise AccountError(f"user name {name!r}: use 1–64 letters, digits, '.', '_', '@' or '-'")
    if role not in ROLES:
        raise AccountError(f"role {role!r}: use admin or viewer")
    wanted = tuple(dict.fromkeys(d.strip() for d in departments if d.strip()))
    if role == "viewer" and not wanted:
        raise AccountError(f"viewer {name}: give at least one --department (主管部门 or 实施单位) to see")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"user {name}: the password needs at least {MIN_PASSWORD} characters")
    user = User(name, role, wanted if role == "viewer" else (), _now())  # type: ignore[arg-type]
    with _store(settings) as store, store.transaction():
        exists = store.fetch("SELECT name FROM users WHERE name = ?", (name,))
        if exists and not replace:
            raise AccountError(f"user {name} exists; use --replace to change it")
        store.execute("DELETE FROM sessions WHERE name = ?", (name,))  # a change signs them out
        store.execute("DELETE FROM users WHERE name = ?", (name,))
        store.execute(
            "INSERT INTO users (name, password_hash, role, departments, created_at) VALUES (?, ?, ?, ?, ?)",
            (
                name,
                _HASHER.hash(password),
                role,
                json.dumps(list(user.departments), ensure_ascii=False),
                user.created_at,
            ),
        )
    return user


def list_users(settings: Settings) -> list[User]:
    """Return every user, by name."""
    with _store(settings) as store:
        return [_user(r) for r in store.fetch("SELECT * FROM users ORDER BY name")]


def remove_user(settings: Settings, name: str) -> bool:
    """Remove a user and end their sessions; return whether they existed."""
    with _store(settings) as store, store.transaction():
        found = bool(store.fetch("SELECT name FROM users WHERE name = ?", (name,)))
        store.execute("DELETE FROM sessions WHERE name = ?", (name,))
        store.execute("DELETE FROM users WHERE name = ?", (name,))
    return found


def accounts_enabled(settings: Settings) -> bool:
    """Whether any user exists (then the app asks for a user name and password)."""
    with _store(settings) as store:
        return bool(store.fetch("SELECT name FROM users LIMIT 1"))


def authenticate(settings: Settings, name: str, password: str) -> User | None:
    """Return the user when the password is theirs, else None."""
    with _store(settings) as store:
        rows = store.fetch("SELECT * FROM users WHERE name = ?", (name,))
    stored = str(rows[0]["password_hash"]) if rows else _DUMMY
    try:
        _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    return _user(rows[0]) if rows else None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(settings: Settings, user: User, now: float | None = None) -> str:
    """Start a login session for user; return its token (for the cookie)."""
    at = time.time() if now is None else now
    token = secrets.token_urlsafe(32)
    with _store(settings) as store, store.transaction():
        store.execute("DELETE FROM sessions WHERE expires_at < ? OR seen_at < ?", (at, at - _idle(settings)))
        store.execute(
            "INSERT INTO sessions (token_hash, name, created_at, seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            (_digest(token), user.name, at, at, at + settings.session_hours * 3600),
        )
    return token


def _idle(settings: Settings) -> float:
    return settings.session_idle_minutes * 60


def session_user(settings: Settings, token: str | None, now: float | None = None) -> User | None:
    """Return the user of a live session (and mark it used), or None when it is unknown,
    expired, idle too long, or its user was removed."""
    if not token:
        return None
    at = time.time() if now is None else now
    with _store(settings) as store:
        rows = store.fetch(
            "SELECT u.*, s.seen_at, s.expires_at FROM sessions s JOIN users u ON u.name = s.name "
            "WHERE s.token_hash = ?",
            (_digest(token),),
        )
        if not rows or rows[0]["expires_at"] < at or rows[0]["seen_at"] < at - _idle(settings):
            return None
        if at - rows[0]["seen_at"] > 30:  # one write per half minute at most, not per request
            with store.transaction():
                store.execute("UPDATE sessions SET seen_at = ? WHERE token_hash = ?", (at, _digest(token)))
        return _user(rows[0])


def close_session(settings: Settings, token: str | None) -> None:
    """End a login session (sign out)."""
    if token:
        with _store(settings) as store, store.transaction():
            store.execute("DELETE FROM sessions WHERE token_hash = ?", (_digest(token),))


def audit(
    settings: Settings,
    user: str,
    action: str,
    question: str = "",
    cited: Collection[str] = (),
    detail: str = "",
) -> None:
    """Append one entry to the audit log."""
    with _store(settings) as store, store.transaction():
        store.execute(
            "INSERT INTO audit (at, name, action, question, cited, detail) VALUES (?, ?, ?, ?, ?, ?)",
            (_now(), user, action, question, json.dumps(list(cited), ensure_ascii=False), detail),
        )


def audit_entries(settings: Settings, user: str | None = None, limit: int = 1000) -> list[AuditEntry]:
    """Return the latest entries of the audit log (of one user), oldest first."""
    sql = "SELECT * FROM audit" + (" WHERE name = ?" if user else "") + " ORDER BY id DESC LIMIT ?"
    with _store(settings) as store:
        rows = store.fetch(sql, (user, limit) if user else (limit,))
    return [
        AuditEntry(r["at"], r["name"], r["action"], r["question"], tuple(json.loads(r["cited"])), r["detail"])
        for r in reversed(rows)
    ]

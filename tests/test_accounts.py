"""Accounts on both store backends: users with argon2id hashes, roles and departments, login
sessions that expire (absolute, idle, removal of the user), the audit log, and the
``jixiao user`` commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from index import Settings
from index.accounts import (
    accounts_enabled,
    add_user,
    audit,
    audit_entries,
    authenticate,
    close_session,
    list_users,
    open_session,
    remove_user,
    session_user,
)
from index.errors import AccountError
from tests.conftest import BACKENDS, backend_env, backend_settings
from tests.corpus_states import ROOT

PASSWORD = "correct horse battery"


@pytest.fixture(params=BACKENDS)
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    return backend_settings(request, request.param, tmp_path)


def test_users_are_added_listed_and_removed(settings: Settings) -> None:
    assert not accounts_enabled(settings)
    add_user(settings, "ada", PASSWORD, "admin")
    add_user(
        settings, "li.wei", PASSWORD, "viewer", ["上海市卫生健康委员会", "上海市卫生健康委员会", " 某单位 "]
    )
    users = list_users(settings)
    assert [(u.name, u.role, u.departments) for u in users] == [
        ("ada", "admin", ()),
        ("li.wei", "viewer", ("上海市卫生健康委员会", "某单位")),
    ]
    assert users[0].scope is None and users[1].scope == frozenset({"上海市卫生健康委员会", "某单位"})
    assert accounts_enabled(settings) and remove_user(settings, "ada") and not remove_user(settings, "ada")
    assert [u.name for u in list_users(settings)] == ["li.wei"]


@pytest.mark.parametrize(
    "name,password,role,departments,message",
    [
        ("bad name", PASSWORD, "viewer", ["A"], "user name"),
        ("x", PASSWORD, "owner", ["A"], "role"),
        ("x", PASSWORD, "viewer", [], "at least one --department"),
        ("x", "short", "viewer", ["A"], "at least 8 characters"),
    ],
)
def test_bad_users_are_refused(
    settings: Settings, name: str, password: str, role: str, departments: list[str], message: str
) -> None:
    with pytest.raises(AccountError, match=message):
        add_user(settings, name, password, role, departments)
    assert list_users(settings) == []


def test_passwords_are_hashed_and_checked(settings: Settings) -> None:
    add_user(settings, "li.wei", PASSWORD, "viewer", ["A"])
    from index.store import open_store

    store = open_store(settings)
    try:
        [row] = store.fetch("SELECT password_hash FROM users")
    finally:
        store.close()
    assert row["password_hash"].startswith("$argon2id$") and PASSWORD not in row["password_hash"]
    assert authenticate(settings, "li.wei", PASSWORD) is not None
    assert authenticate(settings, "li.wei", PASSWORD + "!") is None
    assert authenticate(settings, "nobody", PASSWORD) is None
    with pytest.raises(AccountError, match="exists"):
        add_user(settings, "li.wei", "another password", "viewer", ["A"])
    add_user(settings, "li.wei", "another password", "viewer", ["B"], replace=True)
    assert authenticate(settings, "li.wei", PASSWORD) is None
    user = authenticate(settings, "li.wei", "another password")
    assert user is not None and user.departments == ("B",)


@pytest.mark.parametrize(
    "later_minutes,touch_at,alive",
    [
        (1, None, True),
        (119, None, True),  # idle limit 120 minutes
        (121, None, False),
        (121, 60, True),  # used after an hour: idle time counts from then
        (12 * 60 + 1, None, False),  # absolute limit 12 hours, however busy
    ],
)
def test_sessions_expire(settings: Settings, later_minutes: int, touch_at: int | None, alive: bool) -> None:
    user = add_user(settings, "li.wei", PASSWORD, "viewer", ["A"])
    start = 1_000_000.0
    token = open_session(settings, user, now=start)
    if touch_at is not None:
        assert session_user(settings, token, now=start + touch_at * 60) is not None
    found = session_user(settings, token, now=start + later_minutes * 60)
    assert (found is not None) == alive
    if later_minutes > 12 * 60:
        busy = open_session(settings, user, now=start)
        for hour in range(1, 12):
            assert session_user(settings, busy, now=start + hour * 3600) is not None
        assert session_user(settings, busy, now=start + later_minutes * 60) is None


def test_a_session_ends_with_sign_out_or_removal(settings: Settings) -> None:
    user = add_user(settings, "li.wei", PASSWORD, "viewer", ["A"])
    one, two = open_session(settings, user), open_session(settings, user)
    assert session_user(settings, one) == session_user(settings, two) == user
    close_session(settings, one)
    assert session_user(settings, one) is None and session_user(settings, two) is not None
    assert session_user(settings, "made-up-token") is None and session_user(settings, None) is None
    remove_user(settings, "li.wei")
    assert session_user(settings, two) is None


def test_the_audit_log(settings: Settings) -> None:
    audit(settings, "li.wei", "ask", "平均总分", ["a.txt:12", "a.txt:30"], "web: table")
    audit(settings, "ada", "login")
    audit(settings, "li.wei", "download", detail="jixiao-1.csv")
    entries = audit_entries(settings, "li.wei")
    assert [(e.action, e.question, e.cited) for e in entries] == [
        ("ask", "平均总分", ("a.txt:12", "a.txt:30")),
        ("download", "", ()),
    ]
    assert [e.user for e in audit_entries(settings)] == ["li.wei", "ada", "li.wei"]
    assert audit_entries(settings, limit=1)[0].action == "download"


def _cli(settings: Settings, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=backend_env(settings),
    )


def test_user_commands(settings: Settings) -> None:
    added = _cli(
        settings,
        "user",
        "add",
        "li.wei",
        "-d",
        "上海市卫生健康委员会",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert added.returncode == 0, added.stderr
    assert "added viewer li.wei: sees the forms of 上海市卫生健康委员会" in added.stdout
    assert "note: no ingested form names 上海市卫生健康委员会" in added.stdout
    again = _cli(settings, "user", "add", "li.wei", "-d", "X", "--password-stdin", stdin=PASSWORD + "\n")
    assert again.returncode == 2 and "exists" in again.stderr and "Traceback" not in again.stderr
    admin = _cli(settings, "user", "add", "ada", "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")
    assert admin.returncode == 0 and "sees every form" in admin.stdout
    listed = json.loads(_cli(settings, "user", "list", "--json").stdout)
    assert [(u["name"], u["role"], u["departments"]) for u in listed] == [
        ("ada", "admin", []),
        ("li.wei", "viewer", ["上海市卫生健康委员会"]),
    ]
    assert _cli(settings, "user", "remove", "ada").returncode == 0
    gone = _cli(settings, "user", "remove", "ada")
    assert gone.returncode == 1 and "no user ada" in gone.stderr
    assert authenticate(settings, "li.wei", PASSWORD) is not None

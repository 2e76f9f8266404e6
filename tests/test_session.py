"""Workspaces found again by their cookie, bounded and expiring; the login throttle (a fake
clock: no sleeps)."""

from __future__ import annotations

import pytest

from bot.types import Answer
from ui.session import LoginThrottle, Turn, Workspace, WorkspaceStore


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _turn(n: int) -> Turn:
    return Turn(f"q{n}", Answer(question=f"q{n}", answer=f"a{n}", abstained=False, route="table"))


def test_a_cookie_finds_its_workspace_again() -> None:
    store = WorkspaceStore()
    ws = store.open(None)
    ws.add(_turn(1), store.max_turns)
    again = store.open(ws.id)
    assert again is ws and [t.asked for t in again.turns] == ["q1"]
    assert [a.answer for a in again.answers()] == ["a1"]


@pytest.mark.parametrize("cookie", ["", "unknown-but-well-formed-id", "x" * 200, "../../etc", 42, None])
def test_an_unknown_or_malformed_cookie_gets_a_fresh_workspace(cookie: object) -> None:
    store = WorkspaceStore()
    known = store.open(None)
    fresh = store.open(cookie)
    assert fresh is not known and fresh.id != cookie and not fresh.turns


def test_store_drops_least_recently_used_and_idle_workspaces() -> None:
    clock = Clock()
    store = WorkspaceStore(max_workspaces=2, idle_seconds=60, clock=clock)
    a, b = store.open(None), store.open(None)
    store.open(a.id)  # a is now the most recent
    c = store.open(None)
    assert store.open(a.id) is a and store.open(c.id) is c and store.open(b.id) is not b
    clock.now += 61
    assert store.open(a.id) is not a


def test_turns_are_bounded_and_feedback_follows_them() -> None:
    ws = Workspace(id="w" * 22)
    for n in range(5):
        ws.add(_turn(n), limit=3)
        ws.feedback[len(ws.turns) - 1] = f"r{n}"
    assert [t.asked for t in ws.turns] == ["q2", "q3", "q4"]
    assert ws.feedback == {0: "r2", 1: "r3", 2: "r4"}
    ws.clear()
    assert not ws.turns and not ws.feedback


def test_rotate_gives_a_new_id_and_keeps_the_conversation() -> None:
    store = WorkspaceStore()
    ws = store.open(None)
    ws.add(_turn(1), store.max_turns)
    old = ws.id
    store.rotate(ws)
    assert ws.id != old and store.open(ws.id) is ws and store.open(old) is not ws


def test_throttle_lets_a_few_tries_through_then_waits_longer_each_time() -> None:
    clock = Clock()
    throttle = LoginThrottle(free=3, cap=60, clock=clock)
    keys = ("session:s", "address:a")
    waits = []
    for _ in range(8):
        waits.append(throttle.wait(keys))
        throttle.fail(keys)
    assert waits[:4] == [0, 0, 0, 2.0]  # the fourth failure must wait 2 s (checked right away)
    assert throttle.wait(keys) == 60  # capped
    clock.now += 60
    assert throttle.wait(keys) == 0


def test_throttle_counts_per_address_across_sessions() -> None:
    throttle = LoginThrottle(free=2, clock=Clock())
    for n in range(3):  # a new session (no cookie) for every try, same address
        throttle.fail((f"session:{n}", "address:a"))
    assert throttle.wait(("session:new", "address:a")) > 0
    assert throttle.wait(("session:new", "address:b")) == 0


def test_success_clears_the_session_count() -> None:
    throttle = LoginThrottle(free=1, clock=Clock())
    throttle.fail(("session:s",))
    throttle.fail(("session:s",))
    assert throttle.wait(("session:s",)) > 0
    throttle.succeed(("session:s",))
    assert throttle.wait(("session:s",)) == 0

"""Fault injection: a replace-ingest killed at every step of its write (``index.WRITE_STEPS``),
as a killed process (``os._exit`` in a subprocess) and as an exception. After every kill the
readers see the whole state before or after, the start-up reconciliation repairs the stores
with no manual step, and running the ingest again finishes it. ``python -m tests.store_trials``
prints the same checks as a table over more trials."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import WRITE_STEPS
from tests.store_trials import BEFORE_COMMIT, Lab

ORPHANS_LEFT = {  # the kills after which vector records no committed form owns are left over
    "exit": {"vectors_partial", "vectors_written", "rows_written", "committed"},
    "raise": {"committed"},  # before the commit the failed write removes its own records
}


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory, embedder) -> Lab:  # type: ignore[no-untyped-def]
    return Lab(tmp_path_factory.mktemp("kill"), embedder)


@pytest.mark.parametrize("mode", ["exit", "raise"])
@pytest.mark.parametrize("point", WRITE_STEPS)
def test_kill_at_each_step(lab: Lab, point: str, mode: str) -> None:
    trial = lab.trial(point, mode)
    assert trial.state == ("before" if point in BEFORE_COMMIT else "after")
    assert bool(trial.damage.orphans) == (point in ORPHANS_LEFT[mode])
    assert trial.repaired_same and trial.repaired_clean and trial.final_ok


def test_steps_are_the_documented_ones() -> None:
    from index import ingest

    assert ingest.__module__ == "index.ingest"
    doc = (Path(__file__).parents[1] / "index" / "ingest.py").read_text(encoding="utf-8")
    assert all(f"``{step}``" in doc for step in WRITE_STEPS)

"""Kill trials: a replace-ingest (before → after, ``tests.corpus_states``) killed at one step
of its write, then checked with no manual step in between:

1. readers (a new Bot that does not repair) export and answer exactly as "before" or "after";
2. the damage left is measured (``check_index`` without repair);
3. a new Bot repairs the index at start; its export and answers are unchanged and both
   stores agree;
4. the same replace-ingest run again reaches "after", both stores agreeing.

``python -m tests.store_trials --trials 5`` prints the table (kill point × trials × consistent).
A kill is ``os._exit`` in a subprocess (mode ``exit``) or an exception in this process (``raise``).
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import dataclass
from pathlib import Path

from index import WRITE_STEPS, IndexCheck, Settings, check_index, ingest
from tests.corpus_states import (
    MemoEmbedder,
    State,
    copy_index,
    observe,
    run_writer,
    write_after,
    write_before,
)

BEFORE_COMMIT = ("locked", "marked", "vectors_partial", "vectors_written", "rows_written")


class Fault(RuntimeError):
    """The simulated crash of the raise mode."""


@dataclass(frozen=True)
class Trial:
    """The outcome of one kill."""

    point: str
    mode: str
    state: str
    """'before', 'after' or 'neither': what readers saw right after the kill."""
    damage: IndexCheck
    repaired_same: bool
    repaired_clean: bool
    final_ok: bool

    @property
    def expected_state(self) -> str:
        return "before" if self.point in BEFORE_COMMIT else "after"

    @property
    def consistent(self) -> bool:
        """Readers saw one whole state, the repair kept it and cleaned up, the rerun finished."""
        return (
            self.state == self.expected_state and self.repaired_same and self.repaired_clean and self.final_ok
        )


class Lab:
    """A workdir with the before index and the reference states."""

    def __init__(self, workdir: Path, embedder) -> None:  # type: ignore[no-untyped-def]
        self.workdir = workdir
        before_forms = write_before(workdir / "before-forms")
        self.after_forms = write_after(workdir / "after-forms")
        self.embedder = MemoEmbedder(embedder)
        self.embedder.remember([before_forms, self.after_forms])
        self.memo = self.embedder.save(workdir / "memo.npz")
        self.base = workdir / "base"
        out = run_writer(self.base, before_forms, "-", self.memo)
        assert out.returncode == 0, out.stderr
        self.before = observe(
            Settings(index_dir=copy_index(self.base, workdir / "ref-before")), self.embedder
        )
        ref_after = Settings(index_dir=copy_index(self.base, workdir / "ref-after"))
        ingest([self.after_forms], ref_after, embedder=self.embedder, replace=True)  # type: ignore[arg-type]
        self.after = observe(ref_after, self.embedder)
        differ = [b != a for b, a in zip(self.before.answers, self.after.answers, strict=True)]
        assert all(differ) and self.before.export != self.after.export, "the states must be told apart"
        self._n = 0

    def state_of(self, seen: State) -> str:
        return "before" if seen == self.before else "after" if seen == self.after else "neither"

    def trial(self, point: str, mode: str) -> Trial:
        """Kill a replace-ingest at point, then check as the module docstring says."""
        self._n += 1
        settings = Settings(index_dir=copy_index(self.base, self.workdir / f"trial-{self._n}"))
        self._kill(settings, point, mode)
        seen = observe(settings, self.embedder)
        damage = check_index(settings)
        repaired = observe(settings, self.embedder, reconcile=True)
        clean = check_index(settings)
        ingest([self.after_forms], settings, embedder=self.embedder, replace=True)  # type: ignore[arg-type]
        final_ok = observe(settings, self.embedder) == self.after and check_index(settings).consistent
        return Trial(point, mode, self.state_of(seen), damage, repaired == seen, clean.consistent, final_ok)

    def _kill(self, settings: Settings, point: str, mode: str) -> None:
        if mode == "exit":
            out = run_writer(settings.index_dir, self.after_forms, point, self.memo)
            assert out.returncode == 9, (
                f"the writer did not die at {point}: {out.returncode} {out.stderr[-500:]}"
            )
            return

        def fault(step: str) -> None:
            if step == point:
                raise Fault(f"crash at {step}")

        try:
            ingest([self.after_forms], settings, embedder=self.embedder, replace=True, fault=fault)  # type: ignore[arg-type]
        except Exception as err:  # noqa: BLE001 - the crash, or the StoreError wrapping it
            assert "crash at" in str(err), err
        else:
            raise AssertionError(f"the write never reached {point}")


def main() -> None:
    """Print the kill-trial table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=5, help="kills per point and mode")
    parser.add_argument("--modes", default="exit,raise", help="exit, raise or both")
    args = parser.parse_args()
    from index.embed import load_embedder

    embedder = load_embedder(Settings())
    print(
        "| kill point | mode | trials | consistent | readers saw | damage found (orphan / missing records) |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory(prefix="jixiao-kill-") as tmp:
        lab = Lab(Path(tmp), embedder)
        for point in WRITE_STEPS:
            for mode in args.modes.split(","):
                trials = [lab.trial(point, mode) for _ in range(args.trials)]
                states = sorted({t.state for t in trials})
                orphans = sum(n for t in trials for *_, n in t.damage.orphans)
                missing = sum(e - p for t in trials for _, e, p in t.damage.missing)
                print(
                    f"| {point} | {mode} | {len(trials)} | {sum(t.consistent for t in trials)} | "
                    f"{'/'.join(states)} | {orphans} / {missing} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()

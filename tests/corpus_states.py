"""Two states of a small corpus derived from the seed, for the store-consistency tests: a
replace-ingest takes "before" (two forms) to "after" (both forms changed, a third added).

Every question in QUESTIONS has a different answer in the two states, so an answer shows which
state it was read from; ``python -m tests.store_trials`` uses the same states.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tests.conftest import SEED

SPANS = {"ops.txt": (53, 74), "cloud.txt": (98, 118), "mgmt.txt": (120, 140)}
EDITS = {  # the replace: a goal sentence (text route) and a total score (table route)
    "ops.txt": ("总计完成369个工单任务", "总计完成512个工单任务"),
    "cloud.txt": ("93.31", "90.31"),
}
QUESTIONS = ("完成了多少个工单？", "政务云那个项目总分多少？", "一共几个项目？")
ROOT = Path(__file__).parents[1]


def _lines(first: int, last: int) -> str:
    return "\n".join(SEED.read_text(encoding="utf-8").splitlines()[first - 1 : last]) + "\n"


def write_before(folder: Path) -> Path:
    """Write the two forms of the before state into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("ops.txt", "cloud.txt"):
        (folder / name).write_text(_lines(*SPANS[name]), encoding="utf-8")
    return folder


def write_after(folder: Path) -> Path:
    """Write the three forms of the after state into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, span in SPANS.items():
        text = _lines(*span)
        if name in EDITS:
            old, new = EDITS[name]
            assert old in text
            text = text.replace(old, new)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run_writer(index: Path, folder: Path, step: str, memo: Path) -> subprocess.CompletedProcess[str]:
    """Replace-ingest folder in a process of its own (``tests.store_kill``) that dies at step
    ('-': never), with the passage vectors of memo."""
    return subprocess.run(
        [sys.executable, "-m", "tests.store_kill", str(index), str(folder), step, str(memo)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )


class MemoEmbedder:
    """The real embedding model, remembering the vectors of the passages it embedded, so a
    repeated ingest of the same forms computes nothing twice; ``save``/``load`` hand the
    vectors to a writer process, which then needs no model (and asks none for queries)."""

    def __init__(self, model=None, memo: dict[str, np.ndarray] | None = None) -> None:  # type: ignore[no-untyped-def]
        self._model = model
        self._memo = memo or {}

    @property
    def dimension(self) -> int:
        return int(next(iter(self._memo.values())).shape[0]) if self._memo else self._model.dimension

    def embed_passages(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self._memo]
        if todo:
            assert self._model is not None, f"no vector remembered for {todo[0][:40]}"
            self._memo.update(zip(todo, self._model.embed_passages(todo), strict=True))
        if progress:
            progress(len(texts))
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self._memo[t] for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        assert self._model is not None, "a writer process answers no questions"
        return self._model.embed_query(text)

    def remember(self, folders: Sequence[Path]) -> None:
        """Embed every chunk of the forms in folders now."""
        from index import check_paths
        from index.chunk import chunk_project

        self.embed_passages(
            [c.text for f in check_paths(folders) for p in f.projects for c in chunk_project(p)]
        )

    def save(self, path: Path) -> Path:
        texts = list(self._memo)
        np.savez(path, texts=np.array(texts, dtype=object), vectors=np.stack([self._memo[t] for t in texts]))
        return path

    @classmethod
    def load(cls, path: Path) -> MemoEmbedder:
        data = np.load(path, allow_pickle=True)
        return cls(None, dict(zip(data["texts"].tolist(), data["vectors"], strict=True)))


def copy_index(source: Path, target: Path) -> Path:
    """Copy an index folder that no process is writing."""
    shutil.copytree(source, target)
    return target


@dataclass(frozen=True)
class State:
    """What an index in one state exports and answers."""

    export: list[dict[str, object]]
    answers: tuple[str, ...]


def observe(settings, embedder, reconcile: bool = False) -> State:  # type: ignore[no-untyped-def]
    """Export the index and answer QUESTIONS with a new Bot (no start-up repair by default)."""
    from bot import Bot
    from index import export_projects, load_projects

    bot = Bot(settings, embedder=embedder, reconcile=reconcile)
    return State(export_projects(load_projects(settings)), tuple(bot.answer(q).answer for q in QUESTIONS))

"""A replace-ingest that dies at one step of its write, as a killed process does (no cleanup,
no ``finally``): ``python -m tests.store_kill INDEX FOLDER STEP MEMO``. Exits 9 at the step, 3
when the step never came, 0 when STEP is '-' (no kill). Vectors come from MEMO
(``MemoEmbedder.save``: the real model's, computed by the test process)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from index import Settings, ingest
from tests.corpus_states import MemoEmbedder


def main() -> None:
    index, folder, step, memo = sys.argv[1:5]

    def fault(name: str) -> None:
        if name == step:
            os._exit(9)

    embedder = MemoEmbedder.load(Path(memo))
    ingest([Path(folder)], Settings(index_dir=Path(index)), embedder=embedder, replace=True, fault=fault)  # type: ignore[arg-type]
    sys.exit(0 if step == "-" else 3)


if __name__ == "__main__":
    main()

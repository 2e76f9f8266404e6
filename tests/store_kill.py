"""A replace-ingest that dies at one step of its write, as a killed process does (no cleanup,
no ``finally``): ``python -m tests.store_kill INDEX FOLDER STEP MEMO``. Exits 9 at the step, 3
when the step never came, 0 when STEP is '-' (no kill). ``hang:STEP`` instead creates the file
``INDEX.hanging`` at the step and waits there for the test to kill it (SIGKILL). Vectors come
from MEMO (``MemoEmbedder.save``: the real model's, computed by the test process). The store
and the Chroma target come from the environment (``JIXIAO_DATABASE_URL`` …) as in any process."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from index import Settings, ingest
from tests.corpus_states import MemoEmbedder


def main() -> None:
    index, folder, step, memo = sys.argv[1:5]

    def fault(name: str) -> None:
        if name == step:
            os._exit(9)
        if step == f"hang:{name}":
            Path(index + ".hanging").touch()
            time.sleep(3600)

    embedder = MemoEmbedder.load(Path(memo))
    ingest([Path(folder)], Settings(index_dir=Path(index)), embedder=embedder, replace=True, fault=fault)  # type: ignore[arg-type]
    sys.exit(0 if step == "-" else 3)


if __name__ == "__main__":
    main()

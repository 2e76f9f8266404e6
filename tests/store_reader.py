"""A reader process for the concurrency test: ``python -m tests.store_reader INDEX OUT STOP``
answers the state questions in a loop until the file STOP exists, writing one JSON line per
answer (flushed at once, so the writer can count them)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot import Bot
from index import Settings
from tests.corpus_states import QUESTIONS


def main() -> None:
    index, out, stop = (Path(a) for a in sys.argv[1:4])
    bot = Bot(Settings(index_dir=index))
    with out.open("a", encoding="utf-8") as f:
        while not stop.exists():
            for question in QUESTIONS:
                try:
                    record = {"q": question, "a": bot.answer(question).answer}
                except Exception as err:  # noqa: BLE001 - counted as a failure by the test
                    record = {"q": question, "error": repr(err)}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                f.flush()


if __name__ == "__main__":
    main()

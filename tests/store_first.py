"""First questions at once in a fresh process: ``python -m tests.store_first INDEX Q [Q ...]``
builds one Bot (nothing loaded yet: no model, no Chroma client, no retriever), starts one
thread per question behind a barrier and prints the answers (or errors) as a JSON list."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

from bot import Bot
from index import Settings


def main() -> None:
    index, questions = Path(sys.argv[1]), sys.argv[2:]
    bot = Bot(Settings(index_dir=index))
    barrier = threading.Barrier(len(questions))
    out: list[str] = [""] * len(questions)

    def ask(n: int) -> None:
        barrier.wait()
        try:
            out[n] = bot.answer(questions[n]).answer
        except Exception as err:  # noqa: BLE001 - reported to the test
            out[n] = f"ERROR {err!r}"

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(len(questions))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()

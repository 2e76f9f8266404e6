"""Shared deployment: a real ``chroma run`` server on a free loopback port through HttpClient,
restarted mid-session without losing data; concurrent answers equal serial ones."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot import Bot
from index import Settings, ingest
from index.vectors import VectorStore
from tests.conftest import SEED
from tests.servers import ChromaServer


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ChromaServer]:
    srv = ChromaServer(tmp_path / "chroma-data")
    srv.start()
    yield srv
    srv.stop()


def test_server_mode_survives_a_restart(server: ChromaServer, tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(index_dir=tmp_path / "index", chroma_url=server.url)
    report = ingest([SEED], settings, embedder=embedder)
    assert VectorStore(settings).count() == report.chunks
    assert not settings.chroma_path.exists()  # vectors live on the server, not in the index folder
    bot = Bot(settings, embedder=embedder)
    before = [bot.answer(q) for q in ("完成了多少个工单？", "哪个项目满意度得分最低？")]
    assert "369" in before[0].answer and before[0].route == "text"
    server.stop()
    server.start()
    after = [bot.answer(q) for q in ("完成了多少个工单？", "哪个项目满意度得分最低？")]
    assert [a.answer for a in after] == [a.answer for a in before]
    assert VectorStore(settings).count() == report.chunks


def test_concurrent_answers_equal_serial(seed_bot) -> None:  # type: ignore[no-untyped-def]
    questions = [
        "哪个项目满意度得分最低？",
        "完成了多少个工单？",
        "平均总分",
        "政务云那个项目总分多少？",
        "自然人综合库覆盖多少人？",
        "执行率低于90%的项目有哪些？",
        "Which indicator lost the most points?",
        "2020年的总分",
    ] * 3
    serial = [seed_bot.answer(q).answer for q in questions]
    with ThreadPoolExecutor(max_workers=6) as pool:
        parallel = list(pool.map(lambda q: seed_bot.answer(q).answer, questions))
    assert parallel == serial

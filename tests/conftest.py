"""Shared fixtures: every store lives under tmp_path; the seed corpus is indexed once per
session into its own temporary folder and shared read-only by the answering tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from index import SAMPLE_DIR, Settings  # noqa: E402
from index.parse import parse_text  # noqa: E402
from index.types import Project  # noqa: E402

SEED = next(SAMPLE_DIR.glob("*.txt"))
DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIXIAO_INDEX_DIR", str(tmp_path / "index"))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(index_dir=tmp_path / "index")


BACKENDS = ("sqlite", "postgres")
"""The structured-store backends the store tests run on (``backend_settings``)."""


@pytest.fixture(scope="session")
def pg():  # type: ignore[no-untyped-def]
    """A real PostgreSQL server for the session (tests/servers.py); each test takes a fresh schema."""
    from tests.servers import PgServer

    server = PgServer()
    try:
        server.start()
        yield server
    finally:
        server.destroy()


def backend_settings(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Settings:
    """Settings of a fresh, empty index on the given backend: SQLite in tmp_path, or a new
    schema of the session's PostgreSQL server."""
    if backend == "sqlite":
        return Settings(index_dir=tmp_path / "index")
    from tests.servers import PgServer

    server = request.getfixturevalue("pg")
    return Settings(index_dir=tmp_path / "index", database_url=server.url, database_schema=PgServer.schema())


def backend_env(settings: Settings) -> dict[str, str]:
    """The environment a subprocess needs to open the same store as settings."""
    env = {**os.environ, "JIXIAO_INDEX_DIR": str(settings.index_dir)}
    if settings.database_url:
        env |= {
            "JIXIAO_DATABASE_URL": settings.database_url,
            "JIXIAO_DATABASE_SCHEMA": settings.database_schema,
        }
    if settings.chroma_url:
        env |= {"JIXIAO_CHROMA_URL": settings.chroma_url, "JIXIAO_COLLECTION": settings.collection}
    return env


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_projects(seed_text: str) -> list[Project]:
    return parse_text(seed_text, SEED.name)


@pytest.fixture(scope="session")
def form_file(tmp_path_factory: pytest.TempPathFactory, seed_projects: list[Project]):  # type: ignore[no-untyped-def]
    """The seed's forms written as a file of the kind asked for (tests/formfiles.py), made once
    per session: LibreOffice and OCR are slow."""
    from tests.formfiles import make_file

    folder = tmp_path_factory.mktemp("formfiles")
    made: dict[str, Path] = {}
    return lambda kind: make_file(kind, seed_projects, folder, made)


@pytest.fixture(scope="session")
def embedder():  # type: ignore[no-untyped-def]
    from index.embed import load_embedder

    return load_embedder(Settings())


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory: pytest.TempPathFactory, embedder) -> Settings:  # type: ignore[no-untyped-def]
    from index import ingest

    settings = Settings(index_dir=tmp_path_factory.mktemp("seed-index"))
    ingest([SAMPLE_DIR], settings, embedder=embedder)
    return settings


@pytest.fixture(scope="session")
def seed_bot(seed_settings: Settings, embedder):  # type: ignore[no-untyped-def]
    from bot import Bot

    return Bot(seed_settings, embedder=embedder)

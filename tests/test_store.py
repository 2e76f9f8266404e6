"""Form identity, generations and reconciliation against a real store (SQLite and PostgreSQL,
the same tests on both) and a real Chroma collection: names relative to the ingest root, replacing only by choice, repairs of lost or
orphaned vector records (also of an index from before generations), ``jixiao check-index``."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot import Bot
from index import (
    SAMPLE_DIR,
    Settings,
    check_index,
    check_paths,
    export_projects,
    ingest,
    load_projects,
    reconcile,
)
from index.identity import free_name
from index.store import open_store
from index.vectors import VectorStore
from tests.conftest import BACKENDS, SEED, backend_env, backend_settings
from tests.corpus_states import ROOT, MemoEmbedder, write_after, write_before


@pytest.fixture(params=BACKENDS)
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """The same tests on each structured-store backend."""
    return backend_settings(request, request.param, tmp_path)


@pytest.fixture(scope="module")
def memo(embedder, tmp_path_factory: pytest.TempPathFactory) -> MemoEmbedder:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("memo")
    m = MemoEmbedder(embedder)
    m.remember([write_before(folder / "before"), write_after(folder / "after"), SEED])
    return m


def _forms(settings: Settings) -> list[str]:
    return sorted({p.form for p in load_projects(settings)})


def test_same_name_in_two_folders_keeps_both(settings: Settings, memo: MemoEmbedder, tmp_path: Path) -> None:
    root = tmp_path / "forms"
    write_before(root / "2021")
    write_after(root / "2022")
    report = ingest([root], settings, embedder=memo)  # type: ignore[arg-type]
    assert report.forms_added == 5 and report.forms_skipped == 0
    assert _forms(settings) == [
        "2021/cloud.txt",
        "2021/ops.txt",
        "2022/cloud.txt",
        "2022/mgmt.txt",
        "2022/ops.txt",
    ]
    answer = Bot(settings, embedder=memo).answer("哪些项目的总分低于95？")  # type: ignore[arg-type]
    assert {c.form for c in answer.citations} >= {"2021/cloud.txt", "2022/cloud.txt"}


def test_the_sample_keeps_its_form_name(settings: Settings, memo: MemoEmbedder) -> None:
    ingest([SAMPLE_DIR], settings, embedder=memo)  # type: ignore[arg-type]
    again = ingest([SEED], settings, embedder=memo)  # type: ignore[arg-type]
    assert _forms(settings) == [SEED.name] and again.outcomes[0].action == "unchanged"


@pytest.mark.parametrize(
    "replace,forms,action",
    [
        (False, ["ops (2).txt", "ops.txt"], "added"),
        (True, ["ops.txt"], "replaced"),
    ],
)
def test_a_different_file_replaces_only_by_choice(
    settings: Settings, memo: MemoEmbedder, tmp_path: Path, replace: bool, forms: list[str], action: str
) -> None:
    ingest([write_before(tmp_path / "a") / "ops.txt"], settings, embedder=memo)  # type: ignore[arg-type]
    report = ingest([write_after(tmp_path / "b") / "ops.txt"], settings, embedder=memo, replace=replace)  # type: ignore[arg-type]
    assert _forms(settings) == forms and report.outcomes[0].action == action
    assert check_index(settings).consistent and VectorStore(settings).count() == sum(
        r.chunks for r in open_store(settings).form_records()
    )


def test_the_same_content_under_another_name_is_not_stored_twice(
    settings: Settings, memo: MemoEmbedder, tmp_path: Path
) -> None:
    ingest([write_before(tmp_path / "a")], settings, embedder=memo)  # type: ignore[arg-type]
    copy = tmp_path / "b" / "copy.txt"
    copy.parent.mkdir()
    copy.write_bytes((tmp_path / "a" / "ops.txt").read_bytes())
    report = ingest([copy], settings, embedder=memo)  # type: ignore[arg-type]
    assert report.outcomes[0].action == "duplicate" and "ops.txt" in report.outcomes[0].note
    assert _forms(settings) == ["cloud.txt", "ops.txt"]


@pytest.mark.parametrize(
    "name,taken,expected",
    [
        ("a.txt", set(), "a.txt"),
        ("a.txt", {"a.txt"}, "a (2).txt"),
        ("a.txt", {"a.txt", "a (2).txt"}, "a (3).txt"),
        ("2021/a.txt", {"2021/a.txt"}, "2021/a (2).txt"),
    ],
)
def test_free_name(name: str, taken: set[str], expected: str) -> None:
    assert free_name(name, taken) == expected


def _damage(settings: Settings, memo: MemoEmbedder) -> list[str]:
    """Drop half of ops.txt's records and add orphans of a generation nobody committed."""
    store = VectorStore(settings)
    ops = [i for i in store.ids() if "/ops.txt:" in i]
    store.delete(ops[: len(ops) // 2])
    from index.chunk import chunk_project
    from index.vectors import Record

    [cloud] = [p for p in load_projects(settings) if p.form == "cloud.txt"]
    records = [Record(c, "deadbeef", "0" * 64) for c in chunk_project(cloud)]
    store.add(records, memo.embed_passages([r.chunk.text for r in records]))
    return ops


def test_check_index_reports_and_repairs(settings: Settings, memo: MemoEmbedder, tmp_path: Path) -> None:
    ingest([write_before(tmp_path / "forms")], settings, embedder=memo)  # type: ignore[arg-type]
    before = sorted(VectorStore(settings).ids())
    ops = _damage(settings, memo)
    found = check_index(settings)
    assert [(f, g) for f, g, _ in found.orphans] == [("cloud.txt", "deadbeef")]
    assert [(f, e, p) for f, e, p in found.missing] == [("ops.txt", len(ops), len(ops) - len(ops) // 2)]
    fixed = check_index(settings, repair=True, embedder=memo)  # type: ignore[arg-type]
    assert fixed.repaired and check_index(settings).consistent
    assert sorted(VectorStore(settings).ids()) == before


def test_start_of_a_bot_repairs_lost_records(settings: Settings, memo: MemoEmbedder, tmp_path: Path) -> None:
    ingest([write_before(tmp_path / "forms")], settings, embedder=memo)  # type: ignore[arg-type]
    answer = Bot(settings, embedder=memo).answer("完成了多少个工单？").answer  # type: ignore[arg-type]
    store = VectorStore(settings)
    store.delete(store.ids())  # a wiped vector store
    assert Bot(settings, embedder=memo).answer("完成了多少个工单？").answer == answer  # type: ignore[arg-type]
    assert check_index(settings).consistent


def test_an_index_from_before_generations_is_migrated(memo: MemoEmbedder, tmp_path: Path) -> None:
    settings = Settings(index_dir=tmp_path / "index")  # the first release's layout is SQLite's
    ingest([write_before(tmp_path / "forms")], settings, embedder=memo)  # type: ignore[arg-type]
    exported = export_projects(load_projects(settings))
    _make_legacy(settings)
    assert reconcile(settings, memo).repaired  # type: ignore[arg-type]
    assert export_projects(load_projects(settings)) == exported and check_index(settings).consistent
    assert all("/" in i for i in VectorStore(settings).ids())


def _make_legacy(settings: Settings) -> None:
    """Turn the index into the first release's layout: no generations, bare chunk ids."""
    store = VectorStore(settings)
    got = store._col.get(include=["documents", "metadatas", "embeddings"])
    store.delete(got["ids"])
    store._col.add(
        ids=[i.split("/", 1)[1] for i in got["ids"]],
        documents=got["documents"],
        metadatas=[
            {k: v for k, v in m.items() if k not in ("generation", "sha256", "chunk")}
            for m in got["metadatas"]
        ],
        embeddings=got["embeddings"],
    )
    db = sqlite3.connect(settings.sqlite_path)
    db.executescript(
        "ALTER TABLE forms DROP COLUMN generation; ALTER TABLE forms DROP COLUMN chunks; "
        "DROP TABLE meta; PRAGMA user_version = 0;"
    )
    db.close()


def _cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env=backend_env(settings),
    )


def test_check_index_command(settings: Settings, memo: MemoEmbedder, tmp_path: Path) -> None:
    ingest([write_before(tmp_path / "forms")], settings, embedder=memo)  # type: ignore[arg-type]
    _damage(settings, memo)
    index = str(settings.index_dir)
    found = _cli(settings, "check-index", "--index", index)
    assert found.returncode == 1 and "orphan" in found.stdout and "missing: ops.txt" in found.stdout
    repaired = _cli(settings, "check-index", "--repair", "--index", index)
    assert repaired.returncode == 0 and repaired.stdout.rstrip().endswith("repaired"), repaired.stderr
    clean = _cli(settings, "check-index", "--index", index)
    assert clean.returncode == 0 and clean.stdout.rstrip().endswith("consistent")


def test_a_postgres_upgrade_keeps_the_data(pg, memo: MemoEmbedder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from index.postgres import LATEST, PgStore, migrate
    from index.store import FormWrite
    from tests.servers import PgServer

    settings = Settings(index_dir=tmp_path / "index", database_url=pg.url, database_schema=PgServer.schema())
    assert migrate(settings, target=1).applied == ("1: forms, their rows and the store's version",)
    [parsed] = check_paths([SEED])
    old = PgStore(settings, upgrade=False)  # the first release of the schema writes a form
    try:
        assert old.schema_version() == 1
        old.commit_forms([FormWrite(SEED.name, str(SEED), parsed.sha256, "g1", 0, parsed.projects)], "then")
        exported = export_projects(old.projects())
    finally:
        old.close()
    upgraded = _cli(settings, "migrate")
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"schema version 1 → {LATEST}" in upgraded.stdout and "2: accounts" in upgraded.stdout
    assert export_projects(load_projects(settings)) == exported and len(exported) == 7
    again = _cli(settings, "migrate")
    assert again.returncode == 0 and f"schema version {LATEST}, up to date" in again.stdout


def test_a_database_newer_than_the_code_is_refused(pg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    from index.errors import StoreError
    from index.postgres import migrate
    from tests.servers import PgServer

    settings = Settings(index_dir=tmp_path / "index", database_url=pg.url, database_schema=PgServer.schema())
    migrate(settings)
    with psycopg.connect(pg.url, autocommit=True) as conn:
        conn.execute(
            f"INSERT INTO {settings.database_schema}.schema_migrations (version, name) VALUES (99, 'x')"
        )
    with pytest.raises(StoreError, match="newer than this jixiao knows"):
        migrate(settings)

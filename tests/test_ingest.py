"""Ingest into a real SQLite or PostgreSQL store and a real Chroma collection: counts, atomicity,
idempotency — the same tests on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import Settings, export_projects, index_exists, ingest, load_projects
from index.errors import InputError, StoreError
from index.vectors import VectorStore
from tests.conftest import BACKENDS, backend_settings


@pytest.fixture(params=BACKENDS)
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """The same tests on each structured-store backend."""
    return backend_settings(request, request.param, tmp_path)


def _write(path: Path, seed_text: str, start: int, end: int) -> Path:
    path.write_text("\n".join(seed_text.splitlines()[start - 1 : end]), encoding="utf-8")
    return path


@pytest.fixture
def cloud_form(tmp_path: Path, seed_text: str) -> Path:
    return _write(tmp_path / "cloud.txt", seed_text, 98, 118)


@pytest.fixture
def ops_form(tmp_path: Path, seed_text: str) -> Path:
    return _write(tmp_path / "ops.txt", seed_text, 53, 74)


def test_ingest_counts_and_round_trip(settings: Settings, embedder, cloud_form: Path) -> None:  # type: ignore[no-untyped-def]
    report = ingest([cloud_form], settings, embedder=embedder)
    assert (report.forms_added, report.projects, report.indicators) == (1, 1, 5)
    # 1 summary + 2 funds rows + 5 indicators + goal groups
    assert report.chunks == VectorStore(settings).count() >= 8
    [project] = load_projects(settings)
    assert project.name == "上海市政务云基础设施服务费（预付费）"
    assert project.total is not None and project.total.score == 93.31
    assert [f.code for f in project.findings].count("met_target_lost_points") == 3
    exported = export_projects([project])[0]
    assert exported["funds"]["execution_rate"] == 100.0 and exported["line"] == 5


def test_same_file_twice_changes_nothing(settings: Settings, embedder, cloud_form: Path) -> None:  # type: ignore[no-untyped-def]
    first = ingest([cloud_form], settings, embedder=embedder)
    before = (load_projects(settings), VectorStore(settings).count())
    second = ingest([cloud_form, cloud_form], settings, embedder=embedder)
    assert second.forms_skipped == 2 and second.chunks == 0 and first.chunks > 0
    assert (load_projects(settings), VectorStore(settings).count()) == before


def test_changed_file_replaces_its_rows(settings: Settings, embedder, cloud_form: Path) -> None:  # type: ignore[no-untyped-def]
    ingest([cloud_form], settings, embedder=embedder)
    count = VectorStore(settings).count()
    cloud_form.write_text(cloud_form.read_text(encoding="utf-8").replace("93.31", "93.3"), encoding="utf-8")
    report = ingest([cloud_form], settings, embedder=embedder)
    assert report.forms_replaced == 1
    [project] = load_projects(settings)
    assert project.total is not None and project.total.score == 93.3
    assert VectorStore(settings).count() == count
    assert any(f.code == "scores_sum" for f in project.findings)


def test_bad_file_in_batch_leaves_index_intact(
    settings: Settings,
    embedder,
    cloud_form: Path,
    ops_form: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    ingest([cloud_form], settings, embedder=embedder)
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    with pytest.raises(InputError, match="empty.txt"):
        ingest([ops_form, bad], settings, embedder=embedder)
    assert [p.name for p in load_projects(settings)] == ["上海市政务云基础设施服务费（预付费）"]


def test_failed_write_rolls_back_both_stores(
    settings: Settings,
    embedder,
    cloud_form: Path,
    ops_form: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    ingest([cloud_form], settings, embedder=embedder)
    before = (load_projects(settings), VectorStore(settings).count())
    cloud_form.write_text(cloud_form.read_text(encoding="utf-8").replace("93.31", "90"), encoding="utf-8")

    def broken_add(self, chunks, vectors):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(VectorStore, "add", broken_add)
    with pytest.raises(StoreError, match="disk full"):
        ingest([cloud_form, ops_form], settings, embedder=embedder)
    monkeypatch.undo()
    assert (load_projects(settings), VectorStore(settings).count()) == before


def test_no_index_yet(settings: Settings) -> None:
    assert not index_exists(settings)

"""Ingesting form files: read, parse, check, chunk, embed and store.

Invariants:
- a batch is atomic: every file is read and parsed before anything is written, and a failed
  write rolls back both stores, so the index is as it was;
- ingest is idempotent: a file whose name and content were ingested before is skipped, and a
  changed file replaces its old rows and chunks.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from index.check import check_project
from index.chunk import chunk_project
from index.embed import Embedder, load_embedder
from index.errors import StoreError
from index.parse import parse_rows
from index.readers import expand_paths, read_rows
from index.settings import Settings
from index.store import Store
from index.types import Chunk, Finding, IngestReport, ParsedFile, Project
from index.vectors import VectorStore

Progress = Callable[[str, int, int], None]
"""Called as progress(stage, done, total) with stage 'parse' or 'embed'."""


def parse_file(path: Path) -> ParsedFile:
    """Read, parse and check one file of any reader's format; raise InputError naming the file
    and where in it (sheet or page, line)."""
    rows, sha = read_rows(path)
    projects = parse_rows(rows, path.name)
    return ParsedFile(str(path), path.name, sha, tuple(check_project(p) for p in projects))


def check_paths(paths: Iterable[Path]) -> list[ParsedFile]:
    """Parse and check files without storing them."""
    return [parse_file(p) for p in expand_paths(paths)]


def ingest(
    paths: Iterable[Path],
    settings: Settings,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
) -> IngestReport:
    """Ingest files and folders into the index described by settings."""
    started = time.perf_counter()
    files = list(expand_paths(paths))
    store = Store(settings.sqlite_path)
    try:
        parsed: list[ParsedFile] = []
        for n, path in enumerate(files, start=1):
            parsed.append(parse_file(path))
            if progress:
                progress("parse", n, len(files))
        changed = [p for p in _latest(parsed) if store.form_hash(p.form) != p.sha256]
        replaced = sum(1 for p in changed if store.form_hash(p.form) is not None)
        parse_seconds = time.perf_counter() - started
        chunks = [c for p in changed for project in p.projects for c in chunk_project(project)]
        embed_started = time.perf_counter()
        vectors = np.zeros((0, 0), dtype=np.float32)
        if chunks:
            embedder = embedder or load_embedder(settings)
            done = 0

            def step(n: int) -> None:
                nonlocal done
                done += n
                if progress:
                    progress("embed", done, len(chunks))

            vectors = embedder.embed_passages([c.text for c in chunks], step)
        embed_seconds = time.perf_counter() - embed_started
        if changed:
            _write(store, VectorStore(settings), changed, chunks, vectors)
    finally:
        store.close()
    projects = [pr for p in changed for pr in p.projects]
    return IngestReport(
        files=len(files),
        forms_added=len(changed) - replaced,
        forms_replaced=replaced,
        forms_skipped=len(files) - len(changed),
        projects=len(projects),
        indicators=sum(len(p.indicators) for p in projects),
        chunks=len(chunks),
        findings=sum(len(p.findings) for p in projects),
        seconds=time.perf_counter() - started,
        parse_seconds=parse_seconds,
        embed_seconds=embed_seconds,
        store_seconds=time.perf_counter() - embed_started - embed_seconds,
        findings_by_form=_findings(parsed),
    )


def _latest(parsed: list[ParsedFile]) -> list[ParsedFile]:
    """Keep the last file of each name (the same file named twice counts once)."""
    return list({p.form: p for p in parsed}.values())


def _findings(parsed: list[ParsedFile]) -> dict[str, list[Finding]]:
    return {p.form: [f for pr in p.projects for f in pr.findings] for p in parsed}


def _write(
    store: Store, vectors: VectorStore, changed: list[ParsedFile], chunks: list[Chunk], embedded: np.ndarray
) -> None:
    forms = [p.form for p in changed]
    snap = vectors.snapshot(forms)
    when = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        with store.transaction():
            for p in changed:
                store.replace_form(p, when)
            vectors.delete_forms(forms)
            vectors.add(chunks, embedded)
    except Exception as err:
        try:
            vectors.restore(snap, [c.id for c in chunks])
        except Exception as undo:  # noqa: BLE001
            raise StoreError(
                f"write failed ({err}) and the vector store could not be restored: {undo}"
            ) from err
        if isinstance(err, StoreError):
            raise
        raise StoreError(f"write failed, index left as it was: {err}") from err


def load_projects(settings: Settings, departments: bool = False) -> list[Project]:
    """Return every ingested project (with department-level forms too when asked)."""
    return [p for p in load_records(settings) if departments or p.kind == "project"]


def load_records(settings: Settings) -> list[Project]:
    """Return every ingested record: project forms and department-level forms."""
    store = Store(settings.sqlite_path)
    try:
        return store.projects()
    finally:
        store.close()


def form_files(settings: Settings) -> list[tuple[str, str, str]]:
    """Return (form name, path when ingested, SHA-256) of every ingested file."""
    if not settings.sqlite_path.exists():
        return []
    store = Store(settings.sqlite_path)
    try:
        return store.form_records()
    finally:
        store.close()


def index_exists(settings: Settings) -> bool:
    """Return whether an index with at least one form exists."""
    if not settings.sqlite_path.exists():
        return False
    store = Store(settings.sqlite_path)
    try:
        return bool(store.forms())
    finally:
        store.close()

"""Ingesting form files: read, parse, check, chunk, embed and store.

Invariants:
- a batch is atomic: every file is read and parsed before anything is written; readers see
  either the index before the batch or after it, never a mix (see ``_write``);
- ingest is idempotent: a file whose content is stored is skipped; a changed file replaces
  its form; a different file never replaces a form silently (see ``index.identity``);
- one writer at a time (the store's writer lock); each ingest first repairs what a killed
  writer left behind and checks both stores agree when it is done.

The write of a batch, step by step (the names are passed to ``fault``, a seam for tests):
``locked`` writer lock held → ``marked`` dirty flag committed → new records written to the
vector store under new generations (``vectors_partial`` between forms, ``vectors_written``
after) → rows replaced and generations flipped in one transaction (``rows_written`` just
before its commit) → ``committed`` → old generations deleted → ``collected`` → flag cleared.
Before the commit readers see the old rows and only old records; after it, the new ones.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

import numpy as np

from index.check import check_project
from index.chunk import chunk_project
from index.embed import Embedder, load_embedder
from index.errors import StoreError
from index.identity import Decision, decide, form_sources
from index.parse import parse_rows
from index.readers import read_rows
from index.reconcile import reconcile_locked
from index.settings import Settings
from index.store import FormStore, FormWrite, StoreSnapshot, open_store, read_version, store_exists
from index.types import Finding, IngestReport, ParsedFile, Project
from index.vectors import Record, VectorStore

Progress = Callable[[str, int, int], None]
"""Called as progress(stage, done, total) with stage 'parse' or 'embed'."""
Fault = Callable[[str], None]
"""Called with each step of the write (``WRITE_STEPS``); raise or exit to simulate a crash."""
WRITE_STEPS = (
    "locked",
    "marked",
    "vectors_partial",
    "vectors_written",
    "rows_written",
    "committed",
    "collected",
)

log = logging.getLogger(__name__)


def parse_file(path: Path, form: str | None = None) -> ParsedFile:
    """Read, parse and check one file of any reader's format, named form (default: its file
    name); raise InputError naming the file and where in it (sheet or page, line)."""
    rows, sha = read_rows(path)
    name = form or path.name
    projects = parse_rows(rows, name)
    return ParsedFile(str(path.resolve()), name, sha, tuple(check_project(p) for p in projects))


def check_paths(paths: Iterable[Path]) -> list[ParsedFile]:
    """Parse and check files without storing them."""
    return [parse_file(path, form) for path, form in form_sources(paths)]


def ingest(
    paths: Iterable[Path],
    settings: Settings,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
    *,
    replace: bool = False,
    fault: Fault | None = None,
) -> IngestReport:
    """Ingest files and folders into the index described by settings.

    Args:
        replace: a file whose form name belongs to a form read from another file replaces
            that form; by default it is stored under a free name ("a (2).txt").
        fault: called with the name of each step of the write (tests inject crashes here).
    """
    return ingest_files(list(form_sources(paths)), settings, progress, embedder, replace=replace, fault=fault)


def ingest_files(
    sources: list[tuple[Path, str]],
    settings: Settings,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
    *,
    replace: bool = False,
    fault: Fault | None = None,
) -> IngestReport:
    """Ingest (file, form name) pairs; see ``ingest``."""
    started = time.perf_counter()
    parsed: list[ParsedFile] = []
    for n, (path, form) in enumerate(sources, start=1):
        parsed.append(parse_file(path, form))
        if progress:
            progress("parse", n, len(sources))
    parse_seconds = time.perf_counter() - started
    hook = fault or (lambda step: None)
    models = _Models(settings, embedder)
    store = open_store(settings)
    try:
        with store.write_lock():
            hook("locked")
            vectors = VectorStore(settings, fresh=True)
            reconcile_locked(store, vectors, models.get)
            decisions = decide(parsed, store.form_records(), replace)
            writes = [d for d in decisions if d.writes]
            embed_started = time.perf_counter()
            records = _records(writes)
            embedded = _embed(records, models, progress)
            embed_seconds = time.perf_counter() - embed_started
            if writes:
                _write(store, vectors, writes, records, embedded, hook)
                reconcile_locked(store, vectors, models.get)
    finally:
        store.close()
    projects = [pr for d in writes for pr in d.parsed.projects]
    return IngestReport(
        files=len(sources),
        forms_added=sum(d.outcome.action == "added" for d in writes),
        forms_replaced=sum(d.outcome.action == "replaced" for d in writes),
        forms_skipped=len(sources) - len(writes),
        projects=len(projects),
        indicators=sum(len(p.indicators) for p in projects),
        chunks=sum(len(r) for r in records.values()),
        findings=sum(len(p.findings) for p in projects),
        seconds=time.perf_counter() - started,
        parse_seconds=parse_seconds,
        embed_seconds=embed_seconds,
        store_seconds=time.perf_counter() - embed_started - embed_seconds,
        findings_by_form=_findings(parsed),
        outcomes=tuple(d.outcome for d in decisions),
    )


class _Models:
    """The embedding model, loaded on first need."""

    def __init__(self, settings: Settings, embedder: Embedder | None) -> None:
        self._settings, self._embedder = settings, embedder

    def get(self) -> Embedder:
        if self._embedder is None:
            self._embedder = load_embedder(self._settings)
        return self._embedder


def _records(writes: list[Decision]) -> dict[str, list[Record]]:
    """The records of each written form, under a new generation per form."""
    out = {}
    for d in writes:
        generation = secrets.token_hex(8)
        out[d.outcome.form] = [
            Record(c, generation, d.parsed.sha256) for p in d.parsed.projects for c in chunk_project(p)
        ]
    return out


def _embed(records: dict[str, list[Record]], models: _Models, progress: Progress | None) -> np.ndarray:
    texts = [r.chunk.text for rs in records.values() for r in rs]
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress("embed", done, len(texts))

    return models.get().embed_passages(texts, step)


def _findings(parsed: list[ParsedFile]) -> dict[str, list[Finding]]:
    return {p.form: [f for pr in p.projects for f in pr.findings] for p in parsed}


def _write(
    store: FormStore,
    vectors: VectorStore,
    writes: list[Decision],
    records: dict[str, list[Record]],
    embedded: np.ndarray,
    hook: Fault,
) -> None:
    """Write new generations, flip them in one commit, then delete the old ones."""
    store.set_dirty(True)
    hook("marked")
    added: list[str] = []
    try:
        start = 0
        for n, d in enumerate(writes):
            batch = records[d.outcome.form]
            added += [r.id for r in batch]
            vectors.add(batch, embedded[start : start + len(batch)])
            start += len(batch)
            if n < len(writes) - 1:
                hook("vectors_partial")
        hook("vectors_written")
        when = datetime.now(UTC).isoformat(timespec="seconds")
        store.commit_forms([_form_write(d, records) for d in writes], when, hook)
    except Exception as err:
        _undo(store, vectors, added, err)
    hook("committed")
    try:
        for d in writes:
            if d.previous is not None:
                vectors.delete_generation(d.previous.form, d.previous.generation)
    except StoreError as err:  # the batch is in; reconciliation removes the rest later
        log.warning("old records left for reconciliation: %s", err)
        return
    hook("collected")
    store.set_dirty(False)


def _form_write(d: Decision, records: dict[str, list[Record]]) -> FormWrite:
    batch = records[d.outcome.form]
    generation = batch[0].generation if batch else secrets.token_hex(8)
    p = d.parsed
    return FormWrite(d.outcome.form, p.path, p.sha256, generation, len(batch), p.projects)


def _undo(store: FormStore, vectors: VectorStore, added: list[str], err: Exception) -> NoReturn:
    """Remove the records of a write that failed before its commit, then re-raise."""
    try:
        vectors.delete(added)
        store.set_dirty(False)
    except Exception as undo:  # noqa: BLE001 - reported with the cause; reconciliation finishes it
        raise StoreError(f"write failed ({err}); the index was left for reconciliation: {undo}") from err
    if isinstance(err, StoreError):
        raise err
    raise StoreError(f"write failed, index left as it was: {err}") from err


def load_projects(settings: Settings, departments: bool = False) -> list[Project]:
    """Return every ingested project (with department-level forms too when asked)."""
    return [p for p in load_records(settings) if departments or p.kind == "project"]


def load_records(settings: Settings) -> list[Project]:
    """Return every ingested record: project forms and department-level forms."""
    store = open_store(settings)
    try:
        return store.projects()
    finally:
        store.close()


def load_snapshot(settings: Settings) -> StoreSnapshot | None:
    """Return the committed state readers use (version, flag, generations, projects), or
    None when there is no index."""
    if read_version(settings) is None:
        return None
    store = open_store(settings)
    try:
        return store.snapshot()
    finally:
        store.close()


def form_files(settings: Settings) -> list[tuple[str, str, str]]:
    """Return (form name, path when ingested, SHA-256) of every ingested file."""
    if not store_exists(settings):
        return []
    store = open_store(settings)
    try:
        return [(r.form, r.path, r.sha256) for r in store.form_records()]
    finally:
        store.close()


def index_exists(settings: Settings) -> bool:
    """Return whether an index with at least one form exists."""
    if not store_exists(settings):
        return False
    store = open_store(settings)
    try:
        return bool(store.form_records())
    finally:
        store.close()

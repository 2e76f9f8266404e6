"""Reconciliation: make the vector store agree with the structured store.

The structured store is the truth. A vector record whose (form, generation) pair is not
committed there is an orphan — a write killed before its commit, the old generation of a
replaced form killed before its removal, or a record from before generations — and is deleted.
A committed form with fewer or other records than its chunks (a wiped or lost vector store,
an index from before generations) is re-embedded under its committed generation.

Invariants: repairs run only under the writer lock, with a freshly opened collection; the
check is cheap when nothing is wrong (dirty flag clear, record count as expected); a repair
sets the dirty flag first and clears it last, so readers filter by committed generations while
it runs and reopen their clients after it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from index.chunk import chunk_project
from index.embed import Embedder, load_embedder
from index.settings import Settings
from index.store import FormRecord, FormStore, open_store, store_exists
from index.types import IndexCheck
from index.vectors import Record, VectorStore

EmbedderFn = Callable[[], Embedder]


@dataclass
class _Survey:
    """Records found in the vector store, grouped by (form, generation)."""

    groups: dict[tuple[str, str], list[str]]
    legacy: list[str]


def check_index(settings: Settings, repair: bool = False, embedder: Embedder | None = None) -> IndexCheck:
    """Compare the vector store with the structured store; with repair, fix the difference
    (waits for a running ingest to finish)."""
    if not store_exists(settings):
        return IndexCheck(0, 0, 0)
    store = open_store(settings)
    try:
        with store.write_lock():
            vectors = VectorStore(settings, fresh=True)
            return reconcile_locked(store, vectors, _lazy(settings, embedder), full=True, repair=repair)
    finally:
        store.close()


def reconcile(settings: Settings, embedder: Embedder | None = None) -> IndexCheck:
    """The cheap reconciliation at start: repair what a killed writer or a lost vector store
    left behind; skip (``busy``) when a writer holds the index, as it reconciles itself."""
    if not store_exists(settings):
        return IndexCheck(0, 0, 0)
    store = open_store(settings)
    try:
        with store.write_lock(blocking=False) as locked:
            if not locked:
                return IndexCheck(0, 0, 0, busy=True)
            vectors = VectorStore(settings, fresh=True)
            return reconcile_locked(store, vectors, _lazy(settings, embedder))
    finally:
        store.close()


def _lazy(settings: Settings, embedder: Embedder | None) -> EmbedderFn:
    return lambda: embedder or load_embedder(settings)


def reconcile_locked(
    store: FormStore, vectors: VectorStore, embedder: EmbedderFn, full: bool = False, repair: bool = True
) -> IndexCheck:
    """Check (and repair) with the writer lock held; full skips the cheap test."""
    records = store.form_records()
    expected = sum(max(r.chunks, 0) for r in records)
    present = vectors.count()
    if not full and not store.dirty() and all(r.chunks >= 0 for r in records) and present == expected:
        return IndexCheck(len(records), expected, present)
    survey = _survey(vectors)
    orphans = [
        (form, gen, len(ids))
        for (form, gen), ids in survey.groups.items()
        if (form, gen) not in _keys(records)
    ]
    if survey.legacy:
        orphans.append(("", "", len(survey.legacy)))
    stale = [
        r for r in records if r.chunks < 0 or len(survey.groups.get((r.form, r.generation), [])) != r.chunks
    ]
    missing = _missing(store, stale, survey)
    check = IndexCheck(len(records), expected, present, tuple(sorted(orphans)), tuple(m[:3] for m in missing))
    if not repair:
        return check
    if check.orphans or missing or store.dirty():
        _repair(store, vectors, embedder, records, survey, missing)
        after = sum(max(r.chunks, 0) for r in store.form_records())
        return IndexCheck(check.forms, after, vectors.count(), check.orphans, check.missing, repaired=True)
    return check


def _keys(records: list[FormRecord]) -> set[tuple[str, str]]:
    return {(r.form, r.generation) for r in records}


def _survey(vectors: VectorStore) -> _Survey:
    groups: dict[tuple[str, str], list[str]] = {}
    legacy: list[str] = []
    for rid, key in vectors.owners():
        if key is None:
            legacy.append(rid)
        else:
            groups.setdefault(key, []).append(rid)
    return _Survey(groups, legacy)


_Missing = tuple[str, int, int, list[Record]]
"""(form, records expected, expected records present, every expected record)."""


def _missing(store: FormStore, stale: list[FormRecord], survey: _Survey) -> list[_Missing]:
    """Forms whose records differ from their chunks, with the records they should have."""
    if not stale:
        return []
    projects = store.projects({r.form for r in stale})
    out = []
    for r in stale:
        wanted = [
            Record(c, r.generation, r.sha256) for p in projects if p.form == r.form for c in chunk_project(p)
        ]
        have = set(survey.groups.get((r.form, r.generation), []))
        ids = {w.id for w in wanted}
        if have != ids:
            out.append((r.form, len(ids), len(have & ids), wanted))
        elif r.chunks != len(ids):
            out.append((r.form, len(ids), len(ids), wanted))  # only the recorded count was wrong
    return out


def _repair(
    store: FormStore,
    vectors: VectorStore,
    embedder: EmbedderFn,
    records: list[FormRecord],
    survey: _Survey,
    missing: list[_Missing],
) -> None:
    store.set_dirty(True)
    keys = _keys(records)
    vectors.delete(
        [rid for key, ids in survey.groups.items() if key not in keys for rid in ids] + survey.legacy
    )
    for form, _, _, wanted in missing:
        generation = wanted[0].generation if wanted else ""
        have = set(survey.groups.get((form, generation), []))
        ids = {w.id for w in wanted}
        todo = [w for w in wanted if w.id not in have]
        if todo:
            vectors.add(todo, embedder().embed_passages([w.chunk.text for w in todo]))
        vectors.delete(have - ids)
        store.set_chunks(form, len(wanted))
    store.set_dirty(False)

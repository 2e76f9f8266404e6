"""The Chroma collection behind one narrow class.

Chroma is always given our own vectors (never its default embedding function, which would
download a model) and runs with telemetry off. An embedded PersistentClient is the default;
``Settings.chroma_url`` switches to a Chroma server through HttpClient.

Invariants:
- a record's id is ``<generation>/<chunk id>`` and its metadata carry the form, the generation
  and the form's content hash, so every record traces back to one (form, generation) pair of
  the structured store, which alone says whether the record counts (the pair is read from the
  metadata, never parsed out of the id);
- one client per location per process, built once under a lock (Chroma's own client cache is
  not safe against concurrent first use);
- an embedded client keeps its HNSW index in memory and does not see later writes of other
  processes, so a reader asks for a client opened after the store version it read
  (``min_version``) and a writer opens a fresh client under the writer lock.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import numpy as np

from index.errors import StoreError, StoreUnavailableError
from index.settings import Settings
from index.types import Chunk

_BATCH = 1000
_HANDLES: dict[str, tuple[int, Any]] = {}
"""Location → (store version read before the client was opened, collection)."""
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Hit:
    """One vector-search result (``id`` is the chunk id, without the generation)."""

    id: str
    text: str
    metadata: dict[str, Any]
    distance: float


@dataclass(frozen=True)
class Record:
    """A chunk as stored: the chunk, the generation it belongs to and its form's content hash."""

    chunk: Chunk
    generation: str
    sha256: str

    @property
    def id(self) -> str:
        """The record id: generation, a slash, the chunk id."""
        return record_id(self.generation, self.chunk.id)


def record_id(generation: str, chunk_id: str) -> str:
    """Return the Chroma id of a chunk in a generation."""
    return f"{generation}/{chunk_id}"


def chunk_metadata(chunk: Chunk) -> dict[str, Any]:
    """Return the Chroma metadata of a chunk (no None values)."""
    return {
        "form": chunk.form,
        "line": chunk.line,
        "project": chunk.project,
        "project_id": chunk.project_id,
        "year": chunk.year or 0,
        "section": chunk.section,
        "indicator": chunk.indicator,
        "sheet": chunk.sheet or "",  # Chroma keeps no None: "" and 0 where they do not apply
        "page": chunk.page or 0,
        "chunk": chunk.id,
    }


def _chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def _open(settings: Settings, fresh: bool) -> Any:
    """Open the collection (hold ``_LOCK``); fresh drops the process's cached embedded client."""
    import chromadb

    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        client = chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or 8000,
            ssl=url.scheme == "https",
            settings=_chroma_settings(),
        )
    else:
        settings.chroma_path.mkdir(parents=True, exist_ok=True)
        path = str(settings.chroma_path.resolve())
        if fresh:
            _forget_client(path)
        client = chromadb.PersistentClient(path=path, settings=_chroma_settings())
    return client.get_or_create_collection(
        settings.collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
    )


def _forget_client(path: str) -> None:
    """Make the next PersistentClient for path a new one. The old client is not stopped:
    collections still held by readers keep working on it until they are dropped."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient._identifier_to_system.pop(path, None)
    SharedSystemClient._identifier_to_refcount.pop(path, None)


def _location(settings: Settings) -> str:
    return settings.chroma_url or str(settings.chroma_path.resolve())


def drop_shared(settings: Settings) -> None:
    """Forget the process's shared client for the settings' location; the next opens anew."""
    with _LOCK:
        _HANDLES.pop(_location(settings), None)


class VectorStore:
    """A Chroma collection of chunk records with cosine distance."""

    def __init__(self, settings: Settings, min_version: int = 0, fresh: bool = False) -> None:
        """Open the shared collection.

        Args:
            min_version: the store version the caller read; an embedded client opened before
                it is replaced (a server sees every write at once).
            fresh: open a new client, not shared (writers, under the writer lock).
        """
        key = _location(settings)
        try:
            with _LOCK:
                handle = _HANDLES.get(key)
                stale = handle is None or (not settings.chroma_url and handle[0] < min_version)
                if fresh or stale:
                    handle = (min_version, _open(settings, fresh=fresh or handle is not None))
                    if not fresh:
                        _HANDLES[key] = handle
                assert handle is not None
                self._col = handle[1]
        except Exception as err:  # noqa: BLE001 - chroma raises many types
            raise _failure(err, "cannot open the Chroma collection") from err

    def count(self) -> int:
        """Return the number of stored records."""
        return int(self._guard(self._col.count))

    def ids(self) -> list[str]:
        """Return the id of every stored record."""
        return [rid for rid, _ in self._pages([])]

    def owners(self) -> list[tuple[str, tuple[str, str] | None]]:
        """Return (id, (form, generation)) of every stored record; None for a record from
        before generations."""
        out = []
        for rid, meta in self._pages(["metadatas"]):
            generation = meta.get("generation") if meta else None
            out.append((rid, (str(meta["form"]), str(generation)) if meta and generation else None))
        return out

    def _pages(self, include: list[str]) -> list[tuple[str, dict[str, Any] | None]]:
        out: list[tuple[str, dict[str, Any] | None]] = []
        while True:
            offset = len(out)
            got = self._guard(
                lambda offset=offset: self._col.get(include=include, limit=10_000, offset=offset)
            )
            metas = got.get("metadatas") or [None] * len(got["ids"])
            out += [(rid, dict(m) if m else None) for rid, m in zip(got["ids"], metas, strict=True)]
            if len(got["ids"]) < 10_000:
                return out

    def add(self, records: list[Record], vectors: np.ndarray) -> None:
        """Add records with their vectors (an existing id is overwritten)."""
        for start in range(0, len(records), _BATCH):
            part = records[start : start + _BATCH]
            self._guard(
                lambda part=part, start=start: self._col.upsert(
                    ids=[r.id for r in part],
                    documents=[r.chunk.text for r in part],
                    metadatas=[  # type: ignore[misc]
                        {**chunk_metadata(r.chunk), "generation": r.generation, "sha256": r.sha256}
                        for r in part
                    ],
                    embeddings=vectors[start : start + _BATCH].tolist(),
                )
            )

    def delete(self, ids: Iterable[str]) -> None:
        """Delete records by id."""
        wanted = list(ids)
        for start in range(0, len(wanted), _BATCH):
            self._guard(lambda start=start: self._col.delete(ids=wanted[start : start + _BATCH]))

    def delete_generation(self, form: str, generation: str) -> None:
        """Delete the records of one form's generation."""
        where = {"$and": [{"form": form}, {"generation": generation}]}
        self._guard(lambda: self._col.delete(where=where))

    def query(
        self,
        vector: np.ndarray,
        k: int,
        where: dict[str, Any] | None = None,
        generations: Collection[str] | None = None,
    ) -> list[Hit]:
        """Return the k nearest chunks, optionally filtered by metadata.

        Args:
            generations: the committed generations when the store is dirty (records outside
                them are ignored); None when every record counts.
        """
        if generations is not None:
            if not generations:
                return []
            gens = sorted(generations)
            only = {"generation": gens[0]} if len(gens) == 1 else {"generation": {"$in": gens}}
            where = {"$and": [only, where]} if where else only
        if self.count() == 0:
            return []
        got = self._guard(
            lambda: self._col.query(
                query_embeddings=[vector.tolist()],
                n_results=k,
                where=where,
                include=["documents", "metadatas", "distances"],
            )
        )
        return [
            Hit(str(m.get("chunk", i)), d, dict(m), float(s))
            for i, d, m, s in zip(
                got["ids"][0],
                (got["documents"] or [[]])[0],
                (got["metadatas"] or [[]])[0],
                (got["distances"] or [[]])[0],
                strict=True,
            )
            if d is not None and m is not None  # a record another process deleted meanwhile
        ]

    @staticmethod
    def _guard(call: Any) -> Any:
        try:
            return call()
        except Exception as err:  # noqa: BLE001 - chroma raises many types
            raise _failure(err, "the Chroma collection failed") from err


def _failure(err: Exception, doing: str) -> StoreError:
    """A Chroma error as ours: ``StoreUnavailableError`` when the server cannot be reached."""
    import httpx

    text = str(err)
    if isinstance(err, httpx.TransportError) or "Could not connect" in text or "Connection refused" in text:
        first = (text.strip().splitlines() or [type(err).__name__])[0][:200]
        return StoreUnavailableError("the vector store (Chroma server)", first)
    return StoreError(f"{doing}: {err}")

"""The Chroma collection behind one narrow class.

Chroma is always given our own vectors (never its default embedding function, which would
download a model) and runs with telemetry off. An embedded PersistentClient is the default;
``Settings.chroma_url`` switches to a Chroma server through HttpClient.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import numpy as np

from index.errors import StoreError
from index.settings import Settings
from index.types import Chunk

_BATCH = 1000


@dataclass(frozen=True)
class Hit:
    """One vector-search result."""

    id: str
    text: str
    metadata: dict[str, Any]
    distance: float


@dataclass(frozen=True)
class Snapshot:
    """The records of some chunks, kept to restore them if a write fails."""

    ids: list[str]
    documents: list[str]
    metadatas: list[dict[str, Any]]
    embeddings: list[list[float]]


def _client(settings: Settings) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or 8000,
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)


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
    }


class VectorStore:
    """A Chroma collection of chunks with cosine distance."""

    def __init__(self, settings: Settings) -> None:
        try:
            self._client = _client(settings)
            self._col = self._client.get_or_create_collection(
                settings.collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
            )
        except Exception as err:  # noqa: BLE001 - chroma raises many types
            raise StoreError(f"cannot open the Chroma collection: {err}") from err

    def count(self) -> int:
        """Return the number of stored chunks."""
        return int(self._col.count())

    def snapshot(self, forms: list[str]) -> Snapshot:
        """Return the stored records of the given forms."""
        ids: list[str] = []
        docs: list[str] = []
        metas: list[dict[str, Any]] = []
        vecs: list[list[float]] = []
        for form in forms:
            got = self._col.get(where={"form": form}, include=["documents", "metadatas", "embeddings"])
            ids += got["ids"]
            docs += got["documents"] or []
            metas += [dict(m) for m in got["metadatas"] or []]
            if got["embeddings"] is not None:
                vecs += [list(map(float, e)) for e in got["embeddings"]]
        return Snapshot(ids, docs, metas, vecs)

    def delete_forms(self, forms: list[str]) -> None:
        """Delete every chunk of the given forms."""
        for form in forms:
            self._col.delete(where={"form": form})

    def add(self, chunks: list[Chunk], vectors: np.ndarray) -> None:
        """Add chunks with their vectors."""
        for start in range(0, len(chunks), _BATCH):
            part = chunks[start : start + _BATCH]
            self._col.upsert(
                ids=[c.id for c in part],
                documents=[c.text for c in part],
                metadatas=[chunk_metadata(c) for c in part],  # type: ignore[misc]
                embeddings=vectors[start : start + _BATCH].tolist(),
            )

    def restore(self, snap: Snapshot, added: list[str]) -> None:
        """Undo a failed write: drop the added ids and put the snapshot back."""
        if added:
            self._col.delete(ids=added)
        if snap.ids:
            self._col.upsert(
                ids=snap.ids,
                documents=snap.documents,
                metadatas=snap.metadatas,  # type: ignore[arg-type]
                embeddings=snap.embeddings,  # type: ignore[arg-type]
            )

    def query(self, vector: np.ndarray, k: int, where: dict[str, Any] | None = None) -> list[Hit]:
        """Return the k nearest chunks, optionally filtered by metadata."""
        if self.count() == 0:
            return []
        got = self._col.query(
            query_embeddings=[vector.tolist()],
            n_results=k,
            where=where,
            include=["documents", "metadatas", "distances"],
        )
        return [
            Hit(i, d, dict(m), float(s))
            for i, d, m, s in zip(
                got["ids"][0],
                (got["documents"] or [[]])[0],
                (got["metadatas"] or [[]])[0],
                (got["distances"] or [[]])[0],
                strict=True,
            )
        ]

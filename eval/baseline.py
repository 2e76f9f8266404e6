"""The naive peer: the LangChain tutorial pipeline (RecursiveCharacterTextSplitter 500/50 over
the raw files, the same embedding model, top-k similarity in a Chroma collection). It cannot
compose answers without a language model, so only its retrieval is scored: does the top-k
context hold every gold row?"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from index.embed import Embedder
from index.read import read_form_file

CHUNK_SIZE, CHUNK_OVERLAP, TOP_K = 500, 50, 4
TEXT_SUFFIXES = frozenset({".txt", ".tsv", ".md"})


@dataclass(frozen=True)
class Span:
    """A baseline chunk: its file and the lines it overlaps."""

    form: str
    first: int
    last: int

    def holds(self, row_id: str) -> bool:
        """Whether the chunk overlaps the row 'file:line'."""
        form, _, line = row_id.rpartition(":")
        return form == self.form and self.first <= int(line) <= self.last


class NaiveBaseline:
    """Split, embed and search the raw files as the tutorial does."""

    def __init__(self, files: list[tuple[str, Path]], embedder: Embedder) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_core.documents import Document
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(
            chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, add_start_index=True
        )
        # the tutorial pipeline splits raw text: workbooks, documents, PDFs and scans are left out
        texts = {
            form: read_form_file(path)[0] for form, path in files if path.suffix.lower() in TEXT_SUFFIXES
        }
        docs = splitter.split_documents(
            [Document(page_content=t, metadata={"form": f}) for f, t in texts.items()]
        )
        self.spans = []
        for d in docs:
            text, start = texts[d.metadata["form"]], int(d.metadata["start_index"])
            first = text.count("\n", 0, start) + 1
            self.spans.append(Span(d.metadata["form"], first, first + d.page_content.count("\n")))
        self._embedder = embedder
        client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
        self._col = client.create_collection(
            f"naive-{uuid.uuid4().hex[:8]}", embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        vectors = embedder.embed_passages([d.page_content for d in docs])
        self._col.add(
            ids=[str(i) for i in range(len(docs))],
            embeddings=vectors.tolist(),
            documents=[d.page_content for d in docs],
        )

    def search(self, question: str, k: int = TOP_K) -> list[Span]:
        """Return the spans of the top-k chunks."""
        got = self._col.query(
            query_embeddings=[self._embedder.embed_query(question).tolist()],
            n_results=min(k, len(self.spans)),
        )
        return [self.spans[int(i)] for i in got["ids"][0]]

    @staticmethod
    def covers(spans: list[Span], rows: set[str]) -> bool:
        """Whether every gold row lies in some retrieved span."""
        return all(any(s.holds(r) for s in spans) for r in rows)

"""Hybrid retrieval for text questions: Chroma vectors and jieba-tokenised BM25, fused by
reciprocal rank with LangChain's EnsembleRetriever, optionally scoped to projects.

Invariant: both retrievers see the same chunks (same ids) as ``index.chunk`` produced, so a
fused hit always maps back to a source row for its citation; the vector side keeps to the
corpus snapshot's committed generations.
"""

from __future__ import annotations

import logging
import re
import warnings
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from bot.corpus import Corpus
from index.chunk import chunk_project
from index.embed import Embedder
from index.vectors import VectorStore

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from langchain_classic.retrievers import EnsembleRetriever
    from langchain_community.retrievers import BM25Retriever

_STOP = frozenset(
    [
        "的",
        "了",
        "是",
        "在",
        "和",
        "与",
        "及",
        "有",
        "多少",
        "哪些",
        "什么",
        "项目",
        "吗",
        "呢",
        "个",
        "几",
        "一",
        "少个",
        "了多",
        "成了",
        "什么",
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "is",
        "was",
        "what",
        "how",
        "many",
        "which",
        "did",
    ]
)
_PUNCT = re.compile(r"^[\W_]+$")


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def bigrams(text: str) -> list[str]:
    """Return the overlapping Chinese character pairs of text (robust to jieba's splits)."""
    return [run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)]


def tokenize(text: str) -> list[str]:
    """Split text into search tokens: jieba search-mode words plus Chinese bigrams."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    words = [
        t.lower()
        for t in jieba.lcut_for_search(text)
        if t.strip() and not _PUNCT.match(t) and t.lower() not in _STOP
    ]
    return words + [b for b in bigrams(text) if b not in _STOP]


class VectorRetriever(BaseRetriever):
    """LangChain retriever over the Chroma collection."""

    store: Any
    embedder: Any
    k: int = 12
    project_ids: tuple[str, ...] = ()
    generations: frozenset[str] | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        where: dict[str, Any] | None = None
        if len(self.project_ids) == 1:
            where = {"project_id": self.project_ids[0]}
        elif self.project_ids:
            where = {"project_id": {"$in": list(self.project_ids)}}
        hits = self.store.query(self.embedder.embed_query(query), self.k, where, self.generations)
        return [Document(page_content=h.text, metadata={**h.metadata, "id": h.id}) for h in hits]


class HybridRetriever:
    """Builds the fused retriever for a query's scope."""

    def __init__(self, corpus: Corpus, store: VectorStore, embedder: Embedder, k: int = 6) -> None:
        self.k = k
        self._generations = corpus.generations
        self._store = store
        self._embedder = embedder
        self.documents = [
            Document(
                page_content=c.text,
                metadata={
                    "id": c.id,
                    "form": c.form,
                    "line": c.line,
                    "project": c.project,
                    "project_id": c.project_id,
                    "section": c.section,
                    "indicator": c.indicator,
                },
            )
            for p in corpus.projects
            for c in chunk_project(p)
        ]
        self._tokens = {d.page_content: tokenize(d.page_content) for d in self.documents}
        self._bm25 = self._lexical(self.documents)

    def _tokenized(self, text: str) -> list[str]:
        """Tokens of a chunk, computed once at build; a query is tokenised afresh."""
        cached = self._tokens.get(text)
        return cached if cached is not None else tokenize(text)

    def _lexical(self, docs: list[Document]) -> BM25Retriever:
        return BM25Retriever.from_documents(docs, preprocess_func=self._tokenized, k=max(self.k * 2, 12))

    def retrieve(self, query: str, project_ids: tuple[str, ...] = ()) -> list[Document]:
        """Return the fused top documents for the query within the projects given."""
        lexical = self._bm25
        if project_ids:
            wanted = set(project_ids)
            scoped = [d for d in self.documents if d.metadata["project_id"] in wanted]
            lexical = self._lexical(scoped)
        vector = VectorRetriever(
            store=self._store,
            embedder=self._embedder,
            k=max(self.k * 2, 12),
            project_ids=project_ids,
            generations=self._generations,
        )
        fused = EnsembleRetriever(retrievers=[vector, lexical], weights=[0.5, 0.5], id_key="id")
        return fused.invoke(query)[: self.k]

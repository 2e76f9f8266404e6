"""Understanding a question, running it and composing the answer.

Public entry points: ``answer(question, history, settings)`` and the ``Bot`` class that keeps
the corpus, retriever and chain loaded between questions. Never imports ``ui``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from langchain_core.documents import Document
from langchain_core.runnables import Runnable

from bot.chain import build_chain, run_chain
from bot.corpus import Corpus, load_corpus
from bot.llm import ChatModel
from bot.query import Query
from bot.retrieve import HybridRetriever
from bot.types import Answer, Citation, Context
from index import Settings
from index.embed import Embedder, load_embedder
from index.vectors import VectorStore

__all__ = ["Answer", "Bot", "Citation", "Context", "Query", "answer", "get_bot"]


class Bot:
    """Answers questions over one index; reloads when the index changes."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self._embedder = embedder
        self._lock = threading.Lock()
        self._corpus: Corpus | None = None
        self._retriever: HybridRetriever | None = None
        self._chain: Runnable | None = None
        self._model: ChatModel | None = None

    @property
    def corpus(self) -> Corpus:
        """The current corpus snapshot (reloaded after an ingest)."""
        corpus = load_corpus(self.settings)
        with self._lock:
            if corpus is not self._corpus:
                self._corpus, self._retriever, self._chain = corpus, None, None
        return corpus

    def _retrieve_with(self, corpus: Corpus) -> HybridRetriever | None:
        if not corpus.projects:
            return None
        if self._retriever is None:
            embedder = self._embedder or load_embedder(self.settings)
            self._retriever = HybridRetriever(
                corpus, VectorStore(self.settings), embedder, self.settings.retrieval_k
            )
        return self._retriever

    def answer(self, question: str, history: Sequence[Answer] = ()) -> Answer:
        """Answer one question in the conversation given by history."""
        corpus = self.corpus
        with self._lock:
            if self._chain is None:
                self._chain = self._build(corpus)
            chain = self._chain
        context = history[-1].context if history else Context()
        return run_chain(chain, question, context)

    def _build(self, corpus: Corpus) -> Runnable:
        """The chain, with the model planner and prose writer when a model is configured."""
        if not self.settings.llm_enabled:
            return build_chain(corpus, self._documents)
        from bot.planner import Mode, ModelPlanner
        from bot.prose import ProseWriter

        if self._model is None:
            self._model = ChatModel(self.settings)
        mode: Mode = "always" if self.settings.llm_mode == "always" else "fallback"
        return build_chain(
            corpus,
            self._documents,
            planner=ModelPlanner(self._model, mode),
            prose=ProseWriter(self._model),
            prose_always=mode == "always",
        )

    @property
    def model(self) -> ChatModel | None:
        """The configured language model, once a chain has been built with it."""
        return self._model

    def _documents(self, query: str, project_ids: tuple[str, ...]) -> list[Document]:
        """Hybrid retrieval for the chain; loads the model on the first text question."""
        retriever = self._retrieve_with(self.corpus)
        return retriever.retrieve(query, project_ids) if retriever else []

    def retrieve(self, question: str, project_ids: tuple[str, ...] = ()) -> list[Citation]:
        """Return the source rows hybrid retrieval ranks for a question, best first."""
        from bot.text import source_citation

        corpus = self.corpus
        retriever = self._retrieve_with(corpus)
        if retriever is None:
            return []
        cites = [source_citation(d, corpus) for d in retriever.retrieve(question, project_ids)]
        return list({c.id: c for c in cites if c is not None}.values())

    def warm(self) -> None:
        """Load the embedding model and retriever now rather than on the first text question."""
        self._retrieve_with(self.corpus)


_BOTS: dict[str, Bot] = {}
_BOTS_LOCK = threading.Lock()


def get_bot(settings: Settings) -> Bot:
    """Return the process-wide Bot for the settings' index."""
    key = "|".join(
        [
            str(settings.index_dir.resolve()),
            settings.llm_mode,
            settings.llm_base_url or "",
            settings.llm_model or "",
        ]
    )
    with _BOTS_LOCK:
        if key not in _BOTS:
            _BOTS[key] = Bot(settings)
        return _BOTS[key]


def answer(question: str, history: Sequence[Answer] = (), settings: Settings | None = None) -> Answer:
    """Answer a question given the previous answers of the conversation."""
    return get_bot(settings or Settings()).answer(question, history)

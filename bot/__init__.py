"""Understanding a question, running it and composing the answer.

Public entry points: ``answer(question, history, settings)`` and the ``Bot`` class that keeps
the corpus, retriever and chain loaded between questions. Never imports ``ui``.

Invariants: a question is answered from one corpus snapshot — its rows, its chain and the
vector search of its committed generations — and is answered again from the new snapshot
when the index changed while it ran, so an answer is always one committed state's answer;
shared resources (snapshot state, retriever, Chroma client, embedding model) are built once,
under a lock, however many sessions ask their first question at the same moment.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import TypeVar

from langchain_core.documents import Document
from langchain_core.runnables import Runnable

from bot.chain import build_chain, run_chain
from bot.corpus import Corpus, load_corpus
from bot.llm import ChatModel
from bot.query import Query
from bot.retrieve import HybridRetriever
from bot.types import Answer, Citation, Context
from index import Settings, read_version, reconcile
from index.embed import Embedder, load_embedder
from index.errors import JixiaoError, StoreError
from index.vectors import VectorStore, drop_shared

__all__ = ["Answer", "Bot", "Citation", "Context", "Query", "answer", "get_bot"]

_SCOPES = 64  # restricted corpora kept per bot (one per distinct set of departments)
_ATTEMPTS = 5  # a write changes the version at most four times (marked, flipped, repaired, clean)
log = logging.getLogger(__name__)
T = TypeVar("T")


class _Loaded:
    """What answering needs, all built from one corpus snapshot."""

    def __init__(
        self,
        settings: Settings,
        corpus: Corpus,
        embedder: Callable[[], Embedder],
        chat: Callable[[], ChatModel | None],
    ) -> None:
        self.corpus = corpus
        self._settings = settings
        self._embedder = embedder
        self._lock = threading.Lock()
        self._retriever: HybridRetriever | None = None
        self.chain: Runnable = self._build(chat())

    def _build(self, model: ChatModel | None) -> Runnable:
        """The chain, with the model planner and prose writer when a model is configured."""
        if model is None:
            return build_chain(self.corpus, self.documents)
        from bot.planner import Mode, ModelPlanner
        from bot.prose import ProseWriter

        mode: Mode = "always" if self._settings.llm_mode == "always" else "fallback"
        return build_chain(
            self.corpus,
            self.documents,
            planner=ModelPlanner(model, mode),
            prose=ProseWriter(model),
            prose_always=mode == "always",
        )

    def retriever(self) -> HybridRetriever | None:
        """The hybrid retriever of this snapshot, built on first use."""
        if not self.corpus.projects:
            return None
        with self._lock:
            if self._retriever is None:
                store = VectorStore(self._settings, min_version=self.corpus.version)
                self._retriever = HybridRetriever(
                    self.corpus, store, self._embedder(), self._settings.retrieval_k
                )
            return self._retriever

    def documents(self, query: str, project_ids: tuple[str, ...]) -> list[Document]:
        """Hybrid retrieval for the chain; loads the model on the first text question. Over a
        restricted corpus, "every project" means every project of its scope."""
        retriever = self.retriever()
        if retriever is None:
            return []
        if self.corpus.scope is not None:
            project_ids = tuple(i for i in project_ids or tuple(self.corpus.by_id) if i in self.corpus.by_id)
            if not project_ids:
                return []
        return retriever.retrieve(query, project_ids)


class Bot:
    """Answers questions over one index; reloads when the index changes."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, reconcile: bool = True) -> None:
        """Args:
        reconcile: on first use, repair what a killed writer left in the index.
        """
        self.settings = settings
        self._embedder = embedder
        self._reconcile = reconcile
        self._lock = threading.Lock()
        self._loaded: _Loaded | None = None
        self._scoped: dict[frozenset[str], _Loaded] = {}
        self._chat: ChatModel | None = None

    def _model(self) -> Embedder:
        return self._embedder or load_embedder(self.settings)

    def _current(self, departments: Collection[str] | None = None) -> _Loaded:
        base = self._base()
        if departments is None:
            return base
        key = frozenset(departments)
        with self._lock:
            loaded = self._scoped.get(key)
            if loaded is None or loaded.corpus.version != base.corpus.version:
                loaded = _Loaded(self.settings, base.corpus.restrict(key), self._model, self._chat_model)
                self._scoped.pop(key, None)
                while len(self._scoped) >= _SCOPES:
                    self._scoped.pop(next(iter(self._scoped)))
                self._scoped[key] = loaded
            return loaded

    def _base(self) -> _Loaded:
        with self._lock:
            if self._reconcile:
                self._reconcile = False
                try:
                    reconcile(self.settings, self._embedder)
                except JixiaoError as err:  # answering from the committed rows still works
                    log.warning("reconciliation at start failed: %s", err)
            corpus = load_corpus(self.settings)
            if self._loaded is None or self._loaded.corpus is not corpus:
                self._loaded = _Loaded(self.settings, corpus, self._model, self._chat_model)
            return self._loaded

    def _consistent(self, run: Callable[[_Loaded], T], departments: Collection[str] | None = None) -> T:
        """Run against the current snapshot (of a scope); again when the index changed meanwhile."""
        for attempt in range(1, _ATTEMPTS + 1):
            loaded = self._current(departments)
            try:
                result = run(loaded)
            except StoreError:
                if attempt == _ATTEMPTS:
                    raise
                drop_shared(self.settings)  # a vector client that missed a write: open anew
                with self._lock:
                    self._loaded = None
                continue
            if attempt == _ATTEMPTS or read_version(self.settings) == loaded.corpus.version:
                return result
        raise AssertionError("unreachable")

    @property
    def corpus(self) -> Corpus:
        """The current corpus snapshot (reloaded after an ingest)."""
        return self._current().corpus

    def corpus_for(self, departments: Collection[str] | None) -> Corpus:
        """The current corpus restricted to the projects of departments (None: all of them)."""
        return self._current(departments).corpus

    def answer(
        self,
        question: str,
        history: Sequence[Answer] = (),
        focus: tuple[str, ...] = (),
        departments: Collection[str] | None = None,
    ) -> Answer:
        """Answer one question in the conversation given by history; with focus (project ids),
        a question that names no project is about those projects (a chat scoped to a project).
        With departments (a user's scope), the question is answered over only the projects of
        those departments, as if no other form were stored."""
        context = history[-1].context if history else Context()
        context = replace(context, focus=focus)

        def run(loaded: _Loaded) -> Answer:
            return run_chain(loaded.chain, question, _within(context, loaded.corpus))

        return self._consistent(run, departments)

    def _chat_model(self) -> ChatModel | None:
        """The configured language model (built once), or None when none is configured."""
        if not self.settings.llm_enabled:
            return None
        if self._chat is None:
            self._chat = ChatModel(self.settings)
        return self._chat

    @property
    def model(self) -> ChatModel | None:
        """The configured language model, once a chain has been built with it."""
        return self._chat

    def retrieve(
        self, question: str, project_ids: tuple[str, ...] = (), departments: Collection[str] | None = None
    ) -> list[Citation]:
        """Return the source rows hybrid retrieval ranks for a question, best first (within
        the projects of departments when given)."""
        from bot.text import source_citation

        def run(loaded: _Loaded) -> list[Citation]:
            docs = loaded.documents(question, project_ids)
            cites = [source_citation(d, loaded.corpus) for d in docs]
            return list({c.id: c for c in cites if c is not None}.values())

        return self._consistent(run, departments)

    def warm(self) -> None:
        """Load the embedding model and retriever now rather than on the first text question."""
        self._current().retriever()


def _within(context: Context, corpus: Corpus) -> Context:
    """The context, or a fresh one when it names a project the corpus does not hold (a
    conversation carried over from another scope must not reach outside this one)."""
    if corpus.scope is None:
        return context
    named = (*context.subjects, *context.results, *context.focus)
    if all(pid in corpus.by_id for pid in named):
        return context
    return Context(focus=tuple(pid for pid in context.focus if pid in corpus.by_id))


_BOTS: dict[str, Bot] = {}
_BOTS_LOCK = threading.Lock()


def get_bot(settings: Settings) -> Bot:
    """Return the process-wide Bot for the settings' index."""
    key = "|".join(
        [
            str(settings.index_dir.resolve()),
            settings.store_key,
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

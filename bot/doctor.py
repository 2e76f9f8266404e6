"""Checking a configuration end to end: the effective settings, the structured store, the
index, the embedding model, the Chroma server (when one is configured) and the model endpoint
(one short request). ``health_checks`` is the fast part (store and vector server, no model)
that ``jixiao health`` and the app's ``/healthz`` run for a proxy.

Invariants: every check reports ok or the error with the fix, and never raises; a check of
something not configured is skipped, not failed; secrets are never printed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from index import Settings
from index.settings import redact_url

Status = Literal["ok", "failed", "skipped"]


@dataclass(frozen=True)
class Check:
    """The outcome of one check."""

    name: str
    status: Status
    detail: str
    fix: str = ""


def effective_settings(settings: Settings) -> list[tuple[str, str]]:
    """Every setting as (JIXIAO_ variable, value), secrets masked."""
    out = []
    for name in Settings.model_fields:
        value = getattr(settings, name)
        if name in ("password", "llm_api_key"):
            shown = "(set)" if value else "(unset)"
        elif name == "database_url" and value:
            shown = redact_url(value)
        else:
            shown = "(unset)" if value is None else str(value)
        out.append((f"JIXIAO_{name.upper()}", shown))
    return out


def run_checks(settings: Settings) -> list[Check]:
    """Run every check; none raises."""
    return [_guard(name, fn, settings) for name, fn in _CHECKS]


def _guard(name: str, fn: Callable[[Settings], Check], settings: Settings) -> Check:
    try:
        return fn(settings)
    except Exception as err:  # a check must report, never crash the report
        return Check(name, "failed", f"{type(err).__name__}: {err}", "see the error above")


def health_checks(settings: Settings) -> list[Check]:
    """The fast checks (structured store, vector server); none raises."""
    return [_guard("store", _store, settings), _guard("chroma server", _chroma, settings)]


def _store(settings: Settings) -> Check:
    from index import read_version
    from index.errors import JixiaoError, StoreUnavailableError

    where = redact_url(settings.database_url) if settings.database_url else str(settings.sqlite_path)
    try:
        version = read_version(settings)
    except StoreUnavailableError as err:
        return Check("store", "failed", str(err), "start the database, or check JIXIAO_DATABASE_URL")
    except JixiaoError as err:
        return Check("store", "failed", str(err), "see the error above")
    if version is None:
        return Check("store", "ok", f"{where}: empty (the first ingest or `jixiao migrate` creates it)")
    return Check("store", "ok", f"{where}: answering (version {version})")


def _index(settings: Settings) -> Check:
    from index import index_exists, load_projects

    if not index_exists(settings):
        return Check(
            "index", "failed", f"no index at {settings.index_dir}", "run `jixiao ingest PATH --index DIR`"
        )
    projects = load_projects(settings)
    years = sorted({p.year for p in projects if p.year})
    return Check(
        "index",
        "ok",
        f"{len(projects)} projects ({', '.join(map(str, years)) or 'no year'}) in {settings.index_dir}",
    )


def _embedding(settings: Settings) -> Check:
    from index.embed import load_embedder

    started = time.perf_counter()
    try:
        embedder = load_embedder(settings)
        vector = embedder.embed_query("执行率")
    except Exception as err:
        return Check(
            "embedding model",
            "failed",
            str(err).splitlines()[0][:300],
            "set JIXIAO_EMBEDDING_MODEL to a local sentence-transformers folder (or the default) "
            "and JIXIAO_MODEL_DIR to a writable folder",
        )
    dim = len(vector)
    return Check(
        "embedding model",
        "ok",
        f"{settings.embedding_model}: {dim} dimensions, loaded in {time.perf_counter() - started:.1f}s",
    )


def _chroma(settings: Settings) -> Check:
    if not settings.chroma_url:
        return Check("chroma server", "skipped", "embedded store (JIXIAO_CHROMA_URL unset)")
    import httpx

    url = settings.chroma_url.rstrip("/")
    for path in ("/api/v2/heartbeat", "/api/v1/heartbeat"):
        try:
            reply = httpx.get(url + path, timeout=3.0)
        except httpx.HTTPError as err:
            return Check(
                "chroma server",
                "failed",
                f"{url}: {type(err).__name__}: {err}",
                f"start it (`chroma run --path DATA --port {httpx.URL(url).port or 8000}`) or unset JIXIAO_CHROMA_URL",
            )
        if reply.status_code == 200:
            return Check("chroma server", "ok", f"{url} answers {path}")
    return Check(
        "chroma server", "failed", f"{url}: HTTP {reply.status_code}", "check that the URL is a Chroma server"
    )


def _model(settings: Settings) -> Check:
    if not settings.llm_base_url and not settings.llm_model:
        note = "" if settings.llm_mode == "off" else f" but JIXIAO_LLM_MODE={settings.llm_mode}"
        if note:
            return Check(
                "model endpoint",
                "failed",
                f"no endpoint configured{note}",
                "set JIXIAO_LLM_BASE_URL (…/v1) and JIXIAO_LLM_MODEL, or JIXIAO_LLM_MODE=off",
            )
        return Check("model endpoint", "skipped", "no language model configured (nothing is sent anywhere)")
    if not settings.llm_base_url or not settings.llm_model:
        missing = "JIXIAO_LLM_BASE_URL" if not settings.llm_base_url else "JIXIAO_LLM_MODEL"
        return Check("model endpoint", "failed", f"{missing} is unset", f"set {missing}")
    from bot.llm import ChatModel, ModelError

    started = time.perf_counter()
    try:
        reply = ChatModel(settings).ping()
    except ModelError as err:
        return Check(
            "model endpoint",
            "failed",
            f"{settings.llm_base_url} ({settings.llm_model}): {err}",
            "check that the server runs and serves this model (GET …/v1/models), the API key, and "
            "JIXIAO_LLM_TIMEOUT",
        )
    mode = "" if settings.llm_mode != "off" else " (JIXIAO_LLM_MODE=off: not used for answers)"
    took = (time.perf_counter() - started) * 1000
    return Check(
        "model endpoint",
        "ok",
        f"{settings.llm_model} at {settings.llm_base_url} replied {reply[:20]!r} in {took:.0f} ms{mode}",
    )


_CHECKS: tuple[tuple[str, Callable[[Settings], Check]], ...] = (
    ("store", _store),
    ("index", _index),
    ("embedding model", _embedding),
    ("chroma server", _chroma),
    ("model endpoint", _model),
)

"""The language model behind one narrow class: LangChain's ``ChatOpenAI`` against any
OpenAI-compatible ``/v1`` endpoint (vLLM, Ollama, Xinference, LM Studio, a hosted API), asked
for structured output only.

Invariants: nothing is sent unless ``Settings.llm_base_url`` and ``llm_model`` are set; no
environment variable of the OpenAI client (key, base URL) is ever picked up, so a key meant for
one service never reaches another; every failure — refused connection, HTTP error, timeout,
malformed or missing JSON — surfaces as ``ModelError`` and never as a traceback; no call is
retried (a late model must not slow the answer twice).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

from index import Settings
from index.errors import JixiaoError

LOG = logging.getLogger("jixiao.llm")
_NO_KEY = "not-needed"  # OpenAI-compatible local servers accept any bearer token


class ModelError(JixiaoError):
    """The model endpoint failed, was late, or replied with something that is not the JSON asked for."""


class ChatModel:
    """One configured model endpoint, asked for JSON that fits a schema."""

    def __init__(self, settings: Settings) -> None:
        if not settings.llm_base_url or not settings.llm_model:
            raise ModelError("no model endpoint configured (set JIXIAO_LLM_BASE_URL and JIXIAO_LLM_MODEL)")
        from langchain_openai import ChatOpenAI

        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else _NO_KEY
        self.settings = settings
        self.method = settings.llm_structured
        self._llm = ChatOpenAI(
            model=settings.llm_model,
            base_url=settings.llm_base_url,
            api_key=key,  # type: ignore[arg-type]
            timeout=settings.llm_timeout,
            max_retries=0,
            temperature=0,
        )
        self._lock = threading.Lock()
        self.calls = 0

    def structured(self, system: str, user: str, name: str, schema: dict[str, Any]) -> dict[str, Any]:
        """Ask for one JSON object fitting schema; raise ModelError on any failure."""
        runnable = self._llm.with_structured_output(
            self._schema_arg(name, schema),
            method=self.method,  # type: ignore[arg-type]
            include_raw=True,
        )
        with self._lock:
            self.calls += 1
        started = time.perf_counter()
        try:
            out = runnable.invoke([("system", system), ("human", user)])
        except Exception as err:  # openai and httpx errors, timeouts, refusals: all one outcome
            raise ModelError(f"model endpoint failed: {type(err).__name__}: {_short(err)}") from err
        finally:
            LOG.info("model call %s took %.0f ms", name, (time.perf_counter() - started) * 1000)
        if out.get("parsing_error") is not None:
            raise ModelError(f"model reply is not valid JSON: {_short(out['parsing_error'])}")
        return _strict(out.get("raw"), out.get("parsed"))

    def _schema_arg(self, name: str, schema: dict[str, Any]) -> dict[str, Any]:
        description = schema.get("description", name)
        if self.method == "function_calling":
            return {
                "type": "function",
                "function": {"name": name, "description": description, "parameters": schema},
            }
        if self.method == "json_mode":
            return schema
        return {"name": name, "description": description, "schema": schema, "strict": False}

    def ping(self) -> str:
        """Send one short request; return what the model said (raise ModelError when it fails)."""
        try:
            reply = self._llm.invoke([("human", "Reply with the word: ok")], max_tokens=8)
        except Exception as err:
            raise ModelError(f"model endpoint failed: {type(err).__name__}: {_short(err)}") from err
        content = reply.content if isinstance(reply.content, str) else json.dumps(reply.content)
        return content.strip()


def _strict(raw: Any, parsed: Any) -> dict[str, Any]:
    """The reply's JSON object, read strictly (LangChain's JSON parser completes a truncated
    reply; a plan cut short must not run)."""
    if getattr(raw, "tool_calls", None) or getattr(raw, "invalid_tool_calls", None):
        if getattr(raw, "invalid_tool_calls", None) or not isinstance(parsed, dict):
            raise ModelError("model reply's tool call holds no valid JSON object")
        return parsed
    content = getattr(raw, "content", "")
    text = content if isinstance(content, str) else ""
    text = text.strip().removeprefix("```json").removeprefix("```").removesuffix("```").strip()
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise ModelError(f"model reply is not valid JSON: {err.msg} at {err.pos}") from err
    if not isinstance(value, dict):
        raise ModelError("model reply holds no JSON object")
    return value


def _short(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return (text[0] if text else type(err).__name__)[:300]

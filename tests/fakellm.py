"""A fake OpenAI-compatible server for the tests: a real HTTP server on a free loopback port
that implements ``POST /v1/chat/completions`` — plain replies, JSON-schema / JSON-mode replies in
``message.content`` and forced tool calls in ``message.tool_calls`` (the shapes LangChain's
``ChatOpenAI.with_structured_output`` reads) — and answers from a function of the request.

Fault modes a reply can ask for: ``Fault("malformed")`` (content that is not JSON),
``Fault("http500")``, ``Fault("slow", seconds)`` (a reply later than the client's timeout).
The server counts the calls it received, per question.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Fault:
    """A reply that goes wrong."""

    kind: str  # malformed | http500 | slow | empty
    seconds: float = 0.0


@dataclass(frozen=True)
class Request:
    """What the client asked: the question (last user message), the system prompt and the body."""

    question: str
    system: str
    body: dict[str, Any]

    @property
    def structured(self) -> bool:
        """Whether structured output was asked for."""
        return "response_format" in self.body or "tools" in self.body

    @property
    def schema_name(self) -> str:
        """The name of the schema asked for ('' for a plain request)."""
        if "tools" in self.body:
            return str(self.body["tools"][0]["function"]["name"])
        fmt = self.body.get("response_format") or {}
        return str((fmt.get("json_schema") or {}).get("name", "json"))


Reply = dict[str, Any] | str | Fault
Responder = Callable[[Request], Reply]


@dataclass
class FakeLLM:
    """The running server and what it saw."""

    responder: Responder
    host: str = "127.0.0.1"
    calls: Counter[str] = field(default_factory=Counter)
    requests: list[Request] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """The /v1 URL clients are configured with."""
        assert self._server is not None
        return f"http://{self.host}:{self._server.server_address[1]}/v1"

    @property
    def total(self) -> int:
        """Chat completions received."""
        return sum(self.calls.values())

    def start(self) -> FakeLLM:
        """Listen on a free port in a daemon thread."""
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": "not found"}})
                    return
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                request = _request(body)
                fake.calls[request.question] += 1
                fake.requests.append(request)
                try:
                    reply = fake.responder(request)
                except Exception as err:  # a broken responder is a test bug: say so, loudly
                    fake.errors.append(f"{type(err).__name__}: {err}")
                    self._send(500, {"error": {"message": f"fake responder failed: {err}"}})
                    return
                if isinstance(reply, Fault):
                    if reply.kind == "http500":
                        self._send(500, {"error": {"message": "internal error", "type": "server_error"}})
                        return
                    if reply.kind == "slow":
                        time.sleep(reply.seconds)
                        reply = {"action": "cannot", "evidence": [], "reason": "late"}
                    elif reply.kind == "malformed":
                        reply = '{"action": "query", "query": {"op": "lookup", '
                    else:
                        reply = ""
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # client gave up
                    self._send(200, _completion(body, request, reply))

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer((self.host, 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


def _text(content: Any) -> str:
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return str(content or "")


def _request(body: dict[str, Any]) -> Request:
    messages = body.get("messages", [])
    users = [_text(m.get("content")) for m in messages if m.get("role") == "user"]
    systems = [_text(m.get("content")) for m in messages if m.get("role") == "system"]
    return Request(users[-1] if users else "", systems[0] if systems else "", body)


def _completion(body: dict[str, Any], request: Request, reply: dict[str, Any] | str) -> dict[str, Any]:
    content = reply if isinstance(reply, str) else json.dumps(reply, ensure_ascii=False)
    message: dict[str, Any] = {"role": "assistant", "content": content}
    finish = "stop"
    if "tools" in body and request.structured:
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_0",
                    "type": "function",
                    "function": {"name": request.schema_name, "arguments": content},
                }
            ],
        }
        finish = "tool_calls"
    elif not request.structured and not isinstance(reply, str):
        message["content"] = "ok"
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }

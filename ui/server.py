"""The app as one ASGI server (Streamlit's ``st.App``, run by ``jixiao ui``): the pages of
``ui/app.py`` plus ``/healthz`` and the JSON API of ``ui.api`` on the same port.

Invariant: the routes only parse requests and shape responses; the API's logic lives in
``ui.api`` (one ``Api`` per process), the pages' in ``ui/app.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import streamlit as st  # noqa: E402
from starlette.requests import Request  # noqa: E402
from starlette.responses import JSONResponse  # noqa: E402
from starlette.routing import Route  # noqa: E402

from index import Settings  # noqa: E402
from index.errors import StoreUnavailableError  # noqa: E402
from ui.api import Api, ApiError, health  # noqa: E402

_API = Api()


def _token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    return header[7:].strip() if header.lower().startswith("bearer ") else ""


def _address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def healthz(request: Request) -> JSONResponse:
    """200 when the store and the vector server answer, else 503 (with what failed)."""
    status, body = health(Settings())
    return JSONResponse(body, status_code=status)


async def login(request: Request) -> JSONResponse:
    """POST {"user", "password"} (or only "password" without accounts) → {"token"}."""
    body = await _json(request)
    if isinstance(body, JSONResponse):
        return body
    return await _call(lambda: _API.login(Settings(), body, _address(request)))


async def ask(request: Request) -> JSONResponse:
    """POST {"question", "conversation"?} with ``Authorization: Bearer TOKEN`` → the answer."""
    body = await _json(request)
    if isinstance(body, JSONResponse):
        return body
    token = _token(request)
    return await _call(lambda: _API.ask(Settings(), token, body))


async def _json(request: Request) -> dict | JSONResponse:  # type: ignore[type-arg]
    try:
        body = await request.json()
    except ValueError:
        return JSONResponse({"error": "the body must be a JSON object"}, status_code=400)
    if not isinstance(body, dict):
        return JSONResponse({"error": "the body must be a JSON object"}, status_code=400)
    return body


async def _call(work) -> JSONResponse:  # type: ignore[no-untyped-def]
    from starlette.concurrency import run_in_threadpool

    try:
        return JSONResponse(await run_in_threadpool(work))
    except ApiError as err:
        return JSONResponse({"error": str(err)}, status_code=err.status)
    except StoreUnavailableError as err:  # e.g. the accounts' database is down: say so
        return JSONResponse({"error": str(err)}, status_code=503)


app = st.App(
    str(Path(__file__).parent / "app.py"),
    routes=[
        Route("/healthz", healthz, methods=["GET"]),
        Route("/api/login", login, methods=["POST"]),
        Route("/api/ask", ask, methods=["POST"]),
    ],
)

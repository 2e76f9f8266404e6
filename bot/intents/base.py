"""What every intent module provides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.corpus import Corpus
from bot.reading import Reading
from bot.result import Composed
from bot.types import Language

Build = Callable[[Reading], Any]
"""Reads a question into a query (or None when the template does not fit)."""


@dataclass(frozen=True)
class Template:
    """One way of asking: a builder over slots, tried by weight."""

    name: str
    weight: int
    build: Build


@dataclass(frozen=True)
class Intent:
    """A question type: its query's ``op``, how to run and describe it, and its templates."""

    op: str
    run: Callable[[Any, Corpus, Language], Composed]
    describe: Callable[[Any, Corpus, Language], str]
    templates: tuple[Template, ...]

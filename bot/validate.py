"""Validating a query that crossed a boundary (JSON from a language model, a file, a test):
it must parse as the query type, and every project id, part and field it names must exist
and fit together. A query that fails is never run.
"""

from __future__ import annotations

from pydantic import TypeAdapter, ValidationError

from bot.corpus import Corpus, row_id
from bot.fields import FIELDS, PARTS, valid
from bot.query import Filtered, Measure, Named, ProjectSet, Query, Ranked

QUERY = TypeAdapter(Query)


class InvalidQuery(ValueError):
    """A query that does not parse or names what the corpus lacks."""


def validate_query(data: str | bytes | dict, corpus: Corpus) -> Query:  # type: ignore[type-arg]
    """Parse and check a query against the corpus; raise InvalidQuery saying what is wrong."""
    try:
        query = QUERY.validate_json(data) if isinstance(data, str | bytes) else QUERY.validate_python(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InvalidQuery(f"not a valid query: {where}: {first['msg']}") from err
    problems = list(_problems(query, corpus))
    if problems:
        raise InvalidQuery("; ".join(problems))
    return query


def compared_text(query: Query) -> str | None:
    """A field stated as text (主管部门) used where values are ranked, compared or summed —
    only a lookup or a listing can state it; None when the query uses none."""
    stated = getattr(query, "measures", ())
    for m in _measures(query):
        if FIELDS[m.field].unit == "text" and m not in stated:
            return m.field
    return None


def _problems(query: Query, corpus: Corpus):  # type: ignore[no-untyped-def]
    text = compared_text(query)
    if text is not None:
        yield f"field {text!r} is text: it can be looked up, not ranked, compared or summed"
    for m in _measures(query):
        if m.part is not None and m.part not in PARTS:
            yield f"unknown part {m.part!r}"
        elif not valid(m):
            yield f"field {m.field!r} cannot be restricted to {m.part!r}"
    part = getattr(query, "part", None)
    if part is not None and part not in PARTS:
        yield f"unknown part {part!r}"
    for projects in _sets(getattr(query, "projects", None)):
        if isinstance(projects, Named):
            missing = [i for i in projects.ids if i not in corpus.by_id]
            if missing:
                yield f"unknown project ids {missing}"
        condition = getattr(projects, "condition", None)
        cond_part = getattr(condition, "part", None)
        if cond_part is not None and cond_part not in PARTS:
            yield f"unknown part {cond_part!r}"
    unknown = [i for i in getattr(query, "place_of", ()) if i not in corpus.by_id]
    if unknown:
        yield f"unknown project ids {unknown}"
    rows = {row_id(p, r) for p in corpus.projects for r in p.indicators}
    for row in getattr(query, "row_ids", ()):
        if row not in rows:
            yield f"unknown indicator row {row!r}"


def _sets(projects: ProjectSet | None):  # type: ignore[no-untyped-def]
    while projects is not None:
        yield projects
        projects = projects.source if isinstance(projects, Filtered | Ranked) else None


def _measures(query: Query) -> list[Measure]:
    out: list[Measure] = []
    for name in ("measure", "measures"):
        value = getattr(query, name, None)
        if isinstance(value, Measure):
            out.append(value)
        elif isinstance(value, tuple):
            out += [m for m in value if isinstance(m, Measure)]
    for projects in _sets(getattr(query, "projects", None)):
        if isinstance(projects, Ranked):
            out.append(projects.measure)
        measure = getattr(getattr(projects, "condition", None), "measure", None)
        if isinstance(measure, Measure):
            out.append(measure)
    return out

"""Form identity: which stored form a file is, and the name it is stored under.

A form is named by its path relative to the ingest root (``jixiao ingest forms/`` stores
``forms/2021/a.txt`` as ``2021/a.txt``; a file given on its own is named by its file name) and
identified by that name plus the SHA-256 of its bytes.

Invariants (in this order):
- the file a stored form was read from is that form: same content → unchanged, else replaced;
- a file whose content equals a stored form's is a duplicate and is not stored twice;
- a different file with a taken name is stored under a free name ("a (2).txt") unless the
  caller chose to replace the form of that name: replacing is never a side effect.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from index.readers import expand_paths
from index.store import FormRecord
from index.types import FormAction, FormOutcome, ParsedFile

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Decision:
    """What to do with one parsed file."""

    parsed: ParsedFile
    """The file, its projects renamed to the form name it is stored under."""
    outcome: FormOutcome
    previous: FormRecord | None = None
    """The stored form it replaces."""

    @property
    def writes(self) -> bool:
        """Whether the file is stored."""
        return self.outcome.action in ("added", "replaced")


def form_sources(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Yield (file, form name) for the files named by paths: the path relative to the folder
    given, or the file name of a file given (a file named twice counts twice; the second is
    unchanged)."""
    for path in paths:
        root = path if path.is_dir() else path.parent
        for file in expand_paths([path]):
            yield file, file.relative_to(root).as_posix()


def clean_name(name: str) -> str:
    """Return a safe form name for a user-supplied file name: its last part, no control characters."""
    base = PurePosixPath(name.replace("\\", "/")).name
    return _CONTROL.sub("", base).strip() or "upload.txt"


def free_name(name: str, taken: set[str]) -> str:
    """Return name, or 'stem (n).suffix' with the smallest n that is not taken."""
    if name not in taken:
        return name
    path = PurePosixPath(name)
    n = 2
    while (candidate := str(path.with_name(f"{path.stem} ({n}){path.suffix}"))) in taken:
        n += 1
    return candidate


def renamed(parsed: ParsedFile, form: str) -> ParsedFile:
    """Return the parsed file with its form (and its projects' form) set to form."""
    if parsed.form == form:
        return parsed
    projects = tuple(replace(p, form=form) for p in parsed.projects)
    return ParsedFile(parsed.path, form, parsed.sha256, projects)


def decide(parsed: list[ParsedFile], stored: list[FormRecord], replace_named: bool) -> list[Decision]:
    """Decide, file by file in order, whether each adds, replaces or repeats a stored form."""
    by_name = {r.form: r for r in stored}
    by_path = {str(Path(r.path).resolve()): r for r in stored}
    by_sha = {r.sha256: r.form for r in stored}
    out: list[Decision] = []
    for p in parsed:
        decision = _decide(p, by_name, by_path, by_sha, replace_named)
        out.append(decision)
        if decision.writes:
            form = decision.outcome.form
            record = FormRecord(form, p.path, p.sha256, "", 0)
            by_name[form] = by_path[p.path] = record
            by_sha[p.sha256] = form
    return out


def _decide(
    p: ParsedFile,
    by_name: dict[str, FormRecord],
    by_path: dict[str, FormRecord],
    by_sha: dict[str, str],
    replace_named: bool,
) -> Decision:
    own = by_path.get(p.path)
    if own is not None:
        action: FormAction = "unchanged" if own.sha256 == p.sha256 else "replaced"
        return Decision(renamed(p, own.form), FormOutcome(p.path, own.form, action), own)
    if p.sha256 in by_sha:
        same = by_sha[p.sha256]
        if same == p.form:  # the same form read from another copy
            return Decision(p, FormOutcome(p.path, same, "unchanged"))
        return Decision(p, FormOutcome(p.path, same, "duplicate", f"same content as {same}"))
    other = by_name.get(p.form)
    if other is None:
        return Decision(p, FormOutcome(p.path, p.form, "added"))
    if replace_named:
        note = f"replaced {other.form} read from {other.path}"
        return Decision(p, FormOutcome(p.path, p.form, "replaced", note), other)
    form = free_name(p.form, set(by_name))
    note = f"another form is named {p.form} (from {other.path}); stored as {form}"
    return Decision(renamed(p, form), FormOutcome(p.path, form, "added", note))

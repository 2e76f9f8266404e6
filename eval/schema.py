"""The evaluation item schema, validated on load; items come from JSONL, YAML, CSV or Excel.

Invariant: a file that does not validate raises EvalInputError naming the file and the item's
line (or row), and nothing is scored.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

from index.errors import JixiaoError

QuestionType = Literal[
    "rank",
    "lookup",
    "filter",
    "aggregate",
    "deduction",
    "reason",
    "indicator",
    "text",
    "follow-up",
    "unanswerable",
    "derived",
    "listing",
    "group",
    "compare",
    "nested",
]
AnswerType = Literal[
    "entity",
    "number",
    "list",
    "text",
    "abstain",
    "clarify",
    "abstain_or_clarify",
    "per_item",
    "compare",
    "text_all",
    "grade",
]
"""How an answer is judged (eval/score.py): ``abstain`` only a refusal counts; ``clarify`` only
asking back; ``abstain_or_clarify`` either (asking back must name ``gold.items``); ``per_item``
every ``gold.pairs`` item's line carries its value and no other project is listed; ``compare``
every compared value is stated next to its item and a comparison is stated (「A」更高, A is
higher, 更高的是A), all true; ``text_all`` every ``gold.items`` text is quoted; ``grade`` the
grade stated is ``gold.answer``. With ``gold.projects``, an answer naming any other project is
wrong (a count must not list projects it did not count, a lookup must not answer another one)."""
Unit = Literal["元", "万元", "亿元", "万", "亿", "%", "分"]
Intent = Literal[
    "lookup_field",
    "lookup_derived",
    "indicator",
    "list_field",
    "filter_value",
    "filter_aggregate",
    "filter_indicator",
    "rank",
    "aggregate",
    "group",
    "compare",
    "reason",
    "nested",
    "follow_up",
    "prose",
    "refuse",
    "refuse_or_clarify",
]
"""What a question asks for (issue 9); accuracy and confident_wrong are reported per intent."""


class EvalInputError(JixiaoError):
    """An evaluation file cannot be read or does not follow the schema."""


class Pair(BaseModel):
    """One item of a per-item answer: the line naming it must carry its value (or text)."""

    item: str
    aliases: list[str] = Field(default_factory=list, description="other names of the item")
    value: float | None = None
    unit: Unit | None = None
    tolerance: float = Field(default=0.0, ge=0, description="absolute, in the gold unit")
    text: str | None = Field(default=None, description="a text value instead of a number")


class Gold(BaseModel):
    """The hand-worked (or oracle-computed) answer."""

    answer: str | None = None
    aliases: list[str] = Field(
        default_factory=list, description="other accepted wordings; for numbers, in place of the number"
    )
    value: float | None = None
    unit: Unit | None = None
    tolerance: float = Field(default=0.0, ge=0, description="absolute, in the gold unit")
    items: list[str] = Field(default_factory=list)
    pairs: list[Pair] = Field(default_factory=list, description="per-item values (per_item, compare)")
    universe: Literal["project", "indicator"] | None = Field(
        default=None, description="which names a list is matched within (default: the one holding items)"
    )
    projects: list[str] = Field(
        default_factory=list, description="the only projects an answer may name (naming another is wrong)"
    )


class Evidence(BaseModel):
    """Gold source rows as stable ids 'file:line'."""

    all_of: list[str] = Field(default_factory=list)
    any_of: list[str] = Field(default_factory=list)

    @property
    def rows(self) -> set[str]:
        """Every gold row."""
        return set(self.all_of) | set(self.any_of)


class Item(BaseModel):
    """One question (or conversation) with its gold answer and evidence."""

    id: str
    turns: list[str] = Field(min_length=1)
    type: QuestionType
    answer_type: AnswerType
    gold: Gold = Field(default_factory=Gold)
    evidence: Evidence = Field(default_factory=Evidence)
    answerable: bool = True
    tags: list[str] = Field(default_factory=list)
    intent: Intent | None = Field(default=None, description="finer than type; reported per intent")

    @field_validator("turns", mode="before")
    @classmethod
    def _one_question(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


def _rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        out = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                try:
                    out.append((n, json.loads(line)))
                except json.JSONDecodeError as err:
                    raise EvalInputError(f"{path}:{n}: not JSON ({err.msg})") from err
        return out
    if suffix in (".yaml", ".yml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        return list(enumerate(data, start=1))
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as f:
            return [(n, _flat(row)) for n, row in enumerate(csv.DictReader(f), start=2)]
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True).active
        rows = list(sheet.iter_rows(values_only=True)) if sheet else []
        header = [str(h) for h in rows[0]] if rows else []
        return [(n, _flat(dict(zip(header, r, strict=False)))) for n, r in enumerate(rows[1:], start=2)]
    raise EvalInputError(f"{path}: unknown question file type (use .jsonl, .yaml, .csv or .xlsx)")


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    """Map a flat sheet row (turns separated by '||', lists by '|') onto the schema."""

    def split(key: str, sep: str = "|") -> list[str]:
        value = row.get(key)
        return [v.strip() for v in str(value).split(sep) if v.strip()] if value not in (None, "") else []

    def number(key: str) -> float | None:
        value = row.get(key)
        return float(value) if value not in (None, "") else None

    return {
        "id": str(row.get("id") or ""),
        "turns": split("turns", "||") or split("question", "||"),
        "type": row.get("type"),
        "answer_type": row.get("answer_type"),
        "gold": {
            "answer": row.get("answer") or None,
            "aliases": split("aliases"),
            "value": number("value"),
            "unit": row.get("unit") or None,
            "tolerance": number("tolerance") or 0.0,
            "items": split("items"),
        },
        "evidence": {"all_of": split("evidence_all"), "any_of": split("evidence_any")},
        "answerable": str(row.get("answerable", "true")).strip().lower() not in ("false", "0", "no"),
        "tags": split("tags"),
        "intent": row.get("intent") or None,
    }


def load_items(path: Path) -> list[Item]:
    """Load and validate a question file."""
    if not path.exists():
        raise EvalInputError(f"{path}: no such question file")
    items, seen = [], set()
    for n, row in _rows(path):
        try:
            item = Item.model_validate(row)
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise EvalInputError(f"{path}:{n}: {where}: {first['msg']}") from err
        if item.id in seen:
            raise EvalInputError(f"{path}:{n}: duplicate id {item.id}")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise EvalInputError(f"{path}: holds no questions")
    return items

"""The template vocabulary the parser keys on, loaded from ``vocabulary.yaml`` (data, not code).

Invariants: every level-2 kind belongs to exactly one level-1 kind, and the parser normalises a
row's level-1 from its level-2 with ``LEVEL1_OF``; a label maps to one field only (the longest
matching word wins).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.yaml")

OUTPUT = "产出指标"
BENEFIT = "效益指标"
SATISFACTION = "满意度指标"

LEVEL1 = (OUTPUT, BENEFIT, SATISFACTION)


@dataclass(frozen=True)
class Vocabulary:
    """The words of the forms, grouped by what they label."""

    title_word: str
    titles: dict[str, str]
    name_labels: dict[str, str]
    department_labels: tuple[str, ...]
    unit_labels: tuple[str, ...]
    funds_labels: tuple[str, ...]
    money_units: dict[str, float]
    funds_columns: dict[str, tuple[str, ...]]
    funds_rows: dict[str, str]
    goals_labels: tuple[str, ...]
    section_labels: frozenset[str]
    indicator_columns: dict[str, tuple[str, ...]]
    total_labels: frozenset[str]
    level1_of: dict[str, str]

    def column(self, columns: dict[str, tuple[str, ...]], label: str) -> str | None:
        """Return the field a header cell names (longest matching word), or None."""
        best: tuple[int, str | None] = (0, None)
        for field_name, words in columns.items():
            for word in words:
                if label.startswith(word) and len(word) > best[0]:
                    best = (len(word), field_name)
        return best[1]


def load_vocabulary(path: Path = VOCABULARY_FILE) -> Vocabulary:
    """Read the vocabulary file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    tuples = {k: tuple(v) for k, v in data.items() if isinstance(v, list)}
    return Vocabulary(
        title_word=data["title_word"],
        titles=dict(data["titles"]),
        name_labels=dict(data["name_labels"]),
        department_labels=tuples["department_labels"],
        unit_labels=tuples["unit_labels"],
        funds_labels=tuples["funds_labels"],
        money_units={k: float(v) for k, v in data["money_units"].items()},
        funds_columns={k: tuple(v) for k, v in data["funds_columns"].items()},
        funds_rows=dict(data["funds_rows"]),
        goals_labels=tuples["goals_labels"],
        section_labels=frozenset(tuples["section_labels"]),
        indicator_columns={k: tuple(v) for k, v in data["indicator_columns"].items()},
        total_labels=frozenset(tuples["total_labels"]),
        level1_of=dict(data["level1_of"]),
    )


VOCABULARY = load_vocabulary()
LEVEL1_OF: dict[str, str] = VOCABULARY.level1_of
TITLE = VOCABULARY.title_word
SECTION_LABELS = VOCABULARY.section_labels
TOTAL_LABELS = VOCABULARY.total_labels
FUNDS_KINDS = VOCABULARY.funds_rows


def level1_of(level2: str) -> str | None:
    """Return the template level-1 of a level-2 kind, or None when unknown."""
    return LEVEL1_OF.get(level2)


def grade(score: float) -> str:
    """Return the grade (优/良/中/差) of a total score."""
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"

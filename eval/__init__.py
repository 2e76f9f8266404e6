"""Evaluation for analysts: a question set with hand-worked gold answers, a deterministic
scorer, reports and gates. Uses only the public functions of ``bot`` and ``index``."""

from pathlib import Path

QUESTIONS = Path(__file__).parent / "questions.jsonl"
GATES = Path(__file__).parent / "gates.yaml"

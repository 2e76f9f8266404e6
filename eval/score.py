"""Deterministic scoring of one answer against its item; no language model involved.

Numbers are compared after unit scaling (万 = 10⁴, 亿 = 10⁸, 元 = 1; % only against %), text
after NFKC with white space and punctuation folded, lists by set F1 over a known universe.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eval.schema import Item
from index.template import LEVEL1, LEVEL1_OF

SCALE = {"元": 1.0, "万元": 1e4, "亿元": 1e8, "万": 1e4, "亿": 1e8, "分": 1.0, None: 1.0, "": 1.0}
_NUM = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|亿|万|元|%|％|分)?")
_FOLD = re.compile(r"[\s\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """NFKC, lower case, white space and punctuation (Chinese and ASCII) removed."""
    return _FOLD.sub("", unicodedata.normalize("NFKC", text).lower())


@dataclass(frozen=True)
class Quantity:
    """A number found in text, in base units, and whether it is a percentage."""

    value: float
    percent: bool


def quantities(text: str) -> list[Quantity]:
    """Return every number in text scaled to base units (元, points or percent)."""
    out = []
    for number, unit in _NUM.findall(unicodedata.normalize("NFKC", text)):
        value = float(number.replace(",", ""))
        percent = unit in ("%", "％")
        out.append(Quantity(value * SCALE.get(unit, 1.0) if not percent else value, percent))
    return out


def number_matches(text: str, value: float, unit: str | None, tolerance: float) -> bool:
    """Whether text states the gold value (in its unit) within tolerance."""
    percent = unit == "%"
    scale = SCALE.get(unit, 1.0) if not percent else 1.0
    target, slack = value * scale, tolerance * scale + 1e-9
    return any(q.percent == percent and abs(q.value - target) <= slack for q in quantities(text))


def set_f1(predicted: set[str], gold: set[str]) -> float:
    """F1 of two sets (1.0 when both are empty)."""
    if not predicted and not gold:
        return 1.0
    hits = len(predicted & gold)
    if not hits:
        return 0.0
    precision, recall = hits / len(predicted), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def mentioned(text: str, universe: Iterable[str]) -> set[str]:
    """The names of universe that text mentions (names contained in others count once)."""
    norm = normalise(text)
    found = {u for u in universe if normalise(u) and normalise(u) in norm}
    return {u for u in found if not any(u != v and normalise(u) in normalise(v) for v in found)}


@dataclass(frozen=True)
class Verdict:
    """The score of one answer."""

    correct: bool
    score: float


def judge(
    item: Item, answer: str, abstained: bool, route: str, universes: Sequence[Sequence[str]]
) -> Verdict:
    """Score an answer's correctness for its item; list items are matched within the universe
    (project names, indicator names, …) that holds their gold items."""
    gold = item.gold
    if item.answer_type == "abstain":
        return Verdict(abstained and route == "abstain", float(abstained and route == "abstain"))
    if item.answer_type == "clarify":
        ok = route == "clarify" and all(normalise(x) in normalise(answer) for x in gold.items)
        return Verdict(ok, float(ok))
    if abstained:
        return Verdict(False, 0.0)
    if item.answer_type == "number" and gold.value is not None:
        ok = number_matches(answer, gold.value, gold.unit, gold.tolerance)
        return Verdict(ok, float(ok))
    if item.answer_type == "list":
        universe = next((u for u in universes if set(gold.items) <= set(u)), ())
        names = set(universe) | set(gold.items)
        text = answer
        for word in sorted((w for w in (*LEVEL1, *LEVEL1_OF) if w.endswith("指标")), key=len, reverse=True):
            text = text.replace(word, " ")  # hierarchy labels are not items (社会效益指标 ≠ 社会效益)
        score = set_f1(mentioned(text, names), set(gold.items))
        return Verdict(score == 1.0, score)
    expected = [gold.answer or "", *gold.aliases]
    ok = any(e and normalise(e) in normalise(answer) for e in expected)
    return Verdict(ok, float(ok))


def citation_scores(item: Item, cited: Sequence[str]) -> tuple[float | None, float | None]:
    """Precision and recall of cited rows against gold rows (None when no gold rows)."""
    gold = item.evidence.rows
    if not gold:
        return None, None
    got = set(cited)
    precision = len(got & gold) / len(got) if got else 0.0
    if item.evidence.all_of:
        recall = len(got & set(item.evidence.all_of)) / len(item.evidence.all_of)
    else:
        recall = 1.0 if got & set(item.evidence.any_of) else 0.0
    return precision, recall


@dataclass(frozen=True)
class RetrievalScore:
    """Ranked-retrieval metrics of one text question."""

    hit: float
    recall: float
    mrr: float
    full_coverage: float


def retrieval_scores(item: Item, ranked: Sequence[str], k: int) -> RetrievalScore | None:
    """hit@k, recall@k, MRR and full coverage@k of a ranked list of row ids."""
    gold = item.evidence.rows
    if not gold:
        return None
    top = list(ranked[:k])
    found = [i for i, r in enumerate(top) if r in gold]
    needed = set(item.evidence.all_of) or None
    recall = len(set(top) & gold) / len(gold) if needed else float(bool(found))
    full = float(needed <= set(top)) if needed else float(bool(found))
    return RetrievalScore(float(bool(found)), recall, 1 / (found[0] + 1) if found else 0.0, full)

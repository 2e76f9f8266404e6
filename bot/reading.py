"""A template's reading of a tagged question: which tokens it consumed, and the shared slot
readers every template uses — measures (field + part), the project set (names, pronouns,
scope), conditions (comparisons, full marks, targets, kinds present) and superlatives.

Invariant: a reader marks every token it interprets as used; the parser accepts a template's
query only when no content token is left unused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.corpus import Corpus
from bot.fields import ALL_INDICATORS, FIELDS, FUNDS_PART, LEVEL1_PARTS, PARTS, valid
from bot.lexicon import EACH_SAID
from bot.query import (
    AllProjects,
    Compare,
    CompareQuery,
    Condition,
    Deducted,
    Excluded,
    FieldKey,
    Filtered,
    FullMarks,
    HasPart,
    Measure,
    Named,
    ProjectSet,
    Query,
    Ranked,
    RankQuery,
    TargetMet,
    leaf,
)
from bot.tagger import Tagged, Token, last_word
from bot.tokens import points_word
from index.template import LEVEL1_OF

_CLAUSE_BREAKS = frozenset({"，", ",", "—", "–", "；", ";", "?", "？", "。", ":", "："})
CONDITION_KINDS = frozenset({"comp", "full", "notfull", "met", "notmet", "has", "flag", "range", "grade"})
_EITHER_WAY = frozenset({"不算", "不含", "不包括", "去掉", "剔除", "排除", "除外", "不计", "不计入"})
_POSSESSIVES = frozenset({"their", "them", "they"})


_SCALES = (("亿", 1e8), ("万", 1e4), ("billion", 1e9), ("bn", 1e9), ("million", 1e6), ("mn", 1e6))


_ABOUT = re.compile(r"(?:约|大约|大概|近|about|around|approximately|roughly|nearly|some)\s*$", re.IGNORECASE)


def _step(said: str, before: str = "", after: str = "") -> float | None:
    """How close a stated sum must be to count as equal: to the step it was said to when said with
    decimals in 亿/万/million (1.8亿 → 0.1亿, 17.7 million → 0.1 million), within 1 % when said
    as about (约2000万, about 76%); exactly otherwise (2亿, 8800万)."""
    lower = said.lower()
    scale = next((s for word, s in _SCALES if word in lower), None)
    digits = re.search(r"\d+(?:\.(\d+))?", said)
    if digits is None:
        return None
    step = scale / 10 ** len(digits.group(1)) if scale is not None and digits.group(1) else None
    if _ABOUT.search(before) or after.lstrip().startswith(("左右", "上下")):
        value = float(digits.group(0)) * (scale or 1)
        return max(step or 0.0, abs(value) * 0.02)
    return step


def _no_antecedent_needed(pronoun: Token, tokens: list[Token]) -> bool:
    """A pronoun that, with no earlier answer, still reads whole: "their" after "projects", or
    这几个项目 / (which) of these projects opening a chat (the projects loaded, which the reply
    names)."""
    text = pronoun.text.lower()
    if text in _POSSESSIVES or (text == "its" and any(t.kind == "each" for t in tokens)):
        return True  # List every project with its grade
    after = next((t for t in tokens if t.start > pronoun.start and t.text.strip()), None)
    said = "项目" in text or "project" in text or (after is not None and after.kind == "projword")
    return pronoun.value == "result" and said


_SINGULAR = frozenset(
    {
        "该",
        "此",
        "它",
        "它的",
        "该项目",
        "这个项目",
        "那个项目",
        "此项目",
        "这一项目",
        "it",
        "its",
        "that project",
        "this project",
    }
)


@dataclass(frozen=True)
class Previous:
    """What the previous answer leaves for a follow-up: its query, the projects it was
    about (subjects) and the projects it listed, in order (results, with ranks)."""

    query: Query | None = None
    subjects: tuple[str, ...] = ()
    results: tuple[str, ...] = ()
    ranking: Query | None = None
    focus: tuple[str, ...] = ()
    lost: bool = False  # the question just before was asked back or refused


@dataclass(frozen=True)
class Group:
    """A measure read from adjacent field and part tokens."""

    measure: Measure
    indices: tuple[int, ...]


_TARGET = re.compile(r"目标|指标值|target|goal", re.IGNORECASE)
_NARROWING = frozenset(("只看", "单看", "光看", "只算", "only the", "just the", "only those", "just those"))
_WHOLE = ("all projects", "all the projects", "every project", "所有", "全部", "全体")
_EVERY_SCOPE = (
    "总共", "一共", "总计", "合计", "历年", "各年", "每年", "哪一年", "哪年", "各部门", "每个部门", "哪个部门",
    "in total", "overall", "across", "all years", "every year", "each year", "all departments",
    "every department", "each department", "which year", "which department", "whole",
)  # fmt: skip
"""Words that reach past the scope of the question before."""
_WIDER = (
    "其他", "其它", "其余", "别的", "另外", "整体", "总体", "全局", "overall", "whole", "portfolio", "both",
    "other", "others", "in total", "altogether", "本中心", "本单位", "我们",
)  # fmt: skip
"""Words that reach past the project just answered about (其他项目, overall, both)."""


def _scope_of(query: Query | None) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """The years and departments the previous question was asked over (none: all of them)."""
    projects = getattr(query, "projects", None)
    start = leaf(projects) if projects is not None else None
    return (start.years, start.departments) if isinstance(start, AllProjects) else ((), ())


def _full(c: Condition | None) -> tuple[str | None, bool] | None:
    """A condition on full marks of a kind as (kind, at full marks), else None."""
    if isinstance(c, FullMarks):
        return c.part, not c.negate
    if isinstance(c, Deducted):
        return c.part, c.negate
    return None


def _opposed(conditions: list[Condition | None]) -> bool:
    """Whether two conditions say a kind both has and has not full marks."""
    said = [f for f in map(_full, conditions) if f is not None]
    return any((part, not full) in said for part, full in said)


def _kind_before(conditions: list[Condition | None]) -> str | None:
    """The kind the last condition on full marks or points lost was about (None: none)."""
    return next((f[0] for f in map(_full, reversed(conditions)) if f is not None and f[0]), None)


_JOINERS = frozenset(("and", "but", "而", "且", "并且", "而且", "但", "、", "，", ","))
"""Words between two comparisons of one measure."""

THE_ONE = frozenset(("那个", "那一个", "这个", "那个项目", "那家", "那项", "那一项", "one", "project"))
"""The one a ranking just ended on (最低的那个, the lowest one)."""

_CONDITIONS = frozenset(
    ("comp", "number", "flag", "full", "notfull", "met", "notmet", "has", "grade", "range")
)


@dataclass
class Reading:
    """One template's attempt at a question."""

    tagged: Tagged
    corpus: Corpus
    previous: Previous
    used: set[int] = field(default_factory=set)
    compared: Measure | None = None  # the measure the question's last comparison read
    ended_on: ProjectSet | None = None  # the projects a previous ranking or comparison ordered

    @property
    def tokens(self) -> list[Token]:
        return self.tagged.tokens

    @property
    def language(self) -> str:
        return self.tagged.language

    def content(self) -> list[int]:
        """Indices of the content tokens (those a template must consume)."""
        from bot.lexicon import FUNCTION

        return [
            i
            for i, t in enumerate(self.tokens)
            if t.kind not in FUNCTION and t.kind not in ("year", "department")
        ]

    def leftover(self) -> list[Token]:
        """Content tokens no reader consumed."""
        return [self.tokens[i] for i in self.content() if i not in self.used]

    def free(self, kind: str, value: str | None = None) -> list[int]:
        """Indices of unused tokens of a kind (and value)."""
        return [
            i
            for i, t in enumerate(self.tokens)
            if i not in self.used and t.kind == kind and (value is None or t.value == value)
        ]

    def take(self, kind: str, value: str | None = None) -> Token | None:
        """Consume the first unused token of a kind."""
        found = self.free(kind, value)
        if not found:
            return None
        self.used.add(found[0])
        return self.tokens[found[0]]

    def take_all(self, kind: str) -> list[Token]:
        """Consume every unused token of a kind."""
        found = self.free(kind)
        self.used.update(found)
        return [self.tokens[i] for i in found]

    def present(self, kind: str, value: str | None = None) -> bool:
        """Whether an unused token of the kind is present."""
        return bool(self.free(kind, value))

    def asks(self, kind: str) -> bool:
        """Whether a function word of the kind (ask, which, follow, projword) is present."""
        return self.tagged.has(kind)

    # measures -------------------------------------------------------------------------------

    def groups(self) -> list[Group]:
        """Measures from unused field and part tokens: a part with the field beside it
        (满意度得分, score of output) or alone (its score); a field alone (the whole form).
        A unit word (points, 分数) joins the measure it belongs to, a bare 预算 yields to the
        more specific funds field beside it (预算调整了多少, unspent budget), and two funds
        fields with a difference word read as their derived field (全年预算数比年初预算数变化)."""
        content = [i for i in self.content() if i not in self.used]
        raw = self._raw_groups(content)
        return [self._with_rows_word(g, content) for g in self._merged(raw, content)]

    def _with_rows_word(self, g: Group, content: list[int]) -> Group:
        """经济效益指标 / the economic benefit indicator: the rows word after a part is its name."""
        kinds = [i for i in g.indices if self.tokens[i].kind == "part"]
        last = max(kinds) if kinds else max(g.indices)  # output KPI subtotal, pts: after the kind itself
        at = content.index(last) if last in content else -1
        nxt = content[at + 1] if 0 <= at < len(content) - 1 else None
        part = g.measure.part
        if (
            nxt is not None
            and self.tokens[nxt].kind == "rows"
            and part
            and PARTS[part].level in ("level1", "level2")
            and self.tokens[last].kind == "part"
        ):
            return Group(g.measure, tuple(sorted((*g.indices, nxt))))
        return g

    def _raw_groups(self, content: list[int]) -> list[Group]:
        kinds = {i: self.tokens[i].kind for i in content}
        out: list[Group] = []
        skip: set[int] = set()
        starts = {self.tokens[j].start for j in range(len(self.tokens)) if self.tokens[j].kind == "order"}
        compound = {i for i in content if kinds[i] == "field" and self.tokens[i].start in starts}
        for n, i in enumerate(content):
            if i in skip or kinds[i] not in ("field", "part"):
                continue
            if i in compound:  # the top-scoring project's satisfaction score: 'scoring' stands alone
                alone = _alone(self.tokens[i])
                if alone is not None:
                    out.append(Group(alone, (i,)))
                continue
            nxt = content[n + 1] if n + 1 < len(content) else None
            if nxt in compound:
                nxt = None
            if nxt is not None and kinds[nxt] == "order" and kinds[i] == "field":
                after = content[n + 2] if n + 2 < len(content) else None
                if after is not None and kinds[after] == "part" and self._prep_between(nxt, after):
                    nxt = after  # scored lowest on satisfaction
            if nxt is not None and kinds[nxt] == "rows" and kinds[i] == "part":
                after = content[n + 2] if n + 2 < len(content) else None
                if after is not None and kinds[after] == "field":
                    skip.add(nxt)  # 满意度类指标上的得分: the rows word names the part
                    nxt = after
            listed = nxt is not None and any(
                self.tokens[j].text.lower() in _CONJUNCTIONS for j in range(i + 1, nxt)
            )  # 总分和满意度得分: two measures listed, not the satisfaction total
            if nxt is not None and not listed and {kinds[i], kinds[nxt]} == {"field", "part"}:
                field_i, part_i = (i, nxt) if kinds[i] == "field" else (nxt, i)
                value = self.tokens[field_i].value
                if "@" not in value:
                    m = Measure(field=value, part=self.tokens[part_i].value)  # type: ignore[arg-type]
                    if valid(m):
                        rows = tuple(j for j in skip if i < j < nxt and kinds.get(j) == "rows")
                        out.append(Group(m, (i, *rows, nxt)))
                        skip.add(nxt)
                        continue
            alone = _alone(self.tokens[i])
            if alone is not None:
                out.append(Group(alone, (i,)))
        return out

    def _merged(self, groups: list[Group], content: list[int]) -> list[Group]:
        groups = self._nested_parts(self._deduplicated(groups))
        units = [g for g in groups if len(g.indices) == 1 and _unit_word(self.tokens[g.indices[0]])]
        others = [g for g in groups if g not in units]
        if others:
            for u in units:  # lost the most points / 被扣的分数: the unit of the other measure
                host = min(others, key=lambda g: min(abs(u.indices[0] - i) for i in g.indices))
                abbreviated = self.tokens[u.indices[0]].text.lower() in _POINTS_ALONE
                if (self._clause_between(host, u) and not abbreviated) or self._ranks_by(u):
                    others.append(u)  # 满意度最低那个，分数多少: a measure of its own, asked after
                    continue
                at = others.index(host)
                others[at] = Group(host.measure, tuple(sorted((*host.indices, u.indices[0]))))
            groups = others
        if len(groups) == 2 and (kind_score := self._kind_and_its_score(groups)) is not None:
            return [kind_score]
        funds = [g for g in groups if FIELDS[g.measure.field].unit == "yuan" and g.measure.part is None]
        diffs = [i for i in content if self.tokens[i].kind == "diff"]
        if len(funds) == 2 and diffs:
            derived = _DIFFERENCES.get(frozenset(g.measure.field for g in funds))
            if derived is not None:
                merged = Group(
                    Measure(field=derived), tuple(sorted((*funds[0].indices, *funds[1].indices, diffs[0])))
                )
                return [g for g in groups if g not in funds] + [merged]
        bare = [g for g in funds if g.measure.field == "full_year_budget"]
        finer = [g for g in groups if g.measure.field in _REFINES and g.measure.part is None]
        for f in finer:  # unspent budget / 预算调整了多少: the finer word says which budget figure
            beside = [b for b in bare if self._next_to(b, f) and not self._joined(b, f)]  # 预算和执行数: two
            if (
                not beside
                and len(bare) == 1
                and len(finer) == 1
                and len(groups) == 2
                and not self._joined(bare[0], f)
                and not self._ordered(bare[0], f)
                and not self._clause_between(bare[0], f)
            ):
                beside = bare  # how much of the budget was left unspent
            for b in beside[:1]:
                groups = [g for g in groups if g not in (b, f)] + [
                    Group(f.measure, tuple(sorted((*b.indices, *f.indices))))
                ]
                bare.remove(b)
        return groups

    def _ranks_by(self, unit: Group) -> bool:
        """分最高的那个项目花了多少钱: a points word an order word follows is what is ranked by."""
        at = unit.indices[0]
        return (
            at + 1 < len(self.tokens) and self.tokens[at + 1].kind == "order" and self.tokens[at].text == "分"
        )

    def _kind_and_its_score(self, groups: list[Group]) -> Group | None:
        """social benefit indicators of X, the score is what?: a kind said alone and a bare
        score said apart, with nothing to rank or compare by, are that kind's score."""
        kinds = [
            g
            for g in groups
            if len(g.indices) == 1
            and self.tokens[g.indices[0]].kind == "part"
            and g.measure.part is not None
            and PARTS[g.measure.part].level in ("level1", "level2")
        ]
        scores = [
            g
            for g in groups
            if len(g.indices) == 1
            and g.measure == Measure(field="score")
            and self.tokens[g.indices[0]].text.lower() in ("score", "scored", "得分", "分数")
        ]
        if len(kinds) != 1 or len(scores) != 1:
            return None
        low, high = sorted((kinds[0].indices[0], scores[0].indices[0]))
        if any(
            self.tokens[j].text.lower() in ("and", "和", "及", "以及", "与", "、")
            and not (self.tokens[j - 1].kind == self.tokens[j + 1].kind == "project")  # A和B谁得分多
            for j in range(low + 1, high)
        ):
            return None  # Score of X, and its quality indicators?: two things asked
        if any(t.kind in ("order", "topk", "comp", "nth", "rowfield") for t in self.tokens):
            return None  # 质量指标目标值是多少，得分呢: the rows' target and score
        if EACH_SAID.search(self.tagged.question):
            return None  # 各自得分: each row's score
        at = kinds[0].indices[0]
        rows = (at + 1,) if at + 1 < len(self.tokens) and self.tokens[at + 1].kind == "rows" else ()
        return Group(kinds[0].measure, tuple(sorted((at, *rows, *scores[0].indices))))

    def _ordered(self, a: Group, b: Group) -> bool:
        """Whether an order word or comparator stands between two groups (two roles, not one)."""
        first, second = sorted((a, b), key=lambda g: min(g.indices))
        between = range(max(first.indices) + 1, min(second.indices))
        return any(self.tokens[j].kind in ("order", "comp", "number", "range") for j in between)

    def _clause_between(self, a: Group, b: Group) -> bool:
        """Whether a clause break (，, —, a pronoun, a question word) separates two groups:
        the leader found by one, then asked about the other."""
        first, second = sorted((a, b), key=lambda g: min(g.indices))
        between = range(max(first.indices) + 1, min(second.indices))
        return any(
            self.tokens[j].text in _CLAUSE_BREAKS or self.tokens[j].kind in ("pronoun", "which")
            for j in between
        )

    def _next_to(self, a: Group, b: Group) -> bool:
        """Whether only function words stand between two groups."""
        first, second = sorted((a, b), key=lambda g: min(g.indices))
        between = range(max(first.indices) + 1, min(second.indices))
        return all(self.tokens[j].kind in ("stop", "prep", "ask") for j in between)

    def _nested_parts(self, groups: list[Group]) -> list[Group]:
        """产出数量指标: a level-1 kind right before one of its level-2 kinds names the latter."""
        out: list[Group] = []
        for g in groups:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.measure.part in LEVEL1_PARTS
                and g.measure.part is not None
                and LEVEL1_OF.get(g.measure.part) == prev.measure.part
                and self._next_to(prev, g)
                and len(prev.indices) == 1
            ):
                out[-1] = Group(g.measure, tuple(sorted((*prev.indices, *g.indices))))
                continue
            out.append(g)
        return out

    def _deduplicated(self, groups: list[Group]) -> list[Group]:
        """还剩多少钱没花: two words for one measure, close together, read as one."""
        out: list[Group] = []
        for g in groups:
            same = next((o for o in out if o.measure == g.measure and self._next_to(o, g)), None)
            if same is None:
                out.append(g)
            else:
                out[out.index(same)] = Group(g.measure, tuple(sorted((*same.indices, *g.indices))))
        return out

    def _joined(self, a: Group, b: Group) -> bool:
        """Whether a conjunction (和, 、, and) stands between two groups: two measures asked."""
        first, second = sorted((a, b), key=lambda g: min(g.indices))
        between = range(max(first.indices) + 1, min(second.indices))
        return any(self.tokens[j].text.lower() in _CONJUNCTIONS for j in between)

    def _prep_follows(self, index: int) -> bool:
        """An order word followed (past 项目/project) by on/by/in: its measure comes after."""
        for t in self.tokens[index + 1 : index + 4]:
            if t.kind == "prep" and t.text.lower() in ("on", "by", "in", "for"):
                return True
            if t.kind not in ("projword", "stop"):
                return False
        return False

    def _prep_between(self, a: int, b: int) -> bool:
        return any(self.tokens[j].kind == "prep" for j in range(a + 1, b))

    def measures(self) -> list[Measure]:
        """Consume every measure group; several only when joined by 和/、/and (总分和评级)."""
        groups = sorted(self.groups(), key=lambda g: min(g.indices))
        if any(not self._joined(a, b) for a, b in zip(groups, groups[1:], strict=False)):
            return []
        for g in groups:
            self.used.update(g.indices)
        return [g.measure for g in groups]

    def listed_with(self, group: Group) -> bool:
        """Whether another measure is joined to the group by a conjunction (A和B), nothing but
        stop words between them."""
        return bool(self.joined_with(group))

    def joined_with(self, group: Group) -> list[Group]:
        """The other measures joined to the group by a conjunction (时效和满意度)."""
        low, high = min(group.indices), max(group.indices)
        out = []
        for other in self.groups():
            if other.indices == group.indices:
                continue
            a, b = (max(other.indices), low) if max(other.indices) < low else (high, min(other.indices))
            between = self.tokens[a + 1 : b]
            if any(t.text.lower() in _CONJUNCTIONS for t in between) and all(
                t.kind == "stop" or t.text.lower() in _CONJUNCTIONS for t in between
            ):
                out.append(other)
        return out

    def one_measure(self) -> Measure | None:
        """Consume the only measure group, if there is exactly one."""
        groups = self.groups()
        if len(groups) != 1:
            return None
        self.used.update(groups[0].indices)
        return groups[0].measure

    def near(self, index: int, kinds: tuple[str, ...] = ("field", "part")) -> Group | None:
        """The unused measure group beside a token: the closest one before it (执行率…低于),
        else the closest after it (lowest satisfaction), with no other slot in between."""
        groups = self.groups()
        start = self.tokens[index].start
        same_word = [g for g in groups if any(self.tokens[j].start == start for j in g.indices)]
        if same_word:
            return same_word[0]  # the top-scoring project: the measure is in the order's own word
        around = [g for g in groups if min(g.indices) < index < max(g.indices)]
        if around:
            return around[0]  # scored lowest on satisfaction
        before = [g for g in groups if max(g.indices) < index]
        after = [g for g in groups if min(g.indices) > index]
        sides = (before, after)
        if self._prep_follows(index):
            sides = (after, before)  # the bottom project on execution rate: the measure follows "on"
        for side in (
            sorted(sides[0], key=lambda g: abs(index - (max(g.indices) if g in before else min(g.indices)))),
            sorted(sides[1], key=lambda g: abs(index - (max(g.indices) if g in before else min(g.indices)))),
        ):
            for g in side[:1]:
                low, high = min(index, *g.indices), max(index, *g.indices)
                between = [self.tokens[j] for j in range(low + 1, high) if j not in g.indices]
                gap = min(abs(index - i) for i in g.indices)
                clause = any(t.text.lower() in (",", "，", "and", "、", "以及", ";", "；") for t in between)
                if g in after and not clause:  # full marks on all of their benefit indicators
                    gap = 1 + sum(1 for t in between if t.kind not in ("stop", "prep"))
                if gap <= 4 and not any(
                    t.kind in ("field", "part", "comp", "order", "range") for t in between
                ):
                    return g
        return None

    # project sets ---------------------------------------------------------------------------

    def base(self) -> ProjectSet | None:
        """Named projects, the previous answer's projects (pronouns), or all in scope — less
        the projects an exclusion names (除X以外, excluding X)."""
        found = self._base()
        left_out = self.excluded()
        if found is None or not left_out:
            return found
        return Filtered(source=found, condition=Excluded(ids=left_out))

    def excluded(self) -> tuple[str, ...]:
        """Consume exclusion words and the project names they govern; an exclusion word that
        governs no name is left unread, so the question is asked back, not answered whole."""
        out: list[str] = []
        for i in self.free("exclude"):
            j = self._governs(i)
            if j is None or (j in self.used and not set(self.tokens[j].ids) <= set(out)):
                continue  # 除了X以外: both words govern X
            self.used.update((i, j))
            out += [x for x in self.tokens[j].ids if x not in out]
        return tuple(out)

    def _governs(self, i: int) -> int | None:
        """The project token an exclusion word governs: 除了X, X以外; 不算 either way (不算X的话,
        X不算的话)."""
        word = self.tokens[i]
        steps = [1 if word.value == "before" else -1]
        if word.text in _EITHER_WAY:
            steps.append(-steps[0])
        for step in steps:
            j = i + step
            while 0 <= j < len(self.tokens) and abs(j - i) <= 3:
                t = self.tokens[j]
                if t.kind == "project":
                    return j
                if t.kind not in ("stop", "projword", "exclude", "prep"):
                    break
                j += step
        return None

    def _base(self) -> ProjectSet | None:
        excluded = set(self._governed())
        ids: list[str] = []
        for i in self.free("project"):
            if i in excluded:
                continue
            self.used.add(i)
            ids += [x for x in self.tokens[i].ids if x not in ids]
        pronouns = self.take_all("pronoun")
        if ids:
            return Named(ids=tuple(ids))
        if self.ended_on is not None:
            return self.ended_on  # 最低的那个: of the projects the previous answer ordered
        earlier = self.previous.results or self.previous.subjects
        if pronouns and not earlier and all(_no_antecedent_needed(p, self.tokens) for p in pronouns):
            pronouns = []  # "projects and their budgets", 这几个项目里 opening a chat: all of them
        if pronouns:
            plural = any(p.value == "result" for p in pronouns)
            wanted = self.previous.results if plural else ()
            wanted = wanted or self.previous.subjects or self.previous.results
            if not plural and len(wanted) > 1 and any(p.text in _SINGULAR for p in pronouns):
                return None  # 该项目 after an answer about several projects: ask which
            return Named(ids=wanted, previous=True) if wanted else None
        if len(self.previous.results) > 1 and self._narrows():
            return Named(ids=self.previous.results, previous=True)  # 只看预算超过5000万的: of that list
        if self.previous.focus and not self._about_projects():
            return Named(ids=self.previous.focus)  # the chat is about one project unless told otherwise
        if self._drills_down():
            return Named(ids=self.previous.subjects, previous=True)  # 具体哪些指标扣分了: of that project
        years, departments = self.tagged.years, self.tagged.departments
        if not years and not departments and self._ranks_within():
            years, departments = _scope_of(self.previous.query)  # 某局有几个项目？ → 总分最高的是哪个？
        return AllProjects(years=years, departments=departments)

    def _ranks_within(self) -> bool:
        """Whether a question naming no scope ranks within the one just asked about: it asks a
        place (最高的, 第二, the top three) and reaches no wider (所有, in total, across all years,
        各部门, 哪一年: a group by the scope's own dimension)."""
        text = self.tagged.text.lower()
        if any(w in text for w in (*_WHOLE, *_EVERY_SCOPE)) or self.present("group"):
            return False
        return any(t.kind in ("order", "nth", "topk") for t in self.tokens)

    def target_asked(self) -> bool:
        """质量指标目标 / the satisfaction target closing the question: a row's target is asked
        (其数量目标得分, with a field after it, asks the score)."""
        tokens = self.tokens
        if any(t.kind == "ask" and points_word(t) for t in tokens):
            return False  # how many points did they get on their timeliness target: the kind's points
        return any(
            t.kind == "stop"
            and _TARGET.search(t.text)
            and not any(x.kind == "field" for x in tokens[i + 1 :])
            for i, t in enumerate(tokens)
        )

    def _narrows(self) -> bool:
        """只看预算超过5000万的 / only those with a budget above 50 million: after a list of
        projects, a follow-up opening with a narrowing word and stating a condition keeps to that
        list."""
        first = next((t for t in self.tokens if t.kind != "stop"), None)
        condition = any(
            t.kind in _CONDITIONS or (t.kind == "field" and t.value == "deduction") for t in self.tokens
        )
        if any(w in self.tagged.text.lower() for w in _WHOLE):
            return False  # 只看全部项目中…: the whole corpus said outright
        listed = self.previous.query is not None and self.previous.query.op == "list"
        narrowing = first is not None and first.kind == "follow" and first.text.lower() in _NARROWING
        counted = (  # How many had an execution rate under 85%? / 有几个低于85%: of that list
            any(t.kind == "agg" and t.value == "count" for t in self.tokens)
            and not any(t.kind in ("projword", "each", "department", "these") for t in self.tokens)
            and not self.tagged.years
        )
        return listed and condition and (narrowing or counted)

    def _drills_down(self) -> bool:
        """具体哪些指标扣分了 / which indicators lost points / 满意度指标的目标值, right after an
        answer about one project (a lookup, or the first of a ranking), with no project, year or
        department named: the indicators of that project."""
        previous = self.previous.query
        return (
            len(self.previous.subjects) == 1
            and (previous is None or previous.op != "compare")  # both of them, not the winner
            and any(t.kind in ("rows", "rowfield") for t in self.tokens)
            and not any(t.kind in ("department", "projword", "each", "these") for t in self.tokens)
            and not self._about_projects()
            and not self.tagged.years
            and not self.tagged.departments
            and not any(w in self.tagged.text.lower() for w in _WHOLE + _WIDER)
        )

    def _about_projects(self) -> bool:
        """哪个项目… / 总分最高的项目: a question about projects in general, not the focused one."""
        tokens = self.tokens
        which = any(
            t.kind == "which" and i + 1 < len(tokens) and tokens[i + 1].kind == "projword"
            for i, t in enumerate(tokens)
        )
        ranking = self.asks("projword") and any(
            t.kind in ("order", "ranking", "agg", "topk", "nth") for t in tokens
        )
        return which or ranking

    def _governed(self) -> list[int]:
        """Indices of project tokens an exclusion word governs (left for ``excluded``)."""
        return [j for i in self.free("exclude") if (j := self._governs(i)) is not None]

    def filtered(self, projects: ProjectSet) -> ProjectSet | None:
        """The set narrowed by every condition the question states (None: one is unreadable, or
        two say opposite things of one kind: 是否都拿了满分？没拿满分的是哪些？ asks two questions)."""
        conditions = self.conditions()
        if None in conditions or _opposed(conditions):
            return None
        for condition in dict.fromkeys(conditions):
            projects = Filtered(source=projects, condition=condition)  # type: ignore[arg-type]
        return projects

    def conditions(self) -> list[Condition | None]:
        out: list[Condition | None] = []
        for i, t in enumerate(self.tokens):
            if i in self.used:
                continue
            if t.kind == "comp":
                out.append(self._comparison(i))
            elif t.kind in ("full", "notfull"):
                self.used.add(i)
                group = self.near(i)
                joined = self.joined_with(group) if group is not None else []
                if group is not None and any(
                    self.tokens[j].kind == "part" and PARTS[self.tokens[j].value].level.startswith("funds")
                    for j in group.indices
                ):
                    out.append(
                        None
                    )  # full marks on budget execution: the funds row is not a kind of indicators
                    continue
                part = self._part_of(group) or self.indicators_word()
                if group is None and part is None and not any(x.kind == "field" for x in self.tokens):
                    part = _kind_before(out)  # 满意度指标一分没扣、拿了满分: full marks on that kind
                out.append(FullMarks(part=part, negate=t.kind == "notfull"))
                for other in joined:  # 时效和满意度都满分: each kind listed has full marks
                    if other.measure.part is None:
                        out.append(None)
                        continue
                    out.append(FullMarks(part=self._part_of(other), negate=t.kind == "notfull"))
            elif t.kind in ("met", "notmet"):
                self.used.add(i)
                part = self._part_of(self.near(i, ("part",)))
                out.append(TargetMet(part=part, met=t.kind == "met"))
            elif t.kind == "flag":
                self.used.add(i)
                field, op, value = t.value.split(":")
                group = self.near(i)
                if group is not None and group.measure.field in ("full_year_budget", field):
                    self.used.update(group.indices)  # 预算没有调整: the budget word names the flag's field
                out.append(Compare(measure=Measure(field=field), op=op, value=float(value)))  # type: ignore[arg-type]
            elif t.kind == "range":
                out += self._range(i)
            elif t.kind == "grade":
                self.used.add(i)
                out += _grade_band(t.value)
            elif t.kind == "has":
                self.used.add(i)
                part_i = next(
                    (j for j in range(i + 1, len(self.tokens)) if self.tokens[j].kind == "part"), None
                )
                if part_i is None and last_word(self.tokens, i):
                    part_i = next(  # 生态效益指标这一类，哪些项目设了: the kind said first
                        (j for j in range(i - 1, -1, -1) if self.tokens[j].kind == "part"), None
                    )
                if part_i is None:
                    out.append(None)
                    continue
                self.used.add(part_i)
                if part_i + 1 < len(self.tokens) and self.tokens[part_i + 1].kind == "rows":
                    self.used.add(part_i + 1)  # 有可持续影响这项指标
                out.append(HasPart(part=self.tokens[part_i].value, negate=t.value == "no"))
        out += self._equalities()
        return out

    def _range(self, i: int) -> list[Condition | None]:
        """90到95分之间: at least the low end and at most the high end."""
        self.used.add(i)
        t = self.tokens[i]
        group = self.near(i)
        if group is None and t.unit == "score":
            measure = Measure(field="score")
        elif group is None:
            return [None]
        else:
            self.used.update(group.indices)
            measure = group.measure
        if not unit_fits(measure, t.unit):
            return [None]
        low, high = t.number or 0.0, float(t.value)
        if not t.unit and 0 <= low < high <= 1 and FIELDS[measure.field].unit == "pct":
            low, high = round(low * 100, 6), round(high * 100, 6)  # 0.5到0.99: shares as fractions
        return [Compare(measure=measure, op="ge", value=low), Compare(measure=measure, op="le", value=high)]

    def indicators_word(self) -> str | None:
        """指标 / indicators beside a condition: every indicator row (not the 总分 row) is meant."""
        rows = self.take("rows")
        return ALL_INDICATORS if rows is not None else None

    def _part_of(self, group: Group | None) -> str | None:
        if group is None:
            return None
        self.used.update(group.indices)
        return group.measure.part

    def _comparison(self, i: int) -> Condition | None:
        self.used.add(i)
        op = self.tokens[i].value
        number = self._number_after(i)
        against = None
        if number is None:
            said_before = any(t.kind in ("field", "part") for t in self.tokens[:i])
            between = (
                ("stop", "each", "projword") if said_before else ("stop", "each", "projword", "field", "part")
            )
            # left more unspent than the median: the measure, said only between, is the one compared
            agg = next(
                (
                    j
                    for j in range(max(0, i - 2), min(len(self.tokens), i + 5))
                    if j not in self.used
                    and all(self.tokens[k].kind in between for k in range(i + 1, j))
                    and self.tokens[j].kind == "agg"
                    and self.tokens[j].value in ("avg", "median")
                ),
                None,
            )
            if agg is None:
                return None
            self.used.add(agg)
            against = self.tokens[agg].value
        group = self.near(i)
        if (
            group is None
            and number is not None
            and self.compared is not None
            and self._joined_comparison(min(i, self.tokens.index(number)))
        ):
            measure = self.compared  # scored more than 93 but less than 97: the same measure again
        elif group is None and number is not None and number.unit == "score":
            measure = Measure(field="score")
        elif group is None:
            return None
        else:
            self.used.update(group.indices)
            measure = group.measure
        if number is not None and not unit_fits(measure, number.unit):
            return None
        value = number.number if number is not None else None
        fraction = value is not None and number is not None and not number.unit and 0 < value < 1
        if fraction and FIELDS[measure.field].unit == "pct":
            value = round(value * 100, 6)  # type: ignore[operator]  # beating 0.8: a share as a fraction
        self.compared = measure
        step = self._step(number) if number is not None and op == "eq" else None
        return Compare(measure=measure, op=op, value=value, against=against, precision=step)  # type: ignore[arg-type]

    def _joined_comparison(self, i: int) -> bool:
        """Whether the comparison starting at token i (its comparator or its number) follows the
        previous one's number or comparator with at most and/but between (more than 93 but less
        than 97, 大于3000万小于1亿, 3000万元以上、1亿元以下)."""
        j = i - 1
        while j >= 0 and self.tokens[j].kind == "stop" and self.tokens[j].text.lower() in _JOINERS:
            j -= 1
        return j >= 0 and j in self.used and self.tokens[j].kind in ("number", "comp")

    def _number_after(self, i: int) -> Token | None:
        """The number a comparator applies to (after it, or just before 以上/以下; a comparator
        said after its number, 3000万元以上、1亿元以下, takes the number before it first)."""
        after, before = range(i + 1, min(len(self.tokens), i + 3)), (i - 1, i - 2)
        word = self.tokens[i].text.lower()
        postfix = word.endswith(("以上", "以下", "以内")) or word.startswith(("or ", "and "))
        for j in (*before, *after) if postfix else (*after, *before):
            if 0 <= j < len(self.tokens) and j not in self.used and self.tokens[j].kind == "number":
                self.used.add(j)
                return self.tokens[j]
        return None

    def _equalities(self) -> list[Condition | None]:
        """A number beside a measure with no comparator states equality (执行率100%的项目)."""
        out: list[Condition | None] = []
        for j in self.free("number"):
            group = self.near(j)
            if group is None:
                out.append(None)
                continue
            self.used.update((j, *group.indices))
            number = self.tokens[j]
            if not unit_fits(group.measure, number.unit):
                out.append(None)
                continue
            if self.tagged.text[number.start + len(number.text) :].lstrip().startswith("多"):
                out.append(None)  # 7000多万: more than a figure, no figure to equal
                continue
            out.append(
                Compare(measure=group.measure, op="eq", value=number.number, precision=self._step(number))
            )
        return out

    def _step(self, number: Token) -> float | None:
        text = self.tagged.text
        return _step(number.text, text[: number.start], text[number.start + len(number.text) :])

    def superlative(self) -> tuple[Measure, str, Group] | None:
        """A measure with an order word beside it (总分最高, lowest satisfaction), or with
        第一 (剩余资金第一的那个项目): the measure, the order and the group (not consumed)."""
        compared = isinstance(self.previous.query, CompareQuery)
        for i in self.free("compare") if compared else ():
            ended = self._the_one_ranked(i) if self.tokens[i].value in ("asc", "desc") else None
            if ended is not None:
                return ended.measure, self.tokens[i].value, ended  # 低的那个: of the two compared
        for i in self.free("order"):
            ended = self._the_one_ranked(i)
            if ended is not None:
                return ended.measure, self.tokens[i].value, ended
            group = self.attributive(i) or self.near(i)
            if group is not None:
                return group.measure, self.tokens[i].value, group
        for i in self.free("nth"):
            group = self.near(i)
            if group is not None and self.tokens[i].number == 1 and not self.free("order"):
                self.used.add(i)
                return group.measure, "desc", group
        for i in self.free("agg"):  # the project with max original budget, its …
            group = self.near(i)
            if group is not None and self.tokens[i].value in ("max", "min") and len(self.groups()) >= 2:
                self.used.add(i)
                return group.measure, "desc" if self.tokens[i].value == "max" else "asc", group
        return None

    def attributive(self, i: int) -> Group | None:
        """the lowest budget project / the second-highest scoring project: in English, a measure
        between an order word and 'project' is the one ranked (not a measure said before it)."""
        if not self.tokens[i].text.isascii():
            return None
        for g in self.groups():
            first, last = min(g.indices), max(g.indices)
            if first <= i or any(
                self.tokens[k].kind != "stop" for k in range(i + 1, first) if k not in g.indices
            ):
                continue
            after = next((t for t in self.tokens[last + 1 :] if t.text.strip()), None)
            same = self.tokens[first].start == self.tokens[i].start  # highest scoring: one word
            if after is not None and after.kind == "projword" and (same or first > i):
                return g
            return None
        return None

    def ranked_project(self) -> tuple[Measure, str, Group] | None:
        """The project a ranking picks, said as a noun phrase: 扣分最多的项目 / 总分最低的那个项目 /
        the project with the lowest score — the measure, the order and the group; the order word
        is consumed, the group not."""
        for i in self.free("order"):
            words = [t.text.lower() for t in self.tokens[max(0, i - 4) : i]]
            english = "with" in words and any(t.kind == "projword" for t in self.tokens[max(0, i - 4) : i])
            if english:  # the project with the lowest score: the measure follows
                group = next((g for g in self.groups() if min(g.indices) > i), None)
                between = group is not None and any(
                    self.tokens[j].kind != "stop" for j in range(i + 1, min(group.indices))
                )
                group = None if between else group
            else:
                after = [t for t in self.tokens[i + 1 : i + 3] if t.text != "的"]
                said = bool(after) and (
                    after[0].kind == "projword" or after[0].text in ("那个项目", "这个项目")
                )
                group = self.near(i) if said else None
            if group is not None:
                self.used.add(i)
                return group.measure, self.tokens[i].value, group
        return None

    def word_after(self, i: int) -> Token | None:
        """The word right after token i, past a 的 (低的那个 → 那个)."""
        return next((t for t in self.tokens[i + 1 : i + 3] if t.text != "的"), None)

    def _the_one_ranked(self, i: int) -> Group | None:
        """After a ranking or a comparison, 最低的那个 / 低的那个 / the lowest one / the one that
        spent more — an order word beside 'that one', with no measure before it but the one just
        ordered by — is an end of what was just ordered: its measure, over the projects it
        ordered (a measure said later is what is asked of that project: 最低的那个总分多少)."""
        before = self.previous.query
        ordered = (
            before if isinstance(before, CompareQuery) and before.against is None else self.previous.ranking
        )
        if not isinstance(ordered, RankQuery | CompareQuery):
            return None
        said = [i]
        j = i - 1
        if j >= 0 and self.tokens[j].kind == "field" and self.tokens[j].value == ordered.measure.field:
            said.append(j)  # the one that spent more: the measure just compared, said again
            j -= 1
        while (
            j >= 0
            and self.tokens[j].kind == "stop"
            and self.tokens[j].text.lower() in ("that", "which", "who")
        ):
            j -= 1
        one_before = j >= 0 and self.tokens[j].text.lower() == "one"
        if not one_before and (len(said) > 1 or (j >= 0 and self.tokens[j].kind in ("field", "part"))):
            return None
        after = self.word_after(i)
        if not one_before and (after is None or after.text.lower() not in THE_ONE):
            return None
        shown = self.previous.results
        if isinstance(ordered, RankQuery) and ordered.k and ordered.k > 1 and len(shown) > 1:
            self.ended_on = Named(ids=shown, previous=True)  # 总分前三名 → 最低的那个: of the three
        else:
            self.ended_on = ordered.projects
        return Group(ordered.measure, tuple(said))

    def ranked(self, projects: ProjectSet, measure: Measure, order: str, k: int = 1) -> Ranked:
        """A set narrowed to the first positions of a ranking."""
        return Ranked(source=projects, measure=measure, order=order, k=k)  # type: ignore[arg-type]


_REFINES = frozenset({"budget_change", "unspent", "executed", "execution_rate", "initial_budget"})
_DIFFERENCES: dict[frozenset[str], FieldKey] = {
    frozenset({"full_year_budget", "initial_budget"}): "budget_change",
    frozenset({"full_year_budget", "executed"}): "unspent",
}
_CONJUNCTIONS = frozenset(
    {"和", "与", "及", "以及", "、", "跟", "同", ",", "，", "and", "&", "/", "或", "还有"}
)


_BANDS = {"优": (90.0, None), "良": (80.0, 90.0), "中": (60.0, 80.0), "差": (None, 60.0)}


def _grade_band(grade: str) -> list[Condition | None]:
    """优 = 总分 ≥ 90, 良 = 80–90, 中 = 60–80, 差 < 60: the grade as conditions on the score."""
    low, high = _BANDS[grade]
    out: list[Condition | None] = []
    if low is not None:
        out.append(Compare(measure=Measure(field="score"), op="ge", value=low))
    if high is not None:
        out.append(Compare(measure=Measure(field="score"), op="lt", value=high))
    return out


_POINTS_ALONE = frozenset({"pts", "pt", "points", "point", "marks"})
"""Points words that only name a unit (…, pts): after a comma they still belong to the measure."""


def _unit_word(token: Token) -> bool:
    """'points' or 分数 beside another measure names its unit, not a measure of its own."""
    return (
        token.kind == "field"
        and token.value == "score"
        and token.text.lower() in ("points", "point", "marks", "pts", "分", "分数", "几分", "多少分")
    )


def _alone(token: Token) -> Measure | None:
    if token.kind == "field":
        field, _, part = token.value.partition("@")
        m = Measure(field=field, part=part or None)  # type: ignore[arg-type]
        return m if valid(m) else None
    spec = PARTS[token.value]
    if spec.level == "funds":
        return Measure(field="execution_rate")
    if spec.level == "funds_row":
        return Measure(field="full_year_budget", part=spec.name)
    return Measure(field="score", part=spec.name)


def unit_fits(measure: Measure, unit: str) -> bool:
    """Whether a number's unit can be a value of the measure (bare numbers fit any)."""
    if not unit:
        return True
    have = FIELDS[measure.field].unit
    return {"yuan": have == "yuan", "pct": have == "pct", "score": have == "score"}.get(unit, True)


__all__ = ["CONDITION_KINDS", "FUNDS_PART", "Group", "Previous", "Reading"]

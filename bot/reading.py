"""A template's reading of a tagged question: which tokens it consumed, and the shared slot
readers every template uses — measures (field + part), the project set (names, pronouns,
scope), conditions (comparisons, full marks, targets, kinds present) and superlatives.

Invariant: a reader marks every token it interprets as used; the parser accepts a template's
query only when no content token is left unused.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.corpus import Corpus
from bot.fields import FIELDS, FUNDS_PART, PARTS, valid
from bot.query import (
    AllProjects,
    Compare,
    Condition,
    Filtered,
    FullMarks,
    HasPart,
    Measure,
    Named,
    ProjectSet,
    Query,
    Ranked,
    TargetMet,
)
from bot.tagger import Tagged, Token

CONDITION_KINDS = frozenset({"comp", "full", "notfull", "met", "notmet", "has", "flag", "range"})
_POSSESSIVES = frozenset({"their", "its", "them", "they"})


@dataclass(frozen=True)
class Previous:
    """What the previous answer leaves for a follow-up: its query, the projects it was
    about (subjects) and the projects it listed, in order (results, with ranks)."""

    query: Query | None = None
    subjects: tuple[str, ...] = ()
    results: tuple[str, ...] = ()
    ranking: Query | None = None


@dataclass(frozen=True)
class Group:
    """A measure read from adjacent field and part tokens."""

    measure: Measure
    indices: tuple[int, ...]


@dataclass
class Reading:
    """One template's attempt at a question."""

    tagged: Tagged
    corpus: Corpus
    previous: Previous
    used: set[int] = field(default_factory=set)

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
        (满意度得分, score of output) or alone (its score); a field alone (the whole form)."""
        content = [i for i in self.content() if i not in self.used]
        kinds = {i: self.tokens[i].kind for i in content}
        out: list[Group] = []
        skip: set[int] = set()
        absorbed: tuple[int, ...] = ()
        for n, i in enumerate(content):
            if i in skip or kinds[i] not in ("field", "part"):
                continue
            nxt = content[n + 1] if n + 1 < len(content) else None
            if nxt is not None and kinds[nxt] == "order" and kinds[i] == "field":
                after = content[n + 2] if n + 2 < len(content) else None
                if after is not None and kinds[after] == "part" and self._prep_between(nxt, after):
                    nxt = after  # scored lowest on satisfaction
            pair = nxt is not None and {kinds[i], kinds[nxt]} == {"field", "part"}
            if pair and nxt is not None:
                field_i, part_i = (i, nxt) if kinds[i] == "field" else (nxt, i)
                m = Measure(field=self.tokens[field_i].value, part=self.tokens[part_i].value)  # type: ignore[arg-type]
                if valid(m):
                    out.append(Group(m, (*absorbed, i, nxt)))
                    skip.add(nxt)
                    absorbed = ()
                    continue
            if not pair and nxt is not None and _funds_pair(self.tokens[i], self.tokens[nxt]):
                absorbed = (i,)  # 预算 + 调整了多少: the second, more specific funds field is meant
                continue
            if out and _unit_word(self.tokens[i]) and self._adjacent(out[-1], i):
                out[-1] = Group(out[-1].measure, (*out[-1].indices, i))  # lost the most points
                continue
            alone = _alone(self.tokens[i])
            if alone is not None:
                if nxt is not None and _funds_pair(self.tokens[nxt], self.tokens[i]):
                    skip.add(nxt)  # unspent budget: the first, more specific funds field is meant
                    absorbed = (*absorbed, nxt)
                out.append(Group(alone, (*absorbed, i)))
            absorbed = ()
        return out

    def _adjacent(self, group: Group, i: int) -> bool:
        """Whether only order or function words stand between a group and a token."""
        return all(self.tokens[j].kind in ("order", "prep", "stop") for j in range(max(group.indices) + 1, i))

    def _prep_between(self, a: int, b: int) -> bool:
        return any(self.tokens[j].kind == "prep" for j in range(a + 1, b))

    def measures(self) -> list[Measure]:
        """Consume every measure group."""
        groups = self.groups()
        for g in groups:
            self.used.update(g.indices)
        return [g.measure for g in groups]

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
        around = [g for g in groups if min(g.indices) < index < max(g.indices)]
        if around:
            return around[0]  # scored lowest on satisfaction
        before = [g for g in groups if max(g.indices) < index]
        after = [g for g in groups if min(g.indices) > index]
        for side in (
            sorted(before, key=lambda g: index - max(g.indices)),
            sorted(after, key=lambda g: min(g.indices) - index),
        ):
            for g in side[:1]:
                low, high = min(index, *g.indices), max(index, *g.indices)
                between = [self.tokens[j] for j in range(low + 1, high) if j not in g.indices]
                gap = min(abs(index - i) for i in g.indices)
                if gap <= 4 and not any(
                    t.kind in ("field", "part", "comp", "order", "range") for t in between
                ):
                    return g
        return None

    # project sets ---------------------------------------------------------------------------

    def base(self) -> ProjectSet | None:
        """Named projects, the previous answer's projects (pronouns), or all in scope."""
        ids: list[str] = []
        for t in self.take_all("project"):
            ids += [i for i in t.ids if i not in ids]
        pronouns = self.take_all("pronoun")
        if ids:
            return Named(ids=tuple(ids))
        earlier = self.previous.results or self.previous.subjects
        if pronouns and not earlier and all(p.text.lower() in _POSSESSIVES for p in pronouns):
            pronouns = []  # "projects and their budgets": no earlier answer to refer to
        if pronouns:
            wanted = self.previous.results if any(p.value == "result" for p in pronouns) else ()
            wanted = wanted or self.previous.subjects or self.previous.results
            return Named(ids=wanted, previous=True) if wanted else None
        return AllProjects(years=self.tagged.years, departments=self.tagged.departments)

    def filtered(self, projects: ProjectSet) -> ProjectSet | None:
        """The set narrowed by every condition the question states (None: one is unreadable)."""
        for condition in self.conditions():
            if condition is None:
                return None
            projects = Filtered(source=projects, condition=condition)
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
                part = self._part_of(group)
                out.append(FullMarks(part=part, negate=t.kind == "notfull"))
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
            elif t.kind == "has":
                self.used.add(i)
                part_i = next(
                    (j for j in range(i + 1, len(self.tokens)) if self.tokens[j].kind == "part"), None
                )
                if part_i is None:
                    out.append(None)
                    continue
                self.used.add(part_i)
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
        if not _unit_fits(measure, t.unit):
            return [None]
        low, high = t.number or 0.0, float(t.value)
        return [Compare(measure=measure, op="ge", value=low), Compare(measure=measure, op="le", value=high)]

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
            agg = next(
                (
                    j
                    for j in range(max(0, i - 2), min(len(self.tokens), i + 3))
                    if j not in self.used
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
        if group is None and number is not None and number.unit == "score":
            measure = Measure(field="score")
        elif group is None:
            return None
        else:
            self.used.update(group.indices)
            measure = group.measure
        if number is not None and not _unit_fits(measure, number.unit):
            return None
        value = number.number if number is not None else None
        return Compare(measure=measure, op=op, value=value, against=against)  # type: ignore[arg-type]

    def _number_after(self, i: int) -> Token | None:
        """The number a comparator applies to (after it, or just before 以上/以下)."""
        for j in (*range(i + 1, min(len(self.tokens), i + 3)), i - 1, i - 2):
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
            if not _unit_fits(group.measure, number.unit):
                out.append(None)
                continue
            out.append(Compare(measure=group.measure, op="eq", value=number.number))
        return out

    def superlative(self) -> tuple[Measure, str, Group] | None:
        """A measure with an order word beside it (总分最高, lowest satisfaction): the
        measure, the order and the group (not consumed)."""
        for i in self.free("order"):
            group = self.near(i)
            if group is not None:
                return group.measure, self.tokens[i].value, group
        return None

    def ranked(self, projects: ProjectSet, measure: Measure, order: str, k: int = 1) -> Ranked:
        """A set narrowed to the first positions of a ranking."""
        return Ranked(source=projects, measure=measure, order=order, k=k)  # type: ignore[arg-type]


_REFINES = frozenset({"budget_change", "unspent", "executed", "execution_rate", "initial_budget"})


def _unit_word(token: Token) -> bool:
    """'points' or 分 after a measure names its unit, not another measure."""
    return (
        token.kind == "field"
        and token.value == "score"
        and token.text.lower() in ("points", "point", "marks", "分")
    )


def _funds_pair(first: Token, second: Token) -> bool:
    return (
        first.kind == second.kind == "field"
        and first.value == "full_year_budget"
        and second.value in _REFINES
    )


def _alone(token: Token) -> Measure | None:
    if token.kind == "field":
        m = Measure(field=token.value)  # type: ignore[arg-type]
        return m if valid(m) else None
    spec = PARTS[token.value]
    if spec.level == "funds":
        return Measure(field="execution_rate")
    if spec.level == "funds_row":
        return Measure(field="full_year_budget", part=spec.name)
    return Measure(field="score", part=spec.name)


def _unit_fits(measure: Measure, unit: str) -> bool:
    """Whether a number's unit can be a value of the measure (bare numbers fit any)."""
    if not unit:
        return True
    have = FIELDS[measure.field].unit
    return {"yuan": have == "yuan", "pct": have == "pct", "score": have == "score"}.get(unit, True)


__all__ = ["CONDITION_KINDS", "FUNDS_PART", "Group", "Previous", "Reading"]

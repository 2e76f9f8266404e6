"""The ingested projects as the bot sees them, with citations for every row.

Invariant: a Corpus is an immutable snapshot of the structured store, read in one transaction
with the store's version and the committed chunk generations; ``load_corpus`` reloads it when
the version changes (an ingest or a repair), so answers never mix two snapshots.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from bot.types import Citation
from index import Settings, load_snapshot, read_version
from index.types import FundsRow, Indicator, Project, where

_CACHE: dict[str, Corpus] = {}
_LOCK = threading.Lock()


def row_id(p: Project, row: Indicator) -> str:
    """The stable id of an indicator row: form, sheet or page, and line ('form:p3:12')."""
    return f"{p.form}:{where(row.sheet, row.page)}{row.line}"


def cite_indicator(p: Project, row: Indicator) -> Citation:
    """Return the citation of an indicator row."""
    return Citation(
        id=row_id(p, row),
        form=p.form,
        line=row.line,
        project=p.name,
        section="indicator",
        indicator=row.name,
        text=row.text,
        project_id=p.id,
        level1=row.level1,
        level2=row.level2,
        target=row.target,
        actual=row.actual,
        weight=row.weight,
        score=row.score,
        deviation=row.deviation,
        sheet=row.sheet,
        page=row.page,
    )


def cite_funds(p: Project, row: FundsRow) -> Citation:
    """Return the citation of a funds row."""
    return Citation(
        id=f"{p.form}:{where(row.sheet, row.page)}{row.line}",
        form=p.form,
        line=row.line,
        project=p.name,
        section="funds",
        indicator=row.label,
        text=row.text,
        project_id=p.id,
        weight=row.weight,
        score=row.score,
        sheet=row.sheet,
        page=row.page,
    )


def cite_total(p: Project) -> Citation | None:
    """Return the citation of the 总分 row, if any."""
    if p.total is None:
        return None
    return Citation(
        id=f"{p.form}:{where(p.total.sheet, p.total.page)}{p.total.line}",
        form=p.form,
        line=p.total.line,
        project=p.name,
        section="total",
        indicator="总分",
        text=p.total.text,
        project_id=p.id,
        weight=p.total.weight,
        score=p.total.score,
        sheet=p.total.sheet,
        page=p.total.page,
    )


def cite_project(p: Project) -> Citation:
    """Return the citation of the 项目名称 row."""
    year = f" | ({p.year} 年度)" if p.year else ""
    return Citation(
        id=f"{p.form}:{where(p.sheet, p.page)}{p.line}",
        form=p.form,
        line=p.line,
        project=p.name,
        section="project",
        indicator="",
        text=f"{p.header_text}{year} | 主管部门 {p.department} | 实施单位 {p.unit}",
        project_id=p.id,
        sheet=p.sheet,
        page=p.page,
    )


def cite_goals(p: Project) -> Citation | None:
    """Return the citation of the goals row, if any."""
    if p.goals is None:
        return None
    return Citation(
        id=f"{p.form}:{where(p.goals.sheet, p.goals.page)}{p.goals.line}",
        form=p.form,
        line=p.goals.line,
        project=p.name,
        section="goal",
        indicator="",
        text=p.goals.text,
        project_id=p.id,
        sheet=p.goals.sheet,
        page=p.goals.page,
    )


@dataclass(frozen=True)
class Corpus:
    """Projects with lookups by id and the corpus's years and departments."""

    projects: tuple[Project, ...]
    by_id: dict[str, Project] = field(default_factory=dict)
    version: int = 0
    """The store version the snapshot was read at."""
    generations: frozenset[str] | None = None
    """The committed chunk generations when the store was dirty (vector search keeps to
    them); None when every vector record belongs to this snapshot."""
    scope: frozenset[str] | None = None
    """The departments this corpus was restricted to (``restrict``); None for the whole store.
    Vector search over a restricted corpus keeps to its project ids."""

    @classmethod
    def of(
        cls, projects: list[Project], version: int = 0, generations: frozenset[str] | None = None
    ) -> Corpus:
        """Build a corpus from projects."""
        return cls(tuple(projects), {p.id: p for p in projects}, version, generations)

    def restrict(self, departments: Iterable[str]) -> Corpus:
        """The corpus of only the projects whose 主管部门 or 实施单位 is one of departments (a
        user's scope): to everything built on it, the other projects do not exist."""
        wanted = frozenset(departments)
        projects = tuple(p for p in self.projects if {p.department, p.unit} & wanted)
        return Corpus(projects, {p.id: p for p in projects}, self.version, self.generations, wanted)

    @property
    def years(self) -> list[int]:
        """The fiscal years present."""
        return sorted({p.year for p in self.projects if p.year})

    @property
    def departments(self) -> list[str]:
        """The supervising departments and units present."""
        names = {p.department for p in self.projects} | {p.unit for p in self.projects}
        return sorted(n for n in names if n)

    def select(self, years: Iterable[int] = (), departments: Iterable[str] = ()) -> list[Project]:
        """The projects of the given years and departments (all of them when none is given)."""
        wanted_years, wanted_depts = set(years), set(departments)
        return [
            p
            for p in self.projects
            if (not wanted_years or p.year in wanted_years)
            and (not wanted_depts or {p.department, p.unit} & wanted_depts)
        ]

    def indicators(self) -> list[tuple[Project, Indicator]]:
        """Every indicator row with its project."""
        return self._indicators

    @cached_property
    def _indicators(self) -> list[tuple[Project, Indicator]]:
        return [(p, row) for p in self.projects for row in p.indicators]

    @cached_property
    def names(self) -> dict[str, str]:
        """Project names by id."""
        return {p.id: p.name for p in self.projects}

    @cached_property
    def normalised_names(self) -> dict[str, str]:
        """Project names by id, normalised as the question is (computed once, not per question)."""
        from bot.link import normalise

        return {p.id: normalise(p.name) for p in self.projects}

    @cached_property
    def indicator_names(self) -> frozenset[str]:
        """The names of the indicator rows, normalised as the question is (punctuation dropped)."""
        from bot.link import normalise

        return frozenset(normalise(r.name) for _, r in self._indicators)

    @cached_property
    def prose(self) -> str:
        """The forms' own words: goals prose and indicator names, targets, actuals and reasons
        (a question word found here may be a fact only the prose holds)."""
        parts = [f"{p.goals.planned} {p.goals.achieved}" for p in self.projects if p.goals]
        parts += [f"{r.name} {r.target} {r.actual} {r.deviation}" for _, r in self._indicators]
        return "\n".join(parts)

    @cached_property
    def lettered_codes(self) -> dict[str, list[tuple[str, int]]]:
        """Project ids and numbers by the letters of the code their names carry (MZJ-00043)."""
        out: dict[str, list[tuple[str, int]]] = {}
        for p in self.projects:
            for m in LETTERED_CODE.finditer(p.name):
                out.setdefault(m.group(1).upper(), []).append((p.id, int(m.group(2))))
        return out

    @cached_property
    def english_departments(self) -> list[tuple[re.Pattern[str], str]]:
        """Patterns of each department's English name (Shanghai Municipal Health Commission)."""
        out = []
        for name in sorted(self.departments):
            pattern = english_department(name)
            if pattern is not None:
                out.append((pattern, name))
        return out

    @cached_property
    def department_aliases(self) -> dict[str, str]:
        """Names a question may use for each department or unit (上海市卫生健康委员会 → 卫健委)."""
        out: dict[str, str] = {}
        for name in self.departments:
            for alias in department_aliases(name):
                out.setdefault(alias, name)
        return out

    @cached_property
    def name_index(self) -> dict[str, set[str]]:
        """Character pairs of normalised project names → project ids (to narrow linking)."""
        index: dict[str, set[str]] = {}
        for p in self.projects:
            for pair in pairs(p.name):
                index.setdefault(pair, set()).add(p.id)
        return index

    @cached_property
    def indicator_index(self) -> dict[str, set[int]]:
        """Character pairs of indicator names → positions in ``indicators()``."""
        index: dict[str, set[int]] = {}
        for n, (_, row) in enumerate(self._indicators):
            for pair in pairs(row.name):
                index.setdefault(pair, set()).add(n)
        return index


_NORM = re.compile(r"[\s“”\"'‘’（）()【】\[\]《》「」『』〈〉〔〕［］＂＇<>\-—_·、,，.。:：;；!?！？]")


def pairs(text: str) -> set[str]:
    """Overlapping character pairs of text with spaces and punctuation removed."""
    norm = _NORM.sub("", text).lower()
    return {norm[i : i + 2] for i in range(len(norm) - 1)}


LETTERED_CODE = re.compile(r"(?<![A-Za-z])([A-Za-z]{2,5})\s*[-‐－—_]\s*(\d{1,8})(?!\d)")
"""A project code with its letters (（MZJ-00043）, or mzj-43 as typed)."""


def english_department(name: str) -> re.Pattern[str] | None:
    """The English names of a department whose stem and kind the lexicon knows, with or
    without its city and "municipal" (None when it does not know them)."""
    from bot.lexicon import CITIES, DEPARTMENT_KINDS, DEPARTMENT_STEMS

    city = next((c for c in CITIES if name.startswith(c)), "")
    short = re.sub(r"^(上海市|北京市|天津市|重庆市|[\u4e00-\u9fff]{2,3}省)", "", name)
    for suffix, kinds in DEPARTMENT_KINDS.items():
        stem = short.removesuffix(suffix)
        if stem != short and stem in DEPARTMENT_STEMS:
            words = DEPARTMENT_STEMS[stem]
            forms = [f"{w} {k}" for w in words for k in kinds] + [f"{k} of {w}" for w in words for k in kinds]
            alternatives = "|".join(
                r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True)
            )
            where = rf"(?:{CITIES[city]}\s+)?" if city else ""
            said = (
                [f"{CITIES[city]} {f}" for f in forms] + [f"{CITIES[city]} municipal {f}" for f in forms]
                if city
                else []
            )
            initials = "|".join(
                sorted({i for f in said if len(i := _initials(f)) >= 4}, key=len, reverse=True)
            )
            return re.compile(
                rf"(?<![a-z])(?:the\s+)?{where}(?:municipal\s+|provincial\s+|city\s+)?(?:{alternatives})(?![a-z])"
                + (rf"|(?<![A-Za-z])(?-i:{initials})(?![A-Za-z])" if initials else ""),
                re.IGNORECASE,
            )
    return None


def _initials(phrase: str) -> str:
    """Shanghai Big Data Center → SBDC: the capitals an agency's English name is shortened to
    (not of "of", "and")."""
    return "".join(w[0].upper() for w in phrase.split() if w.lower() not in ("of", "and", "the"))


@lru_cache(maxsize=1)
def english_agency() -> re.Pattern[str]:
    """Any agency the lexicon can name in English (the Health Commission, Bureau of Finance),
    whether or not the corpus holds it."""
    from bot.lexicon import DEPARTMENT_KINDS, DEPARTMENT_STEMS

    stems = "|".join(
        r"\s+".join(map(re.escape, w.split()))
        for w in sorted({w for ws in DEPARTMENT_STEMS.values() for w in ws}, key=len, reverse=True)
    )
    kinds = "|".join(sorted({k for ks in DEPARTMENT_KINDS.values() for k in ks}, key=len, reverse=True))
    return re.compile(
        rf"(?<![a-z])(?:(?:{stems})\s+(?:{kinds})|(?:{kinds})\s+of\s+(?:{stems}))(?![a-z])", re.IGNORECASE
    )


_SPOKEN_INITIALS = frozenset({"卫健", "文旅", "发改", "人社", "住建", "规资", "市监", "农农"})
"""Initials of a two-part stem that people say alone for the bureau (not 科技: a common word)."""
_FORMER_NAMES = {"生态环境": ("环保", "环境保护"), "卫生健康": ("卫生", "卫计"), "文化和旅游": ("文化",)}
"""Names a department went by before a reorganisation, still used in speech."""


def english_stems(name: str) -> tuple[str, ...]:
    """The English words of a department's stem (财政局 → finance), whatever kind word follows."""
    from bot.lexicon import DEPARTMENT_KINDS, DEPARTMENT_STEMS

    short = re.sub(r"^(上海市|北京市|天津市|重庆市|[\u4e00-\u9fff]{2,3}省)", "", name)
    for suffix in DEPARTMENT_KINDS:
        stem = short.removesuffix(suffix)
        if stem != short and stem in DEPARTMENT_STEMS:
            return DEPARTMENT_STEMS[stem]
    return ()


def department_aliases(name: str) -> set[str]:
    """Full name, name without the city, and the usual abbreviation (卫健委, 教委, 文旅局)."""
    short = re.sub(r"^(上海市|北京市|天津市|重庆市|[\u4e00-\u9fff]{2,3}省)", "", name)
    out = {name, short}
    for suffix, abbr in (("委员会", "委"), ("局", "局"), ("厅", "厅")):
        if short.endswith(suffix) and len(short) >= len(suffix) + 2:
            stem = short.removesuffix(suffix)
            parts = stem.split("和") if "和" in stem else [stem[i : i + 2] for i in range(0, len(stem), 2)]
            initials = "".join(p[0] for p in parts if p)
            out.add(initials + abbr)
            if initials in _SPOKEN_INITIALS:
                out.add(initials)  # 卫健, 文旅: initials people say alone for the bureau
            out.update(a + abbr for a in _FORMER_NAMES.get(stem, ()))  # 环保局 for 生态环境局
            if suffix == "委员会":
                out.add(stem + abbr)  # 交通委
    level = name[: len(name) - len(short)][-1:]
    if name != short and level in ("市", "省"):
        out |= {level + a for a in out if a != name}  # 市大数据中心, 市卫健委, 省财政厅
    return {a for a in out if len(a) >= 2}


def load_corpus(settings: Settings) -> Corpus:
    """Return the corpus of the index, reloading it only when the store's version changed."""
    key = settings.store_key
    version = read_version(settings)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None and cached.version == version:
            return cached
        snap = load_snapshot(settings)
        if snap is None:
            return Corpus.of([])
        gens = frozenset(snap.generations.values()) if snap.dirty else None
        projects = [p for p in snap.projects if p.kind == "project"]  # department forms are records apart
        corpus = Corpus.of(projects, snap.version, gens)
        _CACHE[key] = corpus
        return corpus

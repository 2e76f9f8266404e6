"""The third development suites: every intent of the visible suites, plus yes/no, two-part,
tie, exclusion and ellipsis questions, in the wordings of ``dev2_phrases.py`` (people the other
phrasebooks did not write for), over the bundled sample (``dev2_sample.jsonl``) and the
synthetic corpus of the suites (``dev2_synth.jsonl``).

They exist so the parser can be checked against wordings it was not tuned on; once it is tuned
on them they stop measuring that, and a fresh phrasebook is due.

Invariants:
- the generator machinery, the builders and the oracle are those of the other suites
  (eval/suites/__init__.py, dev.py); this module adds wording (registers, years, agencies,
  thresholds, names) and eval/suites/dev2_builders.py adds question shapes;
- every shortened name singles out its project under ``resolve_name``: as a substring (the
  oracle's ``resolve``), by its code, or as parts that each stand in the name once agency short
  names are expanded (a rearranged name);
- a threshold written with an operator whose boundary reads either way (以上, 以下) never equals
  a value the corpus states for that field;
- ``python -m eval.suites build-dev2`` rewrites both files byte for byte the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval.oracle import Oracle, fold
from eval.suites import (
    BUILDERS,
    ONLY,
    PLAN,
    Builder,
    build_pair,
    dev2_builders,
    write_suites,
)
from eval.suites import dev2_phrases as pb
from eval.suites.context import FIELDS, Ctx, Scope, slots_of
from eval.suites.dev import DevCtx, _tidy, compare_diff, follow_chain, follow_other3
from eval.suites.intents import filter_value

HERE = Path(__file__).parent
DEV2_SAMPLE = HERE / "dev2_sample.jsonl"
DEV2_SYNTH = HERE / "dev2_synth.jsonl"
SEEDS = {"sample": 9201, "synth": 9203}

DEV2_PLAN: dict[str, list[str]] = {
    **PLAN,
    "lookup_field": [*PLAN["lookup_field"], "lookup.yesno", "lookup.two", "lookup.pair"],
    "lookup_derived": [*PLAN["lookup_derived"], "derived.grade_yesno"],
    "filter_value": [*PLAN["filter_value"], "filter.exists"],
    "rank": [*PLAN["rank"], "rank.tie_max", "rank.tie_min", "rank.except_max", "rank.except_min"],
    "aggregate": [*PLAN["aggregate"], "agg.majority", "agg.except_avg"],
    "compare": [*PLAN["compare"], "compare.diff"],
    "follow_up": [
        *PLAN["follow_up"],
        *("fu.chain", "fu.other3", "fu.nth_low", "fu.switch", "fu.only_level", "fu.year"),
    ],
    "refuse_or_clarify": [*PLAN["refuse_or_clarify"], "roc.relative"],
}
DEV2_ONLY = {**ONLY, "fu.year": "synth"}
COUNTS: dict[str, dict[str, int]] = {
    "sample": {
        "lookup_field": 20,
        "lookup_derived": 16,
        "indicator": 14,
        "list_field": 12,
        "filter_value": 16,
        "filter_aggregate": 8,
        "filter_indicator": 14,
        "rank": 20,
        "aggregate": 18,
        "group": 8,
        "compare": 12,
        "reason": 10,
        "nested": 10,
        "follow_up": 24,
        "prose": 10,
        "refuse": 20,
        "refuse_or_clarify": 22,
    },
    "synth": {
        "lookup_field": 14,
        "lookup_derived": 10,
        "indicator": 10,
        "list_field": 8,
        "filter_value": 12,
        "filter_aggregate": 8,
        "filter_indicator": 10,
        "rank": 16,
        "aggregate": 14,
        "group": 8,
        "compare": 10,
        "reason": 6,
        "nested": 8,
        "follow_up": 22,
        "prose": 6,
        "refuse": 14,
        "refuse_or_clarify": 18,
    },
}
# template languages that are a register of a base language: (base, tag)
REGISTERS = {"zhp": ("zhc", "dictation"), "zhj": ("zh", "polite"), "enb": ("en", "british")}
KEY_TAGS = {
    "lookup.yesno": "yes-no",
    "derived.grade_yesno": "yes-no",
    "filter.exists": "yes-no",
    "agg.majority": "yes-no",
    "lookup.two": "two-part",
    "lookup.pair": "two-part",
    "rank.tie_max": "tie",
    "rank.tie_min": "tie",
    "rank.except_max": "exclusion",
    "rank.except_min": "exclusion",
    "agg.except_avg": "exclusion",
    **dict.fromkeys(
        ("fu.other", "fu.other3", "fu.nth_low", "fu.switch", "fu.only_level", "fu.year", "fu.second"),
        "ellipsis",
    ),
    "roc.relative": "relative-year",
}
INDIRECT = re.compile(r"我想了解|想请教|想确认|想问一下|麻烦|I'd like|Could you|Am I right")
_CODE = re.compile(r"（([A-Z]+)-(\d+)）$")
_CODE_ALIAS = re.compile(r"(?:([A-Za-z]{3})\W?)?(\d{1,5})(?!\d)")
_PARTS = re.compile(r"[\s\W_]+|的|那个")
_ARTICLE = re.compile(r"\b([Aa]) (?=[aeio]|un|up)")  # "a aggregate score" → "an aggregate score"


# -- names ------------------------------------------------------------------------------------------
def resolve_name(o: Oracle, text: str, short: dict[str, str] | None = None) -> list[str]:
    """The projects a name as people write it stands for: those containing it (the oracle's
    resolve); else, in a corpus with project codes, those with its code (00027号, jyw-27);
    else those whose name or department holds each of its parts once agency short names are
    expanded (运维（基础设施）, 市民政局的应急指挥)."""
    hits = o.resolve(text)
    if hits:
        return hits
    coded = {n: m for n in o.names() if (m := _CODE.search(n))}
    code = _CODE_ALIAS.search(text)
    if coded and code:
        letters, number = code.group(1), int(code.group(2))
        return [
            n
            for n, m in coded.items()
            if int(m.group(2)) == number and (not letters or letters.upper() == m.group(1))
        ]
    for a, full in sorted((short or pb.AGENCY_SHORT).items(), key=lambda kv: -len(kv[0])):
        text = text.replace(a, full)
    parts = [fold(x) for x in _PARTS.split(text) if fold(x)]
    dept = o.projects.department
    return [n for n in o.names() if parts and all(x in fold(n) or x in fold(dept[n]) for x in parts)]


def alias_kind(o: Oracle, alias: str) -> str:
    """How an alias names its project: substring, code or rearranged."""
    if o.resolve(alias):
        return "substring"
    return "code" if _CODE_ALIAS.search(alias) and any(_CODE.search(n) for n in o.names()) else "rearranged"


def _agency_word(dept: str) -> str:
    short = dept.removeprefix("上海市")
    return next((a for a, full in pb.AGENCY_SHORT.items() if full == short), "市" + short)


class Dev2Ctx(DevCtx):
    """The suites' context with this suite's wording: operators that wrap their value and whose
    boundary is checked, thresholds as these people write them, years, agencies in Chinese
    short forms and in English, names by code or rearranged."""

    def __post_init__(self) -> None:
        self.sensitive, self.reject, self.numerals = False, False, False
        super().__post_init__()

    def _aliases(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for name in self.o.names():
            stated = self.pb.ALIASES.get(name, []) if self.corpus == "sample" else self._synth_aliases(name)
            for c in stated:
                if resolve_name(self.o, c, self.pb.AGENCY_SHORT) != [name]:
                    raise ValueError(f"alias {c!r} does not single out {name!r}")
            out[name] = list(stated)
        return out

    def _synth_aliases(self, name: str) -> list[str]:
        from eval.synth import TOPICS

        m = _CODE.search(name)
        if not m:
            return []
        dept = str(self.o.projects.at[name, "department"])
        rest = name[: m.start()].removeprefix(dept.removeprefix("上海市"))
        topic = next((t for t in TOPICS if rest.startswith(t)), "")
        agency = _agency_word(dept)
        cands = [f"{m.group(2)}号", f"{m.group(1).lower()}-{int(m.group(2))}", f"{rest}（{agency}）"]
        if topic:
            cands.append(f"{agency}的{topic}")
        return [c for c in cands if resolve_name(self.o, c, self.pb.AGENCY_SHORT) == [name]]

    def ref(self, name: str, alias: float = 0.5) -> tuple[str, bool]:
        """As Ctx.ref, naming a project by an alias half of the time."""
        return super().ref(name, alias)

    def scope(self, pattern: str, min_n: int = 2, p: float | None = None) -> Scope:
        """As Ctx.scope, with years as 2021年度, 二〇二一年, 21年, FY2021 and agencies as 市卫健委名下,
        卫生健康委员会系统内 or their English names."""
        every = Scope(self.o.names())
        p = (0.65 if self.corpus == "synth" else 0.2) if p is None else p
        if "s" not in slots_of(pattern) or not self.chance(p):
            return every
        years = sorted({int(y) for y in self.o.projects.year})
        options: list[Scope] = []
        for y in years:
            zh, en = self.pick(self.pb.year_words(y, "zh")), self.pick(self.pb.year_words(y, "en"))
            options.append(Scope(self.o.names(year=y), zh, f" in {en}", ("scope:year",)))
        for d in sorted(set(self.o.projects.department)):
            zh = self.pick([f"{_agency_word(d)}名下", f"{d.removeprefix('上海市')}系统内"])
            en, tag = (
                (f" under the {self.pb.AGENCY_EN[d]}", ("scope:department-en",))
                if self.chance(0.5)
                else (f" under {d}", ())
            )
            options.append(Scope(self.o.names(department=d), zh, en, ("scope:department", *tag)))
            for y in years:
                both = self.o.names(year=y, department=d)
                yz = self.pick(self.pb.year_words(y, "zh"))
                options.append(
                    Scope(both, f"{yz}{zh}", f"{en} in {y}", ("scope:year", "scope:department", *tag))
                )
        options = [s for s in options if len(s.names) >= min_n]
        return self.pick(options) if options else every

    def word(self, table: str, key: str, lang: str) -> str:
        """As DevCtx.word; an operator whose boundary reads either way is remembered for the
        threshold that follows."""
        if table != "OPS":
            return Ctx.word(self, table, key, lang)
        raw = Ctx.word(self, table, key, lang)
        self.sensitive = any(w in raw for w in self.pb.BOUNDARY_WORDS)
        text, _, self.suffix = raw.partition("@")
        return text

    def amount(self, key: str, value: float, lang: str) -> str:
        """As DevCtx.amount; a boundary-sensitive threshold equal to a stated value rejects the
        question (its builder's result is dropped)."""
        stated = self.o.column(key, self.o.names())
        if self.sensitive and any(abs(float(v) - value) < 1e-9 for v in stated):
            self.reject = True
        self.sensitive = False
        text = super().amount(key, value, lang)
        self.numerals = self.numerals or not re.search(r"\d", text)
        return text


def in_registers(
    builder: Builder,
    book: Any,
    registers: dict[str, tuple[str, str]],
    key_tags: dict[str, str],
    indirect: re.Pattern[str],
    drop: Callable[[str], bool] | None = None,
    kind_of: Callable[[Oracle, str], str] | None = None,
) -> Builder:
    """A builder in a phrasebook's registers, dropping rejected questions (and those ``drop``
    refuses) and tagging the builder key, the register and shape of each question (indirect,
    numerals) and how projects are named; dev2 and dev3 differ only in these tables."""

    def run(ctx: Ctx, key: str, lang: str, pattern: str) -> dict[str, Any] | None:
        base, register = registers.get(lang, (lang, ""))
        if isinstance(ctx, Dev2Ctx):
            ctx.reject, ctx.numerals, ctx.sensitive = False, False, False
        it = builder(ctx, key, base, pattern)
        if it is None or (isinstance(ctx, Dev2Ctx) and ctx.reject):
            return None
        it["turns"] = [_ARTICLE.sub(r"\1n ", t) for t in it["turns"]]
        text = " ".join(it["turns"])
        if drop is not None and drop(text):
            return None
        more = {register, key_tags.get(key, ""), f"key:{key}"}
        if indirect.search(text):
            more.add("indirect")
        less = {""}
        if isinstance(ctx, Dev2Ctx):
            more.add("numerals" if ctx.numerals else "")
            bare = text
            for name in sorted(ctx.aliases, key=len, reverse=True):
                bare = bare.replace(name, " ")
            used = {a for names in ctx.aliases.values() for a in names if a in bare}
            more |= {f"alias:{(kind_of or alias_kind)(ctx.o, a)}" for a in used}
            if not used:  # a builder that names a project its template does not use
                less |= {"alias", "abbrev"}
        if not any(en in text for en in book.AGENCY_EN.values()):
            less.add("scope:department-en")
        it["tags"] = sorted({*it["tags"], *more} - less)
        return it

    return run


def _dev2(builder: Builder) -> Builder:
    """A builder in this suite's registers (key:lookup.two; yes-no, two-part, tie, exclusion,
    ellipsis, indirect, numerals, how projects are named)."""
    return in_registers(builder, pb, REGISTERS, KEY_TAGS, INDIRECT)


DEV2_BUILDERS: dict[str, Builder] = {
    k: _dev2(_tidy(b))
    for k, b in {
        **BUILDERS,
        "compare.diff": compare_diff,
        "fu.chain": follow_chain,
        "fu.other3": follow_other3,
        "filter.exists": filter_value,
        **dev2_builders.BUILDERS,
    }.items()
}


def build_dev2() -> dict[Path, list[dict[str, Any]]]:
    """Both suites, keyed by the file each belongs in."""
    return build_pair(
        (DEV2_SAMPLE, DEV2_SYNTH),
        pb,
        SEEDS,
        COUNTS,
        ("d2s", "d2y"),
        plan=DEV2_PLAN,
        builders=DEV2_BUILDERS,
        only=DEV2_ONLY,
        ctx_type=Dev2Ctx,
        spread=True,
    )


def write_dev2() -> dict[Path, int]:
    """Regenerate the suite files; return how many items each holds."""
    return write_suites(build_dev2())


__all__ = [
    "COUNTS",
    "DEV2_PLAN",
    "DEV2_SAMPLE",
    "DEV2_SYNTH",
    "FIELDS",
    "Dev2Ctx",
    "build_dev2",
    "resolve_name",
]

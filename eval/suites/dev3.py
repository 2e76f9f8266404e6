"""The fourth development suites: every intent of the visible suites, weighted towards the ones
held-out questions find weakest (comparisons, nested questions, derived lookups, filters,
groups, rankings, conversations, prose), in the wordings of ``dev3_phrases.py`` (an analyst of
the finance bureau, a busy director, a courteous caller, a foreign consultant, a bilingual
staffer), over the bundled sample (``dev3_sample.jsonl``) and the synthetic corpus of the
suites (``dev3_synth.jsonl``).

They exist so the parser can be checked against wordings it was not tuned on; once it is tuned
on them they stop measuring that, and a fresh phrasebook is due.

Invariants:
- the generator machinery, the builders and the oracle are those of the other suites
  (eval/suites/__init__.py, dev.py, dev2.py); this module adds wording (registers, years,
  agencies, thresholds, names) and eval/suites/dev3_builders.py adds question shapes;
- every shortened name singles out its project under ``resolve_alias``: as a substring (the
  oracle's ``resolve``), by its code, by parts, or by its characters in order once agency
  short names are expanded;
- a threshold written with an operator whose boundary reads either way (以上, 以下, 以内)
  never equals a value the corpus states for that field;
- ``python -m eval.suites build-dev3`` rewrites both files byte for byte the same.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from eval.oracle import Oracle, fold
from eval.suites import (
    BUILDERS,
    PLAN,
    Builder,
    build_pair,
    dev2_builders,
    dev3_builders,
    write_suites,
)
from eval.suites import dev3_phrases as pb
from eval.suites.context import Scope, slots_of
from eval.suites.dev import _in_order, _tidy, compare_diff, follow_chain, follow_other3
from eval.suites.dev2 import DEV2_ONLY, Dev2Ctx, in_registers, resolve_name
from eval.suites.intents import filter_value

HERE = Path(__file__).parent
DEV3_SAMPLE = HERE / "dev3_sample.jsonl"
DEV3_SYNTH = HERE / "dev3_synth.jsonl"
SEEDS = {"sample": 9301, "synth": 9303}

DEV3_PLAN: dict[str, list[str]] = {
    **PLAN,
    "lookup_field": [*PLAN["lookup_field"], "lookup.two", "lookup.pair"],
    "lookup_derived": [*PLAN["lookup_derived"], "derived.level1_lost", "derived.funds_lost"],
    "filter_value": [*PLAN["filter_value"], "filter.exists", "filter.between", "filter.two"],
    "filter_aggregate": [*PLAN["filter_aggregate"], "filter.below_median"],
    "filter_indicator": [*PLAN["filter_indicator"], "filter.kind_lost_gt"],
    "rank": [
        *PLAN["rank"],
        "rank.tie_max",
        "rank.tie_min",
        "rank.except_max",
        "rank.except_min",
        "rank.kind_lost",
    ],
    "aggregate": [*PLAN["aggregate"], "agg.except_avg"],
    "group": [*PLAN["group"], "group.project_l1"],
    "compare": [*PLAN["compare"], "compare.diff", "compare.l1_lost"],
    "nested": [
        *PLAN["nested"],
        *("nested.max_kind", "nested.min_kind", "nested.max_lost_count", "nested.min_lost_count"),
    ],
    "follow_up": [
        *(k for k in PLAN["follow_up"] if k != "fu.why_max"),
        *("fu.chain", "fu.other3", "fu.nth_low", "fu.switch", "fu.only_level", "fu.year"),
        *("fu.narrow", "fu.field_swap", "fu.just_level", "fu.top_then_low", "fu.of_those_count"),
        "fu.three_hop",
    ],
    "refuse": [*PLAN["refuse"], "refuse.forecast"],
    "refuse_or_clarify": [*PLAN["refuse_or_clarify"], "roc.relative", "roc.orphan"],
}
DEV3_ONLY = dict(DEV2_ONLY)
COUNTS: dict[str, dict[str, int]] = {
    "sample": {
        "lookup_field": 10,
        "lookup_derived": 16,
        "indicator": 10,
        "list_field": 8,
        "filter_value": 16,
        "filter_aggregate": 10,
        "filter_indicator": 16,
        "rank": 16,
        "aggregate": 10,
        "group": 10,
        "compare": 16,
        "reason": 8,
        "nested": 14,
        "follow_up": 25,
        "prose": 10,
        "refuse": 16,
        "refuse_or_clarify": 16,
    },
    "synth": {
        "lookup_field": 8,
        "lookup_derived": 12,
        "indicator": 8,
        "list_field": 6,
        "filter_value": 14,
        "filter_aggregate": 8,
        "filter_indicator": 12,
        "rank": 12,
        "aggregate": 10,
        "group": 10,
        "compare": 12,
        "reason": 6,
        "nested": 10,
        "follow_up": 21,
        "prose": 6,
        "refuse": 14,
        "refuse_or_clarify": 16,
    },
}
# template languages that are a register of a base language: (base, tag)
REGISTERS = {
    "zha": ("zhf", "analyst"),
    "zhd": ("zhc", "director"),
    "zhq": ("zh", "courteous"),
    "enc": ("en", "consultant"),
}
KEY_TAGS = {
    "lookup.two": "two-part",
    "lookup.pair": "two-part",
    "filter.exists": "yes-no",
    "rank.tie_max": "tie",
    "rank.tie_min": "tie",
    "rank.except_max": "exclusion",
    "rank.except_min": "exclusion",
    "agg.except_avg": "exclusion",
    "derived.level1_lost": "points-lost",
    "derived.funds_lost": "points-lost",
    "filter.kind_lost_gt": "points-lost",
    "rank.kind_lost": "points-lost",
    "compare.l1_lost": "points-lost",
    "group.project_l1": "points-lost",
    **dict.fromkeys(
        ("fu.other", "fu.other3", "fu.nth_low", "fu.switch", "fu.only_level", "fu.year", "fu.second"),
        "ellipsis",
    ),
    "roc.relative": "relative-year",
    "roc.orphan": "no-antecedent",
    "refuse.forecast": "forecast",
}
INDIRECT = re.compile(r"麻烦|请问一下|我想了解|Could you|Can you")
_CODE = re.compile(r"（([A-Z]+)-(\d+)）$")


# -- names ------------------------------------------------------------------------------------------
def _expand(text: str, short: dict[str, str]) -> str:
    for a, full in sorted(short.items(), key=lambda kv: -len(kv[0])):
        text = text.replace(a, full)
    return text


def resolve_alias(o: Oracle, text: str, short: dict[str, str] | None = None) -> list[str]:
    """The projects a name as these people write it stands for: by ``resolve_name`` of
    eval/suites/dev2.py (a substring, a code, parts once agency short names are expanded); else
    those holding its characters in order once agency short names are expanded (网办运营,
    卫健档案数字化专项)."""
    short = pb.AGENCY_SHORT if short is None else short
    hits = resolve_name(o, text, short)
    if hits:
        return hits
    key = fold(_expand(text, short))
    return [n for n in o.names() if key and _in_order(key, fold(n))]


def alias_kind(o: Oracle, alias: str) -> str:
    """How an alias names its project: substring, code, parts or in-order."""
    if o.resolve(alias):
        return "substring"
    if re.search(r"[A-Za-z]{3}\d", alias) and any(_CODE.search(n) for n in o.names()):
        return "code"
    return "parts" if resolve_name(o, alias, pb.AGENCY_SHORT) else "in-order"


class Dev3Ctx(Dev2Ctx):
    """The suites' context with this suite's wording: scopes as 卫健条线, 二二年, 2022预算年度,
    at the Health Commission, for FY22; names as abbreviations, codes without their dash (JYW27)
    and agency + topic + a short kind (卫健档案数字化专项)."""

    def _aliases(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for name in self.o.names():
            stated = self.pb.ALIASES.get(name, []) if self.corpus == "sample" else self._synth_aliases(name)
            for c in stated:
                if resolve_alias(self.o, c, self.pb.AGENCY_SHORT) != [name]:
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
        kind = rest.removeprefix(topic)
        cands = [f"{m.group(1)}{int(m.group(2))}"]
        if topic and kind in self.pb.KIND_SHORT:
            cands.append(f"{self.pb.AGENCY_WORDS[dept]}{topic}{self.pb.KIND_SHORT[kind]}")
        return [c for c in cands if resolve_alias(self.o, c, self.pb.AGENCY_SHORT) == [name]]

    def abbreviations(self) -> set[str]:
        """Names that are not substrings of the name they stand for."""
        return {a for names in self.aliases.values() for a in names if not self.o.resolve(a)}

    def scope(self, pattern: str, min_n: int = 2, p: float | None = None) -> Scope:
        """As Ctx.scope, with years and agencies as these people say them."""
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
            word = self.pb.AGENCY_WORDS.get(d, d.removeprefix("上海市"))
            zh = self.pick([f"{word}条线", f"{word}那边", f"{d}所属"])
            en_name = self.pb.AGENCY_EN.get(d, d)
            en, tag = (
                (f" at the {en_name}", ("scope:department-en",)) if self.chance(0.5) else (f" within {d}", ())
            )
            options.append(Scope(self.o.names(department=d), zh, en, ("scope:department", *tag)))
            for y in years:
                both = self.o.names(year=y, department=d)
                yz, ye = self.pick(self.pb.year_words(y, "zh")), self.pick(self.pb.year_words(y, "en"))
                options.append(
                    Scope(both, f"{yz}{zh}", f"{en} in {ye}", ("scope:year", "scope:department", *tag))
                )
        options = [s for s in options if len(s.names) >= min_n]
        return self.pick(options) if options else every


_UNJUDGED = sorted(
    {w for k, words in pb.FIELDS.items() if k not in pb.JUDGED_FIELDS for w in (*words["zh"], *words["en"])},
    key=len,
    reverse=True,
)


def _misjudged(text: str) -> bool:
    """Whether a question judges (最牛, weakest) a field where higher is not better (money, points
    lost): which end it means would be a guess."""
    return any(w in text for w in pb.EVALUATIVE) and any(w in text for w in _UNJUDGED)


def _dev3(builder: Builder) -> Builder:
    """A builder in this suite's registers (key:fu.narrow), dropping misjudged questions."""
    return in_registers(builder, pb, REGISTERS, KEY_TAGS, INDIRECT, drop=_misjudged, kind_of=alias_kind)


DEV3_BUILDERS: dict[str, Builder] = {
    k: _dev3(_tidy(b))
    for k, b in {
        **BUILDERS,
        "compare.diff": compare_diff,
        "fu.chain": follow_chain,
        "fu.other3": follow_other3,
        "filter.exists": filter_value,
        **dev2_builders.BUILDERS,
        **dev3_builders.BUILDERS,
        "refuse.forecast": BUILDERS["refuse.offtopic"],
        "roc.orphan": BUILDERS["roc.unknown"],
    }.items()
}


def build_dev3() -> dict[Path, list[dict[str, Any]]]:
    """Both suites, keyed by the file each belongs in."""
    return build_pair(
        (DEV3_SAMPLE, DEV3_SYNTH),
        pb,
        SEEDS,
        COUNTS,
        ("d3s", "d3y"),
        plan=DEV3_PLAN,
        builders=DEV3_BUILDERS,
        only=DEV3_ONLY,
        ctx_type=Dev3Ctx,
        spread=True,
    )


def write_dev3() -> dict[Path, int]:
    """Regenerate the suite files; return how many items each holds."""
    return write_suites(build_dev3())


__all__ = [
    "COUNTS",
    "DEV3_ONLY",
    "DEV3_PLAN",
    "DEV3_SAMPLE",
    "DEV3_SYNTH",
    "Dev3Ctx",
    "alias_kind",
    "build_dev3",
    "resolve_alias",
]

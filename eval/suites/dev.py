"""The development suites: the intents of the visible suites (plus differences between two
projects and three-turn conversations) in the wordings of ``dev_phrases.py``, over the bundled
sample (``dev_sample.jsonl``) and the synthetic corpus of the suites (``dev_synth.jsonl``).

They exist so the parser can be checked against wordings it was not tuned on; once it is tuned on
them they stop measuring that, and a fresh phrasebook is due.

Invariants:
- the generator machinery and the oracle are those of the visible suites; this module only adds
  wording (thresholds, operators around a value, scopes, shortened names) and three builders;
- every shortened project name singles out its project: by substring like the oracle's
  ``resolve``, or, for a shortening that drops characters or an agency's short name, by its
  characters in order after expanding the agency (tagged ``abbrev``);
- ``python -m eval.suites build-dev`` rewrites both files byte for byte the same.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from eval.oracle import Oracle, fold
from eval.suites import (
    BUILDERS,
    ONLY,
    PLAN,
    Builder,
    build_pair,
    write_suites,
)
from eval.suites import dev_phrases as pb
from eval.suites.context import FIELDS, Ctx, Scope, item, number_gold, render, slots_of
from eval.suites.dialogue import _winner
from eval.suites.intents import Item, _col, tags

HERE = Path(__file__).parent
DEV_SAMPLE = HERE / "dev_sample.jsonl"
DEV_SYNTH = HERE / "dev_synth.jsonl"
SEEDS = {"sample": 9101, "synth": 9103}

DEV_PLAN = {
    **PLAN,
    "compare": [*PLAN["compare"], "compare.diff"],
    "follow_up": [*PLAN["follow_up"], "fu.chain", "fu.other3"],
}
COUNTS: dict[str, dict[str, int]] = {
    "sample": {
        "lookup_field": 16,
        "lookup_derived": 18,
        "indicator": 16,
        "list_field": 12,
        "filter_value": 16,
        "filter_aggregate": 10,
        "filter_indicator": 14,
        "rank": 16,
        "aggregate": 16,
        "group": 8,
        "compare": 14,
        "reason": 12,
        "nested": 12,
        "follow_up": 18,
        "prose": 12,
        "refuse": 24,
        "refuse_or_clarify": 24,
    },
    "synth": {
        "lookup_field": 10,
        "lookup_derived": 10,
        "indicator": 12,
        "list_field": 10,
        "filter_value": 12,
        "filter_aggregate": 10,
        "filter_indicator": 12,
        "rank": 12,
        "aggregate": 14,
        "group": 10,
        "compare": 12,
        "reason": 8,
        "nested": 10,
        "follow_up": 20,
        "prose": 6,
        "refuse": 18,
        "refuse_or_clarify": 18,
    },
}


# -- names ------------------------------------------------------------------------------------------
def _in_order(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def resolve_alias(o: Oracle, text: str) -> list[str]:
    """The projects a shortened name stands for: those containing it (the oracle's resolve),
    else those holding its characters in order once agency short names are expanded."""
    hits = o.resolve(text)
    if hits:
        return hits
    for short, full in pb.AGENCY_SHORT.items():
        text = text.replace(short, full)
    key = fold(text)
    return [n for n in o.names() if key and _in_order(key, fold(n))]


class DevCtx(Ctx):
    """The suites' context with the development wording: operators that wrap their value,
    thresholds in Chinese numerals and other units, scopes and names as people shorten them."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.suffix = ""

    def _aliases(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for name in self.o.names():
            cands = (
                list(self.pb.ALIASES.get(name, [])) if self.corpus == "sample" else self._synth_aliases(name)
            )
            for c in cands:
                if resolve_alias(self.o, c) != [name]:
                    raise ValueError(f"alias {c!r} does not single out {name!r}: {resolve_alias(self.o, c)}")
            out[name] = cands
        return out

    def _synth_aliases(self, name: str) -> list[str]:
        m = re.search(r"（([A-Z]+-\d+)）$", name)
        if not m:
            return []
        code, stem = m.group(1), name[: m.start()]
        cands = [code.lower(), code.replace("-", "")]
        for short, full in self.pb.AGENCY_SHORT.items():
            if stem.startswith(full):
                cands.append(short + stem.removeprefix(full))
        from eval.synth import KINDS

        for kind in KINDS:
            if stem.endswith(kind):
                cands.append(stem.removesuffix(kind))
        return [c for c in cands if resolve_alias(self.o, c) == [name]]

    def abbreviations(self) -> set[str]:
        """Shortened names that are not substrings of the name they stand for."""
        return {a for names in self.aliases.values() for a in names if not self.o.resolve(a)}

    def scope(self, pattern: str, min_n: int = 2, p: float | None = None) -> Scope:
        """As Ctx.scope, with years as 2022年度, 22年 or FY2022 and agencies by their short names."""
        every = Scope(self.o.names())
        p = (0.65 if self.corpus == "synth" else 0.12) if p is None else p
        if "s" not in slots_of(pattern) or not self.chance(p):
            return every
        years = sorted({int(y) for y in self.o.projects.year})
        depts = sorted(set(self.o.projects.department))
        options: list[Scope] = []
        for y in years:
            zh, en = (
                self.pick([f"{y}年度", f"{y % 100}年", f"{y}年"]),
                self.pick([f" for FY{y}", f" from {y}"]),
            )
            options.append(Scope(self.o.names(year=y), zh, en, ("scope:year",)))
        for d in depts:
            short = d.removeprefix("上海市")
            zh = self.pick(
                [f"{short}下属", *(a for a, full in self.pb.AGENCY_SHORT.items() if full == short), d]
            )
            options.append(Scope(self.o.names(department=d), zh, f" under {d}", ("scope:department",)))
            for y in years:
                both = self.o.names(year=y, department=d)
                zh2 = self.pick([f"{zh}{y}年", f"{y}年度{zh}"])
                options.append(Scope(both, zh2, f" under {d} for {y}", ("scope:year", "scope:department")))
        options = [s for s in options if len(s.names) >= min_n]
        return self.pick(options) if options else every

    def word(self, table: str, key: str, lang: str) -> str:
        """As Ctx.word; an operator written around its value ("比@低") gives its head and keeps
        its tail for the threshold that follows."""
        text = super().word(table, key, lang)
        if table == "OPS":
            text, _, self.suffix = text.partition("@")
        return text

    def amount(self, key: str, value: float, lang: str) -> str:
        """A threshold worded by the phrasebook, with the tail of its operator."""
        text = self.pb.amount(self.pick, str(FIELDS[key].unit), value, lang)
        tail, self.suffix = self.suffix, ""
        return text + tail


# -- builders this suite adds --------------------------------------------------------------------
def compare_diff(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """How far apart two named projects are on a field ({p} holds the larger value)."""
    points = "百分点" in pattern or "percentage points" in pattern
    f = (
        "rate"
        if points
        else ctx.pick(("total", "rate", "budget", "executed", "unspent", "satisfaction", "lost"))
    )
    col = _col(ctx, f, ctx.o.names())
    a, b = ctx.sample(sorted(col), 2)
    if col[a] == col[b]:
        return None
    hi, lo = (a, b) if col[a] > col[b] else (b, a)
    diff = round(col[hi] - col[lo], 4)
    (p, pa), (q, qa) = ctx.ref(hi), ctx.ref(lo)
    turns = render(pattern, p=p, q=q, f=ctx.word("FIELDS", f, lang))
    gold = {**number_gold(diff, f), "projects": [hi, lo]}
    if f == "rate":  # a difference of rates is stated in percentage points
        gold["aliases"] = [f"{diff:g}个百分点", f"{diff:g} percentage point"]
    return item("compare", "compare", "number", turns, gold, ctx.rows(f, [hi, lo]), tags(lang, pa or qa))


VALUES = ("total", "rate", "budget", "executed", "satisfaction", "unspent")


def follow_chain(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Three turns: the lowest project on a field, why, then another field of that project."""
    f = ctx.pick(("total", "satisfaction", "rate"))
    win = _winner(ctx, f, False)
    g = ctx.pick([x for x in VALUES if x != f])
    if win is None or (FIELDS[f].unit == FIELDS[g].unit and ctx.value(f, win) == ctx.value(g, win)):
        return None
    turns = render(pattern, f=ctx.word("FIELDS", f, lang), g=ctx.word("FIELDS", g, lang))
    gold = {**number_gold(ctx.value(g, win), g), "projects": [win]}
    return item(
        "follow_up", "follow-up", "number", turns, gold, ctx.rows(g, [win]), tags(lang, False, "follow-up")
    )


def follow_other3(ctx: Ctx, key: str, lang: str, pattern: str) -> Item:
    """Three turns: a field of one project, then 'and this one?' twice; the last is gold."""
    f = ctx.pick(VALUES)
    names = ctx.sample(ctx.o.names(), 3)
    refs = [ctx.ref(n) for n in names]
    turns = render(pattern, p=refs[0][0], q=refs[1][0], r=refs[2][0], f=ctx.word("FIELDS", f, lang))
    gold = {**number_gold(ctx.value(f, names[2]), f), "projects": [names[2]]}
    t = tags(lang, any(a for _, a in refs), "follow-up")
    return item("follow_up", "follow-up", "number", turns, gold, ctx.rows(f, [names[2]]), t)


def _tidy(builder: Builder) -> Builder:
    """A builder whose questions have single spaces and whose shortened names are tagged."""

    def run(ctx: Ctx, key: str, lang: str, pattern: str) -> dict[str, Any] | None:
        if isinstance(ctx, DevCtx):
            ctx.suffix = ""
        it = builder(ctx, key, lang, pattern)
        if it is None or _negative(it["gold"]):
            return None
        it["turns"] = [re.sub(r"\s{2,}", " ", t).strip() for t in it["turns"]]
        if isinstance(ctx, DevCtx) and any(a in t for a in ctx.abbreviations() for t in it["turns"]):
            it["tags"] = sorted({*it["tags"], "abbrev"})
        return it

    return run


def _negative(gold: dict[str, Any]) -> bool:
    """Whether gold holds a negative number (points lost on a form whose stated total exceeds
    its items): the scorer reads numbers without their sign, so no answer could match."""
    values = [gold.get("value"), *(p.get("value") for p in gold.get("pairs", []))]
    return any(v is not None and v < 0 for v in values)


DEV_BUILDERS: dict[str, Builder] = {
    k: _tidy(b)
    for k, b in {
        **BUILDERS,
        "compare.diff": compare_diff,
        "fu.chain": follow_chain,
        "fu.other3": follow_other3,
    }.items()
}


def build_dev() -> dict[Path, list[dict[str, Any]]]:
    """Both development suites, keyed by the file each belongs in."""
    return build_pair(
        (DEV_SAMPLE, DEV_SYNTH),
        pb,
        SEEDS,
        COUNTS,
        ("ds", "dy"),
        plan=DEV_PLAN,
        builders=DEV_BUILDERS,
        only=ONLY,
        ctx_type=DevCtx,
    )


def write_dev() -> dict[Path, int]:
    """Regenerate the suite files; return how many items each holds."""
    return write_suites(build_dev())

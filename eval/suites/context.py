"""What every question builder needs: the oracle, a seeded random source and a phrasebook, with
helpers that word projects, fields, scopes and thresholds and turn gold into schema items.

Invariants:
- nothing here reads the clock, the environment or a set's iteration order, so the same
  (records, phrasebook, seed) gives the same questions byte for byte;
- a project is referred to by its full name or by a fragment the oracle resolves to it alone;
- the phrasebook only words questions; every gold value comes from the oracle.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from eval.oracle import LEVEL1, Oracle


@dataclass(frozen=True)
class Field:
    """A project-level field: the oracle column, its unit, tolerance and the rows it rests on."""

    key: str
    unit: str | None
    tolerance: float
    section: str  # funds | total | satisfaction


FIELDS = {
    "total": Field("total", "分", 0.01, "total"),
    "rate": Field("rate", "%", 0.01, "funds"),
    "initial": Field("initial", "元", 50, "funds"),
    "budget": Field("budget", "元", 50, "funds"),
    "executed": Field("executed", "元", 50, "funds"),
    "funds_score": Field("funds_score", "分", 0.01, "funds"),
    "satisfaction": Field("satisfaction", "分", 0.01, "satisfaction"),
    "unspent": Field("unspent", "元", 50, "funds"),
    "lost": Field("lost", "分", 0.01, "total"),
    "change": Field("change", "元", 50, "funds"),
}
MONEY = ("initial", "budget", "executed", "unspent", "change")


@dataclass(frozen=True)
class Scope:
    """Which projects a question ranges over, and how the question says so."""

    names: list[str]
    zh: str = ""
    en: str = ""
    tags: tuple[str, ...] = ()


@dataclass
class Ctx:
    """The builders' shared state for one suite."""

    o: Oracle
    pb: ModuleType
    seed: int
    corpus: str  # sample | synth
    rng: random.Random = field(init=False)
    aliases: dict[str, list[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.aliases = self._aliases()

    # -- choices ---------------------------------------------------------------------------
    def pick(self, seq: Sequence[Any]) -> Any:
        """One element, chosen by the seeded source."""
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        """True with probability p."""
        return self.rng.random() < p

    def sample(self, seq: Sequence[Any], k: int) -> list[Any]:
        """k distinct elements in a seeded order."""
        return self.rng.sample(list(seq), k)

    # -- projects ------------------------------------------------------------------------------
    def _aliases(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        stated = getattr(self.pb, "ALIASES", {}) if self.corpus == "sample" else {}
        for name in self.o.names():
            cands = list(stated.get(name, [])) if self.corpus == "sample" else self._synth_aliases(name)
            for c in cands:
                if self.o.resolve(c) != [name]:
                    raise ValueError(f"alias {c!r} does not single out {name!r}: {self.o.resolve(c)}")
            out[name] = cands
        return out

    def _synth_aliases(self, name: str) -> list[str]:
        m = re.search(r"（([A-Z]+-\d+)）$", name)
        if not m:
            return []
        stem = name[: m.start()]
        short = stem
        for dept in sorted(set(self.o.projects.department), key=len, reverse=True):
            short = short.removeprefix(dept.removeprefix("上海市"))
        return [c for c in (m.group(1), stem, short) if self.o.resolve(c) == [name]]

    def ref(self, name: str, alias: float = 0.4) -> tuple[str, bool]:
        """How a question names a project: full name, or (with probability alias) a fragment."""
        if self.aliases.get(name) and self.chance(alias):
            return self.pick(self.aliases[name]), True
        return name, False

    def scope(self, pattern: str, min_n: int = 2, p: float | None = None) -> Scope:
        """All projects, or (sometimes, when the pattern can say so with {s}) one year,
        department or both, with at least min_n projects."""
        every = Scope(self.o.names())
        p = (0.65 if self.corpus == "synth" else 0.12) if p is None else p
        if "s" not in slots_of(pattern) or not self.chance(p):
            return every
        years = sorted({int(y) for y in self.o.projects.year})
        depts = sorted(set(self.o.projects.department))
        options: list[Scope] = []
        for y in years:
            options.append(Scope(self.o.names(year=y), f"{y}年", f" in {y}", ("scope:year",)))
        for d in depts:
            short = d.removeprefix("上海市")
            zh = self.pick([d, short, f"{short}的"])
            options.append(Scope(self.o.names(department=d), zh, f" of {d}", ("scope:department",)))
            for y in years:
                both = self.o.names(year=y, department=d)
                options.append(
                    Scope(both, f"{y}年{short}", f" of {d} in {y}", ("scope:year", "scope:department"))
                )
        options = [s for s in options if len(s.names) >= min_n]
        return self.pick(options) if options else every

    # -- words -----------------------------------------------------------------------------------
    def word(self, table: str, key: str, lang: str) -> str:
        """A phrasebook word for a field, kind or operator in the question's language (a
        question mixing Chinese and English takes its words from both lists)."""
        entry = getattr(self.pb, table)[key]
        if lang == "mix":
            words = entry.get("mix") or entry["zh"] + entry["en"]
        else:
            words = entry["en" if is_en(lang) else "zh"]
        return str(self.pick(words))

    def level_word(self, kind: str, lang: str) -> str:
        """A word for a level-1 or level-2 indicator kind."""
        return self.word("LEVEL1_WORDS" if kind in LEVEL1 else "KIND_WORDS", kind, lang)

    def amount(self, key: str, value: float, lang: str) -> str:
        """A threshold as a manager writes it: 5000万元, 1.5亿, 50 million yuan, 99%, 90分."""
        if key in MONEY:
            if is_en(lang):
                if value < 1e6:
                    return f"{value:,.0f} yuan"
                return self.pick([f"{value / 1e6:g} million yuan", f"RMB {value / 1e6:g} million"])
            if value >= 1e8:
                return self.pick([f"{value / 1e8:g}亿元", f"{value / 1e8:g}亿"])
            return self.pick([f"{value / 1e4:g}万元", f"{value / 1e4:g}万", f"{value:,.0f}元"])
        if FIELDS[key].unit == "%":
            return f"{value:g}%"
        return f"{value:g} points" if is_en(lang) else f"{value:g}分"

    # -- evidence --------------------------------------------------------------------------------
    def rows(self, key: str, names: Sequence[str]) -> list[str]:
        """The rows a field of some projects rests on."""
        section = FIELDS[key].section if key in FIELDS else key
        if section == "satisfaction":
            return [i for n in names for i in self.o.ids(self.o.indicator_rows(n, level1="满意度指标"))]
        return [self.o.row(n, section) for n in names]

    def value(self, key: str, name: str) -> float:
        """A project-level field as a float."""
        return float(self.o.value(name, key))


def is_en(lang: str) -> bool:
    """Whether a template language code is English (en, or a variant such as enn)."""
    return lang.startswith("en")


def render(pattern: str, **slots: str) -> list[str]:
    """Turns of a conversation from a phrasebook pattern ('||' separates turns)."""
    return [t.format(**slots).strip() for t in pattern.split("||")]


def slots_of(pattern: str) -> set[str]:
    """The placeholders a pattern uses."""
    return set(re.findall(r"{(\w+)}", pattern))


# wordings an answer may give instead of a zero (scoring aliases, not question wording)
ZERO = {
    "change": [
        "未调整",
        "没有调整",
        "无调整",
        "未作调整",
        "没有变化",
        "无变化",
        "not adjusted",
        "unchanged",
        "no change",
    ],
    "unspent": ["无结余", "没有结余", "全部执行", "没有剩余", "fully spent", "nothing left", "no unspent"],
}


def number_gold(value: float, key: str) -> dict[str, Any]:
    """Gold for a number in a field's unit (money in 元; tolerance covers 万元 to 2 decimals)."""
    f = FIELDS[key]
    gold: dict[str, Any] = {"value": round(float(value), 4), "unit": f.unit, "tolerance": f.tolerance}
    if abs(value) < 1e-9 and key in ZERO:
        gold["aliases"] = list(ZERO[key])
    return gold


def item(
    intent: str,
    qtype: str,
    answer_type: str,
    turns: list[str],
    gold: dict[str, Any],
    rows: Sequence[str] = (),
    tags: Sequence[str] = (),
    answerable: bool = True,
) -> dict[str, Any]:
    """A schema item (without id)."""
    out: dict[str, Any] = {
        "turns": turns,
        "type": qtype,
        "intent": intent,
        "answer_type": answer_type,
        "gold": {
            k: v for k, v in gold.items() if v is not None and not (isinstance(v, list | str) and not v)
        },
    }
    if rows:
        out["evidence"] = {"all_of": sorted(dict.fromkeys(rows))}
    out["answerable"] = answerable
    out["tags"] = sorted(dict.fromkeys(tags))
    return out

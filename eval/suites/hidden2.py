"""The second held-out suite (``sample_hidden2.jsonl``): every intent of the visible suites over
the bundled sample, worded from a phrasebook of its own (``hidden2_templates.py``), for scoring
the parser once its work on the first held-out suite has spent that one as a measure.

Parser work must not look at the phrasebook or the suite file; ``make eval-suites`` scores the
suite redacted (``--redact``), so that only totals are shown.

Invariants:
- the generator machinery, the builders and the oracle are those of the other suites
  (eval/suites/__init__.py, dev.py, dev2_builders.py); this module only chooses question shapes
  and counts, and tags each item with its builder key;
- only shapes the sample corpus can ask are planned (one year and one department: no grouping by
  either; every project lost a point: no "none deducted" filter);
- ``python -m eval.suites build-hidden2`` rewrites the file byte for byte the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eval.suites import BUILDERS, ONLY, PLAN, Builder, build, dumps, sample_records
from eval.suites import hidden2_templates as pb
from eval.suites.context import Ctx
from eval.suites.dev import _tidy, compare_diff, follow_chain, follow_other3
from eval.suites.dev2_builders import follow_nth_low, follow_only_level, follow_switch, rank_tie

HERE = Path(__file__).parent
HIDDEN2 = HERE / "sample_hidden2.jsonl"
SEED = 9302
NOT_IN_SAMPLE = {"filter.clean"} | {
    f"group.{w}" for w in ("dept_count", "dept_avg", "year_count", "year_avg")
}

HIDDEN2_PLAN: dict[str, list[str]] = {
    intent: [k for k in keys if k not in NOT_IN_SAMPLE] for intent, keys in PLAN.items()
}
HIDDEN2_PLAN["rank"] = [*HIDDEN2_PLAN["rank"], "rank.tie_max"]
HIDDEN2_PLAN["compare"] = [*HIDDEN2_PLAN["compare"], "compare.diff"]
HIDDEN2_PLAN["follow_up"] = [
    *HIDDEN2_PLAN["follow_up"],
    *("fu.chain", "fu.other3", "fu.nth_low", "fu.switch", "fu.only_level"),
]
# eight of each answerable intent (twelve conversations), twenty that must be refused or asked back
COUNTS: dict[str, int] = {
    **{i: 8 for i in HIDDEN2_PLAN if not i.startswith("refuse")},
    "follow_up": 12,
    "refuse": 10,
    "refuse_or_clarify": 10,
}


def _keyed(builder: Builder) -> Builder:
    """A builder (tidied: single spaces, no negative gold) whose items carry their key."""
    tidy = _tidy(builder)

    def run(ctx: Ctx, key: str, lang: str, pattern: str) -> dict[str, Any] | None:
        it = tidy(ctx, key, lang, pattern)
        if it is not None:
            it["tags"] = sorted({*it["tags"], f"key:{key}"})
        return it

    return run


HIDDEN2_BUILDERS: dict[str, Builder] = {
    k: _keyed(b)
    for k, b in {
        **BUILDERS,
        "rank.tie_max": rank_tie,
        "compare.diff": compare_diff,
        "fu.chain": follow_chain,
        "fu.other3": follow_other3,
        "fu.nth_low": follow_nth_low,
        "fu.switch": follow_switch,
        "fu.only_level": follow_only_level,
    }.items()
}


def build_hidden2() -> list[dict[str, Any]]:
    """The suite's items, in file order."""
    return build(
        sample_records(),
        pb,
        SEED,
        "sample",
        COUNTS,
        "h2",
        plan=HIDDEN2_PLAN,
        builders=HIDDEN2_BUILDERS,
        only=ONLY,
        spread=True,
    )


def write_hidden2() -> dict[Path, int]:
    """Regenerate the suite file; return how many items it holds."""
    items = build_hidden2()
    HIDDEN2.write_text(dumps(items), encoding="utf-8")
    return {HIDDEN2: len(items)}


__all__ = ["COUNTS", "HIDDEN2", "HIDDEN2_PLAN", "build_hidden2", "write_hidden2"]

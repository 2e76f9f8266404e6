"""The national template of the indicator hierarchy, and the words the parser keys on.

Invariant: every level-2 kind named here belongs to exactly one level-1 kind; the parser
normalises a row's level-1 from its level-2 with ``LEVEL1_OF``.
"""

from __future__ import annotations

OUTPUT = "产出指标"
BENEFIT = "效益指标"
SATISFACTION = "满意度指标"

LEVEL1 = (OUTPUT, BENEFIT, SATISFACTION)

LEVEL1_OF: dict[str, str] = {
    "数量指标": OUTPUT,
    "质量指标": OUTPUT,
    "时效指标": OUTPUT,
    "成本指标": OUTPUT,
    "经济效益指标": BENEFIT,
    "社会效益指标": BENEFIT,
    "生态效益指标": BENEFIT,
    "生态指标": BENEFIT,
    "可持续影响指标": BENEFIT,
    "服务对象满意度指标": SATISFACTION,
    "满意度": SATISFACTION,
}

TITLE = "绩效自评表"
SECTION_LABELS = frozenset({"绩效指标", "绩效 指标"})
TOTAL_LABELS = frozenset({"总分", "合计"})
FUNDS_KINDS = {
    "年度资金总额": "total",
    "当年财政拨款": "appropriation",
    "上年结转资金": "carryover",
    "其他资金": "other",
}


def level1_of(level2: str) -> str | None:
    """Return the template level-1 of a level-2 kind, or None when unknown."""
    return LEVEL1_OF.get(level2)


def grade(score: float) -> str:
    """Return the grade (优/良/中/差) of a total score."""
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"

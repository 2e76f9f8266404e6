"""Rewrites of a tagged question: words that state how a quantity is computed read as that
quantity (年初预算与全年预算相差多少 is the budget change, 总分较满分差几分 the points lost), and words
whose reading depends on a neighbour are settled (顶多到多少 is the largest, 在中位数上面 a
comparison).

Each rule is one named function. ``WORD_RULES`` run at every content word in order, and the
first that applies ends that word's turn; ``QUESTION_RULES`` then run once over the whole
question, in order. A rule reads the tokens as earlier rules left them.

Invariants:
- a rule only retags tokens (to ``stop`` or to another kind); it never adds, drops or moves one,
  so every token keeps its place in the question;
- the order of both tables is the order of application; a new rule is one function, one entry
  in a table, and its rows in tests/test_parser.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.lexicon import ALL_PROJECTS, TOTAL_WORDS
from bot.tokens import Token, points_word

_DERIVED_FROM = {
    frozenset({"initial_budget", "full_year_budget"}): "budget_change",
    frozenset({"full_year_budget", "executed"}): "unspent",
}
"""The two stated fields a derived field is the difference of (年初到年底预算变了多少)."""
_EN_NOT = frozenset(
    {
        "didn't",
        "did not",
        "not",
        "never",
        "doesn't",
        "don't",
        "wasn't",
        "weren't",
        "haven't",
        "hasn't",
        "isn't",
        "aren't",
    }
)
_ABOVE = {"上面": "gt", "上头": "gt", "下面": "lt", "下头": "lt", "以上": "gt", "以下": "lt"}
_AT_MOST_AT_LEAST = frozenset({"顶多", "至多", "至少", "起码"})
_EACH_ONE = frozenset({"各", "分别", "各自", "每个", "each", "respectively"})
_OVERALL = frozenset({"overall", "in total", "总体", "整体上"})
_LISTING = frozenset({"、", "和", "与", "及", ",", "，"})
_A_NOT_A = re.compile(r"(.+)没\1|没有?$")
_EITHER = frozenset({"还是", "或", "或者", "or", "、", ",", "，"})


def _projects_named(out: list[Token]) -> int:
    """How many project names the question says (each name once, however many it fits)."""
    return sum(1 for x in out if x.kind == "project")


@dataclass
class At:
    """A content word being rewritten: the question's tokens, the positions of its content
    words, and which of them (``n``) is at hand."""

    out: list[Token]
    content: list[int]
    n: int

    @property
    def i(self) -> int:
        return self.content[self.n]

    @property
    def t(self) -> Token:
        return self.out[self.i]

    @property
    def rest(self) -> list[int]:
        """Positions of the content words after this one."""
        return self.content[self.n + 1 :]

    def before(self) -> Token | None:
        """The content word before this one."""
        return self.out[self.content[self.n - 1]] if self.n else None

    def retag(self, j: int, kind: str, value: str = "") -> None:
        old = self.out[j]
        self.out[j] = Token(kind, value, old.text, old.start)

    def stop(self, *js: int) -> None:
        for j in js:
            self.retag(j, "stop")


Rule = Callable[[At], bool]


def derived_difference(at: At) -> bool:
    """Two stated fields and a difference read as the derived field: 全年预算和执行数的差额 is the
    unspent balance, 年初预算与全年预算相差多少 the budget change (named where the quantity is)."""
    t, rest = at.t, at.rest
    if t.kind != "field" or len(rest) < 2:
        return False
    if at.out[rest[0]].kind == "compare" and not at.out[rest[0]].value and len(rest) >= 3:
        rest = rest[1:]  # 全年预算数较年初预算数的调整幅度: the comparison word between the two
    b, c = at.out[rest[0]], at.out[rest[1]]
    derived = _DERIVED_FROM.get(frozenset({t.value, b.value}) if b.kind == "field" else frozenset())
    listed = any(x.text in _LISTING for x in at.out[at.i + 1 : rest[1]])
    flagged = c.kind == "flag" and c.value.split(":")[0] == derived  # 比年初调减了多少: the change said
    if derived and (c.kind == "diff" or (c.kind == "field" and c.value == derived and not listed) or flagged):
        at.stop(*range(at.i, rest[1]))
        at.retag(rest[1], "field", derived)
        return True
    return False


_MINUS = ("减去", "减掉", "minus")


def against_the_budget(at: At) -> bool:
    """与全年预算数相比结余多少: the budget said as what is compared with, then its derived field
    (the balance, the change): the derived field alone."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "field" or len(rest) < 2:
        return False
    compare, derived = out[rest[0]], out[rest[1]]
    if compare.kind != "compare" or compare.value or derived.kind != "field":
        return False
    fields = next((f for f, d in _DERIVED_FROM.items() if d == derived.value), frozenset())
    if t.value not in fields:
        return False
    at.stop(at.i, rest[0])
    return True


def field_minus_field(at: At) -> bool:
    """全年预算减去执行数 / budget minus actual spending: the difference of two stated fields, said
    as a subtraction, is their derived field."""
    t, rest = at.t, at.rest
    if t.kind != "field" or len(rest) < 2:
        return False
    minus, b = at.out[rest[0]], at.out[rest[1]]
    if minus.kind != "diff" or minus.text.lower() not in _MINUS or b.kind != "field":
        return False
    derived = _DERIVED_FROM.get(frozenset({t.value, b.value}))
    if derived is None or (t.value, b.value) == ("executed", "full_year_budget"):
        return False  # spending minus the budget: the negative of the balance, not asked as such
    at.stop(at.i, rest[0])
    at.retag(rest[1], "field", derived)
    return True


def how_much_unspent(at: At) -> bool:
    """有多少预算没执行完 / 多少钱没花完: how much of the budget is still unspent — the balance,
    not a condition on it."""
    t, out = at.t, at.out
    if t.kind != "flag" or not t.value.startswith("unspent:") or at.n < 1:
        return False
    before = [out[j] for j in at.content[: at.n]]
    asks = [x for x in before if x.kind == "ask" and "多少" in x.text]
    budget = [j for j in at.content[: at.n] if out[j].kind == "field" and out[j].value == "full_year_budget"]
    if not asks or len(budget) > 1 or any(x.kind in ("projword", "each") for x in out):
        return False  # 有多少项目没执行完: a count of projects
    at.stop(*budget)
    at.retag(at.i, "field", "unspent")
    return True


def spent_slowly(at: At) -> bool:
    """钱花得最慢 / 支出进度慢: spending said with slow or fast is its pace — the execution rate, not
    the amount spent."""
    t, rest = at.t, at.rest
    if t.kind != "field" or t.value != "executed" or not rest:
        return False
    nxt = at.out[rest[0]]
    if nxt.kind in ("order", "compare") and ("慢" in nxt.text or "快" in nxt.text):
        at.retag(at.i, "field", "execution_rate")
        return True
    return False


_ALL_ROWS = ("绩效指标", "三级指标", "指标", "indicators", "the indicators", "indicator rows")
_FUNDS_SAID = ("execution_rate", "score@预算执行")


def lost_on_a_part(at: At) -> bool:
    """X光是绩效指标部分一共扣了几分 / points lost on the indicators alone / X在执行率得分上扣了
    多少: the points lost on the indicators (without the funds row), or on the funds row — not
    the form's whole loss, nor a list of rows."""
    t, out = at.t, at.out
    ahead = [j for j in at.rest if out[j].kind != "agg" or out[j].value != "sum"]
    if not ahead:
        return False
    lost = out[ahead[0]]
    if lost.kind != "field" or lost.value != "deduction":
        return False
    amount = any(x.kind == "ask" for x in out) or any(w in lost.text for w in ("几", "多少"))
    if not amount or any(x.kind in ("which", "indicator") for x in out):
        return False  # X这个指标被扣了多少分: that row's points
    if t.kind == "rows" and t.text.lower() in _ALL_ROWS:
        at.retag(at.i, "part", "绩效指标")
        return True
    if t.kind == "field" and t.value in _FUNDS_SAID:
        at.retag(at.i, "part", "预算执行")
        return True
    return False


def total_in_points(at: At) -> bool:
    """a self-evaluation total under 92 points: 'total' as the form's total score, compared with
    points — not a sum; and 'in total' closing a condition (docked more than 6 points in total)
    adds nothing."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "agg" or t.value != "sum":
        return False
    if t.text.lower() == "total" and len(rest) >= 2:
        comp, number = out[rest[0]], out[rest[1]]
        if comp.kind == "comp" and number.kind == "number" and number.unit == "score":
            at.retag(at.i, "field", "score")
            return True
    said_before = next((x for x in reversed(out[: at.i]) if x.text.strip()), None)
    ranked = said_before is not None and said_before.kind == "order"  # which one has highest total
    averaged = any(x.kind == "agg" and x.value in ("avg", "median") for x in out[: at.i])
    evaluation = said_before is not None and "evaluation" in said_before.text.lower() and averaged
    if t.text.lower() == "total" and (evaluation or ranked):  # the mean self-evaluation total
        at.retag(at.i, "field", "score")  # the mean self-evaluation total: the form's total score
        return True
    before = [out[j] for j in at.content[: at.n]]
    closing = t.text.lower() == "in total" and not rest and len(before) >= 2
    if closing and before[-2].kind == "comp" and before[-1].kind == "number":
        at.stop(at.i)
        return True
    return False


def bound_said_twice(at: At) -> bool:
    """reached 95 points or more / 达到95分及以上: one bound said on both sides of its number."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "comp" or len(rest) < 2:
        return False
    number, again = out[rest[0]], out[rest[1]]
    if number.kind == "number" and again.kind == "comp" and again.value == t.value and rest[1] == rest[0] + 1:
        at.stop(rest[1])
        return True
    return False


def claim_restated(at: At) -> bool:
    """稿件写“X年初预算1.8亿元”，准确数字是多少？: a figure said beside a measure, then the value
    asked — the figure is the claim being checked, not a condition."""
    t, out = at.t, at.out
    before = at.before()
    if t.kind != "number" or before is None or before.kind != "field":
        return False
    asked = any(x.kind == "ask" for x in out[at.i + 1 :])
    if not asked or any(x.kind in ("which", "projword", "comp", "yesno", "each", "rows", "agg") for x in out):
        return False
    after = next((x for x in out[at.i + 1 :] if x.text.strip()), None)
    if after is None or after.text not in ("”", '"', "，", ",", "。", "；", ";", "’"):
        return False  # 执行率在99%以上…: the figure is a bound, not a claim closed by a comma
    at.stop(at.i)
    return True


def median_project(at: At) -> bool:
    """more unspent than the median project: the median of the measure, the project word
    restating it."""
    t, rest = at.t, at.rest
    if t.kind != "agg" or t.value not in ("median", "avg") or not rest:
        return False
    if rest[0] == at.i + 1 and at.out[rest[0]].kind == "projword":
        at.stop(rest[0])
        return True
    return False


def final_score(at: At) -> bool:
    """X这条指标最后得分多少: 最后 (or 最终) right before a score is the score in the end,
    not the lowest."""
    t, rest = at.t, at.rest
    if t.kind != "order" or t.text not in ("最后", "最终") or not rest:
        return False
    nxt = at.out[rest[0]]
    ranking = any(x.kind in ("which", "projword") for x in at.out)  # 最后得分的是哪个项目: the lowest
    if rest[0] == at.i + 1 and nxt.kind == "field" and nxt.value == "score" and not ranking:
        at.stop(at.i)
        return True
    return False


def lost_from_100(at: At) -> bool:
    """how many points did X lose from 100: the points lost; the 100 is the full mark said."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "field" or t.value != "deduction" or not rest:
        return False
    number = out[rest[0]]
    between = [x.text.lower() for x in out[at.i + 1 : rest[0]] if x.text.strip()]
    if number.kind == "number" and number.number == 100 and between in (["from"], ["out of"], ["of"]):
        at.stop(rest[0])
        return True
    return False


def total_then_lost(at: At) -> bool:
    """X总分扣了几分: the total, then the points it lost — the points lost."""
    t, rest = at.t, at.rest
    if t.kind != "field" or t.value != "score" or t.text.lower() not in TOTAL_WORDS or not rest:
        return False
    nxt = at.out[rest[0]]
    lost = any(w in nxt.text for w in ("扣", "丢", "失", "满分"))  # 总分差几分 between two: their gap
    if rest[0] == at.i + 1 and nxt.kind == "field" and nxt.value == "deduction" and lost:
        at.stop(at.i)
        return True
    return False


def spent_over_budget(at: At) -> bool:
    """执行数除以全年预算数 / spent less than 99.5% of their budget / what share of its budget did X
    spend: spending as a share of the budget is the execution rate."""
    t, out = at.t, at.out
    if t.kind != "field" or t.value != "full_year_budget" or at.n < 1:
        return False
    near = out[max(0, at.i - 3) : at.i]
    said = [x.text.lower() for x in near]
    spent = [
        j for j in (*at.content[: at.n], *at.rest) if out[j].kind == "field" and out[j].value == "executed"
    ]
    divided = "除以" in said and any(at.i - 4 <= j < at.i for j in spent)
    shares = ("share", "proportion", "portion", "比重", "比例", "占比", "百分比")
    share = any(x.text.lower() in shares for x in out) or any(
        x.kind == "number" and "%" in x.text for x in out[: at.i]
    )
    if not spent or not (divided or (("of" in said or "占" in said) and share)):
        return False
    for j in spent:
        at.retag(j, "stop")
    at.retag(at.i, "field", "execution_rate")
    for j in range(max(0, at.i - 3), at.i):
        if out[j].kind in ("pronoun", "unknown", "prep") or out[j].text in ("除以", "占"):
            at.retag(j, "stop")
    for j, x in enumerate(out):
        if x.text in shares[3:] and x.kind in ("unknown", "agg"):
            at.retag(j, "stop")  # 的比重是多少: the share asked is the rate itself
    return True


def short_of_full_marks(at: At) -> bool:
    """总分较满分差几分 / 总分离满分差多少 / 得分较满分不足多少分: the points lost."""
    t, rest = at.t, at.rest
    if t.kind != "field" or t.value != "score" or len(rest) < 2:
        return False
    kinds = [
        "diff" if at.out[j].kind == "comp" and at.out[j].value == "lt" else at.out[j].kind for j in rest[:3]
    ]  # 不足多少: short by how much
    if kinds[:3] == ["compare", "full", "diff"] or kinds[:2] == ["full", "diff"]:
        used = rest[:3] if kinds[0] == "compare" else rest[:2]
        at.stop(at.i, *used[:-1])
        at.retag(used[-1], "field", "deduction")
        return True
    return False


def met_the_target(at: At) -> bool:
    """没做到目标 / fall short of its targets: the met (or not met) word says it all."""
    t, rest = at.t, at.rest
    if t.kind not in ("met", "notmet") or not rest:
        return False
    ahead = rest[1] if at.out[rest[0]].kind == "pronoun" and len(rest) > 1 else rest[0]
    if at.out[ahead].kind == "rowfield" and at.out[ahead].value == "target":
        at.stop(*rest[: rest.index(ahead) + 1])
        return True
    return False


def target_not_met(at: At) -> bool:
    """目标未完成的原因 / 指标目标没达到: the target said just before the met (or not met) word is
    its subject, not a column asked."""
    t, before = at.t, at.before()
    if t.kind not in ("met", "notmet") or before is None or any(x.kind == "reason" for x in at.out):
        return False  # 目标未完成的原因: the reasons for lost points are not that (asked back)
    j = at.content[at.n - 1]
    if before.kind == "rowfield" and before.value == "target" and j == at.i - 1:
        at.stop(j)
        return True
    return False


def away_from_100(at: At) -> bool:
    """离100分差多少分 / 距离一百分还差几分: the points lost (100 is the full mark said)."""
    t, rest = at.t, at.rest
    if t.kind != "unknown" or t.text not in ("离", "距", "距离") or len(rest) < 2:
        return False
    number, then = at.out[rest[0]], at.out[rest[1]]
    if number.kind != "number" or number.number != 100 or number.unit not in ("", "score"):
        return False
    if (then.kind == "field" and then.value == "deduction") or then.kind == "diff":
        at.stop(at.i, rest[0])
        if then.kind == "diff":
            at.retag(rest[1], "field", "deduction")
        return True
    return False


def gap_in_points(at: At) -> bool:
    """A和B的总分差几分: after a measure of two projects, 差几分 is their gap on it, not
    the points each lost."""
    t = at.t
    if t.kind != "field" or t.value != "deduction" or not t.text.startswith(("差", "相差")):
        return False
    before = at.before()
    projects = sum(1 for x in at.out if x.kind == "project")
    if before is None or before.kind != "field" or projects < 2:
        return False  # (扣分差几分 between two: the gap in points lost too)
    if any(x.text in ("都", "各", "分别", "各自") for x in at.out):
        return False  # A和B的总分都差几分: what each lost
    at.retag(at.i, "diff")
    return True


def short_of_100(at: At) -> bool:
    """How far short of 100 (no measure named): the points lost."""
    t, rest = at.t, at.rest
    no_field = not any(x.kind == "field" for x in at.out)
    if not (t.kind == "comp" and t.value == "lt" and "short" in t.text.lower() and rest and no_field):
        return False
    nxt = at.out[rest[0]]
    if nxt.kind == "number" and nxt.number == 100 and nxt.unit in ("", "分"):
        at.stop(at.i)
        at.retag(rest[0], "field", "deduction")
        return True
    return False


def percentage_of_points(at: At) -> bool:
    """The percentage (share, proportion) of the points: the score rate; of the budget left
    unspent: the unspent share."""
    t = at.t
    if t.kind != "unknown" or t.text.lower() not in ("percentage", "percent", "proportion", "share"):
        return False
    near = [j for j in at.content[max(0, at.n - 3) : at.n + 6] if at.out[j].kind == "field"]
    unspent = [j for j in near if at.out[j].value == "unspent"]
    budget = [j for j in near if at.out[j].value == "full_year_budget"]
    if unspent and len(near) == len(unspent) + len(budget) and len(unspent) == 1:
        at.stop(at.i, *budget)  # what percentage of its budget did X leave unspent
        at.retag(unspent[0], "field", "unspent_rate")
        return True
    if len(near) == 1 and at.out[near[0]].value in ("score", "weight"):
        at.stop(at.i)
        at.retag(near[0], "field", "score_rate")
        return True
    return False


def in_the_end(at: At) -> bool:
    """X最后剩了多少 / X最后评的是哪个等级 / X那个项目最后评了什么等级 / X满意度那项最后干到多少:
    最后 after a named project (its kind, or 那个项目 after it) and before a measure is "in the
    end", not the last."""
    t, rest, before, out = at.t, at.rest, at.before(), at.out
    if (
        t.kind != "order"
        or t.text != "最后"
        or before is None
        or before.kind not in ("project", "part", "rows", "pronoun")
    ):
        return False
    if not any(x.kind == "project" for x in out[: at.i]):
        return False
    asked = next((out[j] for j in rest if out[j].kind not in ("which", "ask")), None)
    if asked is not None and asked.kind in ("field", "rowfield"):
        at.stop(at.i)
        return True
    return False


def actual_against_target(at: At) -> bool:
    """实际完成值未达到年度指标值 / actual at or above the target: a target (not) met."""
    t, rest = at.t, at.rest
    if t.kind != "rowfield" or t.value != "actual" or len(rest) < 2:
        return False
    b, c = at.out[rest[0]], at.out[rest[1]]
    if c.kind != "rowfield" or c.value != "target":
        return False
    if b.kind == "notmet" or (b.kind == "comp" and b.value == "lt"):
        kind = "notmet"
    elif b.kind == "met" or (b.kind == "comp" and b.value in ("ge", "gt", "eq")):
        kind = "met"
    else:
        return False
    at.retag(at.i, kind)
    at.stop(rest[0], rest[1])
    return True


_FLIPPED = {"gt": "le", "ge": "lt", "lt": "ge", "le": "gt"}
_NEGATORS = _EN_NOT | {"no", "没有", "没", "不", "未", "并未", "并没有"}


def negated_comparison(at: At) -> bool:
    """No higher than 95 / 没有超过90%: a negation right before a comparison turns it round."""
    t, rest = at.t, at.rest
    if t.text.lower() not in _NEGATORS or not rest or rest[0] != at.i + 1:
        return False
    comp = at.out[rest[0]]
    if comp.kind != "comp" or comp.value not in _FLIPPED:
        return False
    at.retag(rest[0], "comp", _FLIPPED[comp.value])
    at.stop(at.i)
    return True


def within_a_scope(at: At) -> bool:
    """Which ones within 上海市X局 / within 2021: "within" before a department, year or project
    says where to look; before anything else (spent within budget) it stays unread."""
    t, rest = at.t, at.rest
    if t.kind != "unknown" or t.text.lower() != "within" or not rest:
        return False
    if at.out[rest[0]].kind in ("department", "year", "project"):
        at.stop(at.i)
        return True
    return False


def compared_with_target(at: At) -> bool:
    """没hit目标 / below target / 达到目标值: a comparison with the target word (and no number) is
    a target met or not (超过目标, strictly above, is not "met" and stays unread)."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "comp" or t.value not in ("lt", "ge") or not rest:
        return False
    target = out[rest[0]]
    if (
        target.kind != "rowfield"
        or target.value != "target"
        or any(x.kind in ("number", "range") for x in out)
    ):
        return False
    at.retag(at.i, "notmet" if t.value == "lt" else "met")
    at.stop(rest[0])
    return True


def indicators_that_lost(at: At) -> bool:
    """On how many indicators did they lose points / 几个指标丢了分: a count of indicators with
    points lost is the number of indicators that lost points, a measure of each project."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "agg" or t.value != "count" or len(rest) < 2 or out[rest[0]].kind != "rows":
        return False
    lost = next((j for j in rest[1:4] if out[j].kind == "field" and out[j].value == "deduction"), None)
    if lost is None or any(out[j].kind not in ("pronoun", "project") for j in rest[1 : rest.index(lost)]):
        return False
    at.retag(at.i, "field", "deducted_count")
    at.stop(rest[0], lost)
    return True


def bare_year(at: At) -> bool:
    """In the 2020 cycle / calendar 2022: a whole number from 2000 to 2099 with no unit and no
    comparison before it is a year, never a quantity to match."""
    t, before = at.t, at.before()
    if t.kind != "number" or t.unit or t.number is None or not (2000 <= t.number <= 2099) or t.number % 1:
        return False
    after = at.out[at.rest[0]] if at.rest else None
    if (before is not None and before.kind in ("comp", "symbol")) or (
        after is not None and after.kind == "comp"
    ):
        return False  # above 2000 / 2000 or more: a quantity
    year = f"{t.number:.0f}"
    at.out[at.i] = Token("year", year, t.text, t.start, number=t.number)
    return True


def ranked_place(at: At) -> bool:
    """排名末位 / 排名靠前: the ranking word before a place says nothing the place does not."""
    t, rest = at.t, at.rest
    if t.kind == "ranking" and not t.value and rest and at.out[rest[0]].kind == "order":
        at.stop(at.i)
        return True
    return False


def excluded_department_project(at: At) -> bool:
    """Apart from 交委X平台 / 除了环保局X: the department said right before an excluded project's
    name is part of the name, not a scope."""
    t, rest, before = at.t, at.rest, at.before()
    if t.kind != "department" or before is None or before.kind != "exclude" or not rest:
        return False
    name = at.out[rest[0]]
    if name.kind == "project" and name.start == t.start + len(t.text):
        at.stop(at.i)
        return True
    return False


def its_total(at: At) -> bool:
    """What was its total? / What total did X get? / How many points did X get in total?: "total"
    of a project with no measure named is the form's total (总分, the glossary's "total"), not a
    sum."""
    t, rest, before = at.t, at.rest, at.before()
    if t.kind != "agg" or t.value != "sum" or t.text.lower() not in ("total", "in total") or before is None:
        return False
    if t.text.lower() == "in total" and not any(points_word(x) for x in at.out):
        return False  # How much did X get in total?: money or points, not said — asked back
    owned = before.kind == "pronoun" and before.text.lower() in ("its", "their") and not rest
    named = any(x.kind == "project" for x in at.out) and not any(x.kind in ("field", "part") for x in at.out)
    if owned or named:  # what total did X get?
        at.retag(at.i, "field", "score")
        return True
    return False


def restated_comparison(at: At) -> bool:
    """拖后腿、低于平均: two comparisons of one direction side by side say one thing."""
    t, rest = at.t, at.rest
    if t.kind == "comp" and rest and at.out[rest[0]].kind == "comp" and at.out[rest[0]].value == t.value:
        at.stop(at.i)
        return True
    return False


def framing_average(at: At) -> bool:
    """按平均值口径，…高于均值: an average named to frame the question, before the one compared
    with, is the same average."""
    t, rest, out, before = at.t, at.rest, at.out, at.before()
    if t.kind != "agg" or t.value not in ("avg", "median") or (before is not None and before.kind == "comp"):
        return False
    compared = any(
        out[j].kind == "agg" and out[j].value == t.value and out[k].kind == "comp"
        for k, j in zip(rest, rest[1:], strict=False)
    )
    if compared:
        at.stop(at.i)
        return True
    return False


def adverb_actually(at: At) -> bool:
    """How much did X actually spend / 哪个实际花得少: "actually" beside a measure is an adverb,
    not the indicator's actual value."""
    t, out = at.t, at.out
    if t.kind != "rowfield" or t.value != "actual":
        return False
    if t.text == "实际":  # 哪个实际花得少: 实际 right before what was spent
        j = at.i + 1
        while j < len(out) and out[j].kind == "agg" and out[j].value == "sum":
            j += 1  # 这些项目实际一共花了多少: a total between the adverb and the spending
        nxt = out[j] if j < len(out) else None
        if nxt is not None and nxt.kind == "field" and nxt.value in ("executed", "unspent", "execution_rate"):
            at.stop(at.i)
            return True
        return False
    if t.text.lower() not in ("actually", "really", "truly"):
        return False
    if any(x.kind == "field" and x.value not in ("indicator_count", "deducted_count") for x in out):
        at.stop(at.i)
        return True
    return False


def execution_row_points(at: At) -> bool:
    """预算执行率指标扣减分值: the execution rate's row (预算执行) and its points, not the rate."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "field" or t.value != "execution_rate" or len(rest) < 2 or out[rest[0]].kind != "rows":
        return False
    points = out[rest[1]]
    if points.kind == "field" and points.value in ("score", "deduction", "weight"):
        at.retag(at.i, "part", "预算执行")
        at.stop(rest[0])
        return True
    return False


def has_a_measure(at: At) -> bool:
    """Which project have satisfaction less than 9 points / 有满意度低于9分的吗: "have" before a
    kind that a comparison follows states the kind's score, not that the kind is present."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "has" or t.value != "yes" or len(rest) < 2 or out[rest[0]].kind != "part":
        return False
    if out[rest[1]].kind in ("comp", "number", "range"):
        at.stop(at.i)
        return True
    return False


def more_than_average(at: At) -> bool:
    """Lose more points than the average / spent less than the median: "more … than" an average
    compares with it (the points word between belongs to the points lost)."""
    t, rest, out, before = at.t, at.rest, at.out, at.before()
    if t.kind != "compare" or t.value not in ("desc", "asc") or not rest:
        return False
    ahead = [j for j in rest[:2] if out[j].kind == "agg" and out[j].value in ("avg", "median")]
    said_than = any(x.text.lower() == "than" for x in out[at.i + 1 : ahead[0]]) if ahead else False
    if not said_than:
        return False
    nxt = out[rest[0]]
    if nxt.kind == "field" and points_word(nxt) and before is not None and before.kind == "field":
        at.stop(rest[0])
    at.retag(at.i, "comp", "gt" if t.value == "desc" else "lt")
    return True


def average_as_yardstick(at: At) -> bool:
    """总分比平均分高的项目: 平均分 beside another measure is the yardstick (the average), its own
    score word adds nothing; alone (平均分是多少) it is the average of the total."""
    t, before, out = at.t, at.before(), at.out
    if t.kind != "field" or before is None or before.kind != "agg" or before.start != t.start:
        return False
    if any(x.kind == "field" and x.start != t.start for x in out):
        at.stop(at.i)
        return True
    return False


def order_word_measure_yields(at: At) -> bool:
    """The worst-performing project on execution rate: a measure said after on/by overrides the
    overall score an order word carries (top-scoring, worst-performing)."""
    t, before, out = at.t, at.before(), at.out
    if t.kind != "field" or before is None or before.kind != "order" or before.start != t.start:
        return False
    named_after = any(
        out[k].kind in ("field", "part") and out[k - 1].kind == "prep" for k in range(at.i + 2, len(out))
    )
    if named_after:
        at.stop(at.i)
        return True
    return False


def most_points_lost(at: At) -> bool:
    """Which project lost the most points on satisfaction: the points word after "lost the most"
    is the points lost, not a score of its own."""
    t, rest, before, out = at.t, at.rest, at.before(), at.out
    if (
        t.kind != "order"
        or before is None
        or before.kind != "field"
        or before.value != "deduction"
        or not rest
    ):
        return False
    nxt = out[rest[0]]
    if nxt.kind == "field" and nxt.value == "score" and points_word(nxt):
        at.stop(rest[0])
        return True
    return False


def english_not(at: At) -> bool:
    """Why didn't it get full marks: an English "not" before full marks or a target negates it."""
    t, rest = at.t, at.rest
    if t.text.lower() not in _EN_NOT:
        return False
    negated = next((j for j in rest[:3] if at.out[j].kind in ("full", "met")), None)
    if negated is None:
        return False
    between = rest[: rest.index(negated) + 1]
    if all(at.out[j].kind in ("project", "pronoun", "field", "unknown") or j == negated for j in between):
        at.retag(negated, "notfull" if at.out[negated].kind == "full" else "notmet")
        at.stop(at.i)
        return True
    return False


def kind_goal_points(at: At) -> bool:
    """经济效益目标扣减分值 / how many points on their timeliness target / what went wrong on its
    cost target: the target word after a kind names the kind's goal, whose points (or reasons)
    are asked, not its target value."""
    t, rest, before = at.t, at.rest, at.before()
    if t.kind != "rowfield" or t.value != "target" or before is None:
        return False
    if not rest:
        points = any(
            (x.kind == "ask" and "points" in x.text.lower())
            or (x.kind == "field" and x.value in ("score", "deduction"))
            or x.kind == "reason"
            for x in at.out[: at.i]
        )
        if before.kind == "part" and points:
            at.stop(at.i)
            return True
        return False
    after = at.out[rest[0]]
    if before.kind == "part" and (
        after.kind in ("projword", "full", "notfull")
        or (after.kind == "field" and after.value in ("score", "deduction", "weight"))
    ):
        at.stop(at.i)
        return True
    return False


def kind_goal_set(at: At) -> bool:
    """谁设了生态效益目标 / 有没有可持续影响目标: a kind's goal set (or not) is the kind's indicators
    present, the target word closing the question."""
    t, rest, before = at.t, at.rest, at.before()
    if t.kind != "rowfield" or t.value != "target" or before is None or before.kind != "part":
        return False
    trailing = all(at.out[j].kind in ("projword", "ask", "which") for j in rest)
    ranked = any(x.kind == "order" for x in at.out)  # the project with the smallest budget: its target
    if trailing and not ranked and any(x.kind == "has" for x in at.out[: at.i]):
        at.retag(at.i, "rows")
        return True
    return False


def quantity_goal(at: At) -> bool:
    """在数量目标上被扣了分: 数量 before the target word is the quantity kind, not a count."""
    t, rest = at.t, at.rest
    if t.kind != "agg" or t.text != "数量" or not rest or rest[0] != at.i + 1:
        return False
    nxt = at.out[rest[0]]
    if nxt.kind == "rowfield" and nxt.value == "target":
        at.retag(at.i, "part", "数量指标")
        return True
    return False


def money_left_unspent(at: At) -> bool:
    """没用完的预算 / 没花完的资金: the budget left unspent is the unspent amount (没用完预算的项目,
    with no 的 between, stays a condition)."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "flag" or t.value != "unspent:gt:0" or not rest or at.i + 2 != rest[0]:
        return False
    nxt = out[rest[0]]
    if out[at.i + 1].text == "的" and nxt.kind == "field" and nxt.value == "full_year_budget":
        at.retag(at.i, "field", "unspent")
        at.stop(rest[0])
        return True
    return False


def left_over_a_number(at: At) -> bool:
    """Which projects left over 100000 yuan unspent?: "left over" before an amount is "left more
    than", not the unspent amount itself."""
    t, rest = at.t, at.rest
    if t.kind == "field" and t.text.lower() == "left over" and rest and at.out[rest[0]].kind == "number":
        at.retag(at.i, "comp", "gt")
        return True
    return False


def unspent_restated(at: At) -> bool:
    """还剩多少钱没花完 / 还剩多少budget没用: the unspent word after the unspent amount restates
    what is asked (and a budget word between them is that amount's)."""
    t, n = at.t, at.n
    restated = any(
        at.out[j].kind == "field" and at.out[j].value == "unspent" for j in at.content[max(0, n - 3) : n]
    )
    again = t.kind == "field" and t.value == "unspent"
    if (again or (t.kind == "flag" and t.value.startswith("unspent"))) and restated:
        between = at.content[max(0, n - 3) : n]
        at.stop(*[j for j in between if at.out[j].kind == "field" and at.out[j].value == "full_year_budget"])
        at.stop(at.i)
        return True
    return False


def total_of_a_measure(at: At) -> bool:
    """扣分合计最多 / 得分总计排名首位 / 支出总额比平均高 / 得分总计在95到96分之间: the total of a
    measure, ranked or compared, is the measure itself."""
    t, rest, before = at.t, at.rest, at.before()
    after_field = before is not None and before.kind == "field"
    ranked = bool(rest) and at.out[rest[0]].kind in ("order", "ranking", "comp", "range", "compare", "diff")
    if t.kind == "agg" and t.value == "sum" and after_field and ranked:
        at.stop(at.i)
        return True
    return False


def each_ones_total(at: At) -> bool:
    """预算总额各多少: each named project's total, not a sum over them."""
    t, before, out = at.t, at.before(), at.out
    each_total = (
        before is not None
        and before.kind == "field"
        and any(x.kind == "each" and x.text in _EACH_ONE for x in out)
        and any(x.kind == "project" for x in out)
    )
    if t.kind == "agg" and t.value == "sum" and each_total:
        at.stop(at.i)
        return True
    return False


def every_ones_total(at: At) -> bool:
    """list the total score of every programme: "total" before a measure, each project's
    asked, names the measure (总分), not a sum over the projects."""
    t, rest, out = at.t, at.rest, at.out
    before_field = bool(rest) and out[rest[0]].kind == "field" and rest[0] == at.i + 1
    every = any(x.kind == "each" and x.text.lower() in (*_EACH_ONE, "every") for x in out)
    if t.kind == "agg" and t.value == "sum" and t.text.lower() == "total" and before_field and every:
        at.stop(at.i)
        return True
    return False


def achieved_a_measure(at: At) -> bool:
    """Which programmes achieved a 100% execution rate? / What score rate did X achieve on its
    benefit indicators?: "achieved" before a project's measure with no indicator said, or after
    a measure of the form with no other row field, is the verb of having it, not an indicator's
    actual value."""
    t, rest, out = at.t, at.rest, at.out
    achieved = t.kind == "rowfield" and t.value == "actual" and t.text.lower().startswith("achiev")
    indicators = any(x.kind in ("rows", "part", "indicator") for x in out)
    measure = any(out[j].kind == "field" for j in rest[:3])
    rowfields = sum(1 for x in out if x.kind == "rowfield")
    said_before = any(x.kind == "field" for x in out[: at.i])  # What score rate did X achieve on …
    if any(x.kind == "field" and x.value.startswith("goals") for x in out):
        return False  # Did X achieve its overall goals?: what was achieved, not the plan
    if achieved and ((measure and not indicators) or (said_before and rowfields == 1)):
        at.stop(at.i)
        return True
    return False


def total_after_points(at: At) -> bool:
    """less than 92 points total / third in total score: "total" after a number of points, or
    "in total" before the measure, says which score, not a sum."""
    t, before, rest, out = at.t, at.before(), at.rest, at.out
    if t.kind != "agg" or t.value != "sum":
        return False
    after_points = (
        t.text.lower() == "total" and before is not None and before.kind == "number" and points_word(before)
    )
    before_field = (
        t.text.lower() == "in total" and bool(rest) and rest[0] == at.i + 1 and out[rest[0]].kind == "field"
    )
    if after_points or before_field:
        at.stop(at.i)
        return True
    return False


def their_own_kind(at: At) -> bool:
    """Which programmes obtained full marks on all of their benefit indicators?: "their" before
    a kind, in a question asking which projects, is those projects', not an earlier answer's."""
    t, rest, out = at.t, at.rest, at.out
    which = any(
        x.kind == "which" and j + 1 < len(out) and out[j + 1].kind == "projword" for j, x in enumerate(out)
    )
    kind_next = bool(rest) and rest[0] == at.i + 1 and out[rest[0]].kind in ("part", "rows")
    if t.kind == "pronoun" and t.text.lower() in ("their", "its") and which and kind_next:
        at.stop(at.i)
        return True
    return False


_RATES = frozenset({"execution_rate", "unspent_rate", "score_rate"})


def rate_gap_in_points(at: At) -> bool:
    """exec rate gap, A vs B, in pts: "in points" after a rate says the gap's unit (percentage
    points), not a second measure."""
    t, out = at.t, at.out
    rate = any(x.kind == "field" and x.value in _RATES for x in out[: at.i])
    after_in = at.i >= 1 and out[at.i - 1].kind == "prep" and out[at.i - 1].text.lower() == "in"
    if t.kind == "field" and t.value == "score" and points_word(t) and rate and after_in:
        at.stop(at.i)
        return True
    return False


def kinds_yearly_target(at: At) -> bool:
    """满意度指标的年度目标: the goal said of a kind of indicators is its rows' target (年度指标值),
    not the form's overall goal."""
    t, before = at.t, at.before()
    if (
        t.kind == "field"
        and t.value == "goals"
        and before is not None
        and before.kind in ("part", "rows", "indicator")
    ):
        at.retag(at.i, "rowfield", "target")
        return True
    return False


_TURNED = {("has", "yes"): ("has", "no"), ("full", ""): ("notfull", ""), ("met", ""): ("notmet", "")}


def not_before_a_condition(at: At) -> bool:
    """没有设置生态效益指标 / 时效指标没有拿满分: 没有 right before a condition turns it round
    (was dropped, and the projects that have it were listed)."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "has" or t.value != "no" or not rest or rest[0] != at.i + 1:
        return False
    nxt = out[rest[0]]
    turned = _TURNED.get((nxt.kind, nxt.value))
    if turned is None:
        return False
    at.retag(rest[0], *turned)
    at.stop(at.i)
    return True


def kind_that_lost(at: At) -> bool:
    """Which projects have a social benefit indicator that lost points?: having a kind whose
    indicator lost points (or missed, or got full marks) is that condition on the kind."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "has" or t.value != "yes" or len(rest) < 2 or out[rest[0]].kind != "part":
        return False
    after = [j for j in rest[1:3] if out[j].kind != "rows"][:1]
    said = after and (
        (out[after[0]].kind == "field" and out[after[0]].value == "deduction")
        or out[after[0]].kind in ("full", "notfull", "met", "notmet")
    )
    if said:
        at.stop(at.i)
        return True
    return False


def per_kind(at: At) -> bool:
    """Points lost per level-2 indicator: "per" before a level of kinds groups by it."""
    t, rest, out = at.t, at.rest, at.out
    kind_next = bool(rest) and rest[0] == at.i + 1 and out[rest[0]].kind == "group"
    if t.kind == "unknown" and t.text.lower() == "per" and kind_next:
        at.stop(at.i)
        return True
    return False


def asked_not_or(at: At) -> bool:
    """某项目年中调过预算没，调了多少: 没 closing a clause asks yes or no (调过…没), a particle."""
    t, out = at.t, at.out
    nxt = out[at.i + 1] if at.i + 1 < len(out) else None
    closes = nxt is None or (nxt.kind == "stop" and nxt.text in ("，", ",", "？", "?", "。"))
    if t.kind == "unknown" and t.text in ("没", "没有") and closes and at.n > 0:
        at.stop(at.i)
        return True
    return False


def in_all_of_one(at: At) -> bool:
    """预算最少的那个项目一共扣了几分: a total said of the one project a ranking picks is its
    measure, not a sum over projects."""
    t, rest, out = at.t, at.rest, at.out
    ranked = any(x.kind == "order" for x in out[: at.i]) and not any(x.kind == "topk" for x in out)
    measure_next = bool(rest) and rest[0] == at.i + 1 and out[rest[0]].kind == "field"
    if t.kind == "agg" and t.value == "sum" and t.text in ("一共", "总共", "共") and ranked and measure_next:
        at.stop(at.i)
        return True
    return False


def after_the_change(at: At) -> bool:
    """调整后全年预算: the budget after the change, not the change."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "field" or t.value != "budget_change" or t.text != "调整":
        return False
    after_text = out[at.i + 1].text if at.i + 1 < len(out) else ""
    if (
        after_text in ("后", "后的", "之后", "以后", "以后的", "之后的")
        and rest
        and out[rest[0]].kind == "field"
    ):
        at.stop(at.i)
        return True
    return False


def above_the_average(at: At) -> bool:
    """在中位数上面 / 平均以下: the place word after an average compares with it."""
    t, out, i = at.t, at.out, at.i
    if t.kind == "agg" and t.value in ("avg", "median") and i + 1 < len(out) and out[i + 1].text in _ABOVE:
        at.retag(i + 1, "comp", _ABOVE[out[i + 1].text])
        return True
    return False


def at_most_how_much(at: At) -> bool:
    """顶多到多少 / 至少多少: the largest (or smallest), not a condition."""
    t, rest = at.t, at.rest
    if t.kind == "comp" and t.text in _AT_MOST_AT_LEAST and rest and at.out[rest[0]].kind == "ask":
        at.retag(at.i, "agg", "max" if t.value == "le" else "min")
        return True
    return False


_ASPECT = ("方面", "地方", "环节", "哪里", "哪儿")


def lost_points_on_what(at: At) -> bool:
    """What did X lose points on? / X在哪些方面扣了分: the points lost closing a question that asks
    on what are the indicators that lost them, with their reasons — not the amount."""
    t, out = at.t, at.out
    if t.kind != "field" or t.value != "deduction":
        return False
    after = [x for x in out[at.i + 1 :] if x.kind != "stop" and x.text.strip()]  # , please?
    tail = [x.text for x in out[at.i + 1 :]]
    placed = (  # 分都扣在哪些方面了 / 扣在哪里: the points, then where they were lost
        (not after or (len(after) == 1 and after[0].kind == "which"))
        and bool(tail)
        and tail[0] in ("在", "于", "落在")
        and any(x in _ASPECT for x in tail)
    )
    if at.rest and not placed:
        return False
    english = (
        len(after) == 1
        and after[0].kind == "prep"
        and after[0].text.lower() in ("on", "in")
        and any(x.kind == "ask" and x.text.lower() == "what" for x in out[: at.i])
    )
    chinese = (
        not after
        and any(  # 在哪些方面扣了分 asks the aspect; 在时效方面扣了分 names it
            x.text in _ASPECT and not (j and out[j - 1].kind == "part")
            for j, x in enumerate(out[: at.i])
            if j >= at.i - 3
        )
    )
    if english or chinese or placed:
        at.retag(at.i, "reason")
        if placed and after:
            at.stop(out.index(after[0]))
            before = at.before()
            if before is not None and before.kind == "field" and before.text == "分":
                at.stop(at.content[at.n - 1])
        return True
    return False


_WITHIN = ("里", "中", "当中", "之中", "里面", "里头")


def which_of_a_kind(at: At) -> bool:
    """质量指标里，哪些被扣了分 / 效益指标当中哪些是满分: a which-word after a kind and 里 asks
    which of its indicators — the rows, not the projects; so does X哪些产出指标被扣分了, the
    which-word before the kind of one named project's indicators."""
    t, out = at.t, at.out
    if t.kind != "which" or t.text.lower() not in (
        "哪些",
        "哪几个",
        "哪个",
        "哪一个",
        "哪项",
        "哪几项",
        "which",
        "which ones",
        "which one",
    ):
        return False
    nxt = out[at.rest[0]] if at.rest else None
    named = sum(1 for x in out if x.kind == "project") == 1 and not any(x.kind == "projword" for x in out)
    if named and nxt is not None and nxt.kind == "part" and nxt.text.lower().endswith(("指标", "indicators")):
        at.retag(at.i, "rows")
        return True
    if any(x.kind == "projword" for x in out[at.i :]):
        return False
    if any(x.kind == "comp" for x in out):
        return False  # 产出指标中，得分低于45的有哪些: a bound that may be the kind's subtotal — asked back
    for j in range(at.i - 1, 0, -1):  # 社会效益指标中，实际完成值低于年度指标值的有哪些
        if out[j].text in _WITHIN and out[j - 1].kind == "part" and out[j + 1].text in (",", "，"):
            at.retag(at.i, "rows")
            return True
    j = at.i - 1
    while j >= 0 and out[j].kind == "stop" and out[j].text in (",", "，", " "):
        j -= 1
    within = j >= 1 and out[j].text in _WITHIN
    among = j >= 1 and out[j].kind == "part" and any(x.text.lower() == "among" for x in out[:j])
    if (within and out[j - 1].kind == "part") or among:  # Among all satisfaction indicators, which ones
        at.retag(at.i, "rows")
        return True
    return False


def among_all_projects(at: At) -> bool:
    """The lowest satisfaction score among all projects / 所有项目中总分最高的: 'all projects'
    after among/of/across, with an order word, is the whole corpus a ranking runs over anyway."""
    t, out = at.t, at.out
    if t.kind != "each" or t.text.lower() not in ALL_PROJECTS:
        return False
    before = next((x for x in reversed(out[: at.i]) if x.text.strip()), None)
    among = before is not None and before.text.lower() in ("among", "of", "across", "in", "out of")
    chinese = (
        t.text.startswith(("所有", "全部", "各"))
        and at.i + 1 < len(out)
        and out[at.i + 1].text in ("中", "里", "当中", "之中")
    )
    if (among or chinese) and any(x.kind in ("order", "nth") for x in out):
        at.stop(at.i)
        return True
    return False


def highest_minus_lowest(at: At) -> bool:
    """Difference between highest and lowest score / 最高分和最低分差多少: a difference between
    the two ends of one measure, no project named, is its range."""
    t, out = at.t, at.out
    if t.kind != "diff" or any(x.kind in ("project", "ambiguous", "pronoun") for x in out):
        return False
    orders = [j for j, x in enumerate(out) if x.kind == "order"]
    if len(orders) != 2 or {out[j].value for j in orders} != {"asc", "desc"}:
        return False
    if len({x.value for x in out if x.kind == "field"}) > 1:
        return False  # 得分最高和最低的两个项目，执行率差多少: the two ends of another measure
    at.retag(at.i, "agg", "range")
    at.stop(*orders)
    return True


def which_aspect_ranked(at: At) -> bool:
    """在哪些方面扣分最多: the aspects asked with a ranking of points lost are the indicators;
    哪方面得分最低 (a score) is asked back — the lowest-scoring aspect is not the most points lost."""
    t, out = at.t, at.out
    if t.kind != "field" or t.value not in ("deduction", "score"):
        return False
    before = at.before()
    ranked = bool(at.rest and out[at.rest[0]].kind == "order") or (
        before is not None and before.kind == "order"
    )
    if not ranked:
        return False
    for j in range(at.i - 1, max(-1, at.i - 6), -1):
        aspect = out[j].text in _ASPECT or out[j].text.lower() in ("areas", "area", "aspects", "aspect")
        if out[j].kind in ("stop", "unknown") and aspect and j and out[j - 1].kind == "which":
            at.retag(j, "rows" if t.value == "deduction" else "unknown")
            return True
    return False


def full_marks_restated(at: At) -> bool:
    """满意度拿满10分的: the number right after a verb of getting full marks restates them; it is no
    condition of its own."""
    t = at.t
    if t.kind != "number" or at.i == 0 or at.out[at.i - 1].kind != "full":
        return False
    if not any(v in at.out[at.i - 1].text for v in ("拿满", "得满", "拿到", "得到", "获得", "拿了", "得了")):
        return False  # 满分10分的指标: indicators whose full marks are 10, not those at full marks
    at.stop(at.i)
    return True


def above_a_number(at: At) -> bool:
    """95分以上项目清单: 以上项目 right after a number is 'above it', said of projects, not the
    projects above (上述)."""
    t, out = at.t, at.out
    if t.kind != "pronoun" or not t.text.startswith(("以上", "以下")) or at.i == 0:
        return False
    if out[at.i - 1].kind != "number":
        return False
    at.retag(at.i, "comp", "ge" if t.text.startswith("以上") else "le")
    return True


_TAKEN_BACK = frozenset(("不对", "说错了", "哦不", "不不", "我是说", "我说错了", "口误"))


def taken_back(at: At) -> bool:
    """预算执行率 不对 是全年执行数 / 总分，不对，是满意度得分: a measure taken back is not asked;
    the one after the correction is."""
    t, before = at.t, at.before()
    if t.kind != "unknown" or t.text not in _TAKEN_BACK or before is None or not at.rest:
        return False
    after = at.out[at.rest[0]]
    if before.kind not in ("field", "part") or after.kind not in ("field", "part"):
        return False
    j = at.content[at.n - 1]
    first = j
    while first > 0 and at.out[first - 1].kind == "part" and first - 1 in at.content:
        first -= 1  # 满意度得分: the whole measure goes
    at.stop(*range(first, j + 1), at.i)
    return True


def what_not_why(at: At) -> bool:
    """自评等次为何: 为何 closing a measure asks what it is, not why."""
    t, before = at.t, at.before()
    if (
        t.kind == "reason"
        and t.text == "为何"
        and not at.rest
        and before is not None
        and before.kind == "field"
    ):
        at.retag(at.i, "ask")
        return True
    return False


def each_ones_own(at: At) -> bool:
    """Tell me every project its grade / 各项目它们的预算: a possessive right after "each" is the
    each's own, not an earlier answer's."""
    t, before = at.t, at.before()
    owner = t.kind == "pronoun" and t.text.lower() in ("its", "它的", "其")  # their: an earlier list's
    if owner and before is not None and before.kind == "each":
        at.stop(at.i)
        return True
    return False


def grade_named(at: At) -> bool:
    """评价等次是否为优秀: the grade word beside a grade names it; the grade is the condition."""
    t, rest, before = at.t, at.rest, at.before()
    if t.kind != "field" or t.value != "grade":
        return False
    if any(at.out[j].kind == "grade" for j in rest[:2]) or (before is not None and before.kind == "grade"):
        at.stop(at.i)
        return True
    return False


def overall_deduction(at: At) -> bool:
    """How many marks did it drop overall: "overall" beside the points lost adds nothing."""
    t, n = at.t, at.n
    if t.kind != "field" or t.text.lower() not in _OVERALL:
        return False
    around = [at.out[j] for j in at.content[max(0, n - 1) : n + 2] if j != at.i]
    if any(x.kind == "field" and x.value == "deduction" for x in around):
        at.stop(at.i)
        return True
    return False


def by_how_much_changed(at: At) -> bool:
    """By how much was X's budget adjusted? / Was it revised, and if so by how much?: the amount
    asked of one project's change is the change, not a difference between two."""
    t, out = at.t, at.out
    if t.kind != "diff" or t.text.lower() not in ("by how much", "how much"):
        return False
    changed = any(x.kind == "field" and x.value == "budget_change" for x in out)
    if changed and _projects_named(out) == 1:
        at.stop(at.i)
        return True
    return False


def among_each(at: At) -> bool:
    """各项目中执行率最低的是多少 / 高于各项目全年预算数中位数: "each project" before a superlative
    or an average is the set looked over (among the projects), not a listing."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "each" or t.text in _EACH_ONE or t.text.isascii():
        return False
    if any(
        x.text in ("分别", "各自") or x.kind in ("rows", "indicator") or x.text.endswith("项") for x in out
    ):
        return False  # 各项目执行率最高的指标 / 扣分最多的一项: each project's own, not one over all
    ranked = any(
        out[j].kind == "order" or (out[j].kind == "agg" and out[j].value in ("avg", "median")) for j in rest
    )
    if ranked and not any(out[j].kind == "each" for j in rest):
        at.stop(at.i)
        return True
    return False


def department_of_a_project(at: At) -> bool:
    """Which department is X under? / X是哪个部门的: "which department" of one named project asks
    its department, not a grouping by departments."""
    t, out = at.t, at.out
    if t.kind != "group" or t.value != "department":
        return False
    one = _projects_named(out) == 1
    if one and not any(x.kind in ("field", "part", "order", "agg", "rows") for x in out):
        at.retag(at.i, "field", "department")
        for j, x in enumerate(out):
            if x.kind == "unknown" and x.text.lower() in _IN_CHARGE:
                at.stop(j)  # is responsible for / belongs to / 负责
        return True
    return False


_IN_CHARGE = frozenset({"responsible", "belong", "belongs", "charge", "负责", "管", "归"})


def kind_within_its_level(at: At) -> bool:
    """一级指标中效益指标 / 二级指标中设置了成本指标: the level named before a kind of that level
    only says where the kind sits, not a grouping by level."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind != "group" or t.value not in ("level1", "level2") or not rest:
        return False
    kinds = [out[j].kind for j in rest[:2]]
    after = out[at.i + 1].text if at.i + 1 < len(out) else ""
    if (kinds[:1] == ["part"] or kinds == ["has", "part"]) and after.startswith(("中", "里", "当中", "之中")):
        at.stop(at.i)
        return True
    return False


def compared_difference(at: At) -> bool:
    """全年预算数与年初预算数相比相差多少: 相比 before the difference word only frames it."""
    t, rest, out = at.t, at.rest, at.out
    if t.kind == "compare" and t.text in ("相比", "比较", "对比") and rest and out[rest[0]].kind == "diff":
        at.stop(at.i)
        return True
    return False


def line_of_a_project(at: At) -> bool:
    """the center's administrative expenses line: "line" after a project's name is the project
    (a budget line), not a word left unread."""
    t, before = at.t, at.before()
    if (
        t.kind == "unknown"
        and t.text.lower() in ("line", "item")
        and before is not None
        and before.kind == "project"
    ):
        at.stop(at.i)
        return True
    return False


def yardstick_restated(at: At) -> bool:
    """执行率高于执行率平均值 / 全年预算数高于各项目全年预算数中位数: the measure said again before
    the average it is compared with names that average's measure, the same one."""
    t, rest, out = at.t, at.rest, at.out
    earlier = [j for j in at.content[: at.n] if out[j].kind != "stop"]  # 各项目 read as a scope
    if t.kind != "field" or not rest or not earlier or out[earlier[-1]].kind != "comp":
        return False
    nxt = out[rest[0]]
    said = any(out[j].kind == "field" and out[j].value == t.value for j in earlier)
    if nxt.kind == "agg" and nxt.value in ("avg", "median") and said:
        at.stop(at.i)
        return True
    return False


WORD_RULES: tuple[Rule, ...] = (
    not_before_a_condition,
    kind_that_lost,
    line_of_a_project,
    yardstick_restated,
    kind_within_its_level,
    compared_difference,
    derived_difference,
    against_the_budget,
    field_minus_field,
    how_much_unspent,
    spent_slowly,
    lost_on_a_part,
    total_in_points,
    bound_said_twice,
    claim_restated,
    median_project,
    final_score,
    total_then_lost,
    spent_over_budget,
    short_of_full_marks,
    met_the_target,
    target_not_met,
    which_of_a_kind,
    short_of_100,
    away_from_100,
    gap_in_points,
    lost_from_100,
    percentage_of_points,
    in_the_end,
    actual_against_target,
    negated_comparison,
    within_a_scope,
    bare_year,
    ranked_place,
    excluded_department_project,
    its_total,
    restated_comparison,
    framing_average,
    adverb_actually,
    execution_row_points,
    has_a_measure,
    more_than_average,
    average_as_yardstick,
    order_word_measure_yields,
    most_points_lost,
    compared_with_target,
    indicators_that_lost,
    english_not,
    quantity_goal,
    kind_goal_points,
    kind_goal_set,
    money_left_unspent,
    left_over_a_number,
    unspent_restated,
    total_of_a_measure,
    each_ones_total,
    every_ones_total,
    achieved_a_measure,
    total_after_points,
    their_own_kind,
    rate_gap_in_points,
    in_all_of_one,
    asked_not_or,
    per_kind,
    kinds_yearly_target,
    after_the_change,
    above_the_average,
    at_most_how_much,
    what_not_why,
    lost_points_on_what,
    which_aspect_ranked,
    full_marks_restated,
    above_a_number,
    taken_back,
    among_all_projects,
    highest_minus_lowest,
    each_ones_own,
    grade_named,
    overall_deduction,
    by_how_much_changed,
    among_each,
    department_of_a_project,
)


def either_grade(out: list[Token], content: list[int]) -> None:
    """优还是良？ of one project: the grades offered, not asked; 优或者良的项目: either grade,
    which one condition cannot say, so the second is left unknown (asked back)."""
    one_project = any(x.kind == "project" for x in out) and not any(
        x.kind in ("which", "projword") for x in out
    )
    offered = [i for i in content if not (out[i].kind == "compare" and out[i].text.lower() in _EITHER)]
    for n, i in enumerate(offered[:-1]):
        t, nxt = out[i], out[offered[n + 1]]
        between = {x.text.lower() for x in out[i + 1 : offered[n + 1]]}
        if t.kind == "grade" and nxt.kind == "grade" and between & _EITHER:
            if one_project:
                out[i] = Token("stop", "", t.text, t.start)
                out[offered[n + 1]] = Token("stop", "", nxt.text, nxt.start)
                for j in range(i + 1, offered[n + 1]):
                    out[j] = Token("stop", "", out[j].text, out[j].start)
            else:
                out[offered[n + 1]] = Token("unknown", "", nxt.text, nxt.start)


def changed_by_how_much(out: list[Token], content: list[int]) -> None:
    """Adjusted, and by how much? / 追加预算的项目，追加了多少: a budget-change word with an amount
    asked is the budget change itself (the last of two such words; the first filters)."""
    flags = [i for i, t in enumerate(out) if t.kind == "flag" and t.value.startswith("budget_change")]
    asks_amount = [
        i
        for i, t in enumerate(out)
        if t.kind == "diff" or t.text.lower() in ("by how much", "how much", "多少", "了多少")
    ]
    named = any(t.kind == "project" or (t.kind == "pronoun" and t.value == "subject") for t in out)
    questioned = [i for i in flags if _A_NOT_A.search(out[i].text)]
    if named and questioned and not asks_amount:
        flags = questioned  # 运维预算调过没: whether it changed, answered by the change
    elif not (flags and asks_amount and (named or len(flags) >= 2)):
        return
    either = [
        i
        for i in flags
        if any(out[k].text in ("或", "或者", "还是", "or") for k in range(i + 1, i + 3) if k < len(out))
    ]
    for i in either:  # 追加或压减了多少: either way, the change
        out[i] = Token("stop", "", out[i].text, out[i].start)
    flags = [i for i in flags if i not in either] or flags[-1:]
    asked = flags[-1] if len(flags) >= 2 else flags[0]
    t = out[asked]
    out[asked] = Token("field", "budget_change", t.text, t.start)
    for i in asks_amount:
        out[i] = Token("stop", "", out[i].text, out[i].start)
    for i, t in enumerate(out):
        generic_budget = t.kind == "field" and t.value in ("full_year_budget", "initial_budget")
        if generic_budget and t.text.lower() in ("budget", "预算"):
            out[i] = Token("stop", "", t.text, t.start)


def count_said_twice(out: list[Token], content: list[int]) -> None:
    """最多的两个项目是哪两个: one count, said twice."""
    seen: set[str] = set()
    for i, t in enumerate(out):
        if t.kind == "topk" and t.value in seen:
            out[i] = Token("stop", "", t.text, t.start)
        elif t.kind == "topk":
            seen.add(t.value)


def kinds_just_listed(out: list[Token], content: list[int]) -> None:
    """数量质量时效这些二级指标: 这些 points back at the kinds just listed; 拿了百分之几的分: the
    score after a score rate is the rate's own word."""
    for n, i in enumerate(content[:-1]):
        t, nxt = out[i], out[content[n + 1]]
        if t.kind == "pronoun" and t.value == "result" and nxt.kind in ("group", "rows") and n:
            out[i] = Token("stop", "", t.text, t.start)
        elif t.kind == "field" and t.value == "score_rate" and nxt.kind == "field" and nxt.value == "score":
            out[content[n + 1]] = Token("stop", "", nxt.text, nxt.start)


def _names_suffix(out: list[Token], n: int) -> bool:
    """The "project" of "the X project": a project word right after a name."""
    return out[n].kind == "projword" and n > 0 and out[n - 1].kind == "project"


def how_many_is_how_much(out: list[Token], content: list[int]) -> None:
    """How many money of X not spent / How many score the X project get: "how many" before an
    amount of a named project asks how much; by how many points does A exceed B: the comparison
    word is the difference's."""
    projects = _projects_named(out)
    for i, t in enumerate(out):
        if t.kind == "agg" and t.text.lower() == "how many" and projects:
            wanted = {x.kind for n, x in enumerate(out) if not _names_suffix(out, n)}
            wanted &= {"projword", "rows", "indicator"}
            if any(
                x.kind == "part" and ("indicator" in x.text.lower() or x.text.endswith("指标")) for x in out
            ):
                wanted.add("rows")  # How many timeliness indicators did X lose points on?: a count
            fields = [
                x for x in out if x.kind == "field" and x.value not in ("indicator_count", "deducted_count")
            ]
            if fields and not wanted:
                out[i] = Token("ask", "", t.text, t.start)
        elif (
            t.kind == "comp"
            and projects >= 2
            and any(x.kind == "diff" for x in out)
            and not any(x.kind in ("number", "range") for x in out)
        ):
            out[i] = Token("stop", "", t.text, t.start)


QuestionRule = Callable[[list[Token], list[int]], None]


def points_for_execution(out: list[Token], content: list[int]) -> None:
    """预算执行得了几分 / how many points for budget execution: points asked of the execution
    row, with no other measure said, are its score (执行率得分), not its rate."""
    asks = any(t.kind == "ask" and points_word(t) for t in out)
    parts = [i for i in content if out[i].kind == "part" and out[i].value == "预算执行"]
    if asks and len(parts) == 1 and not any(out[i].kind == "field" for i in content):
        t = out[parts[0]]
        out[parts[0]] = Token("field", "score@预算执行", t.text, t.start)


QUESTION_RULES: tuple[QuestionRule, ...] = (
    changed_by_how_much,
    count_said_twice,
    kinds_just_listed,
    how_many_is_how_much,
    points_for_execution,
)


def rewrite(tokens: list[Token]) -> list[Token]:
    """The tokens with every rule applied: ``either_grade`` first, then ``WORD_RULES`` at each
    content word (the first rule that applies ends its turn), then ``QUESTION_RULES``."""
    out = list(tokens)
    content = [i for i, t in enumerate(out) if t.kind not in ("stop", "prep", "follow")]
    either_grade(out, content)
    for n in range(len(content)):
        at = At(out, content, n)
        for rule in WORD_RULES:
            if rule(at):
                break
    for question_rule in QUESTION_RULES:
        question_rule(out, content)
    return out

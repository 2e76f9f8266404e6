"""Chinese numerals in questions rewritten as Arabic digits, only where they state a quantity:
百分之九十 → 90%, 九十分 → 90分, 一个亿 → 1亿, 五千万元 → 5000万元. Names keep their numerals
(二期, 一站式服务), because only a numeral followed by a unit, or after 百分之, is rewritten."""

from __future__ import annotations

import re

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUMERAL = "零〇一二两三四五六七八九十百千"
_QUANTITY = re.compile(
    rf"(?<![\d.])(百分之)?([{_NUMERAL}]+)(?:点([{_NUMERAL}]+))?\s*(个)?(?=(分(?![没未不都也点]|之(?!间))|万元|亿元|万|亿|元|%|％|个百分点)|(?(1)|(?!)))"
)


def chinese_integer(text: str) -> int | None:
    """The value of a Chinese numeral below ten thousand (九十 → 90, 一百零五 → 105)."""
    total, digit = 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in _UNITS:
            total += (digit if digit is not None else 1) * _UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def _decimals(text: str) -> str:
    return "".join(str(DIGITS.get(ch, "")) for ch in text)


_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})(?=\s*年)")
_SHORT_YEAR = re.compile(
    r"(?<![〇零一二两三四五六七八九十百千\d第近])([一二][〇零一二三四五六七八九])(?=\s*年(?!来|以来|间|内|多|前|后))"
)
"""二一年 / 二零年: a year of this century said by its last two digits (2021年)."""


def arabic(question: str) -> str:
    """The question with quantities written in Chinese numerals turned into digits
    (二〇二一年 → 2021年 too)."""
    question = _YEAR.sub(lambda m: "".join(str(DIGITS[ch]) for ch in m.group(1)), question)
    question = _SHORT_YEAR.sub(lambda m: "20" + "".join(str(DIGITS[ch]) for ch in m.group(1)), question)

    def replace(m: re.Match[str]) -> str:
        value = chinese_integer(m.group(2))
        if value is None:
            return m.group(0)
        number = str(value) + (f".{_decimals(m.group(3))}" if m.group(3) else "")
        return f"{number}%" if m.group(1) else number

    question = re.sub(r"百分之\s*(\d+(?:\.\d+)?)", r"\1%", question)  # 百分之100
    question = _TENTHS.sub(lambda m: f"{_TENTH_VALUES[m.group(1)]}%", question)
    return _QUANTITY.sub(replace, question)


_TENTH_VALUES = {ch: 10 * n for ch, n in DIGITS.items() if n} | {"十": 100}
_TENTHS = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千\d])([一二两三四五六七八九十])成"
    r"(?!本|绩|果|员|立|功|交|为|熟|长|都|效|就|型|像|品|套|批|分|年|人|事|器|材|语|不变|[一二三四五六七八九])"
)
"""九成 is 90%: tenths as a share (不满九成, 八成以上); 成本, 成绩, 一成不变 are words."""

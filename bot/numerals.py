"""Chinese numerals in questions rewritten as Arabic digits, only where they state a quantity:
百分之九十 → 90%, 九十分 → 90分, 一个亿 → 1亿, 五千万元 → 5000万元. Names keep their numerals
(二期, 一站式服务), because only a numeral followed by a unit, or after 百分之, is rewritten.
English number words are rewritten likewise (ninety-nine and a half per cent → 99.5 percent,
one hundred thousand yuan → 100000 yuan); a lone small number (the top three, which one) is
left as a word unless a unit follows it."""

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


_ROUND = re.compile(rf"(?<![\d.{_NUMERAL}万])(过|破|上(?=亿|千万|百万))(亿|千万|百万|万)(?![\d{_NUMERAL}])")
"""过亿, 破千万, 上亿: a round amount passed, said without a numeral (超过1亿)."""


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
    question = _ROUND.sub(lambda m: f"超过1{m.group(2)}", question)
    question = question.replace("百分百", "100%")
    question = re.sub(rf"(?<=为|是|于|到)零(?![{_NUMERAL}\d点])", "0", question)  # 结余为零: nothing left
    question = re.sub(r"(?<![超经通不越高大多低少胜强好])过(?=\s*\d)", "超过", question)  # 总分过95: above 95
    question = _TENTHS.sub(lambda m: f"{_TENTH_VALUES[m.group(1)]}%", question)
    return english_digits(_QUANTITY.sub(replace, question))


EN_SMALL = {w: n for n, w in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
)}  # fmt: skip
"""English number words below twenty (the lexicon's ENGLISH_NUMBERS takes one to ten from here)."""
_EN_TENS = {
    w: 10 * n
    for n, w in enumerate(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), 2)
}
_EN_SCALE = {"hundred": 100, "thousand": 1000}
_EN_AFTER = re.compile(r"\s*(?:percent|per\s+cent|%|points?|pts|yuan|million|billion|mn|bn)\b", re.IGNORECASE)
_EN_WORD = re.compile(r"[A-Za-z]+")


def english_digits(question: str) -> str:
    """English number words stating a quantity as digits: a run with a tens, teens or scale word
    or a half (forty, nineteen, one hundred thousand, ninety-nine and a half), or a small number
    a unit follows (five million yuan, ten per cent). Runs are joined by spaces or hyphens, and
    by "and" only after a scale word (one hundred and twenty) or before "a half"."""
    out, last = [], 0
    words = list(_EN_WORD.finditer(question))
    i = 0
    while i < len(words):
        run = _number_run(question, words, i)
        if run is None:
            i += 1
            continue
        j, value, strong = run
        end = words[j - 1].end()
        if strong or _EN_AFTER.match(question, end):
            number = f"{value:g}" if value != int(value) else str(int(value))
            out += [question[last : words[i].start()], number]
            last = end
        i = j
    out.append(question[last:])
    return re.sub(r"(?<=\d)\s*per\s+cent\b", " percent", "".join(out), flags=re.IGNORECASE)


def _number_run(text: str, words: list[re.Match[str]], i: int) -> tuple[int, float, bool] | None:
    """The words from i that say one number: (index after the run, value, whether the run is
    a number beyond doubt), or None when words[i] starts no number."""
    total, current, strong, j, seen = 0.0, 0.0, False, i, False
    while j < len(words):
        w = words[j].group(0).lower()
        gap = text[words[j - 1].end() : words[j].start()] if j > i else ""
        if j > i and gap.strip(" -") != "":
            break
        if w in EN_SMALL or w in _EN_TENS:
            current += EN_SMALL.get(w, 0) + _EN_TENS.get(w, 0)
            strong = strong or w in _EN_TENS or EN_SMALL.get(w, 0) > 10
        elif w in _EN_SCALE and seen:
            if w == "hundred":
                current = (current or 1) * 100
            else:
                total, current = total + (current or 1) * 1000, 0.0
            strong = True
        elif w == "and" and seen and j + 1 < len(words):
            nxt = words[j + 1].group(0).lower()
            prev = words[j - 1].group(0).lower()
            if nxt == "a" and j + 2 < len(words) and words[j + 2].group(0).lower() == "half":
                return j + 3, total + current + 0.5, True
            if prev in _EN_SCALE and (nxt in EN_SMALL or nxt in _EN_TENS):
                j += 1
                continue
            break
        else:
            break
        seen = True
        j += 1
    return (j, total + current, strong) if seen else None


_TENTH_VALUES = {ch: 10 * n for ch, n in DIGITS.items() if n} | {"十": 100}
_TENTHS = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千\d])([一二两三四五六七八九十])成"
    r"(?!本|绩|果|员|立|功|交|为|熟|长|都|效|就|型|像|品|套|批|分|年|人|事|器|材|语|不变|[一二三四五六七八九])"
)
"""九成 is 90%: tenths as a share (不满九成, 八成以上); 成本, 成绩, 一成不变 are words."""

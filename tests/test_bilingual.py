"""English words read against Chinese prose (bot/bilingual.py): the dictionary is read backwards,
a word's own senses come before the phrases that mention it, light words give nothing, and only
the words the given text uses are kept."""

from __future__ import annotations

import pytest

from bot.bilingual import chinese_for, lemmas
from bot.text import _counted, _states_number


@pytest.mark.parametrize(
    "word,expected",
    [
        ("drills", "drill"),
        ("relocated", "relocate"),
        ("planned", "plan"),
        ("facilities", "facility"),
        ("applied", "apply"),
        ("training", "train"),
        ("boxes", "box"),
        ("class", "class"),
    ],
)
def test_lemmas_include_the_dictionary_form(word: str, expected: str) -> None:
    assert expected in lemmas(word)
    assert lemmas(word)[0] == word


@pytest.mark.parametrize(
    "word,text,expected",
    [
        ("drills", "本年度共完成5次应急演练。", ("演练",)),
        ("emergency", "本年度共完成5次应急演练。", ("应急",)),
        ("relocated", "其中节点搬迁51个。", ("搬迁",)),
        ("training", "本年度共完成5次应急演练。", ()),  # 培训 is not in the text
        ("hold", "举办了培训，举行了会议。", ()),  # a light word is never looked up
        ("of", "的", ()),
    ],
)
def test_only_renderings_the_text_uses_are_kept(word: str, text: str, expected: tuple[str, ...]) -> None:
    assert chinese_for(word, text) == expected


def test_a_word_only_a_phrase_mentions_gives_nothing() -> None:
    """应急 is 'emergency' itself; 急诊 is only 'emergency room' (and more): never offered."""
    assert chinese_for("emergency", "应急和急诊") == ("应急",)
    assert chinese_for("emergency", "急诊") == ()


@pytest.mark.parametrize(
    "sentence,states",
    [
        ("1、提供了网络节点的统一出口服务。", False),  # a list number
        ("2021年完成了系统升级。", False),  # a year
        ("3、总计完成369个工单任务。", True),
    ],
)
def test_a_list_number_or_a_year_is_not_a_stated_number(sentence: str, states: bool) -> None:
    assert _states_number(sentence) is states


@pytest.mark.parametrize(
    "sentence,choices,counted",
    [
        ("本年度共完成5次应急演练。", ("应急", "演练"), True),
        ("故障5分钟内响应，200分钟内修复。", ("网络", "修复"), False),  # minutes, not repairs
        ("故障5分钟内响应，200分钟内修复。", ("分钟", "修复"), True),  # minutes asked
        ("其中网络新建138个、节点搬迁51个。", ("节点", "搬迁"), True),
    ],
)
def test_an_english_count_needs_a_counted_number_beside_its_words(
    sentence: str, choices: tuple[str, ...], counted: bool
) -> None:
    assert _counted(sentence, choices) is counted

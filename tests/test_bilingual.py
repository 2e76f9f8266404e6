"""English words read against Chinese prose (bot/bilingual.py): the dictionary is read backwards,
a word's own senses come before the phrases that mention it, light words give nothing, and only
the words the given text uses are kept."""

from __future__ import annotations

import pytest

from bot.bilingual import chinese_for, lemmas, renderings
from bot.text import _counted, _rendered, _states_number


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
        ("relocations", "relocate"),
        ("catalogues", "catalog"),
        ("standardisation", "standardization"),
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
        ("重大网络保障工作40余次，确保期间无重大故障发生。", ("故障",), False),  # another clause's count
        ("各委办视频会议等重大网络保障工作40余次。", ("视频会议",), False),  # 等 closes the list counted
    ],
)
def test_an_english_count_needs_a_counted_number_beside_its_words(
    sentence: str, choices: tuple[str, ...], counted: bool
) -> None:
    assert _counted(sentence, choices) is counted


@pytest.mark.parametrize(
    "words,text,expected",
    [
        # a phrase before its words: the glossary's domain term, the dictionary's own phrase sense
        (["work", "orders"], "总计完成369个工单任务。", [((0, 1), ("工单",))]),
        (
            ["legal", "person", "database"],
            "法人综合库覆盖300万余家企业。",
            [((0, 1), ("法人",)), ((2,), ("库",))],
        ),
        (["user", "side", "repairs"], "用户侧404个报修。", [((0, 1), ("用户侧",)), ((2,), ("报修",))]),
        # light words alone, or a phrase of light words only, are not read
        (["carry", "out", "drills"], "共完成5次应急演练。", [((2,), ("演练",))]),
        # a word none of whose senses the text holds reads as nothing (the caller asks back)
        (["thematic", "libraries"], "共完成5次应急演练。", [((0,), ()), ((1,), ())]),
    ],
)
def test_english_words_read_longest_phrase_first(
    words: list[str], text: str, expected: list[tuple[tuple[int, ...], tuple[str, ...]]]
) -> None:
    assert renderings(words, text) == expected


def test_one_chinese_word_renders_one_english_word() -> None:
    """enterprises and legal person both rendered as 法人 would let 法人标签 stand for both."""
    prose = "新建法人标签等13个专题库。法人综合库覆盖300万余家企业。" + "其他工作按计划推进。" * 100
    assert _rendered("新建法人标签等13个专题库", ("法人", "法人|企业"), prose) == (0, 0)
    assert _rendered("法人综合库覆盖300万余家企业", ("法人", "法人|企业"), prose) != (0, 0)

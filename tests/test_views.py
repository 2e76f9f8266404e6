"""The chat's plain view functions: the answer's HTML with its "understood as" line, and the
cited-rows table."""

from __future__ import annotations

import pytest

from bot.types import Answer, Citation
from ui.views import answer_html, citations_html


def _answer(interpretation: str) -> Answer:
    cite = Citation(
        id="f:1",
        form="f.txt",
        line=1,
        project="<b>甲</b>",
        section="indicator",
        indicator="x",
        text="row",
        weight=10.0,
        score=8.0,
        deviation="[登录](http://127.0.0.9:9)",
    )
    return Answer(
        question="q",
        answer="第一行\n- <i>第二行</i>",
        abstained=False,
        route="table",
        citations=(cite,),
        interpretation=interpretation,
    )


@pytest.mark.parametrize(("interpretation", "shown"), [("按总分排序", True), ("", False)])
def test_answer_html_shows_what_was_understood_when_known(interpretation: str, shown: bool) -> None:
    out = answer_html(_answer(interpretation))
    assert ("理解为：按总分排序" in out) is shown
    assert "第一行\n- &lt;i&gt;第二行&lt;/i&gt;" in out and "<i>" not in out


def test_cited_rows_mark_lost_points_and_escape_text() -> None:
    out = citations_html(_answer(""))
    assert '<td class="num lost">8</td>' in out and "&lt;b&gt;甲&lt;/b&gt;" in out
    assert "<a " not in out and "[登录](http://127.0.0.9:9)" in out

"""Form text as data: HTML and Markdown escaping, and the HTML tables built from it."""

from __future__ import annotations

import re

import pytest

from ui.markup import WORD_JOINER, Cell, Row, escape_html, escape_markdown, number, table_html

HOSTILE = (
    "![t](http://127.0.0.9:9/i.png)",
    "[请重新登录](http://127.0.0.9:9/login)",
    "<img src=http://127.0.0.9:9/x.png>",
    "<script>alert(1)</script>",
    "http://127.0.0.9:9/y www.example.org a@example.org",
    '=HYPERLINK("http://127.0.0.9:9","点我")',
    "**粗体** `代码` $x^2$ <b>",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_html_has_no_tag(text: str) -> None:
    out = escape_html(text)
    assert "<" not in out and ">" not in out and '"' not in out
    assert (
        out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
        == text
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_markdown_has_no_live_syntax(text: str) -> None:
    out = escape_markdown(text)
    unescaped = re.sub(r"\\(.)", "", out)  # what is left once every escaped character is removed
    assert not re.search(r"[!\[\]()<>*`$]", unescaped)
    assert "http://" not in out.replace("\\", "") and "www." not in out.replace("\\", "")
    assert out.replace("\\", "").replace(WORD_JOINER, "") == text


@pytest.mark.parametrize(
    ("value", "expected"),
    [(40000000.0, "40,000,000"), (99.32, "99.32"), (9.3, "9.3"), (10.0, "10"), (None, ""), (0.0, "0")],
)
def test_number(value: float | None, expected: str) -> None:
    assert number(value) == expected


def test_table_escapes_every_cell_and_keeps_the_apps_own_link() -> None:
    rows = [
        Row((Cell(HOSTILE[0], href="project?p=a%23b", title=HOSTILE[3]), Cell(HOSTILE[2], "num"))),
        Row((Cell(HOSTILE[1], colspan=2),), "finding"),
    ]
    out = table_html(("<项目>", "值"), rows, label="<t>")
    assert out.count("<a ") == 1 and 'href="project?p=a%23b"' in out
    assert "<img" not in out and "<script" not in out and "&lt;项目&gt;" in out
    assert 'title="&lt;script&gt;alert(1)&lt;/script&gt;"' in out
    assert 'colspan="2"' in out and 'class="finding"' in out and 'aria-label="&lt;t&gt;"' in out

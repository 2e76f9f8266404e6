"""Form text as data, never markup: escaping for HTML and Markdown, and the HTML tables the
pages show as page text (copyable, read by screen readers).

Invariant: every string that may come from a form or a user passes through ``escape_html`` (in
``st.html`` bodies) or ``escape_markdown`` (in widget labels and other Markdown) before it
reaches the page. Only this module writes tags, and only from constants and escaped text; an
``href`` is always one the app builds itself, never text from a form.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

WORD_JOINER = "\u2060"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:@&=\"'$%^;,/?])")
_AUTOLINK_SCHEME = re.compile(r"(?i)(https?|ftp|mailto|www)(\\[:.])")

CSS = """
<style>
.jx-wrap { overflow-x: auto; margin: 0.25rem 0 0.75rem 0; }
table.jx { border-collapse: collapse; width: 100%; font-size: 0.875rem; line-height: 1.4; }
table.jx caption { caption-side: top; text-align: left; font-weight: 600; padding: 0.25rem 0; }
table.jx th, table.jx td { border: 1px solid rgba(128,128,128,0.35); padding: 0.3rem 0.5rem;
  vertical-align: top; text-align: left; overflow-wrap: anywhere; white-space: pre-wrap; }
table.jx th { background: rgba(128,128,128,0.12); white-space: nowrap; }
table.jx td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.jx td.wide { min-width: 14em; }
table.jx td.name { min-width: 9em; }
table.jx td.val { min-width: 5em; }
table.jx td.loc { white-space: nowrap; font-size: 0.8rem; opacity: 0.8; }
table.jx tr.lost td { background: rgba(217,72,15,0.09); }
table.jx td.lost { color: #d9480f; font-weight: 600; }
table.jx tr.finding td { background: rgba(250,176,5,0.12); font-size: 0.8rem; }
table.jx tr.sum td { font-weight: 600; }
.jx-text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.6; }
.jx-understood { font-size: 0.85rem; opacity: 0.75; margin-bottom: 0.35rem; }
.jx-title { font-size: 1.75rem; font-weight: 700; margin: 0 0 0.5rem 0; line-height: 1.3; }
.jx-muted { font-size: 0.85rem; opacity: 0.75; }
.jx-goals { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.jx-goals > div { border: 1px solid rgba(128,128,128,0.35); border-radius: 0.4rem; padding: 0.5rem 0.75rem; }
.jx-goals h4 { margin: 0 0 0.35rem 0; font-size: 0.95rem; }
</style>
"""


def escape_html(value: object) -> str:
    """Return the text of value with HTML special characters escaped."""
    return html.escape("" if value is None else str(value), quote=True)


def escape_markdown(value: object) -> str:
    """Return text that Streamlit's Markdown shows literally: no emphasis, HTML, link or image.

    Backslash escapes stop Markdown syntax, but GitHub-flavoured autolinks are found in the
    unescaped text afterwards, so a word joiner (invisible) breaks ``http:``/``www.``/``@``.
    """
    text = _MD_SPECIAL.sub(r"\\\1", "" if value is None else str(value))
    text = _AUTOLINK_SCHEME.sub(lambda m: m.group(1) + WORD_JOINER + m.group(2), text)
    text = text.replace("\\@", WORD_JOINER + "\\@")
    return text.replace("\n", "  \n")


@dataclass(frozen=True)
class Cell:
    """One table cell: text (escaped when drawn), and the app's own link or classes."""

    text: object = ""
    cls: str = ""
    href: str = ""  # built by the app (a page of this app), never taken from form text
    title: str = ""
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True)
class Row:
    """One table row with an optional class (``lost``, ``finding``, ``sum``)."""

    cells: tuple[Cell, ...]
    cls: str = ""


def number(value: float | None, digits: int = 2) -> str:
    """Return a number as the forms write it: thousands separators, no trailing zeros."""
    if value is None:
        return ""
    text = f"{value:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _cell(tag: str, cell: Cell) -> str:
    attrs = ""
    if cell.cls:
        attrs += f' class="{escape_html(cell.cls)}"'
    if cell.title:
        attrs += f' title="{escape_html(cell.title)}"'
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    body = escape_html(cell.text)
    if cell.href:
        body = f'<a href="{escape_html(cell.href)}">{body}</a>'
    return f"<{tag}{attrs}>{body}</{tag}>"


def table_html(columns: Sequence[str], rows: Sequence[Row], caption: str = "", label: str = "") -> str:
    """Return an HTML table of escaped cells, wrapped so a wide table scrolls on its own."""
    head = "".join(_cell("th", Cell(c)) for c in columns)
    body = "".join(
        f"<tr{f' class={chr(34)}{escape_html(r.cls)}{chr(34)}' if r.cls else ''}>"
        + "".join(_cell("td", c) for c in r.cells)
        + "</tr>"
        for r in rows
    )
    cap = f"<caption>{escape_html(caption)}</caption>" if caption else ""
    aria = f' aria-label="{escape_html(label or caption)}"' if (label or caption) else ""
    return (
        f'<div class="jx-wrap"><table class="jx"{aria}>{cap}<thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def text_html(text: str, cls: str = "jx-text") -> str:
    """Return text as one escaped block that keeps its line breaks."""
    return f'<div class="{cls}">{escape_html(text)}</div>'

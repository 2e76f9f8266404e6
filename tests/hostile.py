"""A crafted form for the output-safety tests: one seed project whose cells hold Markdown
images and links, HTML tags and spreadsheet formulas pointing at a closed loopback port.

Nothing here may ever be fetched: a request to ``TRAP`` means form text became markup.
"""

from __future__ import annotations

from tests.conftest import SEED

TRAP = "127.0.0.9:9"
NAME = f"恶意样例项目![n](http://{TRAP}/n.png)"
FORMULA = f'=HYPERLINK("http://{TRAP}/x","点我")'
IMAGE = f"![t](http://{TRAP}/i.png) [请重新登录](http://{TRAP}/login) 方案需多次沟通"
SCRIPT = f"+1+1 <script>fetch('http://{TRAP}/s')</script> <img src=http://{TRAP}/g.png> 部分设备无法虚拟化"
GOAL = f"<img src=http://{TRAP}/goal.png>完成预付费 http://{TRAP}/auto"
_SOURCE = "上海市政务云基础设施服务费（预付费）"


def hostile_form() -> str:
    """Return the text of one form (from the seed) with hostile cells."""
    lines = SEED.read_text(encoding="utf-8").splitlines()[97:118]
    deviations = {"应用系统上云": IMAGE, "系统上线及时性": FORMULA, "市政府各部门基础设施共建共用": SCRIPT}
    out = []
    for line in lines:
        cells = line.split("\t")
        for name, text in deviations.items():
            if name in cells:  # the deviation reason stands five cells right of the indicator
                at = cells.index(name) + 5
                cells += [""] * (at + 1 - len(cells))
                cells[at] = text
        cells = [GOAL if c == "完成政务云三家运营商的服务费预付费" else c for c in cells]
        out.append("\t".join(cells))
    return "\n".join(out).replace(_SOURCE, NAME) + "\n"

"""A deterministic generator of synthetic forms in the seed's text format, for tests and the
benchmark: varied agencies, years, projects, indicator sets and layouts (the seed's shifted
cells, fill-down blanks, LaTeX targets, repeated headers), with consistent arithmetic except
where it plants a finding on purpose.

Invariant: the same (n, seed) always writes the same bytes and returns the same manifest.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

AGENCIES = (
    ("上海市大数据中心", "DSG"),
    ("上海市财政局", "CZJ"),
    ("上海市卫生健康委员会", "WJW"),
    ("上海市教育委员会", "JYW"),
    ("上海市交通委员会", "JTW"),
    ("上海市生态环境局", "STJ"),
    ("上海市民政局", "MZJ"),
    ("上海市文化和旅游局", "WLJ"),
)
YEARS = (2020, 2021, 2022, 2023)
TOPICS = (
    "政务云",
    "电子证照",
    "数据治理",
    "城市运行",
    "公共卫生监测",
    "智慧校园",
    "交通信号优化",
    "水质监测",
    "养老服务",
    "文物数字化",
    "网络安全",
    "档案数字化",
    "信用平台",
    "应急指挥",
    "医保结算",
    "停车诱导",
)
KINDS = ("运维服务", "平台建设", "系统升级改造", "运营服务费", "专项经费", "二期工程")
ROWS = (
    ("产出指标", "数量指标", "完成{t}相关任务数量", "≥{n}项", "{m}项"),
    ("产出指标", "质量指标", "{t}系统可用率", "$\\geq 99\\%$", "{p}%"),
    ("产出指标", "时效指标", "{t}任务按期完成", "及时", "及时"),
    ("产出指标", "成本指标", "{t}预算控制率", "≤100%", "{c}%"),
    ("效益指标", "经济效益指标", "{t}降本增效", "明显", "明显"),
    ("效益指标", "社会效益指标", "{t}服务覆盖率", "≥90%", "{p}%"),
    ("效益指标", "生态效益指标", "{t}绿色节能", "达标", "达标"),
    ("效益指标", "可持续影响指标", "{t}长效机制", "健全", "健全"),
    ("满意度指标", "服务对象满意度指标", "{t}使用者满意度", "≥90%", "{s}%"),
)
REASONS = (
    "部分任务受外部因素影响推迟，后续将加强进度管理。",
    "用户反馈响应不够及时，将优化服务流程。",
    "个别系统稳定性有待提升，已制定整改方案。",
)
PLANTS = ("execution_rate", "missing_deviation", "scores_sum")


@dataclass(frozen=True)
class SynthForm:
    """What the generator wrote for one form (the truth the parser must recover)."""

    file: str
    name: str
    year: int
    agency: str
    budget: float
    executed: float
    rate: float
    total: float
    satisfaction: float
    indicators: int
    planted: tuple[str, ...] = field(default=())


def _weights(k: int, rng: random.Random) -> list[int]:
    """k weights of at least 5 that add up to 90."""
    cuts = sorted(rng.sample(range(1, 18), k - 1))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, 18], strict=True)]
    return [p * 5 for p in parts]


def _form(i: int, rng: random.Random) -> tuple[str, SynthForm]:
    agency, code = AGENCIES[rng.randrange(len(AGENCIES))]
    year = YEARS[rng.randrange(len(YEARS))]
    topic = TOPICS[rng.randrange(len(TOPICS))]
    name = f"{agency.removeprefix('上海市')}{topic}{KINDS[rng.randrange(len(KINDS))]}（{code}-{i:05d}）"
    budget = float(rng.randrange(500, 200_000) * 1000)
    executed = round(budget * rng.uniform(0.7, 1.0), 2)
    rate = round(executed / budget * 100, 2)
    funds_score = round(10 * rate / 100, 2)
    plant = PLANTS[(i // 7) % len(PLANTS)] if i % 7 == 3 else ""  # every kind, at fixed places
    stated_rate = round(rate + 0.01, 2) if plant == "execution_rate" else rate
    chosen = sorted(rng.sample(range(len(ROWS)), rng.randint(5, 8)) + [8])
    chosen = list(dict.fromkeys(chosen))
    weights = _weights(len(chosen), rng)
    lines, scores, satisfaction = [], [], 0.0
    shifted = rng.random() < 0.3
    for n, (row, weight) in enumerate(zip(chosen, weights, strict=True)):
        l1, l2, label, target, actual = ROWS[row]
        lost = rng.choice((0, 0, 0, 1, 2)) if weight >= 10 else 0
        score = weight - lost
        reason = "" if not lost or (plant == "missing_deviation" and n == 0) else REASONS[rng.randrange(3)]
        if plant == "missing_deviation" and n == 0 and not lost:
            score, lost = weight - 1, 1
        scores.append(score)
        if l1 == "满意度指标":
            satisfaction = score
        fill = {
            "t": topic,
            "n": rng.randint(3, 20),
            "m": rng.randint(3, 25),
            "p": rng.randint(90, 100),
            "c": rng.randint(90, 100),
            "s": rng.randint(90, 99),
        }
        cells = [
            l1,
            l2,
            label.format(**fill),
            target.format(**fill),
            actual.format(**fill),
            str(weight),
            f"{score:g}",
            reason,
        ]
        if n and ROWS[chosen[n - 1]][0] == l1:
            cells[0] = ""  # blank means "same as above"
        if shifted and n == 2:
            lines += [
                "",
                "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            ]
        lead = "绩效指标\t" if shifted and n == 2 else "\t"
        if shifted and n == 3:
            lead = ""  # the seed's left shift (its lines 45 and 71): no leading cell
        lines.append(lead + "\t".join(cells))
    total = round(funds_score + sum(scores), 2)
    stated_total = round(total + 1, 2) if plant == "scores_sum" else total
    text = "\n".join(
        [
            "",
            "财政项目支出绩效自评表",
            "",
            f"({year} 年度)",
            "",
            f"项目名称\t{name}\t\t\t\t\t\t\t",
            f"主管部门\t{agency}\t\t\t实施单位\t{agency}\t\t\t",
            "项目资金（元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率得分\t得分\t",
            f"\t年度资金总额\t{budget:,.2f}\t{budget:,.2f}\t{executed:,.2f}\t10\t{stated_rate:.2f}%\t{funds_score:g}\t",
            f"\t其中：当年财政拨款\t{budget:,.2f}\t{budget:,.2f}\t{executed:,.2f}\t—\t\t\t",
            "\t上年结转资金\t\t\t\t—\t\t\t",
            "\t其他资金\t\t\t\t\t\t\t",
            "年度总体目标\t预算目标\t\t\t实际完成情况\t\t\t\t",
            f"\t<p>完成{topic}{year}年度建设与运维任务，保障系统稳定运行。</p>\t\t\t<p>已完成{topic}年度任务，"
            f"累计服务{rng.randint(10, 900)}万人次，处理工单{rng.randint(100, 5000)}个。</p>\t\t\t\t",
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            *lines,
            f"总分\t\t\t\t\t\t100\t{stated_total:g}\t",
            "",
        ]
    )
    form = SynthForm(
        f"{year}_{code}_{i:05d}.txt",
        name,
        year,
        agency,
        budget,
        executed,
        stated_rate,
        stated_total,
        satisfaction,
        len(chosen),
        (plant,) if plant else (),
    )
    return text, form


def generate(n: int, folder: Path, seed: int = 7) -> list[SynthForm]:
    """Write n synthetic forms (one per file) into folder; return what was written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        text, form = _form(i, rng)
        (folder / form.file).write_text(text, encoding="utf-8")
        out.append(form)
    return out

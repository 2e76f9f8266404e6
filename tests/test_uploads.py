"""Uploads through ``ui.views.ingest_uploads``: stored under a unique name, never replacing an
ingested form unless asked (the UI asks "替换已有的同名表？" when ``upload_matches`` finds one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import Settings, ingest, load_projects
from tests.conftest import SEED
from tests.corpus_states import MemoEmbedder
from ui import views


def _form(name: str = "测试上传项目", score: str = "93.31") -> bytes:
    text = "\n".join(SEED.read_text(encoding="utf-8").splitlines()[97:118])
    return text.replace("上海市政务云基础设施服务费（预付费）", name).replace("93.31", score).encode("utf-8")


@pytest.fixture(scope="module")
def memo(embedder) -> MemoEmbedder:  # type: ignore[no-untyped-def]
    m = MemoEmbedder(embedder)
    m.remember([SEED])
    return m


@pytest.fixture
def seeded(settings: Settings, memo: MemoEmbedder) -> Settings:
    ingest([SEED], settings, embedder=memo)  # type: ignore[arg-type]
    return settings


def _names(settings: Settings) -> list[str]:
    return sorted({p.name for p in load_projects(settings)})


def test_an_upload_named_like_the_sample_keeps_the_sample(seeded: Settings) -> None:
    assert views.upload_matches(SEED.name, seeded) == [SEED.name]
    [result] = views.ingest_uploads([(SEED.name, _form())], seeded)
    assert result.ok and result.form == SEED.name.replace(".txt", " (2).txt") and "另存为" in result.message
    assert len(_names(seeded)) == 8  # the sample's 7 projects and the upload


def test_replacing_is_a_choice(seeded: Settings) -> None:
    views.ingest_uploads([("up.txt", _form())], seeded)
    assert views.upload_matches("up.txt", seeded) == ["up.txt"]
    [kept] = views.ingest_uploads([("up.txt", _form(score="90.31"))], seeded)
    assert kept.form == "up (2).txt"
    [replaced] = views.ingest_uploads([("up.txt", _form(score="80.31"))], seeded, replace=True)
    assert replaced.ok and replaced.form == "up.txt" and "已替换" in replaced.message
    scores = sorted(p.total.score for p in load_projects(seeded) if p.name == "测试上传项目" and p.total)
    assert scores == [80.31, 90.31]


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("again.txt", None, "内容相同"),  # the content of up.txt under another name
        ("up.txt", None, "未变化"),  # the same upload twice
    ],
)
def test_repeats_are_not_stored_twice(seeded: Settings, name: str, data: bytes | None, message: str) -> None:
    views.ingest_uploads([("up.txt", _form())], seeded)
    [result] = views.ingest_uploads([(name, data or _form())], seeded)
    assert result.ok and message in result.message and len(_names(seeded)) == 8


def test_a_path_in_the_name_is_dropped(seeded: Settings) -> None:
    [result] = views.ingest_uploads([("../../etc/evil.txt", _form())], seeded)
    assert result.form == "evil.txt"
    saved = list((seeded.index_dir / "uploads").rglob("*.txt"))
    assert [p.name for p in saved] == ["evil.txt"] and all(seeded.index_dir in p.parents for p in saved)


def test_several_matches_refuse_to_replace(settings: Settings, embedder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_bytes(_form(name=f"项目{folder}"))
    ingest([tmp_path], settings, embedder=embedder)
    assert views.upload_matches("x.txt", settings) == ["a/x.txt", "b/x.txt"]
    [result] = views.ingest_uploads([("x.txt", _form(name="项目c"))], settings, replace=True)
    assert not result.ok and "多个同名表" in result.message and _names(settings) == ["项目a", "项目b"]

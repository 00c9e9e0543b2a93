"""Tables kept on disk to cut start-up give back exactly what a fresh build gives."""

from __future__ import annotations

import pytest

from eventcoder.disk_cache import cached_table, files_key
from eventcoder.resolve.actors import kb

TEXT = ("Al-Shabaab fighters attacked a police post in Mandera; the ADF and Boko Haram were "
        "blamed for raids elsewhere, and the Allied Democratic Forces denied it.")


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EVENTCODER_CACHE", str(tmp_path / "cache"))


def test_the_files_key_follows_the_bytes_of_every_file(tmp_path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.py"
    a.write_text("x: 1\n")
    b.write_text("y = 2\n")
    before = files_key(a, b)
    assert files_key(a, b) == before
    b.write_text("y = 3\n")
    assert files_key(a, b) != before
    assert files_key(a, tmp_path / "missing") != files_key(a)


def test_the_cached_actor_index_is_the_built_one(tmp_path) -> None:
    key = kb._index_key()
    built = cached_table("actor_index", key, kb._build_index)
    assert list((tmp_path / "cache").iterdir()), "the index was not written to the cache"
    read = cached_table("actor_index", key, lambda: pytest.fail("rebuilt instead of read"))
    assert read.entries == built.entries
    assert read.strong == built.strong and read.weak == built.weak
    assert read.ci_words == built.ci_words
    assert (read.cs_source, read.ci_ascii_source) == (built.cs_source, built.ci_ascii_source)
    # entries shared between aliases stay one object, as in the built index
    assert all(any(e is x for x in read.entries) for es in read.strong.values() for e in es)


def test_the_loaded_index_finds_the_known_groups() -> None:
    names = {hit.entry.name for hit in kb.find_known(TEXT, "SO")}
    assert {"Al-Shabaab", "Boko Haram"} <= names
    assert any("Allied Democratic Forces" in n for n in names)


"""Stable article ids: given id, else canonical URL hash, else body hash; idempotent."""

from __future__ import annotations

from pathlib import Path

from eventcoder.ingest import article_from_input, canonical_url, read_paths, stable_id

TEXT = "Gunmen killed 3 people in Kano on Monday."


def test_given_id_is_kept() -> None:
    """Given id is kept."""
    assert article_from_input(TEXT, id="mine-1").id == "mine-1"


def test_url_id_ignores_tracking_fragment_and_host_case() -> None:
    """URL id ignores tracking fragment and host case."""
    a = stable_id(url="https://News.Example/a/b?utm_source=x&p=2#top")
    b = stable_id(url="https://news.example/a/b?p=2")
    c = stable_id(url="https://news.example/a/b/?p=2")
    assert a == b == c
    assert a.startswith("u:")
    assert stable_id(url="https://news.example/a/c") != a


def test_canonical_url_form() -> None:
    """Canonical URLs drop tracking parameters, fragments, default ports and host case."""
    assert (
        canonical_url("HTTPS://Example.org:443/x?utm_medium=a&id=7#frag")
        == "https://example.org/x?id=7"
    )
    assert canonical_url("") is None


def test_text_id_is_a_hash_of_the_cleaned_body() -> None:
    """Text id is a hash of the cleaned body."""
    a = article_from_input(TEXT)
    assert a.id.startswith("t:")
    assert a.id == article_from_input(TEXT).id
    assert a.id != article_from_input(TEXT.replace("3", "4")).id


def test_page_id_comes_from_its_canonical_url(seed_html: str) -> None:
    """Page id comes from its canonical URL."""
    fetched = article_from_input(seed_html, url="https://mirror.example/copy?ref=rss")
    direct = article_from_input(seed_html)
    assert fetched.id == direct.id
    assert direct.id.startswith("u:")


def test_ids_are_idempotent_across_reads(tmp_path: Path, shared_dir: Path) -> None:
    """Ids are idempotent across reads."""
    seed = shared_dir / "fixtures/seed"
    paths = [seed / "karachi_bus_attack.html", seed / "karachi_bus_attack.txt"]
    assert [a.id for a in read_paths(paths)] == [a.id for a in read_paths(paths)]

"""A long name alternation compiled from the disk cache matches exactly as re.compile does."""

from __future__ import annotations

import re

import pytest

from eventcoder.text.alias_regex import folded_trie_regex
from eventcoder.text.regex_cache import MIN_CACHED_LENGTH, compile_cached

TEXTS = [
    "Al-Shabaab fighters attacked a police post in Mandera county on Tuesday, officials said.",
    "Members of the Allied Democratic Forces killed six civilians near Beni, North Kivu.",
    "Boko Haram insurgents raided Dikwa; the ISWAP faction later claimed the attack.",
    "Police in São Paulo arrested 14 members of the Primeiro Comando da Capital gang.",
    "The Tehrik-i-Taliban Pakistan said its men planted the bomb in Peshawar's Saddar area.",
]


def _names() -> list[str]:
    """Thousands of group-like names, as long as the actor alternation, plus the real ones."""
    stems = ["Liberation Front", "Defence Forces", "People's Army", "Brigade", "Movement"]
    places = [f"Region {i}" for i in range(900)]
    made = [f"{p} {s}" for p in places for s in stems[:2]]
    return made + ["Al-Shabaab", "Allied Democratic Forces", "Boko Haram", "ISWAP",
                   "Primeiro Comando da Capital", "Tehrik-i-Taliban Pakistan"]


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EVENTCODER_CACHE", str(tmp_path))


def _spans(rx: re.Pattern[str]) -> list[list[tuple[int, int, str]]]:
    return [[(m.start(), m.end(), m.group(0)) for m in rx.finditer(t)] for t in TEXTS]


def test_a_cached_alternation_finds_what_re_compile_finds(tmp_path) -> None:
    body = "|".join(re.escape(n) for n in sorted(_names(), key=len, reverse=True))
    pattern = rf"(?<![\w-])(?:{body})(?![\w])"
    assert len(pattern) >= MIN_CACHED_LENGTH
    first = compile_cached(pattern, re.IGNORECASE)
    assert list(tmp_path.iterdir()), "the compiled program was not written to the cache"
    again = compile_cached(pattern, re.IGNORECASE)  # read back from the file
    plain = re.compile(pattern, re.IGNORECASE)
    assert again.pattern == plain.pattern and again.flags == plain.flags
    assert _spans(first) == _spans(again) == _spans(plain)
    assert ["Al-Shabaab", "Allied Democratic Forces"] == [s[2] for s in _spans(again)[0] + _spans(again)[1]]


def test_the_trie_twin_reads_back_the_same_program() -> None:
    names = _names()
    built = folded_trie_regex(names, r"(?<![\w-])", r"(?![\w])")
    cached = folded_trie_regex(names, r"(?<![\w-])", r"(?![\w])")
    assert built is not None and cached is not None and len(built.pattern) >= MIN_CACHED_LENGTH
    assert _spans(built) == _spans(cached) == _spans(re.compile(built.pattern))
    assert any(s[2] == "Tehrik-i-Taliban Pakistan" for s in _spans(cached)[4])


def test_a_short_pattern_is_compiled_directly(tmp_path) -> None:
    assert compile_cached(r"\bISWAP\b").search(TEXTS[2])
    assert not list(tmp_path.iterdir())


def test_an_unreadable_cache_falls_back_to_compiling(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("EVENTCODER_CACHE", str(blocker))
    body = "|".join(re.escape(n) for n in _names())
    rx = compile_cached(rf"\b(?:{body})\b")
    assert [m.group(0) for m in rx.finditer(TEXTS[1])] == ["Allied Democratic Forces"]

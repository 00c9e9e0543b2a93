"""Comparison helpers for scoring a document against a hand-written gold document.

Gold conventions (``shared/fixtures/seed/README.md``): values that differ by input are given as
``{"txt": ..., "html": ...}``; ``*_contains`` strings must appear in the output's text; lists of
allowed values accept any member; names compare after alias resolution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from eventcoder.text.fold import strip_accents

VARIANT_KEYS = {"txt", "html"}


@dataclass
class Check:
    """One pass/fail check of the gold report."""

    section: str
    name: str
    passed: bool
    expected: Any = None
    got: Any = None
    detail: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "section": self.section,
            "name": self.name,
            "passed": self.passed,
            "expected": self.expected,
            "got": self.got,
            "detail": self.detail,
        }


@dataclass
class Checks:
    """Collects checks as scoring goes."""

    items: list[Check] = field(default_factory=list)

    def add(
        self,
        section: str,
        name: str,
        passed: bool,
        expected: Any = None,
        got: Any = None,
        detail: str | None = None,
    ) -> bool:
        """Record one check and return whether it passed."""
        self.items.append(Check(section, name, bool(passed), expected, got, detail))
        return bool(passed)


def pick(value: Any, variant: str) -> Any:
    """The value for this input variant when the gold gives one per variant."""
    if (
        isinstance(value, dict)
        and value.keys() & VARIANT_KEYS
        and set(value) <= VARIANT_KEYS | {"note"}
    ):
        return value.get(variant)
    return value


def norm(text: Any) -> str:
    """Fold case, accents, quotes and punctuation for loose text comparison."""
    if text is None:
        return ""
    folded = strip_accents(str(text)).lower()
    folded = re.sub(r"[’‘`´]", "'", folded)
    folded = re.sub(r"[“”]", '"', folded)
    return re.sub(r"\s+", " ", folded).strip()


def norm_name(name: Any) -> str:
    """A name folded for matching: no parenthetical, article, punctuation or case."""
    text = norm(name)
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def contains(haystack: Any, needle: str) -> bool:
    """``needle`` appears in ``haystack`` after folding quotes, case and spacing."""
    return norm(needle) in norm(haystack)


def overlaps(a: Any, b: Any) -> bool:
    """Either text contains the other (after folding)."""
    na, nb = norm(a), norm(b)
    return bool(na and nb) and (na in nb or nb in na)


class Aliases:
    """Canonical names from the gold actor list (name plus aliases_in_text) and the output."""

    def __init__(self, gold_actors: list[dict[str, Any]], output_actors: list[dict[str, Any]]):
        self.table: dict[str, str] = {}
        for actor in gold_actors:
            canon = norm_name(actor["name"])
            for alias in [actor["name"], *actor.get("aliases_in_text", [])]:
                self.table.setdefault(norm_name(alias), canon)
        # the output's own alias lists tie its names together (e.g. "IS" and "Islamic State")
        for actor in output_actors:
            names = [actor.get("name"), actor.get("acled_name"), *actor.get("aliases", [])]
            known = next(
                (self.table[norm_name(n)] for n in names if n and norm_name(n) in self.table), None
            )
            if known:
                for n in names:
                    if n:
                        self.table.setdefault(norm_name(n), known)

    def canon(self, name: Any) -> str:
        """The canonical form of a name."""
        key = norm_name(name)
        return self.table.get(key, key)

    def same(self, a: Any, b: Any) -> bool:
        """Two names refer to the same actor."""
        if a is None or b is None:
            return a is None and b is None
        ca, cb = self.canon(a), self.canon(b)
        if ca == cb:
            return True
        return len(ca) >= 4 and len(cb) >= 4 and (ca in cb or cb in ca)


def allowed(expected: Any, got: Any) -> bool:
    """A list of allowed values accepts any member; strings compare folded."""
    if isinstance(expected, list):
        return any(allowed(e, got) for e in expected)
    if isinstance(expected, str) and isinstance(got, str):
        return norm(expected) == norm(got)
    return expected == got



def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding ``text[start:end]``."""
    left = max(text.rfind(c, 0, start) for c in (".", "!", "?", "\n"))
    rights = [i for i in (text.find(c, end) for c in (".", "!", "?", "\n")) if i != -1]
    right = min(rights) if rights else len(text)
    return text[left + 1 : right + 1]

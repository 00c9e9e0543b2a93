"""Read a quantity phrase ("at least 12", "forty-five", "dozens", "two policemen and a civilian").

``parse_quantity`` returns a :class:`Quantity` with the low/best/high/approximate reading the
output contract defines (``shared/spec/event-record.md``, "Counts"). The word lists live in
``data/count_words.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from text_to_num import text2num

from eventcoder.datafiles import load_data

NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million and""".split()
)
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_RANGE = re.compile(r"^(?:between\s+)?(?P<a>.+?)\s*(?:\s(?:and|to|or)\s|-|–|—)\s*(?P<b>.+)$")


@dataclass(frozen=True)
class Quantity:
    """A number read from text, with its uncertainty (the contract's count fields)."""

    low: int | None
    best: int | None
    high: int | None
    approximate: bool


@functools.cache
def lexicon() -> dict[str, Any]:
    """The quantity words (loaded once from data/count_words.yaml)."""
    return load_data("count_words.yaml")


_QUOTES = re.compile(r"[\"“”‘’']")
_SPACES = re.compile(r"\s+")


def _normalise(text: str) -> str:
    text = text.lower().replace("\u2010", "-").replace("\u2011", "-").replace("\u00a0", " ")
    text = _QUOTES.sub("", text)
    return _SPACES.sub(" ", text).strip(" ,.;:()")


def number_value(text: str) -> int | None:
    """Value of a bare number in digits or words ("45", "1,200", "forty-five", "2 million")."""
    t = _normalise(text)
    if not t:
        return None
    if _DIGITS.match(t):
        return int(t.replace(",", ""))
    m = re.match(r"^(\d+(?:\.\d+)?)\s+(hundred|thousand|million)$", t)
    if m:
        return int(float(m.group(1)) * _SCALE[m.group(2)])
    words = t.replace("-", " ").split()
    if not words or any(w not in NUMBER_WORDS for w in words) or words[0] == "and":
        return None
    if words[0] in _SCALE:
        words = ["one", *words]
    try:
        return int(text2num(" ".join(words), "en"))
    except ValueError:
        return None


def _vague(t: str) -> int | None:
    vague = lexicon()["vague"]
    if t in vague:
        return int(vague[t])
    # "three dozen", "two hundred" handled by number words; "dozens more" etc.
    m = re.match(r"^(.+?)\s+dozen$", t)
    if m and (n := number_value(m.group(1))) is not None:
        return n * 12
    return None


def _core(t: str) -> tuple[int, bool] | None:
    """(value, approximate) of a phrase without modifiers, or None."""
    if (n := number_value(t)) is not None:
        return n, False
    if (v := _vague(t)) is not None:
        return v, True
    if t in lexicon()["articles"]:
        return int(lexicon()["articles"][t]), False
    return None


def _strip_prefix(t: str, phrases: list[str]) -> str | None:
    for p in sorted(phrases, key=len, reverse=True):
        if t == p:
            continue
        if t.startswith(p + " "):
            return t[len(p) + 1 :]
    return None


def _single(t: str) -> Quantity | None:
    """Read one quantity (modifier + number), no coordination."""
    lex = lexicon()
    m = re.match(r"^(.+?)\s*(?:\+|\s(?:plus|odd))$", t)
    if m and (core := _core(m.group(1))) is not None:
        return Quantity(core[0], core[0], None, True)
    m = re.match(r"^(.+?)\s+or so$", t)
    if m and (core := _core(m.group(1))) is not None:
        return Quantity(None, core[0], None, True)
    for key in ("lower_bound", "upper_bound", "around"):
        rest = _strip_prefix(t, lex[key])
        if rest is None:
            continue
        core = _range(rest) or _core_q(rest)
        if core is None:
            return None
        n = core.best
        if key == "lower_bound":
            return Quantity(n, n, None, True)
        if key == "upper_bound":
            return Quantity(None, core.high or n, core.high or n, True)
        return Quantity(None, n, None, True)
    rest = _strip_prefix(t, lex["exact_prefix"])
    if rest is not None and (q := _single(rest)) is not None:
        return q
    return _range(t) or _core_q(t)


def _core_q(t: str) -> Quantity | None:
    core = _core(t)
    if core is None:
        return None
    n, approx = core
    return Quantity(n, n, None, True) if approx else Quantity(n, n, n, False)


def _range(t: str) -> Quantity | None:
    m = _RANGE.match(t)
    if not m:
        return None
    a, b = _core(m.group("a").strip()), _core(m.group("b").strip())
    if a is None or b is None or a[1] or b[1] or not a[0] < b[0]:
        return None
    return Quantity(a[0], a[0], b[0], True)


def _leading_quantity(part: str) -> Quantity | None:
    """Quantity at the start of a noun phrase ("two policemen" → 2), else None."""
    words = part.split()
    for cut in range(min(len(words), 6), 0, -1):
        q = _single(" ".join(words[:cut]))
        if q is not None:
            return q
    return None


def parse_quantity(text: str) -> Quantity | None:
    """Read a count phrase into low/best/high/approximate; None when it holds no number.

    Example:
        >>> parse_quantity("at least 12")
        Quantity(low=12, best=12, high=None, approximate=True)
    """
    t = _normalise(text)
    if not t:
        return None
    if (q := _single(t)) is not None:
        return q
    # Coordinated noun phrases: "two policemen and a civilian" counts every conjunct.
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+", t)]
    parts = [p for p in parts if p]
    if len(parts) > 1:
        quantities = [_leading_quantity(p) for p in parts]
        if all(q is not None for q in quantities):
            return sum_quantities([q for q in quantities if q is not None])
    return _leading_quantity(t)


def parse_single(text: str) -> Quantity | None:
    """Read one figure with its modifier ("more than 30"), never a coordination or a phrase."""
    t = _normalise(text)
    return _single(t) if t else None


def sum_quantities(quantities: list[Quantity]) -> Quantity:
    """Add counts of disjoint groups (bounds stay unknown if any part's bound is)."""

    def add(values: list[int | None]) -> int | None:
        """Sum, or None when any part is unknown."""
        return None if any(v is None for v in values) else sum(v for v in values if v is not None)

    best = add([q.best for q in quantities])
    return Quantity(
        add([q.low for q in quantities]),
        best,
        add([q.high for q in quantities]),
        any(q.approximate for q in quantities),
    )

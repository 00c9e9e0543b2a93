"""What the typer reads: word n-grams of the event's text and the trigger rules' findings.

The analyzer is plain Python so that training (scikit-free) and the pipeline compute exactly the
same features. Rule features are tokens with a ``rule:`` prefix: the rules' own event type and
sub-event type, each trigger family matched in the event's mentions, and the parse's cues
(``typer.cues``: the kinds of who acts on whom, a note's category label).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# ACLED coders append the crowd size to demonstration notes ("[size=no report]"); it says which
# records are demonstrations without saying anything about the language of a report, so it is
# removed before reading.
_MARKUP = re.compile(r"\[size=[^\]]*\]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
RULE_PREFIX = "rule:"


@dataclass
class TypingInput:
    """One event as the typer sees it: its text and what the trigger rules found."""

    text: str
    rule_event_type: str | None = None
    rule_sub_event_type: str | None = None
    families: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``; every number reads as ``0``."""
    text = _MARKUP.sub(" ", text).lower()
    return ["0" if w.isdigit() else w for w in _WORD.findall(text)]


# Inflections of one verb or noun ("attacked", "attacking", "attackers") share a stem feature, so
# a form rare in training borrows the evidence of its common siblings.
_SUFFIXES = ("ings", "ing", "ers", "ed", "es", "er", "s")
STEM_PREFIX = "~"


@functools.lru_cache(maxsize=1 << 16)  # the same words recur across events and articles
def stem(word: str) -> str:
    """A crude stem: the word less one common English inflection, if four letters remain."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def text_features(text: str) -> list[str]:
    """Unigrams, bigrams and word stems of ``text`` (repeats kept: counts matter)."""
    toks = words(text)
    stems = [STEM_PREFIX + stem(w) for w in toks if not w.isdigit()]
    return toks + [f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False)] + stems


def rule_features(item: TypingInput) -> list[str]:
    """Tokens for the trigger rules' decision and the trigger families they matched."""
    feats = [f"{RULE_PREFIX}type={item.rule_event_type or 'none'}"]
    if item.rule_sub_event_type:
        feats.append(f"{RULE_PREFIX}sub={item.rule_sub_event_type}")
    feats += [f"{RULE_PREFIX}family={f}" for f in sorted(set(item.families))]
    feats += [f"{RULE_PREFIX}cue={c}" for c in sorted(set(item.cues))]
    return feats


def describe(feature: str) -> str:
    """A feature as an analyst reads it: a word, or what the rules said."""
    if feature.startswith(RULE_PREFIX):
        key, _, value = feature[len(RULE_PREFIX):].partition("=")
        return {"type": "rules: ", "sub": "rules: ", "family": "trigger: ", "cue": "parse: "}.get(key, "") + value
    return feature


def all_features(items: Iterable[TypingInput]) -> list[tuple[list[str], list[str]]]:
    """(text features, rule features) of each item."""
    return [(text_features(i.text), rule_features(i)) for i in items]

"""Load the events stage's data files (triggers, roles, weapons, targets) once per process."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from eventcoder.datafiles import load_data


@dataclass(frozen=True)
class TriggerEntry:
    """One row of data/event_triggers.yaml."""

    index: int
    lemmas: tuple[str, ...]
    family: str
    strength: str = "strong"
    pos: tuple[str, ...] = ()
    gtd: str | None = None
    weapons: tuple[str, ...] = ()
    anaphor: bool = False
    needs_child: frozenset[str] = field(default_factory=frozenset)
    not_child: frozenset[str] = field(default_factory=frozenset)
    not_dep: frozenset[str] = field(default_factory=frozenset)
    gap: int | None = None  # words a phrase may skip, where not the lexicon's default

    @property
    def strong(self) -> bool:
        """True when the word can open an incident on its own."""
        return self.strength == "strong"


def _load_yaml(name: str) -> Any:
    return load_data(name)


@functools.cache
def trigger_lexicon() -> tuple[int, tuple[TriggerEntry, ...]]:
    """Return (gap, entries) from event_triggers.yaml."""
    data = _load_yaml("event_triggers.yaml")
    entries = []
    for i, row in enumerate(data["triggers"]):
        entries.append(
            TriggerEntry(
                index=i,
                lemmas=tuple(str(x).lower() for x in row["lemmas"]),
                family=row["family"],
                strength=row.get("strength", "strong"),
                pos=tuple(row.get("pos") or ()),
                gtd=row.get("gtd"),
                weapons=tuple(row.get("weapons") or ()),
                anaphor=bool(row.get("anaphor", False)),
                needs_child=frozenset(str(x).lower() for x in row.get("needs_child") or ()),
                not_child=frozenset(str(x).lower() for x in row.get("not_child") or ()),
                not_dep=frozenset(row.get("not_dep") or ()),
                gap=row.get("gap"),
            )
        )
    return int(data.get("gap", 3)), tuple(entries)


@functools.cache
def burnt_symbols() -> frozenset[str]:
    """What is burnt as a symbol, not as property (a flag, an effigy): the burning trigger's
    ``not_child`` words, which the crowd typing also reads as a protest's own act."""
    return next(e.not_child for e in trigger_lexicon()[1] if "torch" in e.lemmas)


@functools.cache
def roles() -> dict[str, frozenset[str]]:
    """Word lists of event_roles.yaml, by role name."""
    data = _load_yaml("event_roles.yaml")
    return {k: frozenset(str(w).lower() for w in v) for k, v in data.items()}


@functools.cache
def cues() -> dict[str, frozenset[str]]:
    """Word lists of event_cues.yaml (generic/habitual/hypothetical cues), by name."""
    data = _load_yaml("event_cues.yaml")
    return {k: frozenset(str(w).lower() for w in v) for k, v in data.items()}


@functools.cache
def weapon_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """(GTD weapon type, words) pairs from weapons.yaml, in file order."""
    data = _load_yaml("weapons.yaml")
    return tuple((k, frozenset(str(w).lower() for w in v)) for k, v in data.items())


@functools.cache
def target_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """(GTD target type, words) pairs from targets.yaml, in file order."""
    data = _load_yaml("targets.yaml")
    return tuple((k, frozenset(str(w).lower() for w in v)) for k, v in data.items())


_SPLIT_WORDS: dict[frozenset[str], tuple[frozenset[str], tuple[str, ...]]] = {}


def _split_words(words: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """(single words, space-padded phrases) of a word list, computed once per list."""
    split = _SPLIT_WORDS.get(words)
    if split is None:
        single = frozenset(w for w in words if " " not in w)
        phrases = tuple(f" {w} " for w in words if " " in w)
        split = _SPLIT_WORDS[words] = (single, phrases)
    return split


def phrase_hits(words: frozenset[str], lemmas: list[str], lowers: list[str]) -> set[str]:
    """Entries of ``words`` found among the lemmas/lower forms (single words) or phrases."""
    single, phrases = _split_words(words)
    # set intersections instead of a list scan per word: the lists are rescanned thousands of times
    found = set(single.intersection(lemmas))
    found.update(single.intersection(lowers))
    if phrases:
        joined_l = " " + " ".join(lemmas) + " "
        joined_w = " " + " ".join(lowers) + " "
        for padded in phrases:
            if padded in joined_l or padded in joined_w:
                found.add(padded[1:-1])
    return found

"""The mention record shared by the actor finders."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventcoder.geoparser.countries import demonym_code

if TYPE_CHECKING:
    from eventcoder.resolve.actors.kb import KBEntry


@dataclass
class Hit:
    """One mention of an actor, with what it resolved to."""

    start: int
    end: int
    text: str
    key: str
    name: str
    kind: str
    acled: str | None = None
    country: str | None = None
    known: bool = False
    cls: str | None = None
    alias: str | None = None  # an extra alias the mention defines ("Lashkar-e-Jhangvi (LeJ)")
    as_alias: bool = True  # False for a noun standing for the group ("a group calling itself X")

    @classmethod
    def of_entry(cls, start: int, end: int, text: str, entry: KBEntry, country: str | None) -> Hit:
        """A mention of a knowledge-base actor, labelled as in ``country``."""
        return cls(start, end, text, f"kb:{entry.id}", entry.name, entry.kind,
                   entry.acled_name(country), entry.country, known=True)

    def mention_at(self, start: int, end: int, text: str, as_alias: bool = True) -> Hit:
        """Another mention of the same actor (an acronym's use, a pronoun, a noun standing for it)."""
        return Hit(start, end, text, self.key, self.name, self.kind, self.acled, self.country,
                   self.known, as_alias=as_alias)


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True if [start, end) overlaps any span."""
    return any(start < e and s < end for s, e in spans)


# Words a state force's own name is made of besides its nationality.
_STATE_WORDS = frozenset({"army", "police", "guard", "guards", "forces", "force", "armed", "national",
                          "air", "naval", "navy", "border", "federal", "royal", "special", "military",
                          "presidential", "coast", "the", "of", "and"})


def group_kind(name: str) -> str:
    """The actor kind a group's name implies: state forces, militia or armed group."""
    words = {w.lower() for w in re.findall(r"[\w'’]+", name)}
    nations = {w for w in words if demonym_code(w)}
    # "Nigerian Army", "Afghan National Police" are a state's; "Paraguayan People's Army" is not
    if words & {"army", "police", "guard", "forces"} and nations and not words - nations - _STATE_WORDS:
        return "state forces"
    if words & {"militia", "militias"}:
        return "militia"
    return "armed group"


# Nouns for a group's men that ACLED leaves out of the group's name ("Lakurawa militants" are
# the group "Lakurawa"); the group's own nouns (front, army, gang, cartel) stay.
_MEMBER_NOUNS = {"militants", "fighters", "insurgents", "gunmen", "members", "jihadists",
                 "combatants"}


def group_label(surface: str) -> str:
    """An unknown group's label: its name without a closing noun for its men."""
    words = surface.split()
    if len(words) > 1 and words[-1].lower() in _MEMBER_NOUNS \
            and all(w[:1].isupper() for w in words[:-1]):
        return " ".join(words[:-1])
    return surface


def acronym_uses(text: str, acronym: str, owner: Hit, taken: list[tuple[int, int]]) -> list[Hit]:
    """Mentions of ``owner`` by its acronym anywhere in the text, outside ``taken`` spans."""
    # 'ADF-led' is a use; 'SPLA-IO' is another group's acronym, not a use of 'SPLA'
    pattern = rf"(?<![\w-]){re.escape(acronym)}(?!\w|-[A-Z0-9])"
    return [owner.mention_at(m.start(), m.end(), acronym) for m in re.finditer(pattern, text)
            if not overlaps(m.start(), m.end(), taken)]

"""Armed nouns that name a group's own men, not the state's forces.

- 'The Houthi movement said its forces had fired a missile': a state-force noun owned by a
  pronoun that points back to a group. The pronoun ("its", "their") takes the nearest noun
  before it in the sentence that can own forces: a group noun ("the group's", "the movement",
  "the rebels") or a state one ("the army said its forces ...", "the ministry said its troops");
  only the first kind stops the noun from reading as the national military or police.
- 'Houthi military spokesman', 'the Taliban military commission': the adjective names the named
  group's armed wing (the named group modifies the same noun).
- 'the group's military wing', 'its armed wing': a wing or arm is a part of a party or armed
  group; a state's forces are never called so, whoever owns the noun.
- 'Houthi spokesman X said their forces', 'the Karen National Liberation Army said its troops':
  the pronoun's nearest owner is a named armed group of the knowledge base (its 'Army' too), so
  the forces are the group's; an unknown name may be a state unit ('the Joint Task Force said
  its troops') and is not read so.
- 'The Israeli army said its forces had fired': the nationality of a state owner is its forces'
  nationality; without it the bare noun would take the country where the event happened.
"""

from __future__ import annotations

import re
from typing import Any

from eventcoder.resolve.actors.hits import overlaps
from eventcoder.resolve.actors.modifiers import nationality_before

_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
_GROUP_OWNERS = frozenset({"group", "movement", "organisation", "organization", "militia",
                           "rebel", "insurgent", "militant", "guerrilla", "faction", "network",
                           "front", "separatist", "jihadist", "cartel", "gang"})
_STATE_OWNERS = frozenset({"army", "military", "government", "ministry", "police", "navy",
                           "force", "state", "regime", "junta", "command", "coalition",
                           "president", "authority", "official", "officer"})
_ALL_OWNERS = _GROUP_OWNERS | _STATE_OWNERS


_PRONOUN_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")


def owner_nationality(text: str, start: int | None) -> str | None:
    """The country of the state noun that "its"/"their" before ``start`` points back to, in
    the same sentence ("the Israeli army said its forces" → IL); None for a group's owner or
    an owner of no named nationality."""
    if start is None or not _PRONOUN_BEFORE.search(text[max(0, start - 8):start]):
        return None
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    for word in reversed(list(_WORD.finditer(text, sentence_start, start))):
        lower = word.group(0).lower()
        lemma = lower[:-1] if lower.endswith("s") and lower[:-1] in _ALL_OWNERS else lower
        if lemma in _GROUP_OWNERS:
            return None
        if lemma in _STATE_OWNERS:
            return nationality_before(text, word.start())
    return None


def owned_by_group(head: Any, groups: list[tuple[int, int]] = ()) -> bool:
    """Whether the noun is owned by "its"/"their" whose nearest owner noun is a group's: a group
    noun, or a name of a non-state armed group (``groups``: "Houthi spokesman X said their
    forces", "the Karen National Liberation Army said its troops": 'Army' is the group's)."""
    if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in head.children):
        return False
    for t in reversed(head.sent[: head.i - head.sent.start]):
        if overlaps(t.idx, t.idx + len(t), groups):
            return True
        lemma = t.lemma_.lower()
        if t.pos_ not in {"NOUN", "PROPN"}:
            continue
        if lemma in _GROUP_OWNERS:
            return True
        if lemma in _STATE_OWNERS:
            return False
    return False


def named_groups_wing(head: Any, taken: list[tuple[int, int]]) -> bool:
    """'Houthi military spokesman': a modifier beside a named group's mention on one noun."""
    return head.dep_ in {"amod", "compound"} and any(
        c.i < head.i and overlaps(c.idx, c.idx + len(c), taken) for c in head.head.children)


# Nouns of a part of an organisation that a state-force adjective names ("military wing").
_PART_NOUNS = frozenset({"wing", "arm"})


def military_wing(head: Any) -> bool:
    """'the group's military wing', 'its armed wing': the force noun describes a part noun."""
    return head.dep_ in {"amod", "compound"} and head.head.lemma_.lower() in _PART_NOUNS


def group_men(head: Any, taken: list[tuple[int, int]], groups: list[tuple[int, int]] = (),
              cls: str = "military") -> bool:
    """The noun of a term class names a group's men (see the module doc; ``groups`` the spans
    of the knowledge base's non-state armed groups): a state-force noun, or gunmen a named
    group owns ("a spokesman for the cartel said its gunmen killed ...": the cartel's men)."""
    if cls == "uag":
        return bool(groups) and owned_by_group(head, groups)
    if cls not in {"military", "security"}:
        return False
    return owned_by_group(head, groups) or named_groups_wing(head, taken) or military_wing(head)

"""Armed nouns that name a group's own men, not the state's forces.

- 'The Houthi movement said its forces had fired a missile': a state-force noun owned by a
  pronoun that points back to a group. The pronoun ("its", "their") takes the nearest noun
  before it in the sentence that can own forces: a group noun ("the group's", "the movement",
  "the rebels") or a state one ("the army said its forces ...", "the ministry said its troops");
  only the first kind stops the noun from reading as the national military or police.
- 'Houthi military spokesman', 'the Taliban military commission': the adjective names the named
  group's armed wing (the named group modifies the same noun).
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.actors.hits import overlaps

_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
_GROUP_OWNERS = frozenset({"group", "movement", "organisation", "organization", "militia",
                           "rebel", "insurgent", "militant", "guerrilla", "faction", "network",
                           "front", "separatist", "jihadist", "cartel", "gang"})
_STATE_OWNERS = frozenset({"army", "military", "government", "ministry", "police", "navy",
                           "force", "state", "regime", "junta", "command", "coalition",
                           "president", "authority", "official", "officer"})


def owned_by_group(head: Any) -> bool:
    """Whether the noun is owned by "its"/"their" whose nearest owner noun is a group's."""
    if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in head.children):
        return False
    for t in reversed(head.sent[: head.i - head.sent.start]):
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


def group_men(head: Any, taken: list[tuple[int, int]]) -> bool:
    """The state-force noun names a group's men (see the module doc)."""
    return owned_by_group(head) or named_groups_wing(head, taken)

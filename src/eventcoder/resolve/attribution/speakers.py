"""A group that speaks through its spokesman: "a spokesman for X claimed responsibility".

The spokesman, commander or statement of a group says what the group says: a claim, a denial
or an admission made by "a spokesman for the TPNPB" or "a statement from X" is the group's own,
as if the group were the subject. The name is read in the place of the speaker noun it hangs on.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.actors.people import person_title

# Nouns for who or what speaks for a group (the group is their "for/of/from/by" object).
SPEAKER_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "representative",
                 "statement", "communique", "communiqué", "commander", "leader"}
_LINKS = {"for", "of", "from", "by"}
# A body of the group that acts and speaks for it ("the Darbha division committee of the CPI
# (Maoist) claimed", "the armed wing of X fired"): what it claims or does, the group does.
BODY_NOUNS = {"committee", "wing", "branch", "bureau", "council", "command", "cell", "faction"}
# Titles of a person who only speaks for the group (a commander or leader may do the deed too).
_VOICES = {"spokesman", "spokeswoman", "spokesperson", "representative"}


def speaker_of(token: Any) -> Any:
    """The speaker noun a group name is the object of ('a spokesman for X'), else the name."""
    if token.dep_ != "pobj" or token.head.lower_ not in _LINKS:
        return token
    speaker = token.head.head
    if speaker.lemma_.lower() in SPEAKER_NOUNS | BODY_NOUNS and speaker.pos_ == "NOUN":
        return speaker
    return token



def group_voice(ent: Any | None) -> bool:
    """A person the text titles as a group's voice ("M23 spokesman Lawrence Kanyuka", "Abu Jihad,
    a spokesman for X"): what they claim or deny is the group's part, not their own deed."""
    if ent is None or ent.label_ != "PERSON":
        return False
    title = person_title(ent)[0]
    words = set(title.lower().replace("-", " ").split()) if title else set()
    return bool(words & _VOICES)

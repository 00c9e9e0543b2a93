"""A name that only describes another group's kin or patron: "the al Qaeda-linked group",
"Iran-backed militias", "JNIM, al Qaeda's affiliate in the Sahel". The name is no doer and no
claimant of what the group does or says (a claim "the al Qaeda-linked group said ... its fighters
carried out" is the group's, not al Qaeda's)."""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.rules import Reading

# "the al Qaeda-linked group", "Iran-backed militias": a name joined by a hyphen to one of these
# participles only describes the noun's kin or patron, it is not the noun's doer.
KIN_PARTICIPLES = {"linked", "affiliated", "allied", "aligned", "backed", "inspired", "tied",
                   "supported", "sponsored", "funded", "armed", "connected", "associated"}
# "JNIM, al Qaeda's affiliate in the Sahel": the owner of these nouns is the group's kin.
KIN_NOUNS = {"affiliate", "offshoot", "ally", "proxy", "franchise", "partner"}


def kin_modifier(token: Any) -> Reading | None:
    """'The al Qaeda-linked group said ...', 'JNIM, al Qaeda's affiliate in the Sahel, said ...':
    the name describes another group's kin or patron, it is no doer or claimant."""
    doc = token.doc
    for end in range(token.i, min(token.i + 3, len(doc) - 2)):  # the name's last word
        if end > token.i and doc[end - 1].dep_ != "compound" and doc[end - 1].pos_ != "PROPN":
            break
        part = doc[end + 2]
        if doc[end + 1].text == "-" and part.lower_ in KIN_PARTICIPLES and part.dep_ == "amod" \
                and doc[end].head in (part, part.head):
            return Reading(role="other", verb=part)
    t = rules.np_head(token)
    if t.dep_ == "poss" and t.head.lemma_.lower() in KIN_NOUNS and t.head.dep_ == "appos":
        return Reading(role="other", verb=t.head)
    return None

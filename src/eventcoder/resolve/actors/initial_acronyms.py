"""An acronym made of a named group's initials is that group's: "The Front for the Liberation of
the Enclave of Cabinda said ... FLEC said two soldiers were killed".

Writers shorten a group's name to its initials without always bracketing them after the name
(:mod:`bracket_acronyms`): in apposition ("FLEC, the Front for the Liberation of the Enclave of
Cabinda, said") or in a later sentence. An acronym no knowledge-base entry holds whose letters are
the capital initials of a group named in the same text is an alias of that name, and its uses are
mentions of the group, not a second actor; the group keeps its longest form as its name.
"""

from __future__ import annotations

import re

from eventcoder.resolve.actors.bracket_acronyms import initials
from eventcoder.resolve.actors.hits import Hit, acronym_uses

_GROUP_KINDS = {"armed group", "militia", "political party"}
# three letters at least: two-letter initials ("AA", "UN") are shared by too many names
_ACRONYM = re.compile(r"[A-Z]{3,10}")


def fold_initial_acronyms(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with each unknown acronym that spells a named group's initials given to that
    group, and the acronym's other uses added as its mentions."""
    owners: dict[str, Hit] = {}
    for hit in hits:
        if hit.kind in _GROUP_KINDS and not hit.key.startswith("term:") and " " in hit.text:
            owners.setdefault(initials(hit.text), hit)
    out: list[Hit] = []
    folded: set[str] = set()
    for hit in hits:
        owner = owners.get(hit.text) if _ACRONYM.fullmatch(hit.text) and not hit.known else None
        if owner is not None and owner.key != hit.key:
            owner.alias = owner.alias or f"{owner.name} ({hit.text})"
            if not owner.known and owner.acled in (None, owner.name):
                owner.acled = f"{hit.text}: {owner.name}"  # ACLED's form: "ADF: Allied ..."
            hit = owner.mention_at(hit.start, hit.end, hit.text)
            hit.acled = owner.acled
            folded.add(hit.text)
        out.append(hit)
    for acronym in sorted(folded):
        owner = owners[acronym]
        out += acronym_uses(text, acronym, owner, [(h.start, h.end) for h in out])
    return out

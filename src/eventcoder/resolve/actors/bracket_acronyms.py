"""An acronym in brackets right after a group's name is that group's, whatever its letters.

"The Lautaro Youth Movement (MJL)", "the Armed Islamic Group (GIA)": writers define a group's
acronym by bracketing it after the name, and the letters often follow the group's own language
(Movimiento Juvenil Lautaro, Groupe Islamique Armé), so they need not be the English initials.
A bracketed acronym is then an alias of the name before it, and its uses are mentions of that
group, not a second actor, even when another known group's acronym is spelt the same ("the
Jaish-e-Mohammed (JeM)" is not Sudan's JEM).
"""

from __future__ import annotations

import re

from eventcoder.resolve.actors.hits import Hit

# capitals, or mixed case with a second capital ("JeM", "LeT", "HuJI"; not "Reuters")
_BRACKETED = re.compile(r"\s*[(\[]\s*([A-Z](?=[A-Za-z0-9-]*[A-Z])[A-Za-z0-9-]{1,9})\s*[)\]]")
_GROUP_KINDS = {"armed group", "militia", "political party"}
# a capitalised word right before the hit: the name was cut ("Coordinadora [Arauco Malleco]")
_CUT_NAME = re.compile(r"[a-z,;]\s+[A-Z][\w'-]*\s+$|^[A-Z][\w'-]*\s+$")


# "the Islamic State of Iraq (ISI)", "al-Qaeda in the Arabian Peninsula (AQAP)": a place the KB's
# name leaves out may stand between the name and its acronym
_PLACE_TAIL = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?((?:[A-Z][\w'-]*\s*){1,3}?)(?=\s*[(\[])")


def initials(words: str) -> str:
    """The capitals opening each word or hyphened part ('Al-Qaeda in the Arabian' -> 'AQA')."""
    return "".join(re.findall(r"(?<![\w'])[A-Z]|(?<=-)[A-Z]", words))


def _after_place(text: str, hit: Hit) -> re.Match[str] | None:
    """The bracketed acronym after a place tail, when its letters are the initials of the name
    and the place ("Islamic State of Iraq (ISI)"); else None."""
    tail = _PLACE_TAIL.match(text, hit.end)
    m = _BRACKETED.match(text, tail.end()) if tail else None
    if m is None or m.group(1).upper() != initials(hit.text + " " + tail.group(1)):
        return None
    return m


def fold_bracketed_acronyms(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with each unknown bracketed acronym's mentions given to the group named before
    it (the group's hit gets "Name (ACR)" as its alias)."""
    owners: dict[str, Hit] = {}
    for hit in hits:
        m = _BRACKETED.match(text, hit.end) or _after_place(text, hit)
        if m and hit.kind in _GROUP_KINDS and not hit.key.startswith("term:") \
                and m.group(1) != hit.text:
            owners.setdefault(m.group(1), hit)
            if not hit.known and hit.acled in (None, hit.name) and " " in hit.name \
                    and not _CUT_NAME.search(text, 0, hit.start):
                # ACLED writes a group with its acronym first: "EPP: Paraguayan People's Army"
                hit.acled = f"{m.group(1)}: {hit.name}"
    if not owners:
        return hits
    out = []
    for hit in hits:
        owner = owners.get(hit.text)
        # a known acronym too: "Jaish-e-Mohammed (JeM)" defines JeM, which Sudan's JEM also spells,
        # and "the Islamic State of Iraq (ISI)" defines ISI, which Pakistan's intelligence spells
        if owner is not None and hit.key != owner.key:
            owner.alias = owner.alias or f"{owner.name} ({hit.text})"
            hit = owner.mention_at(hit.start, hit.end, hit.text)
            hit.acled = owner.acled
        out.append(hit)
    return out

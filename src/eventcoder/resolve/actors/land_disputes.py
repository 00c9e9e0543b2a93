"""Violence over land with no doer named is a communal militia's, not an armed group's.

"A farmer was hacked to death over a land dispute", "two killed as neighbours clashed over a plot
of farmland", "houses torched in a boundary row between two villages": the note names no group,
but the motive places the doers in a community (ACLED Codebook, "Communal militias": groups
organised around a local identity that fight over land, water and boundaries). Since 2016 ACLED
codes such unnamed doers "Unidentified Communal Militia (<country>)" (acled_train.jsonl, notes
dated 2016 on that name a land, farmland, boundary or pasture dispute and no group: 8 communal
militias against 4 unidentified armed groups, three of whose doers the text calls unidentified,
unknown or hired, or makes a mob).
A doer the text calls unidentified, unknown or hired stays an armed group, and a group the text
names (:mod:`communal`, a rebel group, the police) keeps the record.
"""

from __future__ import annotations

import re

from eventcoder.document import Event, EventActor
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.rival_groups import event_country, event_scope

_UAG = re.compile(r"^Unidentified Armed Group(?: \([^()]+\))?$")
_STAKES = r"(?:land|farm\s?land|farms?|plots?|boundary|border|grazing|pasture|water\s?points?)"
_DISPUTE = re.compile(
    rf"\b{_STAKES}[\s-]+(?:ownership\s+)?(?:disputes?|conflicts?|issues?|rows?|tussles?|feuds?|"
    rf"wrangles?|quarrels?|disagreements?|control\s+issues?)\b|"
    rf"\b(?:over|about|(?:disputes?|quarrels?|rows?|conflicts?)\s+(?:over|on|about))\s+"
    rf"(?:the\s+)?(?:ownership\s+of\s+)?(?:an?\s+|the\s+)?"
    rf"(?:(?:piece|plot|parcel)\s+of\s+)?(?:disputed\s+|controversial\s+)?{_STAKES}\b",
    re.IGNORECASE)
# a doer the text keeps anonymous or calls hired is not placed in any community
_ANONYMOUS = re.compile(r"\b(?:unidentified|unknown|hired|goons?|contract|masked|bandits?|robbers?|"
                        r"criminals?|thugs?)\b", re.IGNORECASE)
# a frontier crossed, not land fought for: "crossed over the border", "fled over the border",
# "a cross-border conflict" (yet "leaders clashed over the border between two counties")
_OVER_BORDER = re.compile(r"^over\s+(?:the\s+)?border\b", re.IGNORECASE)
_MOVED_BEFORE = re.compile(r"\b(?:cross\w*|came|com(?:e|es|ing)|fled|flee\w*|went|go(?:es|ing)?|"
                           r"mov\w+|slipp\w+|sneak\w*|snuck|ran|run\w*|return\w*|back)\s+$",
                           re.IGNORECASE)
_CROSS_BEFORE = re.compile(r"\bcross-?\s?$", re.IGNORECASE)
_FOUGHT_TYPES = {"Battles", "Violence against civilians"}
# before 2016 ACLED left such doers unidentified armed groups or named them by ethnicity
# (acled_train.jsonl, 2007-2014: 6 unidentified armed groups, 4 ethnic militias, no communal one)
COMMUNAL_LAND_SINCE = "2016"


def _land_dispute(scope: str) -> bool:
    """True if the scope tells a dispute over land, a boundary or pasture."""
    return any(not _CROSS_BEFORE.search(scope, 0, m.start())
               and not (_OVER_BORDER.match(m.group(0)) and _MOVED_BEFORE.search(scope, 0, m.start()))
               for m in _DISPUTE.finditer(scope))


def _mention_with_words_before(text: str, ea: EventActor) -> str:
    """The doer's mention and the few words before it ("unknown" in "two unknown gunmen")."""
    if ea.start is None or ea.end is None:
        return ea.mention or ""
    return text[max(0, ea.start - 25):ea.end]


def label_land_disputes(text: str, event: Event, day: str | None) -> None:
    """Name the unnamed doers of violence over land "Unidentified Communal Militia" on events
    dated 2016 or later."""
    if event.event_type not in _FOUGHT_TYPES or not day or day < COMMUNAL_LAND_SINCE:
        return
    placeholders = [a for a in event.actors if _UAG.match(a.acled_name or a.name)]
    if not placeholders or any(_ANONYMOUS.search(_mention_with_words_before(text, a))
                               for a in placeholders):
        return
    if not _land_dispute(event_scope(text, event)):
        return
    labels = [a.acled_name or a.name for a in event.actors]
    country = event_country(event, labels)
    label = actor_kb.class_label("communal", country) if country \
        else actor_kb.terms()["classes"]["communal"]["name"]
    for ea in placeholders:
        ea.name = ea.acled_name = label
    if event.event_type == "Battles" and len(placeholders) == 1 \
            and not any(a.role == "target" and a not in placeholders for a in event.actors):
        # "neighbours clashed over a plot": the one militia read fought its own kind
        event.actors.append(EventActor(name=label, acled_name=label, role="target"))
    event.notes.setdefault("actors", f"violence over land with no doer named: {label}")

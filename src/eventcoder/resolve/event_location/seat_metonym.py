"""A capital named for its government ('the law imposed by Beijing', 'Washington's sanctions',
'Kigali denies'): the capital then stands for the state acting from afar, not for the scene.

Only a name one of whose readings is a national capital (GeoNames PPLC/PPLG) is read this way, and only when it is the agent of a
passive verb, the possessor of a state's act or stance ('Moscow's support', not 'Kabul's
streets'), the subject of a verb of political action or speech, or the seat of a ruling body
('the government in Ouagadougou', 'the junta in Bamako'). The event location stage drops
such mentions when the article names another place, so the scene is taken from that place.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.document import Document
from eventcoder.geoparser.types import Resolved
from eventcoder.resolve.event_location import cues

SEAT_CODES = {"PPLC", "PPLG"}
# What a government does to or about others from its seat: a subject doing these is the state.
STATE_ACTS = {
    "impose", "sanction", "accuse", "blame", "deny", "reject", "condemn", "back", "support",
    "recognise", "recognize", "expel", "threaten", "warn", "demand", "insist", "veto", "summon",
    "retaliate", "approve", "endorse", "oppose", "protest", "denounce", "urge", "call", "vow",
    "pledge", "announce", "order", "decide", "refuse", "welcome", "criticise", "criticize",
}
# What a government has or makes: 'Washington's sanctions', 'Moscow's support' (not 'Beirut's port').
STATE_THINGS = {
    "sanction", "support", "backing", "decision", "policy", "law", "decree", "ban", "demand",
    "position", "claim", "response", "accusation", "refusal", "recognition", "annexation", "envoy",
    "ambassador", "ally", "proxy", "interference", "influence", "stance", "veto", "pressure",
    "approval", "rule", "crackdown", "intervention", "involvement", "backer", "blessing",
}


def _political_subject(root: Token) -> bool:
    """'Kigali denies …', 'Moscow imposed …': the capital is the subject of a state's act."""
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = root.head
    return root.dep_ == "nsubj" and (verb.lemma_.lower() in STATE_ACTS
                                     or verb.lemma_.lower() in cues.SPEECH_VERBS)


def _agent(root: Token) -> bool:
    """'imposed by Beijing', 'condemned by Washington': the agent of a passive verb."""
    return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent"


# Bodies that rule from a capital: 'the government in Ouagadougou', 'the junta in Bamako'.
RULING_BODIES = {"government", "authorities", "junta", "regime", "administration", "leadership",
                 "cabinet", "presidency"}


def _seat(root: Token) -> bool:
    """'the government in Ouagadougou confirmed ...': the capital is where the rulers sit."""
    return root.dep_ == "pobj" and root.head.lower_ == "in" \
        and root.head.head.lemma_.lower() in RULING_BODIES


def _possessor(root: Token) -> bool:
    """'Washington's sanctions', not 'Kabul's western district' or 'Beirut's port'."""
    return root.dep_ == "poss" and root.head.lemma_.lower() in STATE_THINGS


def government_metonym(document: Document, r: Resolved) -> bool:
    """True when a capital's mention names its government, not a place of the article's events."""
    if r.place is None or document.spacy_doc is None or r.mention.source == "DATELINE" \
            or not document.text[: r.mention.start].strip():
        return False  # a dateline the pattern missed ('SAN SALVADOR, 17 JUL 89 (DPA) -- ...')
    # 'Washington' read as the state still names the capital's government here
    if not any(s.place.fcode in SEAT_CODES for s in r.ranked[:3]) and r.place.fcode not in SEAT_CODES:
        return False
    span = document.spacy_doc.char_span(r.mention.start, r.mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return _agent(root) or _possessor(root) or _political_subject(root) or _seat(root)


def drop_metonyms(document: Document, places: list[Resolved]) -> list[Resolved]:
    """The places without capitals named for their government, when another place is left."""
    kept = [r for r in places if not government_metonym(document, r)]
    return kept if kept and len(kept) < len(places) else places

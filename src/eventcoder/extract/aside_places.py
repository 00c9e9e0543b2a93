"""Places a deed's phrase names that are not where the deed happened.

- Where a message went: "claimed the attack in a telephone call to a news agency in Quetta",
  "said in a statement to a newsroom in Belfast that its unit had detonated the device": the
  town is the newsroom's, and the claim names the deed already told, not one in that town.
- Where a person came from: "identified the bomber as a 19-year-old from a village near Jenin",
  "a trader from Kano was among the dead": a "from" phrase on a noun, or on a verb that says
  who someone is, names a home town (a distance, "150 km from the capital", still places it).

- Where a victim was treated or died later: "a fourth died of his injuries in the regional
  hospital in Mopti", "the wounded were flown to a clinic in Kabul" (a blast *at* a hospital
  is still the deed's place: the verb there is no death or care).

The incident grouping (``locality.local_places``) reads neither as the deed's place, so they
cannot set a retelling apart from the deed it retells.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.datafiles import load_data
from eventcoder.nlp.doc_cache import children

# The statements of date_rules.yaml, and the other ways a claim reaches a newsroom.
_MESSAGES = frozenset(load_data("date_rules.yaml")["statement_nouns"]) | {
    "call", "telephone", "phone", "interview", "fax", "letter", "email", "e-mail", "telex",
    "broadcast", "speech", "tweet"}
# Media a claim reaches the public through ("on its radio station", "on a website").
_MEDIA = frozenset({"radio", "television", "tv", "website", "channel", "newspaper", "agency",
                    "newsroom", "broadcaster", "network"})
# Nouns that measure a way from a place: their "from" phrase locates the deed.
_DISTANCES = frozenset({"km", "kilometre", "kilometer", "mile", "metre", "meter", "yard", "foot",
                        "way", "distance", "north", "south", "east", "west", "drive", "walk",
                        "hour", "minute", "far", "away", "close", "near"})

# Verbs that say who someone is ("identified the bomber as a man from ...").
_NAMING = frozenset({"identify", "name", "describe"})


def _message_phrase(prep: Token, trigger: Token) -> bool:
    """ "in a call to ...", "in a statement sent to ...", "on its radio station in ...": the
    prep's object is a message, or a medium a verb other than the deed's speaks through (the
    deed's own "attack on a radio station" names its target)."""
    if prep.dep_ != "prep":
        return False
    objects = [o for o in children(prep) if o.dep_ == "pobj"]
    if any(o.lemma_.lower() in _MESSAGES for o in objects):
        return True
    return prep.head.i != trigger.i and prep.head.pos_ == "VERB" and any(
        w.lemma_.lower() in _MEDIA for o in objects
        for w in [o, *(c for c in children(o) if c.dep_ == "compound")])


def _origin_phrase(prep: Token) -> bool:
    """ "an 18-year-old from a village near Jenin": a "from" on a noun names where someone or
    something came from; a distance ("150 km from the capital", "a mile from the border") still
    places the deed."""
    head = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "from":
        return False
    if head.lemma_.lower() in _NAMING:
        return True  # "named the gunman as a 25-year-old from Leeds": the parse hangs it here
    # an age is a person too ("a 31-year-old from Leeds", parsed as an adjective and a date)
    return head.pos_ in {"NOUN", "PRON", "ADJ"} and head.ent_type_ in {"", "DATE"} \
        and head.lemma_.lower() not in _DISTANCES \
        and not any(c.dep_ in {"nummod", "quantmod"} for c in children(head))


# Places of care, and the verbs that tell a victim died or was treated there.
_CARE = frozenset({"hospital", "clinic", "infirmary", "morgue", "mortuary", "dispensary"})
_AFTERMATH = frozenset({"die", "succumb", "treat", "take", "rush", "admit", "evacuate", "fly",
                        "airlift", "transfer", "hospitalise", "hospitalize", "carry"})


def _care_phrase(prep: Token) -> bool:
    """ "died in hospital in Mopti", "taken to a clinic in Gao": where victims went after."""
    return prep.dep_ == "prep" and prep.head.lemma_.lower() in _AFTERMATH and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _CARE for o in children(prep))


def aside_tokens(tokens: list[Token], trigger: Token) -> set[int]:
    """The ids of those of a trigger's local tokens that lie in a message, origin or care phrase
    (see the module doc)."""
    out: set[int] = set()
    for t in tokens:
        if t.i in out:
            continue
        if _message_phrase(t, trigger) or _origin_phrase(t) or _care_phrase(t):
            out.update(x.i for x in t.subtree)
    return out

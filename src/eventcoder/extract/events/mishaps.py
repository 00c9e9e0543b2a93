"""A device that went off by mishap or was blown up by deminers is disrupted weapons use.

ACLED's codebook files as Strategic developments / Disrupted weapons use an explosive that
"detonates prematurely" or by accident (killing or hurting only those handling it) and one
destroyed in a controlled explosion: no one was attacked. The sentence says which: an accident
word ("exploded prematurely", "an accidental blast"), the handlers' own work on the device ("the
mine they were planting went off", "while assembling a bomb"), or "a controlled explosion". A
mishap that hurts bystanders stays an explosion ("exploded prematurely in a market, killing five
shoppers"): only the dead or hurt fighters handling it may be counted.
"""

from __future__ import annotations

from typing import Any

from eventcoder.extract.counts.find import find_in_span
from eventcoder.extract.events.onesided import ACCIDENT_WORDS
from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.extract.roles import kind_of
from eventcoder.nlp.doc_cache import children

_BLAST_FAMILIES = {"explosion", "grenade", "suicide"}
# The handlers' work on their own device: "the mines they were planting", "while making a bomb".
_HANDLING = {"plant", "lay", "assemble", "make", "manufacture", "build", "handle", "prepare",
             "fix", "transport", "bury", "arm", "fit"}
# A blast that wrecked something besides its own device hit others.
_DAMAGE = {"destroy", "damage", "wreck", "raze", "flatten", "collapse"}
_MANNER = {"manner", "way", "fashion"}
_CONTROLLED_HEADS = {"explosion", "detonation", "blast", "detonate", "explode", "destroy"}


def _controlled(sent) -> bool:
    """'a controlled explosion', 'detonated in a controlled manner' (not 'rebel-controlled areas')."""
    for t in sent:
        if t.lower_ != "controlled" or t.dep_ != "amod":
            continue
        head = t.head
        if head.lemma_.lower() in _MANNER and head.head.dep_ == "prep":
            head = head.head.head  # "in a controlled manner": the verb it qualifies
        if head.lemma_.lower() in _CONTROLLED_HEADS:
            return True
    return False


def _handled(sent) -> bool:
    """A handling verb in a relative or adverbial clause: "(that) they were planting"."""
    return any(t.lemma_.lower() in _HANDLING and t.pos_ == "VERB" and t.dep_ in {"relcl", "advcl"}
               and any(c.dep_ in {"nsubj", "mark"} for c in children(t)) for t in sent)


def blast_by_mishap(mentions: list[TriggerMention]) -> bool:
    """True when an explosion of the incident went off by accident or under control."""
    sents = list({m.token.sent.start: m.token.sent for m in mentions
                  if m.family in _BLAST_FAMILIES}.values())
    if any(_controlled(sent) for sent in sents):
        return True
    if any(t.lemma_.lower() in _DAMAGE for sent in sents for t in sent):
        return False  # "an explosion destroyed a house ... a premature detonation": it hit others
    return any(_handled(sent) or any(t.lemma_.lower() in ACCIDENT_WORDS or t.lower_ in ACCIDENT_WORDS
                                     for t in sent) for sent in sents)


def _bystanders_hurt(sents: list[Any]) -> bool:
    """The sentences count dead or hurt people other than perpetrators and fighters."""
    for sent in sents:
        for finding in find_in_span(sent):
            if finding.kind not in {"fatalities", "injuries"} or finding.perpetrator \
                    or (finding.quantity.best or 0) < 1:
                continue
            doc = sent.doc
            if not (0 <= finding.key < len(doc) and kind_of(doc[finding.key], False) == "armed"):
                return True
    return False


def disrupted_by_mishap(mentions: list[TriggerMention], sents: list[Any]) -> bool:
    """A mishap's or a controlled blast that hurt no one but the fighters handling the device."""
    return blast_by_mishap(mentions) and not _bystanders_hurt(sents)

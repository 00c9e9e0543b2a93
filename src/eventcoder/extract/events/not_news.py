"""Notes whose words of violence the rules read as naming no deed: the typer must not create one.

A short dated note with no event gets one from the typer when the model is confident
(``typer/unread.py``). Its words of violence may have been read and set aside for a reason the
model cannot see: a disaster's toll ("floods swept through three villages, killing 14"), sport
("fired a shot past the goalkeeper"), a clash of words ("senators clashed in parliament"), a
record ("has cost 600 lives since 2010"), a commemoration ("gathered to mark eleven years since
the collapse"), a kind of act stopped or cited ("would suspend kidnappings", "citing
kidnapping"), a threat or an order ("threatened to strike any ship", "orders to kill"), a charge ("rioting charges were
dropped"), a drill ("held live-fire artillery drills"), or a
plan told in the future ("will deploy 1,000 troops next month"), or an anniversary ("Ukraine
marked the second anniversary of the invasion"). Such a note reports no event
the model should supply.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventcoder.extract.background import commemorating
from eventcoder.extract.events.causes import (
    killed_by_no_attack,
    record_subject,
    tells_no_incident,
)
from eventcoder.extract.events.parades import ceremonial_march
from eventcoder.extract.events.triggers import TriggerMention, find_mentions
from eventcoder.extract.intended import FUTURE_AUX, intended, ordered_infinitive
from eventcoder.extract.kinds_of_acts import cited_kind, stopped_kind
from eventcoder.extract.not_a_deed import PRACTICE_NOUNS, names_a_charge
from eventcoder.nlp.doc_cache import children

# Nouns of practice and show ("live-fire artillery drills"), with a note's tests and parades
# ("a missile test", "the annual parade"), which it may take as its main verb's object.
_PRACTICE = PRACTICE_NOUNS | {"test", "parade"}
_SPEECH = frozenset({"say", "announce", "tell", "state", "add", "report", "confirm", "warn"})


def _set_aside(m: TriggerMention) -> bool:
    """The rules read the mention as naming no deed (see the module doc)."""
    t = m.token
    return killed_by_no_attack(t) or record_subject(t) or ceremonial_march(m) \
        or cited_kind(t) or stopped_kind(t) or ordered_infinitive(t) or intended(t) \
        or names_a_charge(t) \
        or (tells_no_incident(t) and t.lemma_.lower() in {"clash", "fire", "shot", "beat",
                                                          "attack", "strike", "shoot"})


def _main_verb(sent: Span) -> Token:
    """The sentence's verb of news: the root, or what a root verb of saying reports."""
    root = sent.root
    if root.lemma_.lower() in _SPEECH:
        told = [c for c in children(root) if c.dep_ in {"ccomp", "parataxis"}
                and c.pos_ in {"VERB", "AUX"}]
        if told:
            return told[0]
    return root


def practice_or_plan(sent: Span) -> bool:
    """The sentence's main verb is a plan in the future ("will deploy troops next month", "said
    its fighters would target any convoy") or takes a drill, an exercise or a test ("began a
    joint military exercise")."""
    verb = _main_verb(sent)
    kids = list(children(verb))
    future = FUTURE_AUX | ({"would"} if verb is not sent.root else set())
    if any(c.dep_ == "aux" and c.lower_ in future for c in kids):
        return True
    return any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.lemma_.lower() in _PRACTICE
               for c in kids)


def no_deed_to_create(doc: Doc, sent: Span) -> bool:
    """True when the note's words of violence were set aside or its dated sentence tells a
    plan, a drill or a commemoration: the typer creates no event for it."""
    return practice_or_plan(sent) or commemorating(sent) \
        or any(_set_aside(m) for m in find_mentions(doc))


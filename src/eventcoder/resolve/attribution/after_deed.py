"""What a report tells after the deed that changes who did it: a denial referring back to the
blamed group (:mod:`denied_doers`), a claim called a hoax, an arrest over the deed, and the
unnamed men a hedged "believed to belong to X" gives to X (:mod:`belong_to`).

- "The PKK claimed responsibility, but police said the claim was a hoax", "police dismissed the
  call as a hoax", "the group said the statement was a forgery": a claim the report calls a hoax,
  a forgery, fake or false names no perpetrator; its claimant stays in the event as "other".
- "Hamas and Islamic Jihad claimed the attack, although Hamas later retracted its claim": the
  claimant that takes its claim back is no perpetrator; the other claimant stays.
- "Police arrested three members of the Shining Path in connection with the attack": the force
  that arrests over an attack did not do it (the arrested are the suspects, :mod:`implicated`);
  when the event is the arrest itself (sub-event "Arrests") the force stays its actor.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Document, Event
from eventcoder.nlp.doc_cache import span_tokens
from eventcoder.resolve.attribution import forms, rules
from eventcoder.resolve.attribution.arrests import arrests_over_deed
from eventcoder.resolve.attribution.belong_to import drop_member_doers
from eventcoder.resolve.attribution.denials import HOAX_NOUNS
from eventcoder.resolve.attribution.denied_doers import denied_doers

# Things that carry a claim of responsibility.
CLAIM_CARRIERS = {"claim", "call", "caller", "statement", "communique", "communiqué", "message",
                  "letter", "video", "posting", "leaflet", "note", "email", "e-mail"}
# Words calling a claim untrue: the nouns ("a hoax") and adjectives ("false"); "genuine" and the
# like only when negated.
HOAX_WORDS = HOAX_NOUNS | {"fake", "false", "bogus", "fabricated", "fraudulent", "forged",
                                 "spurious", "untrue"}
TRUE_WORDS = {"genuine", "authentic", "real"}
# Verbs by which a claimant takes its claim back.
RETRACT_VERBS = {"retract", "withdraw", "disown", "recant"}
_FORCE_KINDS = {"state forces", "government"}


def _untrue(word: Any, verb: Any) -> bool:
    """The word calls something untrue ('a hoax', 'false', 'not genuine')."""
    lemma = word.lemma_.lower()
    if lemma in HOAX_WORDS:
        return True
    negated = any(c.dep_ == "neg" for c in list(verb.children) + list(word.children))
    return lemma in TRUE_WORDS and negated


def called_hoax(carrier: Any) -> bool:
    """Whether the parse calls a claim carrier a hoax: '"the claim was a hoax", "dismissed the
    call as a hoax", "a fake statement"."""
    if carrier.lemma_.lower() not in CLAIM_CARRIERS:
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in HOAX_WORDS
           for c in carrier.children):
        return True
    head = carrier.head
    if carrier.dep_ in {"nsubj", "nsubjpass"}:
        return any(c.dep_ in {"attr", "acomp"} and _untrue(c, head) for c in head.children)
    if carrier.dep_ == "dobj":
        for prep in (c for c in list(head.children) + list(carrier.children)
                     if c.dep_ == "prep" and c.lower_ == "as"):
            if any(_untrue(g, head) for g in prep.subtree):
                return True
    return False


def disowned_claim(carrier: Any) -> bool:
    """A claim called a hoax or retracted by its maker ("Hamas later retracted its claim")."""
    if called_hoax(carrier):
        return True
    return carrier.lemma_.lower() in CLAIM_CARRIERS and carrier.dep_ == "dobj" \
        and carrier.head.lemma_.lower() in RETRACT_VERBS


def _claim_owner(carrier: Any) -> Any | None:
    """The token naming whose claim it is: 'the claim by X', 'X's claim', 'X retracted its claim'."""
    for c in carrier.children:
        if c.dep_ == "prep" and c.lower_ in {"by", "of"}:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return c
    if carrier.dep_ == "dobj" and carrier.head.lemma_.lower() in RETRACT_VERBS:
        return rules.subject_of(carrier.head)
    return None


def _hoax_claims(document: Document, event: Event, sents: list[Any],
                 sent_ids: list[int]) -> None:
    """A claimant whose claim is called a hoax or retracted (in the same or the next sentence)
    is no perpetrator: the one the sentence names as its maker, else every claimant there."""
    from eventcoder.resolve.actors.stage import actor_at

    for i in sent_ids:
        if i >= len(sents):
            continue
        for carrier in (t for t in span_tokens(sents[i]) if disowned_claim(t)):
            owner = _claim_owner(carrier)
            named = owner and actor_at(document, owner.idx, owner.idx + len(owner))
            if owner is not None and owner.pos_ == "PROPN" and not named:
                continue  # the maker is named but no actor we know: no other claim is touched
            start = sents[i - 1].start_char if i > 0 else sents[i].start_char
            for actor in event.actors:
                if actor.role != "perpetrator" or actor.attribution != "claimed":
                    continue
                if (named and actor.actor_id == named.actor_id) or (
                        not named and start <= actor.start < sents[i].end_char):
                    actor.role = "other"


def _arresters(document: Document, event: Event) -> None:
    """A force read as the doer only by its arrest over the deed is no perpetrator of the deed."""
    if event.sub_event_type == "Arrests" or document.spacy_doc is None:
        return
    kinds = {a.actor_id: a.kind for a in document.actors}
    for actor in event.actors:
        if actor.role != "perpetrator" or kinds.get(actor.actor_id) not in _FORCE_KINDS \
                or actor.start is None:
            continue
        span = document.spacy_doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is not None and arrests_over_deed(forms.read(span.root).verb):
            actor.role = "other"


def after_the_deed(document: Document, event: Event, sents: list[Any],
                   sent_ids: list[int]) -> None:
    """Read denials, hoax claims and arrests that follow the deed into the event's actors."""
    denied_doers(document, event, sents, sent_ids)
    _hoax_claims(document, event, sents, sent_ids)
    _arresters(document, event)
    drop_member_doers(document, event)

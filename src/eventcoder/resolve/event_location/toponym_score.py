"""How strongly a toponym in an event's sentences is the event's place: the features of the
score (a locative phrase, the trigger's government, closeness, the unit's rank), weighed by the
``event_place`` weights, and the readings that rule a toponym out (a base, an origin, a
destination, a speaker's place). event_place.py chooses among the scored toponyms."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventcoder.document import Document, Event
from eventcoder.geoparser.context import in_unit_brackets
from eventcoder.geoparser.gazetteer import KIND_RANK
from eventcoder.geoparser.types import Resolved
from eventcoder.resolve.event_location import cues
from eventcoder.weights import weights

LOCATIVE_PREPS = {"in", "at", "near", "outside", "around", "inside", "across", "within", "on", "onto",
                  "throughout", "through", "along", "nearby", "between"}
# A base, origin or destination: the verb, up to three words, a preposition, then the toponym
# ("based in Punjab", "sent hundreds of fighters to Syria", "went to fight in Syria").
EXCLUDE_BEFORE = re.compile(
    # where someone lives or comes from: 'based in Punjab', 'born in Kano', 'trained in Libya';
    # not 'Lagos-based journalist was arrested in X', whose compound describes the noun after it
    r"(?<![-\u2010])\b(?:(?:based|headquartered|stationed|born|hails?|hailing|originally|studied|recruited|"
    r"trained|exiled)(?:\s+[\w'’-]+){0,3}?\s+(?:in|at|from|near|out\s+of)"
    # where someone goes: 'went to fight in Syria' needs the 'to'; 'went on strike in X' is local
    r"|(?:fled|flee|fleeing|returned|returning|travel(?:l?ed|l?ing)?|went|go|going|gone|sent|"
    r"send|sending|headed|heading|moved|moving|deported|smuggled)(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:to|into|towards?|from|for|out\s+of)(?:\s+[\w'’-]+){0,2}?(?:\s+in)?)\s+"
    r"(?:the\s+)?$", re.IGNORECASE)
# 'Punjab-based', and a group named after its home ('Abala militia', 'Misrata fighters').
EXCLUDE_AFTER = re.compile(
    r"\s*-?\s*(?:based|born|backed|led|headquartered|bound|militias?|militiam[ae]n|herdsm[ae]n|"
    r"herders?|tribesm[ae]n|fighters?|clan|clansm[ae]n)\b"
    # 'a Djibouti-AMISOM soldier': a country's contingent of a named force
    r"|-(?-i:[A-Z]{3,})\b", re.IGNORECASE)
DIRECTIONAL = {"to", "into", "toward", "towards", "from"}


def _place_syntax(head: Token) -> tuple[Token | None, bool]:
    """The preposition a toponym hangs on (through compound/appositive chains: 'in Sharsha upazila
    of Jessore district') and whether it is a place noun's 'of' ('in the town of X')."""
    prep = head.head if head.dep_ == "pobj" else None
    hop = head
    for _ in range(3):
        if prep is not None or hop.head.i == hop.i:
            break
        if hop.dep_ in ("compound", "appos", "conj", "nmod", "amod", "poss") or (
            hop.dep_ == "pobj" and hop.head.lower_ == "of"
        ):
            hop = hop.head.head if hop.dep_ == "pobj" else hop.head
            if hop.dep_ == "pobj":
                prep = hop.head
        else:
            break
    # 'in the town of X', 'onto the streets of X', 'the city of X was the scene': the place noun's
    # own preposition decides, and the noun alone already makes X a where.
    of_place = prep is not None and prep.lower_ == "of" and prep.head.lemma_.lower() in cues.OF_HEADS
    if of_place:
        outer = prep.head
        prep = outer.head if outer.dep_ == "pobj" else None
    return prep, of_place


def _excluded(document: Document, event: Event, r: Resolved, span: Span, prep: Token | None,
              prep_word: str) -> bool:
    """A base, origin, destination, speaker's place or topic country: never the event's place."""
    m = r.mention
    before = document.text[max(0, m.start - 60) : m.start]
    own_move = prep is not None and (cues.moves_into(event, prep) or cues.road_into(prep)
                                     or cues.just_left(prep))
    if ((EXCLUDE_BEFORE.search(before) or cues.ORIGIN_OF_PEOPLE.search(before)) and not own_move) \
            or EXCLUDE_AFTER.match(document.text[m.end : m.end + 20]):
        return True
    if prep_word in DIRECTIONAL and not own_move:
        return True
    verb = cues.governing_verb(prep if prep is not None else span.root)
    if verb is not None and verb.lemma_ in cues.SPEECH_VERBS and not cues.near_trigger(event, m.start, 60):
        return True
    if (prep is not None and cues.speaker_place(prep)) or cues.road_end_placed(span):
        return True  # 'police in Gusau said': where the speaker is; a placed road's end towns
    return r.place is not None and r.place.kind == "country" and cues.topic_country(document, event, r)


def place_features(document: Document, event: Event, r: Resolved) -> tuple[dict[str, float], str] | None:
    """The event-place score's features for one toponym and the reason to show (None: excluded)."""
    doc = document.spacy_doc
    m = r.mention
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    prep, of_place = _place_syntax(head)
    prep_word = prep.lower_ if prep is not None else (doc[span.start - 1].lower_ if span.start else "")
    if _excluded(document, event, r, span, prep, prep_word):
        return None
    is_country = r.place is not None and r.place.kind == "country"
    locative = prep_word in LOCATIVE_PREPS or (of_place and prep is None) or (
        prep is not None and cues.just_left(prep))
    # '(Quissanga, Cabo Delgado)': the units holding the place named before count as a locative
    bracket = not locative and in_unit_brackets(document.text, m.start)
    anchor = cues.anchor(document, event)
    by_anchor = cues.governed_by_trigger(event, span, [anchor] if anchor else None)
    feats = {
        "intercept": 1.0,
        "background_clause": float(cues.in_background(event, head)),
        "country_possessive": float(is_country and head.dep_ == "poss"),
        "locative": float(locative or bracket),
        "governed_by_anchor": float(by_anchor),
        "governed_by_side_mention": float(not by_anchor and cues.governed_by_trigger(event, span)),
        "closeness": max(0.0, 1.0 - cues.distance_to_trigger(event, m.start) / 300),
        "kind_rank": KIND_RANK.get(r.place.kind, 0) / 4 if r.place else 0.0,
        "plain_mention": float(not locative and not bracket and not by_anchor),
    }
    why = (f"'{prep_word} {m.text}' in the event's sentence" if locative
           else f"'{m.text}' in brackets gives the unit containing the event's place" if bracket
           else "governed by the event's trigger" if by_anchor else "named in the event's sentence")
    return feats, why


def place_score(document: Document, event: Event, r: Resolved) -> tuple[float | None, str]:
    """How strongly a toponym in the event's sentences is the event's place (None: excluded)."""
    found = place_features(document, event, r)
    if found is None:
        return None, ""
    feats, why = found
    w = weights("event_place")
    return sum(w[k] * v for k, v in feats.items()), why

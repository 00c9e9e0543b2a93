"""Phrases that tell whether a toponym near an event's trigger is where the event happened.

Each check reads the spaCy parse around one place mention: its governing verb and preposition,
the trigger it hangs on, and the words around it ('near the Kenyan border', 'to mediate in
Ukraine', 'following the match in Lima', 'moved into the Ghazni area').
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventcoder.document import Document, Event
from eventcoder.extract.events.incidents import separated
from eventcoder.extract.locality import local_tokens
from eventcoder.geoparser.borders import after_border_with
from eventcoder.geoparser.forces import attacking_subject, names_force
from eventcoder.geoparser.gazetteer import DEMONYM
from eventcoder.geoparser.types import Resolved
from eventcoder.nlp.doc_cache import doc_sents
from eventcoder.text.words import word_list

SPEECH_VERBS = word_list("speech_verbs") | word_list("address_verbs")
# 'the town of X', 'the streets of X': a noun that makes X a where.
OF_HEADS = {"town", "city", "village", "street", "outskirts", "suburb", "area", "district",
            "region", "province", "periphery", "vicinity", "centre", "center", "heart", "locality",
            "neighbourhood", "neighborhood", "municipality", "commune", "county", "township",
            "state", "governorate", "department", "prefecture", "territory", "capital"}
# Verbs whose subject goes to the place ('sent fighters to Syria' is not one: the sender stays).
MOVES = {"move", "deploy", "redeploy", "advance", "push", "march", "storm", "enter"}
# 'found on Rwandan soil', 'raided a Kenyan village', 'a small Kenyan border town', 'the southern
# Yemeni city of Aden': a country adjective on land or on a settlement says where. Not a region,
# state or zone, which peoples name ('Somali region', 'Shan State'), nor a camp, which the
# displaced are named after ('a Palestinian refugee camp' in Lebanon).
ON_SOIL = re.compile(r"\s+(?:soil|territory|waters|airspace|(?:(?-i:[a-z]+)[\s-]+){0,2}?"
                     r"(?:village|town|city|hamlet|port|district|province|county|settlement)s?\b)",
                     re.IGNORECASE)
BORDER = re.compile(r"[\s-]*(?:[A-Z][\w'’]+\s+)?(?:border|frontier)\b", re.IGNORECASE)


def topic_country(document: Document, event: Event, r: Resolved) -> bool:
    """A country named beside a border ('near the Somalia border': either side of it; 'the border
    with Niger': across it) or inside a demand ('to broker talks over the standoff in Nepal') says
    nothing of where it happened; nor does one named as a force or a side ('Saudi planes
    landed', 'pro-Turkey factions')."""
    m = r.mention
    # 'a Kenyan border town' is a town in Kenya; 'a Kenya-Somalia border town' either side
    on_soil = bool(r.ranked) and r.ranked[0].flag == DEMONYM and ON_SOIL.match(
        document.text, m.end, m.end + 40) is not None
    if (BORDER.match(document.text[m.end : m.end + 20]) and not on_soil) or names_force(document.text, m.start, m.end) \
            or after_border_with(document.text, m.start):  # 'on the border with Niger'
        return True
    span = document.spacy_doc.char_span(m.start, m.end, alignment_mode="expand")
    # 'India carried out an air strike near Balakot': the attacking state is no scene
    return span is not None and (in_purpose(event, span.root) or attacking_subject(span.root))


# 'mercenaries from Libya, Niger and Mali', 'fighters recruited from Chad': where people come
# from (every country of the list), not where they acted.
ORIGIN_OF_PEOPLE = re.compile(
    r"\b(?:mercenar(?:y|ies)|fighters?|militants?|migrants?|refugees?|nationals?|recruits?|"
    r"citizens?|immigrants?|volunteers?|jihadists?|foreigners?|pilgrims?|workers?|traders?)"
    r"(?:\s+[\w'’-]+){0,2}?\s+from\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$"
)
BACKGROUND_LINKS = {"after", "following", "since", "before", "despite", "amid"}
# 'bombed a camp in response to an attack in Moyale': the place of the deed answered, not this one
ANSWERED_DEED = {"response", "retaliation", "reprisal", "revenge", "reaction"}


def in_background(event: Event, token: Token) -> bool:
    """The place hangs on an 'after/following/since ...' phrase or clause that does not hold the
    event's own trigger: it says where an earlier cause or other happening was."""
    if any(anc.lemma_ == "solidarity" for anc in token.ancestors):
        return True  # 'marched in Porto to back the strikers in Lisbon': the second place is elsewhere
    if token.dep_ == "pobj" and just_left(token.head):
        return False  # 'shortly after it took off from Athens': the deed's scene, no earlier one
    for anc in token.ancestors:
        if any(start <= anc.idx < end for start, end in event._mentions):
            return False
        if anc.dep_ == "prep" and anc.lower_ in BACKGROUND_LINKS:
            return True
        if anc.dep_ == "pobj" and anc.lemma_.lower() in ANSWERED_DEED:
            return True
        if anc.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ in BACKGROUND_LINKS for c in anc.children
        ):
            return True
    return False


def background_mention(document: Document, event: Event, r: Resolved) -> bool:
    """The toponym hangs on an 'after/following/in response to ...' phrase (``in_background``),
    or on a deed the event answers or follows even where the event took in that deed's noun as a
    mention: 'struck a camp in response to an attack in Lamu' is not in Lamu."""
    span = document.spacy_doc.char_span(r.mention.start, r.mention.end, alignment_mode="expand")
    if span is None:
        return False
    if in_background(event, span.root):
        return True
    lead = anchor(document, event)
    for anc in span.root.ancestors:
        if lead is not None and lead[0] <= anc.idx < lead[1]:
            return False
        if anc.dep_ == "pobj" and anc.lemma_.lower() in ANSWERED_DEED:
            return True
        if anc.lower_ in BACKGROUND_LINKS and anc.dep_ in ("acl", "advcl"):
            return True  # 'a strike following the detention in Ghana of ...', parsed as a verb
    return False


def elsewhere(document: Document, event: Event, r: Resolved) -> bool:
    """Where the people come from ('mercenaries from Libya, Niger and Mali'): not the event's
    place, even as a fallback. (A place in an 'after ...' clause stays a fallback: in a short note
    the earlier deed is mostly in the same place.)"""
    return bool(ORIGIN_OF_PEOPLE.search(document.text[max(0, r.mention.start - 60) : r.mention.start]))


def in_purpose(event: Event, token: Token) -> bool:
    """The place hangs on an infinitive of purpose or a demand that is not the event's own verb
    ('rallied to call for peace in Yemen')."""
    for anc in token.ancestors:
        if any(start <= anc.idx < end for start, end in event._mentions):
            return False
        if anc.pos_ == "VERB" and anc.dep_ in ("xcomp", "advcl", "acl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in anc.children
        ):
            return True
    return False


def moves_into(event: Event, prep: Token) -> bool:
    """'gunmen moved into the Ghazni area and seized a school', 'troops deployed to Cauca': when the
    movement is the event itself (or joined to its verb), its destination is where it happened."""
    verb = prep.head
    if prep.lower_ not in ("into", "to", "towards", "toward") or verb.lemma_ not in MOVES:
        return False
    linked = {verb.i} | {c.i for c in verb.children if c.dep_ == "conj"}
    if verb.dep_ == "conj":
        linked.add(verb.head.i)
    return any(start <= verb.doc[i].idx < end for i in linked for start, end in event._mentions)


# "the main road leading into the town of Bannu", "the highway linking X to Y": a road named by
# the towns it runs to lies at them; the preposition tells no one's movement away from the scene.
ROAD_NOUNS = {"road", "highway", "route", "street", "motorway", "avenue", "bridge", "track"}
ROAD_VERBS = {"lead", "link", "connect", "run", "go"}


def road_into(prep: Token) -> bool:
    """'on the road leading into Bannu': the road's own town, not a destination."""
    verb = prep.head
    return prep.lower_ in ("into", "to") and verb.lemma_ in ROAD_VERBS and verb.dep_ == "acl" \
        and verb.head.lemma_.lower() in ROAD_NOUNS


_ROAD_NAMES = {"road", "highway", "motorway", "expressway"}


def road_end_placed(span: Span) -> bool:
    """'on the Kabul-Kandahar highway in Shah Joy district': towns naming a road are its ends,
    often far from the scene; when the road is placed itself ('in/near X'), that is the scene."""
    doc, k = span.doc, span.end
    while k < len(doc) and k - span.end <= 5 and (doc[k].text in ("-", "–")
                                                   or doc[k].text[:1].isupper()):
        k += 1  # the other towns of the road's name
    if k + 1 >= len(doc) or doc[k].text not in _ROAD_NAMES:
        return False  # a capitalised 'Cairo Road' is a street of the town
    return doc[k + 1].lower_ in ("in", "near", "outside") and doc[k + 2: k + 3].text[:1].isupper()


DEPART_VERBS = {"take", "depart", "leave", "lift"}


def just_left(prep: Token) -> bool:
    """'seized an airliner shortly after it took off from Athens': the place a craft had just
    left when the deed was done is the deed's scene, not an origin far from it."""
    verb = prep.head
    return prep.lower_ == "from" and verb.lemma_.lower() in DEPART_VERBS \
        and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after"
                                         for c in verb.children) \
        and (verb.lemma_.lower() != "take" or any(c.lower_ == "off" for c in verb.children))


def other_events_sentences(document: Document, event: Event) -> set[int]:
    """Sentences another event of the report tells as a separate deed ("In a separate attack ...
    in X"): their places are that event's scenes, no fallback for this one. A sentence that only
    goes on with the same deed ("The officers were ambushed outside Pichari") may be split off by
    the parse and still names the lead's scene."""
    sents = doc_sents(document.spacy_doc)
    return {i for e in document.events if e is not event for i in e._sentences
            if 0 <= i < len(sents) and separated(sents[i])}


def speaker_place(prep: Token) -> bool:
    """The phrase qualifies the subject of a speech verb ('officials in Abuja said')."""
    noun = prep.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ in SPEECH_VERBS


def governing_verb(tok: Token) -> Token | None:
    """The verb the token hangs from, at most four steps up."""
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def anchor(document: Document, event: Event) -> tuple[int, int] | None:
    """The mention that named the event's type (its ``trigger``), else its first mention."""
    for start, end in event._mentions:
        if document.text[start:end] == event.trigger:
            return start, end
    return event._mentions[0] if event._mentions else None


def governed_by_trigger(event: Event, span: Span,
                        mentions: list[tuple[int, int]] | None = None) -> bool:
    """The place hangs on a trigger, or on the verb a trigger noun is an argument of ('Riots
    have broken out in X')."""
    for start, end in event._mentions if mentions is None else mentions:
        for anc in span.root.ancestors:
            if start <= anc.idx < end:
                return True
        trigger = span.doc.char_span(start, end, alignment_mode="expand")
        if trigger is not None and trigger.root.pos_ in ("NOUN", "PROPN") and any(
            t.i == span.root.i for t in local_tokens(trigger.root)
        ):
            return True
    return False


def near_trigger(event: Event, pos: int, window: int) -> bool:
    """True when a mention of the event starts within ``window`` characters of ``pos``."""
    return any(abs(pos - s) <= window for s, _ in event._mentions)


def distance_to_trigger(event: Event, pos: int) -> float:
    """Characters from ``pos`` to the nearest mention of the event (300 when it has none)."""
    if not event._mentions:
        return 300.0
    return min(abs(pos - s) for s, _ in event._mentions)


def unresolved_place_near(document: Document, event: Event, m) -> str | None:
    """A GPE/LOC/FAC entity in the event's sentences right before the chosen toponym that the
    gazetteer could not resolve ('in Safoora Goth, Karachi', 'Sharsha upazila of Jessore')."""
    doc = document.spacy_doc
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        if ent.end_char <= m.start and m.start - ent.end_char <= 25:  # ends before the toponym
            between = document.text[ent.end_char : m.start]
            if re.fullmatch(r"\s*(?:,|of|in|,\s*in)\s*(?:the\s+)?", between):
                known = any(t.start <= ent.start_char < t.end for t in document.toponyms)
                if not known:
                    return ent.text
    return None


# 'in central Burkina Faso', 'deep inside Russia', 'in the east of Congo'; not 'smugglers who
# tried to cross from Syria', 'drones smuggled into the country'
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|inside|within|across|throughout)\s+(?:[\w'’-]+\s+){0,4}$",
                              re.IGNORECASE)
# 'back in the direction of Ouagadougou', 'on the road to Gao': where someone went, no scene
_DIRECTION_BEFORE = re.compile(r"\b(?:from|to|into|towards?|direction\s+of)\s+(?:[\w'’-]+\s+){0,2}$",
                               re.IGNORECASE)


def named_as_scene(r: Resolved) -> bool:
    """The place is named as where something happened, not as an origin or a destination."""
    before = (r.mention.doc_text or "")[max(0, r.mention.start - 50):r.mention.start]
    return bool(_LOCATIVE_BEFORE.search(before)) and not _DIRECTION_BEFORE.search(before)

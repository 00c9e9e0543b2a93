"""Deaths the text puts down to an accident, a disaster or a whole war: no incident of violence.
(The mishap and disaster vocabulary is ``extract/accidents.py``'s; weapons named as goods, the
other mention that tells no incident, are read in ``extract/weapon_goods.py``.)

"the derailment killed 48 of the 300 travellers", "miners who died in Monday's landslide",
"the six-month rebellion, which killed some 2,500 people": the killing word names no attack; its
cause is an accident or a war as a whole. ("Fighting killed ten soldiers" is a battle, and stays.)
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventcoder.extract.accidents import (
    NON_VIOLENT_CAUSES,
    cause_phrase,
    killing_participle_of_mishap,
)
from eventcoder.extract.events.named_deeds import named_deed
from eventcoder.extract.events.sporting import sporting
from eventcoder.extract.grammar import is_span_statement
from eventcoder.extract.locality import is_country, number_value
from eventcoder.extract.modality import verbal_attack, verbal_clash
from eventcoder.extract.weapon_goods import weapon_as_goods
from eventcoder.nlp.doc_cache import children, doc_text
from eventcoder.nlp.subjects import grammatical_subject
from eventcoder.text.words import MONTHS, word_list

# A campaign of violence kills no one as a whole but in its incidents: as the subject of the
# killing it sums up the campaign ("the war, which killed 1,000"); "killed in the war" may be one
# of its incidents, so as a cause after 'in' it does not rule the incident out.
CAMPAIGN_NOUNS = word_list("campaign_nouns")
_RELATIVE = frozenset({"which", "that", "who"})


def _subject(verb: Token) -> Token | None:
    subj = grammatical_subject(verb, {"nsubj"})
    if subj is not None and subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head  # "the rebellion, which killed some 2,500"
    return subj


def killed_by_no_attack(token: Token) -> bool:
    """True when a killing or death word has an accident, disaster or war as its cause."""
    if token.pos_ not in {"VERB", "AUX"}:
        return token.dep_ == "oprd" and killing_participle_of_mishap(token)  # "leaving 9 dead"
    subj = _subject(token)
    if subj is not None and subj.lemma_.lower() in NON_VIOLENT_CAUSES | CAMPAIGN_NOUNS:
        return True
    if token.dep_ == "acl" and token.head.lemma_.lower() in NON_VIOLENT_CAUSES:
        return True  # the parser hangs "rains killed 20" as a participle on the cause
    if subj is None and killing_participle_of_mishap(token):
        return True
    return cause_phrase(token)  # "killed in today's crash", "died in the earthquake"


# Targets no weapon can hit: "an attack on the country's free press".
ABSTRACT_TARGETS = frozenset({
    "process", "democracy", "democratization", "sovereignty", "right", "peace", "accord",
    "agreement", "freedom", "liberty", "dignity", "honor", "honour", "constitution", "principle",
    "image", "reputation", "policy", "program", "programme", "plan", "economy", "currency", "idea",
    "value", "law", "independence", "autonomy", "credibility", "integrity", "press",
})


def figurative_attack(token: Token) -> bool:
    """True when an attack word's target is an idea or an institution's standing, not a person
    or a place: "an attack on press freedom", "attacked the government's economic plan"."""
    if token.lemma_.lower() not in {"attack", "assault"}:
        return False
    if token.pos_ in {"VERB", "AUX"}:
        objs = [c for c in children(token) if c.dep_ == "dobj"]
    else:
        objs = [o for p in children(token) if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                for o in children(p) if o.dep_ == "pobj"]
    return bool(objs) and all(o.lemma_.lower() in ABSTRACT_TARGETS for o in objs)


# A toll of this many dead is a war's or a decade's record, not one incident's: the deadliest
# single attacks on record kill hundreds ("40,000 Liberians died in the civil war").
RECORD_TOLL = 1000
_MASS_WORDS = frozenset({"thousand", "thousands", "million", "millions"})


def _a_year(token: Token) -> bool:
    """A digest line's date parsed into the subject ("14 Mar 2020 - Suspected militants killed
    ..."): four digits on a month name or in a date are a year, never a count of the dead."""
    on_month = token.head.lower_.rstrip(".") in MONTHS or token.ent_type_ == "DATE"
    return on_month and len(token.text) == 4 and token.text[:2] in {"19", "20"}


def _toll(token: Token) -> int:
    """The number a victim phrase counts ("over 12,000 civilians" → 12000; "thousands")."""
    best = 0
    for t in token.subtree:
        text = t.text.replace(",", "")
        if t.lower_ in _MASS_WORDS:
            best = max(best, RECORD_TOLL)
        elif text.isdigit() and (t.dep_ == "nummod" or t.i == token.i) and not _a_year(t):
            best = max(best, int(text))
    return best


def _of_objects(noun: Token) -> list[Token]:
    """The objects of the noun's 'of' ("the killing of 70,000", "the invasion of Panama")."""
    return [o for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of"
            for o in children(p) if o.dep_ == "pobj"]


def record_toll(token: Token) -> bool:
    """True when a killing or death word counts a whole record's dead: "has killed over
    12,000 civilians", "thousands killed", "3,500 have died since then"."""
    if token.lemma_.lower() not in {"kill", "killing", "die", "dead", "death", "murder",
                                    "massacre"}:
        return False
    people = [c for c in children(token) if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
    if token.dep_ in {"acl", "amod"}:
        people.append(token.head)  # "thousands killed"
    if token.pos_ in {"NOUN", "PROPN"}:  # "the killing of over 70,000 civilians"
        people += _of_objects(token)
    return any(_toll(p) >= RECORD_TOLL for p in people)


# Crimes counted by the dozen are a statistic: "142 murders were reported in September", "31
# assassinations were blamed on the rebels". One incident kills or takes many people ("kidnapped
# 15 people") but is one murder or kidnapping; waves of bombings or attacks are left alone, as a
# night of "20 bomb explosions" is news.
CRIME_NOUNS = frozenset({"murder", "killing", "assassination", "kidnapping", "abduction",
                         "homicide", "disappearance", "execution"})
STATISTIC_COUNT = 10


def crime_statistic(token: Token) -> bool:
    """True when a plural crime noun is counted by the dozen: a statistic, not an incident."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in CRIME_NOUNS:
        return False
    for c in children(token):
        if c.dep_ == "nummod":
            value = number_value(c)
            if (value or 0) >= STATISTIC_COUNT or c.lower_ in _MASS_WORDS | {"hundreds", "dozens"}:
                return True
    return False


# Words for a whole country as what is invaded: "a country being invaded", "invaded the nation".
_COUNTRY_NOUNS = frozenset({"country", "nation", "republic", "homeland"})


def _a_country(noun: Token) -> bool:
    name = " ".join(t.text for t in noun.subtree if t.dep_ in {"compound", "flat"} or t.i == noun.i)
    return noun.lemma_.lower() in _COUNTRY_NOUNS or (noun.ent_type_ == "GPE" and is_country(name))


def country_invaded(token: Token) -> bool:
    """True when an invasion word's object is a whole country: "Panama is like a country being
    invaded", "the 1989 invasion of Panama". A war between states is no incident; an invaded town,
    camp or farm ("rebels invaded the farm") stays."""
    lemma = token.lemma_.lower()
    if lemma not in {"invade", "invasion"}:
        return False
    if token.pos_ in {"VERB", "AUX"}:
        invaded = [c for c in children(token) if c.dep_ in {"dobj", "nsubjpass"}]
        if token.dep_ in {"acl", "relcl"}:
            invaded.append(token.head)
    else:
        invaded = _of_objects(token)
    return bool(invaded) and all(_a_country(n) for n in invaded)


# Links from a word up to the subject of its clause: "cattle raiding in the valley has cost".
_IN_SUBJECT = frozenset({"acl", "compound", "amod", "prep", "pobj", "conj", "nmod", "poss"})


def record_subject(token: Token) -> bool:
    """True when the deed word is (in) the subject of a clause that sums up a stretch of time:
    "cattle raiding in the Kerio Valley has cost more than 600 lives since 2010", "attacks by
    the group have displaced two million people over the past five years": a record."""
    t = token
    for _ in range(5):
        if t.dep_ in {"nsubj", "nsubjpass", "csubj"}:
            return t.head.pos_ in {"VERB", "AUX"} and is_span_statement(t.head)
        if t.dep_ not in _IN_SUBJECT or t.head.i == t.i:
            return False
        t = t.head
    return False


# A tally of a year or a month to date: "had kidnapped more than 300 people so far this year".
_SO_FAR = re.compile(r"\b(?:so far (?:this|in) (?:year|month|\d{4})|(?:this|last) year alone|"
                     r"to date this year|since the (?:start|beginning) of (?:the|this) year)\b",
                     re.IGNORECASE)


def tally_to_date(token: Token) -> bool:
    """True when the deed's clause counts a year or a month up to now ("so far this year",
    "this year alone"): a statistic, not one incident."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    # the subtree's first and last tokens are its edges: no walk over the clause
    text = doc_text(token.doc)[verb.left_edge.idx:verb.right_edge.idx + len(verb.right_edge)]
    return _SO_FAR.search(text) is not None


def tells_no_incident(token: Token) -> bool:
    """True when a trigger word tells of no incident at all (see the module doc and above)."""
    return killed_by_no_attack(token) or figurative_attack(token) or weapon_as_goods(token) \
        or record_toll(token) or verbal_attack(token) or named_deed(token) \
        or country_invaded(token) or crime_statistic(token) or verbal_clash(token) \
        or sporting(token) or record_subject(token) or tally_to_date(token)

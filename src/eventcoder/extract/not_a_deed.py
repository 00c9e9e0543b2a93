"""Mentions whose grammar says that no deed took place, whatever the trigger word.

- No participant: "no one was killed", "none of the aid workers is being held hostage", "none of
  the passengers were hurt": the deed's subject (or the noun a participle describes) is
  negated by 'no', so the clause says the deed did not happen to anyone.
- A figurative hostage: "the government is hostage to the generals", "the unions are holding
  the city hostage", "held the economy hostage": 'hostage' said of a town, an economy or an
  institution, not of people, is a figure of speech.
- Weapons as goods ("soldiers seized 26 mortars") tell no deed either: that check is
  ``extract/weapon_goods.py``, called where the events stage drops mentions of no incident.
- A deed after 'without': "invaded without a shot being fired", "freed them without harming
  them" tells that the shot and the harm did not happen.
- A campaign against a kind of wrong: "in the framework of the fight against terrorism", "the war
  on drugs", "the struggle against banditry" names a policy, not a fight that took place.
- A kind of deed modifying another noun: "the UN rapporteur on torture cases", "kidnapping
  rings", "murder charges": the deed noun names the kind of the cases, gangs or charges, not an
  incident ("the murder case of the former minister" names one, and stays).
- A kind filed under a class: "kidnapping is one of the most profitable industries", "murder
  has become a business" (a bare deed noun, the subject of a copula with a noun predicate).
- Statistics: deeds counted in cases ("the ombudsman logged 26 cases of assault during
  September") or per unit of time ("five residents have been abducted every day since January")
  are a count or a rate, not an incident.
- A deed still ahead: "ahead of planned protests", "an upcoming march", "a rally scheduled for
  Friday", "a strike called for next week" names what is to come, not what took place ("a
  well-planned attack" and "the attack planned by X" are done deeds, and stay); and any deed
  wanted, threatened, awaited, announced ahead, banned or ordered ("threatened in a televised
  speech on Thursday to strike any ship", "received orders to kill", ``extract/intended.py``;
  MUC-4's threatened attacks, a stage of their own, were measured: relevance unchanged).
- A fight told to describe a group ("the rebel group fighting for an independent homeland", "a
  militant fighting with the Islamic State in Syria", ``extract/fought_for.py``).
- A kind of act stopped or cited ("would suspend kidnappings", "citing kidnapping, gang violence
  and civil unrest", ``extract/kinds_of_acts.py``).
- A deed acted out: "simulating strikes", "firing cruise missiles at mock targets", a firing that
  a clause about drills or an exercise holds.

Measured (never fitted) on the 1,600 MUC-4 dev reports with 'bloodshed' made a weak trigger and
'denied charges that' read as a denial: relevance tp 652 fp 240 fn 130 -> tp 650 fp 233 fn 132
(F1 0.779 -> 0.781), perpetrators and attribution unchanged; ACLED first 400 lines: 2016/18
file unchanged, 2020 file event type 0.863 -> 0.868 (a crowd that tried to kill a suspect is a riot).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.accidents import harm_by_accident
from eventcoder.extract.fought_for import fought_for
from eventcoder.extract.intended import deployment_purpose, intended, ordered_infinitive
from eventcoder.extract.kinds_of_acts import cited_kind, stopped_kind
from eventcoder.nlp.doc_cache import children

# Pronouns that name nobody.
_NOBODY = frozenset({"nobody", "none", "noone", "no-one"})
# Places, institutions and undertakings: 'hostage' said of them is a figure of speech.
_FIGURATIVE_HELD = frozenset({
    "city", "town", "country", "nation", "capital", "region", "province", "state", "economy",
    "government", "process", "talk", "negotiation", "peace", "parliament", "congress",
    "assembly", "party", "system", "industry", "market", "election", "future", "sector",
    "debate", "agenda", "policy", "budget", "presidency", "administration", "democracy",
})
_HOLDING_VERBS = frozenset({"hold", "take", "keep"})


def no_participant(token: Token) -> bool:
    """ "no one was killed", "none of them is being held hostage": the deed's subject is nobody."""
    for noun in [c for c in children(token) if c.dep_ in {"nsubj", "nsubjpass"}] + (
            [token.head] if token.dep_ == "acl" else []):
        if noun.lower_ in _NOBODY or any(
                d.dep_ == "det" and d.lower_ == "no" for d in children(noun)):
            return True
    return False


def without_deed(token: Token) -> bool:
    """ "a country invaded without a shot being fired", "released them without harming them":
    a deed named after 'without' is one that did not happen."""
    node = token
    if token.dep_ in {"nsubj", "nsubjpass", "dobj"} and token.head.pos_ in {"VERB", "AUX"}:
        node = token.head  # "a shot" in "without a shot being fired"
    return node.dep_ in {"pcomp", "pobj"} and node.head.lower_ == "without"


def _figuratively_held(noun: Token) -> bool:
    return noun.ent_type_ in {"GPE", "LOC", "ORG"} or noun.lemma_.lower() in _FIGURATIVE_HELD


def figurative_hostage(token: Token) -> bool:
    """ "is hostage to the generals", "holding the city hostage": hostage said of no people."""
    if token.lower_ not in {"hostage", "hostages"}:
        return False
    head = token.head
    if token.dep_ in {"attr", "acomp", "oprd"} and head.lemma_.lower() == "be":
        subjects = [c for c in children(head) if c.dep_ == "nsubj"]
        return bool(subjects) and all(_figuratively_held(s) for s in subjects)
    if head.lemma_.lower() in _HOLDING_VERBS:
        # "holding the city hostage" is often parsed with the held noun inside 'hostage'
        held = [c for c in children(head) if c.dep_ in {"dobj", "nsubjpass"} and c.i != token.i]
        held += [c for c in children(token) if c.dep_ in {"compound", "nmod"}]
        return bool(held) and all(_figuratively_held(n) for n in held)
    return False


def kind_modifier(token: Token, trigger_ids: set[int]) -> bool:
    """ "torture cases", "kidnapping rings": a deed noun modifying a noun that is no deed and
    names no single thing ("the murder case of ..." is one case of one murder)."""
    if token.dep_ != "compound" or token.pos_ != "NOUN" or token.head.i in trigger_ids:
        return False
    return not any(c.dep_ in {"det", "poss"} and c.lower_ != "a" for c in children(token.head))


# Nouns of the law that name a deed as what someone is accused of ("rioting charges").
_CHARGE_NOUNS = frozenset({"charge", "count", "accusation", "indictment", "conviction"})


def names_a_charge(token: Token) -> bool:
    """ "rioting charges were dropped", "charges of rioting against 12 students": a deed noun
    modifying or completing a noun of the law names the charge, not a deed of the day (the
    charged deed, where told, has words of its own)."""
    if token.pos_ not in {"NOUN", "VERB"}:  # the tagger calls a gerund ("kidnapping") either
        return False
    if token.dep_ == "compound":
        return token.head.lemma_.lower() in _CHARGE_NOUNS
    if token.dep_ in {"pobj", "pcomp"} and token.head.lower_ == "of":
        return token.head.head.lemma_.lower() in _CHARGE_NOUNS
    return False


# Families whose nouns name a kind of crime ("murder charges", "kidnapping rings", and bare:
# "kidnapping is an industry", read in ``modality.bare_kind``); a weapon or
# a means as a modifier ("suicide bombers", "car bomb") still tells how a deed was done.
CRIME_FAMILIES = frozenset({"violence", "abduction"})


_CAMPAIGN_NOUNS = frozenset({"fight", "struggle", "war", "battle", "campaign", "combat"})
_WRONGS = frozenset({
    "terrorism", "terror", "crime", "criminality", "corruption", "drug", "drugs", "trafficking",
    "banditry", "insecurity", "insurgency", "extremism", "radicalisation", "radicalization",
    "smuggling", "poaching", "piracy", "impunity", "violence", "cybercrime", "gangs"})


def campaign_against(token: Token) -> bool:
    """ "the fight against terrorism", "the war on drugs": a policy named, no fight told."""
    if token.lemma_.lower() not in _CAMPAIGN_NOUNS or token.pos_ != "NOUN":
        return False
    return any(p.dep_ == "prep" and p.lower_ in {"against", "on"} and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _WRONGS | {w.rstrip("s") for w in _WRONGS}
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in children(o))
        for o in children(p)) for p in children(token))


# Nouns that count deeds as cases ("26 cases of assault", "dozens of incidents of abduction").
_CASE_NOUNS = frozenset({"case", "incident", "instance", "count", "occurrence"})
# Time nouns a rate is counted per ("every day", "each week", "a month", "per year").
_COUNTERS = frozenset({"dozen", "hundred", "thousand", "score", "number", "lot"})
_RATE_TIMES = frozenset({"day", "week", "month", "year", "night", "hour", "minute"})
# "a day after the coup attempt", "a week later": a span counted from another moment is a lapse
_LAPSE_WORDS = frozenset({"after", "before", "later", "earlier", "ago"})


def counted_cases(token: Token) -> bool:
    """ "the ombudsman logged 26 cases of assault", "hundreds of cases of torture": a deed
    noun counted in cases is a statistic, not an incident ("the case of the murdered judge",
    with no count, names one)."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    cases = token.head.head
    if cases.lemma_.lower() not in _CASE_NOUNS or cases.tag_ not in {"NNS", "NNPS"}:
        return False
    if any(c.dep_ in {"nummod", "quantmod"} or c.lower_ in {"many", "several", "numerous"}
           for c in children(cases)):
        return True
    counter = cases.head.head if cases.dep_ == "pobj" else None  # "dozens of cases of"
    return counter is not None and (counter.pos_ == "NUM" or counter.lemma_.lower() in _COUNTERS)


def _lapse(time: Token) -> bool:
    """ "a day after the coup attempt", "a week later": the parser may hang the 'after' on the
    verb, so the word that follows the time noun is read as well."""
    if any(d.lower_ in {"every", "each", "per"} for d in children(time)):
        return False  # "every day since January" counts a rate
    following = time.nbor(1).lower_ if time.i + 1 < len(time.doc) else ""
    return following in _LAPSE_WORDS or any(d.lower_ in _LAPSE_WORDS for d in children(time))


def counted_rate(token: Token) -> bool:
    """ "five residents have been abducted every day since January", "a woman is raped each
    hour": a deed counted per unit of time is a rate, not an incident."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    for c in children(token):
        if c.dep_ in {"npadvmod", "advmod", "obl"} and c.lemma_.lower() in _RATE_TIMES and any(
                d.lower_ in {"every", "each", "per", "a"} for d in children(c)
                if d.dep_ in {"det", "amod", "prep"} or d.lower_ == "per") and not _lapse(c):
            return True
        if c.dep_ == "prep" and c.lower_ == "per" and any(
                o.lemma_.lower() in _RATE_TIMES for o in children(c)):
            return True
    return False


# Verbs that predicate a class of a bare deed noun ("kidnapping is an industry").
_COPULAS = frozenset({"be", "become", "remain"})


def kind_predicated(token: Token) -> bool:
    """ "Kidnapping is one of the most profitable industries", "murder has become a business":
    a bare deed noun that a copula files under a class names the kind, not an incident."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.head.lemma_.lower() not in _COPULAS:
        return False
    if any(c.dep_ in {"det", "poss", "nummod", "prep"} for c in children(token)):
        return False  # "the kidnapping was ...", "kidnapping of the engineers was ..."
    return any(c.dep_ == "attr" and c.pos_ in {"NOUN", "NUM", "PRON"}
               for c in children(token.head))


# Words that set a deed ahead of the telling when they modify it bare.
_AHEAD_MODIFIERS = frozenset({"planned", "upcoming", "forthcoming", "proposed", "scheduled",
                              "intended", "impending", "threatened", "mooted", "looming"})
# Participles that set a deed for a later time ("a march called for Friday").
_SET_FOR = frozenset({"call", "schedule", "set", "slate", "plan", "announce"})


def deed_ahead(token: Token) -> bool:
    """ "ahead of planned protests", "a rally scheduled for Friday": a deed yet to happen."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    for c in children(token):
        if c.dep_ in {"amod", "compound"} and c.i < token.i and c.lower_ in _AHEAD_MODIFIERS \
                and not list(children(c)):
            return True  # bare: "a well-planned attack" was carried out
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _SET_FOR and any(
                g.dep_ == "prep" and g.lower_ == "for" for g in children(c)) and not any(
                g.dep_ == "agent" for g in children(c)):
            return True
    return False


# Verbs of acting out a deed for practice or show ("drills simulating strikes on key targets",
# "troops rehearsed an assault on the beach"): nothing was struck.
_MIMICS = frozenset({"simulate", "rehearse", "practise", "practice", "mimic", "imitate"})


def simulated(token: Token, crowd: bool = False) -> bool:
    """ "simulating strikes on key targets": the deed is what an exercise acts out, and its
    means and doers ("bombers practised missile attacks") strike nothing either. ``crowd``: the
    deed is a crowd's (see :func:`in_exercise`)."""
    if token.dep_ in {"compound", "amod"} and token.head.dep_ == "dobj":
        token = token.head
    return token.dep_ in {"dobj", "nsubj"} and token.head.lemma_.lower() in _MIMICS \
        or in_exercise(token, crowd)


# Nouns of practice and show, and modifiers of a target that is no one's.
PRACTICE_NOUNS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "rehearsal",
                            "wargame", "war-game"})
_MOCK = frozenset({"mock", "dummy", "simulated", "practice", "decoy"})


def in_exercise(token: Token, crowd: bool = False) -> bool:
    """ "held three days of drills in the Strait, firing cruise missiles at mock targets": a
    firing told as a part of a drill the clause it hangs on holds, or aimed at a mock target.
    A crowd (``crowd``, a protest or riot) aims at no target: what it rises "against" is its
    grievance, and "students rioted against mock examinations" is a riot."""
    verb = token.head if token.dep_ in {"dobj", "nsubjpass"} else token
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if not crowd and any(o.lemma_.lower() in _MOCK for p in children(verb) if p.dep_ == "prep"
           for g in children(p) for o in children(g) if o.dep_ in {"amod", "compound"}):
        return True
    if verb.dep_ not in {"advcl", "conj"}:
        return False
    held = [t for c in children(verb.head) if c.dep_ in {"dobj", "nsubj", "nsubjpass"}
            for t in (c, *(g for p in children(c) if p.lower_ == "of" for g in children(p)))]
    return any(t.lemma_.lower() in PRACTICE_NOUNS for t in held)


def not_a_deed(token: Token, trigger_ids: set[int] | None = None, family: str = "") -> bool:
    """True when the mention's grammar says no deed took place (see the module doc)."""
    return no_participant(token) or figurative_hostage(token) or without_deed(token) \
        or campaign_against(token) or counted_cases(token) or counted_rate(token) \
        or deed_ahead(token) or harm_by_accident(token) \
        or simulated(token, family in {"protest", "riot"}) \
        or intended(token) or cited_kind(token) \
        or ordered_infinitive(token) or names_a_charge(token) or fought_for(token) \
        or (family not in {"protest", "riot"} and (stopped_kind(token)
                                                   or deployment_purpose(token))) \
        or (family in CRIME_FAMILIES and (kind_modifier(token, trigger_ids or set())
                                          or kind_predicated(token)))


# Time words that set a deed before the day told: "two days earlier", "a year ago", "last week"
_BEFORE_WORDS = frozenset({"earlier", "ago", "before", "previously"})
_PAST_UNITS = frozenset({"week", "month", "year", "decade"})


def told_on_another_day(token: Token) -> bool:
    """A deed told before the day of the report's event: in the past perfect ("fans had thrown
    bottles at police"), or with a time of its own ("two days earlier", "last year's rioting",
    "rioting last year left 3 dead"); "last night" is the event's own time."""
    if token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children(token)):
        return True
    heads = [token, token.head] if token.dep_ in {"nsubj", "nsubjpass"} else [token]
    for head in heads:
        for c in children(head):
            if c.dep_ not in {"advmod", "npadvmod", "poss", "obl"}:
                continue
            words = {t.lower_ for t in c.subtree}
            if words & _BEFORE_WORDS or ("last" in words and {t.lemma_.lower() for t in c.subtree} & _PAST_UNITS):
                return True
    return False


"""Mentions a speaker asks for, wants stopped or imagines: the report asserts no incident.

Speeches, communiqués and interviews name violence that did not happen as news:

- what is stopped or prevented: "measures to prevent judges from being murdered", "the group
  ceased bombing pipelines", "demanded that they stop their attacks", "to refrain from all
  violence", "to halt the killing of journalists";
- what is planned or prepared: "arrested while preparing a protest", "plotting an attack";
- what is called for: "openly called for the hanging of the mayor", "urged the
  killing of informers" (a call names an act that has not happened, definite or not);
- what is supposed: a trigger anywhere inside an adverbial clause opened by "if" or "unless"
  ("unless the army withdraws, we will keep firing ...");
- what is said: an "attack" coordinated with words of speech is a verbal one ("redoubled her insults
  and attacks against the ruling party"), and so is a clash of lawmakers, ministers or candidates
  or one in a debate ("senators clashed angrily in parliament over a bill");
- what is supposed in a condition or a time to come: "unless Kenya withdraws its troops",
  "threatened to strike Israeli cities if the bombardment continues";
- a kind of act, not one incident: "the murder of activists", "the bombing of civilians",
  "practices like kidnapping";
- what someone does, told in the simple present: "the gangs that rob travellers";
- people described by a deed: "those who murdered the archbishop";
- the mood a list of verbs shares: "to track, board, seize or sink vessels".

The word lists are in ``data/event_cues.yaml`` (``prevention``, ``calls``, ``speech_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.bare_plural import is_unmarked_plural
from eventcoder.extract.intended import intended
from eventcoder.extract.lexicon import cues
from eventcoder.extract.not_a_deed import CRIME_FAMILIES
from eventcoder.nlp.doc_cache import ancestors, children

_CUES = cues()
PREVENTION = _CUES["prevention"]
CALLS = _CUES["calls"]
SPEECH_NOUNS = _CUES["speech_nouns"]
SPEAKING_ROLES = _CUES["speaking_roles"]
SPEAKING_VENUES = _CUES["speaking_venues"]
# Words that make a clash a fight, whoever fought: "clashed physically, throwing chairs".
_BODILY = frozenset({"physically", "fist", "fists", "punch", "punches", "brawl", "chair", "chairs",
                     "blow", "blows", "injure", "injured", "wound", "wounded", "kill", "killed",
                     "dead", "hospital", "stone", "stones", "gun", "knife"})

# Links through which a verb of stopping reaches what it stops: its object ("stop their
# attacks"), a gerund or infinitive complement ("ceased bombing"), a preposition ("abstain from
# any form of attack", "prevent judges from being murdered") and the items of a list.
_COMPLEMENT_LINKS = frozenset({"dobj", "xcomp", "pcomp", "pobj", "prep", "conj", "nsubjpass",
                               "nsubj", "ccomp"})
_MAX_STEPS = 5


def prevented(token: Token) -> bool:
    """True when the trigger is what a verb of stopping or preventing governs."""
    t = token
    if t.dep_ == "compound" and t.lower_.endswith("ing"):
        t = t.head  # "ceased bombing pipelines", parsed as a noun compound
    for _ in range(_MAX_STEPS):
        if t.dep_ not in _COMPLEMENT_LINKS or t.head.i == t.i:
            return False
        if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"}:
            return False  # "were stopped and dispersed": two acts, the second no complement
        head = t.head
        if head.lemma_.lower() in PREVENTION and head.pos_ in {"VERB", "AUX"}:
            # the subject of the stopping verb is its doer, not what is stopped
            return t.dep_ != "nsubj"
        if t.dep_ in {"nsubj", "ccomp"}:
            return False  # only a clause the stopping verb itself governs
        t = head
    return False


def called_for(token: Token) -> bool:
    """True when the trigger is the act a call asks for: "called for the assassination of X"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.lower() in CALLS
    if token.dep_ == "dobj":
        return head.lemma_.lower() in CALLS and head.lemma_.lower() != "call"
    if token.dep_ == "conj":
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return first.i != token.i and called_for(first)
    return False


# Verbs whose object is an act still to come: "were preparing a protest", "planned an attack".
PLANNING_VERBS = frozenset({"plan", "prepare", "plot", "schedule"})


def planned(token: Token) -> bool:
    """True when the trigger is the act someone plans or prepares: "arrested while they were
    preparing a protest", "cadres plotting an attack on the base": the act has not happened."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "planning a march and a sit-in"
    if first.dep_ == "dobj" and first.head.lemma_.lower() in PLANNING_VERBS:
        return True
    # "had planned to provoke riots", "plotted to carry out bombings": the act is the object of
    # the infinitive a planning verb governs, as far off as the planned act itself; not when the
    # planning verb has an object of its own, whose purpose the infinitive tells ("scheduled a
    # strike to protest the attack": the attack took place)
    verb, planner = first.head, first.head.head
    if (first.dep_ == "dobj" and verb.dep_ == "xcomp" and planner.i != verb.i
            and planner.lemma_.lower() in PLANNING_VERBS
            and not any(c.dep_ == "dobj" for c in children(planner))):
        return True
    # the parser reads "a cell planning bombings" as a compound noun: the -ing word still plans
    return any(c.dep_ == "compound" and c.i == first.i - 1 and c.lower_ in _PLANNING_FORMS
               for c in children(first))


# The -ing forms of PLANNING_VERBS, which the parser may tag as a noun before the act planned.
_PLANNING_FORMS = frozenset({"planning", "plotting", "preparing", "scheduling"})


def in_conditional(token: Token) -> bool:
    """True when a clause opened by "if" or "unless" holds the trigger, at any depth."""
    for anc in (token, *ancestors(token)):
        # only an adverbial clause: "asked if", "not clear if" ask whether, and suppose nothing
        if anc.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in children(anc)
        ):
            return True
    return False


# Auxiliaries that make a clause a forecast or a supposition.
_FORECAST_AUX = frozenset({"could", "would", "might", "may", "will", "'ll", "shall"})


# Marks of a condition or a time still to come: "if the bombardment continues", "once the
# withdrawal is complete", "until the troops leave".
_TIME_MARKS = frozenset({"if", "once", "when", "until", "till", "before", "after"})


def _supposed_time(clause: Token) -> bool:
    """A condition or time clause in the present tense on a clause that looks ahead (a modal, a
    threat or a pledge): "threatened to strike Israeli cities if the bombardment continues",
    "would stop attacks once the withdrawal is complete". English tells a future condition in
    the present, so its deed is supposed ("after gunmen killed five" is past: a deed)."""
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in children(clause)):
        return False
    if clause.tag_ not in {"VBZ", "VBP"} and not any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in children(clause)):
        return False
    head = clause.head
    return any(c.dep_ == "aux" and c.lower_ in _FORECAST_AUX for c in children(head)) \
        or intended(head)


def supposed_consequence(token: Token) -> bool:
    """ "warned that fighting could resume if the talks collapse", "clashes would break out
    unless the cattle are returned": a modal clause whose condition is supposed tells no deed;
    nor does the condition "unless" sets ("unless Kenya withdraws its troops")."""
    # the clause's own deed: its verb, subject or object ("if the bombardment continues"); a
    # deed named deeper is one the supposition speaks of ("if officers are tried for the
    # assassination of six Jesuits")
    clause = token.head if token.dep_ in {"nsubj", "nsubjpass", "dobj"} else token
    if clause.dep_ == "advcl" and (any(c.dep_ == "mark" and c.lower_ == "unless"
                                       for c in children(clause)) or _supposed_time(clause)):
        return True
    verb = next((a for a in (token, *ancestors(token)) if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    kids = list(children(verb))
    return any(c.dep_ == "aux" and c.lower_ in _FORECAST_AUX for c in kids) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"}
                                  for m in children(c)) for c in kids)


def verbal_attack(token: Token) -> bool:
    """True when an attack word is listed with words of speech: "criticisms and attacks", or
    "toned down her speeches ..., but sharpened her attacks against the ruling party"."""
    if token.lemma_.lower() not in {"attack", "assault"} or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.lemma_.lower() in SPEECH_NOUNS for c in token.conjuncts):
        return True
    if token.dep_ != "dobj":
        return False
    # the parallel clause's object: "curbed his criticisms ..., but stepped up his attacks"
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS
        for verb in token.head.conjuncts
        for c in children(verb)
    )


def _sides(token: Token) -> list[Token]:
    """Who clashed: the verb's subjects and 'with' objects, or the noun's 'between' and 'with'
    objects ("clashes between the minister and the governor"), with their conjuncts."""
    preps = [c for c in children(token) if c.dep_ == "prep" and c.lower_ in {"with", "between"}]
    sides = [o for p in preps for o in children(p) if o.dep_ == "pobj"]
    if token.pos_ in {"VERB", "AUX"}:
        sides += [c for c in children(token) if c.dep_ == "nsubj"]
    return sides + [c for s in sides for c in s.conjuncts]


def verbal_clash(token: Token) -> bool:
    """True when a clash is one of words: "senators clashed angrily in parliament over the bill",
    "the two candidates clashed in a televised debate", "clashed verbally": every side is a
    speaker by office or the clash has a speaking venue or manner, and no blow, weapon or
    casualty is named ("MPs clashed physically, throwing chairs" stays a fight)."""
    if token.lemma_.lower() != "clash":
        return False
    if any(t.lemma_.lower() in _BODILY or t.lower_ in _BODILY for t in token.sent):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "verbally" for c in children(token)):
        return True
    sides = _sides(token)
    if sides and all(s.lemma_.lower() in SPEAKING_ROLES for s in sides):
        return True
    if any(s.pos_ == "NOUN" and s.lemma_.lower() not in SPEAKING_ROLES for s in sides):
        return False  # "protesters clashed with police at the summit": crowds and forces fight
    venue = [o for p in children(token) if p.dep_ == "prep" and p.lower_ in {"in", "on", "during",
                                                                             "at"}
             for o in children(p) if o.dep_ == "pobj" and o.lemma_.lower() in SPEAKING_VENUES]
    return bool(venue)


def not_asserted(token: Token) -> bool:
    """True when the trigger is prevented, called for or supposed (see the module doc)."""
    return prevented(token) or called_for(token) or in_conditional(token)


def free_choice(token: Token) -> bool:
    """True for a deed named with "no" or "any" ("no attacks were reported", "any attack on our
    positions will be answered", "any attempt to storm the parliament would be resisted",
    "any effort to bomb the plants"): whatever deed there might be, the report tells none done."""
    noun = token
    if token.pos_ in {"VERB", "AUX"} and token.dep_ in {"acl", "xcomp"} \
            and token.head.pos_ == "NOUN":
        noun = token.head  # the infinitive of an attempt or an effort
    return noun.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "det" and c.lower_ in {"no", "any"} for c in children(noun))


def class_of_events(token: Token) -> bool:
    """True for "the murder of activists", "the bombing of civilians": a definite event noun whose
    victims are a bare plural names a kind of act, not one incident ("the murder of six priests",
    "the murder of the activists" name one)."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.tag_ == "NNS":
        return False
    # "the abduction and killing of rural teachers": the 'of' hangs on the last item
    for noun in (token, *token.conjuncts):
        for prep in children(noun):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                victims = [o for o in children(prep) if o.dep_ == "pobj"]
                if victims and all(_bare_plural(v) for v in victims):
                    return True
    return False


def bare_kind(token: Token, family: str) -> bool:
    """True for a crime noun with no article, possessive, number, modifier or object: "practices
    like kidnapping", "kidnapping is an industry", "accused of murder" name a kind of crime,
    not one incident ("the kidnapping", "a murder", "the murder of the mayor" name one)."""
    if family not in CRIME_FAMILIES or token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    if token.dep_ in {"compound", "amod"}:
        return False  # a modifier is read by not_a_deed.kind_modifier
    return not any(c.dep_ in {"det", "poss", "nummod", "amod", "compound", "prep", "acl", "relcl",
                              "nmod", "appos"} for c in children(token))


def _bare_plural(noun: Token) -> bool:
    # a plural name ("the bombing of the Philippines" parsed without its article) is one place
    return noun.ent_type_ not in {"GPE", "LOC", "FAC", "ORG"} and is_unmarked_plural(noun)


def shared_auxiliaries(verb: Token) -> tuple[set[str], str]:
    """The auxiliaries and clause role a conjoined verb shares with the first verb of its list:
    "to track, board, seize or sink vessels" (sink: 'to', a complement), "will
    attack and kill"; a verb with auxiliaries or a subject of its own keeps them."""
    own = {c.lower_ for c in children(verb) if c.dep_ in {"aux", "auxpass"}}
    if own or verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(verb)):
        return own, verb.dep_
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return {c.lower_ for c in children(first) if c.dep_ in {"aux", "auxpass"}}, first.dep_


# Pronouns a relative clause turns into a description of people: "those who murdered the
# archbishop", "we are the ones who are being killed".
_DESCRIBED_PEOPLE = frozenset({"those", "ones", "anyone", "anybody", "whoever", "everyone",
                               "everybody"})


def people_by_deed(token: Token) -> bool:
    """True when a relative clause names people by what they did or suffer, not an incident:
    "disputes between those who murdered the archbishop and ...", "we are the ones who are
    being killed" (the deed, if news, is told elsewhere in its own words)."""
    return token.dep_ == "relcl" and token.pos_ in {"VERB", "AUX"} \
        and token.head.lower_ in _DESCRIBED_PEOPLE


_NOW = frozenset({"now", "currently", "still", "today", "tonight"})


def characterizes(token: Token) -> bool:
    """True when a relative clause in the simple present describes what someone does, not an
    incident: "the gangs that rob travellers on the highway", "a government that bombs its
    people". The progressive is left alone: "herders who are fighting over the wells" is
    mostly news of something going on; the present perfect progressive with no date is a campaign
    ("the gang, which has been fighting a rival gang for control of the area")."""
    if token.dep_ != "relcl" or token.pos_ not in {"VERB", "AUX"}:
        return False
    kids = children(token)
    if any(c.lower_ in _NOW for c in token.subtree):
        return False
    if token.tag_ == "VBG" and _perfect_progressive(kids) \
            and not any(t.ent_type_ in {"DATE", "TIME"} for t in token.subtree):
        return True  # "the gang, which has been fighting a rival gang for control": a campaign
    return token.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in kids)


def _perfect_progressive(kids: list[Token]) -> bool:
    """ "has been fighting", "have been attacking": the auxiliaries of a long-running activity."""
    auxes = {c.lower_ for c in kids if c.dep_ == "aux"}
    return "been" in auxes and bool(auxes & {"has", "have", "had"})

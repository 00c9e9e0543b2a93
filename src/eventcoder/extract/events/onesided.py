"""Whether a battle is a one-sided attack on a target or armed sides fighting each other.

ACLED files both under Battles ("Armed clash"): "rebels attacked the garrison" and "troops and
rebels clashed". GTD (and MUC-4) record only the first, an attack: a non-state perpetrator
strikes a place or people ("guerrillas attacked the air force headquarters", "an attack against
the police station", "urban commandos dynamited the garrison"). Fighting between formations
("clashed with troops", "attacked army positions", "heavy fighting"), and the state's own
operations ("the army attacked rebel camps"), are acts of war, not attacks: such a battle has no
GTD attack type. A murder, an assassination, a kidnapping or a massacre is one-sided by its name,
whoever did it: a "battle" told with such a word is an attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.extract.roles import kind_of, sides
from eventcoder.nlp.doc_cache import children, doc_sents

# Words that tell of both sides fighting: a battle, whoever began it.
MUTUAL_LEMMAS = frozenset({
    "clash", "fight", "fighting", "battle", "skirmish", "combat", "firefight", "gunfight",
    "shootout", "shoot-out", "encounter", "engage", "engagement", "confrontation", "exchange",
    "infighting", "kia", "hostility", "harassment", "harass", "offensive", "war",
})
# One side striking: the words that can make a one-sided attack.
STRIKE_LEMMAS = frozenset({
    "attack", "assault", "raid", "storm", "ambush", "overrun", "dynamite", "bomb", "bombing",
    "blast", "explosion", "explode", "detonate", "burn", "torch", "machinegun", "strafe",
    "shoot", "fire",
})
# Deeds no one does in a fight between armed sides: a murder, an assassination, a kidnapping or
# a massacre has a doer and a victim, so a "battle" told with these words is an attack ("a group
# of unidentified men killed the colonel's wife ... the murder", "was found murdered").
ONE_SIDED_DEEDS = frozenset({
    "murder", "assassinate", "assassination", "kidnap", "kidnapping", "abduct", "abduction",
    "massacre",
})
# Fighting formations and their ground: hitting these is combat, not an attack on a target.
FORMATION_LEMMAS = frozenset({
    "troop", "soldier", "unit", "patrol", "position", "column", "detachment", "platoon", "squad",
    "company", "force", "army", "battalion", "contingent", "rebel", "guerrilla", "combatant",
    "fighter", "insurgent", "militant", "enemy", "camp", "stronghold", "bastion", "trench",
})


# "fought with the army", "clashes between troops and rebels": both sides named as parties.
_MUTUAL_PREPS = frozenset({"with", "between", "involving"})


# Objects of light verbs that name no target: "attacks took place", "fighting took part".
_NO_TARGET = frozenset({"place", "part", "toll", "life", "lives", "casualty"})


def _targets(token: Token) -> list[Token]:
    return [t for t in sides(token).targets
            if t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() not in _NO_TARGET]


def _modifiers(token: Token) -> list[Token]:
    return [c for c in children(token) if c.dep_ in {"compound", "amod", "nmod", "poss"}]


def _state(tokens: list[Token]) -> bool:
    return any(kind_of(t, True) == "state" for t in tokens)


def _formation(target: Token) -> bool:
    """ "army positions", "a military convoy of troops", "rebel camps": a fighting body."""
    return target.lemma_.lower() in FORMATION_LEMMAS


def one_sided(m: TriggerMention) -> bool:
    """True when this mention tells of a non-state actor (named or not) striking a target that is
    no fighting formation: "rebels attacked the X garrison", "an attack against the headquarters";
    or of a deed one-sided by its very name, whoever did it (``ONE_SIDED_DEEDS``)."""
    tok = m.token
    lemma = tok.lemma_.lower()
    fought_with = [p for c in children(tok) if c.dep_ == "prep" and c.lower_ in _MUTUAL_PREPS
                   for p in children(c) if p.dep_ == "pobj"]
    if lemma in ONE_SIDED_DEEDS:
        return not fought_with
    if lemma in MUTUAL_LEMMAS or lemma not in STRIKE_LEMMAS:
        return False
    sd = sides(tok)
    perps = list(sd.perpetrators)
    if tok.pos_ in {"NOUN", "PROPN"}:
        perps += [c for c in _modifiers(tok) if kind_of(c, True) in {"armed", "state"}]
    if _state(perps) or fought_with:
        return False  # the state's operation, or a fight "with"/"between" sides
    targets = _targets(tok)
    return bool(targets) and not any(_formation(t) for t in targets)


def battle_is_attack(mentions: list[TriggerMention]) -> bool:
    """True when some mention of a battle tells of a one-sided attack (see module doc)."""
    return any(one_sided(m) for m in mentions if m.entry.strong)


# Words that say a charge went off: the explosion happened, whatever was defused beside it.
DETONATION_LEMMAS = frozenset({"explode", "explosion", "blast", "detonate", "detonation"})
# ... unless by accident, which ACLED files as a strategic development ("exploded prematurely").
ACCIDENT_WORDS = frozenset({"premature", "prematurely", "accidental", "accidentally", "accident",
                            "mishandle", "mishandling"})


def went_off(mentions: list[TriggerMention]) -> bool:
    """True when a mention says a device exploded ("a bomb exploded in a restaurant, and a
    second device was deactivated"): no reading may make the incident a defused device."""
    for m in mentions:
        tok = m.token
        # "blew herself up", "blew up the bridge": the phrasal verb is a detonation too
        blown_up = tok.lemma_.lower() == "blow" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in children(tok))
        if tok.lemma_.lower() not in DETONATION_LEMMAS and not blown_up:
            continue
        if any(c.dep_ == "neg" for c in children(tok)) or tok.tag_ in {"VB", "VBG"}:
            continue  # "did not explode", "to explode", "before exploding"
        if any(t.lemma_.lower() in ACCIDENT_WORDS for t in tok.sent):
            continue  # "the mine they were laying went off early"
        return True
    return False


def strikes_civilians(m: TriggerMention) -> bool:
    """True when a mention tells of a strike, by anyone, on people or property that fight no one:
    "gunmen hurled grenades at a petrol station", "troops attacked union offices"."""
    tok = m.token
    lemma = tok.lemma_.lower()
    if not m.entry.strong or lemma in MUTUAL_LEMMAS or m.family == "battle":
        return False
    targets = _targets(tok)
    return bool(targets) and all(
        not _formation(t) and kind_of(t, False) not in {"state", "armed"} for t in targets
    )


# Nouns for people counted without saying who they were: "at least three people were killed".
_ANYONE = frozenset({"people", "person", "persons", "individual", "individuals"})


def bare_toll(m: TriggerMention) -> bool:
    """True for a passive count of the dead or hurt that names no doer and no kind of victim
    ("At least three people were killed, according to a hospital source"): the toll of the
    incident the text just told, not a strike of its own on civilians."""
    tok = m.token
    # "were killed", and the verbless "17 people killed" of a headline or a reported count
    # (a participle with no "have": "had killed" is active)
    reduced = tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in children(tok))
    if tok.pos_ != "VERB" or not (reduced or any(c.dep_ == "auxpass" for c in children(tok))):
        return False
    if sides(tok).perpetrators or any(c.dep_ == "agent" for c in children(tok)):
        return False
    targets = _targets(tok)
    return bool(targets) and all(t.lemma_.lower() in _ANYONE for t in targets)


def fights(m: TriggerMention) -> bool:
    """True when a mention tells of armed sides fighting ("clashes", "attacked army positions")."""
    if m.family == "battle" or m.token.lemma_.lower() in MUTUAL_LEMMAS:
        return True
    return any(_formation(t) for t in _targets(m.token))


# A note this short tells one incident (99.9% of ACLED's training notes have at most 6
# sentences): only a longer report, a war bulletin, tells fights and strikes apart.
SHORT_NOTE_SENTENCES = 6


def other_kind_of_violence(earlier: list[TriggerMention], cluster: list[TriggerMention]) -> bool:
    """True when, in a long report, one of two groups of mentions tells of a fight and the other
    of a strike on civilians or their property: two incidents of a war report, not one."""
    if len(doc_sents(cluster[0].token.doc)) <= SHORT_NOTE_SENTENCES:
        return False
    return (any(fights(m) for m in earlier)
            and any(strikes_civilians(m) and not bare_toll(m) for m in cluster)
            and not any(fights(m) for m in cluster)) or \
        (any(fights(m) for m in cluster) and any(strikes_civilians(m) for m in earlier)
         and not any(fights(m) for m in earlier))

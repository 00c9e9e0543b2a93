"""Weapons named as goods, not used: what is seized, found, traded, stored or counted in a haul.

"soldiers seized 26 mortars and 83 rocket launchers", "a shipment of arms, including
surface-to-air missiles", "they supplied rifles to the rebels", "14 mortar tubes", "expecting a
delivery of 250 hand grenades", "40 kilogrammes of explosives were seized": the weapon word names
hardware that changes hands or lies in stock, not an attack with it ("fired mortars at the
airport", "carried out a mortar attack" stay deeds).

Devices that may have been planted (bombs, mines, explosives, grenades) count as goods only
when seized, traded or stored: a bomb that was *found* is an attempted attack, left to the rules
of attempts (``extract/events/attempts.py``); for the other arms, finding, carrying or listing
them ("the cache included rifles") is also no attack.

One helper for what were three checks with three verb lists (hardware nouns in the events'
causes, seizures among the named deeds, goods in ``not_a_deed``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.lexicon import cues
from eventcoder.nlp.doc_cache import children

# Arms that are carried, traded or seized far more than they are planted.
ARMS = frozenset({
    "mortar", "missile", "rocket", "launcher", "rifle", "gun", "machinegun", "pistol",
    "carbine", "shotgun", "artillery", "ammunition", "weapon", "arm", "bazooka", "firearm",
    "cannon",
})
# Verbs of taking, trading, holding or making goods: their weapon object is hardware, whatever
# the weapon ("seized 40 kg of explosives", "smuggled grenades", "sold rockets to the militia").
HANDLING_VERBS = frozenset({
    "seize", "recover", "confiscate", "capture", "impound", "intercept", "surrender", "collect",
    "smuggle", "traffic", "possess", "stockpile", "hand", "cache", "retrieve", "supply", "ship",
    "deliver", "sell", "buy", "purchase", "acquire", "import", "export", "manufacture", "store",
    "transport", "equip", "provide",
    "contain",  # "the hideout contained three homemade bombs": a stock listed, whatever the arm
})
# Verbs that make a device harmless: "deminers defused a landmine", "located and deactivated two
# IEDs", "neutralised an explosive charge": the device names what was disarmed (ACLED: disrupted
# weapons use), no blast, whatever the device.
DISARMING_VERBS = frozenset({
    "defuse", "deactivate", "dismantle", "neutralise", "neutralize", "disarm", "disable",
})
# Verbs of showing a weapon as a threat: "threatening staff with guns and explosives",
# "brandishing grenades": shown, not set off.
THREAT_VERBS = frozenset({"threaten", "intimidate", "menace", "brandish"})
# Verbs of finding, carrying or listing: goods for arms, but a device found may have been
# planted ("police found a bomb under the bridge" is an attempted bombing).
FINDING_VERBS = frozenset({"find", "discover", "hide", "carry", "receive", "include"})
# Nouns of a stock or a trade of goods: "a shipment of arms", "rocket launchers", "a cache".
GOODS_NOUNS = frozenset({
    "shipment", "cache", "arsenal", "supply", "delivery", "sale", "stock", "stockpile",
    "consignment", "cargo", "quantity", "amount", "possession", "transfer", "smuggling", "haul",
    "launcher", "depot", "factory", "crate", "box", "load", "tube", "seizure",
})
# Bombs, shells, grenades and other munitions (data/event_cues.yaml).
MUNITIONS = frozenset(cues()["munitions"])
# Ammunition a weapon word may modify: "mortar rounds", "rifle cartridges".
AMMUNITION = frozenset({"round", "shell", "bullet", "cartridge", "magazine", "clip"})
# Every weapon noun the check reads: arms, munitions and their ammunition.
WEAPON_NOUNS = ARMS | MUNITIONS | AMMUNITION | {
    "dynamite", "submachinegun", "kalashnikov", "ak-47", "handgun", "landmine", "explosive",
}
# Verbs and prepositions that put hardware to use: "fired rockets from launchers".
_USING = frozenset({"fire", "use", "launch", "shoot", "employ", "with", "by"})
# How far up a list of goods ("rifles, 26 mortars and 8 machineguns") the walk may climb.
_MAX_HOPS = 8


def _goods_verb(verb: Token, arms: bool) -> bool:
    """A verb whose object is goods; "carry out a mortar attack" is no carrying of goods
    ("handed over their rifles" still is)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in {"VERB", "AUX"} or any(
            c.dep_ == "prt" and c.lower_ == "out" for c in children(verb)):
        return False
    # "located and deactivated two IEDs": the parse hangs the object on the first verb only
    if any(_disarmed(v) for v in (verb, *verb.conjuncts)):
        return True
    return lemma in HANDLING_VERBS or lemma in THREAT_VERBS or (arms and lemma in FINDING_VERBS)


def _threatened_with(prep: Token, governor: Token) -> bool:
    """ "threatening staff with guns": the parse may hang "with" on the people threatened."""
    return prep.lower_ == "with" and governor.dep_ == "dobj" \
        and governor.head.lemma_.lower() in THREAT_VERBS


def _disarmed(verb: Token) -> bool:
    """A device made harmless, told as done ("defused", "was deactivated"); "killed while
    trying to defuse an IED", "died defusing a mine" tell a device that went off."""
    return verb.lemma_.lower() in DISARMING_VERBS and verb.tag_ in {"VBD", "VBN"} \
        and verb.head.lemma_.lower() not in {"try", "attempt", "seek"}


def _in_use(noun: Token) -> bool:
    """ "fired rockets from launchers", "attacked with rifles from the cache": hardware used."""
    governor = noun.head
    while governor.dep_ == "conj" and governor.head.i != governor.i:
        governor = governor.head
    return noun.dep_ in {"dobj", "pobj", "conj"} and governor.lemma_.lower() in _USING


def _word(token: Token) -> str:
    """The noun's singular ("BAZOOKAS" the parser took for a name reads as "bazooka")."""
    lemma = token.lemma_.lower()
    if lemma == token.lower_ and lemma.endswith("s") and lemma[:-1] in WEAPON_NOUNS:
        return lemma[:-1]
    return lemma


def weapon_as_goods(token: Token) -> bool:
    """True when a weapon noun names goods seized, traded, stored or counted, not a weapon used
    (see the module doc)."""
    word = _word(token)
    if token.pos_ not in {"NOUN", "PROPN"} or word not in WEAPON_NOUNS:
        return False  # "information on the assassination" is no goods a verb provides
    arms = word in ARMS
    node = token
    for _ in range(_MAX_HOPS):
        lemma = node.lemma_.lower()
        if node.i != token.i and lemma in GOODS_NOUNS and not _in_use(node):
            return True  # "mortar tubes", "a shipment of grenades"
        dep, head = node.dep_, node.head
        if head.i == node.i:
            return False
        if dep in {"conj", "appos"} and head.pos_ in {"VERB", "AUX"}:
            # "It carried missiles, a cannon, grenades ...": the parse tied the list's last item
            # to the verb itself
            return _goods_verb(head, arms)
        if dep in {"conj", "appos"}:
            node = head
        elif dep in {"compound", "nmod", "amod"}:
            # "a mortar attack" is a deed; only a weapon or a stock may carry the weapon word
            if head.lemma_.lower() not in ARMS | GOODS_NOUNS | AMMUNITION:
                return False
            node = head
        elif dep == "pobj":
            governor = head.head
            if governor.lemma_.lower() in GOODS_NOUNS and not _in_use(governor):
                return True
            if head.lower_ in {"including", "like", "as"} or (
                    head.lower_ == "of" and governor.pos_ in {"NOUN", "NUM"}):
                node = governor  # "40 kilogrammes of explosives", "arms, including missiles"
            elif _goods_verb(governor, arms) or _threatened_with(head, governor):
                return True  # "equipped with rifles", "found in a box"
            else:  # "weapons for the rebels: 24 missiles; 21 grenades; a cannon"
                return head.lower_ not in _USING and _inventory(node)
        elif dep in {"dobj", "nsubjpass"}:
            return _goods_verb(head, arms)
        else:
            return dep not in {"nsubj", "pobj", "dobj"} and _inventory(node)
    return False


# Weapons listed this many kinds at a time, with no verb of use over them, are an inventory.
INVENTORY_ITEMS = 3
_INVENTORY_WORDS = ARMS | AMMUNITION | MUNITIONS | {"submachinegun", "explosive", "equipment"}


def _inventory(node: Token) -> bool:
    """ "two rifles; pistols, RPG launchers, 82 mm mortars, hand grenades":
    a list of several kinds of weapon that no verb governs (a seizure's list the parse cut off
    from its verb) names hardware, not weapons used."""
    if node.pos_ not in {"NOUN", "PROPN"}:
        return False  # a verb the list hangs on may be one of using them ("fired rockets, ...")
    items = [node, *(c for c in node.subtree if c.dep_ in {"conj", "appos"})]
    kinds = {t.lemma_.lower() for t in items if t.lemma_.lower() in _INVENTORY_WORDS}
    return len(kinds) >= INVENTORY_ITEMS

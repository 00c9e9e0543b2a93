"""Readings of generic actor nouns that need the parse around them.

- a government word as the modifier of an armed noun is the state's military ("a regime
  sniper", "a government checkpoint", "regime bulldozers"), as ACLED codes it;
- coordinated nationalities name one force each ("French and Malian
  troops on patrol" → the military of France and the military of Mali).
"""

from __future__ import annotations

import re
from typing import Any

from eventcoder.geoparser.countries import country_name
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, overlaps
from eventcoder.resolve.actors.nationality import token_nation

# Nouns of armed men, arms and military posts that a government word may modify.
ARMED_NOUNS = {"sniper", "soldier", "troop", "checkpoint", "position", "post", "outpost",
               "bulldozer", "tank", "artillery", "aircraft", "warplane", "helicopter", "drone",
               "militia", "convoy", "patrol", "column", "base", "barrack", "vehicle", "jet",
               "shelling", "airstrike", "gunboat", "force", "unit", "officer", "guard",
               # what an army does: "repulsed a government attack", "a regime offensive"
               "attack", "offensive", "assault", "bombardment", "raid",
               # its men and units, owned as well as modified: "a regime's fighter", "the
               # regime's 5th Brigade", "the government's Military Intelligence" (not "division"
               # or "corps": "the government's fraud division", "its press corps")
               "fighter", "militiaman", "lieutenant", "colonel", "sergeant", "commander",
               "brigade", "battalion", "regiment", "intelligence"}


def _cited_information(noun: Any) -> bool:
    """'according to government intelligence', 'citing regime intelligence', 'based on ...
    intelligence': the information a report cites, not the service that acts."""
    prep = noun.head
    if noun.dep_ == "dobj":
        return prep.lemma_.lower() == "cite"
    return noun.dep_ == "pobj" and (
        (prep.lower_ == "to" and prep.head.lower_ == "according")
        or (prep.lower_ == "on" and prep.head.lower_ == "based"))


def government_arm(head: Any) -> bool:
    """True if a government word modifies or owns an armed noun ("regime sniper", "the
    regime's fighter jets")."""
    noun = head.head
    if head.dep_ not in {"compound", "amod", "nmod", "poss"} or noun.i == head.i:
        return False
    lemma = noun.lemma_.lower()
    return lemma in ARMED_NOUNS and not (lemma == "intelligence" and _cited_information(noun))


# Police work: unnamed "security forces" who arrest, detain or disperse a crowd are the police
# (acled_train.jsonl: in such notes "security forces" are "Police Forces of X" 6 times, the
# military 3 times; in all other notes the military 24 times, the police 6). So are "the
# authorities" doing it: ACLED codes arrests as the police's (acled_train.jsonl: the arresting
# actor of 21 of 25 arrests is the police, never a government; "Kenyan authorities have
# arrested ..." → Police Forces of Kenya) and crowd control likewise.
_POLICING_VERBS = {"arrest", "detain", "disperse", "apprehend"}
# "fired tear gas", "used rubber bullets", "turned water cannon on them": crowd control
_CONTROL_VERBS = {"use", "fire", "lob", "shoot", "spray", "turn", "deploy"}
_CONTROL_MEANS = {"gas", "teargas", "tear-gas", "bullet", "cannon", "baton", "truncheon",
                  "canister"}


def _policing_verb(verb: Any) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _POLICING_VERBS:
        return True
    return lemma in _CONTROL_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CONTROL_MEANS for c in verb.children)


def _deed_verbs(verb: Any) -> list[Any]:
    """The verb and those that carry on its subject's deed without a subject of their own
    ("met the leaders and later lobbed tear gas to scatter them"), a few steps deep."""
    out = [verb]
    for v in out:
        if len(out) > 8:
            break
        out.extend(c for c in v.children
                   if c.dep_ in {"xcomp", "conj", "advcl"} and c.pos_ == "VERB"
                   and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))
    return out


def policing_deed(head: Any, whole_deed: bool = False) -> bool:
    """True if the forces or authorities named by ``head`` are the subject (or the by-agent)
    of an arrest, a detention or a dispersal ("security forces arrested ...", "were detained by
    security forces"); with ``whole_deed``, of crowd control or of any verb carrying on their
    deed ("the authorities met the leaders and later fired tear gas at the crowd"). Forces
    who "beat and arrested" students did more than police them, so the whole deed is read only
    for the authorities, whom no violence makes soldiers."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif head.dep_ != "nsubj":
        return False
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if not whole_deed:
        return verb.lemma_.lower() in _POLICING_VERBS
    return any(_policing_verb(v) for v in _deed_verbs(verb))


def coordinated_countries(mods: list[Any], head: Any = None) -> list[str]:
    """Every country a noun's nationality modifiers name, coordinated ones included
    ("Turkish and Russian forces" → TR, RU), in text order."""
    codes: list[str] = []
    lead = [] if head is None else _misparsed_lead(head)
    for t in lead + mods:
        for c in [t, *t.conjuncts]:
            code = token_nation(c)
            if code and code not in codes:
                codes.append(code)
    return codes


def _misparsed_lead(head: Any) -> list[Any]:
    """The first nationality of "Kyrgyz and Tajik border guards", which the parse makes the
    head of the coordination, with the force noun as its conjunct: [Kyrgyz], or []."""
    lead = head.head
    if head.dep_ != "conj" or lead.i >= head.i or lead.pos_ not in {"PROPN", "ADJ"}:
        return []
    if any(c.dep_ not in {"cc", "conj", "punct"} for c in lead.children):
        return []  # "Kyrgyz officials and Tajik guards": the first word heads its own phrase
    return [lead] if token_nation(lead) else []


def coordinated_force_hits(doc: Any, hits: list[Hit]) -> list[Hit]:
    """The other nation of "Turkish and Russian forces" when one side is a known force
    ("Russian forces"): the coordinated nationality names its own military."""
    spec = actor_kb.terms()["classes"]["military"]
    spans = [(h.start, h.end) for h in hits]
    out: list[Hit] = []
    for h in hits:
        if h.kind != "state forces":
            continue
        span = doc.char_span(h.start, h.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            for c in t.conjuncts:
                code = token_nation(c)
                if not code or not token_nation(t) or code == h.country \
                        or overlaps(c.idx, c.idx + len(c), spans):
                    continue
                label = actor_kb.class_label("military", country_name(code))
                out.append(Hit(c.idx, c.idx + len(c), c.text, f"term:military:{code}", label,
                               spec["kind"], label, code, cls="military"))
                spans.append((c.idx, c.idx + len(c)))
    return out


STATE_CLASSES = {"military", "police", "security", "government"}
# Modifiers that make an armed noun a group's fighters ("guerrilla commandos", "rebel units").
_INSURGENT_WORDS = {"guerrilla", "guerilla", "urban", "rebel", "terrorist", "insurgent",
                    "subversive", "militant", "separatist", "secessionist", "jihadist",
                    "opposition"}
# "Russian-backed forces", "Iran-backed forces": someone's proxies, not the forces of the state
# where they fight; "rebel forces", "separatist forces": the fighters of a group
_PROXY_WORDS = {"backed", "sponsored", "supported"}
# "former police officers", "ex-soldiers": no longer the state's forces
_FORMER = {"former", "ex", "ex-", "retired", "dismissed", "demobilised", "demobilized"}


# Soldiers in mutiny stay the state's soldiers ("mutinous troops"), which ACLED labels "Mutiny
# of Military Forces of <country>" (resolve.actors.mutiny). "Rebel soldiers" are mutineers only
# where the text tells of a mutiny or a coup: elsewhere they are often a rebel army's fighters.
MUTINY_WORDS = frozenset({"mutinous", "mutinying", "mutineering", "renegade"})
REBEL_WORDS = frozenset({"rebel", "rebellious", "rebelling"})
MUTINY_TOLD = re.compile(r"\b(?:mutin\w*|coup|putsch)\b", re.IGNORECASE)
SOLDIER_NOUNS = frozenset({"soldier", "troop"})


def mutiny_modifiers(text: str) -> frozenset[str]:
    """The modifiers that make soldiers mutineers in this text."""
    return MUTINY_WORDS | REBEL_WORDS if MUTINY_TOLD.search(text) else MUTINY_WORDS


def not_the_state(cls: str, mods: list[Any], head_lemma: str = "",
                  mutineers: frozenset[str] = frozenset()) -> bool:
    """A state-force noun whose modifiers say its men are not the state's forces."""
    insurgent = [t for t in mods if t.lemma_.lower() in _INSURGENT_WORDS]
    if head_lemma in SOLDIER_NOUNS and all(t.lower_ in mutineers for t in insurgent):
        insurgent = []  # "rebel soldiers" in a mutiny: the army's own men
    if cls in {"military", "security"} and (insurgent or any(t.lower_ in _PROXY_WORDS for t in mods)
                                            or any(_led_by_no_state(t) for t in mods)):
        return True  # "urban guerrilla commandos", "separatist forces": a group's fighters
    return cls in STATE_CLASSES and any(t.lower_ in _FORMER for t in mods)


def _led_by_no_state(token: Any) -> bool:
    """'Kurdish-led forces', 'Druze-led fighters': led by a people, not a state ('Saudi-led
    forces' are the Saudi state's)."""
    if token.lower_ != "led" or token.i < 2 or token.doc[token.i - 1].text != "-":
        return False
    leader = token.doc[token.i - 2]
    return leader.text[:1].isupper() and token_nation(leader) is None


def state_reading(cls: str, mods: list[Any], head: Any, text: str,
                  has_named_group: bool) -> str | None:
    """The class a force noun keeps: its own, "uag" for a group's fighters the text does not
    name ("separatist forces shelled ..."), or None when it is no actor of its own (a named
    group's fighters, former police officers)."""
    if not not_the_state(cls, mods, head.lemma_.lower(), mutiny_modifiers(text)):
        return cls
    if has_named_group or any(t.lower_ in _FORMER for t in mods):
        return None
    return "uag"

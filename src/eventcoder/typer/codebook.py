"""Rules of the ACLED codebook that the wording of one clause does not carry.

- Looting/property destruction is coded "where no other form of violence is reported": a note
  whose looters also kill people ("gang members looted shops ... At least 18 people were
  killed") reports an attack on civilians, and is typed Violence against civilians / Attack; a
  death that set the looting off ("burnt a car after a crash that killed a rider") is none.
- A killing "in a shootout / gunfight / firefight / exchange of fire / gun battle with" an armed
  party happened in an armed clash: the deaths of a fight are Battles / Armed clash, not a
  one-sided attack ("police killed eight people in a shootout with drug traffickers"). A death
  whose fight names no side ("a reporter was killed in a shootout") is left as typed.
- A device that went off by mishap or under control (``extract.events.mishaps``: "the mine
  they were planting exploded prematurely", "blown up in a controlled explosion") is
  disrupted weapons use when no one but its handlers was hurt. The training notes hold few such
  reports, and the model reads the deaths or the explosive words as an attack or an explosion:
  the rules' reading is given back (the sentences count no victim other than fighters).
- An arrest of people a clause describes by their own protest ("arrested 45 young people who
  tried to march to parliament") is a protest with intervention; a named person arrested amid
  or after protests ("arrested X amid protests over the election") is an arrest
  (``typer.arrested_protesters``).
- An arrest whose detainee is beaten, tortured or killed in custody is an attack
  (``typer.custody``).
- Property destroyed with no one hurt, where the sentences name a crowd or a demonstration and
  no state or armed doer ("a clinic was set alight after a march"), is a riot
  (``extract.events.crowd_property``): of the 21 training notes whose trigger rules' looting
  reading it turns into a riot, 11 are Riots and 2 Strategic developments (the other 8 are
  neither). It runs after the model, so the model's features stay
  the rules' reading: fed to the model instead, it moved Riots to Protests elsewhere (the
  2020 dev file lost 11 "rioters blocked the road" notes when the typer was retrained on it).
- A protest the police "did not intervene" in, with no act against it told, is a peaceful
  protest (``typer.no_intervention``), however many officers were deployed.
- A battle or an explosion told only with a crowd's stones or petrol bombs, no armed group, gun
  or device, is a riot (``typer.crowd_weapons``).
- An attack on people whose doers are only a crowd (villagers, residents, a mob, community
  members) and whose sentences name no armed group, gun or explosive is mob violence
  (``mob_attack``): the codebook's Riots / Mob violence. The trigger rules read it as violence
  against civilians (ACLED's coding before its 2019 codebook); of the acled_train notes where a
  mob or an angry crowd beats, lynches or kills, 205 are Riots / Mob violence and 7 attacks.
- A fight the trigger rules read as a riot (no armed or military side) that the model reads as a
  battle stays a riot when its sentences name no gun, shooting, explosive or armed group
  (``typer.unarmed_fight``): battles are fights of organised armed groups.
- A crowd's wrecking the rules read as a violent demonstration stays one when the model reads
  mob violence and the crowd is a political following or the property a seat of power
  (``extract.events.political_crowd``): the model learnt mob violence from "residents" and
  "youths" wrecking shops, with no word for whose crowd it was.
- A mob-violence riot whose crowd throws things at or fights the police or troops as a body,
  hurting no one else, is a violent demonstration (``typer.riot_at_forces``); a riot whose fight
  is two crowds clashing with each other, no force a side, is mob violence
  (``typer.crowds_clash``).
- A protest whose crowd storms, breaks into, burns or wrecks property, in any tense and whoever
  of the crowd did it, is a violent demonstration (``typer.wrecking_crowd``); storming to voice
  a demand, burning a symbol and a deed only threatened stay protests, as ACLED codes them.
- Captives freed are a release (Strategic developments / Other), a person unseen since being
  taken a forced disappearance (``typer.captives``).
- A riot or attack whose deed is the forces' deadly fire on protesters (their barricades or
  blockades aside; not a crowd that threw missiles or set fire) is excessive force against
  protesters (``typer.lethal_fire``).

The rules read the event's own sentences (a short note: all of it), never a dev line's words.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Document, Event
from eventcoder.extract.accidents import NON_VIOLENT_CAUSES
from eventcoder.extract.counts.find import find_in_span
from eventcoder.extract.events.crowd_deeds import crowd_did_violence
from eventcoder.extract.events.crowd_property import crowd_property_typing
from eventcoder.extract.events.mishaps import disrupted_by_mishap
from eventcoder.extract.events.political_crowd import demonstrative
from eventcoder.extract.events.sides import incident_sides, named_side
from eventcoder.extract.events.thieves import only_thieves
from eventcoder.extract.roles import phrase_tokens
from eventcoder.nlp.doc_cache import children, doc_sents, span_text
from eventcoder.typer.aircraft import AIR_STRIKE, aircraft_doers
from eventcoder.typer.arrested_protesters import arrested_protesting, named_arrest_in_setting
from eventcoder.typer.barricade import ABDUCTION, barricade_hostages
from eventcoder.typer.captives import RELEASE, disappeared, released_captives
from eventcoder.typer.claimed_arson import claimed_destruction
from eventcoder.typer.crowd_arrest import crowd_held_people
from eventcoder.typer.crowd_control import crowd_control_type
from eventcoder.typer.crowd_types import EXCESSIVE, INTERVENTION, MOB, PEACEFUL, VIOLENT_DEMO
from eventcoder.typer.crowd_weapons import crowd_weapon_riot
from eventcoder.typer.crowds_clash import crowds_clashed
from eventcoder.typer.custody import abused_in_custody
from eventcoder.typer.lethal_fire import lethal_fire_on_protest
from eventcoder.typer.no_intervention import left_alone
from eventcoder.typer.riot_at_forces import attack_thrown_at_forces, riot_at_forces
from eventcoder.typer.unarmed_fight import names_arms, unarmed_battle
from eventcoder.typer.wrecking_crowd import crowd_wrecked

LOOTING = ("Strategic developments", "Looting/property destruction")
ATTACK = ("Violence against civilians", "Attack")
ARMED_CLASH = ("Battles", "Armed clash")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
# Nouns of an exchange of fire between two armed sides.
FIGHT_NOUNS = {"shootout", "shoot-out", "gunfight", "firefight", "gunbattle", "battle",
               "crossfire", "exchange", "skirmish", "clash", "clashes", "confrontation"}
_FIGHT_PREPOSITIONS = {"in", "during", "amid"}
# A death told after these words came before the deed it explains.
_BEFORE_PREPOSITIONS = {"after", "following"}


def _sentences(document: Document, event: Event, short: bool) -> list[Any]:
    sents = doc_sents(document.spacy_doc)
    wanted = range(len(sents)) if short else event._sentences
    return [sents[i] for i in wanted if 0 <= i < len(sents)]


def death_told_as_cause(token: Any) -> bool:
    """The death lies in an 'after ...' phrase or clause (what set the deed off: "burnt a car
    after a crash that killed a colleague") or is an accident's or a disaster's."""
    for node in (token, *token.ancestors):
        if node.dep_ == "prep" and node.lower_ in _BEFORE_PREPOSITIONS:
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BEFORE_PREPOSITIONS
                                        for c in children(node)):
            return True
        if node.lemma_.lower() in NON_VIOLENT_CAUSES:
            return True
    return False


def looting_with_deaths(document: Document, event: Event, short: bool) -> bool:
    """A looting event whose sentences report people killed (attackers aside) in it."""
    if (event.event_type, event.sub_event_type) != LOOTING:
        return False
    doc = document.spacy_doc
    for sent in _sentences(document, event, short):
        for finding in find_in_span(sent):
            if finding.kind == "fatalities" and not finding.perpetrator \
                    and (finding.quantity.best or 0) >= 1 \
                    and not (0 <= finding.cue < len(doc) and death_told_as_cause(doc[finding.cue])):
                return True
    return False


def _fight_phrase(verb: Any) -> bool:
    """'in a shootout with ...', 'during an exchange of fire': the verb happened in a fight whose
    sides the text names (the killer as the verb's subject, or the other side after 'with').
    'A reporter was killed in a shootout' names neither: a bystander's death, left as typed."""
    active = any(c.dep_ == "nsubj" for c in children(verb))
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.lower_ not in _FIGHT_PREPOSITIONS:
            continue
        for noun in children(prep):
            if noun.dep_ != "pobj" or noun.lower_ not in FIGHT_NOUNS or (
                    noun.lower_ == "exchange" and not any(c.lower_ == "fire" for c in noun.subtree)):
                continue
            if active or any(c.lower_ in ("with", "between") for c in children(noun)):
                return True
    return False


def killed_in_a_fight(document: Document, event: Event) -> bool:
    """A one-sided attack whose trigger verb happened in a fight with an armed side."""
    if (event.event_type, event.sub_event_type) != ATTACK or document.spacy_doc is None:
        return False
    doc = document.spacy_doc
    for start, end in event._mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) and _fight_phrase(span.root):
            return True
    return False


def codebook_type(document: Document, event: Event, short: bool) -> tuple[str, str, str] | None:
    """(event type, sub-event type, reason) the codebook gives where the typing is off, or None."""
    if looting_with_deaths(document, event, short):
        return (*ATTACK, "the looters also killed people: the codebook codes the violence")
    if killed_in_a_fight(document, event):
        return (*ARMED_CLASH, "the killing happened in an exchange of fire: an armed clash")
    if arrested_protesting(event):
        return (*INTERVENTION, "the people arrested were protesting: a protest with intervention")
    if crowd_held_people(event):
        return (*MOB, "a crowd, no state or armed group, held the people: mob violence")
    if named_arrest_in_setting(event):
        return ("Strategic developments", "Arrests",
                "a named person arrested amid or after protests, not at one: an arrest")
    if abused_in_custody(document, event, short):
        return (*ATTACK, "the people arrested were abused in custody: violence against them")
    if barricade_hostages(event):
        return (*ABDUCTION, "people held hostage in a building the group seized: no territory")
    if mishap_kept(document, event, short):
        return (*DISRUPTED, "the device went off by mishap or under control, hurting no one else")
    if claimed_destruction((event.event_type, event.sub_event_type), document.text):
        return (*LOOTING, "a burning or wrecking someone claims, no crowd and no one hurt")
    if theft_kept(event):
        return (*LOOTING, "the doers are thieves, no crowd: a theft, not a riot")
    if (riot := crowd_riot(document, event)) is not None:
        return (*riot, "a crowd destroyed property and no one was hurt: a riot")
    sents = _sentences(document, event, short)
    own = [span_text(s) for s in sents]
    if released_captives(event, sents):
        return (*RELEASE, "the people taken were freed: a release, not the abduction")
    if disappeared(event, sents):
        return (*ABDUCTION, "the person taken has not been seen since: a forced disappearance")
    if lethal_fire_on_protest((event.event_type, event.sub_event_type), sents):
        return (*EXCESSIVE, "the forces fired on the protesters and killed: excessive force")
    if (policed := crowd_controlled(document, event, short)) is not None:
        return (*policed, "tear gas, rubber bullets or shots in the air on a gathering: a protest")
    if crowd_wrecked((event.event_type, event.sub_event_type), sents):
        return (*VIOLENT_DEMO, "the crowd stormed, burned or wrecked property: a demonstration")
    if mob_attack(event, own):
        return (*MOB, "a crowd, no state or armed group, hurt people: mob violence")
    if (event.event_type, event.sub_event_type) == INTERVENTION and left_alone(own):
        return (*PEACEFUL, "the report says the authorities let the protest be")
    if crowd_weapon_riot(event.event_type, own):
        return (*VIOLENT_DEMO, "a crowd's stones or petrol bombs, no armed group: a riot")
    if attack_thrown_at_forces((event.event_type, event.sub_event_type), sents) \
            and not names_arms(" ".join(own)):
        return (*VIOLENT_DEMO, "missiles thrown at the forces, no gun or armed group: a riot")
    rules_type, rules_sub = rules_reading(event)
    if aircraft_doers(event, (rules_type, rules_sub)):
        return (*AIR_STRIKE, "warplanes, jets or drones struck: an air/drone strike")
    if unarmed_battle(event.event_type, rules_type, own):
        return (str(rules_type), str(rules_sub or VIOLENT_DEMO[1]),
                "no armed side, gun or explosive is told: the fight is the rules' riot")
    if crowds_clashed((event.event_type, event.sub_event_type), sents):
        return (*MOB, "two crowds clashed with each other, no force a side: mob violence")
    if demonstration_kept(document, event, short):
        return (*VIOLENT_DEMO, "a political following or a seat of power: a demonstration")
    if riot_at_forces((event.event_type, event.sub_event_type), sents):
        return (*VIOLENT_DEMO, "the crowd threw things at or fought the forces: a demonstration")
    return None


def demonstration_kept(document: Document, event: Event, short: bool) -> bool:
    """The rules read a violent demonstration and the model mob violence, where the crowd is a
    political following or wrecked a seat of power (``extract.events.political_crowd``)."""
    incident = getattr(event, "_incident", None)
    if (event.event_type, event.sub_event_type) != MOB or rules_reading(event) != VIOLENT_DEMO \
            or incident is None:
        return False
    lemmas = [t.lemma_.lower() for s in _sentences(document, event, short) for t in s]
    perps, targets, _parties = incident_sides(list(incident.mentions))
    return demonstrative(perps, lemmas, targets)


def crowd_riot(document: Document, event: Event) -> tuple[str, str] | None:
    """The riot typing of a looting event whose own sentences tell of a crowd's destruction."""
    incident = getattr(event, "_incident", None)
    if (event.event_type, event.sub_event_type) != LOOTING or incident is None:
        return None
    return crowd_property_typing(list(incident.mentions), _sentences(document, event, False))


def crowd_controlled(document: Document, event: Event, short: bool) -> tuple[str, str] | None:
    """The protest typing of an attack that is the state's crowd control of a gathering."""
    incident = getattr(event, "_incident", None)
    if (event.event_type, event.sub_event_type) != ATTACK or incident is None:
        return None
    mentions = list(incident.mentions)
    # "fired into the crowd, killing two people": the killing verb tells a death as 'died' does
    killed = any(m.family == "death" or m.token.lemma_.lower() == "kill" for m in mentions)
    return crowd_control_type(mentions, _sentences(document, event, short), killed)


def theft_kept(event: Event) -> bool:
    """The model read a riot where the rules read looting whose only doers are thieves."""
    incident = getattr(event, "_incident", None)
    return event.event_type == "Riots" and rules_reading(event) == LOOTING \
        and incident is not None and only_thieves(incident.mentions)


def rules_reading(event: Event) -> tuple[str | None, str | None]:
    """The event and sub-event type the trigger rules read, before the model."""
    rules = (event.typing or {}).get("rules") or {}
    return rules.get("event_type"), rules.get("sub_event_type")


def mishap_kept(document: Document, event: Event, short: bool) -> bool:
    """The rules read a mishap's disrupted weapons use and the model another type."""
    incident = getattr(event, "_incident", None)
    if rules_reading(event) != DISRUPTED or incident is None \
            or (event.event_type, event.sub_event_type) == DISRUPTED:
        return False
    return disrupted_by_mishap(list(incident.mentions), _sentences(document, event, short))


def mob_attack(event: Event, sentences: list[str]) -> bool:
    """An attack on people whose doers are an anonymous crowd ("angry villagers beat two
    officials") and whose sentences name no armed group or gun (a militia's, a gunman's or a
    party's named youths' attack stays one)."""
    incident = getattr(event, "_incident", None)
    if (event.event_type, event.sub_event_type) != ATTACK or incident is None:
        return False
    mentions = list(incident.mentions)
    if not crowd_did_violence(mentions) or names_arms(" ".join(sentences)):
        return False
    # "ZANU-PF youths", "Dinka youths": a party's or a people's named men are its militia
    return not any(named_side(p) or any(t.ent_type_ in {"ORG", "NORP"} for t in _naming_words(p))
                   for p in incident_sides(mentions)[0])


# Prepositions that place a crowd ("villagers in Colomi (Cochabamba)"): the place, which the
# tagger may read as an organisation, names no one the crowd belongs to ("youths of the party").
_PLACING = frozenset({"in", "at", "near", "around", "outside", "from", "across"})


def _naming_words(head: Any) -> list[Any]:
    """The doer's phrase without the phrases that only place it."""
    phrase = phrase_tokens(head)
    placed = {t.i for c in phrase if c.dep_ == "prep" and c.lower_ in _PLACING for t in c.subtree}
    return [t for t in phrase if t.i not in placed]

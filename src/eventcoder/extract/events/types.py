"""ACLED event/sub-event type, GTD attack type and weapons for one incident.

The decision follows the ACLED Codebook's definitions: an explosion or air/drone strike is
Explosions/Remote violence; two armed, organised sides fighting is Battles; an organised armed
actor hitting unarmed people is Violence against civilians; a demonstration is Protests (or Riots
when the demonstrators are violent); arrests, looting, agreements and the like are Strategic
developments.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventcoder.extract.events.attempts import attempted_bombing
from eventcoder.extract.events.crowd_deeds import (
    crowd_did_violence,
    demonstrators_violent,
    told_before,
)
from eventcoder.extract.events.named_deeds import grievance
from eventcoder.extract.events.onesided import battle_is_attack
from eventcoder.extract.events.political_crowd import demonstrative, only_forces_hurt
from eventcoder.extract.events.reciprocal import reciprocal_deed
from eventcoder.extract.events.sides import crowd_side, named_side
from eventcoder.extract.events.territory import territory_typing
from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.extract.events.unreached import reached_families
from eventcoder.extract.events.violence_evidence import (
    Violence,
    anyone_hurt,
    side_kinds,
    violence_evidence,
)
from eventcoder.extract.lexicon import phrase_hits, roles, weapon_words
from eventcoder.extract.roles import sides
from eventcoder.nlp.doc_cache import span_tokens
from eventcoder.weights import word_sets

VIOLENT = {"violence", "battle", "explosion", "air", "shelling", "suicide", "grenade", "abduction",
           "sexual", "territory_lost", "territory_regained", "death", "looting"}
DEMO = {"protest", "riot", "mob"}
SD = {"arrest", "disrupted", "agreement", "change", "base", "transfer", "sd_other"}

_SD_SUB = {
    "arrest": "Arrests",
    "disrupted": "Disrupted weapons use",
    "agreement": "Agreement",
    "change": "Change to group/activity",
    "base": "Headquarters or base established",
    "transfer": "Non-violent transfer of territory",
    "sd_other": "Other",
    "looting": "Looting/property destruction",
}


def super_family(family: str) -> str:
    """Group families that describe one kind of incident: V (violence), P (demonstration), or itself."""
    if family in VIOLENT:
        return "V"
    if family in DEMO:
        return "P"
    return family


@dataclass
class Typing:
    """The typed result for one incident."""

    event_type: str | None = None
    sub_event_type: str | None = None
    gtd_attack_type: str | None = None
    weapons: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)


def incident_weapons(mentions: list[TriggerMention], sents: list[Span]) -> list[str]:
    """GTD weapon types named by the triggers or by weapon words in the incident's sentences."""
    found: list[str] = []
    for m in mentions:
        for w in m.entry.weapons:
            if w not in found:
                found.append(w)
    for sent in sents:
        lemmas = [t.lemma_.lower() for t in span_tokens(sent)]
        lowers = [t.lower_ for t in span_tokens(sent)]
        if "tear" in lowers and "gas" in lowers:
            lowers = [w for w in lowers if w != "gas"]
        unbombed = _without_incendiary_bombs(lemmas), _without_incendiary_bombs(lowers)
        for wtype, words in weapon_words():
            # "petrol bombs" name an incendiary, not the explosive "bomb" inside them
            seen = (lemmas, lowers) if wtype == INCENDIARY else unbombed
            if wtype not in found and phrase_hits(words, *seen):
                found.append(wtype)
    return found


INCENDIARY = "Incendiary"
# Words that make the "bomb" after them a hand-thrown incendiary (GTD Codebook 2021, weapon type
# Incendiary: "petrol bomb", "Molotov bomb", "fire bomb").
_INCENDIARY_LEADS = frozenset({"petrol", "fire", "gasoline", "molotov", "incendiary"})


def _without_incendiary_bombs(words: list[str]) -> list[str]:
    """The words with each incendiary's "bomb" blanked out."""
    return ["" if i and w in {"bomb", "bombs"} and words[i - 1] in _INCENDIARY_LEADS else w
            for i, w in enumerate(words)]


def _demo_typing(mentions: list[TriggerMention], sents: list[Span], t: Typing) -> Typing:
    words = roles()
    # the words of a grievance ("protesting the killing of a student by police") tell of the
    # deed protested, not of how the protest went
    own = [tok for s in sents for tok in s if not grievance(tok)]
    lemmas = [tok.lemma_.lower() for tok in own]
    lowers = [tok.lower_ for tok in own]
    fams = {m.family for m in mentions}
    # "a crowd beat a man": no peaceful protest; "had blocked streets" after the lead: before it
    violent = ("riot" in {m.family for m in mentions if not told_before(m.token, sents)}
               or demonstrators_violent(sents, words["violent_demo"])
               or crowd_did_violence(mentions))
    intervention = bool(phrase_hits(words["intervention"], lemmas, lowers)) or "arrest" in fams
    lethal = bool(phrase_hits(words["excessive_force"], lemmas, lowers))
    state_acts = any(
        "state" in side_kinds(sides(m.token).perpetrators, True) for m in mentions
    ) or bool({"police", "soldier", "security", "army", "troop"} & set(lemmas))
    hurt = bool(word_sets("violence_typing")["mob_hurt_lemmas"] & set(lemmas))
    if "mob" in fams and not {"protest"} & fams:
        # a mob beating or killing a person: ACLED codes the rioters' attack as VAC
        if hurt:
            t.event_type, t.sub_event_type = "Violence against civilians", "Attack"
            t.gtd_attack_type = "Unarmed Assault"
            return t
        t.event_type, t.sub_event_type = "Riots", "Mob violence"
    elif lethal and state_acts and not violent:
        t.event_type, t.sub_event_type = "Protests", "Excessive force against protesters"
    elif violent and not fams & {"protest", "riot"} and not state_acts:
        # crowds fighting, no demo; a following's or a seat of power's wrecking is one
        perps = [p for m in mentions for p in sides(m.token).perpetrators]
        t.event_type, t.sub_event_type = "Riots", _crowd_riot(perps, lemmas, hurt)
    elif violent:
        t.event_type, t.sub_event_type = "Riots", "Violent demonstration"
    elif intervention and state_acts:
        t.event_type, t.sub_event_type = "Protests", "Protest with intervention"
    else:
        t.event_type, t.sub_event_type = "Protests", "Peaceful protest"
    t.weapons = []
    return t


def _remote_or_territory(v: Violence) -> tuple[str, str] | None:
    """Air/drone strikes, bombs and shelling; fights over territory."""
    fams = v.fams
    explosive = {"explosion", "grenade"} & fams
    if (explosive or fams & {"suicide"}) and v.mishap:
        return "Strategic developments", "Disrupted weapons use"  # no one was attacked
    if fams & {"air"} or (v.by_air and not fams & {"battle"}):
        return "Explosions/Remote violence", "Air/drone strike"
    if fams & {"suicide"}:
        return "Explosions/Remote violence", "Suicide bomb"
    if fams & {"shelling"}:
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    if explosive and v.assault and v.armed_target:
        return "Battles", "Armed clash"  # a bomb within an armed attack
    if fams & {"grenade"}:
        return "Explosions/Remote violence", "Grenade"
    if fams & {"explosion"}:
        return "Explosions/Remote violence", "Remote explosive/landmine/IED"
    return territory_typing(fams, v.perps, v.lemmas, v.lowers)


# Military words that name the state's own forces, not an armed group fighting them.
STATE_MILITARY_WORDS = frozenset({"troop", "soldier", "army", "military"})


# The fight itself as a subject ("fighting killed 20 people"): no side of it.
_FIGHT_NOUNS = frozenset({"fighting", "fight", "clash", "battle", "combat", "skirmish", "gunfight",
                          "firefight", "violence", "hostility"})


def _battle_typing(v: Violence) -> tuple[str, str]:
    """A fight: armed sides clash (Battles), demonstrators fight police, or a mob fights."""
    sides_kinds = v.pk | v.tk
    fighters = v.perps + v.parties
    fighter_kinds = side_kinds(fighters, False) | v.pk
    military = set(v.lemmas) & word_sets("violence_typing")["military_words"]
    if "state" in sides_kinds and not fighter_kinds & {"armed"} and any(
            crowd_side(f) for f in fighters):
        # soldiers fighting a crowd of protesters or residents are the state side of a riot,
        # not a second armed side: only an armed group's words make such a fight a battle
        military -= STATE_MILITARY_WORDS
        fighter_kinds = fighter_kinds | {"civilian"}  # "looters", "a mob": no kind of their own
    if "armed" in sides_kinds or military or "armed" in v.lowers:
        return "Battles", "Armed clash"
    if fighter_kinds & {"civilian", "protest"} and "state" in sides_kinds | v.unit_kinds:
        return "Riots", "Violent demonstration"
    if not [f for f in fighters if f.lemma_.lower() not in _FIGHT_NOUNS] \
            and v.tk <= {"civilian"} and not v.pk - {"civilian"}:
        # "Heavy fighting in Darfur killed 20 people": the dead are the fight's toll, no side of
        # it; a fight with no side named is an armed clash, as ACLED codes unattributed fighting
        return "Battles", "Armed clash"
    if sides_kinds and sides_kinds <= {"civilian", "protest"}:
        if any(named_side(f) for f in fighters) \
                or phrase_hits(roles()["communal"], v.lemmas, v.lowers):
            return "Battles", "Armed clash"  # communal militias
        return "Riots", "Mob violence"
    return "Battles", "Armed clash"


# A shooting word that names an exchange of fire: a clash when an armed side is named and no
# victim; "a photographer was killed in a shootout" names no side, a bystander's death.
_EXCHANGES = frozenset({"shootout", "shoot-out"})


def _crowd_riot(perps: list[Token], lemmas: list[str], hurt: bool,
                targets: list[Token] | None = None) -> str:
    """A crowd's riot: a violent demonstration when, hurting no one but the forces it fights, it
    acts politically."""
    if (not hurt or only_forces_hurt(targets or [])) and demonstrative(perps, lemmas, targets):
        return "Violent demonstration"
    return "Mob violence"


def _attack_typing(v: Violence) -> tuple[str, str]:
    """One side hits another: force on protesters, abduction, mob, clash, sexual violence, looting."""
    fams, tk = v.fams, v.tk
    hurt = anyone_hurt(v)
    if "protest" in tk and v.pk & {"state"}:
        if not hurt and phrase_hits(roles()["intervention"], v.lemmas, v.lowers):
            return "Protests", "Protest with intervention"  # tear gas, no one hurt
        return "Protests", "Excessive force against protesters"
    if fams & {"abduction"}:
        return "Violence against civilians", "Abduction/forced disappearance"
    if v.crowd_perp and not (tk & {"civilian"}):
        return "Riots", _crowd_riot(v.perps, v.lemmas, hurt, v.targets)
    if v.armed_target and not v.targeted and not v.off_duty:
        return "Battles", "Armed clash"
    if fams & {"sexual"}:
        return "Violence against civilians", "Sexual violence"
    if v.crowd_perp and "looting" in v.all_fams and not hurt and not tk & {"state", "armed"}:
        # students or residents wrecking property: a riot (ACLED mob violence)
        return "Riots", _crowd_riot(v.perps, v.lemmas, hurt)
    if v.lemmas_m & _EXCHANGES and (tk | v.pk | v.unit_kinds) & {"state", "armed"} \
            and not tk & {"civilian", "protest"}:
        return "Battles", "Armed clash"  # "a shootout between the army and a militant"
    if "looting" in v.all_fams and not hurt:
        # robbed, looted or destroyed without anyone hurt: property, not people
        return "Strategic developments", "Looting/property destruction"
    if fams <= {"looting", "death"} and "looting" in fams and not v.burnt_people:
        return "Strategic developments", "Looting/property destruction"
    return "Violence against civilians", "Attack"


def _violence_typing(mentions: list[TriggerMention], sents: list[Span], t: Typing) -> Typing:
    v = violence_evidence(mentions, sents)
    typed = _remote_or_territory(v)
    if typed is None:
        # "attacked each other": both sides are doers, a fight whatever the verb
        fight = v.fams & {"battle"} or reciprocal_deed(mentions)
        typed = _battle_typing(v) if fight else _attack_typing(v)
    t.event_type, t.sub_event_type = typed
    return t

# When several GTD attack types fit, the first of these wins.
GTD_PRECEDENCE = ["Hijacking", "Hostage Taking (Kidnapping)", "Bombing/Explosion", "Assassination",
                  "Facility/Infrastructure Attack", "Armed Assault", "Unarmed Assault"]


def gtd_attack_type(mentions: list[TriggerMention], t: Typing, tokens: list[Token]) -> None:
    """Fill the event's GTD attack type and weapons from its trigger mentions."""
    if t.event_type in {"Protests", "Riots"} or (
        t.event_type == "Strategic developments"
        and t.sub_event_type != "Looting/property destruction"
    ):
        t.gtd_attack_type = None
        if t.sub_event_type == "Disrupted weapons use" and attempted_bombing(mentions):
            t.gtd_attack_type = "Bombing/Explosion"  # GTD records the unsuccessful attempt
        if t.sub_event_type == "Other" and any(m.family == "abduction" for m in mentions):
            # captives released (typer/captives.py): GTD files the outcome under its kidnapping
            t.gtd_attack_type = "Hostage Taking (Kidnapping)"
        return
    if t.event_type == "Battles" and not (t.sub_event_type == "Armed clash"
                                          and battle_is_attack(mentions)):
        t.gtd_attack_type = None
        t.notes["gtd_attack_type"] = "armed sides fighting each other: no one-sided attack"
        return
    hints = [m.entry.gtd for m in mentions if m.entry.gtd]
    order = GTD_PRECEDENCE
    if t.event_type == "Explosions/Remote violence":
        t.gtd_attack_type = "Bombing/Explosion"
    elif t.sub_event_type == "Abduction/forced disappearance":
        t.gtd_attack_type = next(
            (h for h in hints if h in order[:2]), "Hostage Taking (Kidnapping)"
        )
    else:
        ranked = sorted(set(hints), key=order.index)
        if "Firearms" in t.weapons or "Melee" in t.weapons:
            ranked = [
                h for h in ranked if h not in {"Unarmed Assault", "Facility/Infrastructure Attack"}
            ] or ["Armed Assault"]
        t.gtd_attack_type = ranked[0] if ranked else None
        if t.gtd_attack_type == "Unarmed Assault" and "Incendiary" in t.weapons:
            t.gtd_attack_type = "Facility/Infrastructure Attack"
    if t.gtd_attack_type is None:
        t.gtd_attack_type = "Armed Assault" if t.weapons else "Unknown"
        if not t.weapons:
            t.notes["gtd_attack_type"] = "the text does not say how the attack was carried out"


def type_incident(
    mentions: list[TriggerMention], sents: list[Span], sfam: str | None = None
) -> Typing:
    """Decide the ACLED/GTD typing of an incident from its trigger mentions and sentences."""
    t = Typing()
    # "youths set cars alight after police shot dead a teenager": the grievance is no deed here
    mentions = [m for m in mentions if not grievance(m.token)] or mentions
    fams = {m.family for m in mentions}
    strong = {m.family for m in mentions if m.entry.strong} or fams
    t.weapons = incident_weapons(mentions, sents)
    if strong & DEMO or sfam == "P":
        return _demo_typing(mentions, sents, t)
    if strong & VIOLENT or (fams & VIOLENT and not strong & SD):
        _violence_typing(mentions, sents, t)
        if t.event_type in {"Protests", "Riots"}:
            t.weapons = [w for w in t.weapons if w != "Firearms"] if t.event_type == "Riots" else []
        gtd_attack_type(mentions, t, [m.token for m in mentions])
        return t
    sd_order = ("arrest", "disrupted", "agreement", "base", "change", "transfer", "sd_other",
                "looting")
    told = reached_families(mentions)  # "discussed a truce", "no deal was signed": none made
    sd = next((f for f in sd_order if f in told), None)
    t.event_type = "Strategic developments"
    t.sub_event_type = _SD_SUB.get(sd or "", "Other")
    t.weapons = []
    gtd_attack_type(mentions, t, [])  # a defused device planted at a target: an attempt
    return t

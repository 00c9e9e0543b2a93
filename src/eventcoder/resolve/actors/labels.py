"""Stage 'actor_labels': each event actor's ACLED name as of the event date.

Runs after the event's date and place are known (after ``actor_countries``):

- state forces take the ruling period of their country on the event date ("Police Forces of
  Kenya" → "Police Forces of Kenya (2013-)"; see :mod:`periods`);
- de facto authorities are coded as the state branch they ran on that date (the Houthis'
  forces → "Military Forces of Yemen (2016-) Supreme Political Council"), and actors with a
  dated ACLED name take it ("Saudi-led coalition" → "Operation Restoring Hope");
- unattributed fire on a war's front line is between the two sides that hold the line
  (``fronts`` in ``data/actor_periods.yaml``);
- victims ACLED always names get "Civilians (<country>)" when the text names none (:mod:`victims`),
  foreign ones "Civilians (International)" (:mod:`foreign_victims`);
- a peace mission's national contingent outside the mission's country is its own military
  (:func:`branches.contingent_at_home`), and before ACLED's 2019 codebook a disruptive crowd is
  "Rioters" and a peaceful one "Protesters" (:mod:`crowds`); civilians doing a riot's deed are
  its crowd and a demonstration names no civilians (:mod:`crowd_doers`); the angry people an
  event's unnamed doer is are its rioters too (:mod:`angry_crowds`);
  the suspects a crowd attacks are civilians (:mod:`mob_victims`), and so are soldiers and police
  attacked off duty (:mod:`off_duty`); unnamed clans, communities or peoples fighting each other
  are that kind's unidentified militia, both sides (:mod:`rival_groups`), two peoples named as a
  battle's sides their ethnic militias (:mod:`people_clashes`), and a planted or
  thrown device nobody is named for is an unidentified armed group's (:mod:`device_doers`), and
  harm to a captive in a prison or custody its keeper's (:mod:`custodians`);
  unnamed aircraft are the means of the party named for the deed (:mod:`claimed_means`), and a
  group named only as the supposed owner of a device a strike aimed at is no target
  (:mod:`suspected_devices`);
  a party's supporters in a fight are "Rioters"
  (:mod:`party_crowds`), a crowd of foreigners is named by their nationality
  (:mod:`foreign_crowds`), a nation's people fighting are its rioters (:mod:`nation_crowds`),
  and prisoners take the label of their side (:mod:`prisoners`); forces and prisoners named only
  as a protest's crowd or its kin are no actor of it (:mod:`crowd_forces`);
- unnamed police and soldiers in Somaliland (and Puntland before 2019) are that authority's
  forces, and a mission contingent there its own country's military (:mod:`regional_forces`).

An event with no known place takes the country its police or parties name (:mod:`own_country`).

Document-level actors get the same names as of the article's date.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eventcoder.datafiles import load_data
from eventcoder.document import Document, Event, EventActor
from eventcoder.geoparser.countries import code_for_name, country_name, demonym_code
from eventcoder.registry import stage
from eventcoder.resolve.actors.alternatives import join_alternatives
from eventcoder.resolve.actors.angry_crowds import label_angry_crowds
from eventcoder.resolve.actors.branches import contingent_at_home, national_branch, shared_alias_at
from eventcoder.resolve.actors.claimed_means import drop_claimed_means
from eventcoder.resolve.actors.crowd_battles import retype_crowd_battle
from eventcoder.resolve.actors.crowd_doers import drop_protest_civilians, label_crowd_doers
from eventcoder.resolve.actors.crowd_forces import drop_crowd_forces
from eventcoder.resolve.actors.crowds import old_crowd_labels, old_peaceful_crowds
from eventcoder.resolve.actors.custodians import label_custodians
from eventcoder.resolve.actors.device_doers import add_device_doer
from eventcoder.resolve.actors.factions import faction_label
from eventcoder.resolve.actors.foreign_capture import retype_foreign_capture
from eventcoder.resolve.actors.foreign_crowds import label_foreign_crowds
from eventcoder.resolve.actors.foreign_victims import label_foreign_victims
from eventcoder.resolve.actors.found_devices import add_device_owner
from eventcoder.resolve.actors.heads_of_state import label_heads_of_state
from eventcoder.resolve.actors.land_disputes import label_land_disputes
from eventcoder.resolve.actors.mob_victims import label_mob_victims
from eventcoder.resolve.actors.mutiny import label_mutiny
from eventcoder.resolve.actors.nation_crowds import label_nation_crowds
from eventcoder.resolve.actors.off_duty import label_off_duty
from eventcoder.resolve.actors.old_ethnic_militias import old_ethnic_militias
from eventcoder.resolve.actors.own_country import label_from_own_actors
from eventcoder.resolve.actors.party_crowds import add_party_crowds
from eventcoder.resolve.actors.people_clashes import label_people_clashes
from eventcoder.resolve.actors.periods import (
    authority_label,
    dated_name,
    dated_state_label,
    unit_label,
)
from eventcoder.resolve.actors.prisoners import label_prisoners
from eventcoder.resolve.actors.regional_forces import label_regional_forces
from eventcoder.resolve.actors.rival_groups import label_rival_groups
from eventcoder.resolve.actors.same_label import merge_same_labels
from eventcoder.resolve.actors.suspected_devices import demote_supposed_owners
from eventcoder.resolve.actors.trained_labels import sub_clan_label
from eventcoder.resolve.actors.victims import add_implied_civilians

_FRONT_TYPES = {"Battles", "Explosions/Remote violence"}
# Event actors a front-line reading replaces: the placeholders added when no party is named.
_PLACEHOLDERS = re.compile(r"^(?:Unidentified Armed Group|Civilians)\b")


@dataclass(frozen=True)
class Front:
    """A war's front line and the two sides that hold it."""

    country: str
    since: str
    until: str | None
    cue: re.Pattern[str]
    sides: tuple[str, ...]


@functools.cache
def fronts() -> tuple[Front, ...]:
    """The front lines of data/actor_periods.yaml."""
    return tuple(
        Front(r["country"], str(r["since"]), str(r["until"]) if r.get("until") else None,
              re.compile(r["cue"], re.IGNORECASE), tuple(r["sides"]))
        for r in load_data("actor_periods.yaml").get("fronts") or []
    )


_POLICE_WORD = re.compile(r"\b(?:police|policemen|security)\b")
_GOVERNMENT_WORD = re.compile(r"\b(?:authorities|government|administration|officials|ministry)\b")


def _state_class(mention: str | None) -> str:
    """Which arm of a de facto authority a mention names ("Houthi police" → police)."""
    low = (mention or "").lower()
    if _POLICE_WORD.search(low):
        return "Police Forces"
    if _GOVERNMENT_WORD.search(low):
        return "Government"
    return "Military Forces"


def dated_acled_name(name: str, acled: str | None, day: str | None,
                     mention: str | None = None, where: str | None = None) -> str | None:
    """An actor's ACLED name on ``day`` for an event in country ``where``: authority branch,
    dated name or state period."""
    if not day:
        return acled
    authority = authority_label(name, day, _state_class(mention))
    if authority:
        return authority
    renamed = dated_name(name, day, where) or (dated_name(acled, day, where) if acled else None)
    if renamed:
        return renamed
    unit = unit_label(acled, mention, day) if acled else None
    if unit:
        return unit
    return dated_state_label(acled, day) if acled else acled


def _relabel(ea: EventActor, day: str | None, where: str | None, text: str) -> None:
    # the noun after a name says which arm is meant ("Houthi authorities", "Houthi police")
    after = re.match(r"\s*([\w-]+)", text[ea.end:ea.end + 30]) if ea.end else None
    mention = " ".join(x for x in (ea.mention, after.group(1) if after else None) if x)
    new = dated_acled_name(ea.name, ea.acled_name, day, mention or None, where)
    if new and new != ea.acled_name:
        # a period or branch added to the same label renames the actor; another entity's label
        # (the Taliban as Afghanistan's military after 2021) leaves the text's name standing
        if ea.name == ea.acled_name and new.startswith(ea.name.split(" (")[0]):
            ea.name = new
        ea.acled_name = new


_CONTINGENT = re.compile(r"([A-Z][a-z]+)(?:-|\s+)$")


def national_contingent(text: str, ea: EventActor) -> str | None:
    """The African Union mission in Somalia named with a nationality ("Burundian AMISOM troops",
    "Djibouti-AMISOM soldier") is that country's contingent: "AMISOM: ... (2007-) (Burundi)"."""
    label = ea.acled_name or ""
    # ACLED codes national contingents for the African Union's Somalia mission only (UN
    # peacekeepers stay the mission's): ACLED Codebook, actors.yaml's AMISOM entries.
    if ea.start is None or not label.startswith(("AMISOM", "ATMIS")):
        return None
    if re.search(r"\)\s*\([A-Z][^()]*\)$", label):
        return None  # already a contingent
    m = _CONTINGENT.search(text[max(0, ea.start - 30):ea.start])
    code = (demonym_code(m.group(1)) or code_for_name(m.group(1))) if m else None
    name = country_name(code)
    return f"{label} ({name})" if name else None


def _front_at(document: Document, event: Event, day: str | None) -> Front | None:
    if event.event_type not in _FRONT_TYPES or not day:
        return None
    code = event.location.country_code if event.location else None
    for front in fronts():
        if front.country == code and front.since <= day \
                and (front.until is None or day < front.until) and front.cue.search(document.text):
            return front
    return None


def add_front_sides(document: Document, event: Event, day: str | None) -> None:
    """Give unattributed fire on a front line its two sides ("the SMM observed 12 explosions
    near Zolote" → the Ukrainian military and the Donbas separatists' forces)."""
    front = _front_at(document, event, day)
    if front is None:
        return
    if any(not _PLACEHOLDERS.match(a.acled_name or a.name) for a in event.actors):
        return  # the text names a party: it decides
    event.actors = [a for a in event.actors if (a.acled_name or a.name).startswith("Civilians")]
    for side in front.sides:
        label = dated_state_label(side, day)
        event.actors.append(EventActor(name=label, acled_name=label, role="other"))
    event.notes.setdefault("actors", "fire on a front line: the two sides that hold it")


@stage("actor_labels")
def actor_labels_stage(document: Document) -> None:
    """Give event and document actors their ACLED names as of the event (article) date."""
    published = (document.article.published or "")[:10] or None
    for event in document.events:
        day = (event.date.start or "")[:10] or published
        where = event.location.country_code if event.location else None
        label_from_own_actors(document, event)
        for ea in event.actors:
            ea.name, ea.acled_name = shared_alias_at(ea, where) or (ea.name, ea.acled_name)
            ea.acled_name = national_branch(ea, where) or ea.acled_name
            ea.acled_name = contingent_at_home(ea, where) or ea.acled_name
            _relabel(ea, day, where, document.text)
            ea.acled_name = national_contingent(document.text, ea) or ea.acled_name
            ea.acled_name = faction_label(document.text, ea) or ea.acled_name
            ea.acled_name = sub_clan_label(ea.acled_name) or ea.acled_name
        label_heads_of_state(event, day, where)
        label_regional_forces(event, day)
        add_front_sides(document, event, day)
        join_alternatives(document.text, event)
        add_implied_civilians(document, event)
        label_foreign_victims(document.text, event)
        old_crowd_labels(document.text, event, day)
        label_crowd_doers(document.text, event, day)
        drop_protest_civilians(document.text, event, day)
        label_angry_crowds(document.text, event)
        label_mob_victims(document.text, event)
        label_off_duty(document.text, event)
        label_mutiny(document.text, event)
        label_people_clashes(document.text, event)
        label_rival_groups(document.text, event)
        label_land_disputes(document.text, event, day)
        drop_claimed_means(document, event)
        demote_supposed_owners(document.text, event)
        add_device_doer(document.text, event)
        add_device_owner(document.text, event)
        label_custodians(document.text, event, day)
        add_party_crowds(document, event)
        label_foreign_crowds(document.text, event)
        label_nation_crowds(document.text, event)
        label_prisoners(document.text, event)
        drop_crowd_forces(document, event)
        old_peaceful_crowds(document.text, event, day)
        old_ethnic_militias(event, day)
        merge_same_labels(event)
        retype_foreign_capture(event)
        retype_crowd_battle(document, event)
    for actor in document.actors:
        actor.acled_name = dated_acled_name(actor.name, actor.acled_name, published)

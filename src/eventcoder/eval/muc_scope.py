"""Which of a report's violent events MUC-4 counts as a terrorist incident: a diagnostic relevance
figure beside the eval README's (where any scored event makes a report relevant).

MUC-4 records terrorist acts against civilian, government or infrastructure targets that the
report tells as having happened; ACLED's types draw the line elsewhere, so this figure judges
by what was hit (the events stay in the output and in every other figure):

- combat: every known target is an armed force ("an FMLN unit ambushed a military convoy",
  "guerrillas attacked several military installations", "rebels overran an army post"). The
  eval README: "military clashes between army and guerrillas are not MUC-4 incidents". One
  civilian, official, building or other target among them makes it an incident again ("two
  people were killed in an attack on the army command post"), and an event whose target is not
  known is not judged here.
- a battle that hit non-combatants is an incident all the same: ACLED files "guerrillas and
  troops clashed in San Antonio; three stores were destroyed" or "a reporter was killed covering
  a skirmish" as an armed clash, but MUC-4 records what was done to the stores and the reporter.

Measured on the 1,600 MUC-4 dev reports (never fitted there): leaving combat out drops 17
unkeyed reports for 9 keyed ones; counting clashes that hit non-combatants adds 31 keyed reports
for 27 unkeyed ones (F1 0.781 → 0.792 against the README's figure). A third rule was measured and left out: a deed named with neither target nor date ("the
bombings in the cities") is as often a keyed incident as not (on the MUC-4 dev reports it would
drop 14 reports with a keyed incident for 14 without), so it does not decide relevance.
"""

from __future__ import annotations

from eventcoder.document import Event, EventActor

# GTD target types of armed forces (data/targets.yaml).
ARMED_TARGET_TYPES = frozenset({"Military", "Police"})
# ... and of every side that fights: hitting these is combat, hitting anything else is not.
COMBATANT_TARGET_TYPES = ARMED_TARGET_TYPES | {"Terrorists/Non-State Militia"}
# ACLED's names of a state's armed forces ("Military Forces of Peru (1985-1990)").
_ARMED_NAME_PREFIXES = ("military forces of", "police forces of")
_ARMED_NAME_WORDS = ("armed forces",)


def is_armed_forces(actor: EventActor) -> bool:
    """True for an actor named as a state's military or police forces."""
    for name in (actor.acled_name, actor.name):
        low = (name or "").lower()
        if low.startswith(_ARMED_NAME_PREFIXES) or any(w in low for w in _ARMED_NAME_WORDS):
            return True
    return False


def combat_only(event: Event) -> bool:
    """True when an event has known targets and every one of them is the military or police."""
    target_actors = [a for a in event.actors if a.role == "target"]
    if not event.targets and not target_actors:
        return False
    return all(t.category in ARMED_TARGET_TYPES for t in event.targets) \
        and all(is_armed_forces(a) for a in target_actors)


def hits_non_combatants(event: Event) -> bool:
    """True when some known target of an event is neither an armed force nor an armed group."""
    return any(t.category not in COMBATANT_TARGET_TYPES for t in event.targets)


def terrorist_incident(event: Event) -> bool:
    """True when a violent event is within MUC-4's scope: not combat against armed forces."""
    return not combat_only(event)

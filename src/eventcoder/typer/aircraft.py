"""A strike whose doers are aircraft is an air/drone strike, whatever the munition.

ACLED's codebook codes an attack by aircraft or drones as Explosions/Remote violence / Air/drone
strike, missiles fired from planes included; shelling, artillery and missile attacks are those
from the ground. The trigger rules read the doers ("Israeli warplanes struck a power station",
"a drone hit a market", "jets bombed the town") and type such a strike an air strike; the model,
reading words of another deed in the note ("the strikes answered missile launches by the
rebels"), may make it a missile attack. When the rules' air reading rests on the doers being
aircraft, it stands.
"""

from __future__ import annotations

from eventcoder.document import Event
from eventcoder.extract.events.sides import incident_sides
from eventcoder.extract.lexicon import phrase_hits, roles
from eventcoder.nlp.doc_cache import children

AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")
_REMOTE = "Explosions/Remote violence"


def aircraft_doers(event: Event, rules: tuple[str | None, str | None]) -> bool:
    """True when the rules read an air strike by aircraft doers and the model another remote
    violence sub-type."""
    incident = getattr(event, "_incident", None)
    if incident is None or rules != AIR_STRIKE or event.event_type != _REMOTE \
            or event.sub_event_type == AIR_STRIKE[1]:
        return False
    perps, _targets, _parties = incident_sides(list(incident.mentions))
    words = [w for p in perps for w in (p.lemma_.lower(), p.lower_)]
    words += [c.lower_ for p in perps for c in children(p)]
    return bool(phrase_hits(roles()["air_assets"], words, words))

"""A crowd of foreigners who protest or riot is named by their nationality.

ACLED names a demonstration's crowd after the people in it, not after the place: "Sudanese
refugees rioted at Kakuma camp" in Kenya is "Rioters (Sudan)", "Ethiopian refugees and asylum
seekers protested in Hargeysa" is "Protesters (Ethiopia)" (acled_train.jsonl: of the protests
and riots whose crowd is written with another nationality than the event country's, 8 are named
after that nationality; the others name the nationality of someone else, a victim or a detainee,
which the subject rule below leaves aside). The nationality must qualify the crowd that does the
protesting: "<demonym> [trade] <people noun> ... protested/rioted/marched".
"""

from __future__ import annotations

import re

from eventcoder.document import Event
from eventcoder.geoparser.countries import country_name, demonym_code

_PEOPLE = (r"(?:nationals|citizens|refugees|migrants|workers|lawyers|students|residents|"
           r"community|communities|diaspora|expatriates|asylum[- ]seekers|immigrants|protesters|"
           r"demonstrators|traders|drivers|truckers|doctors|nurses|teachers|farmers|fishermen|"
           r"women|youths?|activists|opposition\s+supporters)")
_CROWD_DEED = (r"(?:protest(?:ed|ing)?|demonstrat(?:ed|ing)|march(?:ed|ing)|rall(?:ied|ying)|"
               r"riot(?:ed|ing)|picket(?:ed|ing)|gathered|staged|held|clashed|blocked)")
# "Algerian lawyers protested in Tunis", "Somali residents of Eastleigh protest against ...":
# the demonym opens the crowd that is the subject of the protest verb (at most eight words on).
_FOREIGN_CROWD = re.compile(
    r"(?:^|[.;]\s+|\bOn\s+[^,]{3,30},\s+)(?:(?:some|about|around|over|dozens\s+of|hundreds\s+of|"
    r"\d+)\s+)?(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[a-z-]+\s+)?" + _PEOPLE
    + r"\b(?:\s+[\w,'’-]+){0,8}?\s+" + _CROWD_DEED + r"\b"
)
_CROWD_LABEL = re.compile(r"^(?P<kind>Protesters|Rioters) \((?P<c>[^()]+)\)$")


def crowd_nationality(text: str, home: str) -> str | None:
    """ISO2 of the nationality that opens a protesting crowd, when it is not ``home``'s."""
    for m in _FOREIGN_CROWD.finditer(text):
        code = demonym_code(m.group("dem"))
        if code and code != home:
            return code
    return None


def label_foreign_crowds(text: str, event: Event) -> None:
    """Name the protesters or rioters of a foreign crowd after its nationality."""
    if event.event_type not in {"Protests", "Riots"} or event.location is None:
        return
    home = event.location.country_code
    home_name = country_name(home) if home else None
    if not home_name:
        return
    code = crowd_nationality(text, home)
    name = country_name(code) if code else None
    if not name:
        return
    for a in event.actors:
        m = _CROWD_LABEL.match(a.acled_name or a.name)
        if m is None or m.group("c") != home_name:
            continue
        label = f"{m.group('kind')} ({name})"
        if a.name == a.acled_name or a.acled_name is None:
            a.name = label
        a.acled_name = label
        event.notes.setdefault("actors", f"a crowd of {name}'s nationals: named after them")
        return

"""A sitting head of state or government named with the title ("President Daniel Noboa signed a
decree", "Prime Minister X ordered the army in") acts as the state: the ACLED Codebook codes
the government's own acts under "Government of <country>", not under the person's name. A
former, late or opposition holder ("former president Castillo"), or the president of a party,
court or union ("the president of the bar association"), is no government.
"""

from __future__ import annotations

import re

from eventcoder.document import Event, EventActor
from eventcoder.geoparser.countries import code_for_name, country_name, demonym_code
from eventcoder.geoparser.leaders import leader_pattern
from eventcoder.geoparser.names import norm
from eventcoder.resolve.actors.periods import dated_state_label

# The title as written before the name: an optional nationality, then the office.
_HEAD_TITLE = re.compile(r"^(?:(?P<nation>[A-Z][\w-]+)\s+)?(?:president|prime minister|"
                         r"head of state|interim president|acting president)$", re.IGNORECASE)
# Words of a holder out of office, or of another body's president.
_NOT_SITTING = re.compile(r"\b(?:former|ex|late|opposition|party|deputy|vice|elect|"
                          r"designate|union|court|assembly|senate)\b", re.IGNORECASE)


def _head_country(ea: EventActor, where: str | None) -> str | None:
    """The country a sitting head of state or government stands for, or None."""
    title = (ea.title or "").strip()
    m = _HEAD_TITLE.match(title)
    if m is None or _NOT_SITTING.search(title):
        return None
    nation = m.group("nation")
    if nation and nation.lower() not in {"the", "then"}:
        return demonym_code(nation) or code_for_name(nation)
    # a head of state the leaders' table knows is his own country's, wherever the event is
    # ("President Kagame said" in a report from Goma is Rwanda's government)
    country = leader_pattern()[1]
    key = norm(ea.name)
    if not key:
        return where
    return country.get(key) or country.get("president " + key.split()[-1]) or where


def label_heads_of_state(event: Event, day: str | None, where: str | None) -> None:
    """Label a sitting head of state or government named by title as the government."""
    for ea in event.actors:
        if ea.acled_name not in (None, ea.name):
            continue  # the knowledge base already names the person's role
        name = country_name(_head_country(ea, where))
        if name:
            ea.acled_name = dated_state_label(f"Government of {name}", day)

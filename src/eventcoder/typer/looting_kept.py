"""Looting with no other violence stays looting, whoever the looters are.

ACLED's codebook (2019 on) codes looting and property destruction as a Strategic development
"where no other form of violence is reported". The typer learned from training notes of every
year, and before 2019 an armed group's looting of civilians was coded as an attack on them: it
turns the trigger rules' looting reading into Violence against civilians / Attack from the
perpetrator's kind alone ("militants looted a boat; no casualties", "Boko Haram stole cattle").
The acled_train notes where an armed party loots and no one is hurt: from 2019, 3 looting
against 1 clash and no attack; before 2019, 3 attacks against 1 looting.

So, after the model: a looting reading of the rules the model made an attack is kept looting when
the incident's trigger words name no deed against people (an attack, an assault, a killing, a
shooting, a beating) and no death. A raid or a shot in the air to scare people off is the
looting's means, not another violence. Only events dated from 2019 (the event's date, else the
report's) are retyped: older notes follow the older coding.
"""

from __future__ import annotations

from eventcoder.document import Event
from eventcoder.typer.codebook import ATTACK, LOOTING, rules_reading
from eventcoder.typer.stage import retype_consequences
from eventcoder.weights import word_sets

CODEBOOK_SINCE = "2019-01-01"
# Deed words beyond the harm words that make a looting part of an attack on people.
_ASSAULT_WORDS = frozenset({"attack", "assault", "ambush", "storm", "gunfire", "shooting",
                            "shootout", "massacre", "lynch"})


def looting_kept(event: Event, published: str | None) -> bool:
    """True when the model made the rules' no-harm looting an attack from the looters' kind."""
    if (event.event_type, event.sub_event_type) != ATTACK or rules_reading(event) != LOOTING:
        return False
    day = (event.date.start or "")[:10] or (published or "")[:10]
    if not day or day < CODEBOOK_SINCE:
        return False
    incident = getattr(event, "_incident", None)
    if incident is None:
        return False
    deeds = word_sets("violence_typing")["harm_lemmas"] | _ASSAULT_WORDS
    for mention in incident.mentions:
        if mention.family in {"death", "abduction", "sexual", "battle"}:
            return False
        if mention.token.lemma_.lower() in deeds or mention.token.lower_ in deeds:
            return False
    return True


def retype_looting(event: Event, published: str | None) -> None:
    """Give back the rules' looting reading where ``looting_kept`` holds, saying why."""
    if not looting_kept(event, published):
        return
    event.event_type, event.sub_event_type = LOOTING
    event.notes["typing"] = ("looting with no other violence reported, dated from 2019: the "
                             "codebook's looting, not an attack (the model read the looters' kind)")
    retype_consequences(event, ATTACK[0])

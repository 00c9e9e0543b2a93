"""The crowd of a disruptive demonstration before 2019, named as ACLED coded it then.

Until its 2019 codebook ACLED coded one "Riots/Protests" type and told the crowds apart by their
actor: a crowd that blocked roads, threw stones, burnt tyres, looted or clashed was "Rioters
(<country>)", a peaceful one "Protesters (<country>)". acled_train.jsonl (Kenya 1997-2018) holds
the rule: of the demonstrations whose note has such a deed (:func:`disruptive`), 914 crowds are
Rioters and 96 Protesters; from 2019 the same words go with Protesters more often (98 against 53),
as the new codebook keeps peaceful blockades apart from violent demonstrations. So only events
dated before 2019 are relabelled; the event type is the typer's and stays as it is. The same
holds the other way: a crowd the text shows protesting with no such deed was "Protesters", even
where the typer read a riot ("protests have broken out in Sidi Bouzid").
"""

from __future__ import annotations

import re

from eventcoder.document import Event
from eventcoder.resolve.actors.same_label import relabel_class

# ACLED's codebook of 2019 split "Riots/Protests" into two event types.
NEW_CONVENTION_SINCE = "2019-01-01"
# Lethal force on a gathering the typer reads as such (typer.lethal_fire): its crowd protested.
EXCESSIVE_FORCE = "Excessive force against protesters"
_DISRUPTIVE = re.compile(
    r"\b(?:block(?:ed|ing|ade[sd]?)?|barricad\w*|ston(?:es|ed|ing)|rocks|projectiles?|"
    r"burn(?:ed|t|ing)|torch(?:ed|ing)|set\s+(?:on\s+)?(?:fire|ablaze|alight)|ablaze|loot(?:ed|ing|ers)?|"
    r"vandali[sz]\w*|destroy(?:ed|ing)|damag(?:ed|ing)|clash(?:ed|es|ing)?|machetes?|clubs|"
    r"riot(?:s|ed|ing|ous)?|violent|petrol\s+bombs?|molotov|pelt(?:ed|ing)|smash(?:ed|ing)|"
    r"shatter(?:ed|ing)|"
    # deeds told in a headline's present tense or by their idiom ("students burn their dorm",
    # "residents engage police in running battles", "broke into a depot", "went on the rampage",
    # "lit bonfires", "hurled rocks", "attacked a lawmaker's aide", "chased the officials away"):
    # of the acled_train.jsonl crowds before 2019 that only these words make disruptive, 134 are
    # Rioters and 9 Protesters
    r"burns?|running\s+battles?|(?:broke|broken|break(?:s|ing)?)\s+into|rampag\w*|"
    # a vigil's candles and lamps are lit as peacefully as any ("mourners lit candles")
    r"lit(?!\s+(?:\w+\s+)?(?:candles?|lamps?|lanterns?|torches))|"
    r"tyres?|tires|hurl\w*|thr(?:ew|own|owing)|attack(?:ed|ing)|confront(?:ed|ing)|"
    r"chas(?:ed|ing))\b",
    re.IGNORECASE,
)
# "riot police", "anti-riot units" name the police, not a deed of the crowd: of the pre-2019
# notes of acled_train.jsonl whose only disruptive word is such a name, 7 crowds are Protesters
# and 6 Rioters.
_RIOT_POLICE = re.compile(
    r"\b(?:anti-?\s?)?riot(?:-control)?\s+(?:police\w*|officers|squads?|units?|gear|control|"
    r"troops|forces|shields?)\b|\banti-?riot\b", re.IGNORECASE)
_PROTESTERS = re.compile(r"^Protesters \((?P<c>[^()]+)\)$")
_RIOTERS = re.compile(r"^Rioters \((?P<c>[^()]+)\)$")
# The text tells a protest and no deed of violence at all: of the crowds before 2019 whose note
# does so, acled_train.jsonl names 963 Protesters and 66 Rioters. Any word of harm counts, even
# beside "peaceful" ("most of the crowd was peaceful" after bottles were thrown).
_PROTEST = re.compile(r"\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ing)?|marchers|"
                      r"strik(?:e|es|ing)|sit-ins?|rall(?:y|ies|ied))\b", re.IGNORECASE)
_HARM = re.compile(
    r"\b(?:violen\w*|storm(?:ed|ing)|injur\w*|wound\w*|kill\w*|dead|died|deaths?|attack\w*|"
    r"fight\w*|fought|thr(?:ew|own|owing)|hurl\w*|punch\w*|kick\w*|beat(?:en|ing)?|assault\w*|"
    r"rampag\w*|unrest|rioters?|mobs?|chao(?:s|tic)|brawl\w*|scuffl\w*|skirmish\w*|stab\w*|"
    r"shot|shoot\w*)\b", re.IGNORECASE)
# the crowd's grievance, not its deed: "protested against the blockade", "over looting"
_TOPIC_BEFORE = re.compile(r"\b(?:against|over|denounc\w*|condemn\w*)\s+(?:(?:the|a|an)\s+)?"
                           r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_PEACEFUL = re.compile(r"\bpeaceful(?:ly)?\b", re.IGNORECASE)
# deeds a force does to a crowd as often as a crowd does them: named just after a force, its own
_FORCE_DEEDS = ("attack", "confront", "chas")
_FORCES = (r"(?:police\w*|soldiers|troops|army|security\s+(?:forces|agents|officers)|officers|"
           r"gendarm\w*|guards|militiamen|gunmen)")
_FORCE_BEFORE = re.compile(rf"\b{_FORCES}\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)
# ... or after "by", the crowd the one who suffered it ("marchers were attacked by police");
# "by" before a time of day is when, not who ("attacked by night the police post")
_BY_TIME = r"(?:night|day|daylight|dawn|daybreak|dusk|nightfall|noon|midday|midnight|morning|evening)"
_FORCE_AFTER = re.compile(rf"\s+by\s+(?!{_BY_TIME}\b)(?:\w+\s+){{0,2}}?{_FORCES}\b", re.IGNORECASE)


def _without_riot_police(text: str) -> str:
    return _RIOT_POLICE.sub(lambda m: " " * len(m.group(0)), text)


def disruptive(text: str) -> bool:
    """True if the text has the crowd block, burn, throw, loot or clash (and never calls it
    peaceful)."""
    if _PEACEFUL.search(text):
        return False
    text = _without_riot_police(text)
    return any(_deed(text, m) for m in _DISRUPTIVE.finditer(text))


def _deed(text: str, m: re.Match[str]) -> bool:
    """A verb in the past ("blocked", "burnt") is the crowd's deed; a noun after "against" or
    "over" ("against the blockade", "over insecurity and looting") is its grievance."""
    word = m.group(0).lower()
    if word.startswith(_FORCE_DEEDS) and (_FORCE_BEFORE.search(text[max(0, m.start() - 40):m.start()])
                                          or _FORCE_AFTER.match(text, m.end())):
        return False  # "police attacked marchers": the deed is the force's, not the crowd's
    if word.endswith(("ed", "burnt")):
        return True
    return not _TOPIC_BEFORE.search(text[max(0, m.start() - 50):m.start()])


def old_crowd_labels(text: str, event: Event, day: str | None) -> None:
    """Name a disruptive crowd "Rioters (<country>)" on events dated before ACLED's 2019
    codebook (not where the typing is force used on protesters: that crowd is named by it)."""
    if not day or day >= NEW_CONVENTION_SINCE or not disruptive(text) \
            or event.sub_event_type == EXCESSIVE_FORCE:
        return
    relabel_class(event, _PROTESTERS, "Rioters", "a disruptive crowd before 2019: rioters")


def old_peaceful_crowds(text: str, event: Event, day: str | None) -> None:
    """Name a crowd "Protesters (<country>)" on an event before ACLED's 2019 codebook whose
    text tells a protest and no disruptive deed or harm, whatever type the event got."""
    if not day or day >= NEW_CONVENTION_SINCE or not _PROTEST.search(text) \
            or _DISRUPTIVE.search(_without_riot_police(text)) or _HARM.search(text):
        return
    relabel_class(event, _RIOTERS, "Protesters", "a peaceful protest before 2019: protesters")

"""Civilians of another nationality than the event's country, named the ACLED way.

ACLED codes foreign civilians attacked abroad as "Civilians (International)", with their
nationality beside ("A British tourist and Kenyan companion were seized" → "Civilians
(International)"; "Youths attacked a group of Chinese workers" → "Civilians (International)" and
"Civilians (China)"); people of a neighbouring country often keep their own ("Somali refugees
shot dead" in Kenya → "Civilians (Somalia)"). Both readings are in acled_train.jsonl, so a foreign
victim carries both: its name is "Civilians (<nationality>)" and its ACLED label "Civilians
(International)". "Foreign workers" and "foreigners" have no one nationality and are
"Civilians (International)" alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventcoder.document import Event, EventActor
from eventcoder.geoparser.countries import country_name, demonym_code

INTERNATIONAL = "Civilians (International)"
# A nationality named beside the victims of a battle or a protest is more often a witness or a
# source than a victim: there only named civilians are relabelled. A bomb, a shell or an air
# strike harms whoever is near ("a car bomb killed five Chinese engineers"): its foreign civilians
# are its victims as in an attack on civilians.
_ON_CIVILIANS = frozenset({"Violence against civilians", "Explosions/Remote violence"})
# People who are civilians wherever they are: the nouns a nationality qualifies in reports of
# attacks on foreigners (tourists, aid workers, engineers, an ambassador ...).
_PEOPLE = (
    r"(?i:nationals?|citizens?|tourists?|visitors?|workers?|engineers?|employees?|staff(?:ers?)?|"
    r"contractors?|technicians?|ambassadors?|diplomats?|envoys?|consuls?|businessm[ae]n|"
    r"business(?:wo)?m[ae]n|traders?|merchants?|expatriates?|missionar(?:y|ies)|nuns?|priests?|"
    r"journalists?|reporters?|teachers?|doctors?|nurses?|volunteers?|pilots?|sailors?|crew|"
    r"fishermen|fisherman|truck\s+drivers?|drivers?|refugees?|migrants?|herders?|pastoralists?|"
    r"hostages?|couple|family|families|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?)"
)
# optional trade words between nationality and noun ("Chinese road workers", "British aid worker")
_TRADE = r"(?:(?:aid|humanitarian|construction|oil|road|railway|mining|UN|NGO|medical)\s+)?"
_NATIONAL = re.compile(
    r"\b(?P<dem>[A-Z][\w'’]+(?:[- ][A-Z][\w'’]+)?)\s+" + _TRADE + _PEOPLE + r"\b"
)
_FOREIGN = re.compile(
    r"\b(?:foreigners|expatriates|foreign\s+" + _TRADE + _PEOPLE + r")\b", re.IGNORECASE
)


# A foreigner held or tried over the deed is its suspect, not its victim ("A 28-year-old
# Australian man was charged with murder", "police arrested a Tunisian man").
_HELD = r"(?:charged|arrested|detained|accused|convicted|suspected|sentenced|jailed|indicted|apprehended)"
_HELD_AFTER = re.compile(r"[^.;]{0,40}?\b" + _HELD + r"\b")
_HELD_BEFORE = re.compile(r"\b" + _HELD + r"\s+(?:an?|the|one|two|three)?\s*(?:[\w'’-]+\s+){0,2}$")


def _held(text: str, start: int, end: int) -> bool:
    """The foreigners are held or tried over the deed rather than harmed by it."""
    return bool(_HELD_AFTER.match(text, end) or _HELD_BEFORE.search(text[max(0, start - 60):start]))


@dataclass(frozen=True)
class ForeignVictims:
    """Where the text names foreign civilians and which nationalities (ISO2) it gives them."""

    start: int
    end: int
    codes: tuple[str, ...]


def _nationalities(words: str) -> tuple[str, ...]:
    """ISO2 codes of a nationality phrase: "Sierra-Leonean" → SL; "Spanish-Palestinian" → two
    nationalities (an unknown one kept as "?"); "The Chinese" → CN."""
    whole = demonym_code(words.replace("-", " "))
    if whole:
        return (whole,)
    parts = [demonym_code(p) or demonym_code(p.split()[-1]) for p in words.split("-")]
    return tuple(c or "?" for c in parts) if any(parts) else ()


def foreign_victims(text: str, home: str) -> list[ForeignVictims]:
    """Phrases naming civilians who are not of ``home`` (the event country's ISO2)."""
    found: list[ForeignVictims] = []
    for m in _NATIONAL.finditer(text):
        codes = _nationalities(m.group("dem"))
        if codes and any(c != home for c in codes) and not _held(text, m.start(), m.end()):
            found.append(ForeignVictims(m.start(), m.end(), codes))
    found += [ForeignVictims(m.start(), m.end(), ()) for m in _FOREIGN.finditer(text)]
    return found


def _foreign_name(victims: ForeignVictims, home: str) -> str:
    codes = [c for c in victims.codes if c != home]
    name = country_name(codes[0]) if len(set(codes)) == 1 and codes[0] != "?" else None
    return f"Civilians ({name})" if name else INTERNATIONAL


def label_foreign_victims(text: str, event: Event) -> None:
    """Name the event's foreign civilians "Civilians (International)" and by nationality."""
    home = event.location.country_code if event.location else None
    home_name = country_name(home) if home else None
    if not home or not home_name:
        return
    local = f"Civilians ({home_name})"
    event.actors = [a for a in event.actors if not (  # "police arrested a Tunisian man"
        a.role == "target" and a.start is not None and (a.acled_name or "").startswith("Civilians (")
        and a.acled_name != local and _held(text, a.start, a.end or a.start))]
    for a in event.actors:
        # "Kenyan traders" in Uganda: the actors stage named them by their nationality already
        if a.acled_name and a.acled_name.startswith("Civilians (") and a.acled_name not in (
                local, INTERNATIONAL) and a.name == a.acled_name:
            a.acled_name = INTERNATIONAL
    victims = foreign_victims(text, home)
    if not victims:
        return
    civilians = [a for a in event.actors if (a.acled_name or a.name) == local]
    for v in victims:
        name = _foreign_name(v, home)
        # the civilians the text names are these foreigners, or the victims were only implied
        same = [a for a in civilians if a.start is None
                or (a.start < v.end and v.start < (a.end or a.start))]
        if same:
            same[0].name, same[0].acled_name = name, INTERNATIONAL
            civilians.remove(same[0])
        elif event.event_type in _ON_CIVILIANS and not any(a.name == name for a in event.actors):
            event.actors.append(EventActor(name=name, acled_name=INTERNATIONAL, role="target",
                                           mention=text[v.start:v.end], start=v.start, end=v.end))

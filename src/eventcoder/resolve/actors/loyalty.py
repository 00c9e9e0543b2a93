"""Forces named by whom they are loyal to: "pro-Houthi forces", "pro-GNA fighters", "pro-Hadi
troops", "Haftar-aligned forces".

"pro-X forces" are X's forces: a known group X (the knowledge base), or the state's forces when X
is a head of state ("pro-Hadi forces" are Yemen's military). "anti-X forces" are X's enemies and
are left to the other finders. The whole phrase is one mention, so "forces" is not read again as
an unnamed state force of the article's country.
"""

from __future__ import annotations

import re

from eventcoder.geoparser.countries import country_name
from eventcoder.geoparser.leaders import leader_pattern
from eventcoder.geoparser.names import norm
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, overlaps
from eventcoder.resolve.actors.nationality import nation_code

# Deeds a 'pro-X' noun may name in place of the side's forces ("pro-Houthi shelling").
_PRO_DEEDS = r"shelling|fire|incursions?|attacks?|offensive"
_PRO = re.compile(
    r"\b[Pp]ro-(?P<x>[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)?)\s+(?:and\s+affiliated\s+)?(?:[a-z]+\s+)?"
    r"(?:forces?|fighters?|groups?|elements?|militants?|militias?|militiam[ae]n|troops|"
    r"reinforcements|units?|soldiers?|gunm[ae]n|brigades?|battalions?|snipers?|combatants?|"
    # the side's deed or arms stand for its forces: "pro-Houthi shelling", "a pro-Houthi drone"
    rf"{_PRO_DEEDS}|drones?|air\s+defen[cs]e|sites|"
    r"checkpoints?|vehicles|convoys?)\b"
)

# "pro-Houthi sites" are the side's forces only as what an attack hits or seizes ("an attack on
# pro-Houthi sites", "took control of nine pro-Houthi sites"); "shared pro-ISIS sites on social
# media" are websites
_HIT_BEFORE = re.compile(
    r"\b(?:(?:attacks?|strikes?|raids?|assaults?)\s+on|attack(?:ed|ing)|shell(?:ed|ing)|"
    r"target(?:s|ed|ing)?|struck|hit|bomb(?:ed|ing)|storm(?:ed|ing)|captur(?:ed|ing)|seiz(?:ed|ing)|"
    r"overr?an|took\s+control\s+of)\s+(?:[a-z]+\s+)?$")
# "faced pro-Haftar attacks online": abuse, no force's deed
_VERBAL_AFTER = re.compile(r"\s+(?:online|on\s+social\s+media|on\s+(?:twitter|facebook|x)\b)",
                           re.IGNORECASE)


def _force_sense(text: str, m: re.Match[str]) -> bool:
    """The 'pro-X' noun names the side's forces acting or hit, not its websites or online abuse."""
    noun = m.group(0).rsplit(None, 1)[-1].lower()
    if noun == "sites":
        return bool(_HIT_BEFORE.search(text[max(0, m.start() - 40) : m.start()]))
    if noun.startswith("attack"):
        return not _VERBAL_AFTER.match(text, m.end())
    return True


_DEED_NOUNS = re.compile(rf"(?:{_PRO_DEEDS})$", re.IGNORECASE)
# "pro-Hamas attacks": sympathisers' deeds, naming no group ("Anti-Balaka", capitalised, is one)
_SYMPATHY_DEED = re.compile(rf"(?:[Pp]ro|anti)-\S+ (?:{_PRO_DEEDS})\b")


def sympathy_deed(text: str) -> bool:
    """The text opens with a side's sympathisers' deed ("pro-Hamas attacks on Jewish shops")."""
    return bool(_SYMPATHY_DEED.match(text))


def _deed_abroad(m: re.Match[str], home: str | None, country: str | None) -> bool:
    """'pro-Hamas attacks on Jewish shops in Paris': a deed of the side's sympathisers far from
    its own country is no deed of its forces (its fighters named abroad still are)."""
    return bool(home and country and home != country
                and _DEED_NOUNS.search(m.group(0).rsplit(None, 1)[-1]))


# "Haftar-aligned forces", "Houthi-led fighters": the forces of the group or leader named before
# the hyphen, as "pro-X forces" are ("Iran-backed militias" name a patron, not whose they are)
_ALIGNED = re.compile(
    r"\b(?P<x>[A-Z][\w'’]+)-(?:led|aligned|allied|loyalist)\s+"
    r"(?:forces|fighters|militias?|militiamen|troops|units|soldiers|gunmen|brigades?)\b"
)

# "forces loyal to former vice president Riek Machar", "fighters loyal to renegade general Khalifa
# Haftar": the titles between "loyal to" and the name do not change whose forces they are.
_LOYAL = re.compile(
    r"\b(?:forces|fighters|troops|soldiers|militiamen|militias?|gunmen|rebels|elements|units)\s+"
    r"loyal\s+to\s+(?:the\s+)?(?P<titles>(?:(?:former|ousted|deposed|exiled|sacked|renegade|"
    r"dissident|rebel|retired|self-proclaimed|then)\s+)*(?:(?:vice[- ]president|president|prime\s+minister|"
    r"general|gen\.|colonel|col\.|commander|warlord|leader|chief|minister)\s+)+)"
    r"(?P<x>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)


def _titled_loyalty(text: str, taken: list[tuple[int, int]], country: str | None) -> list[Hit]:
    """Forces loyal to a titled leader the KB knows them by ("forces loyal to Riek Machar")."""
    out: list[Hit] = []
    for m in _LOYAL.finditer(text):
        if overlaps(m.start(), m.end(), taken):
            continue
        x = m.group("x")
        entry = actor_kb.lookup(f"forces loyal to {x}", country)
        if entry is not None:
            out.append(Hit.of_entry(m.start(), m.end(), m.group(0), entry, country))
    return out


def _leader_country(name: str) -> str | None:
    """The country whose head of state bears this surname or full name ("Hadi" → YE)."""
    key = norm(name)
    table = leader_pattern()[1]
    return table.get(key) or table.get(f"president {key}")


def loyalty_hits(text: str, taken: list[tuple[int, int]], country: str | None) -> list[Hit]:
    """Mentions of forces named by their loyalty ("pro-Houthi forces")."""
    out: list[Hit] = []
    for m in (*_PRO.finditer(text), *_ALIGNED.finditer(text)):
        if overlaps(m.start(), m.end(), taken) or not _force_sense(text, m):
            continue
        x = m.group("x")
        if nation_code(x):
            # a foreign state's proxies are not its own forces: "pro-Russian fighters" in the
            # Donbas are separatists, "pro-Iran militias" in Syria militias
            continue
        entry = actor_kb.lookup(x, country) or actor_kb.lookup(f"{x} forces", country)
        if entry is not None and _deed_abroad(m, entry.country, country):
            continue
        if entry is not None:
            out.append(Hit.of_entry(m.start(), m.end(), m.group(0), entry, country))
            continue
        code = _leader_country(x)
        name = country_name(code)
        if code and name:
            spec = actor_kb.terms()["classes"]["military"]
            label = actor_kb.class_label("military", name)
            out.append(Hit(m.start(), m.end(), m.group(0), f"term:military:{code}", label,
                           spec["kind"], label, code, cls="military"))
    return out + _titled_loyalty(text, taken + [(h.start, h.end) for h in out], country)

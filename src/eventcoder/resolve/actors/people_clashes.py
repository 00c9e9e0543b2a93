"""Two peoples the text names as the sides of a fight are their ethnic militias, both sides.

"Clashes between members of the Dinka and Nuer communities", "fighting broke out between Pokot
and Tugen herders", "Kuki and Meitei groups exchanged fire": the text names the two sides by their
peoples, with no armed noun the people finder reads ("Pokot raiders"), so they come out as
rioters, unnamed gunmen, the civilians the dead were read as, or a bare people's name. ACLED codes
each side as "<People> Ethnic Militia (<country>)" (acled_train.jsonl: of the battles whose text
names a pair this way, 68 code both names as such militias and 25 one of them, the other written
in a plural the records spell otherwise; pairs of places, "between Narok and Bomet", are no
peoples and are left alone). Both names must be peoples' (:func:`peoples.is_people`), and the
pair must be named in the sentence that first tells the event, not in its background; other
parties the text names (police, an army, a known group) keep their places.
"""

from __future__ import annotations

import re

from eventcoder.document import Event, EventActor
from eventcoder.geoparser.countries import code_for_name
from eventcoder.resolve.actors.peoples import ethnic_label, is_people, singular
from eventcoder.resolve.actors.rival_groups import FIGHT_WORDS, PLACEHOLDER, event_country

_NAME = r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?"
_FIGHT = rf"(?i:{FIGHT_WORDS})"
# a people's noun after the pair ("the Borana and Gabra communities", "Pokot and Tugen herders")
_NOUNS = (r"(?:communities|tribes|clans|ethnic\s+groups|groups|herders|pastoralists|youths|"
          r"tribesmen|militias|militiamen|villagers|fighters)")
_BETWEEN = re.compile(
    rf"\b{_FIGHT}\s+(?:[a-z]+\s+){{0,2}}?between\s+(?:members\s+of\s+)?(?:the\s+)?(?P<a>{_NAME})"
    rf"\s+and\s+(?:the\s+)?(?P<b>{_NAME})\b")
_PAIR_FOUGHT = re.compile(
    rf"\b(?P<a>{_NAME})\s+and\s+(?:the\s+)?(?P<b>{_NAME})\s+{_NOUNS}\s+(?:have\s+|had\s+)?"
    r"(?:clash|fought|fight|exchange|battle|skirmish)")





_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def event_sentence(text: str, event: Event) -> str:
    """The sentence that first tells the event (the text's first when it has no mention): a
    fight told later as background ("dozens have died since fighting between the Meitei and Kuki
    began") is not the event's own."""
    first = min((s for s, _ in event._mentions), default=0)
    for m in _SENTENCE.finditer(text):
        if m.end() > first:
            return m.group(0)
    return ""


def fighting_peoples(text: str) -> tuple[str, str] | None:
    """The two peoples the text names as the sides of a fight, or None."""
    for rx in (_BETWEEN, _PAIR_FOUGHT):
        for m in rx.finditer(text):
            a, b = m.group("a"), m.group("b")
            if a == b or code_for_name(a) or code_for_name(b):
                continue
            if is_people(a, text) and is_people(b, text):
                return singular(a, text), singular(b, text)
    return None


def _deaths(event: Event) -> int:
    """The deaths the text reports for the event (0 when none or unknown)."""
    count = event.fatalities
    return (count.best or count.low or 0) if count is not None else 0


def label_people_clashes(text: str, event: Event) -> None:
    """Name the two peoples of a fight their ethnic militias, in place of placeholders."""
    # a lethal fight the typer read as a riot is still two peoples' fight: the training records
    # code such a pair's deadly fights as battles between their militias; a brawl of mobs
    # nobody died in stays a riot of rioters (ACLED Codebook: rioters are unarmed crowds)
    if event.event_type != "Battles" and not (
            event.event_type == "Riots" and _deaths(event) > 0):
        return
    pair = fighting_peoples(event_sentence(text, event))
    if pair is None:
        return
    labels = [a.acled_name or a.name for a in event.actors]
    cname = event_country(event, labels)
    code = code_for_name(cname) if cname else None
    sides = []
    for base, role in zip(pair, ("perpetrator", "target"), strict=True):
        name, acled = ethnic_label(base, code)
        sides.append(EventActor(name=name, acled_name=acled, role=role))
    names = {s.name for s in sides} | set(pair)
    kept = [a for a in event.actors
            # what the other finders made of the two sides: generic placeholders, replaced
            if not PLACEHOLDER.match(a.acled_name or a.name)
            and a.name not in names and (a.acled_name or "").split(" (")[0] not in names]
    event.actors = sides + kept
    event.notes.setdefault("actors", f"a fight between two named peoples: {pair[0]}, {pair[1]}")

"""The kind of a participant named by a known group's name ("the Arakan Army", "the NPA").

Many non-state groups carry a state word in their name (Arakan Army, Lord's Resistance Army,
Free Syrian Army, Kachin Independence Army): read by its words, such a name is a state force.
The actor knowledge base records each group's kind, so a name it knows is read by that instead.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.resolve.actors.kb import lookup

# the knowledge base's kinds, as roles' participant kinds; a "militia" (Rapid Support Forces,
# Popular Mobilization Forces, Civilian JTF) often fights beside or within the state's forces, so
# its name's own words ("Forces", "Task Force") still decide
_KINDS = {"armed group": "armed", "state forces": "state"}


def _name_tokens(head: Token) -> list[Token]:
    """The proper name the head ends: its capitalised words within its own phrase."""
    out = [head]
    for t in reversed(head.doc[head.sent.start:head.i]):
        inside = t.head == head or head in t.ancestors
        if not inside or not (t.text[:1].isupper() or t.tag_ == "POS"):
            break  # "the", a number, a word outside the name
        out.insert(0, t)
    return out


def known_group_kind(head: Token) -> str | None:
    """``armed`` or ``state`` when the head ends a name the knowledge base knows, else None."""
    if not head.text[:1].isupper() or head.pos_ not in {"PROPN", "NOUN"}:
        return None
    toks = _name_tokens(head)
    if len(toks) < 2:
        return None  # a lone word ("Army") is no group's own name; acronyms are read elsewhere
    name = head.doc[toks[0].i:head.i + 1].text
    entry = lookup(name)
    return _KINDS.get(entry.kind) if entry is not None else None


def _written_as_name(token: Token, acronyms: bool) -> bool:
    """A proper noun, or (``acronyms``) an acronym the tagger took for a common noun ("MNDAA
    troops") in a sentence not written all in capitals (where every word looks like one)."""
    text = token.text
    if not text[:1].isupper():
        return False
    if token.pos_ == "PROPN":
        return True
    return acronyms and len(text) > 1 and text.isupper() \
        and any(c.islower() for c in token.sent.text)


def owner_kind(mods: list[Token], acronyms: bool = False) -> str | None:
    """``armed`` or ``state`` for a force noun whose modifier is a group the knowledge base knows
    by name or acronym ("TPLF forces", "FARDC troops"): the group's men are its kind.
    ``acronyms``: also an acronym tagged as a common noun (for force nouns, whose modifier is
    their group; "STC supporters" may be a party's crowd)."""
    for m in mods:
        if _written_as_name(m, acronyms) and (entry := lookup(m.text)) is not None \
                and (kind := _KINDS.get(entry.kind)) is not None:
            return kind
    return None

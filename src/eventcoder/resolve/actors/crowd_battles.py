"""A battle one of whose sides is a crowd is a riot, once the sides are named.

The ACLED codebook's battles are fights between organised armed groups; "clashes erupted between
villagers and the police", "supporters of two parties fought each other with sticks" are riots.
The typer decides the type before the actors are named, and reads "clashed" and "police" as a
battle; the resolver later names a side "Rioters" or "Protesters" (a nation's people, a party's
following, an angry crowd). With such a side and no gun, shooting or armed group in the event's
sentences (``typer.unarmed_fight.crowd_side_battle``), the battle is retyped a riot.
"""

from __future__ import annotations

from eventcoder.document import Document, Event
from eventcoder.nlp.doc_cache import sentences_text
from eventcoder.typer.stage import is_short_note, retype_consequences
from eventcoder.typer.unarmed_fight import crowd_side_battle


def retype_crowd_battle(document: Document, event: Event) -> None:
    """Make a battle with a crowd side and no war arms told a riot (with a note why)."""
    if event.event_type != "Battles" or document.spacy_doc is None:
        return
    if getattr(getattr(event, "_incident", None), "reference_only", False):
        return  # the topic of another event ("protesting the killings during clashes"): as told
    whole = is_short_note(document) or not event._sentences
    text = document.text if whole else sentences_text(document.spacy_doc, event._sentences)
    actors = [a.acled_name or a.name for a in event.actors]
    riot = crowd_side_battle(event.event_type, actors, [text])
    if riot is None:
        return
    event.event_type, event.sub_event_type = riot
    event.notes["typing"] = "a side is a crowd and no gun or armed group is told: a riot"
    retype_consequences(event, "Battles")

"""Property a crowd destroyed, with no one hurt, is a riot (ACLED: violent demonstration or mob
violence), not the strategic development "looting/property destruction".

The rules read "a clinic was set alight" as looting when no doer is named; the sentences
around it often name the crowd ("after a protest", "as irate youths roamed the streets"). The
typer applies this after the model (``typer.codebook``), so the model keeps reading the trigger
rules' own typing.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.extract.events.violence_evidence import anyone_hurt, violence_evidence
from eventcoder.extract.lexicon import phrase_hits, roles

# A crowd's gathering named as a noun ("torched after a protest") names the crowd too.
DEMONSTRATION_NOUNS = frozenset({"protest", "demonstration", "riot", "march", "unrest"})


def crowd_named(sents: list[Span], lemmas: list[str]) -> bool:
    """True when a sentence names a crowd ("angry residents", "youths") or its gathering; a
    crowd word modifying another noun ("a student dormitory") names a place, not a crowd."""
    if DEMONSTRATION_NOUNS & set(lemmas):
        return True
    nouns = [t for s in sents for t in s
             if t.pos_ in {"NOUN", "PROPN"} and t.dep_ not in {"compound", "amod"}]
    return bool(phrase_hits(roles()["crowds"], [t.lemma_.lower() for t in nouns],
                            [t.lower_ for t in nouns]))


def crowd_property_typing(mentions: list[TriggerMention], sents: list[Span]
                          ) -> tuple[str, str] | None:
    """("Riots", sub-event type) for property destroyed with no one hurt where the sentences
    name a crowd or a demonstration and no state or armed doer, else None."""
    v = violence_evidence(mentions, sents)
    if "looting" not in v.all_fams or anyone_hurt(v) or v.pk & {"state", "armed"} \
            or not crowd_named(sents, v.lemmas):
        return None
    demo = "protest" in v.unit_kinds or bool(DEMONSTRATION_NOUNS & set(v.lemmas))
    return "Riots", "Violent demonstration" if demo else "Mob violence"

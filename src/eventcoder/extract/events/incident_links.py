"""How a later sentence's mentions link to an incident already told: a conflicting place or
year keeps them apart (:func:`conflict`); a definite noun repeating an incident's word, or a
generic deed noun as the subject of the very next sentence, refers back to it
(:func:`repeated_noun`)."""

from __future__ import annotations

from typing import Any

from eventcoder.extract import grammar
from eventcoder.extract.events.families import sfam_of
from eventcoder.extract.events.told_apart import latest_told, likened
from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.nlp.doc_cache import children

Incident = Any  # incidents.Incident; typed loosely to keep this module below it


def conflict(
    inc: Incident,
    places: set[str],
    years: set[int],
    recent: bool = False,
    pub_year: int | None = None,
    areas: set[str] | None = None,
) -> bool:
    if inc.places and places and not _overlap(inc.places, places):
        # a village and the region around it ("Sagaing region" ... "Pazigyi village") agree
        mine, theirs = inc.places - inc.areas, places - (areas or set())
        if mine and theirs and not _overlap(mine, theirs):
            return True
    # "on Tuesday" vs "in 2014": a year before publication is another, older incident; so it is
    # for the report's first sentence (its headline or lead tells the news, dated or not)
    if years and not inc.years and (inc.recent or 0 in inc.sents) \
            and (pub_year is None or max(years) < pub_year):
        return True
    if inc.years and not years and recent and (pub_year is None or max(inc.years) < pub_year):
        return True
    return bool(inc.years and years and not inc.years & years)


def _overlap(a: set[str], b: set[str]) -> bool:
    wa = {w for p in a for w in p.split()}
    wb = {w for p in b for w in p.split()}
    return bool(wa & wb)



# Deed nouns a report uses for whatever incident it just told ("the attack had been carried out")
_ANAPHORS = frozenset({"attack", "incident", "assault", "killing", "killings", "massacre"})


def _definite(token) -> bool:
    """ "the strikes", "these raids": a definite noun, plural too."""
    return token.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in children(token)
    )


def repeated_noun(
    cluster: list[TriggerMention],
    incidents: list[Incident],
    places: set[str],
    years: set[int],
    pub_year: int | None,
    si: int = -9,
) -> Incident | None:
    """ "condemned the strike" after "an air strike": a definite noun repeating the head word of
    an earlier incident's mention refers back to it, whatever other sense the word has. As the
    subject of the very next sentence it does so even where that sentence names a finer place
    ("a grenade at a bus stand in Srinagar. The grenade ... exploded near Lal Chowk")."""
    nouns = [m for m in cluster if m.token.pos_ in {"NOUN", "PROPN"}]
    if not nouns or not all(
        _definite(m.token) or grammar.is_definite_singular(m.token) for m in nouns
    ) or likened(nouns[0].token.sent):
        return None  # "The attack was similar to those in Nice": the rest are other deeds
    last = latest_told(incidents, nouns)
    if last is not None and not conflict(last, places, years, False, pub_year):
        return last  # "claimed that attack" right after a deed's sentence: that deed
    lemmas = {m.token.lemma_.lower() for m in nouns}
    if not years and any(m.token.dep_ in {"nsubj", "nsubjpass"} and _definite(m.token)
                         for m in nouns):
        prev = next((inc for inc in reversed(incidents) if si - 1 in inc.sents and (
            _shared_words(inc, lemmas) or (lemmas <= _ANAPHORS and inc.sfam == sfam_of(nouns[0])))),
            None)
        if prev is not None:
            return prev
    # "the missile attack" after "a missile struck" and "that attack": the incident that shares
    # the most of its words, the latest of those
    for inc in sorted(reversed(incidents), key=lambda i: -len(_shared_words(i, lemmas))):
        same = [
            x
            for x in inc.mentions
            if {t.lemma_.lower() for t in x.token.doc[x.start : x.end]} & lemmas
        ]
        if same and not conflict(inc, places, years, False, pub_year):
            for m in nouns:
                if m.token.lemma_.lower() in lemmas:
                    m.entry = same[0].entry  # the antecedent's sense ("air strike", not a walkout)
            return inc
    return None


def _shared_words(inc: Incident, lemmas: set[str]) -> set[str]:
    return {t.lemma_.lower() for x in inc.mentions for t in x.token.doc[x.start : x.end]} & lemmas



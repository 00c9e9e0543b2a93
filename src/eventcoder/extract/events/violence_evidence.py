"""What an incident's words say about who did what to whom, read once for the typing cascade
(split from :mod:`eventcoder.extract.events.types`, which decides the type from it)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventcoder.extract.events.burnt_people import burns_people
from eventcoder.extract.events.lead import lead_mentions
from eventcoder.extract.events.mishaps import disrupted_by_mishap
from eventcoder.extract.events.sides import incident_sides
from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.extract.lexicon import phrase_hits, roles
from eventcoder.extract.roles import is_crowd, kind_of
from eventcoder.nlp.doc_cache import children
from eventcoder.weights import word_sets


def side_kinds(tokens: list[Token], as_perpetrator: bool) -> set[str]:
    """The kinds (state, armed, civilian, protest ...) of the side's tokens."""
    return {k for t in tokens if (k := kind_of(t, as_perpetrator))}


def _unit_words(sents: list[Span]) -> tuple[list[str], list[str]]:
    toks = [tok for s in sents for tok in s]
    return [t.lemma_.lower() for t in toks], [t.lower_ for t in toks]


@dataclass
class Violence:
    """What the incident's words say about who did what to whom, for the typing cascade."""

    fams: set[str]
    all_fams: set[str]
    lemmas_m: set[str]
    perps: list[Token]
    targets: list[Token]
    parties: list[Token]
    pk: set[str]
    tk: set[str]
    unit_kinds: set[str | None]
    lemmas: list[str]
    lowers: list[str]
    by_air: bool
    off_duty: bool
    armed_target: bool
    crowd_perp: bool
    assault: bool
    targeted: bool
    burnt_people: bool  # a fire set to people, not to property
    mishap: bool  # a device that went off by accident or under control


def _written(words: frozenset[str], sents: list[Span]) -> bool:
    """A hyphenated or spaced entry ("off-duty") as written: the tokens split its hyphen."""
    text = " ".join(s.text.lower() for s in sents)
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words if not w.isalpha())


def violence_evidence(mentions: list[TriggerMention], sents: list[Span]) -> Violence:
    """Read the incident's sides, words and manner once for the typing cascade."""
    words = roles()
    vt = word_sets("violence_typing")
    all_fams = {m.family for m in mentions}
    perps, targets, parties = incident_sides(mentions)
    pk = side_kinds(perps, True)
    tk = side_kinds(targets, False) | side_kinds(parties, False)
    lemmas, lowers = _unit_words(sents)
    perp_words = [w for p in perps for w in (p.lemma_.lower(), p.lower_)]
    perp_words += [c.lower_ for p in perps for c in children(p)]
    lemmas_m = {m.token.lemma_.lower() for m in mentions} | {  # and phrases: "shoot-out"
        m.token.doc[m.start:m.end].text.lower() for m in mentions if m.end - m.start > 1}
    return Violence(
        # a suicide bombing told after the lead ("The attack began when a suicide bomber drove
        # into the gate") is how the lead's attack was carried out
        fams={m.family for m in lead_mentions(mentions)} | ({"death", "suicide"} & all_fams),
        all_fams=all_fams,
        lemmas_m=lemmas_m,
        perps=perps,
        targets=targets,
        parties=parties,
        pk=pk,
        tk=tk,
        unit_kinds={
            kind_of(tok, False)
            for s in sents
            for tok in s
            if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"compound", "amod"}
        },
        lemmas=lemmas,
        lowers=lowers,
        by_air=bool(phrase_hits(words["air_assets"], perp_words, perp_words)),
        off_duty=bool(phrase_hits(words["off_duty"], lemmas, lowers)) or _written(
            words["off_duty"], sents),
        armed_target=bool(tk & {"state", "armed"}),
        crowd_perp=any(is_crowd(p) for p in perps) and not (pk & {"state", "armed"}),
        # a bomb is part of an armed assault when the lead tells both ("detonated a car bomb
        # followed by a raid"), not when soldiers fire back in a later sentence
        assault=any(m.family == "battle" or m.token.lemma_.lower() in vt["assault_lemmas"]
                    for m in lead_mentions(mentions)),
        targeted=bool(lemmas_m & vt["targeted_lemmas"]),
        burnt_people=any(m.family == "looting" and burns_people(m.token) for m in mentions),
        mishap=disrupted_by_mishap(mentions, sents),
    )


def anyone_hurt(v: Violence) -> bool:
    """The incident hurt someone: a death, a word of harm, or people set on fire."""
    return bool({"death"} & v.all_fams or v.lemmas_m & word_sets("violence_typing")["harm_lemmas"]
                or v.burnt_people)

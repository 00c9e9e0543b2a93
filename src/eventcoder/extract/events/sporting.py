"""Sport told in the words of war: "Mbappe fired a late shot past the goalkeeper as France beat
Austria 1-0", "the striker's header beat the keeper", "City attacked down the left", "the two
sides clashed in Sunday's derby".

A sentence with a score after a verb of a result ("beat Austria 1-0") or a word of a contest (goalkeeper, striker, penalty,
match, league ...) makes the words shooting, beating, attacking and clashing share with
violence sporting. A sentence that names harm to a person (killed, injured, stabbed, arrested)
or a weapon keeps them: fans who attacked a referee after the match, or police who fired tear
gas at supporters, are news of violence; so are youths who clashed "after the match" (a game as
the time or place of the deed).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventcoder.extract.lexicon import cues
from eventcoder.nlp.doc_cache import memo, span_text

SPORT_WORDS = frozenset(cues()["sport_words"])
# Words that violence and sport share.
_SHARED = frozenset({"fire", "shot", "shoot", "beat", "attack", "strike", "hit", "clash",
                     "defeat", "thrash", "crush", "rout", "batter", "hammer", "storm"})
# Words of harm to a person, of a weapon or of a crowd's violence: violence around a game is
# still violence.
_HARM = frozenset({"kill", "die", "dead", "death", "injure", "wound", "hurt", "stab", "arrest",
                   "detain", "hospital", "gas", "bullet", "knife", "gun", "rifle", "weapon",
                   "gunman", "gunmen", "gunfire", "attacker", "assailant", "bomb", "explosion",
                   "grenade", "police", "riot", "rioter", "fan", "fans", "supporter",
                   "supporters", "hooligan", "spectator", "crowd", "stone", "bottle", "flare",
                   "victim", "body", "bodies", "casualty", "soldier", "troop", "militant",
                   "rebel", "terrorist", "armed", "rocket", "missile", "mortar", "shell", "drone",
                   "artillery", "airstrike", "tank"})
# Verbs of a result that a score gives ("beat Austria 1-0", "drew 2-2"): a score alone may be a
# vote or a range ("fired 10-15 rockets").
_RESULT = frozenset({"beat", "win", "lose", "draw", "defeat", "edge", "thrash", "lead", "trail",
                     "victory", "loss", "triumph", "rout"})
# A score: two small numbers joined by a dash ("1-0", "3–2"); a year range has four digits.
_SCORE = re.compile(r"(?<![\d.,/-])\d{1,2}\s?[-\u2013]\s?\d{1,2}(?![\d.,/-])")


# Prepositions that make a game the time or place of something else: "clashed after the
# match", "outside the stadium during the derby".
_AROUND = frozenset({"after", "before", "following", "during", "at", "outside", "near", "ahead",
                     "over", "amid"})


def _contest_word(token: Token) -> bool:
    """A word of sport that is not the time or place of the sentence's deed ("after the match")."""
    word = token.lemma_.lower() in SPORT_WORDS or token.lower_ in SPORT_WORDS
    around = token.dep_ == "pobj" and token.head.lower_ in _AROUND
    return word and not around


def sporting_sentence(sent: Span) -> bool:
    """The sentence tells a contest: a score or a word of sport, and no harm or weapon."""
    # Every shared word of a sentence asks again: the verdict is kept per sentence and Doc.
    return memo(sent.doc, "sporting", (sent.start, sent.end), lambda: _read_sentence(sent))


def _read_sentence(sent: Span) -> bool:
    """sporting_sentence, computed (the word set is built once per sentence)."""
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if lemmas & _HARM:
        return False
    return any(_contest_word(t) for t in sent) or (
        bool(lemmas & _RESULT) and _SCORE.search(span_text(sent)) is not None)


def sporting(token: Token) -> bool:
    """True when a word violence shares with sport is said of a contest (see the module doc)."""
    return token.lemma_.lower() in _SHARED and sporting_sentence(token.sent)

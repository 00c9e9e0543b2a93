"""A crowd's own violent deed: what makes a crowd's incident a riot, not a peaceful protest.

An incident is read as a demonstration when a crowd does its deed ("an angry crowd beat a man",
"youths fought with machetes"); the deed itself then tells that the crowd was violent. A deed
told in the past perfect after the lead ("The protesters ... had blocked streets with trucks")
happened before the reported day: background, not how the reported protest went.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.events.named_deeds import grievance, label_only
from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.extract.grammar import is_perfect
from eventcoder.extract.roles import is_crowd, kind_of, sides
from eventcoder.nlp.doc_cache import children
from eventcoder.text.words import word_list

# families of a deed done to people or in a fight; "death" only counts the dead
_HARM_FAMILIES = {"violence", "battle", "sexual", "abduction"}


def crowd_did_violence(mentions: list[TriggerMention]) -> bool:
    """True when a crowd (no state or armed force) is the doer of a violent trigger."""
    for m in mentions:
        if m.family not in _HARM_FAMILIES or grievance(m.token) or label_only(m.token):
            continue  # "protesting the beating of a student": the grievance, not the crowd's deed
        perps = sides(m.token).perpetrators
        if perps and all(is_crowd(p) and kind_of(p, True) not in {"state", "armed"}
                         for p in perps):
            return True
    return False


def told_before(verb: Token, sents: list[Span]) -> bool:
    """A past perfect verb ("had blocked") outside the incident's first sentence, not reported
    speech ("police said they had burned"): a deed before the reported one."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ == "aux" for c in children(verb)):
        verb = verb.head  # "had blocked motorways and burned tyres": the tense is the first verb's
    if not sents or verb.sent.start == sents[0].start or not is_perfect(verb):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in children(verb)):
        return False  # "have blocked": the present perfect reaches the report's day
    return not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in word_list("speech_verbs"))


# How many words may stand inside a phrase: "set the ruling party's offices on fire".
_PHRASE_GAP = 6


def opens_phrase(tok: Token, sent: Span, phrases: list[list[str]]) -> bool:
    """The token is the verb of a phrase whose other words follow it in order, close by, in its
    sentence ("set fire to", "set the car on fire")."""
    lem = tok.lemma_.lower()
    for words in phrases:
        if words[0] not in (lem, tok.lower_):
            continue
        at = tok.i
        for word in words[1:]:
            at = next((t.i for t in sent.doc[at + 1:min(sent.end, at + 2 + _PHRASE_GAP)]
                       if word in (t.lower_, t.lemma_.lower())), -1)
            if at < 0:
                break
        else:
            return True
    return False


# Nouns that tell a crowd's violence by themselves ("clashes", "a brawl", "a scuffle").
_DEED_NOUNS = frozenset({"clash", "riot", "barricade", "stone", "brawl", "scuffle", "fistfight",
                         "fisticuffs"})


def demonstrators_violent(sents: list[Span], violent_words: frozenset[str]) -> bool:
    """True when demonstrators (not the police) do violent things: burn, loot, stone, clash."""
    phrases = [w.split() for w in violent_words if " " in w]
    for sent in sents:
        for tok in sent:
            lem = tok.lemma_.lower()
            if lem not in violent_words and tok.lower_ not in violent_words \
                    and not opens_phrase(tok, sent, phrases):
                continue
            if grievance(tok) or label_only(tok):
                continue  # "protesting the killing ... during clashes last month": the grievance
            if tok.pos_ == "NOUN":
                if lem in _DEED_NOUNS and tok.dep_ != "compound":
                    return True
                continue
            if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children(tok)):
                continue  # "protesters were injured": done to them
            if told_before(tok, sents):
                continue  # "had blocked streets" in a later paragraph: before the reported day
            subj = [c for c in children(tok) if c.dep_ == "nsubj"]
            if not subj and tok.dep_ in {"conj", "advcl", "xcomp"}:
                subj = [c for c in children(tok.head) if c.dep_ == "nsubj"]
            if subj and all(kind_of(s, True) != "state" for s in subj):
                return True
    return False

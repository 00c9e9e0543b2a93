"""A protest whose crowd storms, breaks into, burns or wrecks property is a violent demonstration.

ACLED's codebook ('Riots') counts demonstrators who engage in violence or destroy property,
storming or breaking into buildings among it, as a violent demonstration. The trained typer
reads "protesters stormed the council building" or "crowds try to storm the parliament" as a
protest: the crowd words outweigh one deed. Counts over the acled_train notes that name a crowd
(protesters, demonstrators, students, youths, supporters) and the deed, Riots : Protests:
stones 41 : 1, pelting 17 : 1, setting fire 13 : 0, vandalising 8 : 1, smashing 7 : 0,
breaking into 6 : 0, storming 22 : 13. On the 232 training notes with such a deed and a crowd,
the rule changes no typing (176 sub-types right with and without it). The deed counts in any tense ("storm and torch",
"stormed", "are storming", "try to storm") and in a later sentence of the note, whoever of the
crowd did it ("groups vandalise stations", "some of them smashed windows").

What ACLED codes otherwise stays a protest:
- storming that no force met: of the training notes where a crowd storms and nothing else, the
  Kenyan ones above all ("residents stormed the governor's offices"), ACLED codes most as
  protests; storming the forces met with tear gas, dispersal or arrests is a riot there;
- storming to voice a demand ("stormed the governor's office demanding his attention", "stormed
  the plant to demand jobs"): 6 of the 13 storming protests in training;
- burning a symbol ("torched coffins outside parliament", an effigy, a flag): a protest's act;
- a deed threatened, planned or vowed, or denied ("threatened to storm");
- the forces' deed ("police stormed the protest camp"): force on protesters, not a riot.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.extract.events.crowd_deeds import opens_phrase, told_before
from eventcoder.extract.events.named_deeds import grievance, label_only
from eventcoder.extract.lexicon import burnt_symbols, phrase_hits, roles
from eventcoder.extract.roles import is_crowd, kind_of
from eventcoder.nlp.doc_cache import children
from eventcoder.typer.crowd_types import INTERVENTION, PEACEFUL
from eventcoder.typer.lethal_fire import clause_subjects

PROTESTS = frozenset({PEACEFUL, INTERVENTION})
# Verbs of a crowd's storming, burning or wrecking, by lemma.
_WRECK_VERBS = frozenset({"storm", "torch", "vandalise", "vandalize", "ransack", "smash", "pelt",
                          "loot", "stone", "trash", "wreck"})
# Phrasal deeds: the verb and the word that must follow it ("broke into", "set fire to",
# "set the office ablaze").
_PHRASAL = {"break": frozenset({"into"}), "force": frozenset({"into"}),
            "set": frozenset({"fire", "ablaze", "alight", "aflame"})}
_PHRASES = [[verb, word] for verb, words in _PHRASAL.items() for word in sorted(words)]
# Verbs that carry the attempt as a deed ("try to storm"); any other governing verb tells a deed
# not done ("threatened to storm", "planned to storm").
_ATTEMPTS = frozenset({"try", "attempt", "seek"})
# Verbs of a demand or a grievance voiced: storming to voice one is the protest itself.
_DEMANDS = frozenset({"demand", "protest", "ask", "seek", "call", "press", "petition", "decry",
                      "complain", "oppose", "express", "register", "air", "voice"})
# Dependencies of a verb that tells a deed done: a clause's head, not a modifier ("looted funds").
_CLAUSES = frozenset({"ROOT", "conj", "xcomp", "advcl", "ccomp"})
# Where a misparsed headline puts its doers: a subject, or a noun beside the place and day.
_SUBJECT_LIKE = frozenset({"nsubj", "appos", "ROOT", "dep"})
# Words that open a deed's object right after a deed word the tagger read as a noun.
_OBJECT_OPENERS = frozenset({"the", "a", "an", "several", "its", "their", "two", "three",
                             "dozens", "scores"})
# Doers that are part of a crowd without a crowd's word ("groups", "some of them", "others").
_PARTS = frozenset({"group", "some", "many", "other", "few", "dozen", "hundred", "thousand",
                    "they", "part", "section"})


def _deed_verb(tok: Token) -> bool:
    """The token tells a storming or wrecking deed as a clause's verb."""
    lem = tok.lemma_.lower()
    if not _misread_noun(tok) and (tok.pos_ not in {"VERB", "AUX"} or tok.dep_ not in _CLAUSES):
        return False  # "looted funds", "with the aim of storming": no deed told
    if lem in _PHRASAL:
        return opens_phrase(tok, tok.sent, _PHRASES)  # "broke into", "set it ablaze"
    return lem in _WRECK_VERBS or tok.lower_ in _WRECK_VERBS


def _misread_noun(tok: Token) -> bool:
    """A present-tense deed the tagger read as a noun ("... power cuts storm and torch the
    consulate"): a deed word followed by its object's determiner, itself or after "and <deed>"."""
    if tok.pos_ != "NOUN" or tok.lower_ not in _WRECK_VERBS:
        return False
    after = tok.doc[tok.i + 1:min(tok.sent.end, tok.i + 4)]
    if after and after[0].lower_ in _OBJECT_OPENERS:
        return True
    return len(after) >= 3 and after[0].lower_ == "and" and after[1].lower_ in _WRECK_VERBS \
        and after[2].lower_ in _OBJECT_OPENERS


def _burns_symbol(tok: Token) -> bool:
    """Every object of the deed is a symbol ("torched coffins", "burnt an effigy")."""
    objs = [c for c in children(tok) if c.dep_ in {"dobj", "nsubjpass"}]
    # what a crowd burns as a symbol of its grievance: the protest's own act, not destruction
    return bool(objs) and all(o.lemma_.lower() in burnt_symbols() for o in objs)


def _voices_demand(tok: Token) -> bool:
    """Storming "to demand jobs" or "protesting the demolitions": the protest's way, not a riot."""
    return any(t.i > tok.i and t.pos_ == "VERB" and t.lemma_.lower() in _DEMANDS
               for t in tok.sent)


def _storm_met_by_force(sents: list[Span]) -> bool:
    """Storming is a riot in training when the forces met it with crowd control (tear gas,
    dispersal, arrests); unopposed, ACLED codes the crowd's entry as the protest itself."""
    # "a crackdown that has resulted in large scale arrests": an arrest noun tells the setting
    toks = [t for s in sents for t in s
            if not (t.pos_ == "NOUN" and t.lemma_.lower() in {"arrest", "detention"})]
    lemmas = [t.lemma_.lower() for t in toks]
    lowers = [t.lower_ for t in toks]
    return bool(phrase_hits(roles()["intervention"], lemmas, lowers))


def _crowd_doer(doer: Token) -> bool:
    """The doer is a crowd, part of one, or protesters; never the forces or an armed group."""
    if kind_of(doer, True) in {"state", "armed"}:
        return False
    return is_crowd(doer) or doer.lemma_.lower() in _PARTS or kind_of(doer, True) == "protest"


def _done_by_crowd(tok: Token) -> bool:
    """The deed's doers are a crowd or part of it, and the deed was done or attempted."""
    verb = tok
    if any(c.dep_ == "neg" for c in children(verb)):
        return False
    if verb.dep_ == "xcomp":
        if verb.head.lemma_.lower() not in _ATTEMPTS:
            return False  # "threatened to storm": not done
        verb = verb.head
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children(tok)):
        return False  # "a post was set on fire": no doer told here
    doers = clause_subjects(verb) or _misparsed_doers(tok)
    return bool(doers) and all(_crowd_doer(d) for d in doers)


def _misparsed_doers(tok: Token) -> list[Token]:
    """Doers of a deed the parser gave no subject: the sentence's subjects before it, or its
    headline nouns ("Karbala, 3 October: demonstrators angry at ... storm"), else the noun right
    before it ("In the evening groups vandalise ...", "groups" read as 'in's object)."""
    sent = tok.sent
    subjects = [t for t in sent if t.i < tok.i and t.pos_ in {"NOUN", "PRON"}
                and t.dep_ in _SUBJECT_LIKE]
    if subjects:
        return subjects
    before = tok.doc[tok.i - 1] if tok.i > sent.start else None
    return [before] if before is not None and before.pos_ in {"NOUN", "PRON"} else []


def crowd_wrecked(typed: tuple[str | None, str | None], sents: list[Span]) -> bool:
    """True when a protest's crowd stormed, broke into, burned or wrecked property."""
    if typed not in PROTESTS:
        return False
    met_by_force: bool | None = None  # read once, at the first storming
    for tok in (t for s in sents for t in s):
        if not _deed_verb(tok) or grievance(tok) or label_only(tok) or told_before(tok, sents):
            continue
        if _burns_symbol(tok):
            continue
        if tok.lemma_.lower() == "storm":
            if _voices_demand(tok):
                continue
            if met_by_force is None:
                met_by_force = _storm_met_by_force(sents)
            if not met_by_force:
                continue
        if _done_by_crowd(tok):
            return True
    return False

